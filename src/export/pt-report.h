/* pt-report.h: a patient's progress report, for PDF and for printing
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is built once from a patient's bundle, in one of two kinds:
 *
 *  - the progress report (pt_report_new), for the clinic, the GP or the
 *    insurer: the patient and the condition, core's summary of the whole
 *    course in plain sentences, the recovery chart of the chosen range
 *    (drawn by src/render, as vectors) and tables of the sessions, pain
 *    scores and runs in that range;
 *  - the patient's copy, "My Progress" (pt_report_new_patient_copy), to
 *    take home: one or two pages in the patient's words (pt-patient-words.h)
 *    and large type, the headline and what comes next, the patient chart
 *    and the timeline of visits; nothing only a clinician reads (no record
 *    number, no injection volumes, no tables).
 *
 * Both kinds are paginated, drawn, printed and written by the same calls
 * below. A report holds no reference to the store, and does not change
 * once built, so it can be written from a worker thread.
 *
 * Pages are laid out once for one page size and one PangoContext
 * (pt_report_paginate), then any page can be drawn on any cairo_t
 * (pt_report_draw_page), with 0,0 the top left corner of the page and
 * one unit a point. Tables repeat their header row on every page they
 * span, and long notes wrap and continue on the next page, never cut.
 *
 * Printing (GtkPrintOperation) uses the same two calls:
 *
 *   gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
 *   gtk_print_operation_set_use_full_page (op, TRUE);   (the report has its own margins)
 *   begin-print: n = pt_report_paginate (report,
 *                        gtk_print_context_create_pango_context (context),
 *                        gtk_print_context_get_width (context),
 *                        gtk_print_context_get_height (context));
 *                gtk_print_operation_set_n_pages (op, n);
 *   draw-page:   pt_report_draw_page (report, gtk_print_context_get_cairo_context (context),
 *                                     page_nr);
 *
 * pt_report_write_pdf lays out pages of its own for the report's paper, so
 * it does not disturb (and is not disturbed by) a print in progress.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "pt-patient-bundle.h"

G_BEGIN_DECLS

typedef enum
{
  PT_PAPER_A4,
  PT_PAPER_LETTER,
} PtPaper;

/* The paper of the user's locale (LC_PAPER): US Letter in the US, Canada
 * and the other countries that use it, else A4. */
PtPaper      pt_paper_from_locale    (void);
/* "a4" or "letter" (any case); FALSE for anything else. */
gboolean     pt_paper_from_name      (const char *name,
                                      PtPaper    *paper);
/* In points: 595.28 x 841.89 (A4), 612 x 792 (Letter). */
void         pt_paper_get_size       (PtPaper    paper,
                                      double    *width,
                                      double    *height);

typedef struct
{
  const char     *clinic_name;  /* NULL or "": none (the header says "Progress report") */
  PtDistanceUnit  unit;
  PtPaper         paper;        /* for pt_report_write_pdf */
} PtReportOptions;

/* Sets @options to no clinic name, km and the locale's paper. */
void         pt_report_options_init  (PtReportOptions *options);

typedef struct _PtReport PtReport;

typedef enum
{
  PT_REPORT_PROGRESS,      /* pt_report_new */
  PT_REPORT_PATIENT_COPY,  /* pt_report_new_patient_copy */
} PtReportKind;

/* The report of @bundle's patient about its condition (every condition
 * when it follows none), dated the bundle's day, with weeks that start on
 * its day, and with the records from @from to @to (YYYY-MM-DD, inclusive;
 * NULL: no bound). PT_ERROR_INVALID for bad dates. */
PtReport    *pt_report_new           (PtPatientBundle       *bundle,
                                      const char            *from,
                                      const char            *to,
                                      const PtReportOptions *options,
                                      GError               **error);
/* "My Progress", the patient's copy of @bundle's course (its condition,
 * every condition when it follows none), dated the bundle's day, with
 * weeks that start on its day: the whole course, no range. At most two
 * pages: when the visits do not fit, the latest that do are shown and
 * the earlier ones counted. */
PtReport    *pt_report_new_patient_copy (PtPatientBundle       *bundle,
                                         const PtReportOptions *options,
                                         GError               **error);
PtReport    *pt_report_ref           (PtReport              *report);
void         pt_report_unref         (PtReport              *report);

PtReportKind pt_report_get_kind      (PtReport              *report);
/* "Progress report: Claire Donnelly" or "My Progress: Claire Donnelly" (the
 * PDF title). */
const char  *pt_report_get_title     (PtReport              *report);
/* "Plantar fasciitis (left), 4 March 2026 to 11 November 2026" (the subject). */
const char  *pt_report_get_subject   (PtReport              *report);
/* The summary box's sentences, one paragraph; of the patient's copy, its
 * headline. */
const char  *pt_report_get_summary   (PtReport              *report);
PtPaper      pt_report_get_paper     (PtReport              *report);

/* Lays the report out on pages of @width x @height points, measuring text
 * with @context (NULL: a PangoCairo context at 72 dpi, as for PDF), and
 * returns the number of pages. Replaces an earlier pagination. */
guint        pt_report_paginate      (PtReport              *report,
                                      PangoContext          *context,
                                      double                 width,
                                      double                 height);
/* The pages of the last pt_report_paginate; 0 before one. */
guint        pt_report_get_n_pages   (PtReport              *report);
/* Draws page @page_index (from 0) of the last pagination on @cr. */
void         pt_report_draw_page     (PtReport              *report,
                                      cairo_t               *cr,
                                      guint                  page_index);

/* Writes the report as a PDF on its paper to the local file @dest: under a
 * temporary name in the same folder, renamed into place only when
 * complete, so a failure (PT_ERROR_STORAGE, naming the path) or a
 * cancellation leaves no partial file. @n_pages (may be NULL) gets the
 * number of pages written. */
gboolean     pt_report_write_pdf     (PtReport              *report,
                                      GFile                 *dest,
                                      guint                 *n_pages,
                                      GCancellable          *cancellable,
                                      GError               **error);
/* The same in a worker thread. */
void         pt_report_write_pdf_async  (PtReport            *report,
                                         GFile               *dest,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean     pt_report_write_pdf_finish (GAsyncResult        *result,
                                         guint               *n_pages,
                                         GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtReport, pt_report_unref)

G_END_DECLS
