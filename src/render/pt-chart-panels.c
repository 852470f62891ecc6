/* pt-chart-panels.c: what the recovery and patient charts share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both put pain (0-10) in an upper panel over weekly activity in a lower
 * one, with the session markers across both and the latest day's pain
 * marked; pt-recovery-chart.c and pt-patient-chart.c choose the scales,
 * the words and what else to show.
 */

#include "config.h"

#include "pt-chart-private.h"

/* Data ---------------------------------------------------------------------- */

gboolean
pt_chart_data_has_activity (const PtChartData *data,
                            gboolean           cross)
{
  for (guint i = 0; i < data->weeks->len; i++)
    {
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, i);

      if (cross ? week->cross_minutes > 0 : week->distance_m > 0)
        return TRUE;
    }
  return FALSE;
}

double
pt_chart_data_max_week (const PtChartData *data,
                        gboolean           cross)
{
  double max = 0;

  for (guint i = 0; i < data->weeks->len; i++)
    {
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, i);

      max = MAX (max, cross ? week->cross_minutes
                            : pt_distance_from_metres (week->distance_m, data->unit));
    }
  return max;
}

/* Panels -------------------------------------------------------------------- */

double
pt_chart_layout_panels_bottom (const PtChartLayout *self)
{
  const PtChartRect *last = &self->upper.rect;

  if (self->lower.rect.width > 0)
    last = &self->lower.rect;
  else if (self->outcome.rect.height > 0)
    last = &self->outcome.rect;
  return last->y + last->height;
}

double
pt_chart_layout_plot_bottom (PtChartLayout *self)
{
  return self->height - PT_CHART_PAD - pt_chart_layout_line_height (self, PT_CHART_TEXT_DIM) -
         PT_CHART_TICK_GAP;
}

void
pt_chart_layout_place_rects (PtChartLayout *self,
                             double         top,
                             double         upper_bottom,
                             double         bottom,
                             gboolean       lower)
{
  double left = PT_CHART_PAD + pt_chart_ticks_width (self->upper.ticks) + PT_CHART_TICK_GAP;
  double right = self->width - PT_CHART_PAD - PT_CHART_TICK_GAP -
                 MAX (MAX (pt_chart_ticks_width (self->lower.ticks),
                           pt_chart_ticks_width (self->lower.ticks_down)),
                      pt_chart_ticks_width (self->outcome.ticks));
  double lower_top = upper_bottom + PT_CHART_PANEL_GAP;

  right = MAX (right, left + 1);
  self->upper.rect = (PtChartRect) { left, top, right - left, upper_bottom - top };
  /* The outcome measure's panel, between the two: its height was chosen
   * with its scale (pt_chart_outcome_place_scale). */
  if (self->outcome.rect.height > 0)
    {
      self->outcome.rect.x = left;
      self->outcome.rect.width = right - left;
      lower_top = self->outcome.rect.y + self->outcome.rect.height + PT_CHART_PANEL_GAP;
    }
  if (lower)
    self->lower.rect = (PtChartRect) { left, lower_top, right - left, bottom - lower_top };
  pt_chart_layout_place_x_axis (self, left, right);
}

void
pt_chart_layout_label_outer_tick (PtChartLayout *self,
                                  GArray        *ticks,
                                  const char    *unit)
{
  PtChartTick *tick;
  g_autofree char *text = NULL;
  double height;

  if (ticks == NULL || ticks->len == 0)
    return;
  tick = &g_array_index (ticks, PtChartTick, ticks->len - 1);
  if (tick->value <= 0)
    return;
  text = g_strdup_printf ("%s %s", tick->label, unit);
  g_strlcpy (tick->label, text, sizeof tick->label);
  pt_chart_layout_measure (self, PT_CHART_TEXT_DIM, tick->label, &tick->label_size, &height);
}

/* Items --------------------------------------------------------------------- */

void
pt_chart_layout_add_pain_line (PtChartLayout *self,
                               int            series,
                               GArray        *points)
{
  if (points->len == 0)
    return;
  pt_chart_layout_add_line (self, PT_CHART_ITEM_PAIN, series, &self->upper.y, 0,
                            &g_array_index (points, PtChartPain, 0).day,
                            &g_array_index (points, PtChartPain, 0).pain,
                            sizeof (PtChartPain), points->len);
}

void
pt_chart_layout_add_week_bars (PtChartLayout *self,
                               gboolean       cross)
{
  const PtChartData *data = self->data;

  if (self->lower.rect.width <= 0)
    return;

  for (guint i = 0; i < data->weeks->len; i++)
    {
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, i);

      if (week->distance_m > 0)
        pt_chart_layout_add_week_bar (self, PT_CHART_ITEM_RUNNING, i, week->start,
                                      pt_distance_from_metres (week->distance_m, data->unit),
                                      &self->lower.y);
      if (cross && week->cross_minutes > 0)
        pt_chart_layout_add_week_bar (self, PT_CHART_ITEM_CROSS_TRAINING, i, week->start,
                                      week->cross_minutes, &self->lower.y_down);
    }
}

PtChartItem *
pt_chart_layout_add_marker (PtChartLayout   *self,
                            PtChartItemKind  kind,
                            guint            index,
                            int              day,
                            double           top,
                            double           bottom)
{
  PtChartItem item = {
    .kind = kind,
    .index = index,
    .day = day,
    .value = index + 1,
    .x = pt_chart_layout_day_x (self, day),
    .y = top,
    .y0 = top,
    .y1 = bottom,
  };

  item.x0 = item.x1 = item.x;
  g_array_append_val (self->items, item);
  return &g_array_index (self->items, PtChartItem, self->items->len - 1);
}

static gboolean
session_labels_fit (PtChartLayout       *self,
                    PtChartSessionLabel  label,
                    guint                form)
{
  const PtChartData *data = self->data;
  double last_end = -G_MAXDOUBLE;

  for (guint i = 0; i < data->sessions->len; i++)
    {
      const PtChartSession *session = &g_array_index (data->sessions, PtChartSession, i);
      g_autofree char *text = label (session, form);
      double width, height, x = pt_chart_layout_day_x (self, session->day);

      pt_chart_layout_measure (self, PT_CHART_TEXT_SESSION, text, &width, &height);
      if (x - width / 2 < last_end + PT_CHART_LABEL_GAP)
        return FALSE;
      last_end = x + width / 2;
    }

  return TRUE;
}

void
pt_chart_layout_place_sessions (PtChartLayout       *self,
                                double               label_y,
                                PtChartSessionLabel  label)
{
  const PtChartData *data = self->data;
  PtChartRect bounds = { 0, 0, self->width, self->height };
  guint form = 0;
  double bottom = pt_chart_layout_panels_bottom (self);

  if (data->sessions->len == 0)
    return;

  /* The first form that fits, else the last there is. */
  for (const PtChartSession *first = &g_array_index (data->sessions, PtChartSession, 0);;
       form++)
    {
      g_autofree char *next = label (first, form + 1);

      if (next == NULL || session_labels_fit (self, label, form))
        break;
    }

  for (guint i = 0; i < data->sessions->len; i++)
    {
      const PtChartSession *session = &g_array_index (data->sessions, PtChartSession, i);
      PtChartItem *item = pt_chart_layout_add_marker (self, PT_CHART_ITEM_SESSION, i,
                                                      session->day, self->upper.rect.y, bottom);
      g_autofree char *text = label (session, form);
      double width, height;

      item->value = session->number;
      pt_chart_layout_measure (self, PT_CHART_TEXT_SESSION, text, &width, &height);
      pt_chart_layout_try_label (self, PT_CHART_TEXT_SESSION, text, item->x - width / 2, label_y,
                                 &bounds);
    }
}

const PtChartItem *
pt_chart_layout_add_latest (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  PtChartItem item = { .kind = PT_CHART_ITEM_LATEST };

  if (!data->has_latest || data->latest_day < data->first_day || data->latest_day > data->last_day)
    return NULL;

  item.day = data->latest_day;
  item.value = data->latest;
  item.x = item.x0 = item.x1 = pt_chart_layout_day_x (self, item.day);
  item.y = item.y0 = item.y1 = pt_chart_scale_map (&self->upper.y, item.value);
  g_array_append_val (self->items, item);
  return &g_array_index (self->items, PtChartItem, self->items->len - 1);
}
