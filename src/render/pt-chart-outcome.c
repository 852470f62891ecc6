/* pt-chart-outcome.c: the primary outcome measure on the recovery chart
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small panel of its own between pain and activity: the measure's totals
 * (the FFI, VISA-A, ...) joined by a line on the measure's own range, with
 * its axis on the right (pain keeps the left one), a caption naming the
 * measure and the direction that is better ("FFI · lower is better ↓"),
 * and the first and latest totals written beside their points. Without a
 * measure nothing here takes any room, so the chart is as it was.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-chart-private.h"

#define SHARE       0.2   /* of the height of the panels */
#define MIN_LINES   2.5   /* the panel's height, in lines of tick labels */
#define MAX_LINES   5.0
#define CAPTION_GAP 4.0   /* between the caption and the panel */

static double
line_height (PtChartLayout *self)
{
  return pt_chart_layout_line_height (self, PT_CHART_TEXT_DIM);
}

static double
caption_room (PtChartLayout *self)
{
  return pt_chart_layout_line_height (self, PT_CHART_TEXT_OUTCOME) + CAPTION_GAP;
}

static double
panel_height (PtChartLayout *self,
              double         available)
{
  double line = line_height (self);

  return CLAMP (available * SHARE, line * MIN_LINES, line * MAX_LINES);
}

double
pt_chart_outcome_reserve (PtChartLayout *self,
                          double         available)
{
  double line = line_height (self);

  if (self->kind != PT_CHART_RECOVERY || self->data->outcome->len == 0)
    return 0;
  /* The pain panel keeps most of a small chart; there the description
   * still names the measure. */
  if (available < line * 14)
    return 0;
  return caption_room (self) + panel_height (self, available);
}

void
pt_chart_outcome_place_scale (PtChartLayout *self,
                              double         region_top,
                              double         bottom)
{
  const PtMeasureScale *scale = &self->data->outcome_scale;
  PtChartPanel *panel = &self->outcome;
  double range = scale->max - scale->min;
  double top = region_top + caption_room (self);
  /* Three ticks (the ends and the middle) when their labels have room. */
  double step = bottom - top >= line_height (self) * 3.2 ? range / 2 : range;

  if (!(range > 0) || bottom <= top)
    return;

  panel->rect = (PtChartRect) { 0, top, 0, bottom - top };
  panel->y = (PtChartScale) { scale->min, scale->max, bottom, top };
  panel->ticks_right = TRUE;
  pango_layout_set_font_description (self->text, self->fonts[PT_CHART_TEXT_DIM]);
  g_clear_pointer (&panel->ticks, g_array_unref);
  panel->ticks = pt_chart_value_ticks (&panel->y, step, 0, self->text);
  if (scale->percent)
    pt_chart_layout_label_outer_tick (self, panel->ticks, "%");
}

/* "Foot Function Index (FFI) · lower is better ↓", else the short name. */
static void
place_caption (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  const PtChartRect *rect = &self->outcome.rect;
  PtChartRect bounds = { 0, 0, self->width, self->height };
  const char *direction = data->outcome_scale.higher_is_better
                          /* Translators: the direction of an outcome measure on the chart */
                          ? _("higher is better ↑")
                          : _("lower is better ↓");
  g_autofree char *full = NULL;
  g_autofree char *brief = NULL;
  double y = rect->y - caption_room (self);

  if (g_strcmp0 (data->outcome_name, data->outcome_short) != 0)
    /* Translators: the outcome measure's caption on the chart, "Foot Function Index (FFI) ·
     * lower is better ↓" */
    full = g_strdup_printf (_("%s (%s) · %s"), data->outcome_name, data->outcome_short, direction);
  /* Translators: the same, short: "FFI · lower is better ↓" */
  brief = g_strdup_printf (_("%s · %s"), data->outcome_short, direction);

  if (full != NULL &&
      pt_chart_layout_try_label (self, PT_CHART_TEXT_OUTCOME, full, rect->x, y, &bounds))
    return;
  pt_chart_layout_try_label (self, PT_CHART_TEXT_OUTCOME, brief, rect->x, y, &bounds);
}

/* The total of @item written above its point, or below it when there is
 * no room above; left out when it would cover another label. */
static void
place_value (PtChartLayout     *self,
             const PtChartItem *item)
{
  const PtChartRect *rect = &self->outcome.rect;
  g_autofree char *text = pt_chart_format_measure_value (&self->data->outcome_scale, item->value);
  double width, height, x, y;

  pt_chart_layout_measure (self, PT_CHART_TEXT_OUTCOME, text, &width, &height);
  x = CLAMP (item->x - width / 2, rect->x + 2, rect->x + rect->width - width - 2);
  y = item->y - height - 4;
  if (y < rect->y)
    y = item->y + 5;
  if (y + height > rect->y + rect->height)
    y = rect->y + rect->height - height;
  pt_chart_layout_try_label (self, PT_CHART_TEXT_OUTCOME, text, x, y, NULL);
}

void
pt_chart_outcome_place_items (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  g_autoptr(GPtrArray) items = NULL;

  if (self->outcome.rect.height <= 0)
    return;

  place_caption (self);
  pt_chart_layout_add_line (self, PT_CHART_ITEM_OUTCOME, 0, &self->outcome.y, 0,
                            &g_array_index (data->outcome, PtChartOutcome, 0).day,
                            &g_array_index (data->outcome, PtChartOutcome, 0).total,
                            sizeof (PtChartOutcome), data->outcome->len);

  items = pt_chart_layout_find_items (self, PT_CHART_ITEM_OUTCOME, 0);
  if (items->len == 0)
    return;
  /* The latest first: it is what the clinician looks for. */
  place_value (self, g_ptr_array_index (items, items->len - 1));
  if (items->len > 1)
    place_value (self, g_ptr_array_index (items, 0));
}

void
pt_chart_outcome_paint (PtChartLayout *self,
                        cairo_t       *cr)
{
  if (self->outcome.rect.height <= 0)
    return;

  pt_chart_paint_panel (self, cr, &self->outcome);
  pt_chart_paint_line (self, cr, PT_CHART_ITEM_OUTCOME, 0, &self->style.outcome, TRUE);
}

static const char *
change_words (const PtMeasureChange *change)
{
  switch (change->change_class)
    {
    case PT_MEASURE_CHANGE_BETTER_IMPORTANT:
      /* Translators: a change of an outcome measure, by its minimal important difference or more */
      return _("an important improvement");
    case PT_MEASURE_CHANGE_BETTER:
      return change->has_mcid ? _("a smaller improvement than the minimal important change")
                              : _("an improvement");
    case PT_MEASURE_CHANGE_WORSE:
      return change->has_mcid ? _("a little worse, less than the minimal important change")
                              : _("worse");
    case PT_MEASURE_CHANGE_WORSE_IMPORTANT:
      return _("an important worsening");
    case PT_MEASURE_CHANGE_NONE:
    default:
      return _("no change");
    }
}

char *
pt_chart_outcome_describe (const PtChartData *data)
{
  const PtMeasureScale *scale = &data->outcome_scale;
  const char *direction;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!data->has_outcome)
    return NULL;

  direction = scale->higher_is_better ? _("higher is better") : _("lower is better");
  from = pt_chart_format_measure_value (scale, data->outcome_baseline);
  to = pt_chart_format_measure_value (scale, data->outcome_latest);
  if (data->outcome_n_points < 2)
    {
      g_autofree char *day = pt_chart_format_day (data->outcome_first_day, PT_DATE_LONG);

      /* Translators: "Foot Function Index 50 % on 4 March 2026 (lower is better)." */
      return g_strdup_printf (_("%s %s on %s (%s)."), data->outcome_name, to, day, direction);
    }

  /* Translators: "Foot Function Index went from 50 % to 12 % over 7 reviews (lower is better),
   * an important improvement." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s went from %s to %s over %u review "
                                       "(%s), %s.",
                                       "%s went from %s to %s over %u reviews (%s), %s.",
                                       data->outcome_n_points),
                          data->outcome_name, from, to, data->outcome_n_points, direction,
                          change_words (&data->outcome_change));
}
