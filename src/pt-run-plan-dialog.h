/* pt-run-plan-dialog.h: a new return-to-run plan from a template
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-store.h"

G_BEGIN_DECLS

#define PT_TYPE_RUN_PLAN_DIALOG (pt_run_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PtRunPlanDialog, pt_run_plan_dialog, PT, RUN_PLAN_DIALOG, AdwWindow)

/* A plan for @patient_id following @condition_id (0: none), with the
 * weekly goal typed in @unit. Create saves it (pt_store_add_run_plan ()),
 * sets its step from the runs already logged (pt_store_advance_run_plan ()),
 * emits ::saved with the plan's id and closes; a refused plan keeps the
 * dialog open with the reason under the field. */
PtRunPlanDialog *pt_run_plan_dialog_new        (GtkWindow       *parent,
                                                PtStore         *store,
                                                gint64           patient_id,
                                                gint64           condition_id,
                                                PtDistanceUnit   unit);
/* For tests: the message shown, or NULL. */
const char      *pt_run_plan_dialog_get_error  (PtRunPlanDialog *self);
/* For tests: the rows (the date row, the goal's spin button, ...). */
GtkWidget       *pt_run_plan_dialog_get_widget (PtRunPlanDialog *self,
                                                const char      *name);

G_END_DECLS
