/* test-generic.c: validate, add, update, delete and restore any record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forms check a record before the Save button lights up, and undo puts a
 * deleted row back. Both go through the generic PtRecord functions.
 */

#include "config.h"

#include <math.h>

#include "pt-store.h"
#include "pt-test-utils.h"

/* A bad field is reported on that field, and nothing is written. */
static void
test_validate_field (PtTestTwoPatientsFixture *f,
                     gconstpointer             data)
{
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (f->patient, f->condition,
                                                         f->today, 5.0);
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_store_validate (f->store, PT_RECORD (pain), &error));
  g_assert_no_error (error);

  pt_pain_score_set_score (pain, 11.0);
  g_assert_false (pt_store_validate (f->store, PT_RECORD (pain), &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "score", "0", "10", NULL);
  g_assert_cmpint (pt_test_count (f->store, PT_TYPE_PAIN_SCORE), ==, 0);
  g_assert_cmpint (pt_record_get_id (PT_RECORD (pain)), ==, 0);
}

/* Rules that read other records run too, and leave no transaction open. */
static void
test_validate_consistency (PtTestTwoPatientsFixture *f,
                           gconstpointer             data)
{
  g_autoptr(PtSession) session = pt_test_new_session (f->patient, f->other_condition,
                                                      f->today);
  g_autoptr(PtPatient) twin = pt_test_new_patient ("Jane Twin", "PT-1", PT_TEST_BIRTH);
  g_autoptr(GError) error = NULL;

  g_assert_false (pt_store_validate (f->store, PT_RECORD (session), &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "condition_id", NULL);
  g_clear_error (&error);

  g_assert_false (pt_store_validate (f->store, PT_RECORD (twin), &error));
  pt_test_assert_error (error, PT_ERROR_DUPLICATE, "record_number", "PT-1", NULL);
  g_clear_error (&error);

  /* The store still writes afterwards: no transaction was left open. */
  pt_session_set_condition_id (session, f->condition);
  g_assert_cmpint (pt_store_add (f->store, PT_RECORD (session), &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (f->store, PT_TYPE_SESSION), ==, 1);
}

/* Every type: add, update and delete through PtRecord, then restore the
 * deleted row with its id and timestamps. */
static void
test_delete_restore (PtTestFixture *fixture,
                     gconstpointer  data)
{
  PtTestPatientIds ids;
  const struct { GType type; gint64 *id; } rows[] = {
    { PT_TYPE_OUTCOME, &ids.outcome },
    { PT_TYPE_RUN_PLAN, &ids.run_plan },
    { PT_TYPE_RUN, &ids.run },
    { PT_TYPE_CROSS_TRAINING, &ids.cross },
    { PT_TYPE_PAIN_SCORE, &ids.pain },
    { PT_TYPE_SESSION, &ids.session },
    { PT_TYPE_SHOE, &ids.shoe },
    { PT_TYPE_CONDITION, &ids.condition },
  };
  g_autoptr(GPtrArray) deleted = g_ptr_array_new_with_free_func (g_object_unref);

  pt_test_add_patient_with_records (fixture->store, "Jane Doe", "PT-1", &ids);

  /* Children first, so each delete is allowed. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PtRecord) record = NULL;
      g_autoptr(GError) error = NULL;

      if (rows[i].type == PT_TYPE_RUN)
        record = PT_RECORD (pt_store_get_run (fixture->store, *rows[i].id, &error));
      else if (rows[i].type == PT_TYPE_CROSS_TRAINING)
        record = PT_RECORD (pt_store_get_cross_training (fixture->store, *rows[i].id, &error));
      else if (rows[i].type == PT_TYPE_PAIN_SCORE)
        record = PT_RECORD (pt_store_get_pain_score (fixture->store, *rows[i].id, &error));
      else if (rows[i].type == PT_TYPE_SESSION)
        record = PT_RECORD (pt_store_get_session (fixture->store, *rows[i].id, &error));
      else if (rows[i].type == PT_TYPE_SHOE)
        record = PT_RECORD (pt_store_get_shoe (fixture->store, *rows[i].id, &error));
      else if (rows[i].type == PT_TYPE_OUTCOME)
        record = PT_RECORD (pt_store_get_outcome (fixture->store, *rows[i].id, &error));
      else if (rows[i].type == PT_TYPE_RUN_PLAN)
        record = PT_RECORD (pt_store_get_run_plan (fixture->store, *rows[i].id, &error));
      else
        record = PT_RECORD (pt_store_get_condition (fixture->store, *rows[i].id, &error));
      g_assert_no_error (error);

      g_assert_true (pt_store_delete (fixture->store, record, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pt_test_count (fixture->store, rows[i].type), ==, 0);
      g_ptr_array_add (deleted, g_steal_pointer (&record));
    }

  /* Undo in reverse order: parents come back before their children. */
  for (guint i = deleted->len; i-- > 0;)
    {
      PtRecord *record = g_ptr_array_index (deleted, i);
      g_autoptr(PtRecord) before = pt_record_copy (record);
      g_autoptr(GListModel) list = NULL;
      g_autoptr(PtRecord) back = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (pt_store_restore (fixture->store, record, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pt_record_get_id (record), ==, *rows[i].id);
      g_assert_cmpint (pt_test_count (fixture->store, rows[i].type), ==, 1);

      if (rows[i].type == PT_TYPE_CONDITION)
        list = pt_store_list_conditions (fixture->store, ids.patient, &error);
      else if (rows[i].type == PT_TYPE_SHOE)
        list = pt_store_list_shoes (fixture->store, ids.patient, &error);
      else if (rows[i].type == PT_TYPE_SESSION)
        list = pt_store_list_sessions (fixture->store, ids.patient, &error);
      else if (rows[i].type == PT_TYPE_PAIN_SCORE)
        list = pt_store_list_pain_scores (fixture->store, ids.patient, &error);
      else if (rows[i].type == PT_TYPE_CROSS_TRAINING)
        list = pt_store_list_cross_training (fixture->store, ids.patient, &error);
      else if (rows[i].type == PT_TYPE_OUTCOME)
        list = pt_store_list_outcomes (fixture->store, ids.patient, &error);
      else if (rows[i].type == PT_TYPE_RUN_PLAN)
        list = pt_store_list_run_plans (fixture->store, ids.patient, &error);
      else
        list = pt_store_list_runs (fixture->store, ids.patient, &error);
      g_assert_no_error (error);
      back = g_list_model_get_item (list, 0);

      g_assert_cmpint (pt_record_get_id (back), ==, *rows[i].id);
      g_assert_true (pt_record_fields_equal (back, before));
      g_assert_cmpstr (pt_record_get_created_at (back), ==, pt_record_get_created_at (before));
      g_assert_cmpstr (pt_record_get_updated_at (back), ==, pt_record_get_updated_at (before));
    }
}

/* A restore is checked like an add: a patient's record number taken in the
 * meantime keeps the old patient out. SQLite hands the deleted (highest) id
 * to the next new row, so the restore must not trust the old id either. */
static void
test_restore_checked (PtTestFixture *fixture,
                      gconstpointer  data)
{
  gint64 id = pt_test_add_patient (fixture->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  g_autoptr(PtPatient) patient = pt_store_get_patient (fixture->store, id, NULL);
  g_autoptr(PtPatient) john = NULL;
  g_autoptr(GError) error = NULL;
  gint64 john_id;

  g_assert_true (pt_store_delete (fixture->store, PT_RECORD (patient), &error));
  g_assert_no_error (error);
  john_id = pt_test_add_patient (fixture->store, "John Roe", "PT-1", PT_TEST_BIRTH);

  g_assert_false (pt_store_restore (fixture->store, PT_RECORD (patient), &error));
  pt_test_assert_error (error, PT_ERROR_DUPLICATE, "record_number", NULL);
  g_clear_error (&error);
  g_assert_cmpint (pt_record_get_id (PT_RECORD (patient)), ==, id);
  g_assert_cmpint (pt_store_count_patients (fixture->store, TRUE, NULL), ==, 1);

  /* With a free record number Jane comes back, under a new id if John took
   * hers, and John is untouched. */
  pt_patient_set_record_number (patient, "PT-9");
  g_assert_true (pt_store_restore (fixture->store, PT_RECORD (patient), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_store_count_patients (fixture->store, TRUE, NULL), ==, 2);
  g_assert_cmpint (pt_record_get_id (PT_RECORD (patient)), !=, john_id);
  john = pt_store_get_patient (fixture->store, john_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_patient_get_name (john), ==, "John Roe");
}

/* Saving a record that did not change writes nothing: updated_at stays. */
static void
test_update_unchanged (PtTestFixture *fixture,
                       gconstpointer  data)
{
  gint64 id = pt_test_add_patient (fixture->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  g_autoptr(PtPatient) patient = pt_store_get_patient (fixture->store, id, NULL);
  g_autofree char *updated = g_strdup (pt_record_get_updated_at (PT_RECORD (patient)));
  g_autoptr(PtPatient) again = NULL;
  g_autoptr(GError) error = NULL;

  g_usleep (2000);
  g_assert_true (pt_store_update (fixture->store, PT_RECORD (patient), &error));
  g_assert_no_error (error);
  again = pt_store_get_patient (fixture->store, id, NULL);
  g_assert_cmpstr (pt_record_get_updated_at (PT_RECORD (again)), ==, updated);
}

/* Forms set values by property name: NAN (unset) must pass, as a number does. */
static void
test_unset_real_property (void)
{
  g_autoptr(PtPainScore) score = pt_pain_score_new ();

  g_object_set (score, "score", 6.5, NULL);
  g_assert_cmpfloat (pt_pain_score_get_score (score), ==, 6.5);
  g_object_set (score, "score", NAN, NULL);
  g_assert_false (pt_has_value (pt_pain_score_get_score (score)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  PT_TEST_ADD_WITH_TWO_PATIENTS ("/core/generic/validate/field", test_validate_field);
  PT_TEST_ADD_WITH_TWO_PATIENTS ("/core/generic/validate/consistency", test_validate_consistency);
  PT_TEST_ADD_WITH_STORE ("/core/generic/delete-restore", test_delete_restore);
  PT_TEST_ADD_WITH_STORE ("/core/generic/restore-checked", test_restore_checked);
  PT_TEST_ADD_WITH_STORE ("/core/generic/update-unchanged", test_update_unchanged);
  g_test_add_func ("/core/generic/unset-real-property", test_unset_real_property);

  return g_test_run ();
}
