/* test-analysis.c: the recovery arithmetic on hand-made series
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No database: records are built in memory, so each rule of pt-analysis.h
 * (baseline, latest, percent change, first run back, ISO weeks, the 10 %
 * rule) is checked on a series small enough to work out by hand.
 */

#include "config.h"

#include <math.h>

#include "pt-analysis.h"
#include "pt-record-private.h"
#include "pt-date.h"
#include "pt-store.h"

#define EPSILON 1e-9
#define MILE 1609.344

/* Building series ----------------------------------------------------------- */

typedef struct
{
  GListStore *pain;
  GListStore *sessions;
  GListStore *runs;
  GListStore *cross;
} Series;

static void
series_init (Series *s)
{
  s->pain = g_list_store_new (PT_TYPE_PAIN_SCORE);
  s->sessions = g_list_store_new (PT_TYPE_SESSION);
  s->runs = g_list_store_new (PT_TYPE_RUN);
  s->cross = g_list_store_new (PT_TYPE_CROSS_TRAINING);
}

static void
series_clear (Series *s)
{
  g_clear_object (&s->pain);
  g_clear_object (&s->sessions);
  g_clear_object (&s->runs);
  g_clear_object (&s->cross);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Series, series_clear)

static void
add_pain (Series     *s,
          const char *date,
          double      score,
          gint64      condition_id)
{
  g_autoptr(PtPainScore) pain = pt_pain_score_new ();

  pt_pain_score_set_patient_id (pain, 1);
  pt_pain_score_set_condition_id (pain, condition_id);
  pt_pain_score_set_date (pain, date);
  pt_pain_score_set_score (pain, score);
  g_list_store_append (s->pain, pain);
}

static void
add_session (Series     *s,
             const char *date,
             gint64      condition_id)
{
  g_autoptr(PtSession) session = pt_session_new ();

  pt_session_set_patient_id (session, 1);
  pt_session_set_condition_id (session, condition_id);
  pt_session_set_date (session, date);
  g_list_store_append (s->sessions, session);
}

static void
add_run (Series     *s,
         const char *date,
         double      metres)
{
  g_autoptr(PtRun) run = pt_run_new ();

  pt_run_set_patient_id (run, 1);
  pt_run_set_date (run, date);
  pt_run_set_distance_m (run, metres);
  g_list_store_append (s->runs, run);
}

static void
add_cross (Series     *s,
           const char *date,
           gint64      minutes)
{
  g_autoptr(PtCrossTraining) entry = pt_cross_training_new ();

  pt_cross_training_set_patient_id (entry, 1);
  pt_cross_training_set_date (entry, date);
  pt_cross_training_set_minutes (entry, minutes);
  g_list_store_append (s->cross, entry);
}

static PtRecovery *
compute (Series     *s,
         gint64      condition_id,
         const char *today)
{
  return pt_recovery_compute (G_LIST_MODEL (s->pain), G_LIST_MODEL (s->sessions),
                              G_LIST_MODEL (s->runs), G_LIST_MODEL (s->cross),
                              condition_id, today, G_DATE_MONDAY);
}

static const PtWeek *
week_at (PtRecovery *recovery,
         guint       index)
{
  g_assert_cmpuint (index, <, recovery->weeks->len);
  return &g_array_index (recovery->weeks, PtWeek, index);
}

static void
assert_week (const PtWeek *week,
             const char   *monday,
             int           iso_year,
             int           iso_week,
             double        distance_m,
             guint         n_runs)
{
  g_assert_cmpstr (week->start, ==, monday);
  g_assert_cmpint (week->iso_year, ==, iso_year);
  g_assert_cmpint (week->iso_week, ==, iso_week);
  g_assert_cmpfloat_with_epsilon (week->distance_m, distance_m, 1e-6);
  g_assert_cmpuint (week->n_runs, ==, n_runs);
}

/* Empty and minimal data ------------------------------------------------------ */

static void
assert_nothing_known (PtRecovery *recovery)
{
  g_assert_false (recovery->has_baseline);
  g_assert_false (recovery->has_latest);
  g_assert_false (recovery->has_percent);
  g_assert_cmpuint (recovery->n_sessions, ==, 0);
  g_assert_cmpstr (recovery->first_session, ==, "");
  g_assert_cmpstr (recovery->last_session, ==, "");
  g_assert_cmpint (recovery->days_since_first_session, ==, -1);
  g_assert_cmpstr (recovery->first_run_back, ==, "");
  g_assert_cmpint (recovery->days_to_first_run, ==, -1);
  g_assert_nonnull (recovery->days);
  g_assert_cmpuint (recovery->days->len, ==, 0);
  g_assert_nonnull (recovery->weeks);
  g_assert_cmpuint (recovery->weeks->len, ==, 0);
}

static void
test_empty (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(PtRecovery) from_null = NULL;
  guint index = 99;

  series_init (&s);
  recovery = compute (&s, 0, "2026-03-01");
  assert_nothing_known (recovery);
  g_assert_null (pt_recovery_find_week (recovery, "2026-03-01"));

  /* A patient with no records at all loads as NULL lists. */
  from_null = pt_recovery_compute (NULL, NULL, NULL, NULL, 0, "2026-03-01", G_DATE_MONDAY);
  assert_nothing_known (from_null);

  g_assert_false (pt_analysis_baseline (recovery->days, "2026-01-01", &index));
}

static void
test_single_score (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;

  series_init (&s);
  add_pain (&s, "2026-02-10", 6, 0);
  recovery = compute (&s, 0, "2026-03-01");

  g_assert_true (recovery->has_baseline);
  g_assert_true (recovery->has_latest);
  g_assert_cmpfloat (recovery->baseline, ==, 6);
  g_assert_cmpfloat (recovery->latest, ==, 6);
  g_assert_cmpstr (recovery->baseline_date, ==, "2026-02-10");
  g_assert_cmpstr (recovery->latest_date, ==, "2026-02-10");
  g_assert_true (recovery->has_percent);
  g_assert_cmpfloat_with_epsilon (recovery->percent_change, 0, EPSILON);
}

static void
test_baseline_zero (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  double percent = 12345;

  series_init (&s);
  add_pain (&s, "2026-01-05", 0, 0);
  add_session (&s, "2026-01-06", 1);
  add_pain (&s, "2026-01-20", 3, 0);
  recovery = compute (&s, 0, "2026-03-01");

  /* No pain to start with: a percentage of nothing is not shown. */
  g_assert_true (recovery->has_baseline);
  g_assert_cmpfloat (recovery->baseline, ==, 0);
  g_assert_true (recovery->has_latest);
  g_assert_cmpfloat (recovery->latest, ==, 3);
  g_assert_false (recovery->has_percent);

  g_assert_false (pt_analysis_percent_change (0, 3, &percent));
  g_assert_false (pt_analysis_percent_change (0, 0, &percent));
  g_assert_cmpfloat (percent, ==, 12345);
}

/* Daily means and the baseline -------------------------------------------------- */

static void
test_daily_mean (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(GArray) readings = NULL;
  g_autoptr(GArray) days = NULL;
  const PtDayPain *day;

  series_init (&s);
  /* Entered out of order, as a clinician catching up might. */
  add_pain (&s, "2026-02-20", 2, 0);
  add_pain (&s, "2026-01-09", 7, 0);
  add_pain (&s, "2026-02-20", 2.5, 0);
  add_pain (&s, "2026-01-09", 8, 0);
  add_session (&s, "2026-01-10", 1);

  readings = pt_analysis_pain_readings (G_LIST_MODEL (s.pain), NULL, 0);
  days = pt_analysis_daily_pain (readings);
  g_assert_cmpuint (days->len, ==, 2);
  day = &g_array_index (days, PtDayPain, 0);
  g_assert_cmpstr (day->date, ==, "2026-01-09");
  g_assert_cmpfloat (day->pain, ==, 7.5);
  g_assert_cmpuint (day->n_scores, ==, 2);
  day = &g_array_index (days, PtDayPain, 1);
  g_assert_cmpstr (day->date, ==, "2026-02-20");
  g_assert_cmpfloat (day->pain, ==, 2.25);
  g_assert_cmpuint (day->n_scores, ==, 2);

  recovery = compute (&s, 0, "2026-03-01");
  g_assert_cmpfloat (recovery->baseline, ==, 7.5);
  g_assert_cmpfloat (recovery->latest, ==, 2.25);
  g_assert_cmpuint (recovery->days->len, ==, 2);
}

static void
test_baseline_before_first_session (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(PtRecovery) with_same_day = NULL;

  series_init (&s);
  add_pain (&s, "2026-01-02", 8, 0);
  add_pain (&s, "2026-01-09", 7, 0);
  add_session (&s, "2026-02-01", 1);
  add_session (&s, "2026-01-12", 1);
  add_pain (&s, "2026-01-20", 5, 0);
  add_pain (&s, "2026-02-15", 3, 0);

  /* The last day before the first session (2026-01-12), not the first day
   * and not a day after it. */
  recovery = compute (&s, 0, "2026-03-01");
  g_assert_cmpstr (recovery->first_session, ==, "2026-01-12");
  g_assert_cmpstr (recovery->baseline_date, ==, "2026-01-09");
  g_assert_cmpfloat (recovery->baseline, ==, 7);
  g_assert_cmpstr (recovery->latest_date, ==, "2026-02-15");
  g_assert_cmpfloat (recovery->latest, ==, 3);

  /* A score taken on the day of the first session (before the injection)
   * is the baseline. */
  add_pain (&s, "2026-01-12", 6.5, 0);
  with_same_day = compute (&s, 0, "2026-03-01");
  g_assert_cmpstr (with_same_day->baseline_date, ==, "2026-01-12");
  g_assert_cmpfloat (with_same_day->baseline, ==, 6.5);
}

static void
test_baseline_all_after_session (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(PtRecovery) no_sessions = NULL;
  g_auto(Series) t = { NULL };

  series_init (&s);
  add_session (&s, "2026-01-01", 1);
  add_pain (&s, "2026-01-20", 4, 0);
  add_pain (&s, "2026-01-05", 6, 0);
  add_pain (&s, "2026-02-10", 3, 0);

  /* Nothing before the first session: the first day with scores. */
  recovery = compute (&s, 0, "2026-03-01");
  g_assert_cmpstr (recovery->baseline_date, ==, "2026-01-05");
  g_assert_cmpfloat (recovery->baseline, ==, 6);
  g_assert_cmpfloat_with_epsilon (recovery->percent_change, -50, EPSILON);

  /* No sessions yet: also the first day. */
  series_init (&t);
  add_pain (&t, "2026-01-20", 4, 0);
  add_pain (&t, "2026-01-05", 6, 0);
  no_sessions = compute (&t, 0, "2026-03-01");
  g_assert_cmpstr (no_sessions->baseline_date, ==, "2026-01-05");
  g_assert_cmpfloat (no_sessions->baseline, ==, 6);
  g_assert_cmpstr (no_sessions->latest_date, ==, "2026-01-20");
}

/* Percent change ----------------------------------------------------------------- */

static void
test_percent_change (void)
{
  g_auto(Series) better = { NULL };
  g_auto(Series) worse = { NULL };
  g_autoptr(PtRecovery) reference = NULL;
  g_autoptr(PtRecovery) flare = NULL;
  double percent = 0;

  /* The reference case: 7 and 8 before the first session, 2 and 2.5 at
   * the last visit: a 70 % reduction. */
  series_init (&better);
  add_pain (&better, "2026-01-09", 7, 0);
  add_pain (&better, "2026-01-09", 8, 0);
  add_session (&better, "2026-01-10", 1);
  add_session (&better, "2026-02-07", 1);
  add_session (&better, "2026-03-07", 1);
  add_pain (&better, "2026-02-07", 5, 0);
  add_pain (&better, "2026-04-04", 2, 0);
  add_pain (&better, "2026-04-04", 2.5, 0);
  reference = compute (&better, 0, "2026-04-04");
  g_assert_true (reference->has_percent);
  g_assert_cmpfloat_with_epsilon (reference->percent_change, -70, EPSILON);
  g_assert_cmpint ((int) round (-reference->percent_change), ==, 70);

  /* Pain going up is a positive change. */
  series_init (&worse);
  add_pain (&worse, "2026-01-09", 4, 0);
  add_session (&worse, "2026-01-10", 1);
  add_pain (&worse, "2026-02-01", 6, 0);
  flare = compute (&worse, 0, "2026-03-01");
  g_assert_true (flare->has_percent);
  g_assert_cmpfloat_with_epsilon (flare->percent_change, 50, EPSILON);

  g_assert_true (pt_analysis_percent_change (7.5, 2.25, &percent));
  g_assert_cmpfloat_with_epsilon (percent, -70, EPSILON);
  g_assert_true (pt_analysis_percent_change (4, 6, &percent));
  g_assert_cmpfloat_with_epsilon (percent, 50, EPSILON);
  g_assert_true (pt_analysis_percent_change (8, 0, &percent));
  g_assert_cmpfloat_with_epsilon (percent, -100, EPSILON);
}

/* Conditions ----------------------------------------------------------------------- */

static void
test_condition_filter (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) heel = NULL;
  g_autoptr(PtRecovery) knee = NULL;
  g_autoptr(PtRecovery) all = NULL;

  series_init (&s);
  /* Condition 1 (heel): 8 -> 4. Condition 2 (knee): 2 -> 9. */
  add_pain (&s, "2026-01-05", 8, 1);
  add_pain (&s, "2026-01-05", 2, 2);
  add_session (&s, "2026-01-06", 1);
  add_session (&s, "2026-01-03", 2);
  add_pain (&s, "2026-02-01", 4, 1);
  add_pain (&s, "2026-02-03", 9, 2);
  /* No condition given (a general score): counts for every condition. */
  add_pain (&s, "2026-02-01", 5, 0);

  heel = compute (&s, 1, "2026-03-01");
  g_assert_cmpint (heel->condition_id, ==, 1);
  g_assert_cmpfloat (heel->baseline, ==, 8);
  g_assert_cmpstr (heel->latest_date, ==, "2026-02-01");
  g_assert_cmpfloat (heel->latest, ==, 4.5);  /* 4 (heel) and 5 (no condition) */
  g_assert_cmpuint (heel->days->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (heel->percent_change, -43.75, EPSILON);

  knee = compute (&s, 2, "2026-03-01");
  g_assert_cmpfloat (knee->baseline, ==, 2);
  g_assert_cmpstr (knee->baseline_date, ==, "2026-01-05");
  g_assert_cmpfloat (knee->latest, ==, 9);
  g_assert_cmpstr (knee->latest_date, ==, "2026-02-03");
  g_assert_cmpuint (knee->days->len, ==, 3);

  /* Condition 0: everything. 2026-01-05 is the mean of 8 and 2. */
  all = compute (&s, 0, "2026-03-01");
  g_assert_cmpuint (all->days->len, ==, 3);
  g_assert_cmpfloat (all->baseline, ==, 5);
  g_assert_cmpfloat (all->latest, ==, 9);
}

static void
test_condition_sessions (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) heel = NULL;
  g_autoptr(PtRecovery) all = NULL;

  series_init (&s);
  add_session (&s, "2026-01-20", 1);
  add_session (&s, "2026-01-05", 2);
  add_session (&s, "2026-02-17", 1);
  add_session (&s, "2026-03-01", 2);
  add_pain (&s, "2026-01-04", 6, 1);
  add_pain (&s, "2026-01-15", 7, 1);

  /* The knee's sessions neither count nor move the heel's first session. */
  heel = compute (&s, 1, "2026-03-10");
  g_assert_cmpuint (heel->n_sessions, ==, 2);
  g_assert_cmpstr (heel->first_session, ==, "2026-01-20");
  g_assert_cmpstr (heel->last_session, ==, "2026-02-17");
  g_assert_cmpint (heel->days_since_first_session, ==, 49);
  g_assert_cmpstr (heel->baseline_date, ==, "2026-01-15");

  all = compute (&s, 0, "2026-03-10");
  g_assert_cmpuint (all->n_sessions, ==, 4);
  g_assert_cmpstr (all->first_session, ==, "2026-01-05");
  g_assert_cmpstr (all->last_session, ==, "2026-03-01");
  g_assert_cmpstr (all->baseline_date, ==, "2026-01-04");
}

static void
test_days_since_first_session (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(PtRecovery) same_day = NULL;

  series_init (&s);
  add_session (&s, "2026-02-07", 1);
  add_session (&s, "2026-01-10", 1);

  recovery = compute (&s, 0, "2026-03-01");
  g_assert_cmpuint (recovery->n_sessions, ==, 2);
  g_assert_cmpstr (recovery->first_session, ==, "2026-01-10");
  g_assert_cmpstr (recovery->last_session, ==, "2026-02-07");
  g_assert_cmpint (recovery->days_since_first_session, ==, 50);

  same_day = compute (&s, 0, "2026-01-10");
  g_assert_cmpint (same_day->days_since_first_session, ==, 0);
}

/* Running again -------------------------------------------------------------------- */

static void
test_first_run_back (void)
{
  g_auto(Series) s = { NULL };
  g_auto(Series) on_the_day = { NULL };
  g_auto(Series) no_sessions = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(PtRecovery) same_day = NULL;
  g_autoptr(PtRecovery) untreated = NULL;

  series_init (&s);
  add_session (&s, "2026-01-10", 1);
  add_session (&s, "2026-02-07", 1);
  /* Running through the pain before treatment is not running again. */
  add_run (&s, "2026-01-02", 5000);
  add_run (&s, "2026-02-20", 3000);
  add_run (&s, "2026-02-15", 2000);

  recovery = compute (&s, 0, "2026-03-01");
  g_assert_cmpstr (recovery->first_run_back, ==, "2026-02-15");
  g_assert_cmpint (recovery->days_to_first_run, ==, 36);

  series_init (&on_the_day);
  add_session (&on_the_day, "2026-01-10", 1);
  add_run (&on_the_day, "2026-01-10", 1000);
  same_day = compute (&on_the_day, 0, "2026-03-01");
  g_assert_cmpstr (same_day->first_run_back, ==, "2026-01-10");
  g_assert_cmpint (same_day->days_to_first_run, ==, 0);

  /* Without a session there is nothing to come back from. */
  series_init (&no_sessions);
  add_run (&no_sessions, "2026-01-10", 1000);
  untreated = compute (&no_sessions, 0, "2026-03-01");
  g_assert_cmpstr (untreated->first_run_back, ==, "");
  g_assert_cmpint (untreated->days_to_first_run, ==, -1);
  g_assert_cmpuint (untreated->weeks->len, ==, 1);
}

static void
test_first_run_back_condition (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) heel = NULL;

  series_init (&s);
  add_session (&s, "2026-01-05", 2);
  add_session (&s, "2026-02-01", 1);
  add_run (&s, "2026-01-20", 4000);
  add_run (&s, "2026-02-10", 4000);

  /* Back to running counts from this condition's first session. */
  heel = compute (&s, 1, "2026-03-01");
  g_assert_cmpstr (heel->first_run_back, ==, "2026-02-10");
  g_assert_cmpint (heel->days_to_first_run, ==, 9);
}

/* Weeks ---------------------------------------------------------------------------- */

static void
test_weekly_iso_weeks (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;

  series_init (&s);
  /* Sunday and the Monday after: two different weeks. */
  add_run (&s, "2026-03-09", 6000);
  add_run (&s, "2026-03-08", 5000);
  add_run (&s, "2026-03-02", 4000);

  recovery = compute (&s, 0, "2026-03-15");
  g_assert_cmpuint (recovery->weeks->len, ==, 2);
  assert_week (week_at (recovery, 0), "2026-03-02", 2026, 10, 9000, 2);
  assert_week (week_at (recovery, 1), "2026-03-09", 2026, 11, 6000, 1);
  g_assert_false (week_at (recovery, 0)->has_change);
}

static void
test_weekly_gaps (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;

  series_init (&s);
  add_run (&s, "2026-03-25", 3000);
  add_run (&s, "2026-03-03", 5000);

  /* Two weeks off appear as weeks with nothing in them. */
  recovery = compute (&s, 0, "2026-04-01");
  g_assert_cmpuint (recovery->weeks->len, ==, 4);
  assert_week (week_at (recovery, 0), "2026-03-02", 2026, 10, 5000, 1);
  assert_week (week_at (recovery, 1), "2026-03-09", 2026, 11, 0, 0);
  assert_week (week_at (recovery, 2), "2026-03-16", 2026, 12, 0, 0);
  assert_week (week_at (recovery, 3), "2026-03-23", 2026, 13, 3000, 1);
  g_assert_cmpuint (week_at (recovery, 1)->cross_minutes, ==, 0);
}

static void
test_invalid_dates_left_out (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;

  /* Rows that never passed validation (a file edited by another tool) are
   * left out of the arithmetic instead of stopping it. */
  series_init (&s);
  add_pain (&s, "2026-03-01", 8, 0);
  add_pain (&s, "2026-02-30", 1, 0);
  add_session (&s, "1850-01-06", 0);
  add_session (&s, "2026-03-02", 0);
  add_run (&s, "2026-03-03", 5000);
  add_run (&s, "not a date", 9000);
  add_cross (&s, "2026-13-01", 30);

  recovery = compute (&s, 0, "2026-04-01");
  g_assert_cmpuint (recovery->n_sessions, ==, 1);
  g_assert_cmpstr (recovery->first_session, ==, "2026-03-02");
  g_assert_cmpfloat (recovery->baseline, ==, 8);
  g_assert_cmpfloat (recovery->latest, ==, 8);
  g_assert_cmpuint (recovery->weeks->len, ==, 1);
  assert_week (week_at (recovery, 0), "2026-03-02", 2026, 10, 5000, 1);
  g_assert_cmpuint (week_at (recovery, 0)->cross_minutes, ==, 0);
}

static void
test_weekly_year_boundary (void)
{
  g_auto(Series) end_of_2026 = { NULL };
  g_auto(Series) start_of_2026 = { NULL };
  g_autoptr(PtRecovery) late = NULL;
  g_autoptr(PtRecovery) early = NULL;

  /* 2026 has 53 ISO weeks: Thursday 31 December and Friday 1 January 2027
   * are both in week 53 of 2026; Monday 4 January 2027 starts week 1. */
  series_init (&end_of_2026);
  add_run (&end_of_2026, "2026-12-31", 5000);
  add_run (&end_of_2026, "2027-01-01", 6000);
  add_run (&end_of_2026, "2027-01-04", 7000);
  late = compute (&end_of_2026, 0, "2027-01-10");
  g_assert_cmpuint (late->weeks->len, ==, 2);
  assert_week (week_at (late, 0), "2026-12-28", 2026, 53, 11000, 2);
  assert_week (week_at (late, 1), "2027-01-04", 2027, 1, 7000, 1);

  /* Monday 29 December 2025 is in week 1 of 2026; the Sunday before is
   * week 52 of 2025. */
  series_init (&start_of_2026);
  add_run (&start_of_2026, "2025-12-28", 4000);
  add_run (&start_of_2026, "2025-12-29", 5000);
  add_run (&start_of_2026, "2026-01-04", 6000);
  early = compute (&start_of_2026, 0, "2026-01-10");
  g_assert_cmpuint (early->weeks->len, ==, 2);
  assert_week (week_at (early, 0), "2025-12-22", 2025, 52, 4000, 1);
  assert_week (week_at (early, 1), "2025-12-29", 2026, 1, 11000, 2);
}

static void
test_weekly_ten_percent (void)
{
  g_auto(Series) s = { NULL };
  g_auto(Series) steep = { NULL };
  g_auto(Series) fractions = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(PtRecovery) steep_recovery = NULL;
  g_autoptr(PtRecovery) fraction_recovery = NULL;
  const PtWeek *week;

  /* 10 km, 11 km, a week off, 5 km. */
  series_init (&s);
  add_run (&s, "2026-03-02", 4000);
  add_run (&s, "2026-03-05", 6000);
  add_run (&s, "2026-03-10", 11000);
  add_run (&s, "2026-03-25", 5000);
  recovery = compute (&s, 0, "2026-04-01");
  g_assert_cmpuint (recovery->weeks->len, ==, 4);

  week = week_at (recovery, 0);
  g_assert_false (week->has_change);
  g_assert_false (week->over_ten_percent);

  /* Exactly 10 % more is within the rule. */
  week = week_at (recovery, 1);
  g_assert_true (week->has_change);
  g_assert_cmpfloat_with_epsilon (week->change_pct, 10, EPSILON);
  g_assert_false (week->over_ten_percent);

  week = week_at (recovery, 2);
  g_assert_true (week->has_change);
  g_assert_cmpfloat_with_epsilon (week->change_pct, -100, EPSILON);
  g_assert_false (week->over_ten_percent);

  /* After a week with no running there is nothing to compare with. */
  week = week_at (recovery, 3);
  g_assert_false (week->has_change);
  g_assert_false (week->over_ten_percent);

  /* 10 km to 11.5 km is 15 %: flagged. */
  series_init (&steep);
  add_run (&steep, "2026-03-02", 10000);
  add_run (&steep, "2026-03-09", 11500);
  steep_recovery = compute (&steep, 0, "2026-03-15");
  week = week_at (steep_recovery, 1);
  g_assert_true (week->has_change);
  g_assert_cmpfloat_with_epsilon (week->change_pct, 15, EPSILON);
  g_assert_true (week->over_ten_percent);

  /* Distances logged in miles (metres = miles * 1609.344): 1 mile, then
   * 1.1 miles is exactly 10 % to a clinician, although the floating point
   * comes to 10.000000000000005 %. */
  series_init (&fractions);
  add_run (&fractions, "2026-03-02", 1.0 * MILE);
  add_run (&fractions, "2026-03-09", 1.1 * MILE);
  add_run (&fractions, "2026-03-16", 1.111 * MILE);  /* 1 % */
  add_run (&fractions, "2026-03-23", 1.23 * MILE);   /* 10.7 %: flagged */
  fraction_recovery = compute (&fractions, 0, "2026-03-29");
  g_assert_true (week_at (fraction_recovery, 1)->has_change);
  g_assert_cmpfloat_with_epsilon (week_at (fraction_recovery, 1)->change_pct, 10, EPSILON);
  g_assert_false (week_at (fraction_recovery, 1)->over_ten_percent);
  g_assert_false (week_at (fraction_recovery, 2)->over_ten_percent);
  g_assert_true (week_at (fraction_recovery, 3)->over_ten_percent);
}

/* This week's distance and 10 % more, rounded down to a whole unit. */
static void
test_next_week_limit (void)
{
  static const struct { double metres; PtDistanceUnit unit; double limit; } cases[] = {
    { 27700, PT_DISTANCE_UNIT_KM, 30000 },     /* 30.47 km */
    { 20000, PT_DISTANCE_UNIT_KM, 22000 },     /* 22.000000000000004 km */
    { 70000, PT_DISTANCE_UNIT_KM, 77000 },
    { 9999, PT_DISTANCE_UNIT_KM, 10000 },      /* 10.9989 km */
    { 27700, PT_DISTANCE_UNIT_MI, 18 * MILE }, /* 18.93 mi */
    { 10 * MILE, PT_DISTANCE_UNIT_MI, 11 * MILE },
    { 90 * MILE, PT_DISTANCE_UNIT_MI, 99 * MILE }, /* 98.99999999999999 mi */
    { 500, PT_DISTANCE_UNIT_KM, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpfloat_with_epsilon (pt_analysis_next_week_limit (cases[i].metres, cases[i].unit),
                                    cases[i].limit, 1e-6);
}

static void
test_weekly_cross_training (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;

  series_init (&s);
  add_cross (&s, "2026-03-03", 30);
  add_cross (&s, "2026-03-08", 45);   /* Sunday: same week */
  add_cross (&s, "2026-03-09", 20);   /* Monday: next week */
  add_run (&s, "2026-03-11", 3000);
  add_cross (&s, "2026-03-24", 60);

  /* Weeks of cross-training only are weeks too (no running, still training). */
  recovery = compute (&s, 0, "2026-03-29");
  g_assert_cmpuint (recovery->weeks->len, ==, 4);
  assert_week (week_at (recovery, 0), "2026-03-02", 2026, 10, 0, 0);
  g_assert_cmpuint (week_at (recovery, 0)->cross_minutes, ==, 75);
  assert_week (week_at (recovery, 1), "2026-03-09", 2026, 11, 3000, 1);
  g_assert_cmpuint (week_at (recovery, 1)->cross_minutes, ==, 20);
  g_assert_cmpuint (week_at (recovery, 2)->cross_minutes, ==, 0);
  g_assert_cmpuint (week_at (recovery, 3)->cross_minutes, ==, 60);
  g_assert_false (week_at (recovery, 1)->has_change);
}

static void
test_find_week (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) recovery = NULL;
  const PtWeek *week;

  series_init (&s);
  add_run (&s, "2026-03-02", 4000);
  add_run (&s, "2026-03-11", 6000);
  add_cross (&s, "2026-03-15", 40);
  recovery = compute (&s, 0, "2026-03-20");

  week = pt_recovery_find_week (recovery, "2026-03-15");  /* the Sunday */
  g_assert_nonnull (week);
  g_assert_cmpstr (week->start, ==, "2026-03-09");
  g_assert_cmpfloat (week->distance_m, ==, 6000);
  g_assert_cmpuint (week->cross_minutes, ==, 40);

  week = pt_recovery_find_week (recovery, "2026-03-02");
  g_assert_nonnull (week);
  g_assert_cmpfloat (week->distance_m, ==, 4000);

  g_assert_null (pt_recovery_find_week (recovery, "2026-03-16"));
  g_assert_null (pt_recovery_find_week (recovery, "2026-02-28"));
  g_assert_null (pt_recovery_find_week (recovery, "not a date"));
}

/* 28 days of 1 km, then a week of 2 km a day: the last 7 days average
 * 2 km against a 28-day average of (21 + 14) / 28 km. */
static void
test_acwr (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(GArray) daily = NULL;
  g_autoptr(GArray) acwr = NULL;

  series_init (&s);
  for (int day = 0; day < 35; day++)
    {
      g_autofree char *date = pt_date_add_days ("2026-01-01", day);

      add_run (&s, date, day < 28 ? 1000 : 2000);
    }
  add_run (&s, "2025-12-31", 99000);  /* before the span: left out */

  daily = pt_analysis_daily_distance (G_LIST_MODEL (s.runs), "2026-01-01", "2026-02-04");
  g_assert_cmpuint (daily->len, ==, 35);
  g_assert_cmpfloat (g_array_index (daily, double, 0), ==, 1000);
  g_assert_null (pt_analysis_daily_distance (G_LIST_MODEL (s.runs), "2026-02-04", "2026-01-01"));

  acwr = pt_analysis_acwr (daily);
  g_assert_cmpuint (acwr->len, ==, 35);
  g_assert_true (isnan (g_array_index (acwr, double, 26)));  /* no 28-day history yet */
  g_assert_cmpfloat_with_epsilon (g_array_index (acwr, double, 27), 1.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (g_array_index (acwr, double, 34), 2.0 / (35.0 / 28), EPSILON);
}

static void
test_acwr_no_running (void)
{
  g_autoptr(GArray) daily = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) acwr = NULL;

  g_array_set_size (daily, 40);
  acwr = pt_analysis_acwr (daily);
  g_assert_cmpuint (acwr->len, ==, 40);
  for (guint i = 0; i < acwr->len; i++)
    g_assert_true (isnan (g_array_index (acwr, double, i)));
}

/* A session logged with pain 7 before and 5 after, then a score of 3 a
 * week later (issue 14, as a new clinician tried it): the pain before is
 * the day's clinic score and sets the baseline; the pain after, under
 * local anaesthetic, never counts. */
static void
test_session_pain (void)
{
  g_auto(Series) s = { NULL };
  g_autoptr(PtRecovery) after_visit = NULL;
  g_autoptr(PtRecovery) week_later = NULL;
  g_autoptr(PtRecovery) after_only = NULL;
  g_autoptr(PtSession) session = NULL;
  const PtPainReading *reading;

  series_init (&s);
  add_session (&s, "2026-03-01", 1);
  session = g_list_model_get_item (G_LIST_MODEL (s.sessions), 0);
  pt_session_set_pain_before (session, 7);
  pt_session_set_pain_after (session, 5);

  /* Right after the session: pain 7, not "no scores yet" and not 5. */
  after_visit = compute (&s, 1, "2026-03-01");
  g_assert_true (after_visit->has_baseline);
  g_assert_cmpfloat (after_visit->baseline, ==, 7);
  g_assert_cmpstr (after_visit->baseline_date, ==, "2026-03-01");
  g_assert_cmpfloat (after_visit->latest, ==, 7);
  /* Both readings are kept for the chart and the tables; one counts. */
  g_assert_cmpuint (after_visit->readings->len, ==, 2);
  reading = &g_array_index (after_visit->readings, PtPainReading, 0);
  g_assert_cmpint (reading->kind, ==, PT_PAIN_READING_BEFORE_SESSION);
  g_assert_true (pt_pain_reading_counts (reading));
  reading = &g_array_index (after_visit->readings, PtPainReading, 1);
  g_assert_cmpint (reading->kind, ==, PT_PAIN_READING_AFTER_INJECTION);
  g_assert_false (pt_pain_reading_counts (reading));
  g_assert_cmpuint (after_visit->days->len, ==, 1);

  add_pain (&s, "2026-03-08", 3, 1);
  week_later = compute (&s, 1, "2026-03-08");
  g_assert_cmpfloat (week_later->baseline, ==, 7);
  g_assert_cmpfloat (week_later->latest, ==, 3);
  g_assert_true (week_later->has_percent);
  g_assert_cmpfloat_with_epsilon (week_later->percent_change, -400.0 / 7, 1e-9);

  /* A pain after alone is no pain at all for the outcome. */
  pt_session_set_pain_before (session, NAN);
  g_list_store_remove (s.pain, 0);
  after_only = compute (&s, 1, "2026-03-08");
  g_assert_false (after_only->has_baseline);
  g_assert_false (after_only->has_latest);
  g_assert_cmpuint (after_only->readings->len, ==, 1);
}

/* The main condition does not depend on the list's order. */
static void
test_main_condition (void)
{
  g_autoptr(GListStore) conditions = g_list_store_new (PT_TYPE_CONDITION);
  g_autoptr(GListStore) reversed = g_list_store_new (PT_TYPE_CONDITION);
  struct { gint64 id; const char *onset; PtConditionStatus status; } rows[] = {
    { 1, "2026-01-10", PT_CONDITION_STATUS_ACTIVE },
    { 2, "2026-03-01", PT_CONDITION_STATUS_RESOLVED },
    { 3, "2026-02-01", PT_CONDITION_STATUS_ACTIVE },
    { 4, "2026-02-01", PT_CONDITION_STATUS_ACTIVE },
  };
  g_autoptr(PtCondition) main = NULL;
  g_autoptr(PtCondition) main_reversed = NULL;
  g_autoptr(PtCondition) resolved_only = NULL;

  g_assert_null (pt_analysis_main_condition (G_LIST_MODEL (conditions)));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PtCondition) condition = pt_condition_new ();

      pt_record_set_id (PT_RECORD (condition), rows[i].id);
      pt_condition_set_onset_date (condition, rows[i].onset);
      pt_condition_set_status (condition, rows[i].status);
      g_list_store_append (conditions, condition);
      g_list_store_insert (reversed, 0, condition);
    }

  /* Active first (2 is later but resolved), then onset, then the higher id. */
  main = pt_analysis_main_condition (G_LIST_MODEL (conditions));
  main_reversed = pt_analysis_main_condition (G_LIST_MODEL (reversed));
  g_assert_cmpint (pt_record_get_id (PT_RECORD (main)), ==, 4);
  g_assert_true (main == main_reversed);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PtCondition) condition = g_list_model_get_item (G_LIST_MODEL (conditions), i);

      pt_condition_set_status (condition, PT_CONDITION_STATUS_RESOLVED);
    }
  resolved_only = pt_analysis_main_condition (G_LIST_MODEL (reversed));
  g_assert_cmpint (pt_record_get_id (PT_RECORD (resolved_only)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/analysis/empty", test_empty);
  g_test_add_func ("/core/analysis/session-pain", test_session_pain);
  g_test_add_func ("/core/analysis/main-condition", test_main_condition);
  g_test_add_func ("/core/analysis/invalid-dates-left-out", test_invalid_dates_left_out);
  g_test_add_func ("/core/analysis/single-score", test_single_score);
  g_test_add_func ("/core/analysis/baseline/zero", test_baseline_zero);
  g_test_add_func ("/core/analysis/daily-mean", test_daily_mean);
  g_test_add_func ("/core/analysis/baseline/before-first-session",
                   test_baseline_before_first_session);
  g_test_add_func ("/core/analysis/baseline/all-after-session", test_baseline_all_after_session);
  g_test_add_func ("/core/analysis/percent-change", test_percent_change);
  g_test_add_func ("/core/analysis/condition/pain", test_condition_filter);
  g_test_add_func ("/core/analysis/condition/sessions", test_condition_sessions);
  g_test_add_func ("/core/analysis/days-since-first-session", test_days_since_first_session);
  g_test_add_func ("/core/analysis/first-run-back", test_first_run_back);
  g_test_add_func ("/core/analysis/first-run-back/condition", test_first_run_back_condition);
  g_test_add_func ("/core/analysis/weekly/iso-weeks", test_weekly_iso_weeks);
  g_test_add_func ("/core/analysis/weekly/gaps", test_weekly_gaps);
  g_test_add_func ("/core/analysis/weekly/year-boundary", test_weekly_year_boundary);
  g_test_add_func ("/core/analysis/weekly/ten-percent", test_weekly_ten_percent);
  g_test_add_func ("/core/analysis/weekly/next-week-limit", test_next_week_limit);
  g_test_add_func ("/core/analysis/weekly/cross-training", test_weekly_cross_training);
  g_test_add_func ("/core/analysis/find-week", test_find_week);
  g_test_add_func ("/core/analysis/acwr", test_acwr);
  g_test_add_func ("/core/analysis/acwr/no-running", test_acwr_no_running);

  return g_test_run ();
}
