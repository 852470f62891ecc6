/* pt-load-chart.c: training load, the 10 % rule and the workload ratio
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Upper panel: weekly running distance, weeks that rose more than 10 % on
 * the week before highlighted, with their change. Lower panel: the
 * acute:chronic workload ratio (7 days over 28) as a line over the
 * 0.8-1.3 band.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-analysis.h"
#include "pt-chart-private.h"

#define UPPER_SHARE 0.6
#define RATIO_MIN_TOP 2.0  /* the axis shows at least 0-2 */
#define RATIO_MAX_TOP 3.0  /* and at most 0-3; higher ratios run off the top */

static void
add_legend (PtChartLayout *self)
{
  const PtChartStyle *style = &self->style;
  g_autofree char *running = g_strdup_printf (_("Running (%s a week)"),
                                              pt_distance_unit_symbol (self->data->unit));
  g_autofree char *range = g_strdup_printf (_("Ratio %.1f–%.1f"), PT_ACWR_LOW, PT_ACWR_HIGH);

  pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_BAR, &style->running, running);
  for (guint i = 0; i < self->data->weeks->len; i++)
    if (g_array_index (self->data->weeks, PtChartWeek, i).over_ten_percent)
      {
        pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_BAR, &style->over_rule,
                                    _("Over the 10 % rule"));
        break;
      }
  pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_LINE, &style->ratio,
                              _("Acute:chronic workload ratio"));
  pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_BAND, &style->improvement, range);
}

static double
max_distance (const PtChartData *data)
{
  double max = 0;

  for (guint i = 0; i < data->weeks->len; i++)
    max = MAX (max, pt_distance_from_metres (g_array_index (data->weeks, PtChartWeek, i).distance_m,
                                             data->unit));
  return max;
}

static double
max_ratio (const PtChartData *data)
{
  double max = RATIO_MIN_TOP;

  for (guint i = 0; i < data->acwr->len; i++)
    {
      double ratio = g_array_index (data->acwr, double, i);
      int day = data->acwr_first_day + (int) i;

      if (!isnan (ratio) && day >= data->first_day && day <= data->last_day)
        max = MAX (max, ratio);
    }
  return MIN (max, RATIO_MAX_TOP);
}

static void
place_panels (PtChartLayout *self,
              double         top)
{
  double line = pt_chart_layout_line_height (self, PT_CHART_TEXT_DIM);
  double bottom = self->height - PT_CHART_PAD - line - PT_CHART_TICK_GAP;
  double gap = line + 16;
  double upper_bottom = top + (bottom - top - gap) * UPPER_SHARE;
  double left, right = self->width - PT_CHART_PAD;

  pt_chart_panel_set_range (self, &self->upper, top, upper_bottom, max_distance (self->data), 0);
  pt_chart_panel_set_range (self, &self->lower, upper_bottom + gap, bottom,
                            max_ratio (self->data), 1);
  left = PT_CHART_PAD + PT_CHART_TICK_GAP +
         MAX (pt_chart_ticks_width (self->upper.ticks), pt_chart_ticks_width (self->lower.ticks));
  right = MAX (right, left + 1);

  self->upper.rect = (PtChartRect) { left, top, right - left, upper_bottom - top };
  self->lower.rect = (PtChartRect) { left, upper_bottom + gap, right - left,
                                     bottom - upper_bottom - gap };
  pt_chart_layout_place_x_axis (self, left, right);
}

static void
place_captions (PtChartLayout *self,
                double         label_y)
{
  g_autofree char *distance = g_strdup_printf (_("Weekly distance (%s)"),
                                               pt_distance_unit_symbol (self->data->unit));

  pt_chart_layout_add_label (self, PT_CHART_TEXT_DIM, distance, PT_CHART_PAD, label_y);
  pt_chart_layout_add_label (self, PT_CHART_TEXT_DIM,
                             _("Acute:chronic workload ratio (last 7 days against the "
                               "28-day average; none under 5 km a week)"),
                             PT_CHART_PAD, self->lower.rect.y - 8 -
                             pt_chart_layout_line_height (self, PT_CHART_TEXT_DIM));
}

/* "+15 %" over a bar: always tried for weeks over the rule, for the others
 * only where bars are wide enough to carry one each. */
static void
place_change (PtChartLayout     *self,
              const PtChartItem *bar,
              const PtChartWeek *week,
              gboolean           over_rule)
{
  g_autofree char *text = NULL;
  PtChartTextRole role = over_rule ? PT_CHART_TEXT_OVER_RULE : PT_CHART_TEXT_DIM;
  PtChartRect bounds = { self->upper.rect.x, 0, self->upper.rect.width, self->upper.rect.y +
                         self->upper.rect.height };
  double width, height;

  if (!week->has_change || week->over_ten_percent != over_rule)
    return;

  text = pt_format_percent_change (week->change_pct);
  pt_chart_layout_measure (self, role, text, &width, &height);
  if (!over_rule && bar->x1 - bar->x0 < width)
    return;
  pt_chart_layout_try_label (self, role, text, bar->x - width / 2, bar->y - height - 2, &bounds);
}

static void
place_weeks (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  guint first = self->items->len;

  for (guint i = 0; i < data->weeks->len; i++)
    {
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, i);

      if (week->distance_m > 0)
        pt_chart_layout_add_week_bar (self, PT_CHART_ITEM_RUNNING, i, week->start,
                                      pt_distance_from_metres (week->distance_m, data->unit),
                                      &self->upper.y);
    }

  for (int pass = 1; pass >= 0; pass--)
    for (guint i = first; i < self->items->len; i++)
      {
        const PtChartItem *bar = &g_array_index (self->items, PtChartItem, i);

        place_change (self, bar, &g_array_index (data->weeks, PtChartWeek, bar->index), pass);
      }
}

void
pt_load_chart_layout (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  double top, label_y;

  if (pt_chart_data_is_empty (data, PT_CHART_LOAD))
    {
      pt_chart_layout_place_header (self, PT_CHART_PAD);
      pt_chart_layout_set_empty (self, _("No running to show yet"),
                                 _("Log runs to see weekly distance, weeks over the 10 % rule "
                                   "and the acute:chronic workload ratio here."));
      return;
    }

  add_legend (self);
  label_y = pt_chart_layout_place_header (self, PT_CHART_PAD) + 10;
  top = label_y + pt_chart_layout_line_height (self, PT_CHART_TEXT_DIM) + 8;
  place_panels (self, top);
  place_captions (self, label_y);
  place_weeks (self);
  if (data->acwr->len > 0)
    pt_chart_layout_add_line (self, PT_CHART_ITEM_RATIO, 0, &self->lower.y, data->acwr_first_day,
                              NULL, &g_array_index (data->acwr, double, 0), sizeof (double),
                              data->acwr->len);
}

void
pt_load_chart_paint (PtChartLayout *self,
                     cairo_t       *cr)
{
  const PtChartStyle *style = &self->style;
  const PtChartRect *lower = &self->lower.rect;

  pt_chart_paint_panel (self, cr, &self->upper);
  pt_chart_paint_panel (self, cr, &self->lower);
  pt_chart_paint_band (cr, lower, pt_chart_scale_map (&self->lower.y, PT_ACWR_LOW),
                       pt_chart_scale_map (&self->lower.y, PT_ACWR_HIGH), &style->improvement, 0.15);
  pt_chart_paint_bars (self, cr, PT_CHART_ITEM_RUNNING, &style->running, &style->over_rule);
  cairo_save (cr);
  cairo_rectangle (cr, lower->x, lower->y - 2, lower->width, lower->height + 4);
  cairo_clip (cr);
  pt_chart_paint_line (self, cr, PT_CHART_ITEM_RATIO, 0, &style->ratio, FALSE);
  cairo_restore (cr);
  pt_chart_paint_x_axis (self, cr);
  pt_chart_paint_labels (self, cr);
  pt_chart_paint_legend (self, cr);
}
