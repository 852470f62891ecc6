/* test-disk-full.c: a full disk, in prolotrack-cli and on a real file system
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With no room for the file to grow, a save says "The disk is full;
 * nothing was saved", exits non-zero from the CLI and leaves every byte
 * of the file as it was. Two ways to fill it: PRAGMA max_page_count set on
 * every connection (the file may not grow past its size when opened), and
 * a VFS that refuses any write that would grow a file (the log included).
 * prolotrack-cli gets both through LD_PRELOAD (pt-test-vfs-preload.c);
 * the VFS's core side is /core/io-faults/disk-full. When the test may
 * mount one (root, and a mount namespace permitted), a 512 KiB tmpfs is
 * filled for real.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pt-test-db.h"
#include "pt-test-summary.h"
#include "pt-test-utils.h"
#include "pt-test-vfs.h"

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

/* SQLite's own limit: PRAGMA max_page_count on the store's connection
 * (pt_test_vfs_limit_pages), the file full at the size it had when opened.
 * Patients with long notes until one does not fit. */
static void
test_max_page_count (PtTestFixture *f,
                     gconstpointer  data)
{
  g_autofree char *notes = g_strnfill (9000, 'n');
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  guint saved = 0;

  g_clear_object (&f->store);
  pt_test_vfs_limit_pages (TRUE);
  f->store = pt_store_open (f->path, &error);
  g_assert_no_error (error);

  for (;; saved++)
    {
      g_autofree char *number = g_strdup_printf ("MAX-%u", saved);
      g_autofree char *before = pt_test_db_dump (f->path);
      g_autofree char *after = NULL;

      g_clear_object (&patient);
      patient = pt_test_new_patient ("Max Pages", number, PT_TEST_BIRTH);
      pt_patient_set_notes (patient, notes);
      if (pt_store_add_patient (f->store, patient, &error) != 0)
        {
          g_assert_cmpuint (saved, <, 100);
          continue;
        }

      assert_disk_full (error);
      g_assert_cmpint (pt_record_get_id (PT_RECORD (patient)), ==, 0);
      after = pt_test_db_dump (f->path);
      g_assert_cmpstr (after, ==, before);
      break;
    }
  g_test_message ("max_page_count: %u saves fitted, then: %s", saved, error->message);
  assert_consistent (f);

  /* Room again: the same save works. */
  g_clear_error (&error);
  g_clear_object (&f->store);
  pt_test_vfs_limit_pages (FALSE);
  f->store = pt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_store_add_patient (f->store, patient, &error), >, 0);
  g_assert_no_error (error);
  assert_consistent (f);
}

/* The CLI, with the test VFS preloaded (PT_TEST_VFS=@data: disk-full or
 * max-page-count): its message and exit status, and the file's bytes
 * unchanged. */
static void
test_disk_full_cli (PtTestFixture *f,
                    gconstpointer  data)
{
  g_autofree char *notes = g_strnfill (10000, 'n');
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
  /* Notes that need pages of their own, and a log to grow. */
  const char *argv[] = { cli, "--database", f->path, "add-patient", "--name", "Cli Full",
                         "--dob", PT_TEST_BIRTH, "--record-number", "CLI-1", "--notes", notes,
                         NULL };
  int status;

  g_assert_nonnull (cli);
  g_assert_nonnull (preload);
  g_assert_true (g_file_test (preload, G_FILE_TEST_EXISTS));

  /* Closed, the file has no log: the save must grow one. */
  g_clear_object (&f->store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  file_before = pt_test_read_file (f->path);

  env = g_environ_setenv (env, "LD_PRELOAD", preload, TRUE);
  env = g_environ_setenv (env, "PT_TEST_VFS", data, TRUE);
  /* Under ASan the preloaded module comes before its runtime. */
  asan = g_strconcat (g_environ_getenv (env, "ASAN_OPTIONS") ?: "",
                      ":verify_asan_link_order=0", NULL);
  env = g_environ_setenv (env, "ASAN_OPTIONS", asan, TRUE);

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_test_message ("prolotrack-cli, PT_TEST_VFS=%s: %s", (const char *) data, g_strstrip (err));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), !=, 0);
  pt_test_assert_contains (err, "The disk is full; nothing was saved");

  file_after = pt_test_read_file (f->path);
  g_assert_true (g_bytes_equal (file_before, file_after));

  f->store = pt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (f->store, PT_TYPE_PATIENT), ==, 1);
  assert_consistent (f);
}

/* A real full file system: a 512 KiB tmpfs (the schema alone is near 256 KiB). It is mounted in a mount
 * namespace of the test's own subprocess, so it goes away with it, even
 * when an assertion ends it. */
static void
fill_tmpfs (const char *mnt)
{
  g_autofree char *path = g_build_filename (mnt, "full.db", NULL);
  g_autofree char *notes = g_strnfill (1900, 'x');
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 patient;
  guint saved = 0;

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
  /* Seen in the test's log (stderr); stdout goes to the parent's check. */
  g_printerr ("# tmpfs full after %u runs: %s\n", saved, error->message);
  g_print ("%s\n", error->message);
  after = pt_test_db_dump (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (pt_test_count (store, PT_TYPE_RUN), ==, saved);
  pt_test_db_assert_clean (store);
  assert_disk_full (error);
}

/* In a mount namespace of its own, a tmpfs on @mnt: 0, or the errno. */
static int
mount_private_tmpfs (const char *mnt)
{
  if (unshare (CLONE_NEWNS) != 0 ||
      mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      (g_mkdir (mnt, 0700) != 0 && errno != EEXIST) ||
      mount ("tmpfs", mnt, "tmpfs", 0, "size=512k,mode=0700") != 0)
    return errno;
  return 0;
}

/* Whether this test may mount one: tried in a child that exits at once. */
static int
can_mount_tmpfs (const char *mnt)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (mount_private_tmpfs (mnt));
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) ? WEXITSTATUS (status) : EPERM;
}

static void
test_disk_full_tmpfs (PtTestFixture *f,
                      gconstpointer  data)
{
  g_autofree char *mnt = g_build_filename (f->dir, "tmpfs", NULL);
  int failed;

  if (g_test_subprocess ())
    {
      g_assert_cmpint (mount_private_tmpfs (mnt), ==, 0);
      fill_tmpfs (mnt);
      /* So that tear-down can remove the folder. */
      g_assert_cmpint (umount (mnt), ==, 0);
      return;
    }

  failed = can_mount_tmpfs (mnt);
  if (failed != 0)
    {
      g_autofree char *reason = g_strdup_printf ("Cannot mount a tmpfs in a mount namespace "
                                                 "here: %s", g_strerror (failed));
      g_test_skip (reason);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*The disk is full; nothing was saved*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);

  g_test_add ("/core/disk-full/max-page-count", PtTestFixture, NULL, set_up, test_max_page_count,
              pt_test_fixture_tear_down);
  g_test_add ("/core/disk-full/cli", PtTestFixture, "disk-full", set_up, test_disk_full_cli,
              pt_test_fixture_tear_down);
  g_test_add ("/core/disk-full/cli-max-page-count", PtTestFixture, "max-page-count", set_up,
              test_disk_full_cli, pt_test_fixture_tear_down);
  g_test_add ("/core/disk-full/tmpfs", PtTestFixture, NULL, set_up, test_disk_full_tmpfs,
              pt_test_fixture_tear_down);

  return g_test_run ();
}
