/* pt-store-open.c: opening the SQLite file: whose it is, whether it can be
 * written, whether it is whole, and bringing its schema up to date
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening takes no write lock unless the schema is behind, so reading the
 * clinic (the patient list, prolotrack-cli summary or check) never waits
 * for another program that is writing. A file that cannot be written is
 * opened read-only and immutable (SQLite then creates no -wal or -shm file
 * beside it, which a read-only folder or drive would refuse anyway); that
 * assumes nobody else writes it while it is open, which is what a read-only
 * file, folder or drive says. Damage is found by quick_check: by the first
 * write at the latest (pt_store_begin), earlier when the app runs it in a
 * worker once its window is up.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "pt-db-sqlite.h"
#include "pt-error.h"
#include "pt-schema.h"
#include "pt-store-private.h"

/* The file's own connection: this file is about the SQLite file. */
static sqlite3 *
connection (PtStore *self)
{
  return pt_db_sqlite_get_connection (self->db);
}

static gboolean
create_file_private (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  /* Health records: readable by the clinic's account only. SQLite gives the
   * -wal and -shm files the same mode as the database. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved = errno;
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot create the database “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }

  if (fd >= 0)
    close (fd);

  return TRUE;
}

/* Refuses files that are not ours, and ours from a newer ProloTrack, before
 * anything is written to them. Reads in one transaction, so a file another
 * process is creating at this moment is seen either empty or finished. */
static gboolean
check_file (PtStore  *self,
            gint64   *version_out,
            GError  **error)
{
  gint64 version = -1, app_id = -1, n_objects = -1;

  if (!pt_store_exec (self, "BEGIN", error))
    return FALSE;

  version = pt_store_query_int (self, "PRAGMA user_version", 0, error);
  if (version >= 0)
    app_id = pt_store_query_int (self, "PRAGMA application_id", 0, error);
  if (app_id >= 0)
    n_objects = pt_store_query_int (self, "SELECT count(*) FROM sqlite_schema", 0, error);

  pt_db_exec (self->db, "COMMIT");
  if (n_objects < 0)
    return FALSE;

  *version_out = version;

  if (app_id == PT_APPLICATION_ID && version > (gint64) pt_schema_get_version ())
    {
      g_set_error (error, PT_ERROR, PT_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of ProloTrack (database format "
                     "%lld; this version knows up to %u). Update ProloTrack to open it; "
                     "the file was not changed."),
                   self->path, (long long) version, pt_schema_get_version ());
      return FALSE;
    }

  if (app_id == PT_APPLICATION_ID || (app_id == 0 && version == 0 && n_objects == 0))
    return TRUE;

  g_set_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE,
               _("“%s” belongs to another program; it is not a ProloTrack database and "
                 "was left untouched"), self->path);
  return FALSE;
}

/* Two connections switching a new file to WAL at the same moment can both
 * hold a shared lock and want an exclusive one; SQLite then answers one of
 * them "busy" at once instead of waiting, so wait here. */
static char *
switch_to_wal (PtStore  *self,
               GError  **error)
{
  for (guint waited_ms = 0; ; waited_ms += 10)
    {
      g_autoptr(GError) local_error = NULL;
      char *mode = pt_store_query_text (self, "PRAGMA journal_mode=WAL", &local_error);

      if (mode != NULL)
        return mode;

      if (!g_error_matches (local_error, PT_ERROR, PT_ERROR_BUSY) || waited_ms >= PT_STORE_BUSY_TIMEOUT_MS)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      g_usleep (10 * 1000);
    }
}

static gboolean
configure_connection (PtStore  *self,
                      GError  **error)
{
  g_autofree char *mode = NULL;

  /* secure_delete: a deleted record's bytes are overwritten with zeros,
   * whatever SQLite's compile-time default. Read-only or not. */
  if (!pt_store_exec (self,
                      "PRAGMA secure_delete=ON;"
                      "PRAGMA foreign_keys=ON;"
                      "PRAGMA trusted_schema=OFF;",
                      error))
    return FALSE;

  if (self->access != PT_STORE_ACCESS_READ_WRITE)
    return TRUE;

  /* WAL keeps readers and the writer apart; FULL makes a reported save
   * survive power loss; foreign keys are off by default in SQLite. A file
   * already in WAL mode is left as it is: switching takes a lock. */
  mode = pt_store_query_text (self, "PRAGMA journal_mode", error);
  if (mode != NULL && g_ascii_strcasecmp (mode, "wal") != 0)
    {
      g_clear_pointer (&mode, g_free);
      mode = switch_to_wal (self, error);
    }
  if (mode == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (mode, "wal") != 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot use write-ahead logging for “%s” (the journal is “%s”); "
                     "is it on a network drive?"), self->path, mode);
      return FALSE;
    }

  return pt_store_exec (self, "PRAGMA synchronous=FULL;", error);
}

/* Applies one migration at a time, each under the write lock with the
 * version read again, so two processes opening a new file at once do not
 * both create the tables. */
static gboolean
migrate (PtStore  *self,
         GError  **error)
{
  for (;;)
    {
      g_autofree char *bump = NULL;
      gint64 version;

      if (!pt_store_begin (self, error))
        return FALSE;

      version = pt_store_query_int (self, "PRAGMA user_version", 0, error);
      if (version < 0 || version >= (gint64) pt_schema_get_version ())
        {
          if (version < 0)
            {
              pt_store_rollback (self);
              return FALSE;
            }
          return pt_store_commit (self, error);
        }

      bump = g_strdup_printf ("PRAGMA user_version=%u; PRAGMA application_id=%d;",
                              (guint) version + 1, PT_APPLICATION_ID);
      if (!pt_store_exec (self, pt_schema_get_migration ((guint) version + 1), error) ||
          !pt_store_exec (self, bump, error) ||
          !pt_store_commit (self, error))
        {
          if (self->tx_depth > 0)
            pt_store_rollback (self);
          g_prefix_error (error, _("Cannot update the database to format %u: "),
                          (guint) version + 1);
          return FALSE;
        }
    }
}

/* Whether this process can write @path: its file system, the file and the
 * folder that must take the -wal and -shm files. root passes access()
 * whatever the mode bits say, as it can write such files. */
static PtStoreAccess
probe_access (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statvfs fs;

  if (statvfs (path, &fs) == 0 && (fs.f_flag & ST_RDONLY))
    return PT_STORE_ACCESS_READ_ONLY_DRIVE;
  if (access (path, W_OK) != 0)
    return errno == EROFS ? PT_STORE_ACCESS_READ_ONLY_DRIVE : PT_STORE_ACCESS_READ_ONLY_FILE;
  if (access (dir, W_OK | X_OK) != 0)
    return errno == EROFS ? PT_STORE_ACCESS_READ_ONLY_DRIVE : PT_STORE_ACCESS_READ_ONLY_FOLDER;

  return PT_STORE_ACCESS_READ_WRITE;
}

/* @had_wal: a log with changes lies beside the file. */
static int
open_sqlite (PtStore   *self,
             gboolean   had_wal,
             sqlite3  **db)
{
  const int common = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_FULLMUTEX;
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;

  if (self->access == PT_STORE_ACCESS_READ_WRITE)
    return sqlite3_open_v2 (self->path, db, SQLITE_OPEN_READWRITE | common, NULL);

  /* Asked for read-only on a writable file, other connections may be
   * writing: an ordinary read-only connection. So too when a log with
   * changes lies beside it, which immutable would ignore. */
  if (self->access == PT_STORE_ACCESS_READ_ONLY_ASKED || had_wal)
    return sqlite3_open_v2 (self->path, db, SQLITE_OPEN_READONLY | common, NULL);

  escaped = g_uri_escape_string (self->path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  return sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | common, NULL);
}

static int
open_database (PtStore  *self,
               gboolean  had_wal)
{
  sqlite3 *db = NULL;
  int rc = open_sqlite (self, had_wal, &db);

  /* SQLite gives a handle even when it fails, with the message in it. */
  self->db = pt_db_new_sqlite (db);
  if (rc != SQLITE_OK)
    pt_db_sqlite_take_error (self->db, rc);
  return rc;
}

static gboolean
open_connection (PtStore  *self,
                 GError  **error)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  GStatBuf st;
  gboolean had_wal = g_stat (wal, &st) == 0 && st.st_size > 0;
  gint64 version = -1;
  int rc;

  rc = open_database (self, had_wal);
  if (rc != SQLITE_OK)
    {
      pt_store_set_error (self, error);
      return FALSE;
    }

  sqlite3_busy_timeout (connection (self), PT_STORE_BUSY_TIMEOUT_MS);
  sqlite3_db_config (connection (self), SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  /* Check the file before any pragma that could write it. When it comes
   * with a write-ahead log, closing a refused file must not checkpoint that
   * log into it: a file from a newer ProloTrack or another program keeps
   * every byte. (Without one, SQLite removes the empty log it made.) */
  if (had_wal)
    sqlite3_db_config (connection (self), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!check_file (self, &version, error))
    return FALSE;
  sqlite3_db_config (connection (self), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  if (!configure_connection (self, error))
    return FALSE;

  if (version >= (gint64) pt_schema_get_version ())
    {
      self->audit.ready = TRUE;
      return TRUE;
    }

  if (self->access != PT_STORE_ACCESS_READ_WRITE)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_READ_ONLY,
                   version == 0
                     ? _("“%s” is empty and read-only (%s), so it cannot become a database")
                     : _("“%s” is in an older database format and read-only (%s), so it cannot "
                         "be updated; open it once where it can be written"),
                   self->path, pt_store_get_read_only_reason (self));
      return FALSE;
    }

  /* An empty file someone made becomes health records: owner only. */
  if (version == 0 && g_chmod (self->path, 0600) != 0)
    g_debug ("Could not make %s private: %s", self->path, g_strerror (errno));

  if (!migrate (self, error))
    return FALSE;

  /* From here on, writes have the audit table to seal. */
  self->audit.ready = TRUE;
  return TRUE;
}

gboolean
pt_store_location_is_server (const char *location)
{
  return pt_db_location_is_server (location);
}

char *
pt_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "prolotrack", "prolotrack.db", NULL);
}

PtStore *
pt_store_open_full (const char        *path,
                    PtStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(PtStore) self = g_object_new (PT_TYPE_STORE, NULL);

  if (path == NULL || *path == '\0')
    path = g_getenv ("PROLOTRACK_DATABASE");

  self->path = (path != NULL && *path != '\0') ? g_strdup (path) : pt_store_default_path ();

  /* A clinic server's address is never a file name (pt-store-server.c). */
  if (pt_db_location_is_server (self->path))
    return pt_store_open_server (self, flags, error) ? g_steal_pointer (&self) : NULL;

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("“%s” is a folder, not a database file"), self->path);
      return NULL;
    }

  if (!(flags & PT_STORE_OPEN_CREATE) && !g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_FOUND,
                   _("There is no database at “%s”"), self->path);
      return NULL;
    }

  if ((flags & PT_STORE_OPEN_CREATE) && !(flags & PT_STORE_OPEN_READ_ONLY) &&
      !create_file_private (self->path, error))
    return NULL;

  self->access = probe_access (self->path);
  if ((flags & PT_STORE_OPEN_READ_ONLY) && self->access == PT_STORE_ACCESS_READ_WRITE)
    self->access = PT_STORE_ACCESS_READ_ONLY_ASKED;

  if (!open_connection (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

PtStore *
pt_store_open (const char  *path,
               GError     **error)
{
  return pt_store_open_full (path, PT_STORE_OPEN_CREATE, error);
}

PtStoreAccess
pt_store_get_access (PtStore *self)
{
  g_return_val_if_fail (PT_IS_STORE (self), PT_STORE_ACCESS_READ_WRITE);

  return self->access;
}

gboolean
pt_store_is_read_only (PtStore *self)
{
  return pt_store_get_access (self) != PT_STORE_ACCESS_READ_WRITE;
}

const char *
pt_store_get_read_only_reason (PtStore *self)
{
  switch (pt_store_get_access (self))
    {
    case PT_STORE_ACCESS_READ_ONLY_FILE:
      return _("the file’s permissions do not allow changes");
    case PT_STORE_ACCESS_READ_ONLY_FOLDER:
      return _("its folder does not allow changes");
    case PT_STORE_ACCESS_READ_ONLY_DRIVE:
      return _("it is on a read-only drive");
    case PT_STORE_ACCESS_READ_ONLY_ASKED:
      return _("it was opened read-only");
    case PT_STORE_ACCESS_READ_WRITE:
    default:
      return NULL;
    }
}

PtStoreIntegrity
pt_store_get_integrity (PtStore *self)
{
  g_return_val_if_fail (PT_IS_STORE (self), PT_STORE_INTEGRITY_UNCHECKED);

  return self->integrity;
}

const char *
pt_store_get_damage (PtStore *self)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return self->integrity == PT_STORE_INTEGRITY_DAMAGED ? self->damage : NULL;
}

void
pt_store_note_integrity (PtStore    *self,
                         gboolean    whole,
                         const char *damage)
{
  g_return_if_fail (PT_IS_STORE (self));

  /* Damage, once seen, stays: a later clean answer may have read other pages. */
  if (self->integrity == PT_STORE_INTEGRITY_DAMAGED)
    return;

  self->integrity = whole ? PT_STORE_INTEGRITY_OK : PT_STORE_INTEGRITY_DAMAGED;
  if (!whole)
    {
      g_free (self->damage);
      self->damage = g_strdup (damage != NULL && *damage != '\0' ? damage
                                                                 : _("the file’s structure is broken"));
    }
}

void
pt_store_set_damaged_error (PtStore  *self,
                            GError  **error)
{
  g_set_error (error, PT_ERROR, PT_ERROR_DAMAGED,
               _("“%s” is damaged, so nothing was saved to it (SQLite found: %s). "
                 "Restore a backup: Restore from Backup in the app’s menu, or "
                 "prolotrack-cli restore BACKUP-FILE."),
               self->path, self->damage != NULL ? self->damage : _("damage"));
}

gboolean
pt_store_check_integrity (PtStore  *self,
                          GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *first = NULL;
  int rc;

  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  /* A server keeps its own pages whole (and has no quick_check). */
  if (pt_store_is_server (self))
    {
      pt_store_note_integrity (self, TRUE, NULL);
      return TRUE;
    }

  /* Not through pt_store_set_error(): its answer to SQLITE_CORRUPT is the
   * damaged message, which needs the detail collected here first. */
  rc = sqlite3_prepare_v2 (connection (self), "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        first = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  if (rc != SQLITE_ROW && first == NULL)
    {
      int code = sqlite3_extended_errcode (connection (self));

      if ((code & 0xff) != SQLITE_CORRUPT && (code & 0xff) != SQLITE_NOTADB)
        {
          sqlite3_finalize (stmt);
          pt_db_sqlite_take_error (self->db, code);
          pt_store_set_error (self, error);
          return FALSE;
        }
      first = g_strdup (sqlite3_errmsg (connection (self)));
    }
  sqlite3_finalize (stmt);

  pt_store_note_integrity (self, g_strcmp0 (first, "ok") == 0, first);
  if (self->integrity == PT_STORE_INTEGRITY_OK)
    return TRUE;

  pt_store_set_damaged_error (self, error);
  return FALSE;
}

gboolean
pt_store_check_writable (PtStore  *self,
                         GError  **error)
{
  if (self->access != PT_STORE_ACCESS_READ_WRITE)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_READ_ONLY,
                   _("“%s” is read-only (%s), so nothing was saved. To make changes, copy it "
                     "to a folder you can change and open the copy."),
                   self->path, pt_store_get_read_only_reason (self));
      return FALSE;
    }

  if (self->integrity == PT_STORE_INTEGRITY_DAMAGED)
    {
      pt_store_set_damaged_error (self, error);
      return FALSE;
    }

  return TRUE;
}

void
pt_store_want_checkpoint (PtStore *self)
{
  self->checkpoint_wanted = TRUE;
}

void
pt_store_checkpoint_deleted (PtStore *self)
{
  int rc;

  self->checkpoint_wanted = FALSE;
  if (pt_store_is_server (self))
    return;

  /* TRUNCATE waits for readers through the busy handler: briefly, as a
   * reader in the middle of a long export must not stall a delete. When it
   * cannot finish now, the next delete's checkpoint (or the last close) does. */
  sqlite3_busy_timeout (connection (self), 200);
  rc = sqlite3_wal_checkpoint_v2 (connection (self), NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL,
                                  NULL);
  sqlite3_busy_timeout (connection (self), PT_STORE_BUSY_TIMEOUT_MS);
  if (rc != SQLITE_OK)
    g_debug ("Checkpoint after a delete in %s: %s", self->path,
             sqlite3_errmsg (connection (self)));
}
