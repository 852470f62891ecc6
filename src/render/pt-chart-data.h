/* pt-chart-data.h: what a chart shows, taken from core's analysis
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart's input, built once from a patient's records (or from hand-made
 * record lists in tests): pain per day and context, sessions, weeks of
 * running and cross-training, the acute:chronic workload ratio, and core's
 * summary (baseline, latest, percent change, first run back). Days are
 * Julian day numbers (g_date_get_julian), so the axes are plain numbers.
 * Reference counted: a layout keeps the data it was made from.
 */

#pragma once

#include <gio/gio.h>

#include "pt-types.h"

G_BEGIN_DECLS

#define PT_CHART_N_CONTEXTS (PT_PAIN_CONTEXT_OTHER + 1)

typedef enum
{
  PT_CHART_RECOVERY,  /* pain, sessions, weekly running and cross-training */
  PT_CHART_LOAD,      /* weekly distance, the 10 % rule, acute:chronic ratio */
} PtChartKind;

typedef struct
{
  int    day;         /* Julian day */
  double pain;        /* mean of the day's scores in this context */
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
  int      monday;            /* Julian day of the ISO week's Monday */
  double   distance_m;
  guint    cross_minutes;
  gboolean has_change;
  double   change_pct;
  gboolean over_ten_percent;
} PtChartWeek;

typedef struct
{
  int             first_day;      /* the span shown, inclusive */
  int             last_day;
  PtDistanceUnit  unit;
  char           *title;          /* NULL: none */

  GArray         *pain[PT_CHART_N_CONTEXTS];  /* PtChartPain, oldest first */
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
} PtChartData;

/* @from and @to (YYYY-MM-DD, NULL: the span of the records) bound what is
 * shown; the summary is always that of the whole course. */
PtChartData *pt_chart_data_new_from_records (GListModel   *pain_scores,
                                             GListModel   *sessions,
                                             GListModel   *runs,
                                             GListModel   *cross_training,
                                             gint64        condition_id,
                                             const char   *from,
                                             const char   *to,
                                             GError      **error);
/* Loads the patient's records; @condition_id 0 means every condition. */
PtChartData *pt_chart_data_load             (PtStore      *store,
                                             gint64        patient_id,
                                             gint64        condition_id,
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
 * after the first session." */
char        *pt_chart_data_describe         (const PtChartData *data,
                                             PtChartKind        kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtChartData, pt_chart_data_unref)

G_END_DECLS
