/* pt-store-backup.c: copying the database with SQLite's backup API
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup reads the source inside one read transaction: in WAL mode that
 * pins one snapshot, so the copy is of one moment however much another
 * connection writes meanwhile (and the backup never restarts). It goes
 * into a temporary file (0600) in the destination's folder, which is
 * switched from WAL to a plain rollback journal (a backup is one file, and
 * reading it read-only creates no -wal or -shm beside it), checked with
 * quick_check, and renamed into place.
 *
 * A restore runs the backup API the other way, from the backup into a
 * read-write connection to the live file: SQLite writes the pages in one
 * write transaction through the WAL, so other connections see either the old
 * data or the restored, never a mix; then a TRUNCATE checkpoint empties
 * the log.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pt-audit.h"
#include "pt-backup-private.h"
#include "pt-db-sqlite.h"
#include "pt-error.h"
#include "pt-schema.h"
#include "pt-store-private.h"

/* A backup is a copy of the SQLite file, page by page (the backup API). */
static sqlite3 *
sqlite_connection (PtStore  *store,
                   GError  **error)
{
  PtDb *db = pt_store_get_db (store, error);

  return db != NULL ? pt_db_sqlite_get_connection (db) : NULL;
}

/* Pages copied per step: the cancellable is checked between steps. */
#define STEP_PAGES 256
/* How long a step may keep finding the database busy. */
#define BUSY_WAIT_US (5 * G_USEC_PER_SEC)

/* Runs the backup API from @src into @dest, in steps, waiting while
 * either is busy or locked. */
static gboolean
copy_database (sqlite3       *dest,
               const char    *dest_path,
               sqlite3       *src,
               const char    *src_path,
               GCancellable  *cancellable,
               GError       **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", src, "main");
  gint64 busy_since = 0;
  int rc;

  if (backup == NULL)
    {
      pt_backup_set_error (dest, sqlite3_extended_errcode (dest), dest_path, error);
      return FALSE;
    }

  for (;;)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_backup_finish (backup);
          return FALSE;
        }

      rc = sqlite3_backup_step (backup, STEP_PAGES);
      if (rc == SQLITE_DONE)
        break;
      if (rc == SQLITE_OK)
        {
          busy_since = 0;
          continue;
        }
      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        {
          gint64 now = g_get_monotonic_time ();

          if (busy_since == 0)
            busy_since = now;
          if (now - busy_since < BUSY_WAIT_US)
            {
              g_usleep (10 * 1000);
              continue;
            }
        }

      sqlite3_backup_finish (backup);
      /* A read error is the source's, anything else the destination's. */
      if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
        pt_backup_set_error (src, rc, src_path, error);
      else
        pt_backup_set_error (dest, rc, dest_path, error);
      return FALSE;
    }

  rc = sqlite3_backup_finish (backup);
  if (rc != SQLITE_OK)
    {
      pt_backup_set_error (dest, rc, dest_path, error);
      return FALSE;
    }

  return TRUE;
}

/* quick_check (or integrity_check) of @db: TRUE when it answers "ok",
 * else FALSE with its first answer in the error. */
static gboolean
check_pages (sqlite3     *db,
             const char  *path,
             const char  *pragma,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *answer = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    answer = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  if (answer == NULL)
    {
      pt_backup_set_error (db, sqlite3_extended_errcode (db), path, error);
      return FALSE;
    }

  if (!g_str_equal (answer, "ok"))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE,
                   _("“%s” is damaged (%s)"), path, answer);
      return FALSE;
    }

  return TRUE;
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          const char  *path,
          GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;

  pt_backup_set_error (db, sqlite3_extended_errcode (db), path, error);
  return FALSE;
}

static void
sync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static void
remove_temp (const char *tmp)
{
  g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);

  g_remove (journal);
  g_remove (tmp);
}

static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_file_test (dir, G_FILE_TEST_IS_DIR) || g_mkdir_with_parents (dir, 0700) == 0)
    return TRUE;

  {
    int saved = errno;
    g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                 _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
  }
  return FALSE;
}

/* Copies @src (already inside a read transaction) into a new file that
 * replaces @dest_path only once it is complete and checked. */
static gboolean
write_backup_file (sqlite3       *src,
                   const char    *src_path,
                   const char    *dest_path,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (dest_path);
  g_autofree char *base = g_path_get_basename (dest_path);
  g_autofree char *tmp = NULL;
  sqlite3 *dest = NULL;
  gboolean ok;
  int fd, rc;

  if (!ensure_dir (dir, error))
    return FALSE;

  /* Health records: the copy is the clinic account's alone, like the
   * database (SQLite gives its journal the same mode). */
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot write a backup in “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      pt_backup_set_error (dest, rc, dest_path, error);
      ok = FALSE;
    }
  else
    ok = copy_database (dest, dest_path, src, src_path, cancellable, error) &&
         exec_sql (dest, "PRAGMA journal_mode=DELETE", dest_path, error) &&
         check_pages (dest, dest_path, "PRAGMA quick_check", error);

  if (sqlite3_close_v2 (dest) != SQLITE_OK && ok)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, _("Cannot finish the backup “%s”"),
                   dest_path);
      ok = FALSE;
    }

  if (ok && g_rename (tmp, dest_path) != 0)
    {
      int saved = errno;
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot write the backup “%s”: %s"), dest_path, g_strerror (saved));
      ok = FALSE;
    }

  if (!ok)
    {
      remove_temp (tmp);
      return FALSE;
    }

  sync_dir (dir);
  return TRUE;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;

  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

gboolean
pt_store_backup_to (PtStore       *store,
                    const char    *dest_path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if ((db = sqlite_connection (store, error)) == NULL)
    return FALSE;

  if (same_file (dest_path, pt_store_get_path (store)))
    {
      pt_set_field_error (error, "file", _("“%s” is the database itself; choose another file "
                                           "for the backup"), dest_path);
      return FALSE;
    }

  /* One snapshot for the whole copy. */
  if (!pt_store_begin_read (store, error))
    return FALSE;
  ok = pt_store_query_int (store, "SELECT count(*) FROM sqlite_schema", 0, error) >= 0 &&
       write_backup_file (db, pt_store_get_path (store), dest_path, cancellable, error);
  pt_store_rollback (store);

  return ok;
}

char *
pt_backup_create (const char    *db_path,
                  PtBackupKind   kind,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *dest_path = NULL;
  sqlite3 *src;
  gboolean ok;
  gint64 app_id;

  g_return_val_if_fail (db_path != NULL, NULL);

  if ((src = pt_backup_open_readonly (db_path, error)) == NULL)
    return NULL;

  ok = exec_sql (src, "BEGIN", db_path, error) &&
       (app_id = pt_backup_query_int (src, "PRAGMA application_id", db_path, error)) >= 0;
  if (ok && app_id != PT_APPLICATION_ID)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE,
                   _("“%s” is not a ProloTrack database; nothing was backed up"), db_path);
      ok = FALSE;
    }

  if (ok)
    {
      dest_path = pt_backup_make_path (db_path, kind, now);
      ok = write_backup_file (src, db_path, dest_path, cancellable, error);
    }

  sqlite3_close_v2 (src);  /* ends the read transaction */
  return ok ? g_steal_pointer (&dest_path) : NULL;
}

/* Opens @path read-only when it is a ProloTrack database of a format this
 * version knows, undamaged; NULL with a message saying why not. */
static sqlite3 *
open_checked_backup (const char  *path,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = pt_backup_open_readonly (path, error);
  gint64 app_id = -1, version = -1;

  if (db == NULL)
    return NULL;

  if ((app_id = pt_backup_query_int (db, "PRAGMA application_id", path, &local_error)) < 0 ||
      (version = pt_backup_query_int (db, "PRAGMA user_version", path, &local_error)) < 0)
    ;
  else if (app_id != PT_APPLICATION_ID)
    g_set_error (&local_error, PT_ERROR, PT_ERROR_NOT_DATABASE,
                 _("“%s” is not a ProloTrack backup"), path);
  else if (version > (gint64) pt_schema_get_version ())
    g_set_error (&local_error, PT_ERROR, PT_ERROR_TOO_NEW,
                 _("“%s” was written by a newer version of ProloTrack (database format %lld; "
                   "this version knows up to %u); update ProloTrack to restore it"),
                 path, (long long) version, pt_schema_get_version ());
  else
    check_pages (db, path, "PRAGMA quick_check", &local_error);

  if (local_error != NULL)
    {
      sqlite3_close_v2 (db);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s",
                                  _("Nothing was restored: "));
      return NULL;
    }

  return db;
}

/* A damaged database cannot be backed up (the copy fails quick_check):
 * keep its bytes as they are instead (0600, written whole or not at all),
 * so a restore never loses even a damaged file. What the log holds is
 * checkpointed into it first, when SQLite still can. */
static gboolean
keep_file_as_is (sqlite3     *db,
                 const char  *db_path,
                 const char  *kept,
                 GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (kept);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  sqlite3_wal_checkpoint_v2 (db, "main", SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);

  if (!ensure_dir (dir, error))
    return FALSE;

  if (!g_file_get_contents (db_path, &contents, &length, &local_error) ||
      !g_file_set_contents_full (kept, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 &local_error))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot keep a copy of the data to be replaced: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Empties the write-ahead log into the file and truncates it, so none of
 * the replaced data's pages stay in it; waits a little for readers. */
static void
truncate_wal (sqlite3 *db)
{
  for (guint i = 0; i < 100; i++)
    {
      int rc = sqlite3_wal_checkpoint_v2 (db, "main", SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);

      if (rc == SQLITE_OK)
        return;
      if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
        break;
      g_usleep (20 * 1000);
    }

  g_debug ("The write-ahead log was not truncated after a restore: %s", sqlite3_errmsg (db));
}

gboolean
pt_store_restore_from (PtStore     *store,
                       const char  *backup_path,
                       char       **kept_path,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kept = NULL;
  const char *db_path;
  sqlite3 *db, *src, *live = NULL;
  gboolean ok;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if ((db = sqlite_connection (store, error)) == NULL)
    return FALSE;
  db_path = pt_store_get_path (store);

  if (same_file (backup_path, db_path))
    {
      pt_set_field_error (error, "file", _("“%s” is the database itself, not a backup of it"),
                          backup_path);
      return FALSE;
    }

  if ((src = open_checked_backup (backup_path, error)) == NULL)
    return FALSE;

  /* First keep what is replaced, as a backup like the others, so the
   * restore itself can be undone by restoring that one. */
  kept = pt_backup_make_path (db_path, PT_BACKUP_BEFORE_RESTORE, now);
  ok = pt_store_backup_to (store, kept, NULL, &local_error);
  if (!ok && g_error_matches (local_error, PT_ERROR, PT_ERROR_NOT_DATABASE))
    {
      /* The data to be replaced is damaged: what a restore is for. */
      g_clear_error (&local_error);
      ok = keep_file_as_is (db, db_path, kept, &local_error);
    }
  if (ok)
    {
      /* A connection of its own, read-write even when the store was
       * opened read-only (a damaged file); the store's sees the restored
       * pages at its next read. */
      int rc = sqlite3_open_v2 (db_path, &live, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE,
                                NULL);

      if (rc != SQLITE_OK)
        {
          pt_backup_set_error (live, rc, db_path, &local_error);
          ok = FALSE;
        }
      else
        {
          sqlite3_busy_timeout (live, BUSY_WAIT_US / 1000);
          ok = copy_database (live, db_path, src, backup_path, NULL, &local_error);
        }
    }
  sqlite3_close_v2 (src);

  if (!ok)
    {
      sqlite3_close_v2 (live);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s",
                                  _("The backup was not restored; the data is as it was: "));
      return FALSE;
    }

  truncate_wal (live);
  ok = check_pages (live, db_path, "PRAGMA quick_check", &local_error);
  sqlite3_close_v2 (live);
  if (!ok)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("The restored database failed its check; the data it "
                                    "replaced is kept as “%s”: "), kept);
      return FALSE;
    }

  /* The caller records the restore in the audit trail once it has opened
   * the file again (pt_backup_audit_restore): a backup of an older format
   * has no audit table until then. */

  if (kept_path != NULL)
    *kept_path = g_steal_pointer (&kept);
  return TRUE;
}

gboolean
pt_backup_audit_restore (PtStore     *store,
                         const char  *backup_path,
                         const char  *kept_path,
                         GError     **error)
{
  g_autofree char *detail = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  detail = g_strdup_printf (_("Restored the backup “%s”; the replaced data was kept as “%s”"),
                            backup_path, kept_path != NULL ? kept_path : "");
  return pt_store_audit_event (store, PT_AUDIT_RESTORE, 0, detail, error);
}
