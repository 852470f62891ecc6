/* pt-patient-words.h: a patient's progress in their own words
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the patient view, the "My Progress" PDF and the patient chart say
 * to the patient: sentences made from core's analysis of one bundle
 * (pt_patient_bundle_get_recovery), every value written by pt-format.h for
 * people, with no clinical terms (the baseline is "your first visit", a
 * session is a "treatment" or a "visit"). The rules:
 *
 *  - pain: from the pain at the first visit (PtRecovery.baseline) to the
 *    latest day's (PtRecovery.latest). The change is rounded once, by
 *    pt_percent_round, and what it rounds to picks the words:
 *      less:  "Your pain is down 70 % since your first visit, from 7.5 to 2.25"
 *      more:  "Your pain is up 20 % since your first visit, from 5 to 6"
 *      0 %:   "Your pain is 7.5, the same as at your first visit"
 *      no percent (the first pain was 0), or 0 % of values that read
 *      differently: "Your pain was 0 at your first visit and is 2 now"
 *      one day of pain only: "Your pain was 7.5 at your first visit"
 *    NULL when no pain is recorded;
 *  - treatments: the condition's sessions (PtRecovery.n_sessions): "3
 *    treatments so far", "1 treatment so far", "No treatments yet";
 *  - running: this week is the week (starting on the clinic's day, the
 *    bundle's week start) that holds the bundle's day, its "today"
 *    (pt_recovery_find_week): "You ran 27.7 km this week" when it has any
 *    distance, else "No running this week yet";
 *  - back_to_running: the first run on or after the first treatment
 *    (PtRecovery.days_to_first_run): "Back to running 48 days after your
 *    first treatment", or "Back to running on the day of your first
 *    treatment"; NULL before that run or without a treatment;
 *  - next_visit: the visit booked at the latest session (PtRecovery
 *    .next_visit), from the bundle's day on, with its weekday: "Your next
 *    visit: Friday 4 December 2026"; NULL when none is booked or it has
 *    passed;
 *  - advice: the advice of the condition's latest session
 *    (pt_analysis_latest_session) as the clinician wrote it, without the
 *    white space around it; NULL when it has none;
 *  - load_advice: when this week (as for running) ran more than 10 % over
 *    the week before (PtWeek.over_ten_percent): "Your running went up 18 %
 *    this week: keep next week at or below 30 km", the limit by
 *    pt_analysis_next_week_limit; NULL otherwise.
 */

#pragma once

#include <glib.h>

#include "pt-patient-bundle.h"
#include "pt-types.h"

G_BEGIN_DECLS

typedef struct
{
  char *pain;             /* "Your pain is down 70 % since your first visit, from 7.5 to
                           * 2.25"; NULL without any pain recorded */
  char *treatments;       /* "3 treatments so far"; "No treatments yet" */
  char *running;          /* "You ran 27.7 km this week"; "No running this week yet" */
  char *back_to_running;  /* "Back to running 48 days after your first treatment"; NULL */
  char *next_visit;       /* "Your next visit: Friday 4 December 2026"; NULL */
  char *advice;           /* the latest session's advice as written; NULL */
  char *load_advice;      /* "Your running went up 18 % this week: keep next week at or
                           * below 30 km"; NULL */
} PtPatientWords;

/* The words of @bundle's condition as of the bundle's day, distances in
 * @unit. */
PtPatientWords *pt_patient_words_new       (PtPatientBundle *bundle,
                                            PtDistanceUnit   unit);
void            pt_patient_words_free      (PtPatientWords  *words);

/* A treatment type in plain words: "Dextrose injection", "Platelet-rich
 * plasma (PRP) injection", ... */
const char     *pt_patient_words_treatment (PtTreatmentType  treatment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtPatientWords, pt_patient_words_free)

/* One visit of the timeline, in the patient's words. */
typedef struct
{
  guint  number;      /* 1, 2, ... in the course, as on the patient chart's markers */
  char  *date;        /* "4 March 2026" */
  char  *treatment;   /* "Dextrose injection" (pt_patient_words_treatment) */
  char  *pain;        /* "Pain 7.5 before, 5 just after", "Pain 7.5 before", "Pain 5 just
                       * after"; NULL when neither was recorded */
  char  *advice;      /* as the clinician wrote it (trimmed); NULL when none */
} PtPatientVisit;

/* A PtPatientVisit for each session of @bundle's condition (those
 * pt_analysis_of_condition keeps), in the bundle's order (the store's: by
 * date, then id), numbered as the charts number them; g_ptr_array_unref()
 * frees all. */
GPtrArray      *pt_patient_words_visits    (PtPatientBundle *bundle);
void            pt_patient_visit_free      (PtPatientVisit  *visit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtPatientVisit, pt_patient_visit_free)

G_END_DECLS
