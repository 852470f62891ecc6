/* pt-chart-view.h: a patient's chart on screen
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pt-chart-data.h"
#include "pt-chart-layout.h"

G_BEGIN_DECLS

#define PT_TYPE_CHART_VIEW (pt_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (PtChartView, pt_chart_view, PT, CHART_VIEW, GtkWidget)

GtkWidget           *pt_chart_view_new            (void);
/* @data may be NULL (nothing to show). */
void                 pt_chart_view_set_data       (PtChartView  *self,
                                                   PtChartData  *data);
void                 pt_chart_view_set_kind       (PtChartView  *self,
                                                   PtChartKind   kind);
PtChartKind          pt_chart_view_get_kind       (PtChartView  *self);
/* What the chart says in words (its accessible description). */
const char          *pt_chart_view_get_description (PtChartView *self);
/* The layout of what is on screen, for tests; NULL before the first draw. */
const PtChartLayout *pt_chart_view_get_layout     (PtChartView  *self);
/* The tooltip text at (x, y), or NULL; what hovering there shows. */
char                *pt_chart_view_dup_tooltip_at (PtChartView  *self,
                                                   double        x,
                                                   double        y);
/* Acts as a click at (x, y): a session marker emits ::session-activated. */
gboolean             pt_chart_view_click_at       (PtChartView  *self,
                                                   double        x,
                                                   double        y);

G_END_DECLS
