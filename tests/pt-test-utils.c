/* pt-test-utils.c: helpers shared by the core tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "pt-date.h"
#include "pt-chart-data.h"
#include "pt-report.h"
#include "pt-test-clinic.h"
#include "pt-test-utils.h"

char *
pt_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("prolotrack-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

void
pt_test_remove_tmp_dir (const char *dir)
{
  g_autoptr(GDir) listing = NULL;
  const char *name;

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    return;

  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        pt_test_remove_tmp_dir (child);
      else
        g_assert_cmpint (g_remove (child), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

void
pt_test_fixture_set_up (PtTestFixture *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = pt_test_make_tmp_dir ();
  fixture->path = pt_test_clinic_new (fixture->dir, &fixture->schema);
  fixture->store = pt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

void
pt_test_fixture_tear_down (PtTestFixture *fixture,
                           gconstpointer  data)
{
  if (fixture->store != NULL)
    g_assert_finalize_object (g_steal_pointer (&fixture->store));

  pt_test_remove_tmp_dir (fixture->dir);
  pt_test_clinic_drop (fixture->schema);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->schema, g_free);
}

PtStore *
pt_test_reopen (PtStore    *store,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  PtStore *reopened;

  g_assert_finalize_object (store);
  reopened = pt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
  return reopened;
}

PtPatient *
pt_test_new_patient (const char *name,
                     const char *record_number,
                     const char *date_of_birth)
{
  PtPatient *patient = pt_patient_new ();

  pt_patient_set_name (patient, name);
  pt_patient_set_record_number (patient, record_number);
  pt_patient_set_date_of_birth (patient, date_of_birth);
  return patient;
}

PtCondition *
pt_test_new_condition (gint64      patient_id,
                       const char *onset_date)
{
  PtCondition *condition = pt_condition_new ();

  pt_condition_set_patient_id (condition, patient_id);
  pt_condition_set_kind (condition, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  pt_condition_set_side (condition, PT_SIDE_LEFT);
  pt_condition_set_onset_date (condition, onset_date);
  return condition;
}

PtSession *
pt_test_new_session (gint64      patient_id,
                     gint64      condition_id,
                     const char *date)
{
  PtSession *session = pt_session_new ();

  pt_session_set_patient_id (session, patient_id);
  pt_session_set_condition_id (session, condition_id);
  pt_session_set_date (session, date);
  pt_session_set_treatment (session, PT_TREATMENT_DEXTROSE);
  return session;
}

PtPainScore *
pt_test_new_pain_score (gint64      patient_id,
                        gint64      condition_id,
                        const char *date,
                        double      score)
{
  PtPainScore *pain = pt_pain_score_new ();

  pt_pain_score_set_patient_id (pain, patient_id);
  pt_pain_score_set_condition_id (pain, condition_id);
  pt_pain_score_set_date (pain, date);
  pt_pain_score_set_score (pain, score);
  pt_pain_score_set_context (pain, PT_PAIN_CONTEXT_REST);
  return pain;
}

PtShoe *
pt_test_new_shoe (gint64      patient_id,
                  const char *name,
                  const char *started)
{
  PtShoe *shoe = pt_shoe_new ();

  pt_shoe_set_patient_id (shoe, patient_id);
  pt_shoe_set_name (shoe, name);
  pt_shoe_set_started (shoe, started);
  return shoe;
}

PtRun *
pt_test_new_run (gint64      patient_id,
                 const char *date,
                 double      distance_m)
{
  PtRun *run = pt_run_new ();

  pt_run_set_patient_id (run, patient_id);
  pt_run_set_date (run, date);
  pt_run_set_distance_m (run, distance_m);
  return run;
}

PtCrossTraining *
pt_test_new_cross_training (gint64      patient_id,
                            const char *date,
                            gint64      minutes)
{
  PtCrossTraining *entry = pt_cross_training_new ();

  pt_cross_training_set_patient_id (entry, patient_id);
  pt_cross_training_set_date (entry, date);
  pt_cross_training_set_activity (entry, PT_ACTIVITY_BIKE);
  pt_cross_training_set_minutes (entry, minutes);
  return entry;
}

gint64
pt_test_add_patient (PtStore    *store,
                     const char *name,
                     const char *record_number,
                     const char *date_of_birth)
{
  g_autoptr(PtPatient) patient = pt_test_new_patient (name, record_number, date_of_birth);
  g_autoptr(GError) error = NULL;
  gint64 id = pt_store_add_patient (store, patient, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
pt_test_add_condition (PtStore    *store,
                       gint64      patient_id,
                       const char *onset_date)
{
  g_autoptr(PtCondition) condition = pt_test_new_condition (patient_id, onset_date);
  g_autoptr(GError) error = NULL;
  gint64 id = pt_store_add_condition (store, condition, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
pt_test_add_session (PtStore    *store,
                     gint64      patient_id,
                     gint64      condition_id,
                     const char *date)
{
  g_autoptr(PtSession) session = pt_test_new_session (patient_id, condition_id, date);
  g_autoptr(GError) error = NULL;
  gint64 id = pt_store_add_session (store, session, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
pt_test_add_pain_score (PtStore    *store,
                        gint64      patient_id,
                        gint64      condition_id,
                        const char *date,
                        double      score)
{
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (patient_id, condition_id, date, score);
  g_autoptr(GError) error = NULL;
  gint64 id = pt_store_add_pain_score (store, pain, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
pt_test_add_shoe (PtStore    *store,
                  gint64      patient_id,
                  const char *name,
                  const char *started)
{
  g_autoptr(PtShoe) shoe = pt_test_new_shoe (patient_id, name, started);
  g_autoptr(GError) error = NULL;
  gint64 id = pt_store_add_shoe (store, shoe, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
pt_test_add_run (PtStore    *store,
                 gint64      patient_id,
                 const char *date,
                 double      distance_m,
                 gint64      shoe_id)
{
  g_autoptr(PtRun) run = pt_test_new_run (patient_id, date, distance_m);
  g_autoptr(GError) error = NULL;
  gint64 id;

  pt_run_set_shoe_id (run, shoe_id);
  id = pt_store_add_run (store, run, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
pt_test_add_cross_training (PtStore    *store,
                            gint64      patient_id,
                            const char *date,
                            gint64      minutes)
{
  g_autoptr(PtCrossTraining) entry = pt_test_new_cross_training (patient_id, date, minutes);
  g_autoptr(GError) error = NULL;
  gint64 id = pt_store_add_cross_training (store, entry, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
pt_test_count (PtStore *store,
               GType    type)
{
  g_autoptr(GError) error = NULL;
  gint64 n = pt_store_count_records (store, type, &error);

  g_assert_no_error (error);
  g_assert_cmpint (n, >=, 0);
  return n;
}

void
pt_test_assert_contains (const char *haystack,
                         const char *needle)
{
  g_assert_nonnull (haystack);
  /* On failure this prints the whole text next to what was looked for. */
  if (strstr (haystack, needle) == NULL)
    g_assert_cmpstr (haystack, ==, needle);
}

gboolean
pt_test_decimal_comma (void)
{
  const char *wanted = g_getenv ("LC_ALL");

  if (wanted == NULL || !g_str_has_prefix (wanted, "de_DE"))
    return FALSE;

  if (!g_str_equal (localeconv ()->decimal_point, ","))
    g_error ("LC_ALL=%s is not active (is the locale generated? see build-aux/setup)", wanted);

  return TRUE;
}

void
pt_test_assert_error (const GError *error,
                      PtErrorCode   code,
                      const char   *field,
                      ...)
{
  va_list args;
  const char *word;

  g_assert_error (error, PT_ERROR, (gint) code);
  g_test_message ("error: %s", error->message);
  if (field != NULL)
    g_assert_cmpstr (pt_error_get_field (error), ==, field);

  va_start (args, field);
  while ((word = va_arg (args, const char *)) != NULL)
    pt_test_assert_contains (error->message, word);
  va_end (args);
}

GBytes *
pt_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

void
pt_test_add_patient_with_records (PtStore          *store,
                                  const char       *name,
                                  const char       *record_number,
                                  PtTestPatientIds *ids)
{
  ids->patient = pt_test_add_patient (store, name, record_number, PT_TEST_BIRTH);
  ids->condition = pt_test_add_condition (store, ids->patient, "2025-09-01");
  ids->session = pt_test_add_session (store, ids->patient, ids->condition, "2025-10-01");
  ids->pain = pt_test_add_pain_score (store, ids->patient, ids->condition, "2025-10-01", 7);
  ids->shoe = pt_test_add_shoe (store, ids->patient, "Pegasus", "2025-05-01");
  ids->run = pt_test_add_run (store, ids->patient, "2025-10-20", 5000, ids->shoe);
  ids->cross = pt_test_add_cross_training (store, ids->patient, "2025-10-05", 30);
  {
    g_autoptr(PtOutcome) outcome = pt_outcome_new ();
    g_autoptr(PtRunPlan) plan = pt_run_plan_new ();

    pt_outcome_set_patient_id (outcome, ids->patient);
    pt_outcome_set_condition_id (outcome, ids->condition);
    pt_outcome_set_date (outcome, "2025-10-01");
    pt_outcome_set_kind (outcome, PT_MEASURE_KIND_FFI);
    pt_outcome_set_total (outcome, 48);
    ids->outcome = pt_test_expect_saved (store, outcome);

    pt_run_plan_set_patient_id (plan, ids->patient);
    pt_run_plan_set_condition_id (plan, ids->condition);
    pt_run_plan_set_start_date (plan, "2025-10-15");
    pt_run_plan_set_steps (plan, "i1/2x5*2;c20*2;w13800*1");
    ids->run_plan = pt_test_expect_saved (store, plan);
  }
}

void
pt_test_two_patients_set_up (PtTestTwoPatientsFixture *f,
                             gconstpointer             data)
{
  pt_test_fixture_set_up (&f->base, data);
  f->store = f->base.store;

  f->patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  f->condition = pt_test_add_condition (f->store, f->patient, "2024-05-01");
  f->shoe = pt_test_add_shoe (f->store, f->patient, "Pegasus 40", "2024-01-01");

  f->other = pt_test_add_patient (f->store, "John Roe", "PT-2", "1990-01-01");
  f->other_condition = pt_test_add_condition (f->store, f->other, "2024-02-01");
  f->other_shoe = pt_test_add_shoe (f->store, f->other, "Ghost 15", "2024-02-01");

  f->today = pt_date_today_string ();
  f->tomorrow = pt_date_add_days (f->today, 1);
}

void
pt_test_two_patients_tear_down (PtTestTwoPatientsFixture *f,
                                gconstpointer             data)
{
  f->store = NULL;
  pt_test_fixture_tear_down (&f->base, data);
  g_clear_pointer (&f->today, g_free);
  g_clear_pointer (&f->tomorrow, g_free);
}

static gint64
add_record (PtStore   *store,
            PtRecord  *record,
            GError   **error)
{
  if (PT_IS_PATIENT (record))
    return pt_store_add_patient (store, PT_PATIENT (record), error);
  if (PT_IS_CONDITION (record))
    return pt_store_add_condition (store, PT_CONDITION (record), error);
  if (PT_IS_SESSION (record))
    return pt_store_add_session (store, PT_SESSION (record), error);
  if (PT_IS_PAIN_SCORE (record))
    return pt_store_add_pain_score (store, PT_PAIN_SCORE (record), error);
  if (PT_IS_SHOE (record))
    return pt_store_add_shoe (store, PT_SHOE (record), error);
  if (PT_IS_RUN (record))
    return pt_store_add_run (store, PT_RUN (record), error);
  if (PT_IS_CROSS_TRAINING (record))
    return pt_store_add_cross_training (store, PT_CROSS_TRAINING (record), error);
  if (PT_IS_OUTCOME (record))
    return pt_store_add_outcome (store, PT_OUTCOME (record), error);
  if (PT_IS_RUN_PLAN (record))
    return pt_store_add_run_plan (store, PT_RUN_PLAN (record), error);

  g_assert_not_reached ();
}

static gboolean
update_record (PtStore   *store,
               PtRecord  *record,
               GError   **error)
{
  if (PT_IS_PATIENT (record))
    return pt_store_update_patient (store, PT_PATIENT (record), error);
  if (PT_IS_CONDITION (record))
    return pt_store_update_condition (store, PT_CONDITION (record), error);
  if (PT_IS_SESSION (record))
    return pt_store_update_session (store, PT_SESSION (record), error);
  if (PT_IS_PAIN_SCORE (record))
    return pt_store_update_pain_score (store, PT_PAIN_SCORE (record), error);
  if (PT_IS_SHOE (record))
    return pt_store_update_shoe (store, PT_SHOE (record), error);
  if (PT_IS_RUN (record))
    return pt_store_update_run (store, PT_RUN (record), error);
  if (PT_IS_CROSS_TRAINING (record))
    return pt_store_update_cross_training (store, PT_CROSS_TRAINING (record), error);
  if (PT_IS_OUTCOME (record))
    return pt_store_update_outcome (store, PT_OUTCOME (record), error);
  if (PT_IS_RUN_PLAN (record))
    return pt_store_update_run_plan (store, PT_RUN_PLAN (record), error);

  g_assert_not_reached ();
}

static PtRecord *
load_record (PtStore *store,
             GType    type,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  PtRecord *record = NULL;

  if (type == PT_TYPE_PATIENT)
    record = PT_RECORD (pt_store_get_patient (store, id, &error));
  else if (type == PT_TYPE_CONDITION)
    record = PT_RECORD (pt_store_get_condition (store, id, &error));
  else if (type == PT_TYPE_SESSION)
    record = PT_RECORD (pt_store_get_session (store, id, &error));
  else if (type == PT_TYPE_PAIN_SCORE)
    record = PT_RECORD (pt_store_get_pain_score (store, id, &error));
  else if (type == PT_TYPE_SHOE)
    record = PT_RECORD (pt_store_get_shoe (store, id, &error));
  else if (type == PT_TYPE_RUN)
    record = PT_RECORD (pt_store_get_run (store, id, &error));
  else if (type == PT_TYPE_CROSS_TRAINING)
    record = PT_RECORD (pt_store_get_cross_training (store, id, &error));
  else if (type == PT_TYPE_OUTCOME)
    record = PT_RECORD (pt_store_get_outcome (store, id, &error));
  else if (type == PT_TYPE_RUN_PLAN)
    record = PT_RECORD (pt_store_get_run_plan (store, id, &error));
  else
    g_assert_not_reached ();

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

void
pt_test_expect_refused (PtStore     *store,
                        gpointer     record,
                        gboolean     update,
                        PtErrorCode  code,
                        const char  *field,
                        ...)
{
  GType type = G_OBJECT_TYPE (record);
  gint64 count_before = pt_test_count (store, type);
  gint64 id_before = pt_record_get_id (record);
  g_autoptr(PtRecord) stored_before = NULL;
  g_autoptr(GError) error = NULL;
  const char *word;
  va_list args;

  if (update)
    {
      stored_before = load_record (store, type, id_before);
      g_assert_false (update_record (store, record, &error));
    }
  else
    {
      g_assert_cmpint (add_record (store, record, &error), ==, 0);
    }

  g_assert_error (error, PT_ERROR, (gint) code);
  g_test_message ("refused %s: %s", g_type_name (type), error->message);
  g_assert_cmpstr (pt_error_get_field (error), ==, field);

  va_start (args, field);
  while ((word = va_arg (args, const char *)) != NULL)
    pt_test_assert_contains (error->message, word);
  va_end (args);

  g_assert_cmpint (pt_record_get_id (record), ==, id_before);
  g_assert_cmpint (pt_test_count (store, type), ==, count_before);

  if (update)
    {
      g_autoptr(PtRecord) stored_after = load_record (store, type, id_before);

      g_assert_true (pt_record_fields_equal (stored_before, stored_after));
      g_assert_cmpstr (pt_record_get_updated_at (stored_after), ==,
                       pt_record_get_updated_at (stored_before));
    }
}

gint64
pt_test_expect_saved (PtStore  *store,
                      gpointer  record)
{
  GType type = G_OBJECT_TYPE (record);
  gint64 count_before = pt_test_count (store, type);
  g_autoptr(GError) error = NULL;
  gint64 id = add_record (store, record, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (pt_test_count (store, type), ==, count_before + 1);
  return id;
}

/* Series in memory ------------------------------------------------------------ */

void
pt_test_series_init (PtTestSeries *s)
{
  s->pain = g_list_store_new (PT_TYPE_PAIN_SCORE);
  s->sessions = g_list_store_new (PT_TYPE_SESSION);
  s->runs = g_list_store_new (PT_TYPE_RUN);
  s->cross = g_list_store_new (PT_TYPE_CROSS_TRAINING);
}

void
pt_test_series_clear (PtTestSeries *s)
{
  g_clear_object (&s->pain);
  g_clear_object (&s->sessions);
  g_clear_object (&s->runs);
  g_clear_object (&s->cross);
}

void
pt_test_series_add_pain (PtTestSeries  *s,
                         const char    *date,
                         PtPainContext  context,
                         double         score)
{
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (1, 0, date, score);

  pt_pain_score_set_context (pain, context);
  g_list_store_append (s->pain, pain);
}

void
pt_test_series_add_session (PtTestSeries *s,
                            const char   *date)
{
  g_autoptr(PtSession) session = pt_test_new_session (1, 0, date);

  g_list_store_append (s->sessions, session);
}

void
pt_test_series_add_run (PtTestSeries *s,
                        const char   *date,
                        double        metres)
{
  g_autoptr(PtRun) run = pt_test_new_run (1, date, metres);

  g_list_store_append (s->runs, run);
}

void
pt_test_series_add_cross (PtTestSeries *s,
                          const char   *date,
                          gint64        minutes)
{
  g_autoptr(PtCrossTraining) entry = pt_test_new_cross_training (1, date, minutes);

  g_list_store_append (s->cross, entry);
}

void
pt_test_series_add_reference (PtTestSeries *s)
{
  static const double morning[] = { 8, 8.5, 8, 8.5, 8, 8, 7, 6.5, 6, 5.5, 5, 4.5, 4.5,
                                    4, 4, 4, 3.5, 3.5, 3, 2.5, 2.5 };
  static const double rest[] = { 6.5, 7, 7, 7.5, 7, 6.5, 6, 5.5, 5, 4.5, 4, 3.5, 3.5,
                                 3, 3, 3, 2.5, 3, 2.5, 2, 2 };
  static const char *sessions[] = { "2026-03-04", "2026-04-01", "2026-04-29" };

  for (guint week = 0; week < G_N_ELEMENTS (morning); week++)
    {
      g_autofree char *date = pt_date_add_days ("2026-02-04", (int) week * 7);

      pt_test_series_add_pain (s, date, PT_PAIN_CONTEXT_MORNING, morning[week]);
      pt_test_series_add_pain (s, date, PT_PAIN_CONTEXT_REST, rest[week]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    pt_test_series_add_session (s, sessions[i]);
  for (int day = 0; day < 70; day += 2)
    {
      g_autofree char *date = pt_date_add_days ("2026-02-09", day);

      pt_test_series_add_cross (s, date, 40);
    }
  for (int day = 0; day < 64; day += 2)
    {
      g_autofree char *date = pt_date_add_days ("2026-04-21", day);

      /* 2 km, growing; the week of 2026-05-25 jumps to 4 km a run. */
      pt_test_series_add_run (s, date, day >= 34 && day < 41 ? 4000 : 2000 + day * 10);
    }
}

void
pt_test_series_add_daily (PtTestSeries *s,
                          const char   *first,
                          guint         n_days)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint day = 0; day < n_days; day++)
    {
      g_autofree char *date = pt_date_add_days (first, (int) day);
      double pain = round (g_rand_double_range (rand, 3, 7) * 2) / 2;

      if (day == n_days / 3)
        pain = 10;
      else if (day == 2 * n_days / 3)
        pain = 0;
      pt_test_series_add_pain (s, date, PT_PAIN_CONTEXT_MORNING, pain);
      if (day % 7 != 3)
        pt_test_series_add_run (s, date, g_rand_double_range (rand, 3000, 12000));
      else
        pt_test_series_add_cross (s, date, 45);
      if (day % 90 == 0)
        pt_test_series_add_session (s, date);
    }
}

PtPatientBundle *
pt_test_bundle_new (GListModel *pain_scores,
                    GListModel *sessions,
                    GListModel *runs,
                    GListModel *cross_training,
                    gint64      condition_id)
{
  return pt_patient_bundle_new (NULL, NULL, sessions, pain_scores, runs, cross_training, NULL,
                                condition_id, G_DATE_MONDAY, NULL);
}

PtChartData *
pt_test_chart_data_new (GListModel  *pain_scores,
                        GListModel  *sessions,
                        GListModel  *runs,
                        GListModel  *cross_training,
                        gint64       condition_id,
                        const char  *from,
                        const char  *to,
                        GError     **error)
{
  g_autoptr(PtPatientBundle) bundle = pt_test_bundle_new (pain_scores, sessions, runs,
                                                          cross_training, condition_id);

  return pt_chart_data_new (bundle, from, to, error);
}

PtReport *
pt_test_report_new (PtStore                *store,
                    gint64                  patient_id,
                    gint64                  condition_id,
                    const char             *from,
                    const char             *to,
                    const PtReportOptions  *options,
                    GError                **error)
{
  g_autoptr(PtPatientBundle) bundle = pt_patient_bundle_load (store, patient_id, condition_id,
                                                              G_DATE_MONDAY, NULL, error);

  return bundle != NULL ? pt_report_new (bundle, from, to, options, error) : NULL;
}

char *
pt_test_pdf_text (const char *path,
                  guint       first,
                  guint       last,
                  gboolean    raw)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last ? last : G_MAXUINT);
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL, *err = NULL, *no_marks = NULL;
  g_autoptr(GRegex) space = g_regex_new ("[\\s\\x{00A0}]+", 0, 0, NULL);
  g_autoptr(GRegex) marks = g_regex_new ("[\\x{202A}-\\x{202E}]", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { program, raw ? "-raw" : "-nopgbrk", "-enc", "UTF-8", "-f", f, "-l", l,
                         path, "-", NULL };
  int status;

  if (program == NULL)
    g_error ("pdftotext is missing: install poppler-utils (build-aux/setup does)");

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext failed: %s", err);

  no_marks = g_regex_replace_literal (marks, out, -1, 0, "", 0, NULL);
  return g_regex_replace_literal (space, no_marks, -1, 0, " ", 0, NULL);
}

static char *
run_tool (const char *tool,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (tool);
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  va_list args;
  int status;

  if (program == NULL)
    g_error ("%s is missing: install poppler-utils (build-aux/setup does)", tool);

  g_ptr_array_add (argv, g_steal_pointer (&program));
  va_start (args, tool);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", tool, err);
  return out;
}

char *
pt_test_pdf_info (const char *path,
                  const char *key)
{
  g_autofree char *out = run_tool ("pdfinfo", "-enc", "UTF-8", path, NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autofree char *prefix = g_strdup_printf ("%s:", key);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));

  g_error ("pdfinfo printed no %s for %s:\n%s", key, path, out);
  return NULL;
}

guint
pt_test_pdf_pages (const char *path)
{
  g_autofree char *pages = pt_test_pdf_info (path, "Pages");

  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

void
pt_test_assert_pdf_page_size (const char *path,
                  int         width,
                  int         height)
{
  g_autofree char *size = pt_test_pdf_info (path, "Page size");
  double w = g_ascii_strtod (size, NULL);
  const char *x = strstr (size, " x ");
  double h;

  g_assert_nonnull (x);
  h = g_ascii_strtod (x + 3, NULL);
  g_assert_cmpint ((int) round (w), ==, width);
  g_assert_cmpint ((int) round (h), ==, height);
}

char *
pt_test_write_pdf (PtReport   *report,
                   const char *dir,
                   const char *name,
                   guint      *n_pages)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_report_write_pdf (report, dest, n_pages, NULL, &error));
  g_assert_no_error (error);
  return path;
}

void
pt_test_damage_file (const char *path)
{
  g_autofree char *garbage = g_malloc (512);
  GStatBuf st;
  goffset page_size = 4096, offset;
  int fd;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  offset = (st.st_size / page_size / 2) * page_size;
  g_assert_cmpint (offset, >, page_size);
  memset (garbage, 0x5a, 512);

  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, garbage, 512, offset), ==, 512);
  g_assert_cmpint (close (fd), ==, 0);
}
