/* test-demo.c: the demo clinic and its reference case
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo is filled into fresh databases and read back through the public
 * store and analysis API, so the numbers checked are the ones the app shows:
 * the reference patient's 70 % and return to running within two months,
 * every condition of DOMAIN.md, a year of running, the refusal to fill a
 * database with patients, and the same clinic on every run.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "pt-analysis.h"
#include "pt-date.h"
#include "pt-demo.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-store.h"
#include "pt-test-utils.h"

typedef struct
{
  char    *dir;
  char    *path;
  PtStore *store;
} Fixture;

static GType
record_type (guint i)
{
  GType types[] = {
    PT_TYPE_PATIENT, PT_TYPE_CONDITION, PT_TYPE_SESSION, PT_TYPE_PAIN_SCORE,
    PT_TYPE_SHOE, PT_TYPE_RUN, PT_TYPE_CROSS_TRAINING,
  };

  g_assert (i < G_N_ELEMENTS (types));
  return types[i];
}

static void
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = pt_test_make_tmp_dir ();
  fixture->path = g_build_filename (fixture->dir, "demo.db", NULL);
  fixture->store = pt_store_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fill (PtStore  *store,
      gboolean  force)
{
  g_autoptr(GError) error = NULL;
  gboolean filled = pt_demo_fill (store, force, &error);

  g_assert_no_error (error);
  g_assert_true (filled);
}

/* @data: TRUE to fill the demo clinic in set-up. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  open_store (fixture);
  if (GPOINTER_TO_INT (data))
    fill (fixture->store, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_assert_finalize_object (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);

      g_assert_true (g_remove (file) == 0 || !g_file_test (file, G_FILE_TEST_EXISTS));
    }

  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

/* Helpers ------------------------------------------------------------------ */

static gint64
count (PtStore *store,
       GType    type)
{
  g_autoptr(GError) error = NULL;
  gint64 n = pt_store_count_records (store, type, &error);

  g_assert_no_error (error);
  g_assert_cmpint (n, >=, 0);
  return n;
}

static void
count_all (PtStore *store,
           gint64   counts[7])
{
  for (guint i = 0; i < 7; i++)
    counts[i] = count (store, record_type (i));
}

static void
assert_counts_equal (const gint64 a[7],
                     const gint64 b[7])
{
  for (guint i = 0; i < 7; i++)
    {
      g_test_message ("%s: %" G_GINT64_FORMAT " and %" G_GINT64_FORMAT,
                      g_type_name (record_type (i)), a[i], b[i]);
      g_assert_cmpint (a[i], ==, b[i]);
    }
}

static GListModel *
list_patients (PtStore *store)
{
  g_autoptr(GError) error = NULL;
  GListModel *patients = pt_store_list_patients (store, TRUE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (patients);
  return patients;
}

/* The model of one patient's records of @type (PT_TYPE_RUN, ...). */
static GListModel *
list_records (PtStore *store,
              GType    type,
              gint64   patient_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = NULL;

  if (type == PT_TYPE_CONDITION)
    model = pt_store_list_conditions (store, patient_id, &error);
  else if (type == PT_TYPE_SESSION)
    model = pt_store_list_sessions (store, patient_id, &error);
  else if (type == PT_TYPE_PAIN_SCORE)
    model = pt_store_list_pain_scores (store, patient_id, &error);
  else if (type == PT_TYPE_SHOE)
    model = pt_store_list_shoes (store, patient_id, &error);
  else if (type == PT_TYPE_RUN)
    model = pt_store_list_runs (store, patient_id, &error);
  else if (type == PT_TYPE_CROSS_TRAINING)
    model = pt_store_list_cross_training (store, patient_id, &error);
  else
    g_assert_not_reached ();

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static PtPatient *
find_reference (PtStore *store)
{
  g_autoptr(GError) error = NULL;
  PtPatient *patient = pt_store_find_patient (store, PT_DEMO_REFERENCE_RECORD, &error);

  g_assert_no_error (error);
  g_assert_nonnull (patient);
  return patient;
}

static int
age_on (const char *birth,
        const char *date)
{
  GDate b, d;
  int age;

  g_assert_true (pt_date_parse (birth, &b));
  g_assert_true (pt_date_parse (date, &d));

  age = g_date_get_year (&d) - g_date_get_year (&b);
  if (g_date_get_month (&d) < g_date_get_month (&b) ||
      (g_date_get_month (&d) == g_date_get_month (&b) &&
       g_date_get_day (&d) < g_date_get_day (&b)))
    age--;

  return age;
}

/* The patient's records and the recovery of @condition_id, as the page
 * loads them; the recovery is bundle->recovery. */
static PtPatientBundle *
load_bundle (PtStore *store,
             gint64   patient_id,
             gint64   condition_id)
{
  g_autoptr(GError) error = NULL;
  PtPatientBundle *bundle = pt_patient_bundle_load (store, patient_id, condition_id,
                                                    G_DATE_MONDAY, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  return bundle;
}

/* The reference case --------------------------------------------------------- */

static gint64
find_plantar_fasciitis (PtStore *store,
                        gint64   patient_id)
{
  g_autoptr(GListModel) conditions = list_records (store, PT_TYPE_CONDITION, patient_id);
  PtPriorTreatment needed = PT_PRIOR_TREATMENT_REST | PT_PRIOR_TREATMENT_ORTHOTICS |
                            PT_PRIOR_TREATMENT_PHYSICAL_THERAPY;

  for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(PtCondition) condition = g_list_model_get_item (conditions, i);

      if (pt_condition_get_kind (condition) != PT_CONDITION_KIND_PLANTAR_FASCIITIS)
        continue;
      g_assert_cmpuint (pt_condition_get_prior_treatments (condition) & needed, ==, needed);
      return pt_record_get_id (PT_RECORD (condition));
    }

  g_assert_not_reached ();
  return 0;
}

static void
assert_weekly_distance_grows (const PtRecovery *recovery)
{
  const PtWeek *back = pt_recovery_find_week (recovery, recovery->first_run_back);
  const PtWeek *last = &g_array_index (recovery->weeks, PtWeek, recovery->weeks->len - 1);
  guint over = 0;

  g_assert_nonnull (back);
  for (const PtWeek *week = back + 1; week <= last; week++)
    {
      g_assert_cmpfloat (week->distance_m, >, 0);
      over += week->over_ten_percent;
    }

  g_test_message ("first week back %.1f km, last week %.1f km, %u weeks over 10 %%",
                  back->distance_m / 1000, last->distance_m / 1000, over);
  g_assert_cmpfloat (last->distance_m, >=, 3 * back->distance_m);
  g_assert_cmpfloat (last->distance_m, >=, 22000);
  g_assert_cmpfloat (last->distance_m, <=, 32000);
  /* Mostly within the 10 % rule. */
  g_assert_cmpuint (over, <=, 3);
}

static void
test_reference_case (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PtPatient) patient = find_reference (fixture->store);
  gint64 id = pt_record_get_id (PT_RECORD (patient));
  gint64 condition_id = find_plantar_fasciitis (fixture->store, id);
  g_autoptr(GListModel) sessions = list_records (fixture->store, PT_TYPE_SESSION, id);
  g_autoptr(PtPatientBundle) bundle = load_bundle (fixture->store, id, condition_id);
  const PtRecovery *recovery = pt_patient_bundle_get_recovery (bundle);

  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);
  g_assert_cmpuint (recovery->n_sessions, ==, 3);
  g_assert_cmpint (age_on (pt_patient_get_date_of_birth (patient), recovery->first_session),
                   ==, 42);

  g_test_message ("baseline %.2f on %s, latest %.2f on %s, %.1f %%, first run back %s (day %d)",
                  recovery->baseline, recovery->baseline_date, recovery->latest,
                  recovery->latest_date, recovery->percent_change, recovery->first_run_back,
                  recovery->days_to_first_run);
  g_assert_true (recovery->has_percent);
  g_assert_cmpfloat_with_epsilon (recovery->baseline, 7.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (recovery->latest, 2.25, 1e-9);
  g_assert_cmpint ((int) round (-recovery->percent_change), ==, 70);
  g_assert_cmpint (recovery->days_to_first_run, >=, 1);
  g_assert_cmpint (recovery->days_to_first_run, <=, 60);

  assert_weekly_distance_grows (recovery);
}

/* The same figures with every condition together, as the patient summary
 * shows them when no condition is picked. */
static void
test_reference_all_conditions (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PtPatient) patient = find_reference (fixture->store);
  g_autoptr(PtPatientBundle) bundle = load_bundle (fixture->store,
                                                  pt_record_get_id (PT_RECORD (patient)), 0);
  const PtRecovery *recovery = pt_patient_bundle_get_recovery (bundle);

  g_assert_true (recovery->has_percent);
  g_assert_cmpint ((int) round (-recovery->percent_change), ==, 70);
}

/* The clinic ----------------------------------------------------------------- */

static void
test_every_condition (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GListModel) patients = list_patients (fixture->store);
  guint seen[PT_CONDITION_KIND_OTHER + 1] = { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (patients); i++)
    {
      g_autoptr(PtRecord) patient = g_list_model_get_item (patients, i);
      g_autoptr(GListModel) conditions = list_records (fixture->store, PT_TYPE_CONDITION,
                                                       pt_record_get_id (patient));

      for (guint j = 0; j < g_list_model_get_n_items (conditions); j++)
        {
          g_autoptr(PtCondition) condition = g_list_model_get_item (conditions, j);

          seen[pt_condition_get_kind (condition)]++;
        }
    }

  for (int kind = 0; kind < PT_CONDITION_KIND_OTHER; kind++)
    {
      g_test_message ("%s: %u", pt_enum_to_nick (PT_TYPE_CONDITION_KIND, kind), seen[kind]);
      g_assert_cmpuint (seen[kind], >, 0);
    }
}

static int
days_running (PtStore *store,
              gint64   patient_id)
{
  g_autoptr(GListModel) runs = list_records (store, PT_TYPE_RUN, patient_id);
  guint n = g_list_model_get_n_items (runs);
  g_autoptr(PtRun) first = NULL;
  g_autoptr(PtRun) last = NULL;

  if (n == 0)
    return 0;

  first = g_list_model_get_item (runs, 0);
  last = g_list_model_get_item (runs, n - 1);
  return pt_date_days_between (pt_run_get_date (first), pt_run_get_date (last));
}

static void
test_clinic (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GListModel) patients = list_patients (fixture->store);
  guint n = g_list_model_get_n_items (patients);
  guint archived = 0, year_long = 0, multi_condition = 0;

  g_assert_cmpuint (n, >=, 12);
  g_assert_cmpuint (n, <=, 16);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtPatient) patient = g_list_model_get_item (patients, i);
      gint64 id = pt_record_get_id (PT_RECORD (patient));
      g_autoptr(GListModel) conditions = list_records (fixture->store, PT_TYPE_CONDITION, id);

      archived += pt_patient_get_archived (patient);
      year_long += days_running (fixture->store, id) >= 365;
      multi_condition += g_list_model_get_n_items (conditions) > 1;
    }

  g_assert_cmpuint (archived, ==, 1);
  g_assert_cmpint (pt_store_count_patients (fixture->store, FALSE, NULL), ==, n - 1);
  g_assert_cmpuint (year_long, >=, 2);
  g_assert_cmpuint (multi_condition, >=, 1);
}

/* One who did not improve, one who relapsed: pain back up by two points or
 * more after several weeks over the 10 % rule. */
static void
classify_course (PtStore *store,
                 gint64   patient_id,
                 gboolean *flat,
                 gboolean *relapse)
{
  g_autoptr(PtPatientBundle) bundle = load_bundle (store, patient_id, 0);
  const PtRecovery *recovery = pt_patient_bundle_get_recovery (bundle);
  double lowest = G_MAXDOUBLE;
  guint over = 0;

  for (guint i = 0; i < recovery->days->len; i++)
    lowest = MIN (lowest, g_array_index (recovery->days, PtDayPain, i).pain);
  for (guint i = 0; i < recovery->weeks->len; i++)
    over += g_array_index (recovery->weeks, PtWeek, i).over_ten_percent;

  *flat = recovery->has_percent && fabs (recovery->percent_change) < 15;
  *relapse = recovery->has_latest && over >= 3 && recovery->latest >= lowest + 2;
}

static void
test_courses (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GListModel) patients = list_patients (fixture->store);
  guint flat = 0, relapse = 0, responders = 0;

  for (guint i = 0; i < g_list_model_get_n_items (patients); i++)
    {
      g_autoptr(PtRecord) patient = g_list_model_get_item (patients, i);
      g_autoptr(PtPatientBundle) bundle = load_bundle (fixture->store,
                                                      pt_record_get_id (patient), 0);
      const PtRecovery *recovery = pt_patient_bundle_get_recovery (bundle);
      gboolean is_flat, is_relapse;

      classify_course (fixture->store, pt_record_get_id (patient), &is_flat, &is_relapse);
      flat += is_flat;
      relapse += is_relapse;
      responders += recovery->has_percent && recovery->percent_change <= -50;
    }

  g_assert_cmpuint (flat, >=, 1);
  g_assert_cmpuint (relapse, >=, 1);
  g_assert_cmpuint (responders, >=, 4);
}

static void
test_check_clean (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;

  g_assert_true (pt_store_check (fixture->store, FALSE, &problems, &error));
  g_assert_no_error (error);
  g_assert_true (problems == NULL || problems[0] == NULL);
}

/* Filling twice -------------------------------------------------------------- */

static void
test_refuses_without_force (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 before[7], after[7];

  count_all (fixture->store, before);
  g_assert_false (pt_demo_fill (fixture->store, FALSE, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS);
  g_test_message ("%s", error->message);
  count_all (fixture->store, after);
  assert_counts_equal (before, after);
}

static void
test_force_replaces (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 before[7], after[7];

  count_all (fixture->store, before);
  fill (fixture->store, TRUE);
  count_all (fixture->store, after);
  assert_counts_equal (before, after);
  g_assert_cmpint (before[5], >, 1000);
}

static void
assert_same_records (PtStore *a,
                     PtStore *b,
                     gint64   patient_id)
{
  for (guint t = 1; t < 7; t++)
    {
      g_autoptr(GListModel) x = list_records (a, record_type (t), patient_id);
      g_autoptr(GListModel) y = list_records (b, record_type (t), patient_id);

      g_assert_cmpuint (g_list_model_get_n_items (x), ==, g_list_model_get_n_items (y));
      for (guint i = 0; i < g_list_model_get_n_items (x); i++)
        {
          g_autoptr(PtRecord) r = g_list_model_get_item (x, i);
          g_autoptr(PtRecord) s = g_list_model_get_item (y, i);

          g_assert_true (pt_record_fields_equal (r, s));
        }
    }
}

static void
assert_same_clinic (PtStore *a,
                    PtStore *b)
{
  g_autoptr(GListModel) x = pt_store_list_patient_overviews (a, TRUE, NULL);
  g_autoptr(GListModel) y = pt_store_list_patient_overviews (b, TRUE, NULL);
  gint64 counts_a[7], counts_b[7];

  count_all (a, counts_a);
  count_all (b, counts_b);
  assert_counts_equal (counts_a, counts_b);

  g_assert_nonnull (x);
  g_assert_nonnull (y);
  g_assert_cmpuint (g_list_model_get_n_items (x), ==, g_list_model_get_n_items (y));
  for (guint i = 0; i < g_list_model_get_n_items (x); i++)
    {
      g_autoptr(PtPatientOverview) p = g_list_model_get_item (x, i);
      g_autoptr(PtPatientOverview) q = g_list_model_get_item (y, i);

      g_assert_cmpstr (pt_patient_overview_get_name (p), ==, pt_patient_overview_get_name (q));
      g_assert_cmpstr (pt_patient_overview_get_record_number (p), ==,
                       pt_patient_overview_get_record_number (q));
      assert_same_records (a, b, pt_patient_overview_get_id (p));
    }
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  Fixture other = { NULL };

  open_store (&other);
  fill (other.store, FALSE);
  assert_same_clinic (fixture->store, other.store);
  fixture_tear_down (&other, NULL);
}

/* Today's date decides nothing but what counts as the future. */
static void
test_independent_of_today (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *saved = g_strdup (g_getenv ("PROLOTRACK_TODAY"));
  Fixture other = { NULL };

  g_setenv ("PROLOTRACK_TODAY", "2026-11-20", TRUE);
  fill (fixture->store, FALSE);
  g_setenv ("PROLOTRACK_TODAY", "2031-06-30", TRUE);
  open_store (&other);
  fill (other.store, FALSE);

  if (saved != NULL)
    g_setenv ("PROLOTRACK_TODAY", saved, TRUE);
  else
    g_unsetenv ("PROLOTRACK_TODAY");

  assert_same_clinic (fixture->store, other.store);
  fixture_tear_down (&other, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, filled, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (filled), fixture_set_up, func, fixture_tear_down)

  ADD ("/core/demo/reference-case", TRUE, test_reference_case);
  ADD ("/core/demo/reference-case/all-conditions", TRUE, test_reference_all_conditions);
  ADD ("/core/demo/every-condition", TRUE, test_every_condition);
  ADD ("/core/demo/clinic", TRUE, test_clinic);
  ADD ("/core/demo/courses", TRUE, test_courses);
  ADD ("/core/demo/check", TRUE, test_check_clean);
  ADD ("/core/demo/refuses-without-force", TRUE, test_refuses_without_force);
  ADD ("/core/demo/force-replaces", TRUE, test_force_replaces);
  ADD ("/core/demo/deterministic", TRUE, test_deterministic);
  ADD ("/core/demo/independent-of-today", FALSE, test_independent_of_today);

#undef ADD

  return g_test_run ();
}
