/* pt-recovery-chart.c: pain falling and running returning
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Upper panel: pain (0-10) per context, the baseline, the 30 % and 50 %
 * reductions, the latest day with its percent change. Lower panel: weekly
 * running distance upwards (right axis, km or mi) and cross-training
 * minutes downwards, with the first run after treatment marked. Between
 * them, when one is recorded, the primary outcome measure on its own
 * scale (pt-chart-outcome.c). Session markers S1, S2, ... cross them all.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-analysis.h"
#include "pt-chart-private.h"

#define PAIN_MAX      10.0
#define UPPER_SHARE    0.58  /* of the height both panels share */
#define RUNNING_SHARE  0.64  /* of the lower panel, above its zero line */
/* Of the outcome measure's room, what pain gives up (activity the rest):
 * pain is what the chart is about. */
#define OUTCOME_FROM_PAIN 0.4
/* Reductions from baseline (DOMAIN.md), as fractions. */
#define MODERATE       (PT_PAIN_MODERATE_REDUCTION / 100)
#define SUBSTANTIAL    (PT_PAIN_SUBSTANTIAL_REDUCTION / 100)

const char *
pt_chart_pain_series_label (int series)
{
  switch (series)
    {
    case PT_CHART_PAIN_BEFORE_SESSION:
      /* Translators: a pain series of the chart: pain recorded at a session, before the injection */
      return _("At the session, before the injection");
    case PT_CHART_PAIN_AFTER_INJECTION:
      /* Translators: a pain series of the chart: pain right after the injection, under local
       * anaesthetic, which is shown but not counted in the recovery */
      return _("After the injection (not counted)");
    default:
      return pt_pain_context_to_label (CLAMP (series, 0, PT_PAIN_CONTEXT_OTHER));
    }
}

static void
add_legend (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  const PtChartStyle *style = &self->style;
  g_autofree char *running = g_strdup_printf (_("Running (%s a week)"),
                                              pt_distance_unit_symbol (data->unit));

  for (int series = 0; series < PT_CHART_N_PAIN_SERIES; series++)
    if (data->pain[series]->len > 0)
      pt_chart_layout_add_legend (self, series == PT_CHART_PAIN_AFTER_INJECTION
                                        ? PT_CHART_SYMBOL_RING : PT_CHART_SYMBOL_LINE,
                                  &style->pain[series], pt_chart_pain_series_label (series));
  if (data->has_baseline)
    {
      pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_DASH, &style->baseline, _("Baseline"));
      pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_BAND, &style->improvement,
                                  /* xgettext:no-c-format */
                                  _("30 % and 50 % less pain"));
    }
  if (data->sessions->len > 0)
    {
      g_autofree char *sessions = NULL;
      PtTreatmentType type = g_array_index (data->sessions, PtChartSession, 0).treatment;
      gboolean same = TRUE;

      for (guint i = 1; i < data->sessions->len; i++)
        same &= g_array_index (data->sessions, PtChartSession, i).treatment == type;
      /* Translators: "Session: Dextrose prolotherapy" in the chart legend */
      sessions = same ? g_strdup_printf (_("Session: %s"), pt_treatment_type_to_label (type))
                      : g_strdup (_("Session"));
      pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_MARKER, &style->session, sessions);
    }
  if (pt_chart_data_has_activity (data, FALSE))
    pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_BAR, &style->running, running);
  if (pt_chart_data_has_activity (data, TRUE))
    pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_BAR, &style->cross_training,
                                _("Cross-training (min a week)"));
  if (data->first_run_back_day != 0)
    pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_FLAG, &style->back_to_running,
                                _("Back to running"));
}

static void
place_lower_scales (PtChartLayout *self,
                    double         top,
                    double         bottom)
{
  PtChartPanel *lower = &self->lower;
  gboolean cross = pt_chart_data_has_activity (self->data, TRUE);
  double zero = cross ? top + (bottom - top) * RUNNING_SHARE : bottom;
  PtChartPanel down = { .ticks = NULL };

  pt_chart_panel_set_range (self, lower, top, zero, pt_chart_data_max_week (self->data, FALSE), 0);
  pt_chart_layout_label_outer_tick (self, lower->ticks, pt_distance_unit_symbol (self->data->unit));
  lower->ticks_right = TRUE;
  if (!cross)
    return;

  /* The same machinery, mirrored: minutes grow downwards from zero. */
  pt_chart_panel_set_range (self, &down, bottom, zero, pt_chart_data_max_week (self->data, TRUE),
                            0);
  lower->y_down = (PtChartScale) { 0, down.y.d1, zero, bottom };
  lower->ticks_down = g_steal_pointer (&down.ticks);
  for (guint i = 0; i < lower->ticks_down->len; i++)
    {
      PtChartTick *tick = &g_array_index (lower->ticks_down, PtChartTick, i);
      double half = (tick->label_end - tick->label_start) / 2;

      tick->pos = pt_chart_scale_map (&lower->y_down, tick->value);
      tick->label_start = tick->pos - half;
      tick->label_end = tick->pos + half;
    }
  /* Zero is labelled once, by the running axis. */
  g_array_remove_index (lower->ticks_down, 0);
  pt_chart_layout_label_outer_tick (self, lower->ticks_down, _("min"));
}

/* Panels and axes: everything but the items. */
static void
place_panels (PtChartLayout *self,
              double         top)
{
  gboolean activity = self->data->weeks->len > 0;
  double bottom = pt_chart_layout_plot_bottom (self);
  /* The outcome measure's panel, when there is one, goes under pain. */
  double outcome = pt_chart_outcome_reserve (self, bottom - top);
  double upper_bottom = activity ? top + (bottom - top - PT_CHART_PANEL_GAP) * UPPER_SHARE -
                                   outcome * OUTCOME_FROM_PAIN
                                 : bottom - outcome;
  double lower_top = upper_bottom + outcome + PT_CHART_PANEL_GAP;

  pt_chart_panel_set_range (self, &self->upper, top, upper_bottom, PAIN_MAX, 0);
  if (outcome > 0)
    pt_chart_outcome_place_scale (self, upper_bottom, upper_bottom + outcome);
  if (activity)
    place_lower_scales (self, lower_top, bottom);
  pt_chart_layout_place_rects (self, top, upper_bottom, bottom, activity);
}

static void
place_pain (PtChartLayout *self)
{
  for (int series = 0; series < PT_CHART_N_PAIN_SERIES; series++)
    pt_chart_layout_add_pain_line (self, series, self->data->pain[series]);
}

/* "S1 · Dextrose" when every label has room for the treatment, else "S1". */
static char *
session_label (const PtChartSession *session,
               guint                 form)
{
  if (form == 0)
    return g_strdup_printf ("S%u · %s", session->number,
                            pt_chart_treatment_short (session->treatment));
  return form == 1 ? g_strdup_printf ("S%u", session->number) : NULL;
}

static void
place_back_to_running (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  const PtChartRect *rect = &self->lower.rect;
  g_autofree char *text = NULL;
  PtChartItem *item;
  double width, height, x;

  if (data->first_run_back_day < data->first_day || data->first_run_back_day > data->last_day ||
      rect->width <= 0)
    return;

  item = pt_chart_layout_add_marker (self, PT_CHART_ITEM_BACK_TO_RUNNING, 0,
                                     data->first_run_back_day, rect->y,
                                     pt_chart_scale_map (&self->lower.y, 0));
  item->value = data->days_to_first_run;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Back to running · day %d",
                                       "Back to running · day %d",
                                       (gulong) data->days_to_first_run),
                          data->days_to_first_run);
  /* Right of the marker, else left of it, else the short form; on a chart
   * too narrow for any, the legend names the marker. */
  for (int attempt = 0; attempt < 2; attempt++)
    {
      const char *label = attempt == 0 ? text : _("Back to running");
      PtChartRect chart = { 0, 0, self->width, self->height };

      pt_chart_layout_measure (self, PT_CHART_TEXT_BACK_TO_RUNNING, label, &width, &height);
      x = item->x + 6;
      if (x + width > rect->x + rect->width)
        x = item->x - 6 - width;
      if (pt_chart_layout_try_label (self, PT_CHART_TEXT_BACK_TO_RUNNING, label, x, rect->y + 2,
                                     &chart))
        return;
    }
}

static void
place_reference_lines (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  const PtChartRect *rect = &self->upper.rect;
  g_autofree char *base = NULL;
  g_autofree char *text = NULL;
  double width, height;

  if (!data->has_baseline)
    return;

  self->baseline_y = pt_chart_scale_map (&self->upper.y, data->baseline);
  self->moderate_y = pt_chart_scale_map (&self->upper.y, data->baseline * (1 - MODERATE));
  self->substantial_y = pt_chart_scale_map (&self->upper.y, data->baseline * (1 - SUBSTANTIAL));

  base = pt_format_pain (data->baseline);
  text = g_strdup_printf (_("Baseline %s"), base);
  pt_chart_layout_measure (self, PT_CHART_TEXT_BASELINE, text, &width, &height);
  pt_chart_layout_try_label (self, PT_CHART_TEXT_BASELINE, text,
                             rect->x + rect->width - width - 4, self->baseline_y - height - 1,
                             NULL);

  /* At the left, where pain is still high: the lines are clear there. */
  /* xgettext:no-c-format */
  pt_chart_layout_try_label (self, PT_CHART_TEXT_IMPROVEMENT, _("30 % less"),
                             rect->x + 4, self->moderate_y - height - 1, rect);
  /* xgettext:no-c-format */
  pt_chart_layout_try_label (self, PT_CHART_TEXT_IMPROVEMENT, _("50 % less"),
                             rect->x + 4, self->substantial_y - height - 1, rect);
}

/* The latest day's pain, with "−70 %" beside it. */
static void
place_latest (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  const PtChartRect *rect = &self->upper.rect;
  const PtChartItem *item = pt_chart_layout_add_latest (self);
  g_autofree char *percent = NULL;
  double width, height, x, y;

  if (item == NULL || !data->has_percent)
    return;
  percent = pt_format_percent_change (data->percent_change);
  g_strlcpy (self->percent_label, percent, sizeof self->percent_label);
  pt_chart_layout_measure (self, PT_CHART_TEXT_PERCENT, percent, &width, &height);

  /* Above the point, right-aligned to it, inside the plot. */
  x = CLAMP (item->x - width + 4, rect->x + 4, rect->x + rect->width - width - 4);
  y = MAX (item->y - height - 14, rect->y + 2);
  pt_chart_layout_add_label (self, PT_CHART_TEXT_PERCENT, percent, x, y);
}

static void
place_captions (PtChartLayout *self,
                double         label_y)
{
  PtChartRect bounds = { 0, 0, self->width, self->height };

  pt_chart_layout_try_label (self, PT_CHART_TEXT_DIM, _("Pain (0–10)"), PT_CHART_PAD,
                             label_y, &bounds);
}

void
pt_recovery_chart_layout (PtChartLayout *self)
{
  double top, label_y;

  if (pt_chart_data_is_empty (self->data, PT_CHART_RECOVERY))
    {
      pt_chart_layout_place_header (self, PT_CHART_PAD);
      pt_chart_layout_set_empty (self, _("No recovery to show yet"),
                                 _("Record pain scores (0–10) and treatment sessions, and log "
                                   "runs or cross-training, to see pain fall and running "
                                   "return here."));
      return;
    }

  add_legend (self);
  label_y = pt_chart_layout_place_header (self, PT_CHART_PAD) + 10;
  top = label_y + pt_chart_layout_line_height (self, PT_CHART_TEXT_SESSION) + 6;
  place_panels (self, top);

  /* Labels in order of importance: each later one yields to the earlier. */
  place_latest (self);
  pt_chart_layout_place_sessions (self, label_y, session_label);
  place_captions (self, label_y);
  place_back_to_running (self);
  pt_chart_outcome_place_items (self);
  place_reference_lines (self);
  pt_chart_layout_add_week_bars (self, TRUE);
  place_pain (self);
}

/* Painting ---------------------------------------------------------------------- */

static void
paint_reference_lines (PtChartLayout *self,
                       cairo_t       *cr)
{
  const PtChartRect *rect = &self->upper.rect;
  const PtChartStyle *style = &self->style;
  double bottom = rect->y + rect->height;

  if (isnan (self->baseline_y))
    return;

  pt_chart_paint_band (cr, rect, self->moderate_y, self->substantial_y, &style->improvement, 0.07);
  pt_chart_paint_band (cr, rect, self->substantial_y, bottom, &style->improvement, 0.13);
  pt_chart_paint_hline (self, cr, rect, self->moderate_y, &style->improvement, TRUE);
  pt_chart_paint_hline (self, cr, rect, self->substantial_y, &style->improvement, TRUE);
  pt_chart_paint_hline (self, cr, rect, self->baseline_y, &style->baseline, TRUE);
}

void
pt_recovery_chart_paint (PtChartLayout *self,
                         cairo_t       *cr)
{
  const PtChartStyle *style = &self->style;

  pt_chart_paint_panel (self, cr, &self->upper);
  if (self->lower.rect.width > 0)
    pt_chart_paint_panel (self, cr, &self->lower);
  pt_chart_outcome_paint (self, cr);
  paint_reference_lines (self, cr);
  pt_chart_paint_bars (self, cr, PT_CHART_ITEM_CROSS_TRAINING, &style->cross_training, NULL);
  pt_chart_paint_bars (self, cr, PT_CHART_ITEM_RUNNING, &style->running, NULL);
  pt_chart_paint_markers (self, cr, PT_CHART_ITEM_SESSION, &style->session, FALSE);
  pt_chart_paint_markers (self, cr, PT_CHART_ITEM_BACK_TO_RUNNING, &style->back_to_running, TRUE);
  for (int series = PT_CHART_PAIN_BEFORE_SESSION; series >= 0; series--)
    pt_chart_paint_line (self, cr, PT_CHART_ITEM_PAIN, series, &style->pain[series], TRUE);
  /* Post-injection pain is not part of the course: rings, not joined. */
  pt_chart_paint_rings (self, cr, PT_CHART_ITEM_PAIN, PT_CHART_PAIN_AFTER_INJECTION,
                        &style->pain[PT_CHART_PAIN_AFTER_INJECTION]);
  pt_chart_paint_latest (self, cr);
  pt_chart_paint_x_axis (self, cr);
  pt_chart_paint_labels (self, cr);
  pt_chart_paint_legend (self, cr);
}
