/* pt-report-text.c: text, colours and the page frame of the PDF reports
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the progress report's pages (pt-report-layout.c) and the patient's
 * copy (pt-patient-copy-layout.c) share: one Pango layout measuring and
 * showing paragraphs (a number never parted from its unit), the colours,
 * and the frame of every page: margins, the band at the top, the footer.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pt-report-private.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }

const PtReportRgb pt_report_ink = RGB (0x24, 0x1f, 0x31);
const PtReportRgb pt_report_dim = RGB (0x5e, 0x5c, 0x64);
const PtReportRgb pt_report_accent = RGB (0x1a, 0x5f, 0xb4);
const PtReportRgb pt_report_accent_light = RGB (0xe9, 0xf0, 0xf9);
const PtReportRgb pt_report_zebra = RGB (0xf6, 0xf5, 0xf4);
const PtReportRgb pt_report_rule = RGB (0xc0, 0xbf, 0xbc);
const PtReportRgb pt_report_improvement = RGB (0x26, 0xa2, 0x69);

PangoContext *
pt_report_create_pango_context (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();  /* one per thread */
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Points, as on a PDF page; outlines as designed, not fitted to pixels. */
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

void
pt_report_fonts_init (PtReportFont           *fonts,
                      const PtReportFontSpec *specs,
                      guint                   n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *spec = g_strdup_printf ("%s %s%s", PT_REPORT_FONT_FAMILY,
                                               specs[i].bold ? "Bold " : "", specs[i].size);

      fonts[i].description = pango_font_description_from_string (spec);
      fonts[i].line_spacing = specs[i].line_spacing;
    }
}

void
pt_report_fonts_clear (PtReportFont *fonts,
                       guint         n)
{
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&fonts[i].description, pango_font_description_free);
}

PangoLayout *
pt_report_text_set (PangoLayout        *layout,
                    const PtReportFont *font,
                    const char         *text,
                    double              width,
                    PangoAlignment      alignment,
                    gboolean            auto_dir,
                    gboolean            markup)
{
  pango_layout_set_font_description (layout, font->description);
  pango_layout_set_width (layout, width > 0 ? pango_units_from_double (width) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_auto_dir (layout, auto_dir);
  pango_layout_set_line_spacing (layout, font->line_spacing);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    {
      /* Plain text after markup (a bold table cell) must not keep its attributes. */
      pango_layout_set_attributes (layout, NULL);
      pango_layout_set_text (layout, text, -1);
    }
  return layout;
}

double
pt_report_text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

void
pt_report_set_color (cairo_t           *cr,
                     const PtReportRgb *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

void
pt_report_show_lines (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y,
                      double       start,
                      double       end)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      int top, bottom;
      double line_top;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      line_top = pango_units_to_double (top);
      if (line_top < start || line_top >= end)
        continue;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x + pango_units_to_double (logical.x),
                     y + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

char *
pt_report_tie_units (const char *text)
{
  static const char * const units[] = { "%", "km", "mi" };
  GString *out = g_string_sized_new (strlen (text) + 8);

  for (const char *c = text; *c != '\0'; c++)
    {
      gboolean tie = FALSE;

      if (*c == ' ' && c > text && g_ascii_isdigit (c[-1]))
        for (guint i = 0; i < G_N_ELEMENTS (units) && !tie; i++)
          {
            gsize n = strlen (units[i]);

            tie = strncmp (c + 1, units[i], n) == 0 && !g_ascii_isalpha (c[1 + n]);
          }

      if (tie)
        g_string_append (out, "\u00a0");
      else
        g_string_append_c (out, *c);
    }

  return g_string_free (out, FALSE);
}

double
pt_report_paragraph (PangoLayout        *layout,
                     cairo_t            *cr,
                     const PtReportFont *font,
                     const PtReportRgb  *color,
                     const char         *text,
                     double              x,
                     double              y,
                     double              width,
                     PangoAlignment      alignment)
{
  g_autofree char *tied = pt_report_tie_units (text);

  pt_report_text_set (layout, font, tied, width, alignment, FALSE, FALSE);
  if (cr != NULL)
    {
      pt_report_set_color (cr, color);
      pt_report_show_lines (cr, layout, x, y, 0, G_MAXDOUBLE);
    }

  return pt_report_text_height (layout);
}

/* ---- placing items down pages ---- */

void
pt_report_flow_init (PtReportFlow *flow,
                     GPtrArray    *pages,
                     gsize         item_size,
                     double        top,
                     double        bottom)
{
  *flow = (PtReportFlow) { .pages = pages, .item_size = item_size, .top = top, .bottom = bottom };
  pt_report_flow_new_page (flow);
}

void
pt_report_flow_new_page (PtReportFlow *flow)
{
  flow->page = g_array_new (FALSE, TRUE, flow->item_size);
  g_ptr_array_add (flow->pages, flow->page);
  flow->y = flow->top;
}

/* ---- the page frame ---- */

void
pt_report_frame_init (PtReportFrame *frame,
                      PangoContext  *context,
                      double         width,
                      double         height)
{
  frame->context = context != NULL ? g_object_ref (context) : pt_report_create_pango_context ();
  frame->text = pango_layout_new (frame->context);
  frame->width = width;
  frame->height = height;
  frame->left = MIN (PT_REPORT_MARGIN_X, width / 10);
  frame->content_width = width - 2 * frame->left;
  frame->top = PT_REPORT_MARGIN_TOP + PT_REPORT_BAND_HEIGHT + PT_REPORT_GAP;
  frame->bottom = height - PT_REPORT_MARGIN_BOTTOM - PT_REPORT_FOOTER_HEIGHT;
}

void
pt_report_frame_clear (PtReportFrame *frame)
{
  g_clear_object (&frame->text);
  g_clear_object (&frame->context);
}

void
pt_report_frame_start_page (PtReportFrame      *frame,
                            cairo_t            *cr,
                            const PtReportFont *left_font,
                            const char         *left,
                            const PtReportFont *right_font,
                            const char         *right)
{
  double y = PT_REPORT_MARGIN_TOP;
  double h = pt_report_paragraph (frame->text, NULL, left_font, NULL, left, 0, 0, -1,
                                  PANGO_ALIGN_LEFT);
  double right_width = frame->content_width * 0.45;
  double right_height = pt_report_paragraph (frame->text, NULL, right_font, NULL, right, 0, 0,
                                             right_width, PANGO_ALIGN_RIGHT);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  pt_report_paragraph (frame->text, cr, left_font, &pt_report_accent, left, frame->left, y,
                       frame->content_width * 0.55, PANGO_ALIGN_LEFT);
  pt_report_paragraph (frame->text, cr, right_font, &pt_report_dim, right,
                       frame->left + frame->content_width - right_width, y + h - right_height - 1,
                       right_width, PANGO_ALIGN_RIGHT);

  pt_report_set_color (cr, &pt_report_accent);
  cairo_rectangle (cr, frame->left, PT_REPORT_MARGIN_TOP + PT_REPORT_BAND_HEIGHT - 2,
                   frame->content_width, 1.5);
  cairo_fill (cr);
}

void
pt_report_frame_finish_page (PtReportFrame      *frame,
                             cairo_t            *cr,
                             const PtReportFont *font,
                             const char         *who,
                             guint               page_index,
                             guint               n_pages)
{
  g_autofree char *page = g_strdup_printf (_("Page %u of %u"), page_index + 1, n_pages);
  double y = frame->height - PT_REPORT_MARGIN_BOTTOM - PT_REPORT_FOOTER_HEIGHT + 8;

  pt_report_set_color (cr, &pt_report_rule);
  cairo_rectangle (cr, frame->left, y - 6, frame->content_width, 0.5);
  cairo_fill (cr);
  pt_report_paragraph (frame->text, cr, font, &pt_report_dim, who, frame->left, y,
                       frame->content_width * 0.75, PANGO_ALIGN_LEFT);
  pt_report_paragraph (frame->text, cr, font, &pt_report_dim, page,
                       frame->left + frame->content_width * 0.75, y,
                       frame->content_width * 0.25, PANGO_ALIGN_RIGHT);
  cairo_restore (cr);
}

PtChartLayout *
pt_report_frame_chart_new (PtReportFrame *frame,
                           PtChartData   *data,
                           PtChartKind    kind,
                           double         font_size,
                           double         height)
{
  PtChartStyle style;

  pt_chart_style_init_light (&style);
  style.font_size = font_size;
  return pt_chart_layout_new (data, kind, &style, frame->context, (int) frame->content_width,
                              (int) MIN (height, (frame->bottom - frame->top) * 0.4));
}

void
pt_report_frame_draw_chart (PtReportFrame *frame,
                            cairo_t       *cr,
                            PtChartLayout *chart,
                            double         y)
{
  cairo_save (cr);
  cairo_translate (cr, frame->left, y);
  cairo_rectangle (cr, 0, 0, chart->width, chart->height);
  cairo_clip (cr);
  pt_chart_layout_paint (chart, cr);
  cairo_restore (cr);
}
