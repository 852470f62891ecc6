/* pt-report-layout.c: the progress report on pages
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pagination measures every block once and places it on a page: the
 * patient block, the summary and the chart on the first page, then the
 * outcome measures and the return-to-run plan when there are any (an
 * introduction under the caption, the sources under the rows), then the
 * record tables, each starting with its caption and header row, which repeat on
 * every page a table continues on. A row that does not fit moves to the
 * next page whole; one taller than a page is split between two lines of
 * text, so nothing is ever cut. Drawing then only reads the placements.
 * Every block is measured and drawn by one function (with no cairo_t it
 * only measures), so the two cannot disagree.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pt-report-private.h"

#define GAP            PT_REPORT_GAP
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     3.5
#define BOX_PAD        14.0
#define KEY_WIDTH      124.0
#define CHART_HEIGHT   250.0
#define CHART_HEIGHT_OUTCOME 300.0  /* with the outcome measure's panel too */
#define MIN_SLICE      30.0   /* less room than this: a split row starts on the next page */

typedef enum
{
  FONT_CLINIC,
  FONT_BAND,
  FONT_NAME,
  FONT_HEADING,
  FONT_LABEL,
  FONT_VALUE,
  FONT_SECTION,
  FONT_SUMMARY,
  FONT_KEY,
  FONT_KEY_CAPTION,
  FONT_TABLE_HEADER,
  FONT_CELL,
  FONT_FOOTER,
  N_FONTS
} Font;

static const PtReportFontSpec font_specs[N_FONTS] = {
  [FONT_CLINIC] = { "12", TRUE, 0 },
  [FONT_BAND] = { "8.5", FALSE, 0 },
  [FONT_NAME] = { "20", TRUE, 0 },
  [FONT_HEADING] = { "11", FALSE, 0 },
  [FONT_LABEL] = { "7", TRUE, 0 },
  [FONT_VALUE] = { "10", FALSE, 0 },
  [FONT_SECTION] = { "12", TRUE, 0 },
  [FONT_SUMMARY] = { "10.5", FALSE, 1.3f },
  [FONT_KEY] = { "26", TRUE, 0 },
  [FONT_KEY_CAPTION] = { "8.5", FALSE, 0 },
  [FONT_TABLE_HEADER] = { "8", TRUE, 0 },
  [FONT_CELL] = { "8.5", FALSE, 0 },
  [FONT_FOOTER] = { "7.5", FALSE, 0 },
};

typedef enum
{
  ITEM_HEAD,
  ITEM_SUMMARY,
  ITEM_CHART,
  ITEM_CAPTION,
  ITEM_HEADER_ROW,
  ITEM_ROW,
  ITEM_EMPTY,
  ITEM_INTRO,           /* a table's introduction, under its caption */
  ITEM_NOTE,            /* a table's note, under its rows */
} ItemKind;

/* The tables in the order of the report: what the course came to before
 * the records it came from. */
static const PtReportTableId table_order[] = {
  PT_REPORT_TABLE_OUTCOMES, PT_REPORT_TABLE_PLAN, PT_REPORT_TABLE_DECISIONS,
  PT_REPORT_TABLE_SESSIONS, PT_REPORT_TABLE_PAIN, PT_REPORT_TABLE_RUNS,
};
G_STATIC_ASSERT (G_N_ELEMENTS (table_order) == PT_REPORT_N_TABLES);

typedef struct
{
  ItemKind kind;
  guint    table;
  guint    row;
  gboolean continued;   /* a caption on a later page of its table */
  double   y;           /* top on the page */
  double   start, end;  /* a row: the part of it on this page, in row coordinates */
} Item;

typedef struct
{
  PtReportPages         base;
  const PtReport       *report;   /* not owned; only read: a report does not change once built */
  PtReportFrame         frame;
  PtReportFont          fonts[N_FONTS];

  double                head_height;
  double                summary_height;
  double                chart_block_height;
  double                caption_height;
  double                header_heights[PT_REPORT_N_TABLES];
  double                intro_heights[PT_REPORT_N_TABLES];   /* 0: none */
  double                note_heights[PT_REPORT_N_TABLES];
  GArray               *row_heights[PT_REPORT_N_TABLES];
  PtChartLayout        *chart;

  GPtrArray            *pages;    /* GArray of Item per page */
} ProgressPages;

/* ---- text ---- */

/* The shared layout, set up for @text in @font, wrapped at @width (<= 0: no
 * wrapping); table cells are Pango markup (see pt-report-tables.c).
 * Borrowed: valid until the next call. */
static PangoLayout *
set_text (ProgressPages  *p,
          Font            font,
          const char     *text,
          double          width,
          PangoAlignment  alignment,
          gboolean        auto_dir)
{
  return pt_report_text_set (p->frame.text, &p->fonts[font], text, width, alignment, auto_dir,
                             font == FONT_CELL);
}

/* Draws (with @cr) and measures one paragraph; returns its height. */
static double
paragraph (ProgressPages     *p,
           cairo_t           *cr,
           Font               font,
           const PtReportRgb *color,
           const char        *text,
           double             x,
           double             y,
           double             width,
           PangoAlignment     alignment)
{
  return pt_report_paragraph (p->frame.text, cr, &p->fonts[font], color, text, x, y, width,
                              alignment);
}

/* ---- the blocks ---- */

/* The start of every page: the band with the clinic, the report and its date. */
/* The start of every page: the band with the clinic, the report and its date. */
static void
draw_band (ProgressPages *p,
           cairo_t       *cr)
{
  const PtReport *report = p->report;
  g_autofree char *right = g_strdup_printf (_("Progress report · %s"), report->date_label);
  const char *clinic = *report->clinic_name ? report->clinic_name : _("Progress report");

  pt_report_frame_start_page (&p->frame, cr, &p->fonts[FONT_CLINIC], clinic,
                              &p->fonts[FONT_BAND], right);
}

static void
draw_footer (ProgressPages *p,
             cairo_t       *cr,
             guint          page_index)
{
  const PtReport *report = p->report;
  g_autofree char *who = NULL;

  if (*report->clinic_name)
    who = g_strdup_printf ("%s · %s · %s", report->clinic_name, report->patient_name,
                           report->record_number);
  else
    who = g_strdup_printf ("%s · %s", report->patient_name, report->record_number);

  pt_report_frame_finish_page (&p->frame, cr, &p->fonts[FONT_FOOTER], who, page_index,
                               p->pages->len);
}

/* The patient's name, the condition and a grid of details. */
static double
head_block (ProgressPages *p,
            cairo_t       *cr,
            double         y)
{
  const PtReport *report = p->report;
  double y0 = y;
  double column = p->frame.content_width / 3;

  y += paragraph (p, cr, FONT_NAME, &pt_report_ink, report->patient_name, p->frame.left, y,
                  p->frame.content_width, PANGO_ALIGN_LEFT);
  y += 2 + paragraph (p, cr, FONT_HEADING, &pt_report_dim, report->heading, p->frame.left, y + 2,
                      p->frame.content_width, PANGO_ALIGN_LEFT);
  y += 12;

  for (guint row = 0; row < PT_REPORT_N_FIELDS / 3; row++)
    {
      double row_height = 0;

      /* A row the report left out (no sessions: no clinician). */
      if (report->fields[row * 3].label == NULL)
        continue;
      if (row > 0)
        y += 10;

      for (guint i = 0; i < 3; i++)
        {
          const PtReportField *field = &report->fields[row * 3 + i];
          g_autofree char *label = g_utf8_strup (field->label, -1);
          double x = p->frame.left + i * column;
          double h = paragraph (p, cr, FONT_LABEL, &pt_report_dim, label, x, y, column - 10,
                                PANGO_ALIGN_LEFT);

          h += 2 + paragraph (p, cr, FONT_VALUE, &pt_report_ink, field->value, x, y + h + 2,
                              column - 10, PANGO_ALIGN_LEFT);
          row_height = MAX (row_height, h);
        }
      y += row_height;
    }

  return y - y0;
}

/* The summary in a tinted box, with the percent change large on the right. */
static double
summary_block (ProgressPages *p,
               cairo_t       *cr,
               double         y)
{
  const PtReport *report = p->report;
  gboolean key = *report->key_figure != '\0';
  double text_width = p->frame.content_width - 2 * BOX_PAD - (key ? KEY_WIDTH + BOX_PAD : 0);
  double x = p->frame.left + BOX_PAD + 4;
  double inner = 0, key_height = 0, height;

  /* measure first: the box goes under the text */
  inner = paragraph (p, NULL, FONT_SECTION, NULL, _("Summary"), 0, 0, text_width,
                     PANGO_ALIGN_LEFT) + 6;
  inner += paragraph (p, NULL, FONT_SUMMARY, NULL, report->summary, 0, 0, text_width,
                      PANGO_ALIGN_LEFT);
  if (key)
    key_height = paragraph (p, NULL, FONT_KEY, NULL, report->key_figure, 0, 0, KEY_WIDTH,
                            PANGO_ALIGN_CENTER) +
                 paragraph (p, NULL, FONT_KEY_CAPTION, NULL, report->key_caption, 0, 0,
                            KEY_WIDTH, PANGO_ALIGN_CENTER);
  height = MAX (inner, key_height) + 2 * BOX_PAD;
  if (cr == NULL)
    return height;

  pt_report_set_color (cr, &pt_report_accent_light);
  cairo_rectangle (cr, p->frame.left, y, p->frame.content_width, height);
  cairo_fill (cr);
  pt_report_set_color (cr, &pt_report_accent);
  cairo_rectangle (cr, p->frame.left, y, 4, height);
  cairo_fill (cr);

  y += BOX_PAD;
  inner = paragraph (p, cr, FONT_SECTION, &pt_report_accent, _("Summary"), x, y, text_width,
                     PANGO_ALIGN_LEFT) + 6;
  paragraph (p, cr, FONT_SUMMARY, &pt_report_ink, report->summary, x, y + inner, text_width,
             PANGO_ALIGN_LEFT);

  if (key)
    {
      double kx = p->frame.left + p->frame.content_width - BOX_PAD - KEY_WIDTH;
      double ky = y + (height - 2 * BOX_PAD - key_height) / 2;
      const PtReportRgb *color = report->key_improved ? &pt_report_improvement : &pt_report_ink;
      double h = paragraph (p, cr, FONT_KEY, color, report->key_figure, kx, ky, KEY_WIDTH,
                            PANGO_ALIGN_CENTER);

      paragraph (p, cr, FONT_KEY_CAPTION, &pt_report_dim, report->key_caption, kx, ky + h,
                 KEY_WIDTH, PANGO_ALIGN_CENTER);
    }

  return height;
}

static double
caption (ProgressPages *p,
         cairo_t       *cr,
         const char    *title,
         gboolean       continued,
         double         y)
{
  g_autofree char *text = continued ? g_strdup_printf (_("%s (continued)"), title)
                                    : g_strdup (title);

  return paragraph (p, cr, FONT_SECTION, &pt_report_ink, text, p->frame.left, y,
                    p->frame.content_width, PANGO_ALIGN_LEFT) + 6;
}

static double
chart_block (ProgressPages *p,
             cairo_t       *cr,
             double         y)
{
  double h = caption (p, cr, _("Recovery chart"), FALSE, y);

  if (cr != NULL)
    pt_report_frame_draw_chart (&p->frame, cr, p->chart, y + h);

  return h + p->chart->height;
}

/* ---- tables ---- */

/* A table's introduction (@note FALSE) or note; 0 without one. */
static double
table_text (ProgressPages       *p,
            cairo_t             *cr,
            const PtReportTable *table,
            gboolean             note,
            double               y)
{
  const char *text = note ? table->note : table->intro;

  if (text == NULL || *text == '\0')
    return 0;
  if (note)
    return paragraph (p, cr, FONT_CELL, &pt_report_dim, text, p->frame.left + CELL_PAD_X,
                      y + 4, p->frame.content_width - 2 * CELL_PAD_X, PANGO_ALIGN_LEFT) + 4;
  return paragraph (p, cr, FONT_VALUE, &pt_report_ink, text, p->frame.left, y,
                    p->frame.content_width, PANGO_ALIGN_LEFT) + 6;
}

static double
column_x (const PtReportTable *table,
          guint                column,
          double               width)
{
  double x = 0;

  for (guint i = 0; i < column; i++)
    x += table->columns[i].width * width;
  return x;
}

/* One cell's text laid out at its column's width. */
static PangoLayout *
cell_layout (ProgressPages       *p,
             const PtReportTable *table,
             guint                column,
             Font                 font,
             const char          *text)
{
  double width = table->columns[column].width * p->frame.content_width - 2 * CELL_PAD_X;

  return set_text (p, font, text, width,
                   table->columns[column].numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT,
                   !table->columns[column].numeric);
}

static double
header_row (ProgressPages       *p,
            cairo_t             *cr,
            const PtReportTable *table,
            double               y)
{
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    height = MAX (height, pt_report_text_height (cell_layout (p, table, c, FONT_TABLE_HEADER,
                                                              _(table->columns[c].label))));
  height += 2 * CELL_PAD_Y;
  if (cr == NULL)
    return height;

  pt_report_set_color (cr, &pt_report_accent_light);
  cairo_rectangle (cr, p->frame.left, y, p->frame.content_width, height);
  cairo_fill (cr);
  pt_report_set_color (cr, &pt_report_accent);
  cairo_rectangle (cr, p->frame.left, y + height - 1, p->frame.content_width, 1);
  cairo_fill (cr);

  pt_report_set_color (cr, &pt_report_ink);
  for (guint c = 0; c < table->n_columns; c++)
    pt_report_show_lines (cr, cell_layout (p, table, c, FONT_TABLE_HEADER,
                                           _(table->columns[c].label)),
                          p->frame.left + column_x (table, c, p->frame.content_width) + CELL_PAD_X,
                          y + CELL_PAD_Y, 0, G_MAXDOUBLE);

  return height;
}

static double
row_height (ProgressPages       *p,
            const PtReportTable *table,
            guint                row)
{
  char **cells = g_ptr_array_index (table->rows, row);
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    if (cells[c][0] != '\0')
      height = MAX (height, pt_report_text_height (cell_layout (p, table, c, FONT_CELL, cells[c])));

  height = MAX (height, pt_report_text_height (set_text (p, FONT_CELL, "0", -1, PANGO_ALIGN_LEFT,
                                                         FALSE)));
  return height + 2 * CELL_PAD_Y;
}

/* Where to end the part of a tall row that starts at @start, no lower than
 * @limit: the lowest place that is not inside a line of any cell. */
static double
find_cut (ProgressPages       *p,
          const PtReportTable *table,
          guint                row,
          double               start,
          double               limit)
{
  char **cells = g_ptr_array_index (table->rows, row);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (double));
  double cut = limit;
  gboolean moved = TRUE;

  for (guint c = 0; c < table->n_columns; c++)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (cell_layout (p, table, c, FONT_CELL,
                                                                  cells[c]));

      do
        {
          int top, bottom;
          double range[2];

          pango_layout_iter_get_line_yrange (iter, &top, &bottom);
          range[0] = CELL_PAD_Y + pango_units_to_double (top);
          range[1] = CELL_PAD_Y + pango_units_to_double (bottom);
          g_array_append_vals (lines, range, 2);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < lines->len; i += 2)
        {
          double top = g_array_index (lines, double, i);
          double bottom = g_array_index (lines, double, i + 1);

          if (top < cut && bottom > cut && top > start)
            {
              cut = top;
              moved = TRUE;
            }
        }
    }

  return cut;
}

static void
draw_row (ProgressPages       *p,
          cairo_t             *cr,
          const PtReportTable *table,
          const Item          *item)
{
  char **cells = g_ptr_array_index (table->rows, item->row);
  double height = item->end - item->start;

  if (item->row % 2 == 1)
    {
      pt_report_set_color (cr, &pt_report_zebra);
      cairo_rectangle (cr, p->frame.left, item->y, p->frame.content_width, height);
      cairo_fill (cr);
    }

  pt_report_set_color (cr, &pt_report_ink);
  for (guint c = 0; c < table->n_columns; c++)
    {
      PangoLayout *layout;
      double x;

      if (cells[c][0] == '\0')
        continue;
      layout = cell_layout (p, table, c, FONT_CELL, cells[c]);
      x = p->frame.left + column_x (table, c, p->frame.content_width) + CELL_PAD_X;
      pt_report_show_lines (cr, layout, x, item->y - item->start + CELL_PAD_Y,
                            item->start - CELL_PAD_Y, item->end - CELL_PAD_Y);
    }
}

/* ---- pagination ---- */

typedef struct
{
  PtReportFlow   base;
  ProgressPages *p;
} Flow;

static void
flow_add (Flow     *flow,
          ItemKind  kind,
          guint     table,
          guint     row,
          double    height)
{
  Item item = { .kind = kind, .table = table, .row = row, .y = flow->base.y, .start = 0,
                .end = height };

  g_array_append_val (flow->base.page, item);
  flow->base.y += height;
}

static void
flow_add_slice (Flow  *flow,
                guint  table,
                guint  row,
                double start,
                double end)
{
  Item item = { .kind = ITEM_ROW, .table = table, .row = row, .y = flow->base.y, .start = start,
                .end = end };

  g_array_append_val (flow->base.page, item);
  flow->base.y += end - start;
}

/* A new page that continues @table: its caption and header row again. */
static void
flow_continue_table (Flow  *flow,
                     guint  table)
{
  pt_report_flow_new_page (&flow->base);
  flow_add (flow, ITEM_CAPTION, table, 0, flow->p->caption_height);
  g_array_index (flow->base.page, Item, flow->base.page->len - 1).continued = TRUE;
  flow_add (flow, ITEM_HEADER_ROW, table, 0, flow->p->header_heights[table]);
}

static void
flow_row (Flow  *flow,
          guint  t,
          guint  row)
{
  ProgressPages *p = flow->p;
  const PtReportTable *table = &p->report->tables[t];
  double height = g_array_index (p->row_heights[t], double, row);
  double room = p->frame.bottom - p->frame.top - p->caption_height - p->header_heights[t];
  double start = 0;

  for (;;)
    {
      double avail = p->frame.bottom - flow->base.y;
      gboolean fresh = flow->base.page->len == 2 && start > 0;
      double cut;

      if (height - start <= avail)
        {
          flow_add_slice (flow, t, row, start, height);
          return;
        }
      if ((start == 0 && height <= room) || (avail < MIN_SLICE && !fresh))
        {
          flow_continue_table (flow, t);
          continue;
        }

      cut = find_cut (p, table, row, start, start + avail);
      if (cut <= start + 1)
        cut = start + avail;  /* one line taller than a page: not for text this size */
      flow_add_slice (flow, t, row, start, cut);
      start = cut;
      flow_continue_table (flow, t);
    }
}

static void
flow_table (Flow  *flow,
            guint  t)
{
  ProgressPages *p = flow->p;
  const PtReportTable *table = &p->report->tables[t];
  double room = p->frame.bottom - p->frame.top - p->caption_height - p->header_heights[t];
  double first = p->header_heights[t];

  /* A table the report leaves out (no outcome measure, no plan). */
  if (table->title == NULL)
    return;

  /* Keep the caption and header with the first row (or the start of it). */
  if (table->rows->len > 0)
    {
      first = g_array_index (p->row_heights[t], double, 0);
      if (first > room)
        first = MIN_SLICE;
    }

  if (flow->base.y + p->caption_height + p->intro_heights[t] + p->header_heights[t] + first >
      p->frame.bottom)
    pt_report_flow_new_page (&flow->base);

  flow_add (flow, ITEM_CAPTION, t, 0, p->caption_height);
  if (p->intro_heights[t] > 0)
    flow_add (flow, ITEM_INTRO, t, 0, p->intro_heights[t]);
  if (table->rows->len == 0)
    {
      flow_add (flow, ITEM_EMPTY, t, 0, p->header_heights[t]);
      flow->base.y += GAP;
      return;
    }

  flow_add (flow, ITEM_HEADER_ROW, t, 0, p->header_heights[t]);
  for (guint r = 0; r < table->rows->len; r++)
    flow_row (flow, t, r);
  if (p->note_heights[t] > 0)
    {
      if (flow->base.y + p->note_heights[t] > p->frame.bottom)
        pt_report_flow_new_page (&flow->base);
      flow_add (flow, ITEM_NOTE, t, 0, p->note_heights[t]);
    }
  flow->base.y += GAP;
}

static void
measure (ProgressPages *p)
{
  const PtReport *report = p->report;

  p->head_height = head_block (p, NULL, 0);
  p->summary_height = summary_block (p, NULL, 0);
  p->caption_height = caption (p, NULL, "Ag", FALSE, 0);

  p->chart = pt_report_frame_chart_new (&p->frame, report->chart, PT_CHART_RECOVERY, 8.5,
                                        report->chart->has_outcome ? CHART_HEIGHT_OUTCOME
                                                                   : CHART_HEIGHT);
  p->chart_block_height = chart_block (p, NULL, 0);

  for (guint t = 0; t < PT_REPORT_N_TABLES; t++)
    {
      const PtReportTable *table = &report->tables[t];

      if (table->title == NULL)
        continue;
      p->header_heights[t] = header_row (p, NULL, table, 0);
      p->intro_heights[t] = table_text (p, NULL, table, FALSE, 0);
      p->note_heights[t] = table_text (p, NULL, table, TRUE, 0);
      p->row_heights[t] = g_array_sized_new (FALSE, FALSE, sizeof (double), table->rows->len);
      for (guint r = 0; r < table->rows->len; r++)
        {
          double h = row_height (p, table, r);
          g_array_append_val (p->row_heights[t], h);
        }
    }
}

static void
paginate (ProgressPages *p)
{
  Flow flow = { .p = p };

  pt_report_flow_init (&flow.base, p->pages, sizeof (Item), p->frame.top, p->frame.bottom);
  flow_add (&flow, ITEM_HEAD, 0, 0, p->head_height);
  flow.base.y += GAP;
  flow_add (&flow, ITEM_SUMMARY, 0, 0, p->summary_height);
  flow.base.y += GAP;
  if (flow.base.y + p->chart_block_height > p->frame.bottom)
    pt_report_flow_new_page (&flow.base);
  flow_add (&flow, ITEM_CHART, 0, 0, p->chart_block_height);
  flow.base.y += GAP;

  for (guint i = 0; i < G_N_ELEMENTS (table_order); i++)
    flow_table (&flow, table_order[i]);
}

static guint
pages_get_n (PtReportPages *pages)
{
  return ((ProgressPages *) pages)->pages->len;
}

static void
pages_free (PtReportPages *pages)
{
  ProgressPages *p = (ProgressPages *) pages;

  g_ptr_array_unref (p->pages);
  for (guint t = 0; t < PT_REPORT_N_TABLES; t++)
    g_clear_pointer (&p->row_heights[t], g_array_unref);
  g_clear_pointer (&p->chart, pt_chart_layout_free);
  pt_report_fonts_clear (p->fonts, N_FONTS);
  pt_report_frame_clear (&p->frame);
  g_free (p);
}

static void
pages_draw (PtReportPages *pages,
            cairo_t       *cr,
            guint          page_index)
{
  ProgressPages *p = (ProgressPages *) pages;
  GArray *page = g_ptr_array_index (p->pages, page_index);

  draw_band (p, cr);

  for (guint i = 0; i < page->len; i++)
    {
      const Item *item = &g_array_index (page, Item, i);
      const PtReportTable *table = &p->report->tables[item->table];

      switch (item->kind)
        {
        case ITEM_HEAD:
          head_block (p, cr, item->y);
          break;
        case ITEM_SUMMARY:
          summary_block (p, cr, item->y);
          break;
        case ITEM_CHART:
          chart_block (p, cr, item->y);
          break;
        case ITEM_CAPTION:
          caption (p, cr, table->title, item->continued, item->y);
          break;
        case ITEM_HEADER_ROW:
          header_row (p, cr, table, item->y);
          break;
        case ITEM_ROW:
          draw_row (p, cr, table, item);
          break;
        case ITEM_INTRO:
        case ITEM_NOTE:
          table_text (p, cr, table, item->kind == ITEM_NOTE, item->y);
          break;
        case ITEM_EMPTY:
          paragraph (p, cr, FONT_CELL, &pt_report_dim, table->empty, p->frame.left + CELL_PAD_X,
                     item->y + CELL_PAD_Y, p->frame.content_width, PANGO_ALIGN_LEFT);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  draw_footer (p, cr, page_index);
}

PtReportPages *
pt_report_progress_pages_new (const PtReport *report,
                              PangoContext   *context,
                              double          width,
                              double          height)
{
  ProgressPages *p = g_new0 (ProgressPages, 1);

  p->base = (PtReportPages) { pages_get_n, pages_draw, pages_free };
  p->report = report;
  pt_report_frame_init (&p->frame, context, width, height);
  pt_report_fonts_init (p->fonts, font_specs, N_FONTS);
  p->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  measure (p);
  paginate (p);
  return &p->base;
}
