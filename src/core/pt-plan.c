/* pt-plan.c: the steps of a return-to-run plan and its templates
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The templates are the clinic's editable default, in the shape of the
 * graded walk/run programmes published for a return to running: run
 * intervals that lengthen while the walks shorten, then continuous running,
 * each stage tried at least twice before the next and only when there was
 * no increase in pain during or after (for example the standard return-to-
 * run program of Table 1 in the trial protocol of telehealth gait
 * retraining for overuse knee injuries in soldiers, Trials 2023,
 * doi:10.1186/s13063-023-07502-x: 3/2 to 4/1 minutes running/walking, then
 * all running; The Running Clinic's walk/run interval programs), then the
 * weekly distance by at most 10 % a week (PT_TEN_PERCENT_RULE in
 * pt-analysis.h). No single published protocol is copied: the clinician
 * edits the steps.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-date.h"
#include "pt-error.h"
#include "pt-format.h"
#include "pt-plan.h"

#define MAX_MINUTES 180
#define MAX_WEEKLY_M 500000.0
#define MAX_SESSIONS 20

/* ---- steps ---- */

PtPlanStep *
pt_plan_step_copy (const PtPlanStep *step)
{
  return g_memdup2 (step, sizeof *step);
}

void
pt_plan_step_free (PtPlanStep *step)
{
  g_free (step);
}

G_DEFINE_BOXED_TYPE (PtPlanStep, pt_plan_step, pt_plan_step_copy, pt_plan_step_free)

PtPlanStep
pt_plan_step_intervals (guint run_min,
                        guint walk_min,
                        guint repetitions,
                        guint sessions)
{
  PtPlanStep step = { .kind = PT_PLAN_STEP_INTERVALS, .run_min = run_min, .walk_min = walk_min,
                      .repetitions = repetitions, .sessions = sessions };

  return step;
}

PtPlanStep
pt_plan_step_continuous (guint minutes,
                         guint sessions)
{
  PtPlanStep step = { .kind = PT_PLAN_STEP_CONTINUOUS, .minutes = minutes, .sessions = sessions };

  return step;
}

PtPlanStep
pt_plan_step_weekly (double weekly_m,
                     guint  sessions)
{
  PtPlanStep step = { .kind = PT_PLAN_STEP_WEEKLY, .weekly_m = weekly_m, .sessions = sessions };

  return step;
}

gint64
pt_plan_step_seconds (const PtPlanStep *step)
{
  g_return_val_if_fail (step != NULL, 0);

  switch (step->kind)
    {
    case PT_PLAN_STEP_INTERVALS:
      return (gint64) step->repetitions * (step->run_min + step->walk_min) * 60;
    case PT_PLAN_STEP_CONTINUOUS:
      return (gint64) step->minutes * 60;
    case PT_PLAN_STEP_WEEKLY:
    default:
      return 0;
    }
}

gboolean
pt_plan_step_validate (const PtPlanStep  *step,
                       GError           **error)
{
  g_return_val_if_fail (step != NULL, FALSE);

  if (step->sessions < 1 || step->sessions > MAX_SESSIONS)
    {
      pt_set_field_error (error, "sessions",
                          _("A step needs 1 to %d sessions before the plan advances, not %u."),
                          MAX_SESSIONS, step->sessions);
      return FALSE;
    }

  switch (step->kind)
    {
    case PT_PLAN_STEP_INTERVALS:
      if (step->run_min < 1 || step->repetitions < 1)
        {
          pt_set_field_error (error, "run_min",
                              _("A walk/run step needs at least 1 minute of running, "
                                "at least once."));
          return FALSE;
        }
      if (pt_plan_step_seconds (step) > MAX_MINUTES * 60)
        {
          pt_set_field_error (error, "repetitions",
                              _("A walk/run session may last at most %d minutes; "
                                "this one lasts %lld."),
                              MAX_MINUTES, (long long) (pt_plan_step_seconds (step) / 60));
          return FALSE;
        }
      return TRUE;

    case PT_PLAN_STEP_CONTINUOUS:
      if (step->minutes < 1 || step->minutes > MAX_MINUTES)
        {
          pt_set_field_error (error, "minutes",
                              _("A continuous run lasts 1 to %d minutes, not %u."),
                              MAX_MINUTES, step->minutes);
          return FALSE;
        }
      return TRUE;

    case PT_PLAN_STEP_WEEKLY:
      if (!(step->weekly_m >= 100 && step->weekly_m <= MAX_WEEKLY_M))
        {
          pt_set_field_error (error, "weekly_m",
                              _("A weekly distance is 0.1 to 500 km."));
          return FALSE;
        }
      return TRUE;

    default:
      pt_set_field_error (error, "kind", _("This kind of step is not known."));
      return FALSE;
    }
}

char *
pt_plan_step_describe (const PtPlanStep *step,
                       PtDistanceUnit    unit)
{
  g_autofree char *distance = NULL;

  g_return_val_if_fail (step != NULL, NULL);

  switch (step->kind)
    {
    case PT_PLAN_STEP_INTERVALS:
      if (step->walk_min == 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u min running, %u time",
                                             "%u min running, %u times", step->repetitions),
                                step->run_min, step->repetitions);
      /* TRANSLATORS: a walk/run session: "3 min running, 2 min walking, 5 times" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u min running, %u min walking, %u time",
                                           "%u min running, %u min walking, %u times",
                                           step->repetitions),
                              step->run_min, step->walk_min, step->repetitions);
    case PT_PLAN_STEP_CONTINUOUS:
      return g_strdup_printf (_("%u min continuous running"), step->minutes);
    case PT_PLAN_STEP_WEEKLY:
      distance = pt_format_distance_with_unit (step->weekly_m, unit);
      /* TRANSLATORS: a weekly distance step: "15.2 km a week" */
      return g_strdup_printf (_("%s a week"), distance);
    default:
      return g_strdup ("");
    }
}

/* ---- plans ---- */

struct _PtPlan
{
  GObject  parent_instance;

  char    *start_date;
  GArray  *steps;   /* PtPlanStep */
};

G_DEFINE_FINAL_TYPE (PtPlan, pt_plan, G_TYPE_OBJECT)

enum
{
  STEPS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pt_plan_finalize (GObject *object)
{
  PtPlan *self = PT_PLAN (object);

  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->steps, g_array_unref);

  G_OBJECT_CLASS (pt_plan_parent_class)->finalize (object);
}

static void
pt_plan_class_init (PtPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_plan_finalize;

  /* Like GListModel::items-changed: at @position, @removed steps went and
   * @added came. */
  signals[STEPS_CHANGED] = g_signal_new ("steps-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
pt_plan_init (PtPlan *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (PtPlanStep));
}

PtPlan *
pt_plan_new (const char *start_date)
{
  PtPlan *self;
  GDate date;

  g_return_val_if_fail (start_date != NULL && pt_date_parse (start_date, &date), NULL);

  self = g_object_new (PT_TYPE_PLAN, NULL);
  self->start_date = g_strdup (start_date);
  return self;
}

gboolean
pt_plan_set_start_date (PtPlan      *self,
                        const char  *start_date,
                        GError     **error)
{
  GDate date;

  g_return_val_if_fail (PT_IS_PLAN (self), FALSE);

  if (start_date == NULL || !pt_date_parse (start_date, &date))
    {
      pt_set_field_error (error, "start_date",
                          _("The plan needs a start date as year-month-day, not “%s”."),
                          start_date != NULL ? start_date : "");
      return FALSE;
    }

  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  return TRUE;
}

const char *
pt_plan_get_start_date (PtPlan *self)
{
  g_return_val_if_fail (PT_IS_PLAN (self), NULL);

  return self->start_date;
}

guint
pt_plan_get_n_steps (PtPlan *self)
{
  g_return_val_if_fail (PT_IS_PLAN (self), 0);

  return self->steps->len;
}

const PtPlanStep *
pt_plan_get_step (PtPlan *self,
                  guint   position)
{
  g_return_val_if_fail (PT_IS_PLAN (self), NULL);
  g_return_val_if_fail (position < self->steps->len, NULL);

  return &g_array_index (self->steps, PtPlanStep, position);
}

gboolean
pt_plan_insert_step (PtPlan            *self,
                     guint              position,
                     const PtPlanStep  *step,
                     GError           **error)
{
  g_return_val_if_fail (PT_IS_PLAN (self), FALSE);
  g_return_val_if_fail (step != NULL, FALSE);
  g_return_val_if_fail (position <= self->steps->len, FALSE);

  if (!pt_plan_step_validate (step, error))
    return FALSE;

  g_array_insert_val (self->steps, position, *step);
  g_signal_emit (self, signals[STEPS_CHANGED], 0, position, 0, 1);
  return TRUE;
}

gboolean
pt_plan_replace_step (PtPlan            *self,
                      guint              position,
                      const PtPlanStep  *step,
                      GError           **error)
{
  g_return_val_if_fail (PT_IS_PLAN (self), FALSE);
  g_return_val_if_fail (step != NULL, FALSE);
  g_return_val_if_fail (position < self->steps->len, FALSE);

  if (!pt_plan_step_validate (step, error))
    return FALSE;

  g_array_index (self->steps, PtPlanStep, position) = *step;
  g_signal_emit (self, signals[STEPS_CHANGED], 0, position, 1, 1);
  return TRUE;
}

void
pt_plan_remove_step (PtPlan *self,
                     guint   position)
{
  g_return_if_fail (PT_IS_PLAN (self));
  g_return_if_fail (position < self->steps->len);

  g_array_remove_index (self->steps, position);
  g_signal_emit (self, signals[STEPS_CHANGED], 0, position, 1, 0);
}

/* ---- templates ---- */

static void
append (PtPlan           *self,
        const PtPlanStep *step)
{
  /* Template steps are valid by construction. */
  g_array_append_val (self->steps, *step);
}

static double
round_to_100_m (double metres)
{
  return round (metres / 100) * 100;
}

static void
append_weekly_phase (PtPlan *self,
                     double  start_m,
                     double  goal_m)
{
  double metres = start_m;

  /* Each week 10 % on the one before, rounded down to 100 m, so no week is
   * more than 10 % up on the one before. */
  for (;;)
    {
      PtPlanStep step;

      if (metres >= goal_m)
        {
          step = pt_plan_step_weekly (goal_m, 1);
          append (self, &step);
          return;
        }
      step = pt_plan_step_weekly (metres, 1);
      append (self, &step);
      metres = MAX (floor (metres * (1 + PT_PLAN_WEEKLY_INCREASE / 100) / 100 + 1e-9) * 100,
                    metres + 100);
    }
}

PtPlan *
pt_plan_new_from_template (PtPlanTemplate   template_,
                           const char      *start_date,
                           double           start_weekly_m,
                           double           goal_weekly_m,
                           GError         **error)
{
  static const guint walk_run[][2] = { { 1, 2 }, { 2, 2 }, { 3, 2 }, { 4, 1 }, { 5, 1 } };
  static const guint walk_run_continuous[] = { 20, 25, 30 };
  static const guint continuous[] = { 10, 15, 20, 25, 30 };
  g_autoptr(PtPlan) self = NULL;
  GDate date;

  if (start_date == NULL || !pt_date_parse (start_date, &date))
    {
      pt_set_field_error (error, "start_date",
                          _("The plan needs a start date as year-month-day, not “%s”."),
                          start_date != NULL ? start_date : "");
      return NULL;
    }
  if (!(goal_weekly_m >= 1000 && goal_weekly_m <= MAX_WEEKLY_M))
    {
      pt_set_field_error (error, "goal_weekly_m",
                          _("The weekly distance to reach is 1 to 500 km."));
      return NULL;
    }
  if (!(start_weekly_m > 0))
    start_weekly_m = round_to_100_m (3 * 30 * 60 / PT_PLAN_DEFAULT_PACE_S_PER_KM * 1000);
  start_weekly_m = MIN (round_to_100_m (start_weekly_m), goal_weekly_m);

  self = pt_plan_new (start_date);

  switch (template_)
    {
    case PT_PLAN_TEMPLATE_WALK_RUN:
      for (guint i = 0; i < G_N_ELEMENTS (walk_run); i++)
        {
          PtPlanStep step = pt_plan_step_intervals (walk_run[i][0], walk_run[i][1], 5, 2);

          append (self, &step);
        }
      for (guint i = 0; i < G_N_ELEMENTS (walk_run_continuous); i++)
        {
          PtPlanStep step = pt_plan_step_continuous (walk_run_continuous[i], 2);

          append (self, &step);
        }
      break;

    case PT_PLAN_TEMPLATE_CONTINUOUS:
      for (guint i = 0; i < G_N_ELEMENTS (continuous); i++)
        {
          PtPlanStep step = pt_plan_step_continuous (continuous[i], 2);

          append (self, &step);
        }
      break;

    default:
      pt_set_field_error (error, "template", _("This plan template is not known."));
      return NULL;
    }

  append_weekly_phase (self, start_weekly_m, goal_weekly_m);
  return g_steal_pointer (&self);
}
