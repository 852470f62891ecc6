/* pt-store.c: the store's connection: statements, errors, transactions
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

static void
set_lost_error (GError **error)
{
  g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
               _("An earlier error cancelled this change; nothing of it was saved"));
}

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

  pt_store_watch_clear (self);
  pt_audit_state_clear (&self->audit);
  g_clear_pointer (&self->db, pt_db_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->damage, g_free);
  g_clear_pointer (&self->thread, g_thread_unref);

  G_OBJECT_CLASS (pt_store_parent_class)->finalize (object);
}

static void
pt_store_class_init (PtStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pt_store_finalize;

  /**
   * PtStore::changed-elsewhere:
   *
   * Another workstation or program saved something to the clinic: what
   * was read from the store may be out of date. Only after
   * pt_store_watch_changes().
   */
  g_signal_new ("changed-elsewhere", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                NULL, NULL, G_TYPE_NONE, 0);

  /**
   * PtStore::connection-changed:
   *
   * A clinic server was found unreachable, or is reachable again
   * (pt_store_is_connected()). Only after pt_store_watch_changes().
   */
  g_signal_new ("connection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                NULL, NULL, G_TYPE_NONE, 0);
}

static void
pt_store_init (PtStore *self)
{
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

/* check_thread(), and a server's connection there or made again. */
static gboolean
check_ready (PtStore  *self,
             GError  **error)
{
  return check_thread (self, error) &&
         (!pt_store_is_server (self) || pt_store_server_check_connection (self, error));
}

PtDb *
pt_store_get_db (PtStore  *self,
                 GError  **error)
{
  return check_thread (self, error) ? self->db : NULL;
}

void
pt_store_set_error (PtStore  *self,
                    GError  **error)
{
  const char *detail = pt_db_get_message (self->db);

  switch (pt_db_get_fault (self->db))
    {
    case PT_DB_FAULT_BUSY:
      g_set_error (error, PT_ERROR, PT_ERROR_BUSY,
                   _("The database is in use by another program; try again in a moment"));
      break;
    case PT_DB_FAULT_NOT_DATABASE:
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE,
                   _("“%s” is not a ProloTrack database, or it is damaged (%s)"),
                   self->path, detail);
      break;
    case PT_DB_FAULT_CORRUPT:
      /* Found while reading or writing: from now on nothing is written. */
      pt_store_note_integrity (self, FALSE, detail);
      pt_store_set_damaged_error (self, error);
      break;
    case PT_DB_FAULT_FULL:
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("The disk is full; nothing was saved"));
      break;
    case PT_DB_FAULT_PERMISSION:
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot write to the database “%s”: %s"), self->path, detail);
      break;
    case PT_DB_FAULT_UNIQUE:
      g_set_error (error, PT_ERROR, PT_ERROR_DUPLICATE,
                   _("That value is already used by another record (%s)"), detail);
      break;
    case PT_DB_FAULT_CONSTRAINT:
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The database refused the value (%s); nothing was saved"), detail);
      break;
    case PT_DB_FAULT_ABORTED:
      set_lost_error (error);
      break;
    case PT_DB_FAULT_CONNECTION:
      {
        g_autofree char *where = pt_db_describe_location (self->path);

        /* The server ended the transaction with the connection: nothing
         * of it was stored. */
        g_set_error (error, PT_ERROR, PT_ERROR_CONNECTION,
                     _("The connection to the clinic server %s was lost, so nothing was saved "
                       "(%s)"), where, detail);
      }
      break;
    case PT_DB_FAULT_AUTH:
      {
        g_autofree char *where = pt_db_describe_location (self->path);

        g_set_error (error, PT_ERROR, PT_ERROR_CONNECTION,
                     _("The clinic server %s refused the login (%s)"), where, detail);
      }
      break;
    case PT_DB_FAULT_IO:
    case PT_DB_FAULT_OTHER:
    case PT_DB_FAULT_NONE:
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
  PtStmt *stmt;

  if (!check_ready (self, error))
    return NULL;

  stmt = pt_db_prepare_cached (self->db, sql);
  if (stmt == NULL)
    pt_store_set_error (self, error);

  return stmt;
}

PtStmt *
pt_store_prepare_owned (PtStore     *self,
                        const char  *sql,
                        GError     **error)
{
  PtStmt *stmt;

  if (!check_ready (self, error))
    return NULL;

  stmt = pt_db_prepare_cursor (self->db, sql);
  if (stmt == NULL)
    pt_store_set_error (self, error);

  return stmt;
}

int
pt_store_step (PtStore  *self,
               PtStmt   *stmt,
               GError  **error)
{
  PtDbStep step = pt_db_step (stmt);

  if (step == PT_DB_FAILED)
    pt_store_set_error (self, error);

  return step;
}

gboolean
pt_store_step_row (PtStore  *self,
                   PtStmt   *stmt,
                   GError  **error)
{
  int rc = pt_store_step (self, stmt, error);

  if (rc == PT_DB_DONE)
    g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                 _("The database gave no answer where one was expected: %s"),
                 pt_db_stmt_get_sql (stmt));

  return rc == PT_DB_ROW;
}

gboolean
pt_store_exec (PtStore     *self,
               const char  *sql,
               GError     **error)
{
  if (!check_ready (self, error))
    return FALSE;

  if (!pt_db_exec (self->db, sql))
    {
      pt_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* SQLite rolls a whole transaction back by itself after some errors (disk
 * full, I/O error, out of memory); PostgreSQL cancels it at any error.
 * Then every level still open must fail, so an import cannot go on
 * committing its rows one by one. */
static gboolean
transaction_lost (PtStore *self)
{
  return self->tx_depth > 0 && pt_db_transaction_failed (self->db);
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

  if (!pt_store_exec (self,
                      self->tx_depth > 0 ? "SAVEPOINT pt"
                      : pt_store_is_server (self) ? PT_STORE_SERVER_BEGIN_WRITE
                      : "BEGIN IMMEDIATE",
                      error))
    return FALSE;

  self->tx_depth++;
  self->tx_writes = TRUE;

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

  if (!pt_store_exec (self,
                      self->tx_depth > 0 ? "SAVEPOINT pt"
                      : pt_store_is_server (self) ? PT_STORE_SERVER_BEGIN_READ
                      : "BEGIN DEFERRED",
                      error))
    return FALSE;

  self->tx_depth++;
  if (self->tx_depth == 1)
    self->tx_writes = FALSE;
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
  if (self->tx_depth == 1)
    pt_store_watch_notify_commit (self);
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

  /* A server cancels the transaction at an error, but a savepoint
   * rolled back to undoes that: a nested level that failed leaves the
   * outer one as SQLite does. (SQLite's lost transaction has no
   * savepoint left to go back to.) */
  if (self->tx_depth == 1)
    {
      if (!transaction_lost (self) || pt_store_is_server (self))
        pt_db_exec (self->db, "ROLLBACK");
    }
  else if (!transaction_lost (self) || pt_store_is_server (self))
    pt_db_exec (self->db, "ROLLBACK TO pt; RELEASE pt");

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

  if (pt_db_bind_count (stmt) > 0)
    pt_db_bind_int64 (stmt, 1, arg);

  rc = pt_store_step (self, stmt, error);
  if (rc == 0)
    return -1;

  return rc == PT_DB_ROW ? pt_db_column_int64 (stmt, 0) : 0;
}

/* One text value from an uncached statement (PRAGMAs are cheap and rare). */
char *
pt_store_query_text (PtStore     *self,
                     const char  *sql,
                     GError     **error)
{
  g_autoptr(PtDbStmt) stmt = NULL;
  char *result = NULL;
  PtDbStep step;

  if (!check_ready (self, error))
    return NULL;

  stmt = pt_db_prepare (self->db, sql);
  if (stmt == NULL)
    {
      pt_store_set_error (self, error);
      return NULL;
    }

  step = pt_db_step (stmt);
  if (step == PT_DB_ROW)
    result = g_strdup (pt_db_column_text (stmt, 0));
  else
    pt_store_set_error (self, error);

  if (step == PT_DB_ROW && result == NULL)
    result = g_strdup ("");

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

  if (pt_store_is_server (self))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("“%s” is a setting of a database file; a clinic server has none"), name);
      return NULL;
    }

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

  while ((rc = pt_store_step (self, stmt, error)) == PT_DB_ROW)
    {
      int n = pt_db_column_count (stmt);
      GString *row = g_string_new (NULL);

      for (int i = 0; i < n; i++)
        g_string_append_printf (row, "%s%s", i ? " " : "",
                                pt_db_column_text (stmt, i) ? pt_db_column_text (stmt, i) : "NULL");

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

  /* A server checks its pages and enforces every foreign key itself:
   * there is nothing it could have let through for this to find. */
  if (!pt_store_is_server (self) &&
      (!collect_problems (self, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check",
                          TRUE, found, error) ||
       !collect_problems (self, "PRAGMA foreign_key_check", FALSE, found, error)))
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
pt_store_grow_cache (PtStore  *self,
                     int       kib,
                     gint64   *previous,
                     GError  **error)
{
  g_autofree char *pragma = NULL;

  *previous = 0;
  /* A server's memory is its administrator's to size. */
  if (pt_store_is_server (self))
    return TRUE;

  *previous = pt_store_query_int (self, "PRAGMA cache_size", 0, error);
  if (*previous == -1 && error != NULL && *error != NULL)
    return FALSE;

  pragma = g_strdup_printf ("PRAGMA cache_size=-%d; PRAGMA temp_store=MEMORY", kib);
  return pt_store_exec (self, pragma, error);
}

void
pt_store_restore_cache (PtStore *self,
                        gint64   previous)
{
  g_autofree char *pragma = NULL;

  if (pt_store_is_server (self))
    return;

  pragma = g_strdup_printf ("PRAGMA cache_size=%" G_GINT64_FORMAT "; PRAGMA temp_store=DEFAULT",
                            previous);
  pt_store_exec (self, pragma, NULL);
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
