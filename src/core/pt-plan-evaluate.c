/* pt-plan-evaluate.c: where a patient is in a return-to-run plan
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The decisions after each run, by the rules of pt-plan.h (definitions in
 * its header comment), from scratch every time: the same runs and scores
 * give the same history.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-analysis.h"
#include "pt-date.h"
#include "pt-format.h"
#include "pt-pain-score.h"
#include "pt-plan.h"
#include "pt-run.h"

/* Scores are in half points: a limit of 5 allows 5 and refuses 5.5; this
 * only absorbs the rounding of sums and means. */
#define EPSILON 1e-9

struct _PtPlanProgress
{
  PtPlan         *plan;
  PtDistanceUnit  unit;
  GArray         *entries;   /* PtPlanEntry */
  guint           current;
  guint           done;
};

typedef struct
{
  char   date[11];
  double pain;   /* the day's mean (after-run: highest) */
  guint  n;      /* scores that day */
} Day;

/* The pain scores the rule reads, by day. */
typedef struct
{
  GArray *mornings;   /* Day, by date */
  GArray *after_run;  /* Day with the day's highest, by date */
} Diary;

/* The plan's state between runs. */
typedef struct
{
  guint  current;
  guint  done;
  char   week_start[11];   /* the weekly step's current week, "" when none */
  double week_m;
  gboolean week_counted;
  int    checked_week;     /* the last plan week whose first run compared the weeks */
} State;

static void
entry_clear (gpointer data)
{
  PtPlanEntry *entry = data;

  g_clear_pointer (&entry->text, g_free);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return strcmp (((const Day *) a)->date, ((const Day *) b)->date);
}

/* Adds @pain on @date to @days (sorted later): the day's mean, or its
 * highest when @highest. Days are few: a linear search is enough. */
static void
add_day (GArray     *days,
         const char *date,
         double      pain,
         gboolean    highest)
{
  Day day = { .pain = pain, .n = 1 };

  for (guint i = 0; i < days->len; i++)
    {
      Day *known = &g_array_index (days, Day, i);

      if (strcmp (known->date, date) == 0)
        {
          if (highest)
            known->pain = MAX (known->pain, pain);
          else
            known->pain = (known->pain * known->n + pain) / (known->n + 1);
          known->n++;
          return;
        }
    }

  g_strlcpy (day.date, date, sizeof day.date);
  g_array_append_val (days, day);
}

static void
diary_init (Diary      *diary,
            GListModel *pain_scores,
            gint64      condition_id)
{
  guint n = pain_scores != NULL ? g_list_model_get_n_items (pain_scores) : 0;

  diary->mornings = g_array_new (FALSE, TRUE, sizeof (Day));
  diary->after_run = g_array_new (FALSE, TRUE, sizeof (Day));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtPainScore) score = g_list_model_get_item (pain_scores, i);
      const char *date = pt_pain_score_get_date (score);
      double pain = pt_pain_score_get_score (score);
      PtPainContext context = pt_pain_score_get_context (score);
      GDate parsed;

      if (!pt_analysis_of_condition (pt_pain_score_get_condition_id (score), condition_id) ||
          !pt_has_value (pain) || date == NULL || !pt_date_parse (date, &parsed))
        continue;

      if (context == PT_PAIN_CONTEXT_MORNING)
        add_day (diary->mornings, date, pain, FALSE);
      else if (context == PT_PAIN_CONTEXT_AFTER_RUN)
        add_day (diary->after_run, date, pain, TRUE);
    }

  g_array_sort (diary->mornings, compare_days);
  g_array_sort (diary->after_run, compare_days);
}

static void
diary_clear (Diary *diary)
{
  g_clear_pointer (&diary->mornings, g_array_unref);
  g_clear_pointer (&diary->after_run, g_array_unref);
}

/* The last morning on or before @date: the usual level before a run. */
static double
usual_morning (const Diary *diary,
               const char  *date)
{
  double pain = NAN;

  for (guint i = 0; i < diary->mornings->len; i++)
    {
      const Day *day = &g_array_index (diary->mornings, Day, i);

      if (strcmp (day->date, date) > 0)
        break;
      pain = day->pain;
    }

  return pain;
}

/* The first morning 1 to @days days after @date. */
static double
next_morning (const Diary *diary,
              const char  *date,
              guint        days)
{
  g_autofree char *last = pt_date_add_days (date, (int) days);

  for (guint i = 0; i < diary->mornings->len; i++)
    {
      const Day *day = &g_array_index (diary->mornings, Day, i);

      if (strcmp (day->date, date) <= 0)
        continue;
      if (strcmp (day->date, last) > 0)
        break;
      return day->pain;
    }

  return NAN;
}

static double
after_run (const Diary *diary,
           const char  *date)
{
  for (guint i = 0; i < diary->after_run->len; i++)
    {
      const Day *day = &g_array_index (diary->after_run, Day, i);

      if (strcmp (day->date, date) == 0)
        return day->pain;
    }

  return NAN;
}

/* The mean morning pain of the 7 days (@from, @to]; NAN without any. */
static double
week_mean (const Diary *diary,
           const char  *from,
           const char  *to)
{
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < diary->mornings->len; i++)
    {
      const Day *day = &g_array_index (diary->mornings, Day, i);

      if (strcmp (day->date, from) > 0 && strcmp (day->date, to) <= 0)
        {
          sum += day->pain;
          n++;
        }
    }

  return n > 0 ? sum / n : NAN;
}

/* Pain is scored in half points: a week's mean is compared at that
 * resolution, so one morning half a point up in an otherwise steady week
 * (a mean of 3.07 against 3) is no increase, a whole week half a point up
 * is. */
static double
round_half (double pain)
{
  return round (pain * 2) / 2;
}

/* The mean morning pain of week @week of the plan (the 7 days from
 * @start + 7 * @week; week -1 is the one before the plan). */
static double
plan_week_mean (const Diary *diary,
                const char  *start,
                int          week)
{
  g_autofree char *before = pt_date_add_days (start, 7 * week - 1);
  g_autofree char *last = pt_date_add_days (start, 7 * week + 6);

  return week_mean (diary, before, last);
}

/* TRUE when plan week @week - 1 had a higher mean morning pain than week
 * @week - 2, by more than @tolerance. */
static gboolean
weekly_rise (const Diary *diary,
             const char  *start,
             int          week,
             double       tolerance,
             double      *last_week,
             double      *week_before)
{
  *last_week = plan_week_mean (diary, start, week - 1);
  *week_before = plan_week_mean (diary, start, week - 2);

  return pt_has_value (*last_week) && pt_has_value (*week_before) &&
         round_half (*last_week) > round_half (*week_before) + tolerance + EPSILON;
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  PtRun *run_a = *(PtRun * const *) a;
  PtRun *run_b = *(PtRun * const *) b;

  return g_strcmp0 (pt_run_get_date (run_a), pt_run_get_date (run_b));
}

/* The runs from @start_date on, by date (the input order within a day). */
static GPtrArray *
runs_in_order (GListModel *runs,
               const char *start_date)
{
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = runs != NULL ? g_list_model_get_n_items (runs) : 0;

  for (guint i = 0; i < n; i++)
    {
      PtRun *run = g_list_model_get_item (runs, i);
      const char *date = pt_run_get_date (run);
      GDate parsed;

      if (date == NULL || !pt_date_parse (date, &parsed) || g_strcmp0 (date, start_date) < 0)
        {
          g_object_unref (run);
          continue;
        }
      g_ptr_array_add (sorted, run);
    }

  /* GLib sorts stably (a merge sort). */
  g_ptr_array_sort (sorted, compare_runs);
  return sorted;
}

/* ---- sentences ---- */

static char *
reason_text (const PtPlanEntry *entry,
             const PtPlanRule  *rule,
             const PtPlanStep  *step,
             const State       *state,
             double             value,
             double             limit,
             gint64             seconds,
             PtDistanceUnit     unit)
{
  g_autofree char *value_text = pt_format_pain (value);
  g_autofree char *limit_text = pt_format_pain (limit);

  switch (entry->reason)
    {
    case PT_PLAN_REASON_STEP_DONE:
    case PT_PLAN_REASON_COUNTED:
    case PT_PLAN_REASON_WEEK_DONE:
      if (step->kind == PT_PLAN_STEP_WEEKLY)
        {
          g_autofree char *week = pt_format_distance_with_unit (state->week_m, unit);
          g_autofree char *target = pt_format_distance_with_unit (step->weekly_m, unit);

          /* TRANSLATORS: "Week 1 of 1 at this step reached its distance (15.4 km of 15.2 km),
           * within the rule." */
          return g_strdup_printf (_("Week %u of %u at this step reached its distance "
                                    "(%s of %s), within the rule."),
                                  entry->reason == PT_PLAN_REASON_STEP_DONE ? step->sessions
                                                                            : entry->done,
                                  step->sessions, week, target);
        }
      /* TRANSLATORS: "Run 1 of 2 at this step, within the rule." */
      return g_strdup_printf (_("Run %u of %u at this step, within the rule."),
                              entry->reason == PT_PLAN_REASON_STEP_DONE ? step->sessions
                                                                        : entry->done,
                              step->sessions);

    case PT_PLAN_REASON_SHORT:
      {
        g_autofree char *run = pt_format_duration (seconds);
        g_autofree char *prescribed = pt_format_duration (pt_plan_step_seconds (step));

        /* TRANSLATORS: durations as clocks: "12:40 of the 15:00 this step prescribes: ..." */
        return g_strdup_printf (_("%s of the %s this step prescribes: a shorter run does not "
                                  "count."), run, prescribed);
      }
    case PT_PLAN_REASON_NO_DURATION:
      return g_strdup (_("No duration recorded, so the run cannot count for this step."));
    case PT_PLAN_REASON_NO_PAIN_DURING:
      return g_strdup (_("No pain during the run recorded, so the rule cannot be checked and "
                         "the run does not count."));
    case PT_PLAN_REASON_NO_NEXT_MORNING:
      if (rule->next_morning_days > 1)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "No morning pain score within %u day after the "
                                             "run, so the rule cannot be checked and the run "
                                             "does not count.",
                                             "No morning pain score within %u days after the "
                                             "run, so the rule cannot be checked and the run "
                                             "does not count.", rule->next_morning_days),
                                rule->next_morning_days);
      return g_strdup (_("No morning pain score the day after the run, so the rule cannot be "
                         "checked and the run does not count."));
    case PT_PLAN_REASON_NO_USUAL_MORNING:
      return g_strdup (_("No morning pain score before the run to compare the next morning "
                         "with, so the run does not count."));
    case PT_PLAN_REASON_WEEK_PART:
      {
        g_autofree char *week = pt_format_distance_with_unit (state->week_m, unit);
        g_autofree char *target = pt_format_distance_with_unit (step->weekly_m, unit);

        /* TRANSLATORS: "8.2 km of the 15.2 km of this week so far, within the rule." */
        return g_strdup_printf (_("%s of the %s of this week so far, within the rule."),
                                week, target);
      }
    case PT_PLAN_REASON_WEEK_ALREADY:
      return g_strdup (_("This week’s distance was reached already; within the rule."));
    case PT_PLAN_REASON_COMPLETE:
      return g_strdup (_("Within the rule."));
    case PT_PLAN_REASON_PAIN_DURING:
      /* TRANSLATORS: pain scores out of 10: "Pain during the run 6/10, above the 5/10 ..." */
      return g_strdup_printf (_("Pain during the run %s/10, above the %s/10 the rule allows."),
                              value_text, limit_text);
    case PT_PLAN_REASON_PAIN_AFTER:
      return g_strdup_printf (_("Pain after the run %s/10, above the %s/10 the rule allows."),
                              value_text, limit_text);
    case PT_PLAN_REASON_NEXT_MORNING:
      return g_strdup_printf (_("Morning pain after the run %s/10, not back to its usual "
                                "%s/10."), value_text, limit_text);
    case PT_PLAN_REASON_WEEKLY_RISE:
      return g_strdup_printf (_("Morning pain last week averaged %s/10, more than the %s/10 of "
                                "the week before."), value_text, limit_text);
    default:
      return g_strdup ("");
    }
}

static char *
consequence_text (const PtPlanEntry *entry,
                  gboolean           was_complete,
                  guint              n_steps)
{
  switch (entry->decision)
    {
    case PT_PLAN_ADVANCE:
      if (entry->next_step >= n_steps)
        return g_strdup (_("The plan is complete."));
      return g_strdup_printf (_("On to step %u."), entry->next_step + 1);
    case PT_PLAN_STEP_BACK:
      if (!was_complete && entry->step == 0)
        return g_strdup_printf (_("The plan stays at step %u, the first."), entry->step + 1);
      return g_strdup_printf (_("Back to step %u."), entry->next_step + 1);
    case PT_PLAN_HOLD:
    default:
      if (entry->next_step >= n_steps)
        return g_strdup (_("The plan stays complete."));
      return g_strdup_printf (_("The plan stays at step %u."), entry->next_step + 1);
    }
}

/* ---- decisions ---- */

static void
week_reset (State *state)
{
  state->week_start[0] = '\0';
  state->week_m = 0;
  state->week_counted = FALSE;
}

static void
move_to (State *state,
         guint  step)
{
  state->current = step;
  state->done = 0;
  week_reset (state);
}

static void
decide (PtPlan           *plan,
        const PtPlanRule *rule,
        const Diary      *diary,
        PtRun            *run,
        State            *state,
        PtPlanEntry      *entry,
        PtDistanceUnit    unit)
{
  guint n_steps = pt_plan_get_n_steps (plan);
  gboolean complete = state->current >= n_steps;
  guint index = complete ? n_steps - 1 : state->current;
  const PtPlanStep *step = pt_plan_get_step (plan, index);
  const char *date = pt_run_get_date (run);
  gint64 seconds = pt_run_get_duration_s (run);
  double after = after_run (diary, date);
  double last_week = NAN, week_before = NAN;
  double value = NAN, limit = NAN;
  int week = pt_date_days_between (pt_plan_get_start_date (plan), date) / 7;
  gboolean rise = FALSE;
  gboolean breach = TRUE;
  g_autofree char *reason = NULL;
  g_autofree char *consequence = NULL;

  g_strlcpy (entry->date, date, sizeof entry->date);
  entry->run_id = pt_record_get_id (PT_RECORD (run));
  entry->step = index;
  entry->pain_during = pt_run_get_pain_during (run);
  entry->usual_morning = usual_morning (diary, date);
  /* The week before against the one before it, once a week, at its first
   * run. */
  if (rule->check_weekly && week > state->checked_week)
    {
      state->checked_week = week;
      rise = weekly_rise (diary, pt_plan_get_start_date (plan), week, rule->weekly_tolerance,
                          &last_week, &week_before);
    }
  entry->next_morning = rule->check_next_morning ? next_morning (diary, date,
                                                                 MAX (rule->next_morning_days, 1))
                                                 : NAN;

  if (!complete && step->kind == PT_PLAN_STEP_WEEKLY)
    {
      if (state->week_start[0] == '\0' || pt_date_days_between (state->week_start, date) >= 7)
        {
          week_reset (state);
          g_strlcpy (state->week_start, date, sizeof state->week_start);
        }
      state->week_m += MAX (pt_run_get_distance_m (run), 0);
    }

  /* Whatever was recorded and breaks the rule steps back. */
  if (pt_has_value (entry->pain_during) &&
      entry->pain_during > rule->max_pain_during + EPSILON)
    {
      entry->reason = PT_PLAN_REASON_PAIN_DURING;
      value = entry->pain_during;
      limit = rule->max_pain_during;
    }
  else if (pt_has_value (after) && after > rule->max_pain_after + EPSILON)
    {
      entry->reason = PT_PLAN_REASON_PAIN_AFTER;
      value = after;
      limit = rule->max_pain_after;
    }
  else if (rule->check_next_morning && pt_has_value (entry->next_morning) &&
           pt_has_value (entry->usual_morning) &&
           entry->next_morning > entry->usual_morning + rule->next_morning_tolerance + EPSILON)
    {
      entry->reason = PT_PLAN_REASON_NEXT_MORNING;
      value = entry->next_morning;
      limit = entry->usual_morning;
    }
  else if (rise)
    {
      entry->reason = PT_PLAN_REASON_WEEKLY_RISE;
      value = last_week;
      limit = week_before;
    }
  else
    breach = FALSE;

  if (breach)
    {
      entry->decision = PT_PLAN_STEP_BACK;
      move_to (state, index > 0 ? (complete ? index : index - 1) : 0);
    }
  else
    {
      /* Missing data, then the prescription. */
      entry->decision = PT_PLAN_HOLD;
      if (!pt_has_value (entry->pain_during))
        entry->reason = PT_PLAN_REASON_NO_PAIN_DURING;
      else if (rule->check_next_morning && rule->require_next_morning &&
               !pt_has_value (entry->next_morning))
        entry->reason = PT_PLAN_REASON_NO_NEXT_MORNING;
      else if (rule->check_next_morning && pt_has_value (entry->next_morning) &&
               !pt_has_value (entry->usual_morning))
        entry->reason = PT_PLAN_REASON_NO_USUAL_MORNING;
      else if (complete)
        entry->reason = PT_PLAN_REASON_COMPLETE;
      else if (step->kind == PT_PLAN_STEP_WEEKLY)
        {
          if (state->week_counted)
            entry->reason = PT_PLAN_REASON_WEEK_ALREADY;
          else if (state->week_m + EPSILON <
                   step->weekly_m * (1 - PT_PLAN_PRESCRIPTION_TOLERANCE))
            entry->reason = PT_PLAN_REASON_WEEK_PART;
          else
            {
              state->week_counted = TRUE;
              entry->counted = TRUE;
              entry->reason = PT_PLAN_REASON_WEEK_DONE;
            }
        }
      else if (seconds <= 0)
        entry->reason = PT_PLAN_REASON_NO_DURATION;
      else if (seconds + EPSILON <
               pt_plan_step_seconds (step) * (1 - PT_PLAN_PRESCRIPTION_TOLERANCE))
        entry->reason = PT_PLAN_REASON_SHORT;
      else
        {
          entry->counted = TRUE;
          entry->reason = PT_PLAN_REASON_COUNTED;
        }

      if (entry->counted)
        {
          state->done++;
          entry->done = state->done;
        }
      if (entry->counted && state->done >= step->sessions)
        {
          entry->decision = PT_PLAN_ADVANCE;
          entry->reason = PT_PLAN_REASON_STEP_DONE;
        }
    }

  /* The sentence reads the week before the plan moves on. */
  reason = reason_text (entry, rule, step, state, value, limit, seconds, unit);
  if (entry->decision == PT_PLAN_ADVANCE)
    move_to (state, state->current + 1);

  entry->next_step = state->current;
  entry->done = state->done;
  consequence = consequence_text (entry, complete, n_steps);
  entry->text = g_strconcat (reason, " ", consequence, NULL);
}

PtPlanProgress *
pt_plan_evaluate (PtPlan           *plan,
                  const PtPlanRule *rule,
                  GListModel       *runs,
                  GListModel       *pain_scores,
                  gint64            condition_id,
                  PtDistanceUnit    unit)
{
  PtPlanProgress *self;
  g_autoptr(GPtrArray) sorted = NULL;
  Diary diary;
  State state = { .checked_week = -1 };

  g_return_val_if_fail (PT_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rule != NULL, NULL);

  self = g_new0 (PtPlanProgress, 1);
  self->plan = g_object_ref (plan);
  self->unit = unit;
  self->entries = g_array_new (FALSE, TRUE, sizeof (PtPlanEntry));
  g_array_set_clear_func (self->entries, entry_clear);

  if (pt_plan_get_n_steps (plan) == 0)
    return self;

  diary_init (&diary, pain_scores, condition_id);
  sorted = runs_in_order (runs, pt_plan_get_start_date (plan));

  for (guint i = 0; i < sorted->len; i++)
    {
      PtPlanEntry entry = { .pain_during = NAN };

      decide (plan, rule, &diary, g_ptr_array_index (sorted, i), &state, &entry, unit);
      g_array_append_val (self->entries, entry);
    }

  self->current = state.current;
  self->done = state.done;
  diary_clear (&diary);
  return self;
}

void
pt_plan_progress_free (PtPlanProgress *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->plan);
  g_clear_pointer (&self->entries, g_array_unref);
  g_free (self);
}

guint
pt_plan_progress_get_n_entries (PtPlanProgress *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

const PtPlanEntry *
pt_plan_progress_get_entry (PtPlanProgress *self,
                            guint           position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return &g_array_index (self->entries, PtPlanEntry, position);
}

guint
pt_plan_progress_get_current_step (PtPlanProgress *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->current;
}

guint
pt_plan_progress_get_done (PtPlanProgress *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->done;
}

gboolean
pt_plan_progress_is_complete (PtPlanProgress *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return pt_plan_get_n_steps (self->plan) > 0 &&
         self->current >= pt_plan_get_n_steps (self->plan);
}

char *
pt_plan_progress_next_run (PtPlanProgress *self)
{
  guint n_steps;
  g_autofree char *step = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  n_steps = pt_plan_get_n_steps (self->plan);
  if (n_steps == 0)
    return g_strdup (_("The plan has no steps yet."));

  if (self->current >= n_steps)
    {
      step = pt_plan_step_describe (pt_plan_get_step (self->plan, n_steps - 1), self->unit);
      /* TRANSLATORS: %s is the last step: "30.0 km a week" */
      return g_strdup_printf (_("The plan is complete: %s reached."), step);
    }

  step = pt_plan_step_describe (pt_plan_get_step (self->plan, self->current), self->unit);
  /* TRANSLATORS: "Next run: 3 min running, 2 min walking, 5 times (step 3 of 11)." */
  return g_strdup_printf (_("Next run: %s (step %u of %u)."), step, self->current + 1, n_steps);
}
