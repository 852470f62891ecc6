/* test-store-open.c: a database that is locked, damaged, read-only or
 * private, through the core API and prolotrack-cli
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is a defect that was found in the shipped code: reads that
 * waited for another program's write lock and failed, a damaged file that
 * took writes, a read-only drive or folder that could not even be read, a
 * read-only file left with empty -wal and -shm files, a deleted patient
 * left in the -wal, and an empty file turned into a database with mode 0644.
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>
#include <utime.h>

#include "pt-error.h"
#include "pt-store.h"
#include "pt-test-cli.h"
#include "pt-test-utils.h"

typedef struct
{
  char *dir;
  char *db;
  char *out;
  char *err;
  char *mount_point;  /* a read-only bind mount of dir, when made */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = pt_test_make_tmp_dir ();
  f->db = g_build_filename (f->dir, "clinic.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->mount_point != NULL)
    {
      g_assert_cmpint (umount (f->mount_point), ==, 0);
      g_assert_cmpint (g_rmdir (f->mount_point), ==, 0);
      g_free (f->mount_point);
    }
  g_chmod (f->dir, 0700);
  pt_test_remove_tmp_dir (f->dir);
  g_free (f->out);
  g_free (f->err);
  g_free (f->db);
  g_free (f->dir);
}

#define cli(f, ...) pt_test_cli_run ((f)->db, &(f)->out, &(f)->err, __VA_ARGS__)

static void
make_demo (Fixture *f)
{
  g_assert_cmpint (cli (f, "demo"), ==, 0);
}

static gboolean
file_exists (const char *db,
             const char *suffix)
{
  g_autofree char *path = g_strconcat (db, suffix, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* ---- reads do not wait for a writer ---- */

static GSubprocess *
hold_write_lock (const char *path)
{
  g_autoptr(GError) error = NULL;
  GSubprocess *shell = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                         G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                         "sqlite3", path, NULL);
  GOutputStream *in;
  sqlite3 *probe = NULL;
  int rc = SQLITE_OK;

  g_assert_no_error (error);
  in = g_subprocess_get_stdin_pipe (shell);
  g_assert_true (g_output_stream_write_all (in, "BEGIN IMMEDIATE;\nSELECT 'locked';\n", 34, NULL,
                                            NULL, &error));
  g_assert_no_error (error);
  g_output_stream_flush (in, NULL, NULL);

  /* Until a connection of ours cannot take the write lock. */
  g_assert_cmpint (sqlite3_open_v2 (path, &probe, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < 500; i++)
    {
      rc = sqlite3_exec (probe, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        break;
      sqlite3_exec (probe, "ROLLBACK", NULL, NULL, NULL);
      g_usleep (10000);
    }
  sqlite3_close (probe);
  g_assert_cmpint (rc, ==, SQLITE_BUSY);

  return shell;
}

static void
test_reads_without_lock (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) shell = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GListModel) patients = NULL;
  g_auto(GStrv) problems = NULL;
  gint64 start;

  make_demo (f);
  shell = hold_write_lock (f->db);

  /* Each of these failed after the 5 s busy timeout ("in use by another
   * program"): opening took the write lock to migrate. */
  start = g_get_monotonic_time ();
  store = pt_store_open (f->db, &error);
  g_assert_no_error (error);
  patients = pt_store_list_patient_overviews (store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (patients), >, 10);
  g_assert_true (pt_store_check (store, TRUE, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);

  g_assert_cmpint (cli (f, "patients"), ==, 0);
  pt_test_assert_contains (f->out, "PT-0001");
  g_assert_cmpint (cli (f, "summary", "1"), ==, 0);
  g_assert_cmpint (cli (f, "check"), ==, 0);

  /* A write still waits for the lock, and says so. */
  g_assert_cmpint (cli (f, "log-pain", "--patient", "1", "--score", "3", "--context", "rest"), ==, 1);
  pt_test_assert_contains (f->err, "in use by another program");

  g_subprocess_force_exit (shell);
  g_subprocess_wait (shell, NULL, NULL);
}

/* ---- damage ---- */

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPainScore) score = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_demo (f);
  g_assert_false (file_exists (f->db, "-wal"));
  pt_test_damage_file (f->db);
  before = pt_test_file_digest (f->db);

  /* The CLI refuses the write with SQLite's words and the way out. */
  g_assert_cmpint (cli (f, "log-pain", "--patient", "1", "--score", "3", "--context", "rest"), ==, 1);
  pt_test_assert_contains (f->err, "is damaged, so nothing was saved");
  pt_test_assert_contains (f->err, "SQLite found:");
  pt_test_assert_contains (f->err, "Restore a backup");
  pt_test_assert_contains (f->err, "prolotrack-cli restore");
  after = pt_test_file_digest (f->db);
  g_assert_cmpstr (before, ==, after);

  /* check names the damage, and the way out. */
  g_assert_cmpint (cli (f, "check"), ==, 1);

  /* The core API: opens (to read what can be read), refuses writes. */
  store = pt_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_store_get_integrity (store), ==, PT_STORE_INTEGRITY_UNCHECKED);
  score = pt_test_new_pain_score (1, 0, "2026-01-05", 4);
  g_assert_cmpint (pt_store_add (store, PT_RECORD (score), &error), ==, 0);
  pt_test_assert_error (error, PT_ERROR_DAMAGED, NULL, "damaged", NULL);
  g_clear_error (&error);
  g_assert_cmpint (pt_store_get_integrity (store), ==, PT_STORE_INTEGRITY_DAMAGED);
  g_assert_nonnull (pt_store_get_damage (store));

  /* Once known, the next write is refused before the lock is even taken. */
  g_assert_false (pt_store_delete_pain_score (store, 1, &error));
  pt_test_assert_error (error, PT_ERROR_DAMAGED, NULL, "damaged", NULL);
  g_clear_object (&store);

  g_free (after);
  after = pt_test_file_digest (f->db);
  g_assert_cmpstr (before, ==, after);
}

/* ---- read-only ---- */

/* Every -wal or -shm beside @db (none is allowed after a read-only use). */
static void
assert_nothing_beside (const char *db)
{
  g_assert_false (file_exists (db, "-wal"));
  g_assert_false (file_exists (db, "-shm"));
  g_assert_false (file_exists (db, "-journal"));
}

static void
assert_reads_but_refuses_writes (Fixture    *f,
                                 const char *db,
                                 const char *user,
                                 const char *reason)
{
  g_autofree char *before = pt_test_file_digest (db);
  g_autofree char *after = NULL;

  g_assert_cmpint (pt_test_cli_run_as (user, db, &f->out, &f->err, "patients"), ==, 0);
  pt_test_assert_contains (f->out, "PT-0001");
  assert_nothing_beside (db);

  g_assert_cmpint (pt_test_cli_run_as (user, db, &f->out, &f->err, "summary", "1"), ==, 0);
  g_assert_cmpint (pt_test_cli_run_as (user, db, &f->out, &f->err, "check"), ==, 0);

  /* An export works; the audit trail cannot take its note, and says so. */
  g_assert_cmpint (pt_test_cli_run_as (user, db, &f->out, &f->err, "export-csv", "--table",
                                       "patients", "-o", "-"), ==, 0);
  pt_test_assert_contains (f->out, "PT-0001");
  pt_test_assert_contains (f->err, "not recorded in the audit trail");

  g_assert_cmpint (pt_test_cli_run_as (user, db, &f->out, &f->err, "log-pain", "--patient", "1",
                                       "--score", "3", "--context", "rest"), ==, 1);
  pt_test_assert_contains (f->err, "is read-only");
  pt_test_assert_contains (f->err, reason);
  pt_test_assert_contains (f->err, "nothing was saved");
  g_assert_null (strstr (f->err, "Cannot write"));
  assert_nothing_beside (db);

  after = pt_test_file_digest (db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_read_only_drive (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPainScore) score = NULL;
  g_autofree char *db = NULL;

  make_demo (f);
  f->mount_point = g_strconcat (f->dir, "-ro", NULL);
  g_assert_cmpint (g_mkdir (f->mount_point, 0700), ==, 0);
  if (mount (f->dir, f->mount_point, NULL, MS_BIND, NULL) != 0 ||
      mount (NULL, f->mount_point, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0)
    {
      umount (f->mount_point);
      g_rmdir (f->mount_point);
      g_clear_pointer (&f->mount_point, g_free);
      g_test_skip ("a read-only bind mount needs CAP_SYS_ADMIN");
      return;
    }

  db = g_build_filename (f->mount_point, "clinic.db", NULL);
  assert_reads_but_refuses_writes (f, db, NULL, "it is on a read-only drive");

  store = pt_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_store_get_access (store), ==, PT_STORE_ACCESS_READ_ONLY_DRIVE);
  g_assert_true (pt_store_is_read_only (store));
  g_assert_true (pt_store_check_integrity (store, &error));
  g_assert_no_error (error);
  score = pt_test_new_pain_score (1, 0, "2026-01-05", 4);
  g_assert_cmpint (pt_store_add (store, PT_RECORD (score), &error), ==, 0);
  pt_test_assert_error (error, PT_ERROR_READ_ONLY, NULL, "read-only drive", NULL);
  g_clear_object (&store);
  assert_nothing_beside (db);
}

/* root writes whatever the mode bits say: the folder and file cases run
 * the CLI as "nobody", for whom they mean what they say. */
static gboolean
can_run_as_nobody (void)
{
  g_autofree char *runuser = g_find_program_in_path ("runuser");

  return getuid () == 0 && runuser != NULL;
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  if (!can_run_as_nobody ())
    {
      g_test_skip ("needs root, to run prolotrack-cli as nobody");
      return;
    }

  make_demo (f);
  g_assert_cmpint (g_chmod (f->db, 0666), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  assert_reads_but_refuses_writes (f, f->db, "nobody", "its folder does not allow changes");
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  if (!can_run_as_nobody ())
    {
      g_test_skip ("needs root, to run prolotrack-cli as nobody");
      return;
    }

  make_demo (f);
  g_assert_cmpint (g_chmod (f->db, 0644), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0777), ==, 0);
  assert_reads_but_refuses_writes (f, f->db, "nobody", "the file’s permissions do not allow");
}

/* ---- privacy ---- */

static void
test_empty_file_private (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autofree char *secure = NULL;
  GStatBuf st;
  int fd = g_open (f->db, O_WRONLY | O_CREAT, 0644);

  g_assert_cmpint (fd, >=, 0);
  fchmod (fd, 0644);
  close (fd);

  store = pt_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Not left to how Debian happens to build SQLite. */
  secure = pt_store_dup_setting (store, "secure_delete", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secure, ==, "1");
}

/* Whether @needle is anywhere in the bytes of @path. */
static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  /* memmem(): the file is binary, with NUL bytes everywhere. */
  return memmem (contents, length, needle, strlen (needle)) != NULL;
}

/* A server's address is not a file name: refused, with the password's own
 * message when it holds one, and nothing made in the current folder. */
static void
test_server_location_not_a_file (Fixture       *f,
                                 gconstpointer  data)
{
  const char *locations[] = {
    "postgresql://clinic@localhost/prolotrack",
    "host=/run/postgresql dbname=prolotrack",
    "postgresql://clinic:secret@localhost/prolotrack",
  };
  g_autofree char *cwd = g_get_current_dir ();

  g_assert_cmpint (g_chdir (f->dir), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (locations); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtStore) store = pt_store_open (locations[i], &error);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GDir) dir = NULL;

      g_assert_null (store);
      if (i == 2)
        {
          g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, "password"));
          g_assert_null (strstr (error->message, "secret"));
        }
      else
        {
          /* Connected to, as a server: none answers at these. */
          g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
          g_assert_nonnull (strstr (error->message, "Cannot connect to the clinic server"));
        }

      /* The same through prolotrack-cli, for a write. */
      g_assert_cmpint (pt_test_cli_run (locations[i], &out, &err, "demo"), !=, 0);
      g_assert_nonnull (strstr (err, i == 2 ? "password" : "clinic server"));
      g_assert_null (strstr (err, "secret"));

      dir = g_dir_open (f->dir, 0, NULL);
      g_assert_null (g_dir_read_name (dir));
    }
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

static void
test_delete_leaves_no_wal (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open (f->db, &error);
  g_autoptr(PtStore) other = NULL;
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  PtTestPatientIds ids;

  g_assert_no_error (error);
  pt_test_add_patient_with_records (store, "Zebediah Quux", "PT-0077", &ids);

  /* Another connection stays open, as a second window or program would. */
  other = pt_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_store_count_patients (other, TRUE, &error), ==, 1);
  g_assert_true (file_contains (wal, "Zebediah Quux"));

  g_assert_true (pt_store_delete_patient_with_records (store, ids.patient, &error));
  g_assert_no_error (error);
  g_assert_false (file_contains (wal, "Zebediah Quux"));
  g_assert_cmpint (pt_store_count_patients (other, TRUE, &error), ==, 0);
}

static void
assert_private (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_chart_files_private (Fixture       *f,
                          gconstpointer  data)
{
  const char *names[] = { "chart.png", "chart.svg", "chart.pdf" };
  g_autofree char *report = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *leftover = g_build_filename (f->dir, ".report.pdf.Ab12Cd", NULL);
  struct utimbuf old = { 0, 0 };
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  make_demo (f);
  umask (022);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);

      g_assert_cmpint (cli (f, "chart", "1", "-o", path), ==, 0);
      assert_private (path);
    }

  /* A killed run's hidden file (the name scheme of the fallback) is
   * removed by the next report to the same name; nothing else is left. */
  g_assert_true (g_file_set_contents (leftover, "patient data", -1, NULL));
  g_assert_cmpint (g_utime (leftover, &old), ==, 0);
  g_assert_cmpint (cli (f, "report", "1", "-o", report), ==, 0);
  assert_private (report);
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));

  dir = g_dir_open (f->dir, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    g_assert_false (entry[0] == '.');
}

/* A report killed at any moment leaves no file with patient data. */
static void
test_killed_report_leaves_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *report = g_build_filename (f->dir, "killed.pdf", NULL);
  const char *cli_path = g_getenv ("PROLOTRACK_CLI");
  guint killed = 0;

  g_assert_cmpint (cli (f, "generate", "--patients", "1", "--years", "6", "--seed", "3"), ==, 0);

  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) run = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                     G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                                                     cli_path, "--database", f->db, "report", "1",
                                                     "-o", report, NULL);
      g_autoptr(GDir) dir = NULL;
      const char *entry;

      g_assert_no_error (error);
      g_usleep (40000 + 30000 * i);
      g_subprocess_send_signal (run, SIGKILL);  /* nothing when it is done */
      g_subprocess_wait (run, NULL, NULL);
      if (g_subprocess_get_if_signaled (run))
        killed++;

      dir = g_dir_open (f->dir, 0, NULL);
      while ((entry = g_dir_read_name (dir)) != NULL)
        g_assert_false (g_str_has_prefix (entry, ".killed"));
    }

  g_test_message ("%u report runs killed mid-way; no file left behind", killed);
  g_assert_cmpuint (killed, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/open/reads-without-write-lock", test_reads_without_lock);
  ADD ("/open/damaged", test_damaged);
  ADD ("/open/read-only-drive", test_read_only_drive);
  ADD ("/open/read-only-folder", test_read_only_folder);
  ADD ("/open/read-only-file", test_read_only_file);
  ADD ("/privacy/empty-file", test_empty_file_private);
  ADD ("/privacy/delete-leaves-no-wal", test_delete_leaves_no_wal);
  ADD ("/open/server-location-not-a-file", test_server_location_not_a_file);
  ADD ("/privacy/chart-files", test_chart_files_private);
  ADD ("/privacy/killed-report", test_killed_report_leaves_nothing);

  return g_test_run ();
}
