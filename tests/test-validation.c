/* test-validation.c: every bad value of a field is refused with a clear
 * message, and nothing is written
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each refusal goes through expect_refused () of pt-test-utils.h, which also
 * checks the field named, the words a clinician needs and that no row was
 * written.
 *
 * Rules between records (dates against the date of birth, references to
 * another patient's records, duplicate record numbers, refused updates) are
 * in test-consistency.c.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-date.h"
#include "pt-store.h"
#include "pt-test-utils.h"

#define BIRTH PT_TEST_BIRTH

/* The checks of pt-test-utils.h, on the fixture's store. */
typedef PtTestTwoPatientsFixture Fixture;
#define expect_refused(f, ...)        pt_test_expect_refused ((f)->store, __VA_ARGS__)
#define expect_invalid(f, ...)        pt_test_expect_invalid ((f)->store, __VA_ARGS__)
#define expect_saved(f, record)       pt_test_expect_saved ((f)->store, (record))

static char *
repeat (const char *unit,
        guint       n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (out, unit);

  return g_string_free (out, FALSE);
}

/* Required fields -------------------------------------------------------------- */

static void
test_required_patient_name (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PtPatient) missing = pt_test_new_patient (NULL, "PT-9", BIRTH);
  g_autoptr(PtPatient) blank = pt_test_new_patient ("   ", "PT-9", BIRTH);

  expect_invalid (f, missing, "name", "Name is required");
  /* Only spaces is no name either. */
  expect_invalid (f, blank, "name", "Name is required");
}

static void
test_required_record_number (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PtPatient) missing = pt_test_new_patient ("Ann Runner", NULL, BIRTH);
  g_autoptr(PtPatient) blank = pt_test_new_patient ("Ann Runner", " ", BIRTH);

  expect_invalid (f, missing, "record_number", "Record number is required");
  expect_invalid (f, blank, "record_number", "Record number is required");
}

static void
test_required_date_of_birth (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PtPatient) missing = pt_test_new_patient ("Ann Runner", "PT-9", NULL);
  g_autoptr(PtPatient) blank = pt_test_new_patient ("Ann Runner", "PT-9", "");

  expect_invalid (f, missing, "date_of_birth", "Date of birth is required");
  expect_invalid (f, blank, "date_of_birth", "Date of birth is required");
}

static void
test_required_pain (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PtPainScore) no_date = pt_test_new_pain_score (f->patient, 0, NULL, 5);
  g_autoptr(PtPainScore) no_score = pt_test_new_pain_score (f->patient, 0, "2025-03-01", NAN);
  g_autoptr(PtPainScore) no_patient = pt_test_new_pain_score (0, 0, "2025-03-01", 5);

  expect_invalid (f, no_date, "date", "Date is required");
  expect_invalid (f, no_score, "score", "Pain is required");
  expect_invalid (f, no_patient, "patient_id", "Patient is required");
}

static void
test_required_run (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PtRun) no_date = pt_test_new_run (f->patient, NULL, 5000);
  g_autoptr(PtRun) no_distance = pt_test_new_run (f->patient, "2025-03-01", NAN);

  expect_invalid (f, no_date, "date", "Date is required");
  expect_invalid (f, no_distance, "distance_m", "Distance is required");
}

static void
test_required_condition_onset (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(PtCondition) missing = pt_test_new_condition (f->patient, NULL);

  expect_invalid (f, missing, "onset_date", "Onset date is required");
}

/* A new condition has no kind and no side until someone chooses them; the
 * store writes no diagnosis nobody made. */
static void
test_required_condition_choices (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(PtCondition) condition = pt_condition_new ();

  pt_condition_set_patient_id (condition, f->patient);
  pt_condition_set_onset_date (condition, "2025-03-01");
  g_assert_cmpint ((int) pt_condition_get_kind (condition), ==, PT_NO_ENUM);
  g_assert_cmpint ((int) pt_condition_get_side (condition), ==, PT_NO_ENUM);
  expect_invalid (f, condition, "kind", "Choose the condition");

  pt_condition_set_kind (condition, PT_CONDITION_KIND_ITBS);
  expect_invalid (f, condition, "side", "Choose the side");

  pt_condition_set_side (condition, PT_SIDE_RIGHT);
  expect_saved (f, condition);
}

/* The context of a pain score and the type of a session's treatment are
 * the clinician's to choose as well. */
static void
test_required_other_choices (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PtPainScore) pain = pt_pain_score_new ();
  g_autoptr(PtSession) session = pt_session_new ();

  pt_pain_score_set_patient_id (pain, f->patient);
  pt_pain_score_set_date (pain, "2025-03-01");
  pt_pain_score_set_score (pain, 4);
  expect_invalid (f, pain, "context", "Choose the context");
  pt_pain_score_set_context (pain, PT_PAIN_CONTEXT_MORNING);
  expect_saved (f, pain);

  pt_session_set_patient_id (session, f->patient);
  pt_session_set_condition_id (session, f->condition);
  pt_session_set_date (session, "2025-03-01");
  expect_invalid (f, session, "treatment", "Choose the treatment type");
  pt_session_set_treatment (session, PT_TREATMENT_PRP);
  expect_saved (f, session);
}

static void
test_required_session (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PtSession) no_condition = pt_test_new_session (f->patient, 0, "2025-03-01");
  g_autoptr(PtSession) no_date = pt_test_new_session (f->patient, f->condition, NULL);

  expect_invalid (f, no_condition, "condition_id", "Condition is required");
  expect_invalid (f, no_date, "date", "Date is required");
}

static void
test_required_shoe (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PtShoe) no_name = pt_test_new_shoe (f->patient, NULL, "2025-03-01");
  g_autoptr(PtShoe) no_start = pt_test_new_shoe (f->patient, "Pegasus", NULL);

  expect_invalid (f, no_name, "name", "Shoe is required");
  expect_invalid (f, no_start, "started", "Date started is required");
}

static void
test_required_cross_minutes (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PtCrossTraining) unset = pt_test_new_cross_training (f->patient, "2025-03-01",
                                                                 PT_NO_INT);
  g_autoptr(PtCrossTraining) never_set = pt_cross_training_new ();

  /* PT_NO_INT is how an import or a form says "left empty". */
  expect_invalid (f, unset, "minutes", "Minutes is required");

  /* A record whose minutes were never given is refused, naming the field. */
  pt_cross_training_set_patient_id (never_set, f->patient);
  pt_cross_training_set_date (never_set, "2025-03-01");
  expect_invalid (f, never_set, "minutes", "Minutes");
}

/* Pain: 0-10 in steps of 0.5 -------------------------------------------------- */

static const struct {
  double      value;
  const char *shown;
} out_of_range_pain[] = {
  { -0.5, "(got -0.5)" },
  { 10.5, "(got 10.5)" },
  { 11, "(got 11)" },
  { 100, "(got 100)" },
};

static void
test_pain_out_of_range (Fixture       *f,
                        gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (out_of_range_pain); i++)
    {
      g_autoptr(PtPainScore) pain = pt_test_new_pain_score (f->patient, f->condition, "2025-03-01",
                                                            out_of_range_pain[i].value);

      expect_invalid (f, pain, "score",
                      "Pain must be between 0 and 10", out_of_range_pain[i].shown);
    }
}

static void
test_pain_half_steps (Fixture       *f,
                      gconstpointer  data)
{
  static const double allowed[] = { 0, 0.5, 6, 6.5, 9.5, 10 };
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (f->patient, 0, "2025-03-01", 6.3);
  g_autoptr(PtPainScore) quarter = pt_test_new_pain_score (f->patient, 0, "2025-03-01", 6.25);
  g_autoptr(PtPainScore) infinite = pt_test_new_pain_score (f->patient, 0, "2025-03-01",
                                                            INFINITY);

  expect_invalid (f, pain, "score", "Pain must be in steps of 0.5, such as 6 or 6.5 (got 6.3)");
  expect_invalid (f, quarter, "score", "steps of 0.5", "(got 6.25)");
  expect_invalid (f, infinite, "score", "Pain", "number");

  /* The edges of the scale and every half step are fine. */
  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_autoptr(PtPainScore) ok = pt_test_new_pain_score (f->patient, 0, "2025-03-01",
                                                          allowed[i]);
      expect_saved (f, ok);
    }
}

static void
test_pain_session (Fixture       *f,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (out_of_range_pain); i++)
    {
      g_autoptr(PtSession) before = pt_test_new_session (f->patient, f->condition, "2025-03-01");
      g_autoptr(PtSession) after = pt_test_new_session (f->patient, f->condition, "2025-03-01");

      pt_session_set_pain_before (before, out_of_range_pain[i].value);
      expect_invalid (f, before, "pain_before",
                      "Pain before must be between 0 and 10", out_of_range_pain[i].shown);

      pt_session_set_pain_after (after, out_of_range_pain[i].value);
      expect_invalid (f, after, "pain_after",
                      "Pain after must be between 0 and 10", out_of_range_pain[i].shown);
    }

  {
    g_autoptr(PtSession) before = pt_test_new_session (f->patient, f->condition, "2025-03-01");
    g_autoptr(PtSession) after = pt_test_new_session (f->patient, f->condition, "2025-03-01");

    pt_session_set_pain_before (before, 6.3);
    expect_invalid (f, before, "pain_before", "Pain before must be in steps of 0.5", "(got 6.3)");
    pt_session_set_pain_after (after, 6.3);
    expect_invalid (f, after, "pain_after", "Pain after must be in steps of 0.5", "(got 6.3)");
  }
}

static void
test_pain_run (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PtRun) stepped = pt_test_new_run (f->patient, "2025-03-01", 5000);

  for (guint i = 0; i < G_N_ELEMENTS (out_of_range_pain); i++)
    {
      g_autoptr(PtRun) run = pt_test_new_run (f->patient, "2025-03-01", 5000);

      pt_run_set_pain_during (run, out_of_range_pain[i].value);
      expect_invalid (f, run, "pain_during",
                      "Pain during the run must be between 0 and 10", out_of_range_pain[i].shown);
    }

  pt_run_set_pain_during (stepped, 6.3);
  expect_invalid (f, stepped, "pain_during", "Pain during the run must be in steps of 0.5",
                  "(got 6.3)");
}

/* Runs ------------------------------------------------------------------------ */

static void
test_run_distance (Fixture       *f,
                   gconstpointer  data)
{
  static const struct {
    double      metres;
    const char *shown;
  } bad[] = {
    { 0, "(got 0 km)" },
    { -5000, "(got -5 km)" },
    { 500001, "(got 500.001 km)" },
    { 612000, "(got 612 km)" },
  };
  g_autoptr(PtRun) longest = pt_test_new_run (f->patient, "2025-03-01", 500000);
  g_autoptr(PtRun) shortest = pt_test_new_run (f->patient, "2025-03-01", 10);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PtRun) run = pt_test_new_run (f->patient, "2025-03-01", bad[i].metres);

      expect_invalid (f, run, "distance_m",
                      "Distance must be more than 0 and at most 500 km", bad[i].shown);
    }

  {
    g_autoptr(PtRun) run = pt_test_new_run (f->patient, "2025-03-01", INFINITY);
    expect_invalid (f, run, "distance_m", "Distance", "number");
  }

  /* Too short to be a run: 1e-300 km, 1 mm, 9 m. */
  for (guint i = 0; i < 3; i++)
    {
      const double metres[] = { 1e-297, 0.001, 9.99 };
      g_autoptr(PtRun) run = pt_test_new_run (f->patient, "2025-03-01", metres[i]);

      expect_invalid (f, run, "distance_m", "Distance must be at least 0.01 km", NULL);
    }

  expect_saved (f, longest);
  expect_saved (f, shortest);
}

/* A condition is treated after its onset, and its onset cannot move past
 * its first session. */
static void
test_session_onset (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 condition = pt_test_add_condition (f->store, f->patient, "2025-02-10");
  g_autoptr(PtSession) early = pt_test_new_session (f->patient, condition, "2025-02-09");
  g_autoptr(PtSession) on_onset = pt_test_new_session (f->patient, condition, "2025-02-10");
  g_autoptr(PtCondition) moved = NULL;

  expect_invalid (f, early, "date", "Session date 2025-02-09 is before the condition’s onset "
                  "(2025-02-10)");
  expect_saved (f, on_onset);

  moved = pt_store_get_condition (f->store, condition, &error);
  g_assert_no_error (error);
  pt_condition_set_onset_date (moved, "2025-02-11");
  pt_test_expect_invalid_update (f->store, moved, "onset_date",
                                 "Onset 2025-02-11 is after this condition’s first session "
                                 "(2025-02-10)");
}

/* 100 km in a minute is a typing mistake; 100 m in 9.58 s is Bolt. */
static void
test_run_pace (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PtRun) impossible = pt_test_new_run (f->patient, "2025-03-01", 100000);
  g_autoptr(PtRun) too_fast = pt_test_new_run (f->patient, "2025-03-01", 5000);
  g_autoptr(PtRun) sprint = pt_test_new_run (f->patient, "2025-03-01", 100);
  g_autoptr(PtRun) record = pt_test_new_run (f->patient, "2025-03-01", 42195);

  pt_run_set_duration_s (impossible, 60);
  expect_invalid (f, impossible, "duration_s", "100.0 km in 0:01:00", "faster than anyone runs");
  pt_run_set_duration_s (too_fast, 399);  /* 12.53 m/s */
  expect_invalid (f, too_fast, "duration_s", "faster than anyone runs", NULL);

  pt_run_set_duration_s (sprint, 10);
  pt_run_set_duration_s (record, 2 * 3600 + 35);  /* the marathon record, 2:00:35 */
  expect_saved (f, sprint);
  expect_saved (f, record);
}

static void
test_run_duration (Fixture       *f,
                   gconstpointer  data)
{
  /* Shown as hours:minutes:seconds, exact, so one second over 48 hours does
   * not read like the limit. */
  static const struct {
    gint64      seconds;
    const char *shown;
  } bad[] = {
    { 0, "(got 0:00:00," },
    { -60, "(got -0:01:00," },
    { 48 * 3600 + 1, "(got 48:00:01," },
    { 49 * 3600, "(got 49:00:00," },
  };
  g_autoptr(PtRun) longest = pt_test_new_run (f->patient, "2025-03-01", 5000);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PtRun) run = pt_test_new_run (f->patient, "2025-03-01", 5000);

      pt_run_set_duration_s (run, bad[i].seconds);
      expect_invalid (f, run, "duration_s",
                      "Duration must be between 1 second and 48 hours", bad[i].shown);
    }

  pt_run_set_duration_s (longest, 48 * 3600);
  expect_saved (f, longest);
}

/* Cross-training ------------------------------------------------------------- */

static void
test_cross_minutes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PtCrossTraining) zero = pt_test_new_cross_training (f->patient, "2025-03-01", 0);
  g_autoptr(PtCrossTraining) day = pt_test_new_cross_training (f->patient, "2025-03-01", 1441);
  g_autoptr(PtCrossTraining) negative = pt_test_new_cross_training (f->patient, "2025-03-01", -30);
  g_autoptr(PtCrossTraining) whole_day = pt_test_new_cross_training (f->patient, "2025-03-01",
                                                                     1440);

  expect_invalid (f, zero, "minutes", "Minutes must be between 1 and 1440", "(got 0)");
  expect_invalid (f, day, "minutes", "Minutes must be between 1 and 1440", "(got 1441)");
  expect_invalid (f, negative, "minutes", "Minutes must be between 1 and 1440", "(got -30)");
  expect_saved (f, whole_day);
}

static void
test_cross_effort (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PtCrossTraining) eleven = pt_test_new_cross_training (f->patient, "2025-03-01", 30);
  g_autoptr(PtCrossTraining) zero = pt_test_new_cross_training (f->patient, "2025-03-01", 30);
  g_autoptr(PtCrossTraining) ten = pt_test_new_cross_training (f->patient, "2025-03-01", 30);

  pt_cross_training_set_effort (eleven, 11);
  expect_invalid (f, eleven, "effort", "Effort must be between 1 and 10", "(got 11)");
  pt_cross_training_set_effort (zero, 0);
  expect_invalid (f, zero, "effort", "Effort must be between 1 and 10", "(got 0)");
  pt_cross_training_set_effort (ten, 10);
  expect_saved (f, ten);
}

/* Sessions ------------------------------------------------------------------- */

static void
test_session_volume (Fixture       *f,
                     gconstpointer  data)
{
  static const struct {
    double      ml;
    const char *shown;
  } bad[] = {
    { 0, "(got 0 mL)" },
    { -2, "(got -2 mL)" },
    { 101, "(got 101 mL)" },
  };
  g_autoptr(PtSession) most = pt_test_new_session (f->patient, f->condition, "2025-03-01");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PtSession) session = pt_test_new_session (f->patient, f->condition, "2025-03-01");

      pt_session_set_volume_ml (session, bad[i].ml);
      expect_invalid (f, session, "volume_ml",
                      "Volume must be more than 0 and at most 100 mL", bad[i].shown);
    }

  pt_session_set_volume_ml (most, 100);
  expect_saved (f, most);
}

static void
test_session_injection_count (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(PtSession) none = pt_test_new_session (f->patient, f->condition, "2025-03-01");
  g_autoptr(PtSession) many = pt_test_new_session (f->patient, f->condition, "2025-03-01");
  g_autoptr(PtSession) one = pt_test_new_session (f->patient, f->condition, "2025-03-01");

  pt_session_set_injection_count (none, 0);
  expect_invalid (f, none, "injection_count", "Injection points must be between 1 and 100",
                  "(got 0)");
  pt_session_set_injection_count (many, 101);
  expect_invalid (f, many, "injection_count", "Injection points must be between 1 and 100",
                  "(got 101)");
  pt_session_set_injection_count (one, 1);
  expect_saved (f, one);
}

static void
test_session_concentration (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PtSession) over = pt_test_new_session (f->patient, f->condition, "2025-03-01");

  pt_session_set_concentration_pct (over, 125);
  expect_invalid (f, over, "concentration_pct", "Concentration (%) must be between 0 and 100",
                  "(got 125)");
}

/* Dates --------------------------------------------------------------------- */

static void
test_date_unparseable (Fixture       *f,
                       gconstpointer  data)
{
  static const char *bad[] = { "2026-02-30", "yesterday", "2026-3-1", "2026-03-01x", "01/03/2026",
                               "2025-13-01", "1899-12-31" };
  g_autoptr(PtPainScore) empty = pt_test_new_pain_score (f->patient, 0, "", 5);
  g_autoptr(PtSession) visit = pt_test_new_session (f->patient, f->condition, "2025-03-01");
  g_autoptr(PtPatient) birth = pt_test_new_patient ("Ann Runner", "PT-9", "14/06/1983");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PtPainScore) pain = pt_test_new_pain_score (f->patient, 0, bad[i], 5);
      g_autoptr(PtRun) run = pt_test_new_run (f->patient, bad[i], 5000);
      g_autofree char *quoted = g_strdup_printf ("Date “%s” is not a valid date", bad[i]);

      expect_invalid (f, pain, "date", quoted, "use YYYY-MM-DD, for example 2026-03-01");
      expect_invalid (f, run, "date", quoted, "YYYY-MM-DD");
    }

  /* Empty is "missing", not "malformed". */
  expect_invalid (f, empty, "date", "Date is required");

  pt_session_set_next_visit (visit, "next Tuesday");
  expect_invalid (f, visit, "next_visit", "Next visit “next Tuesday” is not a valid date");

  expect_invalid (f, birth, "date_of_birth", "Date of birth “14/06/1983” is not a valid date",
                  "YYYY-MM-DD");
}

static void
test_date_future (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *in_future = g_strdup_printf ("%s is in the future (today is %s)",
                                                f->tomorrow, f->today);
  g_autofree char *birth_in_future = g_strdup_printf ("Date of birth %s", in_future);
  g_autofree char *onset_in_future = g_strdup_printf ("Onset date %s", in_future);
  g_autofree char *date_in_future = g_strdup_printf ("Date %s", in_future);
  g_autofree char *started_in_future = g_strdup_printf ("Date started %s", in_future);
  g_autofree char *retired_in_future = g_strdup_printf ("Date retired %s", in_future);
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Baby Future", "PT-9", f->tomorrow);
  g_autoptr(PtCondition) condition = pt_test_new_condition (f->patient, f->tomorrow);
  g_autoptr(PtSession) session = pt_test_new_session (f->patient, f->condition, f->tomorrow);
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (f->patient, 0, f->tomorrow, 5);
  g_autoptr(PtShoe) shoe = pt_test_new_shoe (f->patient, "Pegasus 41", f->tomorrow);
  g_autoptr(PtShoe) retired = pt_test_new_shoe (f->patient, "Pegasus 39", "2025-01-01");
  g_autoptr(PtRun) run = pt_test_new_run (f->patient, f->tomorrow, 5000);
  g_autoptr(PtCrossTraining) cross = pt_test_new_cross_training (f->patient, f->tomorrow, 30);
  g_autoptr(PtPainScore) today = pt_test_new_pain_score (f->patient, 0, f->today, 5);

  expect_invalid (f, patient, "date_of_birth", birth_in_future);
  expect_invalid (f, condition, "onset_date", onset_in_future);
  expect_invalid (f, session, "date", date_in_future);
  expect_invalid (f, pain, "date", date_in_future);
  expect_invalid (f, shoe, "started", started_in_future);
  pt_shoe_set_retired (retired, f->tomorrow);
  expect_invalid (f, retired, "retired", retired_in_future);
  expect_invalid (f, run, "date", date_in_future);
  expect_invalid (f, cross, "date", date_in_future);

  /* Today itself is not the future. */
  expect_saved (f, today);
}

static void
test_date_next_visit (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *in_a_month = pt_date_add_days (f->today, 30);
  g_autoptr(PtSession) planned = pt_test_new_session (f->patient, f->condition, f->today);
  g_autoptr(PtSession) same_day = pt_test_new_session (f->patient, f->condition, "2025-03-01");
  g_autoptr(PtSession) earlier = pt_test_new_session (f->patient, f->condition, "2025-03-01");
  g_autoptr(PtSession) stored = NULL;
  gint64 id;

  /* The next visit is an appointment: the future is where it belongs. */
  pt_session_set_next_visit (planned, in_a_month);
  id = expect_saved (f, planned);
  stored = pt_store_get_session (f->store, id, NULL);
  g_assert_cmpstr (pt_session_get_next_visit (stored), ==, in_a_month);

  pt_session_set_next_visit (same_day, "2025-03-01");
  expect_saved (f, same_day);

  pt_session_set_next_visit (earlier, "2025-02-28");
  expect_invalid (f, earlier, "next_visit",
                  "Next visit 2025-02-28 is before the session date (2025-03-01)");
}

static void
test_date_shoe_retired_before_started (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(PtShoe) shoe = pt_test_new_shoe (f->patient, "Pegasus 39", "2025-03-01");

  pt_shoe_set_retired (shoe, "2025-02-01");
  expect_invalid (f, shoe, "retired",
                  "Date retired 2025-02-01 is before the date started (2025-03-01)");
}

/* Text ----------------------------------------------------------------------- */

static void
test_text_too_long (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *name_201 = repeat ("a", 201);
  g_autofree char *name_200 = repeat ("a", 200);
  g_autofree char *notes_10001 = repeat ("n", 10001);
  g_autofree char *notes_10000 = repeat ("n", 10000);
  g_autofree char *number_33 = repeat ("7", 33);
  g_autoptr(PtPatient) long_name = pt_test_new_patient (name_201, "PT-9", BIRTH);
  g_autoptr(PtPatient) long_notes = pt_test_new_patient ("Ann Runner", "PT-9", BIRTH);
  g_autoptr(PtPatient) long_number = pt_test_new_patient ("Ann Runner", number_33, BIRTH);
  g_autoptr(PtPatient) fits = pt_test_new_patient (name_200, "PT-9", BIRTH);
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (f->patient, 0, "2025-03-01", 5);
  g_autofree char *pain_notes = repeat ("p", 2001);

  expect_invalid (f, long_name, "name", "Name is too long: 201 characters (at most 200)");
  pt_patient_set_notes (long_notes, notes_10001);
  expect_invalid (f, long_notes, "notes", "Notes is too long: 10001 characters (at most 10000)");
  expect_invalid (f, long_number, "record_number",
                  "Record number is too long: 33 characters (at most 32)");
  pt_pain_score_set_notes (pain, pain_notes);
  expect_invalid (f, pain, "notes", "Notes is too long: 2001 characters (at most 2000)");

  pt_patient_set_notes (fits, notes_10000);
  expect_saved (f, fits);
}

static void
test_text_multibyte (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *e_200 = repeat ("é", 200);
  g_autofree char *e_201 = repeat ("é", 201);
  g_autofree char *kanji_200 = repeat ("山", 200);
  g_autofree char *notes = repeat ("ü", 10000);
  g_autoptr(PtPatient) accents = pt_test_new_patient (e_200, "PT-9", BIRTH);
  g_autoptr(PtPatient) kanji = pt_test_new_patient (kanji_200, "PT-10", BIRTH);
  g_autoptr(PtPatient) too_long = pt_test_new_patient (e_201, "PT-11", BIRTH);
  g_autoptr(PtPatient) stored = NULL;
  gint64 id;

  /* Limits count characters, not bytes: 200 "é" is 400 bytes and fits. */
  g_assert_cmpuint (strlen (e_200), ==, 400);
  pt_patient_set_notes (accents, notes);
  id = expect_saved (f, accents);
  expect_saved (f, kanji);
  expect_invalid (f, too_long, "name", "Name is too long: 201 characters (at most 200)");

  stored = pt_store_get_patient (f->store, id, NULL);
  g_assert_cmpstr (pt_patient_get_name (stored), ==, e_200);
  g_assert_cmpint (g_utf8_strlen (pt_patient_get_notes (stored), -1), ==, 10000);
}

static void
test_text_control_characters (Fixture       *f,
                              gconstpointer  data)
{
  static const struct {
    const char *name;
    const char *found;
  } bad_names[] = {
    { "Jane\nDoe", "(found U+000A)" },
    { "Jane\tDoe", "(found U+0009)" },
    { "Jane\x01" "Doe", "(found U+0001)" },
    { "Jane\x7f" "Doe", "(found U+007F)" },
  };
  const char *one_line = "must be one line of text without control characters such as tabs or "
                         "line breaks";
  g_autoptr(PtPatient) bad_number = pt_test_new_patient ("Ann Runner", "PT-\r9", BIRTH);
  g_autoptr(PtShoe) bad_shoe = pt_test_new_shoe (f->patient, "Pegasus\n40", "2025-03-01");
  g_autoptr(PtPatient) multiline = pt_test_new_patient ("Ann Runner", "PT-9", BIRTH);
  g_autoptr(PtRun) bell = pt_test_new_run (f->patient, "2025-03-01", 5000);
  g_autoptr(PtPatient) stored = NULL;
  gint64 id;

  for (guint i = 0; i < G_N_ELEMENTS (bad_names); i++)
    {
      g_autoptr(PtPatient) patient = pt_test_new_patient (bad_names[i].name, "PT-9", BIRTH);

      expect_invalid (f, patient, "name", "Name", one_line, bad_names[i].found);
    }

  expect_invalid (f, bad_number, "record_number", "Record number", one_line, "(found U+000D)");
  expect_invalid (f, bad_shoe, "name", "Shoe", one_line, "(found U+000A)");

  /* Notes are for paragraphs: line breaks and tabs are kept. */
  pt_patient_set_notes (multiline, "First visit.\n\tHeel pain 8/10.\r\nSecond line.");
  id = expect_saved (f, multiline);
  stored = pt_store_get_patient (f->store, id, NULL);
  g_assert_cmpstr (pt_patient_get_notes (stored), ==,
                   "First visit.\n\tHeel pain 8/10.\r\nSecond line.");

  /* ...but not other control characters. */
  pt_run_set_notes (bell, "Felt fine\a");
  expect_invalid (f, bell, "notes", "Notes contains a control character (U+0007)");
}

static void
test_text_trimmed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PtPatient) spaced = pt_test_new_patient ("  Ann Runner \t", "  PT-9 ", BIRTH);
  g_autoptr(PtPatient) same_number = pt_test_new_patient ("Bea Walker", " PT-9", BIRTH);
  g_autoptr(PtPatient) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  pt_patient_set_notes (spaced, "  indented note\n");
  id = expect_saved (f, spaced);

  stored = pt_store_get_patient (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_patient_get_name (stored), ==, "Ann Runner");
  g_assert_cmpstr (pt_patient_get_record_number (stored), ==, "PT-9");
  /* Notes are kept as written. */
  g_assert_cmpstr (pt_patient_get_notes (stored), ==, "  indented note\n");

  /* A record number is the same number with or without stray spaces. */
  expect_refused (f, same_number, FALSE, PT_ERROR_DUPLICATE, "record_number",
                  "Record number “PT-9” is already used by Ann Runner", NULL);
}

/* Enums ---------------------------------------------------------------------- */

static void
test_enum_invalid (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PtCondition) side = pt_test_new_condition (f->patient, "2025-03-01");
  g_autoptr(PtCondition) treatments = pt_test_new_condition (f->patient, "2025-03-01");
  g_autoptr(PtRun) surface = pt_test_new_run (f->patient, "2025-03-01", 5000);
  g_autoptr(PtPainScore) context = pt_test_new_pain_score (f->patient, 0, "2025-03-01", 5);
  g_autoptr(PtPatient) sex = pt_test_new_patient ("Ann Runner", "PT-9", BIRTH);

  pt_condition_set_side (side, (PtSide) 42);
  expect_invalid (f, side, "side", "Side has an unknown value (42)", "left, right, both");

  pt_condition_set_prior_treatments (treatments, (PtPriorTreatment) (1 << 12));
  expect_invalid (f, treatments, "prior_treatments", "Treatments tried before", "unknown value",
                  "rest");

  pt_run_set_surface (surface, (PtSurface) -1);
  expect_invalid (f, surface, "surface", "Surface has an unknown value (-1)", "road");

  pt_pain_score_set_context (context, (PtPainContext) 5);
  expect_invalid (f, context, "context", "Context has an unknown value (5)", "morning");

  pt_patient_set_sex (sex, (PtSex) 9);
  expect_invalid (f, sex, "sex", "Sex has an unknown value (9)", "female");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) PT_TEST_ADD_WITH_TWO_PATIENTS ("/core/validation/" path, func)

  ADD ("required/patient-name", test_required_patient_name);
  ADD ("required/record-number", test_required_record_number);
  ADD ("required/date-of-birth", test_required_date_of_birth);
  ADD ("required/pain", test_required_pain);
  ADD ("required/run", test_required_run);
  ADD ("required/condition-onset", test_required_condition_onset);
  ADD ("required/condition-choices", test_required_condition_choices);
  ADD ("required/other-choices", test_required_other_choices);
  ADD ("required/session", test_required_session);
  ADD ("required/shoe", test_required_shoe);
  ADD ("required/cross-training-minutes", test_required_cross_minutes);
  ADD ("pain/out-of-range", test_pain_out_of_range);
  ADD ("pain/half-steps", test_pain_half_steps);
  ADD ("pain/session", test_pain_session);
  ADD ("pain/run", test_pain_run);
  ADD ("run/distance", test_run_distance);
  ADD ("run/pace", test_run_pace);
  ADD ("session/onset", test_session_onset);
  ADD ("run/duration", test_run_duration);
  ADD ("cross-training/minutes", test_cross_minutes);
  ADD ("cross-training/effort", test_cross_effort);
  ADD ("session/volume", test_session_volume);
  ADD ("session/injection-count", test_session_injection_count);
  ADD ("session/concentration", test_session_concentration);
  ADD ("date/unparseable", test_date_unparseable);
  ADD ("date/future", test_date_future);
  ADD ("date/next-visit", test_date_next_visit);
  ADD ("date/shoe-retired", test_date_shoe_retired_before_started);
  ADD ("text/too-long", test_text_too_long);
  ADD ("text/multibyte", test_text_multibyte);
  ADD ("text/control-characters", test_text_control_characters);
  ADD ("text/trimmed", test_text_trimmed);
  ADD ("enum/invalid", test_enum_invalid);

#undef ADD

  return g_test_run ();
}
