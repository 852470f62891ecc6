/* pt-store-outcomes.c: outcome measures and return-to-run plans
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-analysis.h"
#include "pt-error.h"
#include "pt-store-private.h"
#include "pt-validate.h"

gboolean
pt_store_validate_outcome_record (PtStore   *self,
                                  PtRecord  *record,
                                  GError   **error)
{
  g_autofree char *birth = NULL;

  return pt_outcome_check_measure (PT_OUTCOME (record), error) &&
         pt_store_check_patient (self, record, &birth, error) &&
         pt_validate_not_before_birth (record, "date", birth, error) &&
         pt_store_check_owned (self, record, "condition_id", error);
}

gboolean
pt_store_validate_run_plan_record (PtStore   *self,
                                   PtRecord  *record,
                                   GError   **error)
{
  PtRunPlan *run_plan = PT_RUN_PLAN (record);
  g_autoptr(PtPlan) plan = NULL;
  g_autofree char *birth = NULL;
  PtPlanRule rule;

  plan = pt_run_plan_get_plan (run_plan, error);
  if (plan == NULL)
    return FALSE;

  pt_run_plan_get_rule (run_plan, &rule);
  if (!pt_plan_rule_validate (&rule, error))
    return FALSE;

  if (pt_run_plan_get_current_step (run_plan) != PT_NO_INT &&
      pt_run_plan_get_current_step (run_plan) > (gint64) pt_plan_get_n_steps (plan))
    {
      pt_set_field_error (error, "current_step",
                          _("The plan has %u steps; it cannot be at step %lld"),
                          pt_plan_get_n_steps (plan),
                          (long long) pt_run_plan_get_current_step (run_plan) + 1);
      return FALSE;
    }

  return pt_store_check_patient (self, record, &birth, error) &&
         pt_validate_not_before_birth (record, "start_date", birth, error) &&
         pt_store_check_owned (self, record, "condition_id", error);
}

gint64
pt_store_add_outcome (PtStore    *self,
                      PtOutcome  *record,
                      GError    **error)
{
  g_return_val_if_fail (PT_IS_OUTCOME (record), 0);

  return pt_store_add_checked (self, PT_RECORD (record), pt_store_validate_outcome_record, error);
}

gboolean
pt_store_update_outcome (PtStore    *self,
                         PtOutcome  *record,
                         GError    **error)
{
  g_return_val_if_fail (PT_IS_OUTCOME (record), FALSE);

  return pt_store_update_checked (self, PT_RECORD (record), pt_store_validate_outcome_record,
                                  error);
}

PtOutcome *
pt_store_get_outcome (PtStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_OUTCOME (pt_store_load_record (self, PT_TYPE_OUTCOME, id, error));
}

gboolean
pt_store_delete_outcome (PtStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_store_delete_checked (self, PT_TYPE_OUTCOME, id, NULL, error);
}

GListModel *
pt_store_list_outcomes (PtStore  *self,
                        gint64    patient_id,
                        GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_OUTCOME, "patient_id", patient_id, error);
}

gint64
pt_store_add_run_plan (PtStore    *self,
                       PtRunPlan  *record,
                       GError    **error)
{
  g_return_val_if_fail (PT_IS_RUN_PLAN (record), 0);

  return pt_store_add_checked (self, PT_RECORD (record), pt_store_validate_run_plan_record, error);
}

gboolean
pt_store_update_run_plan (PtStore    *self,
                          PtRunPlan  *record,
                          GError    **error)
{
  g_return_val_if_fail (PT_IS_RUN_PLAN (record), FALSE);

  return pt_store_update_checked (self, PT_RECORD (record), pt_store_validate_run_plan_record,
                                  error);
}

PtRunPlan *
pt_store_get_run_plan (PtStore  *self,
                       gint64    id,
                       GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_RUN_PLAN (pt_store_load_record (self, PT_TYPE_RUN_PLAN, id, error));
}

gboolean
pt_store_delete_run_plan (PtStore  *self,
                          gint64    id,
                          GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_store_delete_checked (self, PT_TYPE_RUN_PLAN, id, NULL, error);
}

GListModel *
pt_store_list_run_plans (PtStore  *self,
                         gint64    patient_id,
                         GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_RUN_PLAN, "patient_id", patient_id, error);
}

PtPlanProgress *
pt_store_evaluate_run_plan (PtStore         *self,
                            PtRunPlan       *run_plan,
                            GListModel      *runs,
                            GListModel      *pain_scores,
                            PtDistanceUnit   unit,
                            GError         **error)
{
  g_autoptr(PtPlan) plan = NULL;
  PtPlanRule rule;

  g_return_val_if_fail (PT_IS_RUN_PLAN (run_plan), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (runs) && G_IS_LIST_MODEL (pain_scores), NULL);

  plan = pt_run_plan_get_plan (run_plan, error);
  if (plan == NULL)
    return NULL;
  pt_run_plan_get_rule (run_plan, &rule);
  return pt_plan_evaluate (plan, &rule, runs, pain_scores,
                           pt_run_plan_get_condition_id (run_plan), unit);
}

static gboolean
advance (PtStore          *self,
         gint64            id,
         PtDistanceUnit    unit,
         PtPlanProgress  **out_progress,
         gboolean         *changed,
         GError          **error)
{
  g_autoptr(PtRunPlan) run_plan = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GListModel) pain_scores = NULL;
  g_autoptr(PtPlanProgress) progress = NULL;
  gint64 step;

  if (!(run_plan = pt_store_get_run_plan (self, id, error)) ||
      !(runs = pt_store_list_runs (self, pt_run_plan_get_patient_id (run_plan), error)) ||
      !(pain_scores = pt_store_list_pain_scores (self, pt_run_plan_get_patient_id (run_plan),
                                                 error)) ||
      !(progress = pt_store_evaluate_run_plan (self, run_plan, runs, pain_scores, unit, error)))
    return FALSE;

  step = pt_plan_progress_get_current_step (progress);
  *changed = pt_run_plan_get_current_step (run_plan) != step;
  if (*changed)
    {
      pt_run_plan_set_current_step (run_plan, step);
      if (!pt_store_update_run_plan (self, run_plan, error))
        return FALSE;
    }

  if (out_progress != NULL)
    *out_progress = g_steal_pointer (&progress);
  return TRUE;
}

gboolean
pt_store_advance_run_plan (PtStore          *self,
                           gint64            id,
                           PtDistanceUnit    unit,
                           PtPlanProgress  **out_progress,
                           gboolean         *changed,
                           GError          **error)
{
  gboolean local_changed = FALSE;

  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_progress == NULL || *out_progress == NULL, FALSE);

  if (changed == NULL)
    changed = &local_changed;

  /* One transaction: the runs read are those the step is written from. */
  if (!pt_store_begin (self, error))
    return FALSE;
  if (!advance (self, id, unit, out_progress, changed, error))
    {
      pt_store_rollback (self);
      if (out_progress != NULL)
        g_clear_pointer (out_progress, pt_plan_progress_free);
      return FALSE;
    }
  if (!pt_store_commit (self, error))
    {
      if (out_progress != NULL)
        g_clear_pointer (out_progress, pt_plan_progress_free);
      return FALSE;
    }
  return TRUE;
}
