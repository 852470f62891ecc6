/* pt-patient-bundle.h: one patient's records and their analysis, loaded once
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything that shows one patient (the patient page and its tables, the
 * chart, the PDF report, the CLI's summary, report and chart) reads the
 * same bundle: the patient, every record of theirs, the condition followed
 * (pt_analysis_main_condition unless one is asked for) and core's analysis
 * of it (PtRecovery) as of one day, with weeks that start on the clinic's
 * day. pt_patient_bundle_load reads it all in one read transaction, so it
 * is one consistent snapshot even while another program writes.
 *
 * A bundle does not change once made: it has no setters, its lists are
 * GListModels (no one may add to them) and its records must not be
 * modified (editors work on pt_record_copy()). It is reference counted
 * atomically, so it may be read from several threads at once (the PDF
 * writer's worker).
 */

#pragma once

#include <gio/gio.h>

#include "pt-analysis.h"
#include "pt-condition.h"
#include "pt-cross-training.h"
#include "pt-outcome-series.h"
#include "pt-pain-score.h"
#include "pt-patient.h"
#include "pt-run.h"
#include "pt-run-plan.h"
#include "pt-session.h"
#include "pt-shoe.h"
#include "pt-types.h"

G_BEGIN_DECLS

/* For @condition_id: the patient's main condition (pt_analysis_main_condition). */
#define PT_MAIN_CONDITION ((gint64) -1)

typedef struct _PtPatientBundle PtPatientBundle;

/* The records of @patient_id and the recovery of @condition_id (0: every
 * condition; PT_MAIN_CONDITION: the main one, or every condition when the
 * patient has none) as of @today (YYYY-MM-DD; NULL: today). NULL with
 * PT_ERROR_NOT_FOUND for an unknown patient or a condition that is not
 * theirs, PT_ERROR_INVALID for a bad @today. */
PtPatientBundle *pt_patient_bundle_load      (PtStore       *store,
                                              gint64         patient_id,
                                              gint64         condition_id,
                                              GDateWeekday   week_start,
                                              const char    *today,
                                              GError       **error);
/* A bundle of records made by hand (tests, and the charts of record lists):
 * any list may be NULL (none), @patient too. Takes references; does not
 * copy the lists, so they must not change afterwards. @today as above. */
PtPatientBundle *pt_patient_bundle_new       (PtPatient     *patient,
                                              GListModel    *conditions,
                                              GListModel    *sessions,
                                              GListModel    *pain_scores,
                                              GListModel    *runs,
                                              GListModel    *cross_training,
                                              GListModel    *shoes,
                                              gint64         condition_id,
                                              GDateWeekday   week_start,
                                              const char    *today);
PtPatientBundle *pt_patient_bundle_ref       (PtPatientBundle *self);
void             pt_patient_bundle_unref     (PtPatientBundle *self);

/* NULL for a bundle made by hand without one. */
PtPatient   *pt_patient_bundle_get_patient        (PtPatientBundle *self);
gint64       pt_patient_bundle_get_patient_id     (PtPatientBundle *self);
/* The condition followed, NULL when every condition is (the patient has
 * none, or 0 was asked for). */
PtCondition *pt_patient_bundle_get_condition      (PtPatientBundle *self);
/* Its id, 0 for every condition: what the recovery was computed for. */
gint64       pt_patient_bundle_get_condition_id   (PtPatientBundle *self);
const PtRecovery *pt_patient_bundle_get_recovery  (PtPatientBundle *self);
/* The day the recovery counts to (YYYY-MM-DD). */
const char  *pt_patient_bundle_get_today          (PtPatientBundle *self);
GDateWeekday pt_patient_bundle_get_week_start     (PtPatientBundle *self);

/* The patient's records of @record_type (PT_TYPE_CONDITION, PT_TYPE_SESSION,
 * PT_TYPE_PAIN_SCORE, PT_TYPE_RUN, PT_TYPE_CROSS_TRAINING, PT_TYPE_SHOE),
 * in the store's order (by date, then id); never NULL. */
GListModel  *pt_patient_bundle_get_records        (PtPatientBundle *self,
                                                   GType            record_type);
/* Metres run in the shoe @shoe_id (0 without runs). */
double       pt_patient_bundle_get_shoe_distance  (PtPatientBundle *self,
                                                   gint64           shoe_id);
/* The shoe distances as pt_store_list_shoe_distances() gives them (a new
 * reference); NULL for a bundle made by hand. */
GHashTable  *pt_patient_bundle_ref_shoe_distances (PtPatientBundle *self);

/* The outcome measures of the condition followed (pt-outcome-series.h),
 * and the one to show first (the condition's own instrument when
 * recorded); NULL without any. A bundle made by hand has none. */
const PtOutcomeSeries  *pt_patient_bundle_get_outcome_series  (PtPatientBundle *self);
const PtOutcomeMeasure *pt_patient_bundle_get_primary_outcome (PtPatientBundle *self);
/* The return-to-run plan in force (the latest by start date), or NULL;
 * valid while the bundle is. */
PtRunPlan              *pt_patient_bundle_get_run_plan        (PtPatientBundle *self);
/* That plan evaluated over the bundle's runs and pain scores, sentences
 * in @unit; NULL without a plan. */
PtPlanProgress         *pt_patient_bundle_evaluate_plan       (PtPatientBundle *self,
                                                               PtDistanceUnit   unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtPatientBundle, pt_patient_bundle_unref)

G_END_DECLS
