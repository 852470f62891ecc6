/* pt-chart-layout.c: where everything of a chart lands, before painting
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts every chart shares: text measuring, labels that never overlap,
 * the header (title and legend), the date axis, lines decimated per pixel
 * column, week bars and hit-testing. pt-recovery-chart.c and
 * pt-load-chart.c arrange them.
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pt-chart-private.h"

#define LEGEND_SWATCH  22.0
#define LEGEND_SPACING 18.0
#define HIT_RADIUS      8.0
#define BAR_GAP_RATIO   0.14  /* of a week's width, each side */

/* Text ----------------------------------------------------------------------- */

static void
role_font (PtChartTextRole  role,
           gboolean        *bold,
           double          *scale)
{
  *bold = FALSE;
  *scale = 1.0;

  switch (role)
    {
    case PT_CHART_TEXT_TITLE:
      *bold = TRUE;
      *scale = 1.3;
      break;
    case PT_CHART_TEXT_PERCENT:
      *bold = TRUE;
      *scale = 1.6;
      break;
    case PT_CHART_TEXT_STRONG:
    case PT_CHART_TEXT_SESSION:
    case PT_CHART_TEXT_OUTCOME:
    case PT_CHART_TEXT_BACK_TO_RUNNING:
      *bold = TRUE;
      *scale = 0.95;
      break;
    case PT_CHART_TEXT_HINT:
      *scale = 1.0;
      break;
    case PT_CHART_TEXT_DIM:
    case PT_CHART_TEXT_IMPROVEMENT:
    case PT_CHART_TEXT_BASELINE:
    case PT_CHART_TEXT_OVER_RULE:
    default:
      *scale = 0.9;
      break;
    }
}

static void
make_fonts (PtChartLayout *self)
{
  for (guint role = 0; role < PT_CHART_N_TEXT_ROLES; role++)
    {
      PangoFontDescription *font = pango_font_description_from_string (self->style.font_family);
      gboolean bold;
      double scale;

      role_font (role, &bold, &scale);
      pango_font_description_set_absolute_size (font, self->style.font_size * scale * PANGO_SCALE);
      pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      self->fonts[role] = font;
    }
}

/* A Pango layout of @text in @role's font, shaped once and kept for the
 * life of the chart layout: measuring and painting the same label (and
 * every redraw of a widget) do not shape it again. */
PangoLayout *
pt_chart_layout_get_text (PtChartLayout   *self,
                          PtChartTextRole  role,
                          const char      *text)
{
  char key[160];
  PangoLayout *layout;

  g_snprintf (key, sizeof key, "%d\037%s", (int) role, text);
  layout = g_hash_table_lookup (self->shaped, key);
  if (layout == NULL)
    {
      layout = pango_layout_new (self->pango);
      pango_layout_set_font_description (layout, self->fonts[role]);
      pango_layout_set_text (layout, text, -1);
      g_hash_table_insert (self->shaped, g_strdup (key), layout);
    }

  return layout;
}

void
pt_chart_layout_measure (PtChartLayout   *self,
                         PtChartTextRole  role,
                         const char      *text,
                         double          *width,
                         double          *height)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (pt_chart_layout_get_text (self, role, text), NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

double
pt_chart_layout_line_height (PtChartLayout   *self,
                             PtChartTextRole  role)
{
  double width, height;

  pt_chart_layout_measure (self, role, "Ag", &width, &height);
  return height;
}

guint
pt_chart_layout_add_label (PtChartLayout   *self,
                           PtChartTextRole  role,
                           const char      *text,
                           double           x,
                           double           y)
{
  PtChartLabel label = { .role = role, .x = x, .y = y };

  g_strlcpy (label.text, text, sizeof label.text);
  pt_chart_layout_measure (self, role, label.text, &label.width, &label.height);
  g_array_append_val (self->labels, label);
  return self->labels->len - 1;
}

gboolean
pt_chart_rects_overlap (double ax, double ay, double aw, double ah,
                        double bx, double by, double bw, double bh)
{
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

gboolean
pt_chart_layout_try_label (PtChartLayout     *self,
                           PtChartTextRole    role,
                           const char        *text,
                           double             x,
                           double             y,
                           const PtChartRect *bounds)
{
  double width, height;

  pt_chart_layout_measure (self, role, text, &width, &height);
  if (bounds != NULL &&
      (x < bounds->x || y < bounds->y || x + width > bounds->x + bounds->width ||
       y + height > bounds->y + bounds->height))
    return FALSE;

  for (guint i = 0; i < self->labels->len; i++)
    {
      const PtChartLabel *other = &g_array_index (self->labels, PtChartLabel, i);

      if (pt_chart_rects_overlap (x - 2, y, width + 4, height,
                                  other->x, other->y, other->width, other->height))
        return FALSE;
    }

  pt_chart_layout_add_label (self, role, text, x, y);
  return TRUE;
}

/* Header -------------------------------------------------------------------- */

void
pt_chart_layout_add_legend (PtChartLayout      *self,
                            PtChartSymbol       symbol,
                            const PtChartColor *color,
                            const char         *text)
{
  PtChartLegendEntry entry = { .symbol = symbol, .color = *color };

  entry.label.role = PT_CHART_TEXT_DIM;
  g_strlcpy (entry.label.text, text, sizeof entry.label.text);
  pt_chart_layout_measure (self, entry.label.role, entry.label.text,
                           &entry.label.width, &entry.label.height);
  g_array_append_val (self->legend, entry);
}

/* Flows the legend entries in rows from the left; returns the y below. */
static double
flow_legend (PtChartLayout *self,
             double         y)
{
  double x = PT_CHART_PAD, row = 0;

  for (guint i = 0; i < self->legend->len; i++)
    {
      PtChartLegendEntry *entry = &g_array_index (self->legend, PtChartLegendEntry, i);
      double width = LEGEND_SWATCH + 6 + entry->label.width;

      if (x > PT_CHART_PAD && x + width > self->width - PT_CHART_PAD)
        {
          x = PT_CHART_PAD;
          y += row + 4;
        }
      row = MAX (row, entry->label.height);
      entry->swatch = (PtChartRect) { x, y + entry->label.height / 2 - 6, LEGEND_SWATCH, 12 };
      entry->label.x = x + LEGEND_SWATCH + 6;
      entry->label.y = y;
      x += width + LEGEND_SPACING;
    }

  return self->legend->len > 0 ? y + row : y;
}

/* @text, cut at the end with an ellipsis until it is at most @width wide
 * in @role's font (a long name on a narrow chart). */
static char *
fit_text (PtChartLayout   *self,
          PtChartTextRole  role,
          const char      *text,
          double           width)
{
  g_autofree char *cut = g_strdup (text);
  char *fitted = g_strdup (text);
  double w, h;

  pt_chart_layout_measure (self, role, fitted, &w, &h);
  while (w > width && *cut != '\0')
    {
      *g_utf8_offset_to_pointer (cut, g_utf8_strlen (cut, -1) - 1) = '\0';
      g_free (fitted);
      fitted = g_strconcat (g_strchomp (cut), "…", NULL);
      pt_chart_layout_measure (self, role, fitted, &w, &h);
    }

  return fitted;
}

double
pt_chart_layout_place_header (PtChartLayout *self,
                              double         y)
{
  if (self->data->title != NULL && *self->data->title != '\0')
    {
      g_autofree char *title = fit_text (self, PT_CHART_TEXT_TITLE, self->data->title,
                                         self->width - 2 * PT_CHART_PAD);
      guint i = pt_chart_layout_add_label (self, PT_CHART_TEXT_TITLE, title, PT_CHART_PAD, y);

      y += g_array_index (self->labels, PtChartLabel, i).height + 6;
    }

  return flow_legend (self, y);
}

/* Axes ---------------------------------------------------------------------- */

void
pt_chart_layout_place_x_axis (PtChartLayout *self,
                              double         left,
                              double         right)
{
  const PtChartData *data = self->data;
  double span = data->last_day + 1 - data->first_day;
  double pad = MAX (1, ceil (span * 0.02));
  /* The patient's chart has fewer dates, further apart. */
  double gap = PT_CHART_LABEL_GAP * (self->kind == PT_CHART_PATIENT ? 5 : 1.5);

  self->x = (PtChartScale) { data->first_day - pad, data->last_day + 1 + pad, left, right };
  pango_layout_set_font_description (self->text, self->fonts[PT_CHART_TEXT_DIM]);
  g_clear_pointer (&self->x_ticks, g_array_unref);
  self->x_ticks = pt_chart_time_ticks (&self->x, self->text, gap, 2, self->width - 2,
                                       &self->time_unit);
}

double
pt_chart_ticks_width (GArray *ticks)
{
  double width = 0;

  for (guint i = 0; ticks != NULL && i < ticks->len; i++)
    width = MAX (width, g_array_index (ticks, PtChartTick, i).label_size);
  return width;
}

void
pt_chart_panel_set_range (PtChartLayout *self,
                          PtChartPanel  *panel,
                          double         top,
                          double         bottom,
                          double         max,
                          int            decimals)
{
  pt_chart_panel_set_range_ticks (self, panel, top, bottom, max, decimals, 6);
}

void
pt_chart_panel_set_range_ticks (PtChartLayout *self,
                                PtChartPanel  *panel,
                                double         top,
                                double         bottom,
                                double         max,
                                int            decimals,
                                guint          most)
{
  double height = bottom - top;
  double line = pt_chart_layout_line_height (self, PT_CHART_TEXT_DIM);
  guint max_ticks = (guint) CLAMP (height / (line * 2.2), 1, MAX (most, 1));
  double axis_top;
  double step = pt_chart_nice_step (max, max_ticks, &axis_top);

  panel->y = (PtChartScale) { 0, axis_top, bottom, top };
  pango_layout_set_font_description (self->text, self->fonts[PT_CHART_TEXT_DIM]);
  g_clear_pointer (&panel->ticks, g_array_unref);
  panel->ticks = pt_chart_value_ticks (&panel->y, step, decimals, self->text);
}

double
pt_chart_layout_day_x (const PtChartLayout *self,
                       double               day)
{
  return pt_chart_scale_map (&self->x, day + 0.5);
}

/* Items --------------------------------------------------------------------- */

guint
pt_chart_decimate (const double *x,
                   const double *y,
                   guint         n,
                   guint        *keep)
{
  guint n_kept = 0;

  for (guint i = 0; i < n;)
    {
      double column = floor (x[i]);
      guint first = i, low = i, high = i, last = i;
      guint picks[4];

      for (; i < n && floor (x[i]) == column; i++)
        {
          if (y[i] < y[low])
            low = i;
          if (y[i] > y[high])
            high = i;
          last = i;
        }

      /* In index order, each index once. */
      picks[0] = first;
      picks[1] = MIN (low, high);
      picks[2] = MAX (low, high);
      picks[3] = last;
      for (guint k = 0; k < G_N_ELEMENTS (picks); k++)
        if (n_kept == 0 || keep[n_kept - 1] < picks[k])
          keep[n_kept++] = picks[k];
    }

  return n_kept;
}

/* One stretch of a line without gaps: @index[i] into the data. */
static void
add_stretch (PtChartLayout      *self,
             PtChartItemKind     kind,
             int                 series,
             const PtChartScale *y,
             const guint        *index,
             const int          *days,
             const double       *values,
             guint               n)
{
  g_autofree double *xs = g_new (double, n);
  g_autofree guint *keep = g_new (guint, n);
  guint n_kept;

  for (guint i = 0; i < n; i++)
    xs[i] = pt_chart_layout_day_x (self, days[i]);

  n_kept = pt_chart_decimate (xs, values, n, keep);
  for (guint k = 0; k < n_kept; k++)
    {
      guint i = keep[k];
      PtChartItem item = {
        .kind = kind,
        .series = series,
        .index = index[i],
        .flags = k == 0 ? PT_CHART_ITEM_BREAK_BEFORE : 0,
        .day = days[i],
        .value = values[i],
        .x = xs[i],
        /* A value past the axis is drawn at its end (the ratio's axis
         * stops at 3); .value keeps the true one for the tooltip. */
        .y = pt_chart_scale_map (y, CLAMP (values[i], MIN (y->d0, y->d1), MAX (y->d0, y->d1))),
      };

      item.x0 = item.x1 = item.x;
      item.y0 = item.y1 = item.y;
      g_array_append_val (self->items, item);
    }
}

void
pt_chart_layout_add_line (PtChartLayout      *self,
                          PtChartItemKind     kind,
                          int                 series,
                          const PtChartScale *y,
                          int                 first_day,
                          const int          *days,
                          const double       *values,
                          gsize               stride,
                          guint               n)
{
  g_autofree guint *index = g_new (guint, MAX (n, 1));
  g_autofree int *stretch_days = g_new (int, MAX (n, 1));
  g_autofree double *stretch_values = g_new (double, MAX (n, 1));
  guint len = 0;

  /* @days NULL: one value a day from @first_day. */
  for (guint i = 0; i <= n; i++)
    {
      double value = i < n ? *(const double *) ((const char *) values + i * stride) : NAN;
      int day = i < n ? (days != NULL ? *(const int *) ((const char *) days + i * stride)
                                      : first_day + (int) i) : 0;

      if (i < n && !isnan (value) && day >= self->data->first_day &&
          day <= self->data->last_day)
        {
          index[len] = i;
          stretch_days[len] = day;
          stretch_values[len++] = value;
          continue;
        }

      if (len > 0)
        add_stretch (self, kind, series, y, index, stretch_days, stretch_values, len);
      len = 0;
    }
}

PtChartItem *
pt_chart_layout_add_week_bar (PtChartLayout      *self,
                              PtChartItemKind     kind,
                              guint               index,
                              int                 monday,
                              double              value,
                              const PtChartScale *y)
{
  double left = pt_chart_scale_map (&self->x, monday);
  double right = pt_chart_scale_map (&self->x, monday + 7);
  double gap = MAX (0.5, (right - left) * BAR_GAP_RATIO);
  double base = pt_chart_scale_map (y, 0);
  double end = pt_chart_scale_map (y, value);
  PtChartItem item = {
    .kind = kind,
    .index = index,
    .day = monday,
    .value = value,
    .x = (left + right) / 2,
    .y = end,
    .x0 = left + gap,
    .x1 = right - gap,
    .y0 = MIN (base, end),
    .y1 = MAX (base, end),
  };

  g_array_append_val (self->items, item);
  return &g_array_index (self->items, PtChartItem, self->items->len - 1);
}

void
pt_chart_layout_set_empty (PtChartLayout *self,
                           const char    *title,
                           const char    *hint)
{
  self->empty = TRUE;
  g_strlcpy (self->empty_title, title, sizeof self->empty_title);
  g_strlcpy (self->empty_hint, hint, sizeof self->empty_hint);
}

/* Public API ------------------------------------------------------------------ */

PtChartLayout *
pt_chart_layout_new (PtChartData        *data,
                     PtChartKind         kind,
                     const PtChartStyle *style,
                     PangoContext       *context,
                     int                 width,
                     int                 height)
{
  PtChartLayout *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_new0 (PtChartLayout, 1);
  self->kind = kind;
  self->width = width;
  self->height = height;
  self->data = pt_chart_data_ref (data);
  self->style = *style;
  if (kind == PT_CHART_PATIENT)
    self->style.font_size *= PT_PATIENT_CHART_TEXT_SCALE;
  self->items = g_array_new (FALSE, TRUE, sizeof (PtChartItem));
  self->labels = g_array_new (FALSE, TRUE, sizeof (PtChartLabel));
  self->legend = g_array_new (FALSE, TRUE, sizeof (PtChartLegendEntry));
  self->baseline_y = self->moderate_y = self->substantial_y = NAN;

  if (context != NULL)
    self->pango = g_object_ref (context);
  else
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      /* Unhinted metrics: the same text widths on screen, PNG, SVG and PDF. */
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (self->pango, options);
      cairo_font_options_destroy (options);
    }
  self->text = pango_layout_new (self->pango);
  self->shaped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  make_fonts (self);

  if (kind == PT_CHART_LOAD)
    pt_load_chart_layout (self);
  else if (kind == PT_CHART_PATIENT)
    pt_patient_chart_layout (self);
  else
    pt_recovery_chart_layout (self);

  return self;
}

void
pt_chart_layout_free (PtChartLayout *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < PT_CHART_N_TEXT_ROLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->shaped, g_hash_table_unref);
  g_clear_object (&self->text);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->x_ticks, g_array_unref);
  g_clear_pointer (&self->upper.ticks, g_array_unref);
  g_clear_pointer (&self->upper.ticks_down, g_array_unref);
  g_clear_pointer (&self->lower.ticks, g_array_unref);
  g_clear_pointer (&self->lower.ticks_down, g_array_unref);
  g_clear_pointer (&self->outcome.ticks, g_array_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->legend, g_array_unref);
  g_clear_pointer (&self->data, pt_chart_data_unref);
  g_free (self);
}

static double
distance_to (const PtChartItem *item,
             double             x,
             double             y)
{
  double dx, dy;

  switch (item->kind)
    {
    case PT_CHART_ITEM_RUNNING:
    case PT_CHART_ITEM_CROSS_TRAINING:
      dx = MAX (MAX (item->x0 - x, x - item->x1), 0);
      dy = MAX (MAX (item->y0 - y, y - item->y1), 0);
      /* Points and markers drawn over a bar win when they are close. */
      return hypot (dx, dy) + HIT_RADIUS / 2;
    case PT_CHART_ITEM_SESSION:
    case PT_CHART_ITEM_BACK_TO_RUNNING:
      if (y < item->y0 - HIT_RADIUS || y > item->y1 + HIT_RADIUS)
        return G_MAXDOUBLE;
      return fabs (x - item->x) + 1;
    case PT_CHART_ITEM_PAIN:
    case PT_CHART_ITEM_LATEST:
    case PT_CHART_ITEM_RATIO:
    case PT_CHART_ITEM_OUTCOME:
    default:
      return hypot (x - item->x, y - item->y);
    }
}

const PtChartItem *
pt_chart_layout_hit_test (const PtChartLayout *self,
                          double               x,
                          double               y)
{
  const PtChartItem *nearest = NULL;
  double best = HIT_RADIUS;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      const PtChartItem *item = &g_array_index (self->items, PtChartItem, i);
      double distance = distance_to (item, x, y);

      if (distance <= best)
        {
          best = distance;
          nearest = item;
        }
    }

  return nearest;
}

GPtrArray *
pt_chart_layout_find_items (const PtChartLayout *self,
                            PtChartItemKind      kind,
                            int                  series)
{
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, found);

  for (guint i = 0; i < self->items->len; i++)
    {
      PtChartItem *item = &g_array_index (self->items, PtChartItem, i);

      if (item->kind == kind && (series < 0 || item->series == series))
        g_ptr_array_add (found, item);
    }

  return found;
}
