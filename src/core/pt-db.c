/* pt-db.c: what both backends of pt-db.h share: dispatch, the statement
 * cache, the last failure and the SQL's parameters
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pt-db-private.h"

static void
free_cached (gpointer data)
{
  PtDbStmt *stmt = data;

  stmt->db->klass->stmt_free (stmt);
}

void
pt_db_init (PtDb            *db,
            const PtDbClass *klass,
            PtDbBackend      backend)
{
  db->klass = klass;
  db->backend = backend;
  db->cache = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, free_cached);
  db->fault = PT_DB_FAULT_NONE;
}

void
pt_db_init_stmt (PtDbStmt   *stmt,
                 PtDb       *db,
                 const char *sql)
{
  stmt->db = db;
  stmt->sql = g_strdup (sql);
}

void
pt_db_set_fault (PtDb       *db,
                 PtDbFault   fault,
                 const char *code,
                 const char *message)
{
  db->fault = fault;
  g_free (db->code);
  db->code = g_strdup (code);
  g_free (db->message);
  db->message = g_strdup (message);
}

void
pt_db_free (PtDb *db)
{
  if (db == NULL)
    return;

  /* Statements go before the connection they belong to. */
  db->closing = TRUE;
  g_clear_pointer (&db->cache, g_hash_table_unref);
  g_clear_pointer (&db->message, g_free);
  g_clear_pointer (&db->code, g_free);
  db->klass->free (db);
}

gboolean
pt_db_is_connected (PtDb *db)
{
  return db->klass->is_connected (db);
}

gint64
pt_db_poll_changes (PtDb       *db,
                    const char *payload)
{
  if (pt_db_in_transaction (db))
    return -1;

  return db->klass->poll_changes (db, payload);
}

struct _PtDbReconnect
{
  const PtDbClass *klass;
  gpointer         plan;        /* NULL: nothing to connect (a file) */
  gpointer         connection;  /* _run()'s, until _finish() takes it */
  char            *detail;      /* why _run() could not connect */
};

PtDbReconnect *
pt_db_reconnect_begin (PtDb *db)
{
  PtDbReconnect *reconnect = g_new0 (PtDbReconnect, 1);

  reconnect->klass = db->klass;
  if (db->klass->reconnect_begin != NULL)
    reconnect->plan = db->klass->reconnect_begin (db);
  return reconnect;
}

void
pt_db_reconnect_run (PtDbReconnect *reconnect)
{
  if (reconnect->plan != NULL && reconnect->connection == NULL)
    {
      g_clear_pointer (&reconnect->detail, g_free);
      reconnect->connection = reconnect->klass->reconnect_connect (reconnect->plan,
                                                                   &reconnect->detail);
    }
}

gboolean
pt_db_reconnect_finish (PtDb          *db,
                        PtDbReconnect *reconnect)
{
  g_return_val_if_fail (reconnect->klass == db->klass, FALSE);

  if (reconnect->plan == NULL)
    return TRUE;

  if (reconnect->connection == NULL)
    {
      pt_db_set_fault (db, PT_DB_FAULT_CONNECTION, NULL,
                       reconnect->detail != NULL ? reconnect->detail : "");
      return FALSE;
    }

  /* The statements of the lost session go without a word to the server. */
  db->closing = TRUE;
  g_hash_table_remove_all (db->cache);
  db->closing = FALSE;

  db->klass->reconnect_finish (db, g_steal_pointer (&reconnect->connection));
  pt_db_set_fault (db, PT_DB_FAULT_NONE, NULL, NULL);
  return TRUE;
}

void
pt_db_reconnect_free (PtDbReconnect *reconnect)
{
  if (reconnect == NULL)
    return;
  if (reconnect->plan != NULL)
    reconnect->klass->reconnect_free (reconnect->plan, reconnect->connection);
  g_free (reconnect->detail);
  g_free (reconnect);
}

gboolean
pt_db_reconnect (PtDb *db)
{
  g_autoptr(PtDbReconnect) reconnect = pt_db_reconnect_begin (db);

  pt_db_reconnect_run (reconnect);
  return pt_db_reconnect_finish (db, reconnect);
}

PtDbBackend
pt_db_get_backend (PtDb *db)
{
  return db->backend;
}

PtDbFault
pt_db_get_fault (PtDb *db)
{
  return db->fault;
}

const char *
pt_db_get_message (PtDb *db)
{
  return db->message != NULL ? db->message : "";
}

const char *
pt_db_get_code (PtDb *db)
{
  return db->code;
}

gboolean
pt_db_exec (PtDb       *db,
            const char *sql)
{
  return db->klass->exec (db, sql);
}

gint64
pt_db_changes (PtDb *db)
{
  return db->klass->changes (db);
}

gint64
pt_db_last_insert_id (PtDb *db)
{
  return db->klass->last_insert_id (db);
}

gboolean
pt_db_in_transaction (PtDb *db)
{
  return db->klass->in_transaction (db);
}

gboolean
pt_db_transaction_failed (PtDb *db)
{
  return db->klass->transaction_failed (db);
}

PtDbStmt *
pt_db_prepare_cached (PtDb       *db,
                      const char *sql)
{
  PtDbStmt *stmt = g_hash_table_lookup (db->cache, sql);

  if (stmt != NULL)
    return stmt;

  stmt = db->klass->prepare (db, sql, PT_DB_USE_CACHED);
  if (stmt != NULL)
    g_hash_table_insert (db->cache, stmt->sql, stmt);

  return stmt;
}

PtDbStmt *
pt_db_prepare (PtDb       *db,
               const char *sql)
{
  return db->klass->prepare (db, sql, PT_DB_USE_OWNED);
}

PtDbStmt *
pt_db_prepare_cursor (PtDb       *db,
                      const char *sql)
{
  return db->klass->prepare (db, sql, PT_DB_USE_CURSOR);
}

void
pt_db_stmt_free (PtDbStmt *stmt)
{
  if (stmt == NULL)
    return;

  g_return_if_fail (g_hash_table_lookup (stmt->db->cache, stmt->sql) != stmt);
  stmt->db->klass->stmt_free (stmt);
}

PtDb *
pt_db_stmt_get_db (PtDbStmt *stmt)
{
  return stmt->db;
}

const char *
pt_db_stmt_get_sql (PtDbStmt *stmt)
{
  return stmt->sql;
}

int
pt_db_bind_count (PtDbStmt *stmt)
{
  return stmt->db->klass->bind_count (stmt);
}

void
pt_db_bind_int64 (PtDbStmt *stmt,
                  int       index,
                  gint64    value)
{
  stmt->db->klass->bind_int64 (stmt, index, value);
}

void
pt_db_bind_double (PtDbStmt *stmt,
                   int       index,
                   double    value)
{
  stmt->db->klass->bind_double (stmt, index, value);
}

void
pt_db_bind_text (PtDbStmt   *stmt,
                 int         index,
                 const char *value)
{
  stmt->db->klass->bind_text (stmt, index, value, TRUE);
}

void
pt_db_bind_text_static (PtDbStmt   *stmt,
                        int         index,
                        const char *value)
{
  stmt->db->klass->bind_text (stmt, index, value, FALSE);
}

void
pt_db_bind_null (PtDbStmt *stmt,
                 int       index)
{
  stmt->db->klass->bind_null (stmt, index);
}

PtDbStep
pt_db_step (PtDbStmt *stmt)
{
  return stmt->db->klass->step (stmt);
}

void
pt_db_reset (PtDbStmt *stmt)
{
  stmt->db->klass->reset (stmt);
}

int
pt_db_column_count (PtDbStmt *stmt)
{
  return stmt->db->klass->column_count (stmt);
}

gboolean
pt_db_column_is_null (PtDbStmt *stmt,
                      int       index)
{
  return stmt->db->klass->column_is_null (stmt, index);
}

gint64
pt_db_column_int64 (PtDbStmt *stmt,
                    int       index)
{
  return stmt->db->klass->column_int64 (stmt, index);
}

double
pt_db_column_double (PtDbStmt *stmt,
                     int       index)
{
  return stmt->db->klass->column_double (stmt, index);
}

const char *
pt_db_column_text (PtDbStmt *stmt,
                   int       index)
{
  return stmt->db->klass->column_text (stmt, index);
}

gsize
pt_db_column_bytes (PtDbStmt *stmt,
                    int       index)
{
  return stmt->db->klass->column_bytes (stmt, index);
}

/* SQLite numbers a bare "?" one past the highest number so far; "?NNN"
 * keeps its number. Quotes ('text', "name") and comments pass unchanged,
 * so a "?" in a string literal stays a question mark. */
char *
pt_db_sql_to_numbered (const char  *sql,
                       int         *n_params,
                       gboolean   **used)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  g_autoptr(GArray) named = g_array_new (FALSE, TRUE, sizeof (gboolean));
  int highest = 0;
  const char *p = sql;

  while (*p != '\0')
    {
      if (*p == '\'' || *p == '"')
        {
          char quote = *p;
          const char *end = p + 1;

          /* A doubled quote inside is part of the text. */
          while (*end != '\0' && !(*end == quote && end[1] != quote))
            end += (*end == quote) ? 2 : 1;
          if (*end != '\0')
            end++;
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          const char *end = strchr (p, '\n');

          end = end != NULL ? end : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (p[0] == '/' && p[1] == '*')
        {
          const char *end = strstr (p + 2, "*/");

          end = end != NULL ? end + 2 : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (*p == '?')
        {
          int number;

          p++;
          if (g_ascii_isdigit (*p))
            {
              number = 0;
              while (g_ascii_isdigit (*p) && number < 100000)
                number = number * 10 + (*p++ - '0');
            }
          else
            number = highest + 1;

          highest = MAX (highest, number);
          if ((guint) number >= named->len)
            g_array_set_size (named, number + 1);
          g_array_index (named, gboolean, number) = TRUE;
          g_string_append_printf (out, "$%d", number);
        }
      else
        g_string_append_c (out, *p++);
    }

  if (n_params != NULL)
    *n_params = highest;
  if (used != NULL)
    {
      g_array_set_size (named, highest + 1);
      *used = (gboolean *) (void *) g_array_free (g_steal_pointer (&named), FALSE);
    }
  return g_string_free (out, FALSE);
}
