/* bench-chart.c: how long a ten-year daily recovery chart takes to draw
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays out and paints a recovery chart of ten years of daily entries
 * (pain, runs, cross-training, a session every 90 days) at 1920x1080 on a
 * Cairo image surface, N times, and prints the median: layout alone, and
 * layout plus painting. The reference, measured in the same run, is one
 * cairo_paint of the whole surface; the goal is under 8 ms a frame.
 *
 *   bench-chart [N]                          (default 50)
 *   bench-chart N DATABASE RECORD_NUMBER
 *
 * With a database it also times opening that patient as the app does
 * (loading their records from the store and computing the chart data)
 * plus drawing, and ends with machine-readable lines for build-aux/bench:
 * "ref MS", "redraw MS" and "open MS".
 */

#include "config.h"

#include <stdlib.h>

#include "pt-chart-layout.h"
#include "pt-store.h"
#include "pt-test-utils.h"

#define WIDTH 1920
#define HEIGHT 1080
#define N_DAYS 3653

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

typedef enum { REFERENCE, LAYOUT, FRAME } Kind;

static double
measure (Kind             kind,
         PtChartData     *data,
         cairo_surface_t *surface,
         guint            n)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  PtChartStyle style;

  pt_chart_style_init_light (&style);
  for (guint i = 0; i < n + 2; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double elapsed;

      if (kind == REFERENCE)
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
        }
      else
        {
          g_autoptr(PtChartLayout) layout = pt_chart_layout_new (data, PT_CHART_RECOVERY, &style,
                                                                 NULL, WIDTH, HEIGHT);

          if (kind == FRAME)
            pt_chart_layout_paint (layout, cr);
        }
      cairo_surface_flush (surface);
      elapsed = g_get_monotonic_time () - start;
      cairo_destroy (cr);
      if (i >= 2)  /* the first runs warm the font caches */
        g_array_append_val (samples, elapsed);
    }

  return median_ms (samples);
}

/* Loads the patient's chart data from the store and draws it, N times. */
static double
measure_open (const char      *path,
              const char      *record_number,
              cairo_surface_t *surface,
              guint            n)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PtStore) store = pt_store_open_full (path, PT_STORE_OPEN_DEFAULT, NULL);
  g_autoptr(PtPatient) patient = NULL;
  PtChartStyle style;

  g_assert_nonnull (store);
  patient = pt_store_find_patient (store, record_number, NULL);
  g_assert_nonnull (patient);
  pt_chart_style_init_light (&style);

  for (guint i = 0; i < n + 1; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PtPatientBundle) bundle = pt_patient_bundle_load (store,
                                                                  pt_record_get_id (PT_RECORD (patient)),
                                                                  0, G_DATE_MONDAY, NULL, NULL);
      g_autoptr(PtChartData) data = pt_chart_data_new (bundle, NULL, NULL, NULL);
      g_autoptr(PtChartLayout) layout = NULL;
      double elapsed;

      g_assert_nonnull (data);
      layout = pt_chart_layout_new (data, PT_CHART_RECOVERY, &style, NULL, WIDTH, HEIGHT);
      pt_chart_layout_paint (layout, cr);
      cairo_surface_flush (surface);
      elapsed = g_get_monotonic_time () - start;
      cairo_destroy (cr);
      if (i >= 1)
        g_array_append_val (samples, elapsed);
    }

  return median_ms (samples);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(PtTestSeries) series = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 50;
  double reference, layout, frame;

  pt_test_series_init (&series);
  pt_test_series_add_daily (&series, "2016-01-01", N_DAYS);
  data = pt_test_chart_data_new (G_LIST_MODEL (series.pain), G_LIST_MODEL (series.sessions),
                                         G_LIST_MODEL (series.runs), G_LIST_MODEL (series.cross),
                                         0, NULL, NULL, &error);
  g_assert_no_error (error);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  reference = measure (REFERENCE, data, surface, n);
  layout = measure (LAYOUT, data, surface, n);
  frame = measure (FRAME, data, surface, n);

  if (argc > 3)
    {
      double open = measure_open (argv[2], argv[3], surface, n);

      g_print ("ref %.3f\nredraw %.3f\nopen %.3f\n", reference, frame, open);
      cairo_surface_destroy (surface);
      return 0;
    }
  cairo_surface_destroy (surface);

  g_print ("Recovery chart, %d daily entries, %dx%d, image surface, median of %u:\n",
           N_DAYS, WIDTH, HEIGHT, n);
  g_print ("  reference (one full-surface paint) %7.3f ms\n", reference);
  g_print ("  layout only                        %7.3f ms  (%.1fx reference)\n",
           layout, layout / reference);
  g_print ("  layout and paint                   %7.3f ms  (%.1fx reference)  goal < 8 ms: %s\n",
           frame, frame / reference, frame < 8 ? "met" : "NOT met");
  return 0;
}
