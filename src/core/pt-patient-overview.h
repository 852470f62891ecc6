/* pt-patient-overview.h: one line about a patient, for lists
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pt-types.h"

G_BEGIN_DECLS

#define PT_TYPE_PATIENT_OVERVIEW (pt_patient_overview_get_type ())

G_DECLARE_FINAL_TYPE (PtPatientOverview, pt_patient_overview, PT, PATIENT_OVERVIEW, GObject)

gint64           pt_patient_overview_get_id             (PtPatientOverview *self);
const char      *pt_patient_overview_get_name           (PtPatientOverview *self);
const char      *pt_patient_overview_get_record_number  (PtPatientOverview *self);
/* YYYY-MM-DD: with the record number, what tells two patients of the
 * same name apart. */
const char      *pt_patient_overview_get_date_of_birth  (PtPatientOverview *self);
gboolean         pt_patient_overview_get_archived       (PtPatientOverview *self);
/* The most recent active condition; FALSE when there is none. */
gboolean         pt_patient_overview_get_condition      (PtPatientOverview *self,
                                                         PtConditionKind   *kind,
                                                         PtSide            *side);
guint            pt_patient_overview_get_session_count  (PtPatientOverview *self);
/* Mean of the scores on the latest day with scores; NAN when none. */
double           pt_patient_overview_get_latest_pain    (PtPatientOverview *self);
/* Date of the latest session, or NULL. */
const char      *pt_patient_overview_get_last_visit     (PtPatientOverview *self);
/* The next visit booked at the latest session, or NULL (pt_analysis_next_visit). */
const char      *pt_patient_overview_get_next_visit     (PtPatientOverview *self);

/* For the store. */
PtPatientOverview *pt_patient_overview_new (gint64          id,
                                            const char     *name,
                                            const char     *record_number,
                                            const char     *date_of_birth,
                                            gboolean        archived,
                                            const char     *condition_kind,
                                            const char     *condition_side,
                                            guint           session_count,
                                            double          latest_pain,
                                            const char     *last_visit,
                                            const char     *next_visit);

G_END_DECLS
