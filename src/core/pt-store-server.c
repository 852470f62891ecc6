/* pt-store-server.c: opening a clinic server (PostgreSQL, issue 20), and
 * preparing its database
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clinic with several sites keeps its records in one PostgreSQL
 * database; each workstation's store connects to it as the clinic's
 * application role, which may read and write rows but not change the
 * schema (no DDL at run time). The schema is made and updated by
 * pt_store_migrate_server() (prolotrack-cli migrate), run once by an
 * administrator with the owner role, which also grants the application
 * role what it needs: rows of the records, and of the audit trail only
 * what adding and sealing rows takes (no DELETE), so a workstation cannot
 * rewrite the history.
 *
 * Opening a server checks what opening a file does (whose the data is,
 * and that its format is this version's) and no more: the server keeps
 * its own pages whole and its own journal, so there is no quick_check,
 * WAL or busy handler here (the lock wait is lock_timeout).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-error.h"
#include "pt-schema.h"
#include "pt-store-private.h"

/* How long a statement waits for a lock another workstation holds before
 * it fails as busy: SQLite's busy timeout. */
#define SERVER_SETTINGS \
  "SET lock_timeout = " G_STRINGIFY (PT_STORE_BUSY_TIMEOUT_MS) ";" \
  "SET TIME ZONE 'UTC';"

gboolean
pt_store_is_server (PtStore *self)
{
  return pt_db_get_backend (self->db) == PT_DB_BACKEND_POSTGRESQL;
}

/* The session's settings, after connecting and after every reconnect. */
static gboolean
configure_session (PtStore  *self,
                   GError  **error)
{
  return pt_store_exec (self, SERVER_SETTINGS, error) &&
         (self->access == PT_STORE_ACCESS_READ_WRITE ||
          pt_store_exec (self, "SET default_transaction_read_only = on", error));
}

#define MAX_BACKOFF_S 60

/* After an attempt to connect again: the new session's settings, or the
 * next attempt's time, 1, 2, 4 … seconds later, so a clinic's
 * workstations do not hammer a server that is starting again. */
static gboolean
after_attempt (PtStore  *self,
               gboolean  connected)
{
  if (connected && configure_session (self, NULL) && pt_store_watch_listen (self, NULL))
    {
      g_autofree char *where = pt_db_describe_location (self->path);

      g_debug ("Connected to %s again", where);
      self->backoff_s = 0;
      self->retry_at = 0;
      return TRUE;
    }

  self->backoff_s = self->backoff_s == 0 ? 1 : MIN (self->backoff_s * 2, MAX_BACKOFF_S);
  self->retry_at = g_get_monotonic_time () + (gint64) self->backoff_s * G_USEC_PER_SEC;
  return FALSE;
}

static void
reconnect_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  pt_db_reconnect_run (task_data);
  g_task_return_boolean (task, TRUE);
}

/* Back in the store's thread. A cancelled attempt's store is gone (it
 * cancels as it is finalized), so nothing of it is touched then. */
static void
reconnected_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  PtStore *self = user_data;
  gboolean connected;

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;

  g_clear_object (&self->watch.reconnecting);
  if (self->tx_depth > 0 || pt_db_is_connected (self->db))
    return;

  connected = pt_db_reconnect_finish (self->db, g_task_get_task_data (G_TASK (result)));
  if (after_attempt (self, connected))
    pt_store_poll_changes (self);  /* connection-changed, and changed-elsewhere */
}

/* A store that watches (a window's) connects again in a worker: a
 * server that does not answer would otherwise hold the window for the
 * whole connect timeout. */
static void
reconnect_in_worker (PtStore *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->watch.reconnecting != NULL)
    return;

  self->watch.reconnecting = g_cancellable_new ();
  task = g_task_new (NULL, self->watch.reconnecting, reconnected_cb, self);
  g_task_set_source_tag (task, reconnect_in_worker);
  g_task_set_name (task, "[prolotrack] reconnect");
  g_task_set_task_data (task, pt_db_reconnect_begin (self->db),
                        (GDestroyNotify) pt_db_reconnect_free);
  g_task_run_in_thread (task, reconnect_thread);
}

gboolean
pt_store_server_check_connection (PtStore  *self,
                                  GError  **error)
{
  g_autofree char *where = NULL;
  gint64 now;

  if (self->tx_depth > 0 || pt_db_is_connected (self->db))
    return TRUE;

  now = g_get_monotonic_time ();
  if (now >= self->retry_at)
    {
      /* One that does not (prolotrack-cli, a test) waits for its answer. */
      if (self->watch.active)
        reconnect_in_worker (self);
      else if (after_attempt (self, pt_db_reconnect (self->db)))
        return TRUE;
      now = g_get_monotonic_time ();
    }

  where = pt_db_describe_location (self->path);
  g_set_error (error, PT_ERROR, PT_ERROR_CONNECTION,
               g_dngettext (GETTEXT_PACKAGE,
                            "The clinic server %s cannot be reached, so nothing was saved or "
                            "read; ProloTrack tries again in %u second",
                            "The clinic server %s cannot be reached, so nothing was saved or "
                            "read; ProloTrack tries again in %u seconds",
                            (gulong) MAX ((self->retry_at - now + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC, 1)),
               where, (guint) MAX ((self->retry_at - now + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC, 1));
  return FALSE;
}

/* The schema's version in the database @db is connected to, 0 when it
 * has no ProloTrack tables, -1 on an error (set in @db). */
static gint64
query_version (PtDb *db)
{
  g_autoptr(PtDbStmt) exists = NULL;
  g_autoptr(PtDbStmt) stmt = NULL;

  /* to_regclass() looks in the search path, as every statement does; a
   * statement that names a missing table fails as it is parsed, so the
   * table is looked for first. */
  exists = pt_db_prepare (db, "SELECT to_regclass ('schema_version') IS NOT NULL");
  if (exists == NULL || pt_db_step (exists) != PT_DB_ROW)
    return -1;
  if (g_strcmp0 (pt_db_column_text (exists, 0), "t") != 0)
    return 0;

  stmt = pt_db_prepare (db, "SELECT coalesce (max (version), 0) FROM schema_version");
  if (stmt == NULL || pt_db_step (stmt) != PT_DB_ROW)
    return -1;
  return pt_db_column_int64 (stmt, 0);
}

/* The message for a server database that this version cannot use, or
 * NULL when it can. */
static gboolean
check_version (const char  *where,
               gint64       version,
               GError     **error)
{
  guint known = pt_schema_get_version ();

  if (version == (gint64) known)
    return TRUE;

  if (version == 0)
    g_set_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE,
                 _("The clinic server %s has no ProloTrack records yet. An administrator "
                   "prepares it once with “prolotrack-cli --database ADDRESS migrate”, as the "
                   "database’s owner; nothing was changed."), where);
  else if (version > (gint64) known)
    g_set_error (error, PT_ERROR, PT_ERROR_TOO_NEW,
                 _("The clinic server %s was prepared by a newer version of ProloTrack "
                   "(database format %lld; this version knows up to %u). Update ProloTrack "
                   "on this workstation; nothing was changed."),
                 where, (long long) version, known);
  else
    g_set_error (error, PT_ERROR, PT_ERROR_READ_ONLY,
                 _("The clinic server %s is in an older database format (%lld). An "
                   "administrator updates it with “prolotrack-cli --database ADDRESS "
                   "migrate”, as the database’s owner; nothing was changed."),
                 where, (long long) version);
  return FALSE;
}

gboolean
pt_store_open_server (PtStore           *self,
                      PtStoreOpenFlags   flags,
                      GError           **error)
{
  PtDb *db = pt_db_open_postgresql (self->path, error);

  return db != NULL && pt_store_server_take_db (self, db, flags, error);
}

gboolean
pt_store_server_take_db (PtStore           *self,
                         PtDb              *db,
                         PtStoreOpenFlags   flags,
                         GError           **error)
{
  g_autofree char *where = pt_db_describe_location (self->path);
  gint64 version;

  self->db = db;

  /* Read-only as asked: the server refuses any write of this session,
   * whatever the role may do. */
  self->access = (flags & PT_STORE_OPEN_READ_ONLY) ? PT_STORE_ACCESS_READ_ONLY_ASKED
                                                   : PT_STORE_ACCESS_READ_WRITE;
  if (!configure_session (self, error))
    return FALSE;

  version = query_version (self->db);
  if (version < 0)
    {
      pt_store_set_error (self, error);
      return FALSE;
    }
  if (!check_version (where, version, error))
    return FALSE;

  self->integrity = PT_STORE_INTEGRITY_OK;
  self->audit.ready = TRUE;
  return TRUE;
}

/* A role name as an identifier that needs no quoting: PostgreSQL folds an
 * unquoted name to lower case, so only what stays itself is taken. */
static gboolean
check_role (const char  *role,
            GError     **error)
{
  gsize length = strlen (role);

  if (length >= 1 && length <= 63 && !g_ascii_isdigit (role[0]) &&
      role[strspn (role, "abcdefghijklmnopqrstuvwxyz0123456789_")] == '\0')
    return TRUE;

  g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
               _("Application role: “%s” is not a role name ProloTrack can grant to (lower-case "
                 "letters, digits and underscores, at most 63, not starting with a digit)"),
               role);
  return FALSE;
}

/* What the application role may do: the records and the clinic's
 * settings in full; the summary, which the triggers keep as that role;
 * the audit trail, rows added and sealed but never deleted; the version,
 * read. In the schema the connection works in (its search path). */
static char *
grants_sql (const char *role)
{
  return g_strdup_printf (
    "DO $grant$ BEGIN\n"
    "  EXECUTE format ('GRANT USAGE ON SCHEMA %%I TO %1$s', current_schema ());\n"
    "END $grant$;\n"
    "GRANT SELECT, INSERT, UPDATE, DELETE ON patients, conditions, sessions, pain_scores,\n"
    "  shoes, runs, cross_training, outcomes, run_plans, clinic_settings, patient_summaries\n"
    "  TO %1$s;\n"
    "GRANT SELECT, INSERT, UPDATE ON audit TO %1$s;\n"
    "GRANT SELECT ON schema_version TO %1$s;\n"
    "DO $grant$ BEGIN\n"
    "  EXECUTE format ('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %%I TO %1$s',\n"
    "                  current_schema ());\n"
    "END $grant$;\n",
    role);
}

gboolean
pt_store_migrate_server (const char  *location,
                         const char  *app_role,
                         guint       *from_version,
                         GError     **error)
{
  g_autofree char *where = NULL;
  g_autofree char *grants = NULL;
  PtDb *db;
  gint64 version;
  gboolean ok;

  g_return_val_if_fail (location != NULL, FALSE);

  if (!pt_db_location_is_server (location))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("“%s” is not a clinic server’s address; a database file is brought up to "
                     "date when it is opened"), location);
      return FALSE;
    }
  if (app_role != NULL && !check_role (app_role, error))
    return FALSE;

  db = pt_db_open_postgresql (location, error);
  if (db == NULL)
    return FALSE;
  where = pt_db_describe_location (location);

  /* One transaction, under the writers' lock: two administrators running
   * it at once make the tables once, and a failure leaves nothing. */
  ok = pt_db_exec (db, PT_STORE_SERVER_BEGIN_WRITE);
  version = ok ? query_version (db) : -1;
  ok = version >= 0;
  if (ok && version > (gint64) pt_schema_get_version ())
    {
      check_version (where, version, error);
      pt_db_exec (db, "ROLLBACK");
      pt_db_free (db);
      return FALSE;
    }

  /* An empty database starts at the baseline, then takes the migrations
   * after it, each recording its number, all in this one transaction. */
  if (ok && version == 0)
    ok = pt_db_exec (db, pt_schema_pg_get_baseline ()) &&
         pt_db_exec (db, pt_schema_pg_get_triggers ());
  for (guint next = MAX ((guint) MAX (version, 0), pt_schema_pg_get_baseline_version ()) + 1;
       ok && next <= pt_schema_get_version (); next++)
    {
      g_autofree char *record = g_strdup_printf ("UPDATE schema_version SET version = %u", next);

      ok = pt_db_exec (db, pt_schema_pg_get_migration (next)) && pt_db_exec (db, record);
    }

  if (ok && app_role != NULL)
    {
      grants = grants_sql (app_role);
      ok = pt_db_exec (db, grants);
    }

  ok = ok && pt_db_exec (db, "COMMIT");
  if (!ok)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot prepare the clinic server %s; nothing was changed: %s"),
                   where, pt_db_get_message (db));
      if (pt_db_in_transaction (db))
        pt_db_exec (db, "ROLLBACK");
      pt_db_free (db);
      return FALSE;
    }

  if (from_version != NULL)
    *from_version = (guint) version;
  pt_db_free (db);
  return TRUE;
}
