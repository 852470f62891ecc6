/* test-disk-full.c: a full disk, in prolotrack-cli and on a real file system
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With no room for the file to grow, a save says "The disk is full;
 * nothing was saved", exits non-zero from the CLI and leaves every byte
 * of the file as it was. prolotrack-cli gets the test VFS of
 * pt-test-vfs.c through LD_PRELOAD (PT_TEST_VFS=disk-full); the core side
 * is /core/io-faults/disk-full. When the test may mount one (root, and
 * mount permitted), a 256 KiB tmpfs is filled for real.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pt-test-db.h"
#include "pt-test-summary.h"
#include "pt-test-utils.h"

#define TODAY "2026-11-20"

static void
set_up (PtTestFixture *f,
        gconstpointer  data)
{
  pt_test_fixture_set_up (f, data);
  pt_test_add_patient (f->store, "Faye Disk", "IO-0", PT_TEST_BIRTH);
}

static void
assert_disk_full (const GError *error)
{
  g_assert_error (error, PT_ERROR, PT_ERROR_STORAGE);
  pt_test_assert_contains (error->message, "The disk is full; nothing was saved");
}

static void
assert_consistent (PtTestFixture *f)
{
  pt_test_db_assert_clean (f->store);
  pt_test_summary_assert_consistent (f->store, f->path, TODAY);
}

/* The CLI, with the VFS preloaded: its message and exit status, and the
 * file's bytes unchanged. */
static void
test_disk_full_cli (PtTestFixture *f,
                    gconstpointer  data)
{
  const char *cli = g_getenv ("PROLOTRACK_CLI");
  const char *preload = g_getenv ("PT_TEST_VFS_PRELOAD");
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *asan = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GBytes) file_before = NULL;
  g_autoptr(GBytes) file_after = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { cli, "--database", f->path, "log-pain", "--patient", "IO-0",
                         "--date", "2026-03-01", "--score", "4", "--context", "rest", NULL };
  int status;

  g_assert_nonnull (cli);
  g_assert_nonnull (preload);
  g_assert_true (g_file_test (preload, G_FILE_TEST_EXISTS));

  /* Closed, the file has no log: the save must grow one. */
  g_clear_object (&f->store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  file_before = pt_test_read_file (f->path);

  env = g_environ_setenv (env, "LD_PRELOAD", preload, TRUE);
  env = g_environ_setenv (env, "PT_TEST_VFS", "disk-full", TRUE);
  /* Under ASan the preloaded module comes before its runtime. */
  asan = g_strconcat (g_environ_getenv (env, "ASAN_OPTIONS") ?: "",
                      ":verify_asan_link_order=0", NULL);
  env = g_environ_setenv (env, "ASAN_OPTIONS", asan, TRUE);

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_test_message ("prolotrack-cli on a full disk: %s", g_strstrip (err));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), !=, 0);
  pt_test_assert_contains (err, "The disk is full; nothing was saved");

  file_after = pt_test_read_file (f->path);
  g_assert_true (g_bytes_equal (file_before, file_after));

  f->store = pt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (f->store, PT_TYPE_PAIN_SCORE), ==, 0);
  assert_consistent (f);
}

/* A real full file system: a 256 KiB tmpfs, when this test may mount one. */
static gboolean
run_command (const char * const *argv,
             char              **err)
{
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, err,
                     &status, &error))
    {
      *err = g_strdup (error->message);
      return FALSE;
    }
  return g_spawn_check_wait_status (status, NULL);
}

static void
test_disk_full_tmpfs (PtTestFixture *f,
                      gconstpointer  data)
{
  g_autofree char *mnt = g_build_filename (f->dir, "tmpfs", NULL);
  g_autofree char *path = g_build_filename (mnt, "full.db", NULL);
  g_autofree char *err = NULL;
  g_autofree char *notes = g_strnfill (1900, 'x');
  const char *mount_argv[] = { "mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs",
                               mnt, NULL };
  const char *umount_argv[] = { "umount", mnt, NULL };
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 patient;
  guint saved = 0;

  if (getuid () != 0)
    {
      g_test_skip ("Mounting a tmpfs needs root");
      return;
    }
  g_assert_cmpint (g_mkdir (mnt, 0700), ==, 0);
  if (!run_command (mount_argv, &err))
    {
      g_autofree char *reason = g_strdup_printf ("mount -t tmpfs is not permitted here: %s",
                                                 g_strstrip (err));
      g_test_skip (reason);
      return;
    }

  store = pt_store_open (path, &error);
  g_assert_no_error (error);
  patient = pt_test_add_patient (store, "Tam Full", "FULL-1", PT_TEST_BIRTH);

  /* Runs with long notes until the file system is full. */
  for (;;)
    {
      g_autoptr(PtRun) run = pt_test_new_run (patient, "2026-01-05", 5000 + saved);

      pt_run_set_notes (run, notes);
      g_clear_pointer (&before, g_free);
      before = pt_test_db_dump (path);
      if (pt_store_add_run (store, run, &error) == 0)
        break;
      saved++;
      g_assert_cmpuint (saved, <, 1000);
    }
  g_test_message ("tmpfs full after %u runs: %s", saved, error->message);
  after = pt_test_db_dump (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (pt_test_count (store, PT_TYPE_RUN), ==, saved);
  pt_test_db_assert_clean (store);

  g_clear_object (&store);
  g_clear_pointer (&err, g_free);
  run_command (umount_argv, &err);
  assert_disk_full (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);

  g_test_add ("/core/disk-full/cli", PtTestFixture, NULL, set_up, test_disk_full_cli,
              pt_test_fixture_tear_down);
  g_test_add ("/core/disk-full/tmpfs", PtTestFixture, NULL, set_up, test_disk_full_tmpfs,
              pt_test_fixture_tear_down);

  return g_test_run ();
}
