/* pt-store.c: opening, migrating and guarding the SQLite file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pt-error.h"
#include "pt-schema.h"
#include "pt-store-private.h"


G_DEFINE_FINAL_TYPE (PtStore, pt_store, G_TYPE_OBJECT)

PtPinAttempts *
pt_store_get_pin_attempts (PtStore *self)
{
  return &self->pin_attempts;
}

PtAuditState *
pt_store_get_audit_state (PtStore *self)
{
  return &self->audit;
}

static void
pt_store_finalize (GObject *object)
{
  PtStore *self = PT_STORE (object);

  pt_audit_state_clear (&self->audit);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->damage, g_free);
  g_clear_pointer (&self->thread, g_thread_unref);

  G_OBJECT_CLASS (pt_store_parent_class)->finalize (object);
}

static void
pt_store_class_init (PtStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pt_store_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
pt_store_init (PtStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->thread = g_thread_ref (g_thread_self ());
}

/* The statement cache and the transaction depth are the opening thread's
 * alone, so every use of the connection checks that it comes from there:
 * a caller's bug (a critical, fatal in the tests), refused with an error
 * rather than a corrupted cache. A worker opens a store of its own. */
static gboolean
check_thread (PtStore  *self,
              GError  **error)
{
  if (G_LIKELY (self->thread == g_thread_self ()))
    return TRUE;

  g_critical ("The PtStore of “%s” was used from a thread other than the one that opened it",
              self->path);
  g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
               _("The database was used from the wrong thread; nothing was read or saved"));
  return FALSE;
}

sqlite3 *
pt_store_get_connection (PtStore  *self,
                         GError  **error)
{
  return check_thread (self, error) ? self->db : NULL;
}

void
pt_store_set_error (PtStore  *self,
                    int       rc,
                    GError  **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PT_ERROR, PT_ERROR_BUSY,
                   _("The database is in use by another program; try again in a moment"));
      break;
    case SQLITE_NOTADB:
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE,
                   _("“%s” is not a ProloTrack database, or it is damaged (%s)"),
                   self->path, detail);
      break;
    case SQLITE_CORRUPT:
      /* Found while reading or writing: from now on nothing is written. */
      pt_store_note_integrity (self, FALSE, detail);
      pt_store_set_damaged_error (self, error);
      break;
    case SQLITE_FULL:
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("The disk is full; nothing was saved"));
      break;
    case SQLITE_IOERR:
      /* Growing the -shm file or the log on a full disk is an I/O error
       * to SQLite; the system's error number says what happened. */
      if (self->db != NULL &&
          (sqlite3_system_errno (self->db) == ENOSPC || sqlite3_system_errno (self->db) == EDQUOT))
        g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                     _("The disk is full; nothing was saved"));
      else
        g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                     _("Database error: %s"), detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot write to the database “%s”: %s"), self->path, detail);
      break;
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error (error, PT_ERROR, PT_ERROR_DUPLICATE,
                     _("That value is already used by another record (%s)"), detail);
      else
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The database refused the value (%s); nothing was saved"), detail);
      break;
    default:
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Database error: %s"), detail);
    }
}

PtStmt *
pt_store_prepare (PtStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!check_thread (self, error))
    return NULL;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pt_store_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

PtStmt *
pt_store_prepare_owned (PtStore     *self,
                        const char  *sql,
                        GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!check_thread (self, error))
    return NULL;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pt_store_set_error (self, rc, error);
      return NULL;
    }

  return stmt;
}

int
pt_store_step (PtStore  *self,
               PtStmt   *stmt,
               GError  **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  pt_store_set_error (self, sqlite3_extended_errcode (self->db), error);
  return 0;
}

gboolean
pt_store_step_row (PtStore  *self,
                   PtStmt   *stmt,
                   GError  **error)
{
  int rc = pt_store_step (self, stmt, error);

  if (rc == SQLITE_DONE)
    g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                 _("The database gave no answer where one was expected: %s"),
                 sqlite3_sql (stmt));

  return rc == SQLITE_ROW;
}

gboolean
pt_store_exec (PtStore     *self,
               const char  *sql,
               GError     **error)
{
  if (!check_thread (self, error))
    return FALSE;

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      pt_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }

  return TRUE;
}

/* SQLite rolls a whole transaction back by itself after some errors (disk
 * full, I/O error, out of memory). Then every level still open must fail,
 * so an import cannot go on committing its rows one by one. */
static gboolean
transaction_lost (PtStore *self)
{
  return self->tx_depth > 0 && sqlite3_get_autocommit (self->db);
}

static void
set_lost_error (GError **error)
{
  g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
               _("An earlier error cancelled this change; nothing of it was saved"));
}

static gboolean
begin_write (PtStore   *self,
             gboolean   check_integrity,
             GError   **error);

gboolean
pt_store_begin (PtStore  *self,
                GError  **error)
{
  return begin_write (self, TRUE, error);
}

gboolean
pt_store_begin_note (PtStore  *self,
                     GError  **error)
{
  return begin_write (self, FALSE, error);
}

static gboolean
begin_write (PtStore   *self,
             gboolean   check_integrity,
             GError   **error)
{
  if (transaction_lost (self))
    {
      set_lost_error (error);
      return FALSE;
    }

  if (self->tx_depth == 0 && !pt_store_check_writable (self, error))
    return FALSE;

  if (!pt_store_exec (self, self->tx_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT pt", error))
    return FALSE;

  self->tx_depth++;

  /* No write reaches a file that has not been checked since it was opened:
   * the first one runs quick_check under the write lock it already holds. */
  if (check_integrity && self->tx_depth == 1 &&
      self->integrity == PT_STORE_INTEGRITY_UNCHECKED && !pt_store_check_integrity (self, error))
    {
      pt_store_rollback (self);
      return FALSE;
    }

  /* Another program's changes are sealed before this one's (audit). */
  if (self->tx_depth == 1 && !pt_store_audit_seal (self, TRUE, error))
    {
      pt_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* A transaction that only reads: a snapshot, without the write lock, so it
 * neither waits for nor blocks another program that is writing (WAL). Its
 * end is pt_store_rollback(). Nested in a write, it is a savepoint of it. */
gboolean
pt_store_begin_read (PtStore  *self,
                     GError  **error)
{
  if (transaction_lost (self))
    {
      set_lost_error (error);
      return FALSE;
    }

  if (!pt_store_exec (self, self->tx_depth == 0 ? "BEGIN DEFERRED" : "SAVEPOINT pt", error))
    return FALSE;

  self->tx_depth++;
  return TRUE;
}

gboolean
pt_store_commit (PtStore  *self,
                 GError  **error)
{
  g_assert (self->tx_depth > 0);

  if (transaction_lost (self))
    {
      self->tx_depth--;
      set_lost_error (error);
      return FALSE;
    }

  /* The audit rows of this transaction get their clinician and hash. */
  if ((self->tx_depth == 1 && !pt_store_audit_seal (self, FALSE, error)) ||
      !pt_store_exec (self, self->tx_depth == 1 ? "COMMIT" : "RELEASE pt", error))
    {
      pt_store_rollback (self);
      return FALSE;
    }

  self->tx_depth--;
  if (self->tx_depth == 0 && self->checkpoint_wanted)
    pt_store_checkpoint_deleted (self);
  return TRUE;
}

void
pt_store_rollback (PtStore *self)
{
  g_assert (self->tx_depth > 0);

  if (!transaction_lost (self))
    {
      if (self->tx_depth == 1)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      else
        sqlite3_exec (self->db, "ROLLBACK TO pt; RELEASE pt", NULL, NULL, NULL);
    }

  self->tx_depth--;
  if (self->tx_depth == 0)
    self->checkpoint_wanted = FALSE;
}

gint64
pt_store_query_int (PtStore     *self,
                    const char  *sql,
                    gint64       arg,
                    GError     **error)
{
  g_autoptr(PtStmt) stmt = pt_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, arg);

  rc = pt_store_step (self, stmt, error);
  if (rc == 0)
    return -1;

  return rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* One text value from an uncached statement (PRAGMAs are cheap and rare). */
char *
pt_store_query_text (PtStore     *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = pt_store_prepare_owned (self, sql, error);
  char *result = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    pt_store_set_error (self, sqlite3_extended_errcode (self->db), error);

  if (rc == SQLITE_ROW && result == NULL)
    result = g_strdup ("");

  sqlite3_finalize (stmt);
  return result;
}

const char *
pt_store_get_path (PtStore *self)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return self->path;
}

guint
pt_store_get_schema_version (void)
{
  return pt_schema_get_version ();
}

char *
pt_store_dup_setting (PtStore     *self,
                      const char  *name,
                      GError     **error)
{
  static const char * const allowed[] = {
    "journal_mode", "synchronous", "foreign_keys", "busy_timeout", "user_version",
    "application_id", "trusted_schema", "secure_delete", NULL
  };
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PT_IS_STORE (self), NULL);
  g_return_val_if_fail (g_strv_contains (allowed, name), NULL);

  sql = g_strdup_printf ("PRAGMA %s", name);
  return pt_store_query_text (self, sql, error);
}

static gboolean
collect_problems (PtStore     *self,
                  const char  *sql,
                  gboolean     ok_row_is_clean,
                  GPtrArray   *problems,
                  GError     **error)
{
  g_autoptr(PtStmt) stmt = pt_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = pt_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      int n = sqlite3_column_count (stmt);
      GString *row = g_string_new (NULL);

      for (int i = 0; i < n; i++)
        g_string_append_printf (row, "%s%s", i ? " " : "",
                                sqlite3_column_text (stmt, i) ? (const char *) sqlite3_column_text (stmt, i) : "NULL");

      if (ok_row_is_clean && g_str_equal (row->str, "ok"))
        g_string_free (row, TRUE);
      else
        g_ptr_array_add (problems, g_string_free (row, FALSE));
    }

  return rc != 0;
}

gboolean
pt_store_check (PtStore     *self,
                gboolean     quick,
                GStrv       *problems,
                GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  gboolean clean;

  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  if (!collect_problems (self, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check",
                         TRUE, found, error) ||
      !collect_problems (self, "PRAGMA foreign_key_check", FALSE, found, error))
    return FALSE;

  clean = found->len == 0;
  if (problems != NULL)
    {
      g_ptr_array_add (found, NULL);
      *problems = (GStrv) g_ptr_array_steal (found, NULL);
    }

  return clean;
}

gint64
pt_store_count_records (PtStore     *self,
                        GType        record_type,
                        GError     **error)
{
  g_autoptr(PtRecordClass) klass = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PT_IS_STORE (self), -1);
  g_return_val_if_fail (g_type_is_a (record_type, PT_TYPE_RECORD), -1);

  klass = g_type_class_ref (record_type);
  sql = g_strdup_printf ("SELECT count(*) FROM %s", klass->table);
  return pt_store_query_int (self, sql, 0, error);
}

gint64
pt_store_count_patients (PtStore     *self,
                         gboolean     include_archived,
                         GError     **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), -1);

  return pt_store_query_int (self,
                             include_archived ? "SELECT count(*) FROM patients"
                                              : "SELECT count(*) FROM patients WHERE archived = 0",
                             0, error);
}

gboolean
pt_store_run_batch (PtStore          *self,
                    PtStoreBatchFunc  func,
                    gpointer          user_data,
                    GError          **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!pt_store_begin (self, error))
    return FALSE;

  if (!func (self, user_data, error))
    {
      pt_store_rollback (self);
      return FALSE;
    }

  return pt_store_commit (self, error);
}
