/* pt-patient-page.h: one patient's recovery, treatments and training
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-chart-view.h"
#include "pt-record-table.h"
#include "pt-run-plan-section.h"
#include "pt-patient-bundle.h"
#include "pt-store.h"

G_BEGIN_DECLS

#define PT_TYPE_PATIENT_PAGE (pt_patient_page_get_type ())

G_DECLARE_FINAL_TYPE (PtPatientPage, pt_patient_page, PT, PATIENT_PAGE, GtkWidget)

/* Loads and shows the patient, with weekly figures for weeks starting on
 * @week_start and a warning for shoes in use past @shoe_limit_km; FALSE
 * with @error when the store fails. */
gboolean       pt_patient_page_load             (PtPatientPage   *self,
                                                 PtStore         *store,
                                                 gint64           patient_id,
                                                 PtDistanceUnit   unit,
                                                 GDateWeekday     week_start,
                                                 int              shoe_limit_km,
                                                 GError         **error);
PtPatient     *pt_patient_page_get_patient      (PtPatientPage   *self);
/* What the page shows (its records, condition and analysis); NULL before
 * a load. The PDF report of the shown patient is made from it. */
PtPatientBundle *pt_patient_page_get_bundle     (PtPatientPage   *self);
/* The table of @record_type (PT_TYPE_SESSION, ...). */
PtRecordTable *pt_patient_page_get_table        (PtPatientPage   *self,
                                                 GType            record_type);
/* The table on screen, and switching to the one of @record_type. */
PtRecordTable *pt_patient_page_get_visible_table (PtPatientPage  *self);
void           pt_patient_page_show_table       (PtPatientPage   *self,
                                                 GType            record_type);
/* The summary line of the header, for tests: "Pain 7.5 → 2.3 (−70 %)". */
const char    *pt_patient_page_get_pain_summary (PtPatientPage   *self);
/* The 10 % rule warning, or NULL when it does not fire. */
const char    *pt_patient_page_get_warning      (PtPatientPage   *self);
/* "… has run more than 700 km; advise a new pair.", or NULL when no shoe
 * in use is past the limit. */
const char    *pt_patient_page_get_shoe_warning (PtPatientPage   *self);
/* Where the recovery chart goes. */
GtkBox        *pt_patient_page_get_chart_slot   (PtPatientPage   *self);
PtChartView   *pt_patient_page_get_chart_view   (PtPatientPage   *self);
/* The return-to-run plan under the tables. */
PtRunPlanSection *pt_patient_page_get_plan_section (PtPatientPage *self);
/* The condition the summary and chart follow (the main one); 0: all. */
gint64         pt_patient_page_get_condition_id (PtPatientPage   *self);

G_END_DECLS
