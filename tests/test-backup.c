/* test-backup.c: backups and restore (src/core/pt-backup.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every comparison reads both files with a plain SQLite connection of the
 * test's own: the schema and every row of every table, so a backup or a
 * restore that loses or changes anything shows as a difference.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "pt-backup.h"
#include "pt-demo.h"
#include "pt-test-utils.h"

/* The schema and every row of every table of the file @path, as text. */
static char *
dump_database (const char *path)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema "
                                           "ORDER BY type, name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      g_string_append_printf (out, "%s %s: %s\n", type, name,
                              (const char *) sqlite3_column_text (stmt, 2));
      if (g_str_equal (type, "table"))
        g_ptr_array_add (tables, g_strdup (name));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 0);

  for (guint t = 0; t < tables->len; t++)
    {
      char *sql = sqlite3_mprintf ("SELECT * FROM \"%w\" ORDER BY rowid",
                                   (char *) g_ptr_array_index (tables, t));

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_string_append_printf (out, "%s:", (char *) g_ptr_array_index (tables, t));
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, " %s", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                                ? "NULL"
                                                : (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_string_append_printf (out, "user_version %d\n", sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);

  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* One text answer of @sql on the file @path (read-only). */
static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s%s", out->len ? "\n" : "",
                            (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

static void
fill_demo (PtTestFixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  g_assert_no_error (error);
}

static GDateTime *
local_noon (int day)
{
  return g_date_time_new_local (2026, 11, day, 12, 0, 0);
}

/* A backup of @f's store of @kind as if taken at @when. */
static char *
backup_at (PtTestFixture *f,
           PtBackupKind   kind,
           GDateTime     *when)
{
  g_autoptr(GError) error = NULL;
  char *path = pt_backup_make_path (f->path, kind, when);

  g_assert_true (pt_store_backup_to (f->store, path, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_backup_equals_source (PtTestFixture *f,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *dir = pt_backup_get_dir (f->path);
  g_autofree char *path = NULL;
  g_autofree char *source = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GBytes) bytes = NULL;

  fill_demo (f);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  path = backup_at (f, PT_BACKUP_MANUAL, now);
  g_assert_true (g_str_has_prefix (path, dir));
  pt_test_assert_contains (path, "prolotrack-");
  pt_test_assert_contains (path, "-manual.db");

  source = dump_database (f->path);
  copy = dump_database (path);
  g_assert_cmpuint (strlen (source), >, 100000);  /* the demo clinic's rows */
  g_assert_cmpstr (copy, ==, source);

  /* Health records: the copy and its folder are the account's alone. */
  assert_mode (path, 0600);
  assert_mode (dir, 0700);

  /* One file, in rollback-journal mode: nothing beside it. */
  bytes = pt_test_read_file (path);
  g_assert_cmpuint (((const guint8 *) g_bytes_get_data (bytes, NULL))[18], ==, 1);
  wal = g_strconcat (path, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  header = query_text (path, "PRAGMA application_id");
  g_assert_cmpstr (header, ==, "1349667924");  /* "PrLT" */
}

static void
test_backup_from_path (PtTestFixture *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *source = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *other = NULL;
  g_autofree char *refused = NULL;

  fill_demo (f);
  path = pt_backup_create (f->path, PT_BACKUP_AUTOMATIC, NULL, &error);
  g_assert_no_error (error);
  pt_test_assert_contains (path, "-automatic.db");

  source = dump_database (f->path);
  copy = dump_database (path);
  g_assert_cmpstr (copy, ==, source);
  assert_mode (path, 0600);

  /* Only ProloTrack's files are backed up. */
  other = g_build_filename (f->dir, "notes.db", NULL);
  g_assert_true (g_file_set_contents (other, "just text", -1, NULL));
  refused = pt_backup_create (other, PT_BACKUP_MANUAL, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE);
}

static void
test_rotate (PtTestFixture *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) old_day = local_noon (1);
  g_autofree char *manual = NULL;
  g_autofree char *before = NULL;
  g_autofree char *dir = pt_backup_get_dir (f->path);
  g_autofree char *stale = NULL;
  g_autofree char *fresh = NULL;
  struct utimbuf long_ago = { 1000000000, 1000000000 };

  pt_test_add_patient (f->store, "Ada Lovelace", "PT-1", PT_TEST_BIRTH);
  for (int day = 10; day < 15; day++)
    {
      g_autoptr(GDateTime) when = local_noon (day);
      g_ptr_array_add (paths, backup_at (f, PT_BACKUP_AUTOMATIC, when));
    }
  manual = backup_at (f, PT_BACKUP_MANUAL, old_day);
  before = backup_at (f, PT_BACKUP_BEFORE_RESTORE, old_day);

  /* What an interrupted backup leaves: removed when old, not while one
   * may still be writing it. */
  stale = g_build_filename (dir, ".prolotrack-20261101T000000Z-automatic.db.AbC123", NULL);
  fresh = g_build_filename (dir, ".prolotrack-20261102T000000Z-automatic.db.XyZ789", NULL);
  g_assert_true (g_file_set_contents (stale, "", 0, NULL));
  g_assert_true (g_file_set_contents (fresh, "", 0, NULL));
  g_assert_cmpint (g_utime (stale, &long_ago), ==, 0);

  g_assert_true (pt_backup_rotate (f->path, 3, &error));
  g_assert_no_error (error);

  /* The three newest automatic ones, and every other kind. */
  for (guint i = 0; i < paths->len; i++)
    g_assert_cmpint (g_file_test (g_ptr_array_index (paths, i), G_FILE_TEST_EXISTS), ==, i >= 2);
  g_assert_true (g_file_test (manual, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (before, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));

  backups = pt_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 5);

  g_assert_true (pt_backup_rotate (f->path, 1, &error));
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = pt_backup_list (f->path, &error);
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_cmpstr (pt_backup_get_path (g_ptr_array_index (backups, 0)), ==,
                   g_ptr_array_index (paths, 4));
}

static void
test_list (PtTestFixture *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) day1 = local_noon (20);
  g_autoptr(GDateTime) day2 = local_noon (21);
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *second_again = NULL;
  g_autofree char *dir = pt_backup_get_dir (f->path);
  g_autofree char *junk = g_build_filename (dir, "prolotrack-20261101T000000Z-manual.db", NULL);
  g_autofree char *other_db = g_build_filename (dir, "demo-clinic-20261125T000000Z-automatic.db",
                                                NULL);
  g_autofree char *stranger = g_build_filename (dir, "prolotrack-notes.db", NULL);
  PtTestPatientIds ids;
  PtBackup *b;

  pt_test_add_patient_with_records (f->store, "Ada Lovelace", "PT-1", &ids);
  first = backup_at (f, PT_BACKUP_AUTOMATIC, day1);
  pt_test_add_patient_with_records (f->store, "Grace Hopper", "PT-2", &ids);
  pt_test_add_run (f->store, ids.patient, "2025-10-21", 8000, 0);
  second = backup_at (f, PT_BACKUP_AUTOMATIC, day2);
  second_again = backup_at (f, PT_BACKUP_MANUAL, day2);
  g_assert_true (g_file_set_contents (junk, "not a database at all", -1, NULL));
  g_assert_true (g_file_set_contents (other_db, "another database's", -1, NULL));
  g_assert_true (g_file_set_contents (stranger, "not named like a backup", -1, NULL));

  backups = pt_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 4);

  /* Newest first; one second's two backups in the order of their kind's
   * names is not promised, so look at the day. */
  b = g_ptr_array_index (backups, 0);
  utc = g_date_time_to_utc (day2);
  g_assert_cmpint (g_date_time_compare (pt_backup_get_taken (b), utc), ==, 0);
  b = g_ptr_array_index (backups, 2);
  g_assert_cmpstr (pt_backup_get_path (b), ==, first);
  g_assert_cmpint (pt_backup_get_kind (b), ==, PT_BACKUP_AUTOMATIC);
  g_assert_null (pt_backup_get_problem (b));
  g_assert_cmpint (pt_backup_get_n_patients (b), ==, 1);
  g_assert_cmpint (pt_backup_get_n_records (b), ==, 8);
  g_assert_cmpint (pt_backup_get_count (b, PT_TYPE_OUTCOME), ==, 1);
  g_assert_cmpint (pt_backup_get_count (b, PT_TYPE_RUN), ==, 1);
  g_assert_cmpuint (pt_backup_get_schema_version (b), ==, pt_store_get_schema_version ());
  g_assert_cmpint (pt_backup_get_size (b), >, 4096);

  for (guint i = 0; i < 2; i++)
    {
      b = g_ptr_array_index (backups, i);
      g_assert_true (g_str_equal (pt_backup_get_path (b), second) ||
                     g_str_equal (pt_backup_get_path (b), second_again));
      g_assert_cmpint (pt_backup_get_n_patients (b), ==, 2);
      g_assert_cmpint (pt_backup_get_n_records (b), ==, 17);
      g_assert_cmpint (pt_backup_get_count (b, PT_TYPE_RUN), ==, 3);
      g_assert_cmpint (pt_backup_get_count (b, PT_TYPE_SESSION), ==, 2);
    }

  /* A damaged file with a backup's name is listed, as one that cannot be
   * restored; another database's backups and other files are not. */
  b = g_ptr_array_index (backups, 3);
  g_assert_cmpstr (pt_backup_get_path (b), ==, junk);
  g_assert_nonnull (pt_backup_get_problem (b));
  g_assert_cmpint (pt_backup_get_n_patients (b), ==, -1);
}

static void
test_due (PtTestFixture *f,
          gconstpointer  data)
{
  g_autoptr(GDateTime) noon = local_noon (23);
  g_autoptr(GDateTime) later = g_date_time_add_hours (noon, 3);
  g_autoptr(GDateTime) next_day = g_date_time_add_hours (noon, 14);
  g_autoptr(GDateTime) earlier = g_date_time_add_hours (noon, -1);
  g_autofree char *manual = NULL;
  g_autofree char *automatic = NULL;

  g_assert_true (pt_backup_is_due (f->path, noon));

  /* Backups by hand do not count for the daily one. */
  manual = backup_at (f, PT_BACKUP_MANUAL, noon);
  g_assert_true (pt_backup_is_due (f->path, later));

  automatic = backup_at (f, PT_BACKUP_AUTOMATIC, noon);
  g_assert_false (pt_backup_is_due (f->path, noon));
  g_assert_false (pt_backup_is_due (f->path, later));
  g_assert_true (pt_backup_is_due (f->path, next_day));
  /* The clock went back: take one rather than none for a day. */
  g_assert_true (pt_backup_is_due (f->path, earlier));
}

/* A second store in a thread of its own writes runs numbered 1, 2, 3, ...
 * (their distance in metres), one transaction each. */
typedef struct
{
  const char *path;
  gint64      patient;
  gint        stop;
  gint        written;
} Writer;

static gpointer
writer_thread (gpointer data)
{
  Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open (w->path, &error);

  g_assert_no_error (error);
  for (int i = 1; !g_atomic_int_get (&w->stop) && i < 400000; i++)
    {
      /* Numbered by distance: run i is 100 + i metres (a run is at least 10 m). */
      pt_test_add_run (store, w->patient, "2025-10-21", 100 + i, 0);
      g_atomic_int_set (&w->written, i);
    }

  return NULL;
}

static void
add_filler (const char *path)
{
  sqlite3 *db = NULL;

  /* 8 MB of pages for the copy to take a while over. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE filler (x BLOB);"
                                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "FROM n WHERE i < 2000) "
                                     "INSERT INTO filler SELECT randomblob(4000) FROM n;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The runs of a backup are 1..n with nothing missing; returns n. */
static gint64
assert_prefix (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 expected = 1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT distance_m FROM runs ORDER BY id", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 100 + expected++);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return expected - 1;
}

static void
test_consistent_while_writing (PtTestFixture *f,
                               gconstpointer  data)
{
  Writer w = { f->path, 0, 0, 0 };
  g_autoptr(GThread) thread = NULL;
  guint overlapped = 0, attempts = 0;

  w.patient = pt_test_add_patient (f->store, "Ada Lovelace", "PT-1", PT_TEST_BIRTH);
  add_filler (f->path);
  thread = g_thread_new ("writer", writer_thread, &w);
  while (g_atomic_int_get (&w.written) < 20)
    g_usleep (1000);

  /* Until a few copies were taken while rows went in (each is checked
   * either way). */
  for (attempts = 0; attempts < 60 && overlapped < 3; attempts++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *path = pt_backup_make_path (f->path, PT_BACKUP_MANUAL, now);
      g_autofree char *integrity = NULL;
      g_autofree char *foreign = NULL;
      gint before = g_atomic_int_get (&w.written);
      gint after;
      gint64 n;

      g_assert_true (pt_store_backup_to (f->store, path, NULL, &error));
      g_assert_no_error (error);
      after = g_atomic_int_get (&w.written);

      integrity = query_text (path, "PRAGMA integrity_check");
      g_assert_cmpstr (integrity, ==, "ok");
      foreign = query_text (path, "PRAGMA foreign_key_check");
      g_assert_cmpstr (foreign, ==, "");
      n = assert_prefix (path);
      /* One moment between the two reads of the writer's count (a row
       * may be committed a moment before its count is set). */
      g_assert_cmpint (n, >=, before);
      g_assert_cmpint (n, <=, after + 1);
      if (after > before)
        overlapped++;
      g_assert_cmpint (g_remove (path), ==, 0);
    }

  g_atomic_int_set (&w.stop, 1);
  g_thread_join (g_steal_pointer (&thread));
  g_test_message ("%u of %u copies were taken while the other store wrote", overlapped, attempts);
  g_assert_cmpuint (overlapped, >=, 1);
}

static void
test_restore_round_trip (PtTestFixture *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) day = local_noon (20);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_again = NULL;
  g_autofree char *at_backup = NULL;
  g_autofree char *later = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(PtPatient) grace = NULL;
  PtTestPatientIds ids;
  GStatBuf st;
  gboolean listed = FALSE;

  fill_demo (f);
  backup = backup_at (f, PT_BACKUP_AUTOMATIC, day);
  at_backup = dump_database (f->path);

  pt_test_add_patient_with_records (f->store, "Grace Hopper", "PT-9001", &ids);
  g_assert_true (pt_store_delete_run (f->store, ids.run, &error));
  /* A delete empties the log (its checkpoint): a write after it fills it. */
  pt_test_add_run (f->store, ids.patient, "2025-10-22", 6000, 0);
  later = dump_database (f->path);
  g_assert_cmpstr (later, !=, at_backup);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  g_assert_true (pt_store_restore_from (f->store, backup, &kept, &error));
  g_assert_no_error (error);
  restored = dump_database (f->path);
  g_assert_cmpstr (restored, ==, at_backup);
  /* The open store reads the restored data too. */
  g_assert_cmpint (pt_store_count_patients (f->store, TRUE, NULL), ==, 14);
  /* No page of the replaced data is left in the log. */
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  assert_mode (kept, 0600);

  /* The replaced data is a backup like the others... */
  backups = pt_backup_list (f->path, &error);
  for (guint i = 0; i < backups->len; i++)
    {
      PtBackup *b = g_ptr_array_index (backups, i);

      if (g_str_equal (pt_backup_get_path (b), kept))
        {
          g_assert_cmpint (pt_backup_get_kind (b), ==, PT_BACKUP_BEFORE_RESTORE);
          g_assert_cmpint (pt_backup_get_n_patients (b), ==, 15);
          listed = TRUE;
        }
    }
  g_assert_true (listed);

  /* ...and restoring it undoes the restore, in a store opened afresh. */
  f->store = pt_test_reopen (f->store, f->path);
  g_assert_true (pt_store_restore_from (f->store, kept, &kept_again, &error));
  g_assert_no_error (error);
  undone = dump_database (f->path);
  g_assert_cmpstr (undone, ==, later);
  g_assert_cmpstr (kept_again, !=, kept);
  f->store = pt_test_reopen (f->store, f->path);
  grace = pt_store_find_patient (f->store, "PT-9001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_patient_get_name (grace), ==, "Grace Hopper");
}

/* Restoring @path must be refused with @code, changing nothing. */
static void
assert_refused (PtTestFixture *f,
                const char    *path,
                PtErrorCode    code,
                const char    *word)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *before = dump_database (f->path);
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;
  guint n_before;

  backups = pt_backup_list (f->path, &error);
  n_before = backups->len;
  g_clear_pointer (&backups, g_ptr_array_unref);

  g_assert_false (pt_store_restore_from (f->store, path, &kept, &error));
  g_assert_error (error, PT_ERROR, (int) code);
  pt_test_assert_contains (error->message, word);
  pt_test_assert_contains (error->message, "Nothing was restored");
  g_assert_null (kept);

  after = dump_database (f->path);
  g_assert_cmpstr (after, ==, before);
  /* Not even a before-restore backup. */
  backups = pt_backup_list (f->path, NULL);
  g_assert_cmpuint (backups->len, ==, n_before);
}

static void
test_restore_refused (PtTestFixture *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) day = local_noon (20);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "other-app.db", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *good = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  sqlite3 *db = NULL;

  fill_demo (f);
  good = backup_at (f, PT_BACKUP_MANUAL, day);

  g_assert_true (g_file_set_contents (text, "Appointments for Monday\n", -1, NULL));
  assert_refused (f, text, PT_ERROR_NOT_DATABASE, "notes.txt");

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f, foreign, PT_ERROR_NOT_DATABASE, "not a ProloTrack backup");

  /* A backup with its header intact and pages past the first overwritten. */
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 20 * 4096);
  for (gsize i = 4096 * 2; i < 4096 * 12; i++)
    contents[i] = (char) (i * 7 + 13);
  g_assert_true (g_file_set_contents (damaged, contents, length, NULL));
  assert_refused (f, damaged, PT_ERROR_NOT_DATABASE, "damaged.db");

  g_assert_cmpint (sqlite3_open (good, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (g_rename (good, newer), ==, 0);
  assert_refused (f, newer, PT_ERROR_TOO_NEW, "newer version");

  g_assert_false (pt_store_restore_from (f->store, f->path, NULL, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
}

/* Restore is what a damaged database needs: the damaged bytes are kept as
 * they are, and the backup comes back whole. */
static void
test_restore_over_damage (PtTestFixture *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) day = local_noon (20);
  g_autofree char *backup = NULL;
  g_autofree char *at_backup = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *kept_contents = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *check = NULL;
  g_auto(GStrv) problems = NULL;
  gsize length, kept_length;

  fill_demo (f);
  backup = backup_at (f, PT_BACKUP_AUTOMATIC, day);
  at_backup = dump_database (f->path);

  /* Pages in the middle of the file overwritten, the header intact. */
  g_assert_finalize_object (g_steal_pointer (&f->store));
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 120 * 4096);
  for (gsize i = 100 * 4096; i < 110 * 4096; i++)
    contents[i] = (char) (i * 31 + 7);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  f->store = pt_store_open (f->path, &error);
  g_assert_no_error (error);
  /* Damage shows as problems, or as an error on the first page read. */
  g_assert_false (pt_store_check (f->store, TRUE, &problems, &error));
  g_clear_error (&error);

  g_assert_true (pt_store_restore_from (f->store, backup, &kept, &error));
  g_assert_no_error (error);
  restored = dump_database (f->path);
  g_assert_cmpstr (restored, ==, at_backup);
  check = query_text (f->path, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");

  /* The damaged file, byte for byte, 0600, among the backups. */
  g_assert_true (g_file_get_contents (kept, &kept_contents, &kept_length, NULL));
  g_assert_cmpmem (kept_contents, kept_length, contents, length);
  assert_mode (kept, 0600);
  pt_test_assert_contains (kept, "-before-restore.db");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  PT_TEST_ADD_WITH_STORE ("/core/backup/equals-source", test_backup_equals_source);
  PT_TEST_ADD_WITH_STORE ("/core/backup/from-path", test_backup_from_path);
  PT_TEST_ADD_WITH_STORE ("/core/backup/rotate", test_rotate);
  PT_TEST_ADD_WITH_STORE ("/core/backup/list", test_list);
  PT_TEST_ADD_WITH_STORE ("/core/backup/due", test_due);
  PT_TEST_ADD_WITH_STORE ("/core/backup/consistent-while-writing",
                          test_consistent_while_writing);
  PT_TEST_ADD_WITH_STORE ("/core/backup/restore-round-trip", test_restore_round_trip);
  PT_TEST_ADD_WITH_STORE ("/core/backup/restore-refused", test_restore_refused);
  PT_TEST_ADD_WITH_STORE ("/core/backup/restore-over-damage", test_restore_over_damage);

  return g_test_run ();
}
