/* test-plan.c: the return-to-run plan advances, holds and steps back where its rule says
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-date.h"
#include "pt-demo.h"
#include "pt-format.h"
#include "pt-plan.h"
#include "pt-test-utils.h"

#define START "2026-05-01"  /* a Friday: plan week 0 is 05-01 to 05-07 */

typedef struct
{
  GListStore *runs;
  GListStore *pain;
} Series;

static void
series_init (Series *series)
{
  series->runs = g_list_store_new (PT_TYPE_RUN);
  series->pain = g_list_store_new (PT_TYPE_PAIN_SCORE);
}

static void
series_clear (Series *series)
{
  g_clear_object (&series->runs);
  g_clear_object (&series->pain);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Series, series_clear)

static void
add_run (Series     *series,
         const char *date,
         double      metres,
         gint64      seconds,
         double      pain)
{
  g_autoptr(PtRun) run = pt_test_new_run (1, date, metres);

  pt_run_set_duration_s (run, seconds);
  pt_run_set_pain_during (run, pain);
  g_list_store_append (series->runs, run);
}

static void
add_score (Series        *series,
           const char    *date,
           PtPainContext  context,
           double         score)
{
  g_autoptr(PtPainScore) pain = pt_test_new_pain_score (1, 0, date, score);

  pt_pain_score_set_context (pain, context);
  g_list_store_append (series->pain, pain);
}

/* A morning score of @score every day from @first to @last. */
static void
add_mornings (Series     *series,
              const char *first,
              const char *last,
              double      score)
{
  int n = pt_date_days_between (first, last);

  for (int i = 0; i <= n; i++)
    {
      g_autofree char *date = pt_date_add_days (first, i);

      add_score (series, date, PT_PAIN_CONTEXT_MORNING, score);
    }
}

/* Walk/run 1/2 x5 (15 min), continuous 20 min, two runs each, then a week
 * of 10 km. */
static PtPlan *
new_small_plan (void)
{
  PtPlan *plan = pt_plan_new (START);
  PtPlanStep steps[] = {
    pt_plan_step_intervals (1, 2, 5, 2),
    pt_plan_step_continuous (20, 2),
    pt_plan_step_weekly (10000, 1),
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (pt_plan_insert_step (plan, i, &steps[i], &error));
      g_assert_no_error (error);
    }

  return plan;
}

static PtPlanProgress *
evaluate (PtPlan         *plan,
          PtPlanRuleKind  kind,
          Series         *series)
{
  PtPlanRule rule;

  pt_plan_rule_init (&rule, kind);
  return pt_plan_evaluate (plan, &rule, G_LIST_MODEL (series->runs),
                           G_LIST_MODEL (series->pain), 0, PT_DISTANCE_UNIT_KM);
}

static void
assert_entry (PtPlanProgress *progress,
              guint           i,
              const char     *date,
              guint           step,
              PtPlanDecision  decision,
              PtPlanReason    reason,
              guint           next_step,
              const char     *text)
{
  const PtPlanEntry *entry = pt_plan_progress_get_entry (progress, i);

  g_test_message ("%s step %u: %s", entry->date, entry->step + 1, entry->text);
  g_assert_cmpstr (entry->date, ==, date);
  g_assert_cmpuint (entry->step, ==, step);
  g_assert_cmpint (entry->decision, ==, decision);
  g_assert_cmpint (entry->reason, ==, reason);
  g_assert_cmpuint (entry->next_step, ==, next_step);
  if (text != NULL)
    g_assert_cmpstr (entry->text, ==, text);
}

/* ---- templates ---- */

static void
test_template_walk_run (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPlan) plan = pt_plan_new_from_template (PT_PLAN_TEMPLATE_WALK_RUN, START, 0, 30000,
                                                      &error);
  static const guint intervals[][2] = { { 1, 2 }, { 2, 2 }, { 3, 2 }, { 4, 1 }, { 5, 1 } };
  static const guint continuous[] = { 20, 25, 30 };
  /* 3 x 30 min at 6:30 /km = 13.85 km, then 10 % a week rounded down. */
  static const double weekly[] = { 13800, 15100, 16600, 18200, 20000, 22000, 24200, 26600, 29200,
                                   30000 };
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autofree char *next = NULL;
  g_autofree char *third = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (pt_plan_get_start_date (plan), ==, START);
  g_assert_cmpuint (pt_plan_get_n_steps (plan), ==, 5 + 3 + G_N_ELEMENTS (weekly));

  for (guint i = 0; i < 5; i++)
    {
      const PtPlanStep *step = pt_plan_get_step (plan, i);

      g_assert_cmpint (step->kind, ==, PT_PLAN_STEP_INTERVALS);
      g_assert_cmpuint (step->run_min, ==, intervals[i][0]);
      g_assert_cmpuint (step->walk_min, ==, intervals[i][1]);
      g_assert_cmpuint (step->repetitions, ==, 5);
      g_assert_cmpuint (step->sessions, ==, 2);
    }
  for (guint i = 0; i < 3; i++)
    {
      const PtPlanStep *step = pt_plan_get_step (plan, 5 + i);

      g_assert_cmpint (step->kind, ==, PT_PLAN_STEP_CONTINUOUS);
      g_assert_cmpuint (step->minutes, ==, continuous[i]);
      g_assert_cmpint (pt_plan_step_seconds (step), ==, continuous[i] * 60);
      g_assert_cmpuint (step->sessions, ==, 2);
    }
  for (guint i = 0; i < G_N_ELEMENTS (weekly); i++)
    {
      const PtPlanStep *step = pt_plan_get_step (plan, 8 + i);

      g_assert_cmpint (step->kind, ==, PT_PLAN_STEP_WEEKLY);
      g_assert_cmpfloat_with_epsilon (step->weekly_m, weekly[i], 1e-6);
      g_assert_cmpuint (step->sessions, ==, 1);
      if (i > 0)
        g_assert_cmpfloat (step->weekly_m, <=, weekly[i - 1] * 1.10 + 1e-6);
    }

  g_assert_cmpint (pt_plan_step_seconds (pt_plan_get_step (plan, 0)), ==, 15 * 60);
  third = pt_plan_step_describe (pt_plan_get_step (plan, 2), PT_DISTANCE_UNIT_KM);
  g_assert_cmpstr (third, ==, "3 min running, 2 min walking, 5 times");

  progress = pt_plan_evaluate (plan, &(PtPlanRule) { 0 }, NULL, NULL, 0, PT_DISTANCE_UNIT_KM);
  next = pt_plan_progress_next_run (progress);
  g_assert_cmpstr (next, ==, "Next run: 1 min running, 2 min walking, 5 times (step 1 of 18).");
  g_assert_cmpuint (pt_plan_progress_get_current_step (progress), ==, 0);
  g_assert_false (pt_plan_progress_is_complete (progress));
}

static void
test_template_other (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPlan) continuous = pt_plan_new_from_template (PT_PLAN_TEMPLATE_CONTINUOUS, START,
                                                            20000, 24000, &error);
  g_autoptr(PtPlan) above = NULL;
  g_autoptr(PtPlan) bad = NULL;
  g_autofree char *last = NULL;

  g_assert_no_error (error);
  /* 10 to 30 min, then 20, 22 and the goal, 24 km. */
  g_assert_cmpuint (pt_plan_get_n_steps (continuous), ==, 5 + 3);
  g_assert_cmpuint (pt_plan_get_step (continuous, 0)->minutes, ==, 10);
  g_assert_cmpuint (pt_plan_get_step (continuous, 4)->minutes, ==, 30);
  g_assert_cmpfloat (pt_plan_get_step (continuous, 5)->weekly_m, ==, 20000);
  g_assert_cmpfloat (pt_plan_get_step (continuous, 6)->weekly_m, ==, 22000);
  g_assert_cmpfloat (pt_plan_get_step (continuous, 7)->weekly_m, ==, 24000);
  last = pt_plan_step_describe (pt_plan_get_step (continuous, 7), PT_DISTANCE_UNIT_KM);
  g_assert_cmpstr (last, ==, "24.0 km a week");

  /* A start above the goal: one weekly step, the goal. */
  above = pt_plan_new_from_template (PT_PLAN_TEMPLATE_CONTINUOUS, START, 40000, 30000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pt_plan_get_n_steps (above), ==, 5 + 1);
  g_assert_cmpfloat (pt_plan_get_step (above, 5)->weekly_m, ==, 30000);

  bad = pt_plan_new_from_template (PT_PLAN_TEMPLATE_WALK_RUN, "2026-13-01", 0, 30000, &error);
  g_assert_null (bad);
  pt_test_assert_error (error, PT_ERROR_INVALID, "start_date", "2026-13-01", NULL);
  g_clear_error (&error);
  bad = pt_plan_new_from_template (PT_PLAN_TEMPLATE_WALK_RUN, START, 0, 0, &error);
  g_assert_null (bad);
  pt_test_assert_error (error, PT_ERROR_INVALID, "goal_weekly_m", "500 km", NULL);
  g_clear_error (&error);

  /* The start date moves; a date that is none is refused. */
  g_assert_true (pt_plan_set_start_date (continuous, "2026-06-01", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pt_plan_get_start_date (continuous), ==, "2026-06-01");
  g_assert_false (pt_plan_set_start_date (continuous, "1 June", &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "start_date", "1 June", NULL);
  g_assert_cmpstr (pt_plan_get_start_date (continuous), ==, "2026-06-01");
}

/* ---- editing ---- */

static void
on_steps_changed (PtPlan *plan,
                  guint   position,
                  guint   removed,
                  guint   added,
                  guint  *last)
{
  last[0] = position;
  last[1] = removed;
  last[2] = added;
  last[3]++;
}

static void
test_edit (void)
{
  g_autoptr(PtPlan) plan = new_small_plan ();
  g_autoptr(GError) error = NULL;
  guint last[4] = { 0 };
  PtPlanStep walk = pt_plan_step_intervals (2, 1, 8, 3);
  PtPlanStep run = pt_plan_step_continuous (40, 2);
  PtPlanStep bad;

  g_signal_connect (plan, "steps-changed", G_CALLBACK (on_steps_changed), last);

  g_assert_true (pt_plan_insert_step (plan, 1, &walk, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last[0], ==, 1);
  g_assert_cmpuint (last[1], ==, 0);
  g_assert_cmpuint (last[2], ==, 1);
  g_assert_cmpuint (pt_plan_get_n_steps (plan), ==, 4);
  g_assert_cmpuint (pt_plan_get_step (plan, 1)->run_min, ==, 2);
  g_assert_cmpuint (pt_plan_get_step (plan, 1)->sessions, ==, 3);
  g_assert_cmpint (pt_plan_get_step (plan, 2)->kind, ==, PT_PLAN_STEP_CONTINUOUS);

  g_assert_true (pt_plan_replace_step (plan, 2, &run, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pt_plan_get_step (plan, 2)->minutes, ==, 40);
  g_assert_cmpuint (last[1], ==, 1);
  g_assert_cmpuint (last[2], ==, 1);

  pt_plan_remove_step (plan, 0);
  g_assert_cmpuint (pt_plan_get_n_steps (plan), ==, 3);
  g_assert_cmpuint (pt_plan_get_step (plan, 0)->run_min, ==, 2);
  g_assert_cmpuint (last[0], ==, 0);
  g_assert_cmpuint (last[1], ==, 1);
  g_assert_cmpuint (last[2], ==, 0);
  g_assert_cmpuint (last[3], ==, 3);

  /* Steps a clinician could not mean are refused; the plan stays. */
  bad = pt_plan_step_intervals (0, 2, 5, 2);
  g_assert_false (pt_plan_insert_step (plan, 0, &bad, &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "run_min", "1 minute", NULL);
  g_clear_error (&error);
  bad = pt_plan_step_continuous (20, 0);
  g_assert_false (pt_plan_replace_step (plan, 0, &bad, &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "sessions", "1 to 20", NULL);
  g_clear_error (&error);
  bad = pt_plan_step_weekly (50, 1);
  g_assert_false (pt_plan_insert_step (plan, 3, &bad, &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "weekly_m", "500 km", NULL);
  g_clear_error (&error);
  bad = pt_plan_step_intervals (10, 5, 13, 1);
  g_assert_false (pt_plan_insert_step (plan, 3, &bad, &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "repetitions", "180", "195", NULL);
  g_assert_cmpuint (pt_plan_get_n_steps (plan), ==, 3);
  g_assert_cmpuint (pt_plan_get_step (plan, 0)->run_min, ==, 2);
  g_assert_cmpuint (last[3], ==, 3);
}

/* ---- the Silbernagel rule over a hand-made series ---- */

static void
test_silbernagel_series (void)
{
  g_auto(Series) series = { NULL, NULL };
  g_autoptr(PtPlan) plan = new_small_plan ();
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autofree char *next = NULL;
  guint i = 0;

  series_init (&series);
  /* Mornings at 3 from the week before the plan, except 05-11 (3.5: the
   * morning after a run) and 05-15 (not scored). */
  add_mornings (&series, "2026-04-24", "2026-05-10", 3);
  add_score (&series, "2026-05-11", PT_PAIN_CONTEXT_MORNING, 3.5);
  add_mornings (&series, "2026-05-12", "2026-05-14", 3);
  add_mornings (&series, "2026-05-16", "2026-05-31", 3);

  add_run (&series, "2026-04-30", 2000, 900, 1);    /* before the plan: left out */
  add_run (&series, "2026-05-02", 2000, 900, 5);    /* 5/10 is allowed */
  add_run (&series, "2026-05-04", 2000, 809, 2);    /* under 90 % of 15 min */
  add_run (&series, "2026-05-06", 2000, 810, 3);    /* exactly 90 % */
  add_run (&series, "2026-05-08", 3000, 1200, 5.5); /* 5.5 is not */
  add_run (&series, "2026-05-10", 2000, 900, 2);    /* next morning 3.5 > 3 */
  add_run (&series, "2026-05-12", 2000, 900, 1);    /* next morning 3 = usual */
  add_run (&series, "2026-05-13", 2000, 900, NAN);  /* no pain during */
  add_run (&series, "2026-05-14", 2000, 900, 2);    /* no morning on 05-15 */
  add_run (&series, "2026-05-16", 2000, 900, 2);
  add_run (&series, "2026-05-17", 3000, 1080, 2);   /* 90 % of 20 min */
  add_run (&series, "2026-05-18", 3000, 1200, 2);
  add_run (&series, "2026-05-19", 4000, 1500, 2);   /* the week of 05-19: 4 km */
  add_run (&series, "2026-05-21", 5000, 1800, 2);   /* 9 km: 90 % of 10 km */
  add_run (&series, "2026-05-23", 5000, 1800, 2);

  progress = evaluate (plan, PT_PLAN_RULE_SILBERNAGEL, &series);
  g_assert_cmpuint (pt_plan_progress_get_n_entries (progress), ==, 14);

  assert_entry (progress, i++, "2026-05-02", 0, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 0,
                "Run 1 of 2 at this step, within the rule. The plan stays at step 1.");
  assert_entry (progress, i++, "2026-05-04", 0, PT_PLAN_HOLD, PT_PLAN_REASON_SHORT, 0,
                "13:29 of the 15:00 this step prescribes: a shorter run does not count. "
                "The plan stays at step 1.");
  assert_entry (progress, i++, "2026-05-06", 0, PT_PLAN_ADVANCE, PT_PLAN_REASON_STEP_DONE, 1,
                "Run 2 of 2 at this step, within the rule. On to step 2.");
  assert_entry (progress, i++, "2026-05-08", 1, PT_PLAN_STEP_BACK, PT_PLAN_REASON_PAIN_DURING, 0,
                "Pain during the run 5.5/10, above the 5/10 the rule allows. Back to step 1.");
  assert_entry (progress, i++, "2026-05-10", 0, PT_PLAN_STEP_BACK, PT_PLAN_REASON_NEXT_MORNING, 0,
                "Morning pain after the run 3.5/10, not back to its usual 3/10. "
                "The plan stays at step 1, the first.");
  assert_entry (progress, i++, "2026-05-12", 0, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 0, NULL);
  g_assert_cmpuint (pt_plan_progress_get_entry (progress, 5)->done, ==, 1);
  assert_entry (progress, i++, "2026-05-13", 0, PT_PLAN_HOLD, PT_PLAN_REASON_NO_PAIN_DURING, 0,
                "No pain during the run recorded, so the rule cannot be checked and the run "
                "does not count. The plan stays at step 1.");
  assert_entry (progress, i++, "2026-05-14", 0, PT_PLAN_HOLD, PT_PLAN_REASON_NO_NEXT_MORNING, 0,
                "No morning pain score the day after the run, so the rule cannot be checked "
                "and the run does not count. The plan stays at step 1.");
  /* Week 1 (05-08 to 05-14) has one morning at 3.5: its mean, 3.07, is
   * 3 in half points, no rise on week 0. */
  assert_entry (progress, i++, "2026-05-16", 0, PT_PLAN_ADVANCE, PT_PLAN_REASON_STEP_DONE, 1,
                NULL);
  assert_entry (progress, i++, "2026-05-17", 1, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 1, NULL);
  assert_entry (progress, i++, "2026-05-18", 1, PT_PLAN_ADVANCE, PT_PLAN_REASON_STEP_DONE, 2,
                NULL);
  assert_entry (progress, i++, "2026-05-19", 2, PT_PLAN_HOLD, PT_PLAN_REASON_WEEK_PART, 2,
                "4.0 km of the 10.0 km of this week so far, within the rule. "
                "The plan stays at step 3.");
  assert_entry (progress, i++, "2026-05-21", 2, PT_PLAN_ADVANCE, PT_PLAN_REASON_STEP_DONE, 3,
                "Week 1 of 1 at this step reached its distance (9.0 km of 10.0 km), within the "
                "rule. The plan is complete.");
  assert_entry (progress, i++, "2026-05-23", 2, PT_PLAN_HOLD, PT_PLAN_REASON_COMPLETE, 3,
                "Within the rule. The plan stays complete.");

  g_assert_true (pt_plan_progress_is_complete (progress));
  next = pt_plan_progress_next_run (progress);
  g_assert_cmpstr (next, ==, "The plan is complete: 10.0 km a week reached.");

  /* The same records give the same history. */
  {
    g_autoptr(PtPlanProgress) again = evaluate (plan, PT_PLAN_RULE_SILBERNAGEL, &series);

    g_assert_cmpuint (pt_plan_progress_get_n_entries (again), ==, 14);
    for (guint j = 0; j < 14; j++)
      g_assert_cmpstr (pt_plan_progress_get_entry (again, j)->text, ==,
                       pt_plan_progress_get_entry (progress, j)->text);
  }
}

static void
test_next_run (void)
{
  g_auto(Series) series = { NULL, NULL };
  g_autoptr(PtPlan) plan = new_small_plan ();
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autofree char *next = NULL;

  series_init (&series);
  add_mornings (&series, "2026-05-01", "2026-05-05", 2);
  add_run (&series, "2026-05-02", 2000, 900, 0);
  add_run (&series, "2026-05-03", 2000, 900, 0);
  add_run (&series, "2026-05-04", 2000, 1200, 0);

  progress = evaluate (plan, PT_PLAN_RULE_SILBERNAGEL, &series);
  g_assert_cmpuint (pt_plan_progress_get_current_step (progress), ==, 1);
  g_assert_cmpuint (pt_plan_progress_get_done (progress), ==, 1);
  next = pt_plan_progress_next_run (progress);
  g_assert_cmpstr (next, ==, "Next run: 20 min continuous running (step 2 of 3).");
}

/* A week of mornings half a point up steps back once, at the first run of
 * the week after it; the other runs that week are judged as usual. */
static void
test_weekly_rise (void)
{
  g_auto(Series) series = { NULL, NULL };
  g_autoptr(PtPlan) plan = new_small_plan ();
  g_autoptr(PtPlanProgress) progress = NULL;
  PtPlanRule rule;

  series_init (&series);
  add_mornings (&series, "2026-05-01", "2026-05-07", 3);
  add_mornings (&series, "2026-05-08", "2026-05-14", 3.5);
  add_mornings (&series, "2026-05-15", "2026-05-21", 3.5);
  add_run (&series, "2026-05-08", 2000, 1200, 2);   /* week 1: week 0 against week -1 (none) */
  add_run (&series, "2026-05-10", 2000, 1200, 2);   /* morning 3.5 = usual 3.5 */
  add_run (&series, "2026-05-15", 2000, 1200, 2);   /* week 2: 3.5 against 3 */
  add_run (&series, "2026-05-16", 2000, 1200, 2);
  add_run (&series, "2026-05-17", 2000, 1200, 2);

  progress = evaluate (plan, PT_PLAN_RULE_SILBERNAGEL, &series);
  assert_entry (progress, 0, "2026-05-08", 0, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 0, NULL);
  assert_entry (progress, 1, "2026-05-10", 0, PT_PLAN_ADVANCE, PT_PLAN_REASON_STEP_DONE, 1,
                NULL);
  assert_entry (progress, 2, "2026-05-15", 1, PT_PLAN_STEP_BACK, PT_PLAN_REASON_WEEKLY_RISE, 0,
                "Morning pain last week averaged 3.5/10, more than the 3/10 of the week before. "
                "Back to step 1.");
  assert_entry (progress, 3, "2026-05-16", 0, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 0, NULL);
  assert_entry (progress, 4, "2026-05-17", 0, PT_PLAN_ADVANCE, PT_PLAN_REASON_STEP_DONE, 1, NULL);
  g_clear_pointer (&progress, pt_plan_progress_free);

  /* Without the weekly check, or with half a point allowed, no step back. */
  pt_plan_rule_init (&rule, PT_PLAN_RULE_SILBERNAGEL);
  rule.weekly_tolerance = 0.5;
  progress = pt_plan_evaluate (plan, &rule, G_LIST_MODEL (series.runs),
                               G_LIST_MODEL (series.pain), 0, PT_DISTANCE_UNIT_KM);
  assert_entry (progress, 2, "2026-05-15", 1, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 1, NULL);
  g_clear_pointer (&progress, pt_plan_progress_free);
  rule.weekly_tolerance = 0;
  rule.check_weekly = FALSE;
  progress = pt_plan_evaluate (plan, &rule, G_LIST_MODEL (series.runs),
                               G_LIST_MODEL (series.pain), 0, PT_DISTANCE_UNIT_KM);
  assert_entry (progress, 2, "2026-05-15", 1, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 1, NULL);
}

/* Pain after the run (that day) may reach the limit, not more. */
static void
test_pain_after (void)
{
  g_auto(Series) series = { NULL, NULL };
  g_autoptr(PtPlan) plan = new_small_plan ();
  g_autoptr(PtPlanProgress) progress = NULL;

  series_init (&series);
  add_mornings (&series, "2026-05-01", "2026-05-07", 3);
  add_run (&series, "2026-05-02", 2000, 900, 2);
  add_score (&series, "2026-05-02", PT_PAIN_CONTEXT_AFTER_RUN, 5);
  add_run (&series, "2026-05-04", 2000, 900, 2);
  add_score (&series, "2026-05-04", PT_PAIN_CONTEXT_AFTER_RUN, 4);
  add_score (&series, "2026-05-04", PT_PAIN_CONTEXT_AFTER_RUN, 5.5);
  /* A rest score is no after-run score. */
  add_run (&series, "2026-05-05", 2000, 900, 2);
  add_score (&series, "2026-05-05", PT_PAIN_CONTEXT_REST, 7);

  progress = evaluate (plan, PT_PLAN_RULE_SILBERNAGEL, &series);
  assert_entry (progress, 0, "2026-05-02", 0, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 0, NULL);
  assert_entry (progress, 1, "2026-05-04", 0, PT_PLAN_STEP_BACK, PT_PLAN_REASON_PAIN_AFTER, 0,
                "Pain after the run 5.5/10, above the 5/10 the rule allows. "
                "The plan stays at step 1, the first.");
  assert_entry (progress, 2, "2026-05-05", 0, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 0, NULL);
}

/* ---- the other rules ---- */

static void
test_alternative_rules (void)
{
  g_autoptr(PtPlan) plan = new_small_plan ();
  PtPlanRule rule;
  g_autofree char *silbernagel = NULL;
  g_autofree char *cautious = NULL;
  g_autofree char *pain_free = NULL;
  static const struct
  {
    PtPlanRuleKind kind;
    double         pain;
    PtPlanDecision decision;
  } cases[] = {
    { PT_PLAN_RULE_SILBERNAGEL, 5, PT_PLAN_HOLD },
    { PT_PLAN_RULE_SILBERNAGEL, 5.5, PT_PLAN_STEP_BACK },
    { PT_PLAN_RULE_CAUTIOUS, 3, PT_PLAN_HOLD },
    { PT_PLAN_RULE_CAUTIOUS, 3.5, PT_PLAN_STEP_BACK },
    { PT_PLAN_RULE_PAIN_FREE, 0, PT_PLAN_HOLD },
    { PT_PLAN_RULE_PAIN_FREE, 0.5, PT_PLAN_STEP_BACK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Series) one = { NULL, NULL };
      g_autoptr(PtPlanProgress) progress = NULL;
      const PtPlanEntry *entry;

      series_init (&one);
      add_mornings (&one, "2026-05-01", "2026-05-03", 2);
      add_run (&one, "2026-05-02", 2000, 900, cases[i].pain);
      progress = evaluate (plan, cases[i].kind, &one);
      entry = pt_plan_progress_get_entry (progress, 0);
      g_test_message ("%s, pain %g: %s", pt_plan_rule_kind_name (cases[i].kind), cases[i].pain,
                      entry->text);
      g_assert_cmpint (entry->decision, ==, cases[i].decision);
      g_assert_cmpint (entry->reason, ==, cases[i].decision == PT_PLAN_HOLD
                                          ? PT_PLAN_REASON_COUNTED : PT_PLAN_REASON_PAIN_DURING);
    }

  pt_plan_rule_init (&rule, PT_PLAN_RULE_SILBERNAGEL);
  g_assert_cmpfloat (rule.max_pain_during, ==, 5);
  g_assert_cmpfloat (rule.max_pain_after, ==, 5);
  g_assert_true (rule.check_next_morning);
  g_assert_cmpfloat (rule.next_morning_tolerance, ==, 0);
  g_assert_cmpuint (rule.next_morning_days, ==, 1);
  g_assert_true (rule.require_next_morning);
  g_assert_true (rule.check_weekly);
  silbernagel = pt_plan_rule_describe (&rule);
  g_test_message ("%s", silbernagel);
  pt_test_assert_contains (silbernagel, "Pain during the run may reach 5/10.");
  pt_test_assert_contains (silbernagel, "back to its usual level");
  pt_test_assert_contains (silbernagel, "must not increase from one week to the next");
  pt_test_assert_contains (silbernagel, "Silbernagel");
  pt_test_assert_contains (silbernagel, "Am J Sports Med 2007;35:897–906");

  pt_plan_rule_init (&rule, PT_PLAN_RULE_CAUTIOUS);
  cautious = pt_plan_rule_describe (&rule);
  pt_test_assert_contains (cautious, "Pain during the run may reach 3/10.");
  pt_plan_rule_init (&rule, PT_PLAN_RULE_PAIN_FREE);
  pain_free = pt_plan_rule_describe (&rule);
  pt_test_assert_contains (pain_free, "The run should be pain-free.");
  g_assert_cmpstr (pt_plan_rule_kind_name (PT_PLAN_RULE_SILBERNAGEL), ==,
                   "Silbernagel pain-monitoring model");

  /* Every named rule is valid; a clinic's own must be too. */
  for (PtPlanRuleKind kind = PT_PLAN_RULE_SILBERNAGEL; kind <= PT_PLAN_RULE_CUSTOM; kind++)
    {
      g_autoptr(GError) error = NULL;

      pt_plan_rule_init (&rule, kind);
      g_assert_true (pt_plan_rule_validate (&rule, &error));
      g_assert_no_error (error);
    }
  {
    g_autoptr(GError) error = NULL;

    rule.max_pain_during = 10.5;
    g_assert_false (pt_plan_rule_validate (&rule, &error));
    pt_test_assert_error (error, PT_ERROR_INVALID, "max_pain_during", "0 to 10", NULL);
    g_clear_error (&error);
    pt_plan_rule_init (&rule, PT_PLAN_RULE_CUSTOM);
    rule.next_morning_days = 0;
    g_assert_false (pt_plan_rule_validate (&rule, &error));
    pt_test_assert_error (error, PT_ERROR_INVALID, "next_morning_days", "1 to 7", NULL);
  }
}

/* ---- missing data ---- */

static void
test_missing_data (void)
{
  g_auto(Series) series = { NULL, NULL };
  g_autoptr(PtPlan) plan = new_small_plan ();
  g_autoptr(PtPlanProgress) progress = NULL;
  PtPlanRule rule;

  series_init (&series);
  /* No morning before 05-03: the 05-02 run has a next morning but no usual
   * level; then mornings every other day. */
  add_score (&series, "2026-05-03", PT_PAIN_CONTEXT_MORNING, 2);
  add_score (&series, "2026-05-05", PT_PAIN_CONTEXT_MORNING, 2);
  add_score (&series, "2026-05-07", PT_PAIN_CONTEXT_MORNING, 2);
  add_run (&series, "2026-05-02", 2000, 900, 2);
  add_run (&series, "2026-05-03", 2000, 900, 2);   /* the next morning two days later */
  add_run (&series, "2026-05-04", 2000, 0, 2);     /* no duration */
  add_run (&series, "2026-05-06", 2000, 900, NAN); /* no pain during, morning fine */
  add_run (&series, "2026-05-07", 2000, 900, 8);   /* no next morning, but pain 8 */

  progress = evaluate (plan, PT_PLAN_RULE_SILBERNAGEL, &series);
  assert_entry (progress, 0, "2026-05-02", 0, PT_PLAN_HOLD, PT_PLAN_REASON_NO_USUAL_MORNING, 0,
                NULL);
  assert_entry (progress, 1, "2026-05-03", 0, PT_PLAN_HOLD, PT_PLAN_REASON_NO_NEXT_MORNING, 0,
                NULL);
  assert_entry (progress, 2, "2026-05-04", 0, PT_PLAN_HOLD, PT_PLAN_REASON_NO_DURATION, 0, NULL);
  assert_entry (progress, 3, "2026-05-06", 0, PT_PLAN_HOLD, PT_PLAN_REASON_NO_PAIN_DURING, 0,
                NULL);
  /* What is recorded and breaks the rule counts, whatever is missing. */
  assert_entry (progress, 4, "2026-05-07", 0, PT_PLAN_STEP_BACK, PT_PLAN_REASON_PAIN_DURING, 0,
                NULL);
  g_clear_pointer (&progress, pt_plan_progress_free);

  /* Two days for the next morning: the 05-03 run counts (and 05-04 has
   * its next morning, but no duration). */
  pt_plan_rule_init (&rule, PT_PLAN_RULE_SILBERNAGEL);
  rule.next_morning_days = 2;
  progress = pt_plan_evaluate (plan, &rule, G_LIST_MODEL (series.runs),
                               G_LIST_MODEL (series.pain), 0, PT_DISTANCE_UNIT_KM);
  assert_entry (progress, 1, "2026-05-03", 0, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 0, NULL);
  assert_entry (progress, 2, "2026-05-04", 0, PT_PLAN_HOLD, PT_PLAN_REASON_NO_DURATION, 0, NULL);
  g_clear_pointer (&progress, pt_plan_progress_free);

  /* Without the next morning required, a run is judged on what it has. */
  pt_plan_rule_init (&rule, PT_PLAN_RULE_SILBERNAGEL);
  rule.require_next_morning = FALSE;
  progress = pt_plan_evaluate (plan, &rule, G_LIST_MODEL (series.runs),
                               G_LIST_MODEL (series.pain), 0, PT_DISTANCE_UNIT_KM);
  assert_entry (progress, 1, "2026-05-03", 0, PT_PLAN_HOLD, PT_PLAN_REASON_COUNTED, 0, NULL);
  assert_entry (progress, 3, "2026-05-06", 0, PT_PLAN_HOLD, PT_PLAN_REASON_NO_PAIN_DURING, 0,
                NULL);
}

/* After the plan is complete a run that breaks the rule goes back to the
 * last step; an empty plan has no history. */
static void
test_complete_and_empty (void)
{
  g_auto(Series) series = { NULL, NULL };
  g_autoptr(PtPlan) plan = pt_plan_new (START);
  g_autoptr(PtPlan) empty = pt_plan_new (START);
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autoptr(GError) error = NULL;
  PtPlanStep one = pt_plan_step_continuous (10, 1);
  PtPlanStep two = pt_plan_step_continuous (20, 1);
  g_autofree char *next = NULL;

  g_assert_true (pt_plan_insert_step (plan, 0, &one, &error));
  g_assert_true (pt_plan_insert_step (plan, 1, &two, &error));
  series_init (&series);
  add_mornings (&series, "2026-05-01", "2026-05-07", 2);
  add_run (&series, "2026-05-02", 2000, 600, 2);
  add_run (&series, "2026-05-03", 3000, 1200, 2);
  add_run (&series, "2026-05-04", 3000, 1200, 6);

  progress = evaluate (plan, PT_PLAN_RULE_SILBERNAGEL, &series);
  assert_entry (progress, 1, "2026-05-03", 1, PT_PLAN_ADVANCE, PT_PLAN_REASON_STEP_DONE, 2,
                "Run 1 of 1 at this step, within the rule. The plan is complete.");
  assert_entry (progress, 2, "2026-05-04", 1, PT_PLAN_STEP_BACK, PT_PLAN_REASON_PAIN_DURING, 1,
                "Pain during the run 6/10, above the 5/10 the rule allows. Back to step 2.");
  g_assert_false (pt_plan_progress_is_complete (progress));
  g_clear_pointer (&progress, pt_plan_progress_free);

  progress = evaluate (empty, PT_PLAN_RULE_SILBERNAGEL, &series);
  g_assert_cmpuint (pt_plan_progress_get_n_entries (progress), ==, 0);
  next = pt_plan_progress_next_run (progress);
  g_assert_cmpstr (next, ==, "The plan has no steps yet.");
}

/* ---- the demo clinic's reference patient ---- */

static void
test_reference_patient (PtTestFixture *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GListModel) pain = NULL;
  g_autoptr(PtPlan) plan = NULL;
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autoptr(PtPlanProgress) again = NULL;
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(PtRunPlan) run_plan = NULL;
  g_autofree char *next = NULL;
  PtPlanRule rule;
  guint counts[3] = { 0 };
  guint highest = 0;
  gint64 id;

  g_assert_true (pt_demo_fill (fixture->store, FALSE, &error));
  g_assert_no_error (error);
  patient = pt_store_find_patient (fixture->store, PT_DEMO_REFERENCE_RECORD, &error);
  g_assert_no_error (error);
  id = pt_record_get_id (PT_RECORD (patient));
  runs = pt_store_list_runs (fixture->store, id, &error);
  g_assert_no_error (error);
  pain = pt_store_list_pain_scores (fixture->store, id, &error);
  g_assert_no_error (error);

  /* The plan the demo gave her: walk/run from the week after her second
   * session's two weeks of walking, back to her 28 km a week, by the
   * Silbernagel rule; stored, and advanced once when it was written. */
  plans = pt_store_list_run_plans (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);
  run_plan = g_list_model_get_item (plans, 0);
  plan = pt_run_plan_get_plan (run_plan, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_plan_get_start_date (plan), ==, "2026-04-20");
  g_assert_cmpuint (pt_plan_get_n_steps (plan), ==, 17);
  pt_run_plan_get_rule (run_plan, &rule);
  g_assert_cmpint (rule.kind, ==, PT_PLAN_RULE_SILBERNAGEL);
  g_assert_cmpint (pt_run_plan_get_condition_id (run_plan), >, 0);
  progress = pt_plan_evaluate (plan, &rule, runs, pain, pt_run_plan_get_condition_id (run_plan),
                               PT_DISTANCE_UNIT_KM);
  again = pt_plan_evaluate (plan, &rule, runs, pain, pt_run_plan_get_condition_id (run_plan),
                            PT_DISTANCE_UNIT_KM);

  g_assert_cmpuint (pt_plan_progress_get_n_entries (progress), ==,
                    pt_plan_progress_get_n_entries (again));
  for (guint i = 0; i < pt_plan_progress_get_n_entries (progress); i++)
    {
      const PtPlanEntry *entry = pt_plan_progress_get_entry (progress, i);
      const PtPlanEntry *same = pt_plan_progress_get_entry (again, i);
      g_autofree char *pain_text = pt_format_pain (entry->pain_during);
      g_autofree char *usual = pt_format_pain (entry->usual_morning);
      g_autofree char *morning = pt_format_pain (entry->next_morning);

      g_test_message ("%s step %2u (pain %s, mornings %s → %s): %s", entry->date, entry->step + 1,
                      pain_text ? pain_text : "-", usual ? usual : "-",
                      morning ? morning : "-", entry->text);
      g_assert_cmpstr (entry->text, ==, same->text);
      g_assert_cmpstr (entry->date, >=, "2026-04-20");
      counts[entry->decision]++;
      highest = MAX (highest, entry->next_step);

      /* No step back where her pain kept the rule. */
      if (entry->decision == PT_PLAN_STEP_BACK)
        g_assert_true ((pt_has_value (entry->pain_during) && entry->pain_during > 5) ||
                       entry->reason == PT_PLAN_REASON_PAIN_AFTER ||
                       entry->next_morning > entry->usual_morning ||
                       entry->reason == PT_PLAN_REASON_WEEKLY_RISE);
      if (pt_has_value (entry->pain_during) && entry->pain_during <= 5 &&
          !(entry->next_morning > entry->usual_morning) &&
          entry->reason != PT_PLAN_REASON_WEEKLY_RISE && entry->reason != PT_PLAN_REASON_PAIN_AFTER)
        g_assert_cmpint (entry->decision, !=, PT_PLAN_STEP_BACK);
    }

  next = pt_plan_progress_next_run (progress);
  g_test_message ("%u runs: %u advance, %u hold, %u step back; %s",
                  pt_plan_progress_get_n_entries (progress), counts[PT_PLAN_ADVANCE],
                  counts[PT_PLAN_HOLD], counts[PT_PLAN_STEP_BACK], next);
  /* Every run of hers from the start is judged, in order (her diary
   * scores the morning after each run on the plan, up to the final review
   * on 2026-11-11: the three runs after it wait for theirs). She holds
   * where her walk/runs are shorter than the session prescribed, steps
   * back four times where her mornings rose (2026-07-22 "Sore after
   * Sunday's long run", and the weeks after), and is on the last weekly
   * step but one. */
  for (guint i = 0, j = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);

      if (strcmp (pt_run_get_date (run), "2026-04-20") < 0)
        continue;
      g_assert_cmpint (pt_plan_progress_get_entry (progress, j)->run_id, ==,
                       pt_record_get_id (PT_RECORD (run)));
      j++;
    }
  g_assert_cmpuint (pt_plan_progress_get_n_entries (progress), ==, 108);
  g_assert_cmpuint (counts[PT_PLAN_ADVANCE], ==, 19);
  g_assert_cmpuint (counts[PT_PLAN_STEP_BACK], ==, 4);
  g_assert_cmpuint (pt_plan_progress_get_current_step (progress), ==, 15);
  g_assert_cmpuint (highest, ==, 15);
  g_assert_cmpstr (next, ==, "Next run: 26.6 km a week (step 16 of 17).");
  for (guint i = 105; i < 108; i++)
    g_assert_cmpint (pt_plan_progress_get_entry (progress, i)->reason, ==,
                     PT_PLAN_REASON_NO_NEXT_MORNING);

  /* The step the demo stored is where the runs put her. */
  g_assert_cmpint (pt_run_plan_get_current_step (run_plan), ==, 15);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/plan/template/walk-run", test_template_walk_run);
  g_test_add_func ("/core/plan/template/other", test_template_other);
  g_test_add_func ("/core/plan/edit", test_edit);
  g_test_add_func ("/core/plan/silbernagel/series", test_silbernagel_series);
  g_test_add_func ("/core/plan/next-run", test_next_run);
  g_test_add_func ("/core/plan/silbernagel/weekly-rise", test_weekly_rise);
  g_test_add_func ("/core/plan/silbernagel/pain-after", test_pain_after);
  g_test_add_func ("/core/plan/rules", test_alternative_rules);
  g_test_add_func ("/core/plan/missing-data", test_missing_data);
  g_test_add_func ("/core/plan/complete-and-empty", test_complete_and_empty);
  PT_TEST_ADD_WITH_STORE ("/core/plan/reference-patient", test_reference_patient);

  return g_test_run ();
}
