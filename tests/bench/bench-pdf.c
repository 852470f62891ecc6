/* bench-pdf.c: how long a PDF progress report takes
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a patient with enough daily records for a report of about 3
 * pages and one of about 50 pages, then times, N times each, building the
 * report from the store (pt_report_new) and writing the PDF
 * (pt_report_write_pdf), and prints the medians. The reference, measured
 * in the same run, is writing a one-page PDF with one line of text through
 * Cairo alone. The goal: a 3-page report in under 200 ms.
 *
 *   bench-pdf [N]    (default 20)
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <stdlib.h>

#include "pt-date.h"
#include "pt-report.h"
#include "pt-test-utils.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_ms (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2) / 1000.0;
}

typedef struct
{
  guint   n_days;
  gint64  patient;
  gint64  condition;
} Course;

static gboolean
add_course (PtStore   *store,
            gpointer   user_data,
            GError   **error)
{
  Course *c = user_data;
  g_autofree char *record = g_strdup_printf ("PT-%u", c->n_days);

  c->patient = pt_test_add_patient (store, "Claire Donnelly", record, PT_TEST_BIRTH);
  c->condition = pt_test_add_condition (store, c->patient, "2023-12-01");
  for (guint day = 0; day < c->n_days; day++)
    {
      g_autofree char *date = pt_date_add_days ("2024-01-01", (int) day);

      pt_test_add_pain_score (store, c->patient, c->condition, date, 2 + day % 13 * 0.5);
      if (day % 2 == 0)
        pt_test_add_run (store, c->patient, date, 3000 + day % 7 * 500, 0);
      if (day % 30 == 0)
        pt_test_add_session (store, c->patient, c->condition, date);
    }
  return TRUE;
}

static void
reference_pdf (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595.28, 841.89);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_text (layout, "Progress report", -1);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
}

static double
measure (PtStore    *store,
         Course     *c,
         const char *path,
         guint       n,
         guint      *n_pages,
         gboolean    reference)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  PtReportOptions options;

  pt_report_options_init (&options);
  options.clinic_name = "Harbour Sports Medicine";
  options.paper = PT_PAPER_A4;

  for (guint i = 0; i < n + 2; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double elapsed;

      if (reference)
        reference_pdf (path);
      else
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(PtReport) report = pt_test_report_new (store, c->patient, c->condition, NULL,
                                                      NULL, &options, &error);

          if (report == NULL || !pt_report_write_pdf (report, dest, n_pages, NULL, &error))
            g_error ("%s", error->message);
        }
      elapsed = g_get_monotonic_time () - start;
      if (i >= 2)  /* the first runs warm the font caches */
        g_array_append_val (samples, elapsed);
    }

  return median_ms (samples);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = pt_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  Course small = { .n_days = 40 }, large = { .n_days = 1150 };
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 20;
  guint small_pages = 0, large_pages = 0;
  double reference, small_ms, large_ms;

  if (n == 0)
    n = 20;
  g_setenv ("PROLOTRACK_TODAY", "2027-06-01", TRUE);
  store = pt_store_open (db, &error);
  if (store == NULL ||
      !pt_store_run_batch (store, add_course, &small, &error) ||
      !pt_store_run_batch (store, add_course, &large, &error))
    g_error ("%s", error->message);

  reference = measure (store, NULL, pdf, n, NULL, TRUE);
  small_ms = measure (store, &small, pdf, n, &small_pages, FALSE);
  large_ms = measure (store, &large, pdf, n, &large_pages, FALSE);

  g_print ("reference: one-page PDF, one line of text  %8.2f ms\n", reference);
  g_print ("report, %2u pages (%4u days)                %8.2f ms  (%.1fx reference; goal < 200 ms: %s)\n",
           small_pages, small.n_days, small_ms, small_ms / reference,
           small_ms < 200 ? "met" : "MISSED");
  g_print ("report, %2u pages (%4u days)                %8.2f ms  (%.1fx reference, %.2f ms a page)\n",
           large_pages, large.n_days, large_ms, large_ms / reference, large_ms / large_pages);

  g_clear_object (&store);
  pt_test_remove_tmp_dir (dir);
  return small_ms < 200 ? EXIT_SUCCESS : EXIT_FAILURE;
}
