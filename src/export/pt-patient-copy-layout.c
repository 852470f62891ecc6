/* pt-patient-copy-layout.c: "My Progress" on one or two pages
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The patient's copy in large type, block by block: the title, the
 * headline in a tinted box (with the outcome measure's change), what comes
 * next (with the return-to-run plan), the patient chart (src/render,
 * PT_CHART_PATIENT, as vectors) and the visits, oldest first. A block
 * never splits; one that does not fit starts the next page, and the
 * heading of the visits stays with the first of them. When the visits
 * would take a third page, the earliest are left out (and counted under
 * the heading) until the copy fits on two. As in pt-report-layout.c, one
 * function measures each block (without a cairo_t) and draws it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pt-report-private.h"

#define MAX_PAGES       2
#define BOX_PAD        16.0
#define BULLET_INDENT  16.0
#define VISIT_INDENT   34.0   /* the visit's number in its disc, then its text */
#define DISC_RADIUS    11.0
#define CHART_HEIGHT  300.0
#define CHART_MIN     200.0   /* shorter, to stay on the first page under a longer headline */
#define CHART_FONT     10.0   /* the chart's style; the patient chart makes it 1.4 times */
#define LINE_GAP        4.0
#define VISIT_GAP      14.0

typedef enum
{
  FONT_BAND_CLINIC,
  FONT_BAND_DATE,
  FONT_TITLE,
  FONT_NAME,
  FONT_LEAD,
  FONT_BODY,
  FONT_SECTION,
  FONT_VISIT_HEAD,
  FONT_VISIT,
  FONT_DISC,
  FONT_FOOTER,
  N_FONTS
} Font;

static const PtReportFontSpec font_specs[N_FONTS] = {
  [FONT_BAND_CLINIC] = { "13", TRUE, 0 },
  [FONT_BAND_DATE] = { "11", FALSE, 0 },
  [FONT_TITLE] = { "30", TRUE, 0 },
  [FONT_NAME] = { "15", FALSE, 0 },
  [FONT_LEAD] = { "19", TRUE, 1.15f },
  [FONT_BODY] = { "14", FALSE, 1.25f },
  [FONT_SECTION] = { "17", TRUE, 0 },
  [FONT_VISIT_HEAD] = { "14", TRUE, 0 },
  [FONT_VISIT] = { "13", FALSE, 1.2f },
  [FONT_DISC] = { "12", TRUE, 0 },
  [FONT_FOOTER] = { "10", FALSE, 0 },
};

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADLINE,
  BLOCK_NEXT,
  BLOCK_CHART,
  BLOCK_VISITS_HEADING,
  BLOCK_VISIT,
} BlockKind;

typedef struct
{
  BlockKind kind;
  guint     visit;   /* BLOCK_VISIT: the index in report->visits */
  double    y;
} Block;

typedef struct
{
  PtReportPages   base;
  const PtReport *report;   /* not owned; only read */
  PtReportFrame   frame;
  PtReportFont    fonts[N_FONTS];
  PtChartLayout  *chart;

  guint           first_visit;   /* the earlier visits are counted, not shown */
  double          heights[BLOCK_VISIT];
  GArray         *visit_heights; /* double per visit */
  GPtrArray      *pages;         /* GArray of Block per page */
} PatientPages;

typedef double (*BlockFunc) (PatientPages *p,
                             cairo_t      *cr,
                             guint         index,
                             double        y);

/* ---- text ---- */

static double
paragraph (PatientPages      *p,
           cairo_t           *cr,
           Font               font,
           const PtReportRgb *color,
           const char        *text,
           double             x,
           double             y,
           double             width)
{
  return pt_report_paragraph (p->frame.text, cr, &p->fonts[font], color, text, x, y, width,
                              PANGO_ALIGN_LEFT);
}

/* A heading and the space under it. */
static double
section (PatientPages *p,
         cairo_t      *cr,
         const char   *title,
         double        y)
{
  return paragraph (p, cr, FONT_SECTION, &pt_report_accent, title, p->frame.left, y,
                    p->frame.content_width) + 8;
}

/* "•" and @text in @font, wrapped beside it. */
static double
bullet (PatientPages *p,
        cairo_t      *cr,
        Font          font,
        const char   *text,
        double        x,
        double        y,
        double        width)
{
  if (cr != NULL)
    paragraph (p, cr, font, &pt_report_accent, "•", x, y, BULLET_INDENT);
  return paragraph (p, cr, font, &pt_report_ink, text, x + BULLET_INDENT, y,
                    width - BULLET_INDENT);
}

/* ---- the blocks ---- */

static double
title_block (PatientPages *p,
             cairo_t      *cr,
             guint         index,
             double        y)
{
  const PtReport *report = p->report;
  g_autofree char *who = *report->heading != '\0'
                         ? g_strdup_printf ("%s · %s", report->patient_name, report->heading)
                         : g_strdup (report->patient_name);
  double y0 = y;

  /* Translators: the title of the patient's take-home PDF */
  y += paragraph (p, cr, FONT_TITLE, &pt_report_ink, _("My Progress"), p->frame.left, y,
                  p->frame.content_width);
  y += 2 + paragraph (p, cr, FONT_NAME, &pt_report_dim, who, p->frame.left, y + 2,
                      p->frame.content_width);
  return y - y0;
}

/* The headline in a tinted box: the pain (else the treatments) large,
 * then the rest as a list. */
static double
headline_block (PatientPages *p,
                cairo_t      *cr,
                guint         index,
                double        y)
{
  const PtPatientWords *words = p->report->words;
  const char *lead = words->pain != NULL ? words->pain : words->treatments;
  const char *rest[] = { words->pain != NULL ? words->treatments : NULL,
                         p->report->measure_words, words->running, words->back_to_running };
  double x = p->frame.left + BOX_PAD + 4, width = p->frame.content_width - 2 * BOX_PAD - 4;
  double inner = paragraph (p, NULL, FONT_LEAD, NULL, lead, 0, 0, width) + 6;
  double height;

  for (guint i = 0; i < G_N_ELEMENTS (rest); i++)
    if (rest[i] != NULL)
      inner += LINE_GAP + bullet (p, NULL, FONT_BODY, rest[i], 0, 0, width);
  height = inner + 2 * BOX_PAD;
  if (cr == NULL)
    return height;

  pt_report_set_color (cr, &pt_report_accent_light);
  cairo_rectangle (cr, p->frame.left, y, p->frame.content_width, height);
  cairo_fill (cr);
  pt_report_set_color (cr, &pt_report_improvement);
  cairo_rectangle (cr, p->frame.left, y, 5, height);
  cairo_fill (cr);

  y += BOX_PAD;
  y += paragraph (p, cr, FONT_LEAD, &pt_report_ink, lead, x, y, width) + 6;
  for (guint i = 0; i < G_N_ELEMENTS (rest); i++)
    if (rest[i] != NULL)
      y += LINE_GAP + bullet (p, cr, FONT_BODY, rest[i], x, y + LINE_GAP, width);

  return height;
}

static gboolean
has_next_steps (const PtReport *report)
{
  const PtPatientWords *words = report->words;

  return words->next_visit != NULL || words->load_advice != NULL || words->advice != NULL ||
         report->plan_words != NULL;
}

/* The next visit, where the return-to-run plan is and the next run, the
 * 10 % rule's advice and the clinician's latest advice; nothing (0) when
 * there is none of them. */
static double
next_block (PatientPages *p,
            cairo_t      *cr,
            guint         index,
            double        y)
{
  const PtPatientWords *words = p->report->words;
  const char *items[] = { words->next_visit, p->report->plan_words, words->load_advice };
  double x = p->frame.left, width = p->frame.content_width;
  double y0 = y;

  if (!has_next_steps (p->report))
    return 0;

  /* Translators: a heading of the patient's take-home PDF */
  y += section (p, cr, _("What comes next"), y);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (items[i] != NULL)
      y += bullet (p, cr, FONT_BODY, items[i], x, y, width) + LINE_GAP;
  if (words->advice != NULL)
    {
      /* Translators: in the patient's take-home PDF, above the advice of their latest visit */
      y += paragraph (p, cr, FONT_VISIT_HEAD, &pt_report_ink, _("Your clinician’s advice"), x,
                      y + LINE_GAP, width) + LINE_GAP + 2;
      y += paragraph (p, cr, FONT_BODY, &pt_report_ink, words->advice, x, y, width);
    }

  return y - y0;
}

static double
chart_block (PatientPages *p,
             cairo_t      *cr,
             guint         index,
             double        y)
{
  /* Translators: a heading of the patient's take-home PDF, above their chart */
  double h = section (p, cr, _("Your pain and running"), y);

  if (cr != NULL)
    pt_report_frame_draw_chart (&p->frame, cr, p->chart, y + h);

  return h + p->chart->height;
}

/* "Your visits", and how many earlier ones are left out, or that there
 * are none yet. */
static double
visits_heading_block (PatientPages *p,
                      cairo_t      *cr,
                      guint         index,
                      double        y)
{
  g_autofree char *earlier = NULL;
  /* Translators: a heading of the patient's take-home PDF, above the timeline of visits */
  double h = section (p, cr, _("Your visits"), y);

  if (p->report->visits->len == 0)
    earlier = g_strdup (_("No visits are recorded yet."));
  else if (p->first_visit > 0)
    earlier = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: the earlier visits the patient's
                                             * two pages leave out */
                                            "%u earlier visit is in your clinic’s record.",
                                            "%u earlier visits are in your clinic’s record.",
                                            p->first_visit), p->first_visit);
  if (earlier != NULL)
    h += paragraph (p, cr, FONT_VISIT, &pt_report_dim, earlier, p->frame.left, y + h,
                    p->frame.content_width) + VISIT_GAP;

  return h;
}

/* The visit's number in a disc, as on the chart's markers. */
static void
draw_disc (PatientPages *p,
           cairo_t      *cr,
           guint         number,
           double        y)
{
  g_autofree char *text = g_strdup_printf ("%u", number);
  double cx = p->frame.left + DISC_RADIUS, cy = y + DISC_RADIUS - 1;
  double h = paragraph (p, NULL, FONT_DISC, NULL, text, 0, 0, 2 * DISC_RADIUS);

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, DISC_RADIUS, 0, 2 * G_PI);
  pt_report_set_color (cr, &pt_report_accent);
  cairo_fill (cr);
  pt_report_text_set (p->frame.text, &p->fonts[FONT_DISC], text, 2 * DISC_RADIUS,
                      PANGO_ALIGN_CENTER, FALSE, FALSE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  pt_report_show_lines (cr, p->frame.text, cx - DISC_RADIUS, cy - h / 2, 0, G_MAXDOUBLE);
}

static double
visit_block (PatientPages *p,
             cairo_t      *cr,
             guint         index,
             double        y)
{
  const PtPatientVisit *visit = g_ptr_array_index (p->report->visits, index);
  g_autofree char *head = g_strdup_printf ("%s · %s", visit->date, visit->treatment);
  double x = p->frame.left + VISIT_INDENT, width = p->frame.content_width - VISIT_INDENT;
  double y0 = y;

  if (cr != NULL)
    draw_disc (p, cr, visit->number, y);
  y += paragraph (p, cr, FONT_VISIT_HEAD, &pt_report_ink, head, x, y, width);
  if (visit->pain != NULL)
    y += LINE_GAP + paragraph (p, cr, FONT_VISIT, &pt_report_ink, visit->pain, x, y + LINE_GAP,
                               width);
  if (visit->advice != NULL)
    {
      /* Translators: the advice given at a visit, in the patient's take-home PDF */
      g_autofree char *advice = g_strdup_printf (_("Advice: %s"), visit->advice);

      y += LINE_GAP + paragraph (p, cr, FONT_VISIT, &pt_report_dim, advice, x, y + LINE_GAP,
                                 width);
    }

  return MAX (y - y0, 2 * DISC_RADIUS);
}

static const BlockFunc blocks[] = {
  [BLOCK_TITLE] = title_block,
  [BLOCK_HEADLINE] = headline_block,
  [BLOCK_NEXT] = next_block,
  [BLOCK_CHART] = chart_block,
  [BLOCK_VISITS_HEADING] = visits_heading_block,
  [BLOCK_VISIT] = visit_block,
};

/* ---- pagination ---- */

/* Places a block of @height, on a new page when it does not fit on this
 * one (a block taller than a page gets a page of its own); @keep more
 * must fit after it. */
static void
flow_add (PtReportFlow *flow,
          BlockKind     kind,
          guint         visit,
          double        height,
          double        keep,
          double        gap)
{
  Block block = { .kind = kind, .visit = visit };

  if (flow->page->len > 0 && flow->y + height + keep > flow->bottom)
    pt_report_flow_new_page (flow);
  block.y = flow->y;
  g_array_append_val (flow->page, block);
  flow->y += height + gap;
}

static double
visit_height (PatientPages *p,
              guint         visit)
{
  return g_array_index (p->visit_heights, double, visit);
}

/* Lays the blocks out, the visits from @first_visit on; returns the pages. */
static guint
paginate (PatientPages *p,
          guint         first_visit)
{
  GPtrArray *visits = p->report->visits;
  PtReportFlow flow;

  g_ptr_array_set_size (p->pages, 0);
  p->first_visit = first_visit;
  p->heights[BLOCK_VISITS_HEADING] = visits_heading_block (p, NULL, 0, 0);

  pt_report_flow_init (&flow, p->pages, sizeof (Block), p->frame.top, p->frame.bottom);
  flow_add (&flow, BLOCK_TITLE, 0, p->heights[BLOCK_TITLE], 0, PT_REPORT_GAP);
  flow_add (&flow, BLOCK_HEADLINE, 0, p->heights[BLOCK_HEADLINE], 0, PT_REPORT_GAP);
  if (p->heights[BLOCK_NEXT] > 0)
    flow_add (&flow, BLOCK_NEXT, 0, p->heights[BLOCK_NEXT], 0, PT_REPORT_GAP);
  flow_add (&flow, BLOCK_CHART, 0, p->heights[BLOCK_CHART], 0, PT_REPORT_GAP);
  flow_add (&flow, BLOCK_VISITS_HEADING, 0, p->heights[BLOCK_VISITS_HEADING],
            first_visit < visits->len ? visit_height (p, first_visit) : 0, 0);
  for (guint i = first_visit; i < visits->len; i++)
    flow_add (&flow, BLOCK_VISIT, i, visit_height (p, i), 0, VISIT_GAP);

  return p->pages->len;
}

/* The chart at its height, or shorter (down to CHART_MIN) when that keeps
 * it on the first page, under the blocks before it. */
static void
make_chart (PatientPages *p)
{
  double above = p->heights[BLOCK_TITLE] + p->heights[BLOCK_HEADLINE] + 2 * PT_REPORT_GAP +
                 (p->heights[BLOCK_NEXT] > 0 ? p->heights[BLOCK_NEXT] + PT_REPORT_GAP : 0) +
                 section (p, NULL, "Ag", 0);
  double room = p->frame.bottom - p->frame.top - above;

  p->chart = pt_report_frame_chart_new (&p->frame, p->report->chart, PT_CHART_PATIENT,
                                        CHART_FONT, CHART_HEIGHT);
  if (p->chart->height <= room || room < CHART_MIN)
    return;
  g_clear_pointer (&p->chart, pt_chart_layout_free);
  p->chart = pt_report_frame_chart_new (&p->frame, p->report->chart, PT_CHART_PATIENT,
                                        CHART_FONT, floor (room));
}

static void
measure (PatientPages *p)
{
  for (BlockKind kind = BLOCK_TITLE; kind < BLOCK_VISIT; kind++)
    if (kind != BLOCK_CHART)
      p->heights[kind] = blocks[kind] (p, NULL, 0, 0);
  make_chart (p);
  p->heights[BLOCK_CHART] = chart_block (p, NULL, 0, 0);
  p->visit_heights = g_array_sized_new (FALSE, FALSE, sizeof (double),
                                        p->report->visits->len);
  for (guint i = 0; i < p->report->visits->len; i++)
    {
      double h = visit_block (p, NULL, i, 0);

      g_array_append_val (p->visit_heights, h);
    }
}

/* ---- pages ---- */

static guint
pages_get_n (PtReportPages *pages)
{
  return ((PatientPages *) pages)->pages->len;
}

static void
pages_draw (PtReportPages *pages,
            cairo_t       *cr,
            guint          page_index)
{
  PatientPages *p = (PatientPages *) pages;
  const PtReport *report = p->report;
  GArray *page = g_ptr_array_index (p->pages, page_index);
  const char *clinic = *report->clinic_name ? report->clinic_name : _("My Progress");
  g_autofree char *who = g_strdup_printf ("%s · %s", _("My Progress"), report->patient_name);

  pt_report_frame_start_page (&p->frame, cr, &p->fonts[FONT_BAND_CLINIC], clinic,
                              &p->fonts[FONT_BAND_DATE], report->date_label);

  for (guint i = 0; i < page->len; i++)
    {
      const Block *block = &g_array_index (page, Block, i);

      blocks[block->kind] (p, cr, block->visit, block->y);
    }

  pt_report_frame_finish_page (&p->frame, cr, &p->fonts[FONT_FOOTER], who, page_index,
                               p->pages->len);
}

static void
pages_free (PtReportPages *pages)
{
  PatientPages *p = (PatientPages *) pages;

  g_ptr_array_unref (p->pages);
  g_clear_pointer (&p->visit_heights, g_array_unref);
  g_clear_pointer (&p->chart, pt_chart_layout_free);
  pt_report_fonts_clear (p->fonts, N_FONTS);
  pt_report_frame_clear (&p->frame);
  g_free (p);
}

PtReportPages *
pt_report_patient_copy_pages_new (const PtReport *report,
                                  PangoContext   *context,
                                  double          width,
                                  double          height)
{
  PatientPages *p = g_new0 (PatientPages, 1);
  guint first = 0;

  p->base = (PtReportPages) { pages_get_n, pages_draw, pages_free };
  p->report = report;
  pt_report_frame_init (&p->frame, context, width, height);
  pt_report_fonts_init (p->fonts, font_specs, N_FONTS);
  p->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  measure (p);
  /* The latest visits that fit on two pages, earlier ones counted. */
  while (paginate (p, first) > MAX_PAGES && first < report->visits->len)
    first++;

  return &p->base;
}
