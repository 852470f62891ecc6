/* pt-chart-axis.h: scales and ticks of the chart axes
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scale maps values (Julian days, pain, km) linearly onto pixels. Ticks
 * come with their labels already measured, so nothing a painter draws can
 * overlap and tests can check it.
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct
{
  double d0, d1;   /* domain */
  double p0, p1;   /* pixels (p1 < p0 for a y axis growing upwards) */
} PtChartScale;

typedef struct
{
  double value;
  double pos;          /* pixel along the axis */
  double label_start;  /* the label's extent along the axis, in pixels */
  double label_end;
  double label_size;   /* its extent across the axis (height or width) */
  char   label[48];    /* "" when there was no room for it */
} PtChartTick;

typedef enum
{
  PT_CHART_TIME_DAYS,
  PT_CHART_TIME_WEEKS,
  PT_CHART_TIME_MONTHS,
  PT_CHART_TIME_YEARS,
} PtChartTimeUnit;

double  pt_chart_scale_map        (const PtChartScale *scale,
                                   double              value);
double  pt_chart_scale_unmap      (const PtChartScale *scale,
                                   double              pixel);

/* A step of 1, 2, 2.5 or 5 times a power of ten giving at most @max_ticks
 * steps from 0 to @max; *@top is the multiple of it at or above @max. */
double  pt_chart_nice_step        (double              max,
                                   guint               max_ticks,
                                   double             *top);
/* Ticks at every @step of the scale's domain, labelled with @decimals
 * decimals (the locale's separator) and measured with @layout. */
GArray *pt_chart_value_ticks      (const PtChartScale *scale,
                                   double              step,
                                   int                 decimals,
                                   PangoLayout        *layout);
/* Date ticks for a scale over Julian days: the finest of days, weeks
 * (Mondays), months or years whose labels (the locale's month names) fit
 * with @gap pixels between them and inside @min_pos..@max_pos. *@unit
 * (may be NULL) says which was chosen. */
GArray *pt_chart_time_ticks       (const PtChartScale *scale,
                                   PangoLayout        *layout,
                                   double              gap,
                                   double              min_pos,
                                   double              max_pos,
                                   PtChartTimeUnit    *unit);

G_END_DECLS
