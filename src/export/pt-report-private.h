/* pt-report-private.h: what the report's files share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt-report.c builds the progress report's model (texts; pt-report-tables.c
 * the table cells) and pt-patient-copy.c the patient's copy's;
 * pt-report-layout.c and pt-patient-copy-layout.c lay each kind out on
 * pages and draw them, with the text, colours and page frame of
 * pt-report-text.c; pt-report-pdf.c writes either kind to a file. Each
 * kind has a layout of its own behind PtReportPages.
 */

#pragma once

#include "pt-analysis.h"
#include "pt-chart-layout.h"
#include "pt-patient-words.h"
#include "pt-report.h"

G_BEGIN_DECLS

typedef enum
{
  PT_REPORT_TABLE_SESSIONS,
  PT_REPORT_TABLE_PAIN,
  PT_REPORT_TABLE_RUNS,
  PT_REPORT_TABLE_OUTCOMES,    /* pt-report-outcomes.c; no title without a measure */
  PT_REPORT_TABLE_PLAN,        /* the return-to-run plan's steps; no title without one */
  PT_REPORT_TABLE_DECISIONS,   /* its latest decisions */
} PtReportTableId;

#define PT_REPORT_N_TABLES (PT_REPORT_TABLE_DECISIONS + 1)
#define PT_REPORT_MAX_COLUMNS 7

typedef struct
{
  const char *label;
  double      width;      /* share of the table's width */
  gboolean    numeric;    /* right-aligned */
} PtReportColumn;

typedef struct
{
  char                 *title;        /* "Treatment sessions"; NULL: not in the report */
  char                 *empty;        /* "No sessions in this period." */
  char                 *intro;        /* plain text under the caption, or NULL */
  char                 *note;         /* plain text under the rows (sources), or NULL */
  guint                 n_columns;
  const PtReportColumn *columns;
  GPtrArray            *rows;         /* GStrv of n_columns cells each */
} PtReportTable;

/* A label and value of the patient block: "Date of birth", "14 June 1983". */
typedef struct
{
  char *label;
  char *value;
} PtReportField;

#define PT_REPORT_N_FIELDS 9   /* three rows of three */

typedef struct _PtReportPages PtReportPages;

struct _PtReport
{
  gatomicrefcount  ref_count;
  PtReportKind     kind;

  char            *clinic_name;     /* "" for none */
  PtDistanceUnit   unit;
  PtPaper          paper;
  char            *date;            /* YYYY-MM-DD */
  char            *date_label;      /* "23 November 2026" */

  char            *patient_name;
  char            *record_number;
  char            *heading;         /* "Plantar fasciitis, left side" or "" */
  PtReportField    fields[PT_REPORT_N_FIELDS];

  char            *title;
  char            *subject;
  char            *summary;
  char            *key_figure;      /* "−70 %", "" without one */
  gboolean         key_improved;    /* an important fall (core's 30 % rule): green */
  char            *key_caption;     /* "pain since treatment began" */

  PtChartData     *chart;
  PtReportTable    tables[PT_REPORT_N_TABLES];   /* progress report */

  PtPatientWords  *words;           /* patient's copy: the headline and next steps */
  GPtrArray       *visits;          /* patient's copy: PtPatientVisit, oldest first */
  char            *measure_words;   /* patient's copy: the primary measure's change, or NULL */
  char            *plan_words;      /* patient's copy: the next run and so where the plan is
                                     * ("Next run: ... (step 4 of 17)."), or NULL */
  char            *plan_next;       /* patient's copy: core's next-run sentence, or NULL */

  PtReportPages   *pages;           /* from pt_report_paginate */
};

/* pt-report.c: a report of @kind with what both kinds say of @bundle (the
 * clinic, the unit, the paper, the day, the patient's name and record
 * number); @options NULL: the defaults. */
PtReport      *pt_report_alloc         (PtReportKind           kind,
                                        PtPatientBundle       *bundle,
                                        const PtReportOptions *options);

/* pt-report-tables.c: fills report->tables */
void           pt_report_build_tables  (PtReport      *report,
                                        GListModel    *sessions,
                                        GListModel    *pain_scores,
                                        GListModel    *runs,
                                        gint64         condition_id,
                                        const char    *from,
                                        const char    *to);

/* pt-report-outcomes.c: fills the outcome and return-to-run tables of
 * the progress report, when @bundle has measures or a plan. */
void           pt_report_build_outcomes (PtReport        *report,
                                         PtPatientBundle *bundle);
/* The same for the patient's copy: measure_words, plan_words, plan_next. */
void           pt_report_set_patient_plan_words (PtReport        *report,
                                                 PtPatientBundle *bundle);

/* Pages of a report laid out for one page size: each kind's layout
 * embeds this first and fills in its functions. */
struct _PtReportPages
{
  guint (*get_n) (PtReportPages *pages);
  void  (*draw)  (PtReportPages *pages,
                  cairo_t       *cr,
                  guint          page_index);
  void  (*free)  (PtReportPages *pages);
};

/* pt-report.c: the pages of either kind (pt_report_paginate, the PDF writer). */
PtReportPages *pt_report_pages_new     (const PtReport *report,
                                        PangoContext   *context,
                                        double          width,
                                        double          height);
void           pt_report_pages_free    (PtReportPages *pages);
guint          pt_report_pages_get_n   (PtReportPages *pages);
void           pt_report_pages_draw    (PtReportPages *pages,
                                        cairo_t       *cr,
                                        guint          page_index);
/* pt-report-layout.c and pt-patient-copy-layout.c: @context NULL: a PDF one. */
PtReportPages *pt_report_progress_pages_new     (const PtReport *report,
                                                 PangoContext   *context,
                                                 double          width,
                                                 double          height);
PtReportPages *pt_report_patient_copy_pages_new (const PtReport *report,
                                                 PangoContext   *context,
                                                 double          width,
                                                 double          height);

/* ---- pt-report-text.c ---- */

#define PT_REPORT_FONT_FAMILY   "Cantarell, Noto Sans, DejaVu Sans, Sans"
#define PT_REPORT_MARGIN_X      50.0
#define PT_REPORT_MARGIN_TOP    36.0
#define PT_REPORT_MARGIN_BOTTOM 40.0
#define PT_REPORT_BAND_HEIGHT   30.0   /* clinic name and date, with the rule under them */
#define PT_REPORT_FOOTER_HEIGHT 22.0
#define PT_REPORT_GAP           16.0

typedef struct { double r, g, b; } PtReportRgb;

extern const PtReportRgb pt_report_ink;
extern const PtReportRgb pt_report_dim;
extern const PtReportRgb pt_report_accent;
extern const PtReportRgb pt_report_accent_light;
extern const PtReportRgb pt_report_zebra;
extern const PtReportRgb pt_report_rule;
extern const PtReportRgb pt_report_improvement;

typedef struct
{
  PangoFontDescription *description;
  float                 line_spacing;   /* 0: the font's */
} PtReportFont;

/* A font of a report's table of fonts: "10.5" points, bold, line spacing. */
typedef struct
{
  const char *size;
  gboolean    bold;
  float       line_spacing;
} PtReportFontSpec;

/* A PangoContext for drawing in points on PDF surfaces: 72 dpi, no hinting. */
PangoContext  *pt_report_create_pango_context (void);
/* The reports' family in each of @n @specs. */
void           pt_report_fonts_init    (PtReportFont           *fonts,
                                        const PtReportFontSpec *specs,
                                        guint                   n);
void           pt_report_fonts_clear   (PtReportFont           *fonts,
                                        guint                   n);
/* Sets @layout up for @text (Pango markup with @markup) in @font, wrapped
 * at @width (<= 0: not wrapped); returns it. */
PangoLayout   *pt_report_text_set      (PangoLayout        *layout,
                                        const PtReportFont *font,
                                        const char         *text,
                                        double              width,
                                        PangoAlignment      alignment,
                                        gboolean            auto_dir,
                                        gboolean            markup);
double         pt_report_text_height   (PangoLayout        *layout);
void           pt_report_set_color     (cairo_t            *cr,
                                        const PtReportRgb  *color);
/* Shows the lines of @layout whose tops lie in [@start, @end) of the
 * layout, with the layout's 0 at (@x, @y + @start). */
void           pt_report_show_lines    (cairo_t            *cr,
                                        PangoLayout        *layout,
                                        double              x,
                                        double              y,
                                        double              start,
                                        double              end);
/* @text with a no-break space between a number and the unit after it
 * ("70 %", "27.7 km"), so a line never ends between them. */
char          *pt_report_tie_units     (const char         *text);
/* Draws (with @cr; NULL only measures) one paragraph of plain text, its
 * units tied, with @layout; returns its height. */
double         pt_report_paragraph     (PangoLayout        *layout,
                                        cairo_t            *cr,
                                        const PtReportFont *font,
                                        const PtReportRgb  *color,
                                        const char         *text,
                                        double              x,
                                        double              y,
                                        double              width,
                                        PangoAlignment      alignment);

/* Items placed down pages, a GArray of @item_size items per page in
 * @pages, from @top; @y is where the next one goes on @page. */
typedef struct
{
  GPtrArray *pages;
  gsize      item_size;
  double     top, bottom;
  GArray    *page;
  double     y;
} PtReportFlow;

/* Starts the first page. */
void           pt_report_flow_init     (PtReportFlow       *flow,
                                        GPtrArray          *pages,
                                        gsize               item_size,
                                        double              top,
                                        double              bottom);
void           pt_report_flow_new_page (PtReportFlow       *flow);

/* The frame of every page: the margins, the band at the top, the footer. */
typedef struct
{
  PangoContext *context;
  PangoLayout  *text;            /* shared by every paragraph of the pages */
  double        width, height;   /* the page */
  double        left, content_width;
  double        top, bottom;     /* of the content between band and footer */
} PtReportFrame;

void           pt_report_frame_init    (PtReportFrame      *frame,
                                        PangoContext       *context,
                                        double              width,
                                        double              height);
void           pt_report_frame_clear   (PtReportFrame      *frame);
/* Starts a page on @cr: white, and the band at the top with @left (the
 * clinic) in the accent colour, @right (the date) dim, and the rule. */
void           pt_report_frame_start_page  (PtReportFrame      *frame,
                                            cairo_t            *cr,
                                            const PtReportFont *left_font,
                                            const char         *left,
                                            const PtReportFont *right_font,
                                            const char         *right);
/* Ends the page: @who at the left, "Page 1 of 2" at the right, over a
 * thin rule. */
void           pt_report_frame_finish_page (PtReportFrame      *frame,
                                            cairo_t            *cr,
                                            const PtReportFont *font,
                                            const char         *who,
                                            guint               page_index,
                                            guint               n_pages);
/* A chart of @kind of @data the content's width wide and at most @height
 * tall (and 40 % of the content's), in the light style at @font_size
 * points, measured with the pages' context. */
PtChartLayout *pt_report_frame_chart_new   (PtReportFrame      *frame,
                                            PtChartData        *data,
                                            PtChartKind         kind,
                                            double              font_size,
                                            double              height);
/* Paints @chart with its top left at the content's left and @y. */
void           pt_report_frame_draw_chart  (PtReportFrame      *frame,
                                            cairo_t            *cr,
                                            PtChartLayout      *chart,
                                            double              y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtReportPages, pt_report_pages_free)

G_END_DECLS
