/* test-records.c: the store API keeps records as the clinic edits them:
 * updates, deleting and archiving, lists in date order, finding a patient,
 * all-or-nothing batches and shoe distances
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening the file, reopening and the schema's own checks are in test-store.c.
 */

#include "config.h"

#include <string.h>

#include "pt-store.h"
#include "pt-test-utils.h"

#define BIRTH PT_TEST_BIRTH

/* Helpers ------------------------------------------------------------------ */

static gboolean
list_has_patient (GListModel *list,
                  gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtRecord) record = g_list_model_get_item (list, i);

      if (pt_record_get_id (record) == id)
        return TRUE;
    }

  return FALSE;
}

static PtPatientOverview *
find_overview (GListModel *list,
               gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtPatientOverview) row = g_list_model_get_item (list, i);

      if (pt_patient_overview_get_id (row) == id)
        return g_steal_pointer (&row);
    }

  return NULL;
}

/* Updates -------------------------------------------------------------------- */

static gboolean
is_utc_timestamp_ms (const char *text)
{
  return text != NULL && strlen (text) == 24 && text[10] == 'T' && text[19] == '.' &&
         text[23] == 'Z';
}

static void
test_update_timestamps (PtTestFixture *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Jane Doe", "PT-1", BIRTH);
  g_autoptr(PtPatient) loaded = NULL;
  g_autoptr(PtPatient) again = NULL;
  g_autofree char *created = NULL;
  g_autofree char *first_update = NULL;
  g_autofree char *second_update = NULL;
  gint64 id;

  id = pt_store_add_patient (fixture->store, patient, &error);
  g_assert_no_error (error);
  g_assert_true (is_utc_timestamp_ms (pt_record_get_created_at (PT_RECORD (patient))));
  g_assert_cmpstr (pt_record_get_updated_at (PT_RECORD (patient)), ==,
                   pt_record_get_created_at (PT_RECORD (patient)));
  created = g_strdup (pt_record_get_created_at (PT_RECORD (patient)));

  /* A change is written and moves updated_at forward. */
  g_usleep (5000);
  pt_patient_set_notes (patient, "Prefers evening appointments");
  g_assert_true (pt_store_update_patient (fixture->store, patient, &error));
  g_assert_no_error (error);
  first_update = g_strdup (pt_record_get_updated_at (PT_RECORD (patient)));
  g_assert_true (is_utc_timestamp_ms (first_update));
  g_assert_cmpstr (first_update, >, created);
  g_assert_cmpstr (pt_record_get_created_at (PT_RECORD (patient)), ==, created);

  loaded = pt_store_get_patient (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_patient_get_notes (loaded), ==, "Prefers evening appointments");
  g_assert_cmpstr (pt_record_get_updated_at (PT_RECORD (loaded)), ==, first_update);
  g_assert_cmpstr (pt_record_get_created_at (PT_RECORD (loaded)), ==, created);

  /* Saving without a change writes nothing, not even the timestamp. */
  g_usleep (5000);
  g_assert_true (pt_store_update_patient (fixture->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pt_record_get_updated_at (PT_RECORD (loaded)), ==, first_update);

  again = pt_store_get_patient (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_record_get_updated_at (PT_RECORD (again)), ==, first_update);

  /* And a second change moves it again. */
  g_usleep (5000);
  pt_patient_set_notes (again, NULL);
  g_assert_true (pt_store_update_patient (fixture->store, again, &error));
  g_assert_no_error (error);
  second_update = g_strdup (pt_record_get_updated_at (PT_RECORD (again)));
  g_assert_cmpstr (second_update, >, first_update);
}

static void
test_update_unsaved (PtTestFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Jane Doe", "PT-1", BIRTH);

  /* Updating a record that was never added does not create it. */
  g_assert_false (pt_store_update_patient (fixture->store, patient, &error));
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, NULL);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PATIENT), ==, 0);
}

/* Deleting and archiving ----------------------------------------------------- */

static const GType *
record_types (void)
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

static void
assert_counts (PtStore *store,
               gint64   expected)
{
  const GType *types = record_types ();

  for (guint i = 0; i < 7; i++)
    {
      g_test_message ("counting %s", g_type_name (types[i]));
      g_assert_cmpint (pt_test_count (store, types[i]), ==, expected);
    }
}

static void
test_delete_patient_refused (PtTestFixture *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) still_there = NULL;
  PtTestPatientIds a;

  pt_test_add_patient_with_records (fixture->store, "Ann Runner", "PT-A", &a);

  g_assert_false (pt_store_delete_patient (fixture->store, a.patient, &error));
  pt_test_assert_error (error, PT_ERROR_HAS_RECORDS, NULL, "8 records", "archive", NULL);
  g_clear_error (&error);

  assert_counts (fixture->store, 1);
  still_there = pt_store_get_patient (fixture->store, a.patient, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_patient_get_name (still_there), ==, "Ann Runner");
}

static void
test_delete_patient_without_records (PtTestFixture *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) gone = NULL;
  gint64 id = pt_test_add_patient (fixture->store, "New Patient", "PT-N", BIRTH);

  g_assert_true (pt_store_delete_patient (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PATIENT), ==, 0);

  gone = pt_store_get_patient (fixture->store, id, &error);
  g_assert_null (gone);
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, NULL);
  g_clear_error (&error);

  /* Deleting again says so, instead of pretending. */
  g_assert_false (pt_store_delete_patient (fixture->store, id, &error));
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, NULL);
}

static void
test_archive (PtTestFixture *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) everyone = NULL;
  g_autoptr(GListModel) overviews = NULL;
  g_autoptr(GListModel) active_overviews = NULL;
  g_autoptr(PtPatientOverview) row = NULL;
  g_autoptr(PtPatient) archived = NULL;
  PtTestPatientIds a, b;

  pt_test_add_patient_with_records (fixture->store, "Ann Runner", "PT-A", &a);
  pt_test_add_patient_with_records (fixture->store, "Bob Jogger", "PT-B", &b);
  g_assert_cmpint (pt_store_count_patients (fixture->store, FALSE, &error), ==, 2);

  g_assert_true (pt_store_set_patient_archived (fixture->store, a.patient, TRUE, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pt_store_count_patients (fixture->store, FALSE, &error), ==, 1);
  g_assert_cmpint (pt_store_count_patients (fixture->store, TRUE, &error), ==, 2);
  g_assert_no_error (error);

  active = pt_store_list_patients (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 1);
  g_assert_false (list_has_patient (active, a.patient));
  g_assert_true (list_has_patient (active, b.patient));

  everyone = pt_store_list_patients (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (list_has_patient (everyone, a.patient));

  overviews = pt_store_list_patient_overviews (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (overviews), ==, 2);
  row = find_overview (overviews, a.patient);
  g_assert_nonnull (row);
  g_assert_true (pt_patient_overview_get_archived (row));
  g_assert_cmpstr (pt_patient_overview_get_name (row), ==, "Ann Runner");

  active_overviews = pt_store_list_patient_overviews (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (active_overviews), ==, 1);
  g_clear_object (&row);
  row = find_overview (active_overviews, a.patient);
  g_assert_null (row);

  /* Archiving keeps every record. */
  assert_counts (fixture->store, 2);
  archived = pt_store_get_patient (fixture->store, a.patient, &error);
  g_assert_no_error (error);
  g_assert_true (pt_patient_get_archived (archived));

  /* And it can be undone. */
  g_assert_true (pt_store_set_patient_archived (fixture->store, a.patient, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_store_count_patients (fixture->store, FALSE, &error), ==, 2);
}

static void
assert_same_ids (GListModel *before,
                 GListModel *after)
{
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  for (guint i = 0; i < g_list_model_get_n_items (before); i++)
    {
      g_autoptr(PtRecord) x = g_list_model_get_item (before, i);
      g_autoptr(PtRecord) y = g_list_model_get_item (after, i);

      g_assert_cmpint (pt_record_get_id (x), ==, pt_record_get_id (y));
      g_assert_true (pt_record_fields_equal (x, y));
    }
}

static void
test_delete_patient_with_records (PtTestFixture *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) b_runs = NULL;
  g_autoptr(GListModel) b_runs_after = NULL;
  g_autoptr(GListModel) b_pain = NULL;
  g_autoptr(GListModel) b_pain_after = NULL;
  g_autoptr(GListModel) b_sessions = NULL;
  g_autoptr(GListModel) b_sessions_after = NULL;
  g_autoptr(PtPatient) gone = NULL;
  g_autoptr(PtPatient) b_patient = NULL;
  g_auto(GStrv) problems = NULL;
  PtTestPatientIds a, b;

  pt_test_add_patient_with_records (fixture->store, "Ann Runner", "PT-A", &a);
  pt_test_add_patient_with_records (fixture->store, "Bob Jogger", "PT-B", &b);
  pt_test_add_run (fixture->store, a.patient, "2025-10-21", 6000, 0);
  pt_test_add_pain_score (fixture->store, a.patient, 0, "2025-10-21", 5);

  b_runs = pt_store_list_runs (fixture->store, b.patient, NULL);
  b_pain = pt_store_list_pain_scores (fixture->store, b.patient, NULL);
  b_sessions = pt_store_list_sessions (fixture->store, b.patient, NULL);

  g_assert_true (pt_store_delete_patient_with_records (fixture->store, a.patient, &error));
  g_assert_no_error (error);

  /* Every record of Ann is gone; Bob's one of each is left. */
  assert_counts (fixture->store, 1);
  gone = pt_store_get_patient (fixture->store, a.patient, &error);
  g_assert_null (gone);
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, NULL);
  g_clear_error (&error);

  b_patient = pt_store_get_patient (fixture->store, b.patient, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_patient_get_name (b_patient), ==, "Bob Jogger");
  b_runs_after = pt_store_list_runs (fixture->store, b.patient, NULL);
  b_pain_after = pt_store_list_pain_scores (fixture->store, b.patient, NULL);
  b_sessions_after = pt_store_list_sessions (fixture->store, b.patient, NULL);
  assert_same_ids (b_runs, b_runs_after);
  assert_same_ids (b_pain, b_pain_after);
  assert_same_ids (b_sessions, b_sessions_after);
  g_assert_cmpfloat (pt_store_get_shoe_distance (fixture->store, b.shoe, NULL), ==, 5000);

  /* No dangling references were left behind. */
  g_assert_true (pt_store_check (fixture->store, FALSE, &problems, &error));
  g_assert_no_error (error);
}

static void
test_delete_condition_with_sessions (PtTestFixture *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtCondition) kept = NULL;
  PtTestPatientIds a;

  pt_test_add_patient_with_records (fixture->store, "Ann Runner", "PT-A", &a);

  g_assert_false (pt_store_delete_condition (fixture->store, a.condition, &error));
  pt_test_assert_error (error, PT_ERROR_HAS_RECORDS, NULL, "resolved", NULL);
  g_clear_error (&error);
  assert_counts (fixture->store, 1);
  kept = pt_store_get_condition (fixture->store, a.condition, &error);
  g_assert_no_error (error);

  /* With the sessions, pain scores, measures and plan gone, the condition
   * can go. */
  g_assert_true (pt_store_delete_outcome (fixture->store, a.outcome, &error));
  g_assert_no_error (error);
  g_assert_true (pt_store_delete_run_plan (fixture->store, a.run_plan, &error));
  g_assert_no_error (error);
  g_assert_true (pt_store_delete_session (fixture->store, a.session, &error));
  g_assert_no_error (error);
  g_assert_false (pt_store_delete_condition (fixture->store, a.condition, &error));
  pt_test_assert_error (error, PT_ERROR_HAS_RECORDS, NULL, NULL);
  g_clear_error (&error);
  g_assert_true (pt_store_delete_pain_score (fixture->store, a.pain, &error));
  g_assert_no_error (error);
  g_assert_true (pt_store_delete_condition (fixture->store, a.condition, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_CONDITION), ==, 0);
}

static void
test_delete_shoe_with_runs (PtTestFixture *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PtTestPatientIds a;

  pt_test_add_patient_with_records (fixture->store, "Ann Runner", "PT-A", &a);

  g_assert_false (pt_store_delete_shoe (fixture->store, a.shoe, &error));
  pt_test_assert_error (error, PT_ERROR_HAS_RECORDS, NULL, "1 run", "retire", NULL);
  g_clear_error (&error);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_SHOE), ==, 1);
  g_assert_cmpfloat (pt_store_get_shoe_distance (fixture->store, a.shoe, NULL), ==, 5000);

  g_assert_true (pt_store_delete_run (fixture->store, a.run, &error));
  g_assert_no_error (error);
  g_assert_true (pt_store_delete_shoe (fixture->store, a.shoe, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_SHOE), ==, 0);

  g_assert_false (pt_store_delete_shoe (fixture->store, a.shoe, &error));
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, NULL);
}

/* Reading -------------------------------------------------------------------- */

typedef const char *(*DateGetter) (gpointer record);

static void
assert_dates_in_order (GListModel  *list,
                       DateGetter   get_date,
                       const char  *expected[],
                       guint        n_expected)
{
  g_assert_nonnull (list);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_assert_cmpstr (get_date (item), ==, expected[i]);
    }
}

static void
test_list_date_order (PtTestFixture *fixture,
                      gconstpointer  data)
{
  static const char *inserted[] = { "2025-10-15", "2025-09-02", "2025-12-01", "2025-09-30" };
  static const char *sorted[] = { "2025-09-02", "2025-09-30", "2025-10-15", "2025-12-01" };
  g_autoptr(GListModel) conditions = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GListModel) pain = NULL;
  g_autoptr(GListModel) shoes = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GListModel) cross = NULL;
  g_autoptr(GError) error = NULL;
  gint64 patient, other, condition;

  patient = pt_test_add_patient (fixture->store, "Ann Runner", "PT-A", BIRTH);
  other = pt_test_add_patient (fixture->store, "Bob Jogger", "PT-B", BIRTH);
  condition = pt_test_add_condition (fixture->store, patient, "2025-01-01");

  for (guint i = 0; i < G_N_ELEMENTS (inserted); i++)
    {
      pt_test_add_condition (fixture->store, patient, inserted[i]);
      pt_test_add_session (fixture->store, patient, condition, inserted[i]);
      pt_test_add_pain_score (fixture->store, patient, condition, inserted[i], 5);
      pt_test_add_shoe (fixture->store, patient, "Shoe", inserted[i]);
      pt_test_add_run (fixture->store, patient, inserted[i], 1000 * (i + 1), 0);
      pt_test_add_cross_training (fixture->store, patient, inserted[i], 20);
      /* Another patient's records never show up in this one's lists. */
      pt_test_add_run (fixture->store, other, inserted[i], 500, 0);
    }

  conditions = pt_store_list_conditions (fixture->store, patient, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (conditions), ==, 5);
  {
    g_autoptr(PtCondition) first = g_list_model_get_item (conditions, 0);
    g_autoptr(PtCondition) last = g_list_model_get_item (conditions, 4);
    g_assert_cmpstr (pt_condition_get_onset_date (first), ==, "2025-01-01");
    g_assert_cmpstr (pt_condition_get_onset_date (last), ==, "2025-12-01");
  }

  sessions = pt_store_list_sessions (fixture->store, patient, &error);
  g_assert_no_error (error);
  assert_dates_in_order (sessions, (DateGetter) pt_session_get_date, sorted, 4);

  pain = pt_store_list_pain_scores (fixture->store, patient, &error);
  g_assert_no_error (error);
  assert_dates_in_order (pain, (DateGetter) pt_pain_score_get_date, sorted, 4);

  shoes = pt_store_list_shoes (fixture->store, patient, &error);
  g_assert_no_error (error);
  assert_dates_in_order (shoes, (DateGetter) pt_shoe_get_started, sorted, 4);

  runs = pt_store_list_runs (fixture->store, patient, &error);
  g_assert_no_error (error);
  assert_dates_in_order (runs, (DateGetter) pt_run_get_date, sorted, 4);

  cross = pt_store_list_cross_training (fixture->store, patient, &error);
  g_assert_no_error (error);
  assert_dates_in_order (cross, (DateGetter) pt_cross_training_get_date, sorted, 4);
}

static void
test_list_same_day_by_entry (PtTestFixture *fixture,
                             gconstpointer  data)
{
  g_autoptr(GListModel) pain = NULL;
  gint64 patient, first, second, third;

  patient = pt_test_add_patient (fixture->store, "Ann Runner", "PT-A", BIRTH);
  first = pt_test_add_pain_score (fixture->store, patient, 0, "2025-10-02", 7);
  second = pt_test_add_pain_score (fixture->store, patient, 0, "2025-10-01", 8);
  third = pt_test_add_pain_score (fixture->store, patient, 0, "2025-10-02", 6);

  /* Same day: in the order they were entered. */
  pain = pt_store_list_pain_scores (fixture->store, patient, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pain), ==, 3);
  {
    g_autoptr(PtRecord) a = g_list_model_get_item (pain, 0);
    g_autoptr(PtRecord) b = g_list_model_get_item (pain, 1);
    g_autoptr(PtRecord) c = g_list_model_get_item (pain, 2);
    g_assert_cmpint (pt_record_get_id (a), ==, second);
    g_assert_cmpint (pt_record_get_id (b), ==, first);
    g_assert_cmpint (pt_record_get_id (c), ==, third);
  }
}

static void
test_find_patient (PtTestFixture *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) by_id = NULL;
  g_autoptr(PtPatient) by_number = NULL;
  g_autoptr(PtPatient) number_wins = NULL;
  g_autofree char *id_text = NULL;
  PtPatient *missing;
  gint64 jane, john;

  jane = pt_test_add_patient (fixture->store, "Jane Doe", "PT-0012", BIRTH);
  john = pt_test_add_patient (fixture->store, "John Roe", "1", "1990-01-01");

  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, john);
  by_id = pt_store_find_patient (fixture->store, id_text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (by_id);
  g_assert_cmpint (pt_record_get_id (PT_RECORD (by_id)), ==, john);
  g_assert_cmpstr (pt_patient_get_name (by_id), ==, "John Roe");

  by_number = pt_store_find_patient (fixture->store, "PT-0012", &error);
  g_assert_no_error (error);
  g_assert_nonnull (by_number);
  g_assert_cmpint (pt_record_get_id (PT_RECORD (by_number)), ==, jane);

  /* John's record number is "1", which is also Jane's id: neither is
   * chosen, and the message names both; the record number alone finds John. */
  g_assert_cmpint (jane, ==, 1);
  missing = pt_store_find_patient (fixture->store, "1", &error);
  g_assert_null (missing);
  pt_test_assert_error (error, PT_ERROR_INVALID, "patient", "Jane Doe", "John Roe", NULL);
  g_clear_error (&error);
  number_wins = pt_store_find_patient_by_record_number (fixture->store, "1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_record_get_id (PT_RECORD (number_wins)), ==, john);

  /* Record numbers match exactly: no case folding, no trimming. */
  missing = pt_store_find_patient (fixture->store, "pt-0012", &error);
  g_assert_null (missing);
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, "pt-0012", NULL);
  g_clear_error (&error);
  missing = pt_store_find_patient (fixture->store, " PT-0012", &error);
  g_assert_null (missing);
  g_clear_error (&error);
  missing = pt_store_find_patient (fixture->store, " 1", &error);
  g_assert_null (missing);
  g_clear_error (&error);

  missing = pt_store_find_patient (fixture->store, "PT-9999", &error);
  g_assert_null (missing);
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, "PT-9999", NULL);
  g_clear_error (&error);

  missing = pt_store_find_patient (fixture->store, "999", &error);
  g_assert_null (missing);
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, NULL);
  g_clear_error (&error);

  missing = pt_store_find_patient (fixture->store, "", &error);
  g_assert_null (missing);
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, NULL);
  g_clear_error (&error);

  missing = pt_store_get_patient (fixture->store, 4242, &error);
  g_assert_null (missing);
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, "4242", NULL);
}

/* Transactions --------------------------------------------------------------- */

typedef struct
{
  guint  written;
  gint64 patient;
} BatchState;

static gboolean
batch_fails_half_way (PtStore   *store,
                      gpointer   user_data,
                      GError   **error)
{
  BatchState *state = user_data;
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Batch Person", "PT-BATCH", BIRTH);
  g_autoptr(PtRun) bad_run = NULL;
  gint64 id;

  id = pt_store_add_patient (store, patient, error);
  if (id == 0)
    return FALSE;
  state->written++;
  pt_test_add_condition (store, id, "2025-01-01");
  pt_test_add_run (store, id, "2025-02-01", 5000, 0);
  pt_test_add_run (store, state->patient, "2025-02-01", 5000, 0);
  pt_test_add_cross_training (store, state->patient, "2025-02-02", 40);
  state->written += 4;

  /* Row 6 of an import is bad: the whole import must go. */
  bad_run = pt_test_new_run (id, "2025-02-03", 612000);
  return pt_store_add_run (store, bad_run, error) != 0;
}

static gboolean
batch_succeeds (PtStore   *store,
                gpointer   user_data,
                GError   **error)
{
  BatchState *state = user_data;

  pt_test_add_run (store, state->patient, "2025-02-01", 5000, 0);
  pt_test_add_run (store, state->patient, "2025-02-02", 6000, 0);
  state->written += 2;
  return TRUE;
}

static void
test_batch_rollback (PtTestFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BatchState state = { 0 };
  g_autoptr(PtPatient) missing = NULL;

  state.patient = pt_test_add_patient (fixture->store, "Ann Runner", "PT-A", BIRTH);

  g_assert_false (pt_store_run_batch (fixture->store, batch_fails_half_way, &state, &error));
  g_assert_cmpuint (state.written, ==, 5);
  pt_test_assert_error (error, PT_ERROR_INVALID, "distance_m", "612 km", NULL);
  g_clear_error (&error);

  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PATIENT), ==, 1);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_CONDITION), ==, 0);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, 0);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_CROSS_TRAINING), ==, 0);
  missing = pt_store_find_patient (fixture->store, "PT-BATCH", &error);
  g_assert_null (missing);
  g_clear_error (&error);

  /* The store is usable afterwards, and a good batch is kept whole. */
  state.written = 0;
  g_assert_true (pt_store_run_batch (fixture->store, batch_succeeds, &state, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, 2);

  fixture->store = pt_test_reopen (fixture->store, fixture->path);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, 2);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PATIENT), ==, 1);
}

/* Shoes ---------------------------------------------------------------------- */

static void
test_shoe_distance (PtTestFixture *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtRun) run = NULL;
  gint64 patient, worn, spare, unused, moved;

  patient = pt_test_add_patient (fixture->store, "Ann Runner", "PT-A", BIRTH);
  worn = pt_test_add_shoe (fixture->store, patient, "Old trainers", "2025-01-01");
  spare = pt_test_add_shoe (fixture->store, patient, "Racers", "2025-01-01");
  unused = pt_test_add_shoe (fixture->store, patient, "Spikes", "2025-01-01");

  pt_test_add_run (fixture->store, patient, "2025-02-01", 10000, worn);
  moved = pt_test_add_run (fixture->store, patient, "2025-02-03", 5500.5, worn);
  pt_test_add_run (fixture->store, patient, "2025-02-05", 21097.5, spare);
  pt_test_add_run (fixture->store, patient, "2025-02-06", 8000, 0);

  g_assert_cmpfloat_with_epsilon (pt_store_get_shoe_distance (fixture->store, worn, &error),
                                  15500.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (pt_store_get_shoe_distance (fixture->store, spare, &error),
                                  21097.5, 1e-6);
  g_assert_cmpfloat (pt_store_get_shoe_distance (fixture->store, unused, &error), ==, 0);
  g_assert_no_error (error);

  /* Moving a run to another shoe moves its distance. */
  run = pt_store_get_run (fixture->store, moved, &error);
  g_assert_no_error (error);
  pt_run_set_shoe_id (run, spare);
  g_assert_true (pt_store_update_run (fixture->store, run, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (pt_store_get_shoe_distance (fixture->store, worn, NULL),
                                  10000, 1e-6);
  g_assert_cmpfloat_with_epsilon (pt_store_get_shoe_distance (fixture->store, spare, NULL),
                                  26598, 1e-6);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GHashTable *seen = user_data;

  g_hash_table_add (seen, g_strdup (pspec->name));
}

static void
test_notifications (PtTestFixture *fixture,
                    gconstpointer  data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PtPatient) patient = pt_test_new_patient ("  Jane Doe ", "PT-1", "1983-06-14");
  g_autoptr(GError) error = NULL;

  g_signal_connect (patient, "notify", G_CALLBACK (count_notify), seen);

  /* Setting what is already there tells nobody (views would redraw for
   * nothing)... */
  g_object_set (patient, "record-number", "PT-1", "archived", FALSE, NULL);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 0);

  /* ...but what the store changes is announced: the trimmed name, the new
   * id and the timestamps. */
  g_assert_cmpint (pt_store_add_patient (fixture->store, patient, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (seen, "name"));
  g_assert_true (g_hash_table_contains (seen, "id"));
  g_assert_true (g_hash_table_contains (seen, "created-at"));
  g_assert_true (g_hash_table_contains (seen, "updated-at"));
  g_assert_cmpstr (pt_patient_get_name (patient), ==, "Jane Doe");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) PT_TEST_ADD_WITH_STORE ("/core/store/" path, func)

  ADD ("update/timestamps", test_update_timestamps);
  ADD ("update/unsaved", test_update_unsaved);
  ADD ("delete/patient-refused", test_delete_patient_refused);
  ADD ("delete/patient-without-records", test_delete_patient_without_records);
  ADD ("delete/patient-with-records", test_delete_patient_with_records);
  ADD ("delete/condition-with-sessions", test_delete_condition_with_sessions);
  ADD ("delete/shoe-with-runs", test_delete_shoe_with_runs);
  ADD ("archive", test_archive);
  ADD ("list/date-order", test_list_date_order);
  ADD ("list/same-day", test_list_same_day_by_entry);
  ADD ("find-patient", test_find_patient);
  ADD ("batch/rollback", test_batch_rollback);
  ADD ("shoe-distance", test_shoe_distance);
  ADD ("notifications", test_notifications);

#undef ADD

  return g_test_run ();
}
