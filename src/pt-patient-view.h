/* pt-patient-view.h: the patient's own view of their progress
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-chart-view.h"
#include "pt-patient-bundle.h"
#include "pt-store.h"

G_BEGIN_DECLS

#define PT_TYPE_PATIENT_VIEW (pt_patient_view_get_type ())

G_DECLARE_FINAL_TYPE (PtPatientView, pt_patient_view, PT, PATIENT_VIEW, GtkWidget)

GtkWidget   *pt_patient_view_new          (void);
/* Shows @bundle's patient, in @unit; with @entry, the patient may record
 * today's pain and a run (saved through @store, as reported by the
 * patient). */
gboolean     pt_patient_view_load         (PtPatientView   *self,
                                           PtStore         *store,
                                           PtPatientBundle *bundle,
                                           PtDistanceUnit   unit,
                                           gboolean         entry,
                                           GError         **error);
/* Leaving: with @pin, the PIN prompt opens under the header and ::leave
 * comes when the clinician's PIN is typed; without, ::leave comes now. */
void         pt_patient_view_ask_to_leave (PtPatientView   *self,
                                           gboolean         pin);

/* For tests: what the view says and shows. */
const char  *pt_patient_view_get_headline (PtPatientView   *self);
/* The questionnaire's sentence, or NULL when none is shown. */
const char  *pt_patient_view_get_measure  (PtPatientView   *self);
PtChartView *pt_patient_view_get_chart    (PtPatientView   *self);
GtkWidget   *pt_patient_view_get_prompt   (PtPatientView   *self);
PtPatientBundle *pt_patient_view_get_bundle (PtPatientView *self);

G_END_DECLS
