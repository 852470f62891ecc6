/* pt-chart-layout.h: where everything of a chart lands, before painting
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A layout is pure geometry for one chart at one size: the panels, the
 * scales and their ticks, and every point, bar and marker in pixels, with
 * the values they stand for. Painting (pt_chart_layout_paint) only reads
 * it; tests check it without pixels; the chart widget hit-tests it for
 * tooltips and clicks.
 *
 * Days on the x axis are Julian days: a day's points and markers sit at its
 * middle, pt_chart_scale_map (&layout->x, day + 0.5); a week's bar spans
 * its Monday to the next Monday, less a small gap on each side.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "pt-chart-axis.h"
#include "pt-chart-data.h"
#include "pt-chart-style.h"

G_BEGIN_DECLS

typedef enum
{
  PT_CHART_ITEM_PAIN,             /* a day's pain in one context (series) */
  PT_CHART_ITEM_SESSION,          /* a treatment session: a vertical marker */
  PT_CHART_ITEM_RUNNING,          /* a week's running distance: a bar */
  PT_CHART_ITEM_CROSS_TRAINING,   /* a week's cross-training minutes: a bar */
  PT_CHART_ITEM_BACK_TO_RUNNING,  /* the first run after treatment: a marker */
  PT_CHART_ITEM_LATEST,           /* the latest day's pain, with the percent label */
  PT_CHART_ITEM_RATIO,            /* a day's acute:chronic workload ratio */
  PT_CHART_ITEM_OUTCOME,          /* a total of the primary outcome measure (recovery) */
} PtChartItemKind;

/* The series of the patient chart's one pain line: the day's pain
 * (PtChartData.day_pain). */
#define PT_CHART_DAY_PAIN PT_CHART_N_PAIN_SERIES

/* The patient chart's type, as a multiple of the style's font size. */
#define PT_PATIENT_CHART_TEXT_SCALE 1.4

/* The item starts a new stretch of its line (a gap in the data before it). */
#define PT_CHART_ITEM_BREAK_BEFORE (1u << 0)

typedef struct
{
  PtChartItemKind kind;
  int             series;   /* a pain point's series (PT_CHART_N_PAIN_SERIES, or
                             * PT_CHART_DAY_PAIN), else 0 */
  guint           index;    /* in data->pain[series], sessions, weeks or acwr */
  guint           flags;
  int             day;      /* Julian day (a week: its first day) */
  double          value;    /* pain, distance in the data's unit, minutes, ratio, total */
  double          x, y;     /* points: the centre; bars: top middle; markers: top */
  double          x0, y0;   /* bounds: a bar's rectangle, a marker's line */
  double          x1, y1;
} PtChartItem;

typedef struct
{
  double x, y, width, height;
} PtChartRect;

typedef enum
{
  PT_CHART_TEXT_DIM,
  PT_CHART_TEXT_STRONG,
  PT_CHART_TEXT_SESSION,
  PT_CHART_TEXT_IMPROVEMENT,
  PT_CHART_TEXT_BASELINE,
  PT_CHART_TEXT_BACK_TO_RUNNING,
  PT_CHART_TEXT_OVER_RULE,
  PT_CHART_TEXT_PERCENT,          /* the percent change: large, on a pill */
  PT_CHART_TEXT_TITLE,
  PT_CHART_TEXT_HINT,             /* the empty state's explanation */
  PT_CHART_TEXT_OUTCOME,          /* the outcome measure's caption and values */
} PtChartTextRole;

#define PT_CHART_N_TEXT_ROLES (PT_CHART_TEXT_OUTCOME + 1)

typedef struct
{
  PtChartTextRole role;
  double          x, y;           /* top left */
  double          width, height;
  char            text[96];
} PtChartLabel;

typedef enum
{
  PT_CHART_SYMBOL_LINE,
  PT_CHART_SYMBOL_DASH,
  PT_CHART_SYMBOL_BAND,
  PT_CHART_SYMBOL_MARKER,     /* a vertical line */
  PT_CHART_SYMBOL_BAR,
  PT_CHART_SYMBOL_FLAG,
  PT_CHART_SYMBOL_RING,       /* a point that is shown but not counted */
} PtChartSymbol;

typedef struct
{
  PtChartSymbol symbol;
  PtChartColor  color;
  PtChartRect   swatch;
  PtChartLabel  label;
} PtChartLegendEntry;

typedef struct
{
  PtChartRect   rect;        /* the plot area; width 0 when the panel is not shown */
  PtChartScale  y;           /* upwards from y.d0 */
  GArray       *ticks;       /* PtChartTick along y */
  gboolean      ticks_right; /* labels right of the plot */
  PtChartScale  y_down;      /* recovery activity: cross-training downwards from zero */
  GArray       *ticks_down;
} PtChartPanel;

typedef struct
{
  PtChartKind     kind;
  int             width;
  int             height;
  gboolean        empty;          /* nothing to draw: paint says what to record */
  PtChartData    *data;
  PtChartStyle    style;          /* the patient chart's font size already scaled */

  PtChartScale    x;              /* Julian days to pixels */
  GArray         *x_ticks;        /* PtChartTick */
  PtChartTimeUnit time_unit;
  PtChartPanel    upper;          /* pain (recovery), weekly distance (load) */
  PtChartPanel    lower;          /* weekly activity (recovery), workload ratio (load) */
  PtChartPanel    outcome;        /* recovery: the primary outcome measure between the
                                   * two, on its own scale (right); height 0: none */

  GArray         *items;          /* PtChartItem, in drawing order; lines in day order */
  GArray         *labels;         /* PtChartLabel: title, captions, markers, percent */
  GArray         *legend;         /* PtChartLegendEntry */
  double          baseline_y;     /* recovery, patient: pixel y of the baseline; the 30 % and */
  double          moderate_y;     /* 50 % lines; NAN without a baseline */
  double          substantial_y;
  char            percent_label[32];  /* "−70 %", "" without one */
  char            empty_title[96];
  char            empty_hint[256];

  /* private */
  PangoContext   *pango;
  PangoLayout    *text;
  PangoFontDescription *fonts[PT_CHART_N_TEXT_ROLES];
  GHashTable     *shaped;         /* "role\037text" -> PangoLayout, shaped once */
} PtChartLayout;

/* Lays out @kind for @data at @width x @height pixels. @context (may be
 * NULL) measures text: pass the widget's, so layout and painting agree. */
PtChartLayout     *pt_chart_layout_new      (PtChartData        *data,
                                             PtChartKind         kind,
                                             const PtChartStyle *style,
                                             PangoContext       *context,
                                             int                 width,
                                             int                 height);
void               pt_chart_layout_free     (PtChartLayout      *layout);
/* Paints onto @cr (0,0 is the chart's top left), any surface type. */
void               pt_chart_layout_paint    (PtChartLayout      *layout,
                                             cairo_t            *cr);
/* The point, bar or marker under or nearest (x, y) within a few pixels;
 * NULL when there is none. */
const PtChartItem *pt_chart_layout_hit_test (const PtChartLayout *layout,
                                             double              x,
                                             double              y);
/* What a tooltip says about @item: "1 Apr 2026 · S2 · Dextrose prolotherapy". */
char              *pt_chart_layout_describe_item (const PtChartLayout *layout,
                                                  const PtChartItem   *item);
/* Items of @kind (and pain @series; -1 for any) as a new GPtrArray of
 * pointers into the layout. */
GPtrArray         *pt_chart_layout_find_items (const PtChartLayout *layout,
                                               PtChartItemKind      kind,
                                               int                  series);

/* Keeps, of @n points at pixel columns @x (increasing) with values @y, the
 * first, lowest, highest and last of each whole-pixel column, so long
 * series draw fast without losing spikes. Writes the kept indices, in
 * order, to @keep (room for @n) and returns how many. */
guint              pt_chart_decimate        (const double       *x,
                                             const double       *y,
                                             guint               n,
                                             guint              *keep);

/* Renders @kind to a PNG, SVG or PDF file, chosen by @path's extension
 * (PT_ERROR_INVALID for another). */
gboolean           pt_chart_save            (PtChartData        *data,
                                             PtChartKind         kind,
                                             const PtChartStyle *style,
                                             int                 width,
                                             int                 height,
                                             const char         *path,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtChartLayout, pt_chart_layout_free)

G_END_DECLS
