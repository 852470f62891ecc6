/* test-consistency.c: records must agree with each other: no date before
 * the patient was born, no reference to another patient's records, no
 * record number twice; a refused update keeps what was stored
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The refusals are checked by expect_refused () of pt-test-utils.h; on an
 * update it also compares the stored record with what it was before.
 *
 * The rules for one field at a time are in test-validation.c.
 */

#include "config.h"

#include "pt-store.h"
#include "pt-test-utils.h"

#define BIRTH PT_TEST_BIRTH

/* The checks of pt-test-utils.h, on the fixture's store. */
typedef PtTestTwoPatientsFixture Fixture;
#define expect_refused(f, ...)        pt_test_expect_refused ((f)->store, __VA_ARGS__)
#define expect_invalid(f, ...)        pt_test_expect_invalid ((f)->store, __VA_ARGS__)
#define expect_invalid_update(f, ...) pt_test_expect_invalid_update ((f)->store, __VA_ARGS__)
#define expect_saved(f, record)       pt_test_expect_saved ((f)->store, (record))

/* Dates --------------------------------------------------------------------- */

static void
test_date_before_birth (Fixture       *f,
                        gconstpointer  data)
{
  const char *before = "1970-01-01";
  const char *because = "is before the patient’s date of birth (" BIRTH ")";
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (f->patient, 0, before, 5);
  g_autoptr(PtRun) run = pt_test_new_run (f->patient, before, 5000);
  g_autoptr(PtSession) session = pt_test_new_session (f->patient, f->condition, before);
  g_autoptr(PtCondition) condition = pt_test_new_condition (f->patient, before);
  g_autoptr(PtCrossTraining) cross = pt_test_new_cross_training (f->patient, before, 30);
  g_autoptr(PtShoe) shoe = pt_test_new_shoe (f->patient, "Old shoe", before);
  g_autoptr(PtPainScore) birthday = pt_test_new_pain_score (f->patient, 0, BIRTH, 5);

  expect_invalid (f, pain, "date", "Date 1970-01-01", because);
  expect_invalid (f, run, "date", "Date 1970-01-01", because);
  expect_invalid (f, session, "date", "Date 1970-01-01", because);
  expect_invalid (f, condition, "onset_date", "Onset date 1970-01-01", because);
  expect_invalid (f, cross, "date", "Date 1970-01-01", because);
  expect_invalid (f, shoe, "started", "Date started 1970-01-01", because);

  /* The day of birth itself is allowed. */
  expect_saved (f, birthday);
}

static void
test_date_birth_after_records (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) jane = pt_store_get_patient (f->store, f->patient, &error);
  g_autoptr(PtPatient) stored = NULL;

  g_assert_no_error (error);
  pt_test_add_pain_score (f->store, f->patient, 0, "2025-01-10", 6);

  /* Jane has a shoe from 2024-01-01 and a pain score from 2025-01-10. */
  pt_patient_set_date_of_birth (jane, "2025-02-01");
  expect_invalid_update (f, jane, "date_of_birth", "Date of birth 2025-02-01 is after",
                         "record of");

  pt_patient_set_date_of_birth (jane, "2024-06-01");
  expect_invalid_update (f, jane, "date_of_birth", "Date of birth 2024-06-01 is after",
                         "record of 2024-01-01");

  stored = pt_store_get_patient (f->store, f->patient, &error);
  g_assert_cmpstr (pt_patient_get_date_of_birth (stored), ==, BIRTH);

  /* Moving it earlier (a typo fixed) is fine. */
  pt_patient_set_date_of_birth (jane, "1983-06-04");
  g_assert_true (pt_store_update_patient (f->store, jane, &error));
  g_assert_no_error (error);
}

/* References ----------------------------------------------------------------- */

static void
test_owner_session_condition (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(PtSession) session = pt_test_new_session (f->patient, f->other_condition, "2025-03-01");
  g_autoptr(PtSession) missing = pt_test_new_session (f->patient, 999, "2025-03-01");
  g_autofree char *words = g_strdup_printf ("Condition %" G_GINT64_FORMAT " belongs to another "
                                            "patient, not to patient %" G_GINT64_FORMAT,
                                            f->other_condition, f->patient);

  expect_invalid (f, session, "condition_id", words);
  expect_invalid (f, missing, "condition_id", "Condition 999 does not exist");
}

static void
test_owner_pain_condition (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (f->patient, f->other_condition,
                                                        "2025-03-01", 5);
  g_autoptr(PtPainScore) mine = pt_test_new_pain_score (f->patient, f->condition,
                                                        "2025-03-01", 5);
  g_autofree char *words = g_strdup_printf ("Condition %" G_GINT64_FORMAT " belongs to another "
                                            "patient, not to patient %" G_GINT64_FORMAT,
                                            f->other_condition, f->patient);

  expect_invalid (f, pain, "condition_id", words);
  expect_saved (f, mine);
}

static void
test_owner_run_shoe (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PtRun) run = pt_test_new_run (f->patient, "2025-03-01", 5000);
  g_autoptr(PtRun) missing = pt_test_new_run (f->patient, "2025-03-01", 5000);
  g_autofree char *words = g_strdup_printf ("Shoe %" G_GINT64_FORMAT " belongs to another "
                                            "patient, not to patient %" G_GINT64_FORMAT,
                                            f->other_shoe, f->patient);

  pt_run_set_shoe_id (run, f->other_shoe);
  expect_invalid (f, run, "shoe_id", words);
  pt_run_set_shoe_id (missing, 999);
  expect_invalid (f, missing, "shoe_id", "Shoe 999 does not exist");
}

static void
test_owner_patient_missing (Fixture       *f,
                            gconstpointer  data)
{
  const char *words = "Patient 999 does not exist";
  g_autoptr(PtCondition) condition = pt_test_new_condition (999, "2025-03-01");
  g_autoptr(PtSession) session = pt_test_new_session (999, f->condition, "2025-03-01");
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (999, 0, "2025-03-01", 5);
  g_autoptr(PtShoe) shoe = pt_test_new_shoe (999, "Pegasus", "2025-03-01");
  g_autoptr(PtRun) run = pt_test_new_run (999, "2025-03-01", 5000);
  g_autoptr(PtCrossTraining) cross = pt_test_new_cross_training (999, "2025-03-01", 30);
  g_autoptr(PtRun) negative = pt_test_new_run (-4, "2025-03-01", 5000);

  expect_invalid (f, condition, "patient_id", words);
  expect_invalid (f, session, "patient_id", words);
  expect_invalid (f, pain, "patient_id", words);
  expect_invalid (f, shoe, "patient_id", words);
  expect_invalid (f, run, "patient_id", words);
  expect_invalid (f, cross, "patient_id", words);
  expect_invalid (f, negative, "patient_id", "Patient -4 does not exist");
}

static void
test_duplicate_record_number (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(PtPatient) twin = pt_test_new_patient ("Ann Runner", "PT-1", BIRTH);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) john = pt_store_get_patient (f->store, f->other, &error);

  g_assert_no_error (error);
  expect_refused (f, twin, FALSE, PT_ERROR_DUPLICATE, "record_number",
                  "Record number “PT-1” is already used by Jane Doe", NULL);

  /* Renumbering John to Jane's number is refused too. */
  pt_patient_set_record_number (john, "PT-1");
  expect_refused (f, john, TRUE, PT_ERROR_DUPLICATE, "record_number",
                  "Record number “PT-1” is already used by Jane Doe", NULL);
}

/* Updates keep the stored version when refused ---------------------------------- */

static void
test_update_refused_keeps_stored (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 pain_id = pt_test_add_pain_score (f->store, f->patient, f->condition, "2025-03-01", 7);
  gint64 run_id = pt_test_add_run (f->store, f->patient, "2025-03-02", 5000, f->shoe);
  g_autoptr(PtPainScore) pain = pt_store_get_pain_score (f->store, pain_id, &error);
  g_autoptr(PtRun) run = pt_store_get_run (f->store, run_id, &error);
  g_autoptr(PtPatient) jane = pt_store_get_patient (f->store, f->patient, &error);
  g_autoptr(PtCondition) condition = pt_store_get_condition (f->store, f->condition, &error);
  g_autoptr(PtPainScore) stored_pain = NULL;
  g_autoptr(PtRun) stored_run = NULL;

  g_assert_no_error (error);

  /* expect_invalid_update re-reads each record and compares it field by field. */
  pt_pain_score_set_score (pain, 11);
  pt_pain_score_set_notes (pain, "typed 11 by mistake");
  expect_invalid_update (f, pain, "score", "Pain must be between 0 and 10", "(got 11)");

  pt_run_set_distance_m (run, 0);
  expect_invalid_update (f, run, "distance_m", "Distance must be more than 0", "(got 0 km)");
  pt_run_set_distance_m (run, 6000);
  pt_run_set_shoe_id (run, f->other_shoe);
  expect_invalid_update (f, run, "shoe_id", "belongs to another patient");

  pt_patient_set_name (jane, "");
  expect_invalid_update (f, jane, "name", "Name is required");

  pt_condition_set_side (condition, (PtSide) 7);
  pt_condition_set_notes (condition, "changed");
  expect_invalid_update (f, condition, "side", "Side has an unknown value (7)");

  stored_pain = pt_store_get_pain_score (f->store, pain_id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (pt_pain_score_get_score (stored_pain), ==, 7);
  g_assert_null (pt_pain_score_get_notes (stored_pain));

  stored_run = pt_store_get_run (f->store, run_id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (pt_run_get_distance_m (stored_run), ==, 5000);
  g_assert_cmpint (pt_run_get_shoe_id (stored_run), ==, f->shoe);

  /* A corrected value then saves. */
  pt_pain_score_set_score (pain, 6.5);
  g_assert_true (pt_store_update_pain_score (f->store, pain, &error));
  g_assert_no_error (error);
}

static void
test_owner_move_with_records (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtCondition) condition = NULL;
  g_autoptr(PtShoe) shoe = NULL;
  g_autoptr(PtRun) run = pt_test_new_run (f->patient, "2025-03-01", 5000);

  pt_test_add_session (f->store, f->patient, f->condition, "2025-03-01");
  pt_run_set_shoe_id (run, f->shoe);
  g_assert_cmpint (pt_store_add_run (f->store, run, &error), >, 0);
  g_assert_no_error (error);

  /* A condition with Jane's sessions cannot become John's... */
  condition = pt_store_get_condition (f->store, f->condition, &error);
  g_assert_no_error (error);
  pt_condition_set_patient_id (condition, f->other);
  g_assert_false (pt_store_update_condition (f->store, condition, &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "patient_id",
                        "1 record of the current patient refers to this", NULL);
  g_clear_error (&error);

  /* ...nor a shoe with Jane's runs. */
  shoe = pt_store_get_shoe (f->store, f->shoe, &error);
  g_assert_no_error (error);
  pt_shoe_set_patient_id (shoe, f->other);
  g_assert_false (pt_store_update_shoe (f->store, shoe, &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "patient_id",
                        "cannot move to another patient", NULL);
  g_clear_error (&error);

  g_clear_object (&shoe);
  shoe = pt_store_get_shoe (f->store, f->shoe, &error);
  g_assert_cmpint (pt_shoe_get_patient_id (shoe), ==, f->patient);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) PT_TEST_ADD_WITH_TWO_PATIENTS ("/core/validation/" path, func)

  ADD ("date/before-birth", test_date_before_birth);
  ADD ("date/birth-after-records", test_date_birth_after_records);
  ADD ("owner/session-condition", test_owner_session_condition);
  ADD ("owner/pain-condition", test_owner_pain_condition);
  ADD ("owner/run-shoe", test_owner_run_shoe);
  ADD ("owner/patient-missing", test_owner_patient_missing);
  ADD ("owner/move-with-records", test_owner_move_with_records);
  ADD ("duplicate/record-number", test_duplicate_record_number);
  ADD ("update/refused-keeps-stored", test_update_refused_keeps_stored);

#undef ADD

  return g_test_run ();
}
