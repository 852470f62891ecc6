/* pt-chart-data.h: what a chart shows, taken from core's analysis
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart's input, built once from a patient's bundle (pt-patient-bundle.h,
 * or one of hand-made record lists in tests): pain per day and series, sessions, weeks of
 * running and cross-training, the acute:chronic workload ratio, and core's
 * summary (baseline, latest, percent change, first run back). Days are
 * Julian day numbers (g_date_get_julian), so the axes are plain numbers.
 * Reference counted: a layout keeps the data it was made from.
 */

#pragma once

#include <gio/gio.h>

#include "pt-patient-bundle.h"
#include "pt-types.h"

G_BEGIN_DECLS

/* The pain series of the recovery chart: one per context of a pain score
 * (PtPainContext, 0 to PT_PAIN_CONTEXT_OTHER), then the sessions' pain
 * before the injection, which counts for the day's pain like a score, and
 * their pain after it, under local anaesthetic, shown but never counted
 * (pt-analysis.h). */
enum
{
  PT_CHART_PAIN_BEFORE_SESSION = PT_PAIN_CONTEXT_OTHER + 1,
  PT_CHART_PAIN_AFTER_INJECTION,
  PT_CHART_N_PAIN_SERIES
};

typedef enum
{
  PT_CHART_RECOVERY,  /* pain, sessions, weekly running and cross-training */
  PT_CHART_LOAD,      /* weekly distance, the 10 % rule, acute:chronic ratio */
  PT_CHART_PATIENT,   /* for the patient: the day's pain, the first visit's level, the
                       * treatments, weekly running; plain words, larger type */
} PtChartKind;

typedef struct
{
  int      day;       /* Julian day */
  double   pain;      /* mean of the day's readings in this series */
  gboolean patient;   /* recorded by the patient (all of the day's readings) */
} PtChartPain;

typedef struct
{
  int             day;
  guint           number;     /* 1, 2, ... in date order */
  PtTreatmentType treatment;
  gint64          id;         /* the session record, so a click can open it */
} PtChartSession;

typedef struct
{
  int      start;             /* Julian day of the week's first day (the clinic's
                               * week start; a Monday for ISO weeks) */
  double   distance_m;
  guint    cross_minutes;
  gboolean has_change;
  double   change_pct;
  gboolean over_ten_percent;
} PtChartWeek;

/* A total of the primary outcome measure (a questionnaire such as the FFI). */
typedef struct
{
  int      day;
  double   total;
} PtChartOutcome;

typedef struct
{
  int             first_day;      /* the span shown, inclusive */
  int             last_day;
  PtDistanceUnit  unit;
  char           *title;          /* NULL: none */

  GArray         *pain[PT_CHART_N_PAIN_SERIES];  /* PtChartPain, oldest first */
  GArray         *day_pain;       /* PtChartPain: the day's pain, of the readings that
                                   * count (pt_analysis_daily_pain), oldest first */
  GArray         *sessions;       /* PtChartSession, oldest first */
  GArray         *weeks;          /* PtChartWeek overlapping the span */
  GArray         *acwr;           /* double per day from acwr_first_day; NAN: none */
  int             acwr_first_day;

  /* core's summary of the whole course (pt-analysis.h) */
  gboolean        has_baseline;
  double          baseline;
  int             baseline_day;
  gboolean        has_latest;
  double          latest;
  int             latest_day;
  gboolean        has_percent;
  double          percent_change;
  guint           n_sessions;
  int             first_session_day;  /* 0: none */
  int             first_run_back_day; /* 0: none yet */
  int             days_to_first_run;  /* -1: none yet */
  char           *patient_words;      /* the course in the patient's words (pain,
                                       * treatments, back to running: pt-patient-words.h) */

  /* The primary outcome measure (pt_patient_bundle_get_primary_outcome):
   * its totals in the span, oldest first (empty without one), its names,
   * scale and change over the whole course. */
  GArray         *outcome;            /* PtChartOutcome */
  gboolean        has_outcome;
  char           *outcome_name;       /* "Foot Function Index" */
  char           *outcome_short;      /* "FFI" */
  PtMeasureScale  outcome_scale;
  PtMeasureChange outcome_change;
  double          outcome_baseline;   /* the first total and the latest */
  double          outcome_latest;
  guint           outcome_n_points;   /* over the whole course */
  int             outcome_first_day;
  int             outcome_last_day;
} PtChartData;

/* The charts of @bundle's condition (its recovery and records): @from and
 * @to (YYYY-MM-DD, NULL: the span of the records) bound what is shown; the
 * summary is always that of the whole course, and weeks start on the
 * bundle's day. */
PtChartData *pt_chart_data_new              (PtPatientBundle *bundle,
                                             const char   *from,
                                             const char   *to,
                                             GError      **error);
PtChartData *pt_chart_data_ref              (PtChartData  *data);
void         pt_chart_data_unref            (PtChartData  *data);
void         pt_chart_data_set_title        (PtChartData  *data,
                                             const char   *title);

/* Whether the chart of @kind has anything to draw. */
gboolean     pt_chart_data_is_empty         (const PtChartData *data,
                                             PtChartKind        kind);
/* The chart in words, for screen readers and alt text: "Pain went from 7.5
 * to 2.25, down 70 %, over 3 sessions in 36 weeks; back to running 48 days
 * after the first session."; PT_CHART_PATIENT in the patient's words: "Your
 * pain is down 70 % since your first visit, from 7.5 to 2.25. 3 treatments
 * so far. Back to running 48 days after your first treatment. You ran
 * 27.7 km in the week of 9 November 2026." */
char        *pt_chart_data_describe         (const PtChartData *data,
                                             PtChartKind        kind);
/* A total on @scale for people: "48 %", "62", "3.5" (as core's sentences
 * write it). */
char        *pt_chart_format_measure_value  (const PtMeasureScale *scale,
                                             double                value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtChartData, pt_chart_data_unref)

G_END_DECLS
