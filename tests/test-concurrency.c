/* test-concurrency.c: the record while another program writes to it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Another connection holds SQLite's write lock (a second workstation or
 * the CLI in the middle of a write). A form validates on every keystroke:
 * that must answer at once from a read snapshot, not wait for the lock
 * and fail after the busy timeout.
 *
 * And within one process: a store is only used by the thread that opened it.
 */

#include "config.h"

#include <sqlite3.h>

#include "pt-test-utils.h"

/* A second connection that holds the write lock until closed. */
static sqlite3 *
hold_write_lock (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

static void
release_write_lock (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Validation reads what a save reads (the patient, the condition) and
 * answers while the lock is held: valid, and invalid with the message. */
static void
test_validate_while_locked (PtTestFixture *f,
                            gconstpointer  data)
{
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  gint64 condition = pt_test_add_condition (f->store, patient, "2026-01-05");
  g_autoptr(PtPainScore) good = pt_test_new_pain_score (patient, condition, "2026-02-01", 5);
  g_autoptr(PtPainScore) orphan = pt_test_new_pain_score (patient + 100, 0, "2026-02-01", 5);
  g_autoptr(GError) error = NULL;
  sqlite3 *other = hold_write_lock (f->path);
  gint64 start = g_get_monotonic_time ();

  g_assert_true (pt_store_validate (f->store, PT_RECORD (good), &error));
  g_assert_no_error (error);

  /* The checks that read other records still run. */
  g_assert_false (pt_store_validate (f->store, PT_RECORD (orphan), &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_clear_error (&error);

  /* Not after the busy timeout (5 s): both answers came from the snapshot.
   * A generous bound, not a benchmark: a wait for the lock is seconds. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);

  release_write_lock (other);

  /* And the save itself still works once the lock is gone. */
  g_assert_cmpint (pt_store_add (f->store, PT_RECORD (good), &error), >, 0);
  g_assert_no_error (error);
}

typedef struct
{
  PtStore *store;
  gint64   patient;
} OtherThread;

/* What a worker thread would do with the window's store by mistake. */
static gpointer
use_from_other_thread (gpointer data)
{
  OtherThread *other = data;
  g_autoptr(PtPainScore) score = pt_test_new_pain_score (other->patient, 0, "2026-02-01", 5);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pt_store_count_patients (other->store, TRUE, &error), ==, -1);
  g_assert_error (error, PT_ERROR, PT_ERROR_STORAGE);
  g_clear_error (&error);

  g_assert_cmpint (pt_store_add (other->store, PT_RECORD (score), &error), ==, 0);
  g_assert_error (error, PT_ERROR, PT_ERROR_STORAGE);
  return NULL;
}

/* A store is used by the thread that opened it (pt-store.h): a read and a
 * write from another thread are each a critical and refused, and the store
 * goes on working in its own thread with nothing written. */
static void
test_other_thread_refused (PtTestFixture *f,
                           gconstpointer  data)
{
  OtherThread other = { f->store, pt_test_add_patient (f->store, "Jane Doe", "PT-1",
                                                       PT_TEST_BIRTH) };
  g_autoptr(GError) error = NULL;

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*used from a thread other than*");
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*used from a thread other than*");
  g_thread_join (g_thread_new ("other", use_from_other_thread, &other));
  g_test_assert_expected_messages ();

  g_assert_cmpint (pt_store_count_patients (f->store, TRUE, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (f->store, PT_TYPE_PAIN_SCORE), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  PT_TEST_ADD_WITH_STORE ("/core/concurrency/validate-while-locked", test_validate_while_locked);
  PT_TEST_ADD_WITH_STORE ("/core/concurrency/other-thread-refused", test_other_thread_refused);

  return g_test_run ();
}
