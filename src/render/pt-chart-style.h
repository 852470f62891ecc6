/* pt-chart-style.h: colours and fonts of the charts
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain struct, so the chart widget can fill it from the theme and
 * export can use a preset. Colours follow the GNOME (libadwaita) palette.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} PtChartColor;

typedef struct
{
  PtChartColor background;
  PtChartColor foreground;    /* titles, the percent label */
  PtChartColor dim;           /* axis labels, captions */
  PtChartColor grid;
  PtChartColor axis;
  PtChartColor pain[7];       /* per pain series (PT_CHART_N_PAIN_SERIES) */
  PtChartColor baseline;
  PtChartColor improvement;   /* the 30 % and 50 % lines and bands */
  PtChartColor session;
  PtChartColor running;
  PtChartColor cross_training;
  PtChartColor back_to_running;
  PtChartColor over_rule;     /* weeks over the 10 % rule */
  PtChartColor ratio;         /* acute:chronic workload ratio */
  PtChartColor outcome;       /* the primary outcome measure (FFI, VISA-A, ...) */
  PtChartColor label_background;

  char         font_family[64];
  double       font_size;     /* in pixels (or points on a PDF page) */
} PtChartStyle;

void pt_chart_style_init_light (PtChartStyle *style);
void pt_chart_style_init_dark  (PtChartStyle *style);
/* Parses "#rrggbb" (alpha 1); FALSE leaves @color alone. */
gboolean pt_chart_color_parse  (PtChartColor *color,
                                const char   *text);

G_END_DECLS
