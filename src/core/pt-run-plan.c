/* pt-run-plan.c: a patient's return-to-run plan as stored
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "pt-date.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-record-private.h"
#include "pt-run-plan.h"

struct _PtRunPlan
{
  PtRecord parent_instance;

  gint64 patient_id;
  gint64 condition_id;
  char *start_date;
  char *steps;
  PtPlanRuleKind rule;
  double max_pain_during;
  double max_pain_after;
  gboolean check_next_morning;
  double next_morning_tolerance;
  gint64 next_morning_days;
  gboolean require_next_morning;
  gboolean check_weekly;
  double weekly_tolerance;
  gint64 current_step;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PtRunPlan, pt_run_plan, PT_TYPE_RECORD)

/* The limits are pt_plan_rule_validate ()'s; the steps are checked by
 * reading them (pt_store_validate_run_plan_record ()). A plan may start in
 * the future (the week after the next session). */
static const PtField fields[] = {
  { "patient_id", N_("Patient"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtRunPlan, patient_id), 0, 0, NULL },
  { "condition_id", N_("Condition"), PT_FIELD_REF, 0,
    PT_RECORD_FIELD (PtRunPlan, condition_id), 0, 0, NULL },
  { "start_date", N_("Start date"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_ORDER,
    PT_RECORD_FIELD (PtRunPlan, start_date), 0, 0, NULL },
  { "steps", N_("Steps"), PT_FIELD_TEXT, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtRunPlan, steps), 0, 1000, NULL },
  { "rule", N_("Pain-monitoring rule"), PT_FIELD_ENUM, 0,
    PT_RECORD_FIELD (PtRunPlan, rule), 0, 0, pt_plan_rule_kind_get_type },
  { "max_pain_during", N_("Pain allowed during a run"), PT_FIELD_REAL,
    PT_FIELD_REQUIRED | PT_FIELD_HALF_STEPS,
    PT_RECORD_FIELD (PtRunPlan, max_pain_during), 0, 10, NULL },
  { "max_pain_after", N_("Pain allowed after a run"), PT_FIELD_REAL,
    PT_FIELD_REQUIRED | PT_FIELD_HALF_STEPS,
    PT_RECORD_FIELD (PtRunPlan, max_pain_after), 0, 10, NULL },
  { "check_next_morning", N_("Check the next morning"), PT_FIELD_BOOL, 0,
    PT_RECORD_FIELD (PtRunPlan, check_next_morning), 0, 0, NULL },
  { "next_morning_tolerance", N_("Next morning above usual"), PT_FIELD_REAL,
    PT_FIELD_REQUIRED | PT_FIELD_HALF_STEPS,
    PT_RECORD_FIELD (PtRunPlan, next_morning_tolerance), 0, 10, NULL },
  { "next_morning_days", N_("Days to the next morning score"), PT_FIELD_INT, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtRunPlan, next_morning_days), 1, 7, NULL },
  { "require_next_morning", N_("Require a next-morning score"), PT_FIELD_BOOL, 0,
    PT_RECORD_FIELD (PtRunPlan, require_next_morning), 0, 0, NULL },
  { "check_weekly", N_("Check week to week"), PT_FIELD_BOOL, 0,
    PT_RECORD_FIELD (PtRunPlan, check_weekly), 0, 0, NULL },
  { "weekly_tolerance", N_("Weekly rise allowed"), PT_FIELD_REAL,
    PT_FIELD_REQUIRED | PT_FIELD_HALF_STEPS,
    PT_RECORD_FIELD (PtRunPlan, weekly_tolerance), 0, 10, NULL },
  { "current_step", N_("Current step"), PT_FIELD_INT, 0,
    PT_RECORD_FIELD (PtRunPlan, current_step), 0, PT_RUN_PLAN_MAX_STEPS, NULL },
  { "notes", N_("Notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtRunPlan, notes), 0, 2000, NULL },
};

static void
pt_run_plan_class_init (PtRunPlanClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "run_plans", fields, G_N_ELEMENTS (fields));
}

static void
pt_run_plan_init (PtRunPlan *self)
{
}

PtRunPlan *
pt_run_plan_new (void)
{
  PtRunPlan *self = g_object_new (PT_TYPE_RUN_PLAN, NULL);
  PtPlanRule rule;

  pt_plan_rule_init (&rule, PT_PLAN_RULE_SILBERNAGEL);
  pt_run_plan_set_rule (self, &rule);
  return self;
}

#define GETTER(ctype, name) \
  ctype \
  pt_run_plan_get_##name (PtRunPlan *self) \
  { \
    g_return_val_if_fail (PT_IS_RUN_PLAN (self), (ctype) 0); \
    return self->name; \
  }

GETTER (gint64, patient_id)
GETTER (gint64, condition_id)
GETTER (const char *, start_date)
GETTER (const char *, steps)
GETTER (gint64, current_step)
GETTER (const char *, notes)

/* Numbers notify only on a change; NAN equals NAN here. */
#define SET_NUMBER(self, name, value) \
  G_STMT_START { \
    if (!((self)->name == (value) || ((self)->name != (self)->name && (value) != (value)))) \
      { \
        (self)->name = (value); \
        g_object_notify (G_OBJECT (self), #name); \
      } \
  } G_STMT_END

void
pt_run_plan_set_patient_id (PtRunPlan *self,
                            gint64     value)
{
  g_return_if_fail (PT_IS_RUN_PLAN (self));
  SET_NUMBER (self, patient_id, value);
}

void
pt_run_plan_set_condition_id (PtRunPlan *self,
                              gint64     value)
{
  g_return_if_fail (PT_IS_RUN_PLAN (self));
  SET_NUMBER (self, condition_id, value);
}

void
pt_run_plan_set_current_step (PtRunPlan *self,
                              gint64     value)
{
  g_return_if_fail (PT_IS_RUN_PLAN (self));
  SET_NUMBER (self, current_step, value);
}

void
pt_run_plan_set_start_date (PtRunPlan  *self,
                            const char *value)
{
  g_return_if_fail (PT_IS_RUN_PLAN (self));
  pt_record_set_string (PT_RECORD (self), "start_date", value);
}

void
pt_run_plan_set_steps (PtRunPlan  *self,
                       const char *value)
{
  g_return_if_fail (PT_IS_RUN_PLAN (self));
  pt_record_set_string (PT_RECORD (self), "steps", value);
}

void
pt_run_plan_set_notes (PtRunPlan  *self,
                       const char *value)
{
  g_return_if_fail (PT_IS_RUN_PLAN (self));
  pt_record_set_string (PT_RECORD (self), "notes", value);
}

void
pt_run_plan_get_rule (PtRunPlan  *self,
                      PtPlanRule *rule)
{
  g_return_if_fail (PT_IS_RUN_PLAN (self));
  g_return_if_fail (rule != NULL);

  *rule = (PtPlanRule) {
    .kind = self->rule,
    .max_pain_during = self->max_pain_during,
    .max_pain_after = self->max_pain_after,
    .check_next_morning = self->check_next_morning,
    .next_morning_tolerance = self->next_morning_tolerance,
    .next_morning_days = self->next_morning_days > 0 ? (guint) self->next_morning_days : 0,
    .require_next_morning = self->require_next_morning,
    .check_weekly = self->check_weekly,
    .weekly_tolerance = self->weekly_tolerance,
  };
}

void
pt_run_plan_set_rule (PtRunPlan        *self,
                      const PtPlanRule *rule)
{
  g_return_if_fail (PT_IS_RUN_PLAN (self));
  g_return_if_fail (rule != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  SET_NUMBER (self, rule, rule->kind);
  SET_NUMBER (self, max_pain_during, rule->max_pain_during);
  SET_NUMBER (self, max_pain_after, rule->max_pain_after);
  SET_NUMBER (self, check_next_morning, (rule->check_next_morning != FALSE));
  SET_NUMBER (self, next_morning_tolerance, rule->next_morning_tolerance);
  SET_NUMBER (self, next_morning_days, (gint64) rule->next_morning_days);
  SET_NUMBER (self, require_next_morning, (rule->require_next_morning != FALSE));
  SET_NUMBER (self, check_weekly, (rule->check_weekly != FALSE));
  SET_NUMBER (self, weekly_tolerance, rule->weekly_tolerance);
  g_object_thaw_notify (G_OBJECT (self));
}

char *
pt_run_plan_encode_steps (PtPlan *plan)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (PT_IS_PLAN (plan), NULL);

  for (guint i = 0; i < pt_plan_get_n_steps (plan); i++)
    {
      const PtPlanStep *step = pt_plan_get_step (plan, i);

      if (i > 0)
        g_string_append_c (text, ';');
      switch (step->kind)
        {
        case PT_PLAN_STEP_INTERVALS:
          g_string_append_printf (text, "i%u/%ux%u", step->run_min, step->walk_min,
                                  step->repetitions);
          break;
        case PT_PLAN_STEP_CONTINUOUS:
          g_string_append_printf (text, "c%u", step->minutes);
          break;
        case PT_PLAN_STEP_WEEKLY:
        default:
          /* Whole metres: the template rounds to 100 m, forms to 10 m. */
          g_string_append_printf (text, "w%.0f", step->weekly_m);
          break;
        }
      g_string_append_printf (text, "*%u", step->sessions);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A number of at most 6 digits at *p, moving past it. */
static gboolean
read_number (const char **p,
             guint       *value)
{
  guint n = 0, digits = 0;

  while (g_ascii_isdigit (**p) && digits < 7)
    {
      n = n * 10 + (guint) (**p - '0');
      (*p)++;
      digits++;
    }
  *value = n;
  return digits > 0 && digits <= 6;
}

static gboolean
read_step (const char  *text,
           PtPlanStep  *step)
{
  const char *p = text + 1;
  guint a = 0, b = 0, c = 0, sessions = 0;

  switch (text[0])
    {
    case 'i':
      if (!read_number (&p, &a) || *p++ != '/' || !read_number (&p, &b) || *p++ != 'x' ||
          !read_number (&p, &c))
        return FALSE;
      break;
    case 'c':
    case 'w':
      if (!read_number (&p, &a))
        return FALSE;
      break;
    default:
      return FALSE;
    }
  if (*p++ != '*' || !read_number (&p, &sessions) || *p != '\0')
    return FALSE;

  if (text[0] == 'i')
    *step = pt_plan_step_intervals (a, b, c, sessions);
  else if (text[0] == 'c')
    *step = pt_plan_step_continuous (a, sessions);
  else
    *step = pt_plan_step_weekly (a, sessions);
  return TRUE;
}

PtPlan *
pt_run_plan_get_plan (PtRunPlan  *self,
                      GError    **error)
{
  g_autoptr(PtPlan) plan = NULL;
  g_auto(GStrv) parts = NULL;
  GDate date;
  guint n;

  g_return_val_if_fail (PT_IS_RUN_PLAN (self), NULL);

  if (self->start_date == NULL)
    {
      pt_set_field_error (error, "start_date", _("A plan needs a start date"));
      return NULL;
    }
  if (!pt_date_parse (self->start_date, &date))
    {
      pt_set_field_error (error, "start_date", _("“%s” is not a date; use YYYY-MM-DD"),
                          self->start_date);
      return NULL;
    }
  plan = pt_plan_new (self->start_date);

  if (self->steps == NULL || self->steps[0] == '\0')
    {
      pt_set_field_error (error, "steps", _("A plan needs at least one step"));
      return NULL;
    }

  parts = g_strsplit (self->steps, ";", -1);
  n = g_strv_length (parts);
  if (n > PT_RUN_PLAN_MAX_STEPS)
    {
      pt_set_field_error (error, "steps", _("A plan has at most %u steps (this one has %u)"),
                          PT_RUN_PLAN_MAX_STEPS, n);
      return NULL;
    }

  for (guint i = 0; i < n; i++)
    {
      PtPlanStep step;
      g_autoptr(GError) local = NULL;

      if (!read_step (parts[i], &step))
        {
          pt_set_field_error (error, "steps", _("Step %u (“%s”) is not a plan step"), i + 1,
                              parts[i]);
          return NULL;
        }
      if (!pt_plan_insert_step (plan, i, &step, &local))
        {
          pt_set_field_error (error, "steps", _("Step %u: %s"), i + 1, local->message);
          return NULL;
        }
    }

  return g_steal_pointer (&plan);
}

void
pt_run_plan_set_plan (PtRunPlan *self,
                      PtPlan    *plan)
{
  g_autofree char *steps = NULL;

  g_return_if_fail (PT_IS_RUN_PLAN (self));
  g_return_if_fail (PT_IS_PLAN (plan));

  steps = pt_run_plan_encode_steps (plan);
  pt_run_plan_set_start_date (self, pt_plan_get_start_date (plan));
  pt_run_plan_set_steps (self, steps);
}
