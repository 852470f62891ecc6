/* pt-chart-private.h: what the chart files share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-chart-layout.h"
#include "pt-format.h"
#include "pt-units.h"

G_BEGIN_DECLS

#define PT_CHART_PAD        12.0  /* around the chart */
#define PT_CHART_TICK_GAP    6.0  /* between an axis and its labels */
#define PT_CHART_LABEL_GAP  10.0  /* between two labels on one line */
#define PT_CHART_PANEL_GAP  18.0  /* between the upper and lower panel */

/* Layout ------------------------------------------------------------------ */

PangoLayout  *pt_chart_layout_get_text     (PtChartLayout    *self,
                                            PtChartTextRole   role,
                                            const char       *text);
void          pt_chart_layout_measure      (PtChartLayout    *self,
                                            PtChartTextRole   role,
                                            const char       *text,
                                            double           *width,
                                            double           *height);
double        pt_chart_layout_line_height  (PtChartLayout    *self,
                                            PtChartTextRole   role);
/* Appends a measured label with its top left at (@x, @y); returns its index. */
guint         pt_chart_layout_add_label    (PtChartLayout    *self,
                                            PtChartTextRole   role,
                                            const char       *text,
                                            double            x,
                                            double            y);
/* The same, unless it would overlap a label already placed or leave
 * @bounds; FALSE when it was left out. */
gboolean      pt_chart_layout_try_label    (PtChartLayout     *self,
                                            PtChartTextRole    role,
                                            const char        *text,
                                            double             x,
                                            double             y,
                                            const PtChartRect *bounds);
gboolean      pt_chart_rects_overlap       (double ax, double ay, double aw, double ah,
                                            double bx, double by, double bw, double bh);
void          pt_chart_layout_add_legend   (PtChartLayout    *self,
                                            PtChartSymbol     symbol,
                                            const PtChartColor *color,
                                            const char       *text);
/* Places the title (when the data has one) and the legend from @y down;
 * returns the y below them. */
double        pt_chart_layout_place_header (PtChartLayout    *self,
                                            double            y);
/* The x scale over the data's span and its ticks, for a plot from @left
 * to @right with tick labels below @bottom. */
void          pt_chart_layout_place_x_axis (PtChartLayout    *self,
                                            double            left,
                                            double            right);
/* Value ticks of a panel: nice steps from 0 to at least @max. */
void          pt_chart_panel_set_range     (PtChartLayout    *self,
                                            PtChartPanel     *panel,
                                            double            top,
                                            double            bottom,
                                            double            max,
                                            int               decimals);
/* The same with at most @most steps above 0. */
void          pt_chart_panel_set_range_ticks (PtChartLayout  *self,
                                              PtChartPanel   *panel,
                                              double          top,
                                              double          bottom,
                                              double          max,
                                              int             decimals,
                                              guint           most);
double        pt_chart_layout_day_x        (const PtChartLayout *self,
                                            double            day);
/* Appends @n points of one line, decimated per pixel column; @values NAN
 * are gaps. */
void          pt_chart_layout_add_line     (PtChartLayout    *self,
                                            PtChartItemKind   kind,
                                            int               series,
                                            const PtChartScale *y,
                                            int               first_day,
                                            const int        *days,
                                            const double     *values,
                                            gsize             stride,
                                            guint             n);
/* A week's bar from @base to @value on @y; returns it. */
PtChartItem  *pt_chart_layout_add_week_bar (PtChartLayout      *self,
                                            PtChartItemKind     kind,
                                            guint               index,
                                            int                 monday,
                                            double              value,
                                            const PtChartScale *y);
void          pt_chart_layout_set_empty    (PtChartLayout    *self,
                                            const char       *title,
                                            const char       *hint);
/* pt-chart-panels.c: a pain panel over an activity panel. */
/* Where the lowest panel must end, above the date labels. */
double        pt_chart_layout_plot_bottom  (PtChartLayout    *self);
/* Where the lowest panel placed ends. */
double        pt_chart_layout_panels_bottom (const PtChartLayout *self);
/* The upper panel's rectangle from @top to @upper_bottom and (with @lower)
 * the lower one's under it to @bottom, between the widest tick labels on
 * each side; then the date axis under them. The value ticks must be set. */
void          pt_chart_layout_place_rects  (PtChartLayout    *self,
                                            double            top,
                                            double            upper_bottom,
                                            double            bottom,
                                            gboolean          lower);
/* The line of @points (PtChartPain) as pain @series on the upper panel. */
void          pt_chart_layout_add_pain_line (PtChartLayout   *self,
                                             int              series,
                                             GArray          *points);
/* A bar for each week's running on the lower panel, and with @cross one
 * for its cross-training downwards. */
void          pt_chart_layout_add_week_bars (PtChartLayout   *self,
                                             gboolean         cross);
/* Puts @unit on the outermost tick label: "30 km", "120 min". */
void          pt_chart_layout_label_outer_tick (PtChartLayout *self,
                                                GArray        *ticks,
                                                const char    *unit);
/* A vertical marker of @kind at @day from @top to @bottom; returns it. */
PtChartItem  *pt_chart_layout_add_marker   (PtChartLayout    *self,
                                            PtChartItemKind   kind,
                                            guint             index,
                                            int               day,
                                            double            top,
                                            double            bottom);
/* A session's label above its marker in @form: 0 the longest, then
 * shorter ones; NULL when the chart has no such form. */
typedef char *(*PtChartSessionLabel) (const PtChartSession *session,
                                      guint                 form);
/* A marker for each session across both panels, labelled at @label_y in
 * the first form where every label has room, else in the last form. */
void          pt_chart_layout_place_sessions (PtChartLayout      *self,
                                              double              label_y,
                                              PtChartSessionLabel label);
/* The latest day's pain as an item on the upper panel; NULL when it is
 * not in the span. */
const PtChartItem *pt_chart_layout_add_latest (PtChartLayout *self);
/* Whether any week has running (or with @cross, cross-training), and the
 * most of any week in the data's unit (or minutes). */
gboolean      pt_chart_data_has_activity   (const PtChartData *data,
                                            gboolean           cross);
double        pt_chart_data_max_week       (const PtChartData *data,
                                            gboolean           cross);
/* The widest tick label of @ticks. */
double        pt_chart_ticks_width         (GArray           *ticks);

/* pt-chart-outcome.c: the recovery chart's panel of the primary outcome
 * measure. The height it takes of @available (its caption above it
 * included; 0 without a measure, or on a chart too small for it). */
double        pt_chart_outcome_reserve     (PtChartLayout    *self,
                                            double            available);
/* Its scale and ticks in the room reserved from @region_top (the caption)
 * to @bottom; the x extent follows in pt_chart_layout_place_rects. */
void          pt_chart_outcome_place_scale (PtChartLayout    *self,
                                            double            region_top,
                                            double            bottom);
/* Its caption, line and first and latest values, once the panels are placed. */
void          pt_chart_outcome_place_items (PtChartLayout    *self);
void          pt_chart_outcome_paint       (PtChartLayout    *self,
                                            cairo_t          *cr);
/* "Foot Function Index went from 50 % to 12 % over 7 reviews (lower is
 * better), an important improvement."; NULL without a measure. */
char         *pt_chart_outcome_describe    (const PtChartData *data);

void          pt_recovery_chart_layout     (PtChartLayout    *self);
void          pt_load_chart_layout         (PtChartLayout    *self);
void          pt_patient_chart_layout      (PtChartLayout    *self);

/* Painting ---------------------------------------------------------------- */

void          pt_chart_set_color           (cairo_t            *cr,
                                            const PtChartColor *color,
                                            double              alpha);
void          pt_chart_paint_label         (PtChartLayout      *self,
                                            cairo_t            *cr,
                                            const PtChartLabel *label);
void          pt_chart_paint_labels        (PtChartLayout      *self,
                                            cairo_t            *cr);
void          pt_chart_paint_legend        (PtChartLayout      *self,
                                            cairo_t            *cr);
void          pt_chart_paint_panel         (PtChartLayout      *self,
                                            cairo_t            *cr,
                                            const PtChartPanel *panel);
void          pt_chart_paint_x_axis        (PtChartLayout      *self,
                                            cairo_t            *cr);
/* Hollow rings at the items of @series: points shown but not counted. */
void          pt_chart_paint_rings         (PtChartLayout      *self,
                                            cairo_t            *cr,
                                            PtChartItemKind     kind,
                                            int                 series,
                                            const PtChartColor *color);
void          pt_chart_paint_line          (PtChartLayout      *self,
                                            cairo_t            *cr,
                                            PtChartItemKind     kind,
                                            int                 series,
                                            const PtChartColor *color,
                                            gboolean            dots);
void          pt_chart_paint_bars          (PtChartLayout      *self,
                                            cairo_t            *cr,
                                            PtChartItemKind     kind,
                                            const PtChartColor *color,
                                            const PtChartColor *over_rule);
void          pt_chart_paint_markers       (PtChartLayout      *self,
                                            cairo_t            *cr,
                                            PtChartItemKind     kind,
                                            const PtChartColor *color,
                                            gboolean            dashed);
void          pt_chart_paint_hline         (PtChartLayout      *self,
                                            cairo_t            *cr,
                                            const PtChartRect  *rect,
                                            double              y,
                                            const PtChartColor *color,
                                            gboolean            dashed);
void          pt_chart_paint_band          (cairo_t            *cr,
                                            const PtChartRect  *rect,
                                            double              y0,
                                            double              y1,
                                            const PtChartColor *color,
                                            double              alpha);
void          pt_chart_paint_empty         (PtChartLayout      *self,
                                            cairo_t            *cr);
/* The latest day's pain: a ring in the foreground colour. */
void          pt_chart_paint_latest        (PtChartLayout      *self,
                                            cairo_t            *cr);

void          pt_recovery_chart_paint      (PtChartLayout    *self,
                                            cairo_t          *cr);
void          pt_load_chart_paint          (PtChartLayout    *self,
                                            cairo_t          *cr);
void          pt_patient_chart_paint       (PtChartLayout    *self,
                                            cairo_t          *cr);

/* Words ------------------------------------------------------------------- */

/* Values (pain, distances, percent changes, dates) are written by core's
 * pt-format.h, as on the page, in the report and in the CLI. */
/* The legend's name of a pain series (PT_CHART_N_PAIN_SERIES). */
const char   *pt_chart_pain_series_label   (int               series);
const char   *pt_chart_treatment_short     (PtTreatmentType   treatment);
/* A Julian day for people (pt_format_gdate). */
char         *pt_chart_format_day          (int               day,
                                            PtDateStyle       style);
/* PT_CHART_PATIENT's description and tooltips, in the patient's words. */
char         *pt_patient_chart_describe    (const PtChartData   *data);
char         *pt_patient_chart_describe_item (const PtChartLayout *layout,
                                              const PtChartItem   *item);

G_END_DECLS
