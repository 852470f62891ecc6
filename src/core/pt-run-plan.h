/* pt-run-plan.h: a patient's return-to-run plan as stored
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The record behind a PtPlan (pt-plan.h): its start date, its steps, the
 * pain-monitoring rule the clinic picked with every parameter, the
 * condition it follows (optional), and the step the plan was at when it
 * was last advanced (pt_store_advance_run_plan ()), so that the audit
 * trail shows each change of step. The evaluation itself is always from
 * the runs and pain scores, from scratch.
 *
 * The steps are one text field, one step after another separated by ";":
 *   "i1/2x5*2"   walk/run: 1 min running, 2 min walking, 5 times, 2 runs
 *   "c20*2"      20 min continuous running, 2 runs
 *   "w13800*1"   13,800 m a week, 1 week
 * pt_run_plan_get_plan () reads them back into a PtPlan and refuses any
 * other text (field "steps").
 */

#pragma once

#include "pt-plan.h"
#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_RUN_PLAN (pt_run_plan_get_type ())

G_DECLARE_FINAL_TYPE (PtRunPlan, pt_run_plan, PT, RUN_PLAN, PtRecord)

/* Steps a plan may have (the walk/run template to 100 km a week has 27). */
#define PT_RUN_PLAN_MAX_STEPS 60

/* With the Silbernagel rule's parameters. */
PtRunPlan  *pt_run_plan_new               (void);
gint64      pt_run_plan_get_patient_id    (PtRunPlan        *self);
gint64      pt_run_plan_get_condition_id  (PtRunPlan        *self);
const char *pt_run_plan_get_start_date    (PtRunPlan        *self);
const char *pt_run_plan_get_steps         (PtRunPlan        *self);
gint64      pt_run_plan_get_current_step  (PtRunPlan        *self);
const char *pt_run_plan_get_notes         (PtRunPlan        *self);
void        pt_run_plan_set_patient_id    (PtRunPlan        *self,
                                           gint64            value);
void        pt_run_plan_set_condition_id  (PtRunPlan        *self,
                                           gint64            value);
void        pt_run_plan_set_start_date    (PtRunPlan        *self,
                                           const char       *value);
void        pt_run_plan_set_steps         (PtRunPlan        *self,
                                           const char       *value);
void        pt_run_plan_set_current_step  (PtRunPlan        *self,
                                           gint64            value);
void        pt_run_plan_set_notes         (PtRunPlan        *self,
                                           const char       *value);

void        pt_run_plan_get_rule          (PtRunPlan        *self,
                                           PtPlanRule       *rule);
void        pt_run_plan_set_rule          (PtRunPlan        *self,
                                           const PtPlanRule *rule);

/* The start date and steps as a PtPlan; NULL with @error (field "steps" or
 * "start_date") when they are not a plan. */
PtPlan     *pt_run_plan_get_plan          (PtRunPlan        *self,
                                           GError          **error);
/* Takes the start date and steps of @plan. */
void        pt_run_plan_set_plan          (PtRunPlan        *self,
                                           PtPlan           *plan);
/* The text of pt_run_plan_set_steps () for @plan's steps. */
char       *pt_run_plan_encode_steps      (PtPlan           *plan);

G_END_DECLS
