/* pt-chart-paint.c: painting a chart layout with Cairo and Pango
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Painting only reads the layout: every position was decided there. Works
 * on any cairo_t: a widget's snapshot, an image, SVG or PDF surface.
 */

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pt-analysis.h"
#include "pt-chart-private.h"
#include "pt-error.h"
#include "pt-export-file.h"

#define LINE_WIDTH     2.5
#define DOT_RADIUS     3.5
#define DOT_MIN_PIXELS 7.0  /* dots only when points are further apart on average */
#define PILL_PAD_X     8.0
#define PILL_PAD_Y     2.0

void
pt_chart_set_color (cairo_t            *cr,
                    const PtChartColor *color,
                    double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static const PtChartColor *
role_color (PtChartLayout   *self,
            PtChartTextRole  role)
{
  const PtChartStyle *style = &self->style;

  switch (role)
    {
    case PT_CHART_TEXT_STRONG:
    case PT_CHART_TEXT_TITLE:
      return &style->foreground;
    case PT_CHART_TEXT_SESSION:
      return &style->session;
    case PT_CHART_TEXT_IMPROVEMENT:
      return &style->improvement;
    case PT_CHART_TEXT_BASELINE:
      return &style->baseline;
    case PT_CHART_TEXT_BACK_TO_RUNNING:
      return &style->back_to_running;
    case PT_CHART_TEXT_OVER_RULE:
      return &style->over_rule;
    case PT_CHART_TEXT_PERCENT:
      return &style->background;
    case PT_CHART_TEXT_OUTCOME:
      return &style->outcome;
    case PT_CHART_TEXT_DIM:
    case PT_CHART_TEXT_HINT:
    default:
      return &style->dim;
    }
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A box on whole pixels: Cairo fills those without tessellating, which
 * keeps a thousand bars cheap. At least one pixel wide and high. */
static void
pixel_box (cairo_t *cr,
           double   x0,
           double   y0,
           double   x1,
           double   y1)
{
  double left = round (x0), right = MAX (round (x1), left + 1);
  double top = round (y0), bottom = MAX (round (y1), top + 1);

  cairo_rectangle (cr, left, top, right - left, bottom - top);
}

static void
show_text (PtChartLayout   *self,
           cairo_t         *cr,
           PtChartTextRole  role,
           const char      *text,
           double           x,
           double           y)
{
  pt_chart_set_color (cr, role_color (self, role), 1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, pt_chart_layout_get_text (self, role, text));
}

/* The pill of the percent change: green for an important fall of pain,
 * red for an important rise, grey for no important change either way. */
static const PtChartColor *
percent_color (const PtChartStyle *style,
               double              percent_change)
{
  switch (pt_analysis_classify_change (percent_change))
    {
    case PT_PAIN_CHANGE_SUBSTANTIAL:
    case PT_PAIN_CHANGE_MODERATE:
      return &style->improvement;
    case PT_PAIN_CHANGE_WORSE:
      return &style->over_rule;
    case PT_PAIN_CHANGE_NONE:
    default:
      return &style->dim;
    }
}

void
pt_chart_paint_label (PtChartLayout      *self,
                      cairo_t            *cr,
                      const PtChartLabel *label)
{
  if (label->role == PT_CHART_TEXT_PERCENT)
    {
      rounded_rect (cr, label->x - PILL_PAD_X, label->y - PILL_PAD_Y,
                    label->width + 2 * PILL_PAD_X, label->height + 2 * PILL_PAD_Y,
                    (label->height + 2 * PILL_PAD_Y) / 2);
      pt_chart_set_color (cr, percent_color (&self->style, self->data->percent_change), 1);
      cairo_fill (cr);
    }
  else if (label->role != PT_CHART_TEXT_TITLE)
    {
      /* A veil, so lines under a label do not cross its letters. */
      cairo_rectangle (cr, label->x - 2, label->y, label->width + 4, label->height);
      pt_chart_set_color (cr, &self->style.label_background, 1);
      cairo_fill (cr);
    }

  show_text (self, cr, label->role, label->text, label->x, label->y);
}

void
pt_chart_paint_labels (PtChartLayout *self,
                       cairo_t       *cr)
{
  for (guint i = 0; i < self->labels->len; i++)
    pt_chart_paint_label (self, cr, &g_array_index (self->labels, PtChartLabel, i));
}

static void
paint_symbol (PtChartLayout            *self,
              cairo_t                  *cr,
              const PtChartLegendEntry *entry)
{
  const PtChartRect *r = &entry->swatch;
  double mid_x = r->x + r->width / 2, mid_y = r->y + r->height / 2;
  const double dash[] = { 4, 3 };

  pt_chart_set_color (cr, &entry->color, 1);
  cairo_set_line_width (cr, 2);
  switch (entry->symbol)
    {
    case PT_CHART_SYMBOL_BAND:
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      pt_chart_set_color (cr, &entry->color, 0.25);
      cairo_fill (cr);
      break;
    case PT_CHART_SYMBOL_BAR:
      cairo_rectangle (cr, r->x + 4, r->y, r->width - 8, r->height);
      cairo_fill (cr);
      break;
    case PT_CHART_SYMBOL_MARKER:
    case PT_CHART_SYMBOL_FLAG:
      if (entry->symbol == PT_CHART_SYMBOL_FLAG)
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, mid_x, r->y - 2);
      cairo_line_to (cr, mid_x, r->y + r->height + 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case PT_CHART_SYMBOL_RING:
      cairo_set_line_width (cr, 1.5);
      cairo_new_path (cr);   /* the label drawn before leaves a current point */
      cairo_arc (cr, mid_x, mid_y, DOT_RADIUS, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    case PT_CHART_SYMBOL_DASH:
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      G_GNUC_FALLTHROUGH;
    case PT_CHART_SYMBOL_LINE:
    default:
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_move_to (cr, r->x, mid_y);
      cairo_line_to (cr, r->x + r->width, mid_y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (entry->symbol == PT_CHART_SYMBOL_LINE)
        {
          cairo_arc (cr, mid_x, mid_y, DOT_RADIUS, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      break;
    }
}

void
pt_chart_paint_legend (PtChartLayout *self,
                       cairo_t       *cr)
{
  for (guint i = 0; i < self->legend->len; i++)
    {
      const PtChartLegendEntry *entry = &g_array_index (self->legend, PtChartLegendEntry, i);

      paint_symbol (self, cr, entry);
      show_text (self, cr, entry->label.role, entry->label.text, entry->label.x, entry->label.y);
    }
}

static void
paint_y_ticks (PtChartLayout      *self,
               cairo_t            *cr,
               const PtChartPanel *panel,
               GArray             *ticks)
{
  const PtChartRect *r = &panel->rect;

  for (guint i = 0; ticks != NULL && i < ticks->len; i++)
    {
      const PtChartTick *tick = &g_array_index (ticks, PtChartTick, i);

      pixel_box (cr, r->x, tick->pos - 0.5, r->x + r->width, tick->pos + 0.5);
    }
  pt_chart_set_color (cr, &self->style.grid, 1);
  cairo_fill (cr);

  for (guint i = 0; ticks != NULL && i < ticks->len; i++)
    {
      const PtChartTick *tick = &g_array_index (ticks, PtChartTick, i);
      double x = panel->ticks_right ? r->x + r->width + PT_CHART_TICK_GAP
                                    : r->x - PT_CHART_TICK_GAP - tick->label_size;

      show_text (self, cr, PT_CHART_TEXT_DIM, tick->label, x, tick->label_start);
    }
}

void
pt_chart_paint_panel (PtChartLayout      *self,
                      cairo_t            *cr,
                      const PtChartPanel *panel)
{
  double zero = pt_chart_scale_map (&panel->y, 0);

  paint_y_ticks (self, cr, panel, panel->ticks);
  paint_y_ticks (self, cr, panel, panel->ticks_down);

  /* A scale that does not reach zero (a clinic's score of 10 to 50) has no zero line. */
  if (0 < MIN (panel->y.d0, panel->y.d1) || 0 > MAX (panel->y.d0, panel->y.d1))
    return;
  pixel_box (cr, panel->rect.x, zero - 0.5, panel->rect.x + panel->rect.width, zero + 0.5);
  pt_chart_set_color (cr, &self->style.axis, 1);
  cairo_fill (cr);
}

void
pt_chart_paint_x_axis (PtChartLayout *self,
                       cairo_t       *cr)
{
  double top = self->upper.rect.y;
  double bottom = pt_chart_layout_panels_bottom (self);

  for (guint i = 0; i < self->x_ticks->len; i++)
    {
      const PtChartTick *tick = &g_array_index (self->x_ticks, PtChartTick, i);

      pixel_box (cr, tick->pos - 0.5, top, tick->pos + 0.5, bottom + 4);
    }
  pt_chart_set_color (cr, &self->style.grid, 1);
  cairo_fill (cr);

  for (guint i = 0; i < self->x_ticks->len; i++)
    {
      const PtChartTick *tick = &g_array_index (self->x_ticks, PtChartTick, i);

      if (tick->label[0] != '\0')
        show_text (self, cr, PT_CHART_TEXT_DIM, tick->label, tick->label_start,
                   bottom + PT_CHART_TICK_GAP);
    }
}

/* A line with more points than pixel columns: per column, one box from its
 * lowest to its highest point (joined to the column before), which looks
 * like the stroked line and fills in a fraction of the time a
 * self-crossing stroke takes. */
static void
paint_dense_line (cairo_t   *cr,
                  GPtrArray *items)
{
  const PtChartItem *first = g_ptr_array_index (items, 0);
  double column = floor (first->x), low = first->y, high = first->y, last = first->y;
  double half = LINE_WIDTH / 2;

  for (guint i = 1; i <= items->len; i++)
    {
      const PtChartItem *item = i < items->len ? g_ptr_array_index (items, i) : NULL;
      double next = item != NULL ? floor (item->x) : G_MAXDOUBLE;

      if (item != NULL && next == column)
        {
          low = MIN (low, item->y);
          high = MAX (high, item->y);
          last = item->y;
          continue;
        }

      pixel_box (cr, column, low - half, column + 1, high + half);
      if (item == NULL)
        break;
      low = high = item->y;
      if (!(item->flags & PT_CHART_ITEM_BREAK_BEFORE))
        {
          /* Bridge to the last point before: a gap of columns gets one box. */
          low = MIN (low, last);
          high = MAX (high, last);
          if (next > column + 1)
            pixel_box (cr, column + 1, low - half, next, high + half);
        }
      column = next;
      last = item->y;
    }
  /* Whole-pixel boxes need no antialiasing; without it Cairo composites
   * them as boxes instead of scan-converting their overlaps. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_fill (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
}

void
pt_chart_paint_line (PtChartLayout      *self,
                     cairo_t            *cr,
                     PtChartItemKind     kind,
                     int                 series,
                     const PtChartColor *color,
                     gboolean            dots)
{
  g_autoptr(GPtrArray) items = pt_chart_layout_find_items (self, kind, series);
  double width = self->upper.rect.width;

  if (items->len == 0)
    return;

  cairo_new_path (cr);
  if (items->len > width)
    {
      pt_chart_set_color (cr, color, 1);
      paint_dense_line (cr, items);
      return;
    }

  for (guint i = 0; i < items->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (items, i);

      if (item->flags & PT_CHART_ITEM_BREAK_BEFORE)
        cairo_move_to (cr, item->x, item->y);
      else
        cairo_line_to (cr, item->x, item->y);
    }
  pt_chart_set_color (cr, color, 1);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);

  if (!dots || items->len * DOT_MIN_PIXELS > width)
    return;

  for (guint i = 0; i < items->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (items, i);

      cairo_new_sub_path (cr);
      cairo_arc (cr, item->x, item->y, DOT_RADIUS, 0, 2 * G_PI);
    }
  cairo_set_line_width (cr, 1.5);
  pt_chart_set_color (cr, &self->style.background, 1);
  cairo_stroke_preserve (cr);
  pt_chart_set_color (cr, color, 1);
  cairo_fill (cr);
}

void
pt_chart_paint_rings (PtChartLayout      *self,
                      cairo_t            *cr,
                      PtChartItemKind     kind,
                      int                 series,
                      const PtChartColor *color)
{
  g_autoptr(GPtrArray) items = pt_chart_layout_find_items (self, kind, series);

  cairo_new_path (cr);
  for (guint i = 0; i < items->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (items, i);

      cairo_new_sub_path (cr);
      cairo_arc (cr, item->x, item->y, DOT_RADIUS, 0, 2 * G_PI);
    }
  pt_chart_set_color (cr, &self->style.background, 1);
  cairo_fill_preserve (cr);
  pt_chart_set_color (cr, color, 1);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

void
pt_chart_paint_bars (PtChartLayout      *self,
                     cairo_t            *cr,
                     PtChartItemKind     kind,
                     const PtChartColor *color,
                     const PtChartColor *over_rule)
{
  /* Two passes, one fill each: bars within the rule, then those over it. */
  for (int pass = 0; pass < (over_rule != NULL ? 2 : 1); pass++)
    {
      for (guint i = 0; i < self->items->len; i++)
        {
          const PtChartItem *item = &g_array_index (self->items, PtChartItem, i);
          const PtChartWeek *week;

          if (item->kind != kind)
            continue;
          week = &g_array_index (self->data->weeks, PtChartWeek, item->index);
          if (over_rule != NULL && week->over_ten_percent != (pass == 1))
            continue;
          pixel_box (cr, item->x0, item->y0, item->x1, item->y1);
        }
      pt_chart_set_color (cr, pass == 1 ? over_rule : color, 1);
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
      cairo_fill (cr);
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
    }
}

void
pt_chart_paint_markers (PtChartLayout      *self,
                        cairo_t            *cr,
                        PtChartItemKind     kind,
                        const PtChartColor *color,
                        gboolean            dashed)
{
  g_autoptr(GPtrArray) items = pt_chart_layout_find_items (self, kind, -1);
  const double dash[] = { 6, 4 };

  /* Every line as whole-pixel boxes (each dash one box), filled at once
   * without antialiasing: stroking forty antialiased lines down a tall
   * chart cost over a millisecond. Then one fill for every knob (where a
   * marker meets its label or the zero line). */
  pt_chart_set_color (cr, color, 1);
  for (guint i = 0; i < items->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (items, i);
      double left = round (item->x) - 1;
      double top = MIN (item->y0, item->y1), bottom = MAX (item->y0, item->y1);

      if (!dashed)
        pixel_box (cr, left, top, left + 2, bottom);
      else
        for (double y = top; y < bottom; y += dash[0] + dash[1])
          pixel_box (cr, left, y, left + 2, MIN (y + dash[0], bottom));
    }
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_fill (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);

  for (guint i = 0; i < items->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (items, i);

      cairo_new_sub_path (cr);
      cairo_arc (cr, item->x, dashed ? item->y1 : item->y0, 4, 0, 2 * G_PI);
    }
  cairo_fill (cr);
}

void
pt_chart_paint_hline (PtChartLayout      *self,
                      cairo_t            *cr,
                      const PtChartRect  *rect,
                      double              y,
                      const PtChartColor *color,
                      gboolean            dashed)
{
  double right = rect->x + rect->width;
  double step = dashed ? 10 : rect->width;

  /* Whole-pixel boxes (each dash one box) without antialiasing: cheaper
   * than stroking a dashed line across the whole chart. */
  for (double x = rect->x; x < right; x += step)
    pixel_box (cr, x, y - 1, MIN (x + (dashed ? 6 : step), right), y + 1);
  pt_chart_set_color (cr, color, 1);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_fill (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
}

void
pt_chart_paint_band (cairo_t            *cr,
                     const PtChartRect  *rect,
                     double              y0,
                     double              y1,
                     const PtChartColor *color,
                     double              alpha)
{
  cairo_rectangle (cr, rect->x, MIN (y0, y1), rect->width, fabs (y1 - y0));
  pt_chart_set_color (cr, color, alpha);
  cairo_fill (cr);
}

void
pt_chart_paint_latest (PtChartLayout *self,
                       cairo_t       *cr)
{
  g_autoptr(GPtrArray) latest = pt_chart_layout_find_items (self, PT_CHART_ITEM_LATEST, -1);

  for (guint i = 0; i < latest->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (latest, i);

      cairo_new_path (cr);
      cairo_arc (cr, item->x, item->y, 7, 0, 2 * G_PI);
      pt_chart_set_color (cr, &self->style.background, 1);
      cairo_fill_preserve (cr);
      pt_chart_set_color (cr, &self->style.foreground, 1);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
}

/* The empty state's title and explanation, each wrapped to @width and
 * centred; the explanation is a sentence that must never run off the chart
 * (the shaped-label cache holds single lines, so it is laid out here). */
static PangoLayout *
wrapped_text (PtChartLayout   *self,
              PtChartTextRole  role,
              const char      *text,
              double           width)
{
  PangoLayout *layout = pango_layout_new (self->pango);

  pango_layout_set_font_description (layout, self->fonts[role]);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
pt_chart_paint_empty (PtChartLayout *self,
                      cairo_t       *cr)
{
  double width = MAX (MIN (self->width - 2 * PT_CHART_PAD, 520), 1);
  double x = (self->width - width) / 2;
  g_autoptr(PangoLayout) title = wrapped_text (self, PT_CHART_TEXT_TITLE, self->empty_title,
                                               width);
  g_autoptr(PangoLayout) hint = wrapped_text (self, PT_CHART_TEXT_HINT, self->empty_hint, width);
  PangoRectangle title_box, hint_box;
  double y;

  pango_layout_get_pixel_extents (title, NULL, &title_box);
  pango_layout_get_pixel_extents (hint, NULL, &hint_box);
  y = (self->height - title_box.height - 8 - hint_box.height) / 2;

  pt_chart_set_color (cr, role_color (self, PT_CHART_TEXT_TITLE), 1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, title);
  pt_chart_set_color (cr, role_color (self, PT_CHART_TEXT_HINT), 1);
  cairo_move_to (cr, x, y + title_box.height + 8);
  pango_cairo_show_layout (cr, hint);
}

void
pt_chart_layout_paint (PtChartLayout *self,
                       cairo_t       *cr)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  pt_chart_set_color (cr, &self->style.background, 1);
  cairo_paint (cr);

  if (self->empty)
    {
      pt_chart_paint_labels (self, cr);
      pt_chart_paint_empty (self, cr);
    }
  else if (self->kind == PT_CHART_LOAD)
    pt_load_chart_paint (self, cr);
  else if (self->kind == PT_CHART_PATIENT)
    pt_patient_chart_paint (self, cr);
  else
    pt_recovery_chart_paint (self, cr);

  cairo_restore (cr);
}

#define NO_CHART _("no chart was written")

typedef struct
{
  int fd;
  int saved_errno;
} ChartSink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  ChartSink *sink = closure;

  while (length > 0 && sink->saved_errno == 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }

  return sink->saved_errno == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

typedef enum { FORMAT_PNG, FORMAT_SVG, FORMAT_PDF } ChartFormat;

static gboolean
format_of (const char   *path,
           ChartFormat  *format,
           GError      **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else
    {
      pt_set_field_error (error, "output", _("“%s” does not end in .png, .svg or .pdf"), path);
      return FALSE;
    }

  return TRUE;
}

/* Paints the chart into the open file of @sink. */
static cairo_status_t
paint_to (PtChartLayout *layout,
          ChartFormat    format,
          int            width,
          int            height,
          ChartSink     *sink)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == FORMAT_PNG)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  else if (format == FORMAT_SVG)
    surface = cairo_svg_surface_create_for_stream (write_cb, sink, width, height);
  else
    surface = cairo_pdf_surface_create_for_stream (write_cb, sink, width, height);

  cr = cairo_create (surface);
  pt_chart_layout_paint (layout, cr);
  cairo_destroy (cr);
  if (format == FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, sink);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  return status;
}

gboolean
pt_chart_save (PtChartData         *data,
               PtChartKind          kind,
               const PtChartStyle  *style,
               int                  width,
               int                  height,
               const char          *path,
               GError             **error)
{
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(PtExportFile) file = NULL;
  ChartSink sink = { -1, 0 };
  cairo_status_t status;
  ChartFormat format;

  g_return_val_if_fail (data != NULL && style != NULL && path != NULL, FALSE);

  if (!format_of (path, &format, error))
    return FALSE;

  /* The chart names the patient and the diagnosis: 0600, like every file
   * ProloTrack writes, and whole or not at all. */
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("“%s” is a folder; give the name of the chart file to write"), path);
      return FALSE;
    }
  if (!(file = pt_export_file_new (path, NO_CHART, error)))
    return FALSE;

  layout = pt_chart_layout_new (data, kind, style, NULL, width, height);
  sink.fd = file->fd;
  status = paint_to (layout, format, width, height, &sink);

  if (sink.saved_errno != 0)
    {
      pt_export_set_errno_error (error, sink.saved_errno, _("Could not write"), path, NO_CHART);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, _("Could not write the chart to %s: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }

  return pt_export_file_finish (file, error) && pt_export_file_commit (file, error);
}
