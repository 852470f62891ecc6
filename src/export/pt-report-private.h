/* pt-report-private.h: what the progress report's files share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt-report.c builds the model (texts; pt-report-tables.c the table cells),
 * pt-report-layout.c lays it out on pages and draws them, pt-report-pdf.c
 * writes the file.
 */

#pragma once

#include "pt-analysis.h"
#include "pt-chart-layout.h"
#include "pt-report.h"

G_BEGIN_DECLS

typedef enum
{
  PT_REPORT_TABLE_SESSIONS,
  PT_REPORT_TABLE_PAIN,
  PT_REPORT_TABLE_RUNS,
} PtReportTableId;

#define PT_REPORT_N_TABLES (PT_REPORT_TABLE_RUNS + 1)
#define PT_REPORT_MAX_COLUMNS 7

typedef struct
{
  const char *label;
  double      width;      /* share of the table's width */
  gboolean    numeric;    /* right-aligned */
} PtReportColumn;

typedef struct
{
  char                 *title;        /* "Treatment sessions" */
  char                 *empty;        /* "No sessions in this period." */
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
  PtReportTable    tables[PT_REPORT_N_TABLES];

  PtReportPages   *pages;           /* from pt_report_paginate */
};

/* pt-report-tables.c: fills report->tables */
void           pt_report_build_tables  (PtReport      *report,
                                        GListModel    *sessions,
                                        GListModel    *pain_scores,
                                        GListModel    *runs,
                                        gint64         condition_id,
                                        const char    *from,
                                        const char    *to);

/* pt-report-layout.c */
PtReportPages *pt_report_pages_new     (const PtReport *report,
                                        PangoContext   *context,
                                        double          width,
                                        double          height);
void           pt_report_pages_free    (PtReportPages *pages);
guint          pt_report_pages_get_n   (PtReportPages *pages);
void           pt_report_pages_draw    (PtReportPages *pages,
                                        cairo_t       *cr,
                                        guint          page_index);
/* A PangoContext for drawing in points on PDF surfaces: 72 dpi, no hinting. */
PangoContext  *pt_report_create_pango_context (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtReportPages, pt_report_pages_free)

G_END_DECLS
