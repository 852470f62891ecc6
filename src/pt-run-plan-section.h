/* pt-run-plan-section.h: the patient page's return-to-run plan
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-patient-bundle.h"

G_BEGIN_DECLS

#define PT_TYPE_RUN_PLAN_SECTION (pt_run_plan_section_get_type ())

G_DECLARE_FINAL_TYPE (PtRunPlanSection, pt_run_plan_section, PT, RUN_PLAN_SECTION, AdwBin)

GtkWidget  *pt_run_plan_section_new          (void);
/* Shows the plan in force of @bundle (pt_patient_bundle_get_run_plan ()),
 * evaluated afresh from its runs and pain scores, distances in @unit; or,
 * without a plan, how to make one. */
void        pt_run_plan_section_set_bundle   (PtRunPlanSection *self,
                                              PtPatientBundle  *bundle,
                                              PtDistanceUnit    unit);
/* For tests: "Next run: … (step 4 of 17)." or NULL without a plan. */
const char *pt_run_plan_section_get_next_run (PtRunPlanSection *self);
/* Where the plan is, for the page's header: "Step 4 of 17" (or
 * "Complete") and what is done there ("1 of 2 runs done"), short enough
 * for a tile; FALSE without a plan. Valid until the next
 * pt_run_plan_section_set_bundle (). */
gboolean    pt_run_plan_section_get_step     (PtRunPlanSection  *self,
                                              const char       **step,
                                              const char       **text);
/* For tests: the step marked as the current one (0-based), or -1. */
int         pt_run_plan_section_get_current  (PtRunPlanSection *self);

G_END_DECLS
