/* test-io-faults.c: every save survives a failing disk, whole or not at all
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test VFS (pt-test-vfs.h) sits under every connection of this
 * process. For each save (an add, an update and a delete of every record
 * type, a batch of one record of each type, and a patient deleted with
 * their records), the test counts the writes, syncs and truncates of a
 * clean run, then runs it again failing the k-th of them, for every k,
 * once and persistently. After each fault: the save returned FALSE with a
 * PT_ERROR_STORAGE and a message, the file holds exactly what it held
 * before, no write lock is left behind, integrity_check and
 * foreign_key_check are clean and the patient summaries agree with the
 * records; and once the fault is cleared, the same save works. (A fault
 * after the commit, in a checkpoint, may leave the save done: then it
 * must say so and be there whole.)
 *
 * Disk full: with no room for the file to grow, a save says "The disk is
 * full; nothing was saved" and changes nothing (test-disk-full.c has the
 * CLI and a real full file system).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "pt-test-db.h"
#include "pt-test-summary.h"
#include "pt-test-utils.h"
#include "pt-test-vfs.h"

#define TODAY "2026-11-20"

typedef struct
{
  PtTestFixture base;
  gint64        patient;
  gint64        condition;
  gint64        shoe;
  guint         serial;
  GType         type;      /* of the scenario */
  PtRecord     *pending;   /* the record the save writes or deletes */
  gint64        before;    /* its type's row count before the save */
  guint         n_saves;
} Fixture;

typedef struct
{
  const char *name;
  void      (*prepare)     (Fixture *f);
  gboolean  (*save)        (Fixture *f, GError **error);
  void      (*check_saved) (Fixture *f);
  guint       samples;     /* 0: fail every call in turn; else this many, spread out */
} Scenario;

static guint total_injected;
/* Faults that struck after a save had committed, which it reported done. */
static guint faults_after_commit;
/* What the failed saves said: message -> times. */
static GHashTable *messages;

/* Records ------------------------------------------------------------------ */

static PtRecord *
new_record (Fixture *f,
            GType    type)
{
  g_autofree char *number = g_strdup_printf ("IO-%u", ++f->serial);
  g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + f->serial % 10,
                                           1 + f->serial % 27);
  gpointer record;

  if (type == PT_TYPE_PATIENT)
    record = pt_test_new_patient ("Ivo Fault", number, PT_TEST_BIRTH);
  else if (type == PT_TYPE_CONDITION)
    record = pt_test_new_condition (f->patient, date);
  else if (type == PT_TYPE_SESSION)
    record = pt_test_new_session (f->patient, f->condition, date);
  else if (type == PT_TYPE_PAIN_SCORE)
    record = pt_test_new_pain_score (f->patient, f->condition, date, f->serial % 21 * 0.5);
  else if (type == PT_TYPE_SHOE)
    record = pt_test_new_shoe (f->patient, number, date);
  else if (type == PT_TYPE_RUN)
    record = pt_test_new_run (f->patient, date, 1000 + f->serial);
  else
    record = pt_test_new_cross_training (f->patient, date, 1 + f->serial % 90);

  if (type == PT_TYPE_RUN)
    pt_run_set_shoe_id (record, f->shoe);
  g_object_set (record, "notes", number, NULL);
  return record;
}

static PtRecord *
get_record (PtStore  *store,
            GType     type,
            gint64    id,
            GError  **error)
{
  if (type == PT_TYPE_PATIENT)
    return PT_RECORD (pt_store_get_patient (store, id, error));
  if (type == PT_TYPE_CONDITION)
    return PT_RECORD (pt_store_get_condition (store, id, error));
  if (type == PT_TYPE_SESSION)
    return PT_RECORD (pt_store_get_session (store, id, error));
  if (type == PT_TYPE_PAIN_SCORE)
    return PT_RECORD (pt_store_get_pain_score (store, id, error));
  if (type == PT_TYPE_SHOE)
    return PT_RECORD (pt_store_get_shoe (store, id, error));
  if (type == PT_TYPE_RUN)
    return PT_RECORD (pt_store_get_run (store, id, error));
  return PT_RECORD (pt_store_get_cross_training (store, id, error));
}

static gint64
count (Fixture *f,
       GType    type)
{
  return pt_test_count (f->base.store, type);
}

/* Copies the write-ahead log into the file and empties it, through a
 * connection of its own: a save that follows writes only itself, not a
 * checkpoint that happens to fall due in it. */
static void
checkpoint (Fixture *f)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->base.path, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
}

/* Scenarios ---------------------------------------------------------------- */

static void
prepare_add (Fixture *f)
{
  g_clear_object (&f->pending);
  f->pending = new_record (f, f->type);
  f->before = count (f, f->type);
}

static gboolean
save_add (Fixture  *f,
          GError  **error)
{
  return pt_store_add (f->base.store, f->pending, error) > 0;
}

static void
check_added (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtRecord) stored = NULL;

  g_assert_cmpint (pt_record_get_id (f->pending), >, 0);
  g_assert_cmpint (count (f, f->type), ==, f->before + 1);
  stored = get_record (f->base.store, f->type, pt_record_get_id (f->pending), &error);
  g_assert_no_error (error);
  g_assert_true (pt_record_fields_equal (stored, f->pending));
}

/* A saved record of the type with new notes, to update. */
static void
prepare_update (Fixture *f)
{
  g_autofree char *notes = NULL;
  g_autoptr(GError) error = NULL;

  prepare_add (f);
  g_assert_true (save_add (f, &error));
  g_assert_no_error (error);
  notes = g_strdup_printf ("Updated %u", ++f->serial);
  g_object_set (f->pending, "notes", notes, NULL);
  f->before = count (f, f->type);
}

static gboolean
save_update (Fixture  *f,
             GError  **error)
{
  return pt_store_update (f->base.store, f->pending, error);
}

static void
check_updated (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtRecord) stored = get_record (f->base.store, f->type,
                                           pt_record_get_id (f->pending), &error);

  g_assert_no_error (error);
  g_assert_true (pt_record_fields_equal (stored, f->pending));
  g_assert_cmpint (count (f, f->type), ==, f->before);
}

static void
prepare_delete (Fixture *f)
{
  prepare_update (f);
}

static gboolean
save_delete (Fixture  *f,
             GError  **error)
{
  return pt_store_delete (f->base.store, f->pending, error);
}

static void
check_deleted (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtRecord) stored = get_record (f->base.store, f->type,
                                           pt_record_get_id (f->pending), &error);

  g_assert_null (stored);
  g_assert_error (error, PT_ERROR, PT_ERROR_NOT_FOUND);
  g_assert_cmpint (count (f, f->type), ==, f->before - 1);
}

/* One record of each type for a new patient, in one transaction. */
static const GType *
all_types (void)
{
  static GType types[7];

  types[0] = PT_TYPE_PATIENT;
  types[1] = PT_TYPE_CONDITION;
  types[2] = PT_TYPE_SESSION;
  types[3] = PT_TYPE_PAIN_SCORE;
  types[4] = PT_TYPE_SHOE;
  types[5] = PT_TYPE_RUN;
  types[6] = PT_TYPE_CROSS_TRAINING;
  return types;
}

static gint64 batch_counts[7];

static void
prepare_batch (Fixture *f)
{
  for (guint i = 0; i < 7; i++)
    batch_counts[i] = count (f, all_types ()[i]);
}

static gboolean
add_one_of_each (PtStore   *store,
                 gpointer   user_data,
                 GError   **error)
{
  Fixture *f = user_data;
  g_autoptr(PtRecord) patient = new_record (f, PT_TYPE_PATIENT);
  Fixture own = *f;

  if (pt_store_add (store, patient, error) == 0)
    return FALSE;

  /* The other records belong to the new patient. */
  own.patient = pt_record_get_id (patient);
  for (guint i = 1; i < 7; i++)
    {
      g_autoptr(PtRecord) record = new_record (&own, all_types ()[i]);

      /* Before every date new_record() gives. */
      if (all_types ()[i] == PT_TYPE_CONDITION)
        g_object_set (record, "onset-date", "2025-12-01", NULL);
      if (all_types ()[i] == PT_TYPE_SESSION || all_types ()[i] == PT_TYPE_PAIN_SCORE)
        g_object_set (record, "condition-id", own.condition, NULL);
      if (all_types ()[i] == PT_TYPE_RUN)
        pt_run_set_shoe_id (PT_RUN (record), own.shoe);
      if (pt_store_add (store, record, error) == 0)
        return FALSE;
      if (all_types ()[i] == PT_TYPE_CONDITION)
        own.condition = pt_record_get_id (record);
      else if (all_types ()[i] == PT_TYPE_SHOE)
        own.shoe = pt_record_get_id (record);
    }

  f->serial = own.serial;
  return TRUE;
}

static gboolean
save_batch (Fixture  *f,
            GError  **error)
{
  return pt_store_run_batch (f->base.store, add_one_of_each, f, error);
}

static void
check_batch (Fixture *f)
{
  for (guint i = 0; i < 7; i++)
    g_assert_cmpint (count (f, all_types ()[i]), ==, batch_counts[i] + 1);
}

/* A patient with one record of each type, deleted with them. */
static gint64 doomed;

static void
prepare_delete_patient (Fixture *f)
{
  g_autofree char *number = g_strdup_printf ("IO-%u", ++f->serial);
  PtTestPatientIds ids;

  pt_test_add_patient_with_records (f->base.store, "Dora Doomed", number, &ids);
  doomed = ids.patient;
  prepare_batch (f);
}

static gboolean
save_delete_patient (Fixture  *f,
                     GError  **error)
{
  return pt_store_delete_patient_with_records (f->base.store, doomed, error);
}

static void
check_patient_deleted (Fixture *f)
{
  for (guint i = 0; i < 7; i++)
    g_assert_cmpint (count (f, all_types ()[i]), ==, batch_counts[i] - 1);
}

/* More than SQLite's page cache holds: pages go to the log before the
 * commit, so faults strike in the middle of the transaction. */
#define BIG_BATCH 250

static gint64 patients_before;

static void
prepare_big_batch (Fixture *f)
{
  patients_before = count (f, PT_TYPE_PATIENT);
}

static gboolean
add_many_patients (PtStore   *store,
                   gpointer   user_data,
                   GError   **error)
{
  Fixture *f = user_data;
  guint serial = f->serial;

  for (guint i = 0; i < BIG_BATCH; i++)
    {
      g_autoptr(PtRecord) patient = new_record (f, PT_TYPE_PATIENT);
      g_autofree char *notes = g_strnfill (9000, (char) ('a' + f->serial % 26));

      g_object_set (patient, "notes", notes, NULL);
      if (pt_store_add (store, patient, error) == 0)
        {
          f->serial = serial;
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
save_big_batch (Fixture  *f,
                GError  **error)
{
  return pt_store_run_batch (f->base.store, add_many_patients, f, error);
}

static gboolean
delete_big_batch (PtStore   *store,
                  gpointer   user_data,
                  GError   **error)
{
  g_autoptr(GListModel) patients = pt_store_list_patients (store, TRUE, error);

  if (patients == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (patients); i++)
    {
      g_autoptr(PtPatient) patient = g_list_model_get_item (patients, i);

      const char *notes = pt_patient_get_notes (patient);

      if (notes != NULL && strlen (notes) == 9000)
        if (!pt_store_delete_patient (store, pt_record_get_id (PT_RECORD (patient)), error))
          return FALSE;
    }
  return TRUE;
}

/* All of them are in; then they go, so the file stays small. */
static void
check_big_batch (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (count (f, PT_TYPE_PATIENT), ==, patients_before + BIG_BATCH);
  g_assert_true (pt_store_run_batch (f->base.store, delete_big_batch, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, PT_TYPE_PATIENT), ==, patients_before);
}

static const Scenario big_batch_scenario = {
  "big-batch", prepare_big_batch, save_big_batch, check_big_batch, 12
};

/* The same, as an import that reports a row it cannot save and goes on
 * with the next: after a fault SQLite has rolled the whole transaction
 * back, and the rows after it must not be saved one by one. */
static gboolean
add_many_patients_going_on (PtStore   *store,
                            gpointer   user_data,
                            GError   **error)
{
  Fixture *f = user_data;
  guint serial = f->serial, refused = 0;

  for (guint i = 0; i < BIG_BATCH; i++)
    {
      g_autoptr(PtRecord) patient = new_record (f, PT_TYPE_PATIENT);
      g_autofree char *notes = g_strnfill (9000, (char) ('a' + f->serial % 26));
      g_autoptr(GError) row_error = NULL;

      g_object_set (patient, "notes", notes, NULL);
      if (pt_store_add (store, patient, &row_error) == 0)
        {
          g_assert_true (row_error->domain == PT_ERROR);
          refused++;
        }
    }

  if (refused > 0)
    f->serial = serial;
  return TRUE;
}

static gboolean
save_batch_going_on (Fixture  *f,
                     GError  **error)
{
  return pt_store_run_batch (f->base.store, add_many_patients_going_on, f, error);
}

static const Scenario batch_going_on_scenario = {
  "batch-going-on", prepare_big_batch, save_batch_going_on, check_big_batch, 12
};

static const Scenario record_scenarios[] = {
  { "add", prepare_add, save_add, check_added },
  { "update", prepare_update, save_update, check_updated },
  { "delete", prepare_delete, save_delete, check_deleted },
};

static const Scenario batch_scenario = {
  "batch", prepare_batch, save_batch, check_batch
};

static const Scenario delete_patient_scenario = {
  "delete-patient", prepare_delete_patient, save_delete_patient, check_patient_deleted
};

/* The loop ----------------------------------------------------------------- */

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  pt_test_vfs_clear ();
  pt_test_fixture_set_up (&f->base, data);
  f->patient = pt_test_add_patient (f->base.store, "Faye Disk", "IO-0", PT_TEST_BIRTH);
  f->condition = pt_test_add_condition (f->base.store, f->patient, "2025-12-01");
  f->shoe = pt_test_add_shoe (f->base.store, f->patient, "Clifton", "2025-12-01");
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  pt_test_vfs_clear ();
  g_clear_object (&f->pending);
  pt_test_fixture_tear_down (&f->base, data);
}

static void
assert_consistent (Fixture *f)
{
  pt_test_db_assert_clean (f->base.store);
  pt_test_summary_assert_consistent (f->base.store, f->base.path, TODAY);
}

/* One run of the save with the k-th call of @op failing; returns the
 * number of calls failed (0 when the save made fewer than k). */
static guint
run_with_fault (Fixture        *f,
                const Scenario *scenario,
                PtTestVfsOp     op,
                guint           k,
                gboolean        persistent)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;
  guint failed;

  scenario->prepare (f);
  before = pt_test_db_dump (f->base.path);

  pt_test_vfs_fail (op, k, persistent, 0);
  saved = scenario->save (f, &error);
  failed = pt_test_vfs_n_failed ();
  pt_test_vfs_clear ();
  f->n_saves++;

  if (failed == 0 || saved)
    {
      /* This run made fewer calls than the clean one, so nothing failed;
       * or the fault came after the commit (a checkpoint): then the save
       * is reported done, and it must be, whole. */
      g_assert_no_error (error);
      g_assert_true (saved);
      scenario->check_saved (f);
      pt_test_db_assert_unlocked (f->base.path);
      assert_consistent (f);
      if (failed > 0)
        faults_after_commit++;
      return failed;
    }

  g_assert_nonnull (error);
  /* A storage problem, not the clinician's: no field to point at. */
  g_assert_error (error, PT_ERROR, PT_ERROR_STORAGE);
  g_assert_null (pt_error_get_field (error));
  g_assert_cmpstr (error->message, !=, "");
  g_hash_table_insert (messages, g_strdup (error->message),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (messages,
                                                                                error->message))
                                         + 1));

  after = pt_test_db_dump (f->base.path);
  g_assert_cmpstr (after, ==, before);
  pt_test_db_assert_unlocked (f->base.path);
  assert_consistent (f);

  /* The fault has cleared: the same save works. */
  g_clear_error (&error);
  saved = scenario->save (f, &error);
  g_assert_no_error (error);
  g_assert_true (saved);
  scenario->check_saved (f);
  assert_consistent (f);
  return failed;
}

static void
run_scenario (Fixture        *f,
              const Scenario *scenario)
{
  static const PtTestVfsOp ops[] = { PT_TEST_VFS_WRITE, PT_TEST_VFS_SYNC, PT_TEST_VFS_TRUNCATE };
  guint clean[G_N_ELEMENTS (ops)];
  guint injected = 0;
  g_autoptr(GError) error = NULL;

  /* A clean run, then another, counted: the first may also checkpoint
   * what the fixture wrote, which later runs do not find. */
  scenario->prepare (f);
  scenario->save (f, &error);
  g_assert_no_error (error);
  scenario->check_saved (f);
  scenario->prepare (f);
  checkpoint (f);
  pt_test_vfs_reset_counts ();
  scenario->save (f, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    clean[i] = pt_test_vfs_count (ops[i]);
  scenario->check_saved (f);

  /* Every save writes and syncs its log at least once. */
  g_assert_cmpuint (clean[0], >, 0);
  g_assert_cmpuint (clean[1], >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    {
      guint n = clean[i];
      guint steps = scenario->samples != 0 ? MIN (scenario->samples, n) : n;

      for (guint j = 0; j < steps; j++)
        {
          /* Every call, or the first, the last and some between. */
          guint k = steps == n ? j + 1 : steps == 1 ? 1 : 1 + j * (n - 1) / (steps - 1);

          for (int persistent = 0; persistent <= 1; persistent++)
            injected += run_with_fault (f, scenario, ops[i], k, persistent) > 0;
        }
    }

  g_test_message ("%s %s: %u writes, %u syncs, %u truncates; %u faults injected",
                  f->type != 0 ? g_type_name (f->type) : "records", scenario->name, clean[0], clean[1], clean[2],
                  injected);
  if (scenario->samples == 0)
    g_assert_cmpuint (injected, >=, clean[0] + clean[1]);
  total_injected += injected;
}

static void
test_records (Fixture       *f,
              gconstpointer  data)
{
  const Scenario *scenario = data;

  for (guint i = 0; i < 7; i++)
    {
      f->type = all_types ()[i];
      run_scenario (f, scenario);
    }
}

static void
test_batch (Fixture       *f,
            gconstpointer  data)
{
  run_scenario (f, data);
}

/* Closing: the last connection copies the log into the file and removes
 * it. A fault there must lose nothing: the log stays, and the next open
 * reads it. */
/* Opens the store and adds one record, as before each close. */
static void
open_and_add (Fixture *f,
              GType    type)
{
  g_autoptr(GError) error = NULL;

  f->base.store = pt_store_open (f->base.path, &error);
  g_assert_no_error (error);
  f->type = type;
  prepare_add (f);
  g_assert_true (save_add (f, &error));
  g_assert_no_error (error);
  g_clear_object (&f->pending);
}

static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  static const PtTestVfsOp ops[] = { PT_TEST_VFS_WRITE, PT_TEST_VFS_SYNC, PT_TEST_VFS_TRUNCATE };
  guint clean[G_N_ELEMENTS (ops)];
  guint injected = 0;
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (g_steal_pointer (&f->base.store));
  open_and_add (f, PT_TYPE_RUN);
  pt_test_vfs_reset_counts ();
  g_assert_finalize_object (g_steal_pointer (&f->base.store));
  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    clean[i] = pt_test_vfs_count (ops[i]);
  g_assert_cmpuint (clean[0], >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    for (guint k = 1; k <= clean[i]; k++)
      for (int persistent = 0; persistent <= 1; persistent++)
        {
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          open_and_add (f, PT_TYPE_RUN);
          before = pt_test_db_dump (f->base.path);

          pt_test_vfs_fail (ops[i], k, persistent, 0);
          g_assert_finalize_object (g_steal_pointer (&f->base.store));
          injected += pt_test_vfs_n_failed () > 0;
          pt_test_vfs_clear ();

          /* Everything committed is there, from the file and its log. */
          after = pt_test_db_dump (f->base.path);
          g_assert_cmpstr (after, ==, before);
          f->base.store = pt_store_open (f->base.path, &error);
          g_assert_no_error (error);
          assert_consistent (f);
          g_assert_finalize_object (g_steal_pointer (&f->base.store));
        }

  g_test_message ("closing: %u writes, %u syncs, %u truncates; %u faults injected",
                  clean[0], clean[1], clean[2], injected);
  g_assert_cmpuint (injected, >=, clean[0] + clean[1]);
  total_injected += injected;
  f->base.store = pt_store_open (f->base.path, &error);
  g_assert_no_error (error);
}

/* Disk full ---------------------------------------------------------------- */

static void
assert_disk_full (const GError *error)
{
  g_assert_error (error, PT_ERROR, PT_ERROR_STORAGE);
  pt_test_assert_contains (error->message, "The disk is full; nothing was saved");
}

/* No room to grow: every save fails, whole, and works again once there is. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) file_before = NULL;
  g_autoptr(GBytes) file_after = NULL;

  /* A closed file has no log: the next write must grow one. */
  f->base.store = pt_test_reopen (f->base.store, f->base.path);
  before = pt_test_db_dump (f->base.path);
  file_before = pt_test_read_file (f->base.path);

  pt_test_vfs_disk_full ();
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(PtRecord) record = NULL;
      g_autoptr(GError) error = NULL;

      f->type = all_types ()[i];
      record = new_record (f, f->type);
      g_assert_cmpint (pt_store_add (f->base.store, record, &error), ==, 0);
      assert_disk_full (error);
      g_assert_cmpint (pt_record_get_id (record), ==, 0);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pt_store_run_batch (f->base.store, add_one_of_each, f, &error));
    assert_disk_full (error);
    g_clear_error (&error);
    /* Full in the middle of a transaction, with pages spilled to the log. */
    g_assert_false (save_big_batch (f, &error));
    assert_disk_full (error);
  }
  g_test_message ("disk full: %u writes refused", pt_test_vfs_n_failed ());
  total_injected += pt_test_vfs_n_failed ();
  pt_test_vfs_clear ();

  after = pt_test_db_dump (f->base.path);
  g_assert_cmpstr (after, ==, before);
  file_after = pt_test_read_file (f->base.path);
  g_assert_true (g_bytes_equal (file_before, file_after));
  assert_consistent (f);

  /* Space again. */
  f->type = PT_TYPE_PAIN_SCORE;
  prepare_add (f);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (save_add (f, &error));
    g_assert_no_error (error);
  }
  check_added (f);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);
  pt_test_vfs_install ();
  /* Nothing here loses power: the syncs are counted, not waited for. */
  pt_test_vfs_skip_syncs (TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (record_scenarios); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/io-faults/%s", record_scenarios[i].name);

      g_test_add (path, Fixture, &record_scenarios[i], set_up, test_records, tear_down);
    }
  g_test_add ("/core/io-faults/batch", Fixture, &batch_scenario, set_up, test_batch, tear_down);
  g_test_add ("/core/io-faults/delete-patient", Fixture, &delete_patient_scenario, set_up,
              test_batch, tear_down);
  g_test_add ("/core/io-faults/big-batch", Fixture, &big_batch_scenario, set_up, test_batch,
              tear_down);
  g_test_add ("/core/io-faults/batch-going-on", Fixture, &batch_going_on_scenario, set_up,
              test_batch, tear_down);
  g_test_add ("/core/io-faults/close", Fixture, NULL, set_up, test_close, tear_down);
  g_test_add ("/core/io-faults/disk-full", Fixture, NULL, set_up, test_disk_full, tear_down);

  messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  status = g_test_run ();
  g_printerr ("# I/O faults injected: %u (%u after the commit, the save kept and reported "
              "done)\n", total_injected, faults_after_commit);
  {
    GHashTableIter iter;
    gpointer message, times;

    g_hash_table_iter_init (&iter, messages);
    while (g_hash_table_iter_next (&iter, &message, &times))
      g_printerr ("#   %u times: %s\n", GPOINTER_TO_UINT (times), (const char *) message);
  }
  g_hash_table_unref (messages);
  return status;
}
