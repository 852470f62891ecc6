/* pt-db-pg.c: the PostgreSQL backend of pt-db.h, on libpq
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Values go to the server as text parameters and come back as text, so
 * no value is ever spliced into SQL. A cached statement is prepared on the
 * server once (PQprepare) and executed by name; a caller's statement runs
 * unnamed (PQexecParams), and a cursor's through DECLARE ... CURSOR and
 * FETCH, 1,000 rows at a time, inside the caller's transaction; outside
 * one, WITH HOLD (see execute). While the caller reads a batch, the next
 * FETCH is on its way (fetch_batch): the server computes it meanwhile.
 *
 * The password is never in a location: one that holds it is refused
 * before any connection is made (pt_db_check_server_location). libpq
 * reads it from ~/.pgpass (or PGPASSFILE); a server that still asks for
 * one gets what the desktop's keyring keeps for it (pt-db-secret.c), or
 * the one a person typed (pt_db_open_postgresql_full), which the
 * connection keeps for its next session only.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pt-db-private.h"
#include "pt-error.h"

#ifdef HAVE_LIBPQ
#include <libpq-fe.h>

/* pg_type's oid of text (server/catalog/pg_type_d.h, not a client header). */
#define TEXT_OID 25
#endif

#define PT_DB_CURSOR_BATCH 1000

#ifdef HAVE_LIBPQ

typedef struct
{
  PtDb    parent;
  PGconn *conn;
  char    *location;
  char    *password;   /* NULL: libpq's own (~/.pgpass) */
  guint    next_name;
  gint64   changes;
  gint64   notified;   /* other sessions' notifications seen (pg_poll_changes) */
  gboolean lost;       /* a statement found the connection gone */
  struct _PtDbPgStmt *fetching;  /* the cursor whose next FETCH was sent, unread */
} PtDbPg;

typedef struct _PtDbPgStmt
{
  PtDbStmt   parent;
  PtDbUse    use;
  char      *numbered;   /* the SQL with $NNN parameters */
  char      *name;       /* the server's prepared statement or cursor */
  int        n_params;
  char     **values;     /* n_params; NULL is SQL NULL */
  Oid       *types;      /* n_params; 0: the server infers it */
  gboolean  *owned;
  PGresult  *result;
  PGresult  *next;       /* the next batch, read ahead of the caller */
  int        row;        /* in result; -1 before the first step */
  gboolean   declared;   /* the cursor is open on the server */
  gboolean   held;       /* ... WITH HOLD: it outlives transactions */
  gboolean   finished;   /* every row was read */
} PtDbPgStmt;

#define PG(db) ((PtDbPg *) (db))
#define PG_STMT(s) ((PtDbPgStmt *) (s))

/* Reads the result of a FETCH sent ahead, if one is on its way, into its
 * cursor's next batch: a connection runs one command at a time. */
static void
finish_fetch (PtDbPg *self)
{
  PtDbPgStmt *stmt = g_steal_pointer (&self->fetching);
  PGresult *result;

  if (stmt == NULL)
    return;

  while ((result = PQgetResult (self->conn)) != NULL)
    {
      if (stmt->next == NULL)
        stmt->next = result;
      else
        PQclear (result);
    }
}

/* The connection, with nothing on its way: every command but a FETCH
 * sent ahead goes through it. */
static PGconn *
idle_conn (PtDbPg *self)
{
  finish_fetch (self);
  return self->conn;
}

/* PostgreSQL's SQLSTATE classes, in terms both backends name. */
static PtDbFault
fault_of_sqlstate (const char *state)
{
  if (state == NULL || strlen (state) != 5)
    return PT_DB_FAULT_OTHER;
  if (g_str_equal (state, "23505"))
    return PT_DB_FAULT_UNIQUE;
  if (g_str_has_prefix (state, "23"))
    return PT_DB_FAULT_CONSTRAINT;
  if (g_str_equal (state, "40001") || g_str_equal (state, "40P01") ||
      g_str_equal (state, "55P03"))
    return PT_DB_FAULT_BUSY;
  if (g_str_equal (state, "25P02"))
    return PT_DB_FAULT_ABORTED;
  if (g_str_equal (state, "53100"))
    return PT_DB_FAULT_FULL;
  if (g_str_equal (state, "58030"))
    return PT_DB_FAULT_IO;
  if (g_str_equal (state, "XX001") || g_str_equal (state, "XX002"))
    return PT_DB_FAULT_CORRUPT;
  if (g_str_equal (state, "42501") || g_str_equal (state, "25006"))
    return PT_DB_FAULT_PERMISSION;
  if (g_str_has_prefix (state, "28"))
    return PT_DB_FAULT_AUTH;
  /* Connection exceptions, and the server shutting down (57P01-57P03). */
  if (g_str_has_prefix (state, "08") || g_str_has_prefix (state, "57P"))
    return PT_DB_FAULT_CONNECTION;
  return PT_DB_FAULT_OTHER;
}

/* libpq's messages end in a line break, some in several lines. */
static char *
first_line (const char *message)
{
  const char *end;

  if (message == NULL || *message == '\0')
    return g_strdup (_("no answer from the server"));

  end = strchr (message, '\n');
  return g_strstrip (end != NULL ? g_strndup (message, end - message) : g_strdup (message));
}

/* Records @result's failure (NULL: the connection's), and clears @result. */
static void
take_error (PtDbPg   *self,
            PGresult *result)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  g_autofree char *message = first_line (result != NULL ? PQresultErrorMessage (result)
                                                        : PQerrorMessage (self->conn));
  PtDbFault fault = fault_of_sqlstate (state);

  /* A lost connection has no SQLSTATE from the server, only libpq's
   * message ("server closed the connection unexpectedly"), and libpq may
   * not call the connection bad until it next reads: a failure with no
   * SQLSTATE is the client's, and the client's failures are of the
   * connection. */
  if (PQstatus (self->conn) == CONNECTION_BAD || state == NULL)
    fault = PT_DB_FAULT_CONNECTION;
  if (fault == PT_DB_FAULT_CONNECTION)
    self->lost = TRUE;

  pt_db_set_fault (&self->parent, fault, state, message);
  PQclear (result);
}

static gboolean
result_ok (PGresult *result)
{
  ExecStatusType status = PQresultStatus (result);

  /* SQL of comments or nothing runs as nothing, as sqlite3_exec() has it. */
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK ||
         status == PGRES_EMPTY_QUERY;
}

/* A password's bytes do not outlive their use. */
static void
wipe_free (char *secret)
{
  if (secret != NULL)
    explicit_bzero (secret, strlen (secret));
  g_free (secret);
}

static void
pg_free (PtDb *db)
{
  PQfinish (PG (db)->conn);
  g_free (PG (db)->location);
  wipe_free (PG (db)->password);
  g_free (db);
}

static gboolean
pg_exec (PtDb       *db,
         const char *sql)
{
  PGresult *result = PQexec (idle_conn (PG (db)), sql);

  if (!result_ok (result))
    {
      take_error (PG (db), result);
      return FALSE;
    }

  PQclear (result);
  return TRUE;
}

static gint64
pg_changes (PtDb *db)
{
  return PG (db)->changes;
}

static gint64
pg_last_insert_id (PtDb *db)
{
  /* sqlite3_last_insert_rowid() is the id of the last row a statement
   * inserted, not one its triggers did (the audit's): the schema's
   * pt_rowid() trigger notes it in the session (pt-schema-pg.c). A table
   * without it (a test's) has lastval(), the last id any sequence gave. */
  PGresult *result = PQexec (idle_conn (PG (db)),
                             "SELECT coalesce (nullif (current_setting "
                             "('prolotrack.last_insert_id', true), ''), lastval ()::text)");
  gint64 id = -1;

  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1)
    id = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  else
    take_error (PG (db), g_steal_pointer (&result));

  PQclear (result);
  return id;
}

static gboolean
pg_in_transaction (PtDb *db)
{
  return PQtransactionStatus (idle_conn (PG (db))) != PQTRANS_IDLE;
}

static gboolean
pg_transaction_failed (PtDb *db)
{
  PGTransactionStatusType status = PQtransactionStatus (idle_conn (PG (db)));

  return status == PQTRANS_INERROR || status == PQTRANS_UNKNOWN;
}

/* Whether @sql reads rows, the only statements a cursor can run: the
 * store prepares its own writes (an import's INSERTs) as owned statements
 * too, which SQLite steps alike. */
static gboolean
is_query (const char *sql)
{
  while (g_ascii_isspace (*sql) || *sql == '(')
    sql++;

  return g_ascii_strncasecmp (sql, "SELECT", 6) == 0 ||
         g_ascii_strncasecmp (sql, "VALUES", 6) == 0 ||
         g_ascii_strncasecmp (sql, "WITH", 4) == 0;
}

static PtDbStmt *
pg_prepare (PtDb       *db,
            const char *sql,
            PtDbUse     use)
{
  PtDbPg *self = PG (db);
  PtDbPgStmt *stmt = g_new0 (PtDbPgStmt, 1);
  g_autofree gboolean *used = NULL;

  pt_db_init_stmt (&stmt->parent, db, sql);
  stmt->use = use == PT_DB_USE_CURSOR && !is_query (sql) ? PT_DB_USE_OWNED : use;
  use = stmt->use;
  stmt->numbered = pt_db_sql_to_numbered (sql, &stmt->n_params, &used);
  /* A parameter the SQL does not name has no use to infer a type from:
   * text, which binding anything to it gives. */
  stmt->types = g_new0 (Oid, stmt->n_params + 1);
  for (int i = 1; i <= stmt->n_params; i++)
    stmt->types[i - 1] = used[i] ? 0 : TEXT_OID;
  stmt->values = g_new0 (char *, stmt->n_params + 1);
  stmt->owned = g_new0 (gboolean, stmt->n_params + 1);
  stmt->row = -1;

  if (use != PT_DB_USE_OWNED)
    stmt->name = g_strdup_printf ("pt_%u", ++self->next_name);

  /* A cached statement is checked and planned now, as SQLite's is. */
  if (use == PT_DB_USE_CACHED)
    {
      PGresult *result = PQprepare (idle_conn (self), stmt->name, stmt->numbered, stmt->n_params,
                                    stmt->types);

      if (!result_ok (result))
        {
          take_error (self, result);
          g_clear_pointer (&stmt->name, g_free);
          db->klass->stmt_free (&stmt->parent);
          return NULL;
        }
      PQclear (result);
    }

  return &stmt->parent;
}

static void
clear_values (PtDbPgStmt *stmt)
{
  for (int i = 0; i < stmt->n_params; i++)
    {
      if (stmt->owned[i])
        g_free (stmt->values[i]);
      stmt->values[i] = NULL;
      stmt->owned[i] = FALSE;
    }
}

static void
close_cursor (PtDbPgStmt *stmt)
{
  PtDbPg *self = PG (stmt->parent.db);

  /* Any cursor's FETCH on its way, not only this one's: PQexec() would
   * drop its rows without a word. */
  finish_fetch (self);
  g_clear_pointer (&stmt->next, PQclear);
  if (stmt->declared &&
      (stmt->held ? PQtransactionStatus (self->conn) != PQTRANS_INERROR
                  : PQtransactionStatus (self->conn) == PQTRANS_INTRANS))
    {
      g_autofree char *sql = g_strdup_printf ("CLOSE %s", stmt->name);

      PQclear (PQexec (self->conn, sql));
    }
  stmt->declared = FALSE;
  stmt->held = FALSE;
}

static void
pg_reset (PtDbStmt *stmt)
{
  PtDbPgStmt *self = PG_STMT (stmt);

  g_clear_pointer (&self->result, PQclear);
  close_cursor (self);
  clear_values (self);
  self->row = -1;
  self->finished = FALSE;
}

static void
pg_stmt_free (PtDbStmt *stmt)
{
  PtDbPgStmt *self = PG_STMT (stmt);
  PtDbPg *db = PG (stmt->db);

  pg_reset (stmt);

  /* The server forgets a prepared statement with its session; one freed
   * before then is forgotten now (not while the connection closes). */
  if (self->use == PT_DB_USE_CACHED && self->name != NULL && !stmt->db->closing &&
      PQstatus (db->conn) == CONNECTION_OK &&
      PQtransactionStatus (idle_conn (db)) != PQTRANS_INERROR)
    {
      g_autofree char *sql = g_strdup_printf ("DEALLOCATE %s", self->name);

      PQclear (PQexec (db->conn, sql));
    }

  g_free (self->values);
  g_free (self->types);
  g_free (self->owned);
  g_free (self->numbered);
  g_free (self->name);
  g_free (stmt->sql);
  g_free (self);
}

static int
pg_bind_count (PtDbStmt *stmt)
{
  return PG_STMT (stmt)->n_params;
}

static void
set_value (PtDbStmt *stmt,
           int       index,
           char     *value,
           gboolean  owned)
{
  PtDbPgStmt *self = PG_STMT (stmt);

  /* As SQLite: a parameter the statement does not have is ignored. */
  if (index < 1 || index > self->n_params)
    {
      if (owned)
        g_free (value);
      return;
    }

  if (self->owned[index - 1])
    g_free (self->values[index - 1]);
  self->values[index - 1] = value;
  self->owned[index - 1] = owned;
}

static void
pg_bind_int64 (PtDbStmt *stmt,
               int       index,
               gint64    value)
{
  set_value (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value), TRUE);
}

static void
pg_bind_double (PtDbStmt *stmt,
                int       index,
                double    value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* SQLite stores a NaN as NULL. */
  if (isnan (value))
    set_value (stmt, index, NULL, FALSE);
  else
    set_value (stmt, index, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)), TRUE);
}

static void
pg_bind_text (PtDbStmt   *stmt,
              int         index,
              const char *value,
              gboolean    copy)
{
  if (copy)
    set_value (stmt, index, g_strdup (value), TRUE);
  else
    set_value (stmt, index, (char *) value, FALSE);
}

static void
pg_bind_null (PtDbStmt *stmt,
              int       index)
{
  set_value (stmt, index, NULL, FALSE);
}

static PGresult *
execute (PtDbPgStmt *self)
{
  PtDbPg *db = PG (self->parent.db);
  const char * const *values = (const char * const *) self->values;

  switch (self->use)
    {
    case PT_DB_USE_CACHED:
      return PQexecPrepared (idle_conn (db), self->name, self->n_params, values, NULL, NULL, 0);
    case PT_DB_USE_OWNED:
      return PQexecParams (idle_conn (db), self->numbered, self->n_params, self->types, values,
                           NULL, NULL, 0);
    case PT_DB_USE_CURSOR:
    default:
      {
        /* A SQLite statement reads a snapshot whether or not a
         * transaction is open, and the store reads an export without one.
         * A server's cursor lives in a transaction, unless it is WITH
         * HOLD: then the server computes the rows when the statement's own
         * transaction ends (into its temporary files, not the client's
         * memory) and keeps them until CLOSE, whatever the store begins
         * and commits meanwhile. */
        gboolean hold = PQtransactionStatus (idle_conn (db)) == PQTRANS_IDLE;
        g_autofree char *declare = g_strdup_printf ("DECLARE %s NO SCROLL CURSOR%s FOR %s",
                                                    self->name, hold ? " WITH HOLD" : "",
                                                    self->numbered);

        self->held = hold;
        return PQexecParams (db->conn, declare, self->n_params, self->types, values, NULL,
                             NULL, 0);
      }
    }
}

/* The cursor's next batch: the one read ahead, or one fetched now. A full
 * batch may have more behind it, whose FETCH is sent before the caller
 * reads this one (and read by finish_fetch when anything else needs the
 * connection first); the last batch is short. */
static gboolean
fetch_batch (PtDbPgStmt *self)
{
  PtDbPg *db = PG (self->parent.db);
  g_autofree char *fetch = g_strdup_printf ("FETCH FORWARD %d FROM %s", PT_DB_CURSOR_BATCH,
                                            self->name);
  PGresult *result;

  g_clear_pointer (&self->result, PQclear);
  /* This cursor's FETCH on its way, or another's, which must be read
   * before this one's is sent. */
  finish_fetch (db);
  if (self->next != NULL)
    result = g_steal_pointer (&self->next);
  else
    result = PQexec (db->conn, fetch);
  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    {
      take_error (db, result);
      return FALSE;
    }

  self->result = result;
  self->row = 0;
  if (PQntuples (result) < PT_DB_CURSOR_BATCH)
    self->finished = TRUE;
  else if (PQsendQuery (db->conn, fetch))
    db->fetching = self;
  return TRUE;
}

static PtDbStep
pg_step (PtDbStmt *stmt)
{
  PtDbPgStmt *self = PG_STMT (stmt);
  PtDbPg *db = PG (stmt->db);

  if (self->row < 0 && !self->declared)
    {
      PGresult *result = execute (self);

      if (!result_ok (result))
        {
          take_error (db, result);
          return PT_DB_FAILED;
        }

      if (self->use == PT_DB_USE_CURSOR)
        {
          PQclear (result);
          self->declared = TRUE;
          if (!fetch_batch (self))
            return PT_DB_FAILED;
        }
      else
        {
          const char *tuples = PQcmdTuples (result);

          if (tuples != NULL && *tuples != '\0')
            db->changes = g_ascii_strtoll (tuples, NULL, 10);
          self->result = result;
          self->row = 0;
          self->finished = TRUE;
        }
    }
  else
    self->row++;

  if (self->row >= PQntuples (self->result) && !self->finished)
    {
      if (!fetch_batch (self))
        return PT_DB_FAILED;
    }

  return self->row < PQntuples (self->result) ? PT_DB_ROW : PT_DB_DONE;
}

static int
pg_column_count (PtDbStmt *stmt)
{
  PtDbPgStmt *self = PG_STMT (stmt);

  return self->result != NULL ? PQnfields (self->result) : 0;
}

static gboolean
has_value (PtDbPgStmt *self,
           int         index)
{
  return self->result != NULL && self->row >= 0 && self->row < PQntuples (self->result) &&
         index >= 0 && index < PQnfields (self->result) &&
         !PQgetisnull (self->result, self->row, index);
}

static gboolean
pg_column_is_null (PtDbStmt *stmt,
                   int       index)
{
  return !has_value (PG_STMT (stmt), index);
}

static const char *
pg_column_text (PtDbStmt *stmt,
                int       index)
{
  PtDbPgStmt *self = PG_STMT (stmt);

  return has_value (self, index) ? PQgetvalue (self->result, self->row, index) : NULL;
}

/* As SQLite converts: a boolean is 1 or 0, text that is no number is 0. */
static gint64
pg_column_int64 (PtDbStmt *stmt,
                 int       index)
{
  const char *text = pg_column_text (stmt, index);

  if (text == NULL)
    return 0;
  if (g_str_equal (text, "t"))
    return 1;
  if (strchr (text, '.') != NULL || strchr (text, 'e') != NULL)
    return (gint64) g_ascii_strtod (text, NULL);
  return g_ascii_strtoll (text, NULL, 10);
}

static double
pg_column_double (PtDbStmt *stmt,
                  int       index)
{
  const char *text = pg_column_text (stmt, index);

  return text != NULL ? g_ascii_strtod (text, NULL) : 0.0;
}

static gsize
pg_column_bytes (PtDbStmt *stmt,
                 int       index)
{
  PtDbPgStmt *self = PG_STMT (stmt);

  return has_value (self, index) ? (gsize) PQgetlength (self->result, self->row, index) : 0;
}

static gboolean
pg_is_connected (PtDb *db)
{
  return !PG (db)->lost && PQstatus (PG (db)->conn) == CONNECTION_OK;
}

/* What a new session needs, copied so that it can be made in a worker
 * while the connection stays the caller's. */
typedef struct
{
  char *location;
  char *password;
} PgPlan;

static PGconn *connect_to (const char *location,
                           const char *password);

static gpointer
pg_reconnect_begin (PtDb *db)
{
  PgPlan *plan = g_new0 (PgPlan, 1);

  plan->location = g_strdup (PG (db)->location);
  plan->password = g_strdup (PG (db)->password);
  return plan;
}

static gpointer
pg_reconnect_connect (gpointer   data,
                      char     **detail)
{
  PgPlan *plan = data;
  PGconn *conn = connect_to (plan->location, plan->password);

  if (PQstatus (conn) == CONNECTION_OK)
    return conn;

  *detail = first_line (PQerrorMessage (conn));
  PQfinish (conn);
  return NULL;
}

static void
pg_reconnect_finish (PtDb     *db,
                     gpointer  connection)
{
  PtDbPg *self = PG (db);

  finish_fetch (self);
  PQfinish (self->conn);
  self->conn = connection;
  self->lost = FALSE;
}

static void
pg_reconnect_free (gpointer  data,
                   gpointer  connection)
{
  PgPlan *plan = data;

  if (connection != NULL)
    PQfinish (connection);
  g_free (plan->location);
  wipe_free (plan->password);
  g_free (plan);
}

/* Reads what the server sent without waiting, and counts the
 * notifications of other sessions (a session hears its own NOTIFY too). */
static gint64
pg_poll_changes (PtDb       *db,
                 const char *payload)
{
  PtDbPg *self = PG (db);
  PGnotify *notify;

  if (!pg_is_connected (db))
    return -1;
  finish_fetch (self);
  /* A closed socket is how a lost server shows between statements. */
  if (!PQconsumeInput (self->conn) || PQstatus (self->conn) != CONNECTION_OK)
    {
      g_autofree char *detail = first_line (PQerrorMessage (self->conn));

      self->lost = TRUE;
      pt_db_set_fault (db, PT_DB_FAULT_CONNECTION, NULL, detail);
      return -1;
    }

  while ((notify = PQnotifies (self->conn)) != NULL)
    {
      if (notify->be_pid != PQbackendPID (self->conn) &&
          (payload == NULL || g_strcmp0 (notify->extra, payload) == 0))
        self->notified++;
      PQfreemem (notify);
    }

  return self->notified;
}

static const PtDbClass pg_class = {
  .is_connected = pg_is_connected,
  .reconnect_begin = pg_reconnect_begin,
  .reconnect_connect = pg_reconnect_connect,
  .reconnect_finish = pg_reconnect_finish,
  .reconnect_free = pg_reconnect_free,
  .poll_changes = pg_poll_changes,
  .free = pg_free,
  .exec = pg_exec,
  .changes = pg_changes,
  .last_insert_id = pg_last_insert_id,
  .in_transaction = pg_in_transaction,
  .transaction_failed = pg_transaction_failed,
  .prepare = pg_prepare,
  .stmt_free = pg_stmt_free,
  .bind_count = pg_bind_count,
  .bind_int64 = pg_bind_int64,
  .bind_double = pg_bind_double,
  .bind_text = pg_bind_text,
  .bind_null = pg_bind_null,
  .step = pg_step,
  .reset = pg_reset,
  .column_count = pg_column_count,
  .column_is_null = pg_column_is_null,
  .column_int64 = pg_column_int64,
  .column_double = pg_column_double,
  .column_text = pg_column_text,
  .column_bytes = pg_column_bytes,
};

/* The server's notices (a DROP ... IF EXISTS that found nothing) are for
 * the debug log, not the terminal. */
static void
log_notice (void       *data,
            const char *message)
{
  g_autofree char *line = g_strchomp (g_strdup (message));

  g_debug ("PostgreSQL: %s", line);
}

/* A session for @location, with @password unless it is NULL; the
 * server's notices go to the debug log. Check PQstatus(). */
static PGconn *
connect_to (const char *location,
            const char *password)
{
  /* The location's own settings win, but for the encoding, which the
   * store's text always is, and a password, which it never holds. */
  const char * const keys[] = {
    "application_name", "connect_timeout", "dbname", "client_encoding", "password", NULL
  };
  const char *values[] = { "ProloTrack", "10", location, "UTF8", password, NULL };
  PGconn *conn = PQconnectdbParams (keys, values, 1);

  PQsetNoticeProcessor (conn, log_notice, NULL);
  return conn;
}

/* The server's, database's and user's names as libpq settled them (from
 * the location, the environment and its defaults): what a password in
 * the keyring is kept under. A port left out is the usual one, so an
 * address with ":5432" and one without find the same password. */
static PtDbServerKey
key_of (PGconn *conn)
{
  const char *port = PQport (conn);
  PtDbServerKey key = {
    .host = PQhost (conn),
    .port = port != NULL && *port != '\0' ? port : "5432",
    .database = PQdb (conn),
    .user = PQuser (conn),
  };

  return key;
}

PtDb *
pt_db_open_postgresql_full (const char  *untrimmed,
                            const char  *password,
                            GError     **error)
{
  /* libpq reads a URI only from the first character; spaces around an
   * address are a paste's (pt_db_read_server_location). */
  g_autofree char *location = g_strstrip (g_strdup (untrimmed));
  g_autofree char *kept = NULL;
  PtDbPg *self;
  PGconn *conn;

  if (!pt_db_check_server_location (location, error))
    return NULL;

  conn = connect_to (location, password);

  /* ~/.pgpass had none for it: the keyring may. */
  if (PQstatus (conn) != CONNECTION_OK && password == NULL && PQconnectionNeedsPassword (conn))
    {
      g_autoptr(GError) keyring_error = NULL;
      PtDbServerKey key = key_of (conn);

      kept = pt_db_secret_lookup (&key, &keyring_error);
      if (kept != NULL)
        {
          PQfinish (conn);
          conn = connect_to (location, kept);
          password = kept;
        }
      else
        {
          g_autofree char *where = pt_db_describe_location (location);

          if (keyring_error != NULL)
            g_debug ("No password from the keyring: %s", keyring_error->message);
          pt_set_field_error_code (error, PT_ERROR_CONNECTION, "password",
                                   _("The clinic server %s asks for a password, and neither the "
                                     "keyring nor ~/.pgpass has one for it: type it in Connect "
                                     "to Clinic Server"), where);
          PQfinish (conn);
          return NULL;
        }
    }

  if (PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *where = pt_db_describe_location (location);
      g_autofree char *detail = first_line (PQerrorMessage (conn));

      /* A password went to the server, which turned it down (its words,
       * in English unless its lc_messages says otherwise). */
      const char *field = PQconnectionUsedPassword (conn) && strstr (detail, "password") != NULL
                          ? "password" : NULL;

      pt_set_field_error_code (error, PT_ERROR_CONNECTION, field,
                               _("Cannot connect to the clinic server %s: %s"), where, detail);
      PQfinish (conn);
      wipe_free (g_steal_pointer (&kept));
      return NULL;
    }

  self = g_new0 (PtDbPg, 1);
  pt_db_init (&self->parent, &pg_class, PT_DB_BACKEND_POSTGRESQL);
  self->conn = conn;
  self->location = g_strdup (location);
  self->password = kept != NULL ? g_steal_pointer (&kept) : g_strdup (password);
  return &self->parent;
}

PtDb *
pt_db_open_postgresql (const char  *location,
                       GError     **error)
{
  return pt_db_open_postgresql_full (location, NULL, error);
}

gboolean
pt_db_remember_password (PtDb    *db,
                         GError **error)
{
  PtDbServerKey key;

  g_return_val_if_fail (db->backend == PT_DB_BACKEND_POSTGRESQL, FALSE);

  if (PG (db)->password == NULL)
    return TRUE;

  key = key_of (PG (db)->conn);
  return pt_db_secret_store (&key, PG (db)->password, error);
}

#else /* !HAVE_LIBPQ */

PtDb *
pt_db_open_postgresql_full (const char  *location,
                            const char  *password,
                            GError     **error)
{
  pt_db_check_server_location (location, error);
  return NULL;
}

PtDb *
pt_db_open_postgresql (const char  *location,
                       GError     **error)
{
  return pt_db_open_postgresql_full (location, NULL, error);
}

gboolean
pt_db_remember_password (PtDb    *db,
                         GError **error)
{
  return TRUE;
}

#endif /* HAVE_LIBPQ */
