/* test-patient-chart.c: the chart a patient reads, without pixels
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PT_CHART_PATIENT of the demo's reference patient and of hand-made
 * series: one pain point per day with pain that counts (never the pain
 * just after an injection), the first visit's level as a labelled dashed
 * line, a marker per treatment on its day, a bar per week of running,
 * larger type and fewer ticks than the clinician's chart, every label
 * inside the chart at 400 and 1400 pixels wide, and words (description,
 * tooltips, legend) without a clinician's term.
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "pt-chart-layout.h"
#include "pt-date.h"
#include "pt-demo.h"
#include "pt-test-utils.h"

#define DEMO_TODAY "2026-11-15"

static const int widths[] = { 400, 1400 };

static const char * const jargon[] = { "baseline", "session", "S1", "ACWR", "acute",
                                       "injection (not counted)", "30 %" };

static void
assert_plain (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (jargon); i++)
    if (strstr (text, jargon[i]) != NULL)
      g_error ("“%s” is a clinician's word, in “%s”", jargon[i], text);
}

static PtChartLayout *
make_layout (PtChartData *data,
             PtChartKind  kind,
             int          width)
{
  PtChartStyle style;

  pt_chart_style_init_light (&style);
  return pt_chart_layout_new (data, kind, &style, NULL, width, width < 800 ? 420 : 600);
}

static int
julian (const char *date)
{
  GDate d;

  g_assert_true (pt_date_parse (date, &d));
  return (int) g_date_get_julian (&d);
}

static PtPatientBundle *
load_reference (PtTestFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  PtPatientBundle *bundle;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  patient = pt_store_find_patient (f->store, PT_DEMO_REFERENCE_RECORD, &error);
  g_assert_no_error (error);
  bundle = pt_patient_bundle_load (f->store, pt_record_get_id (PT_RECORD (patient)),
                                   PT_MAIN_CONDITION, G_DATE_MONDAY, DEMO_TODAY, &error);
  g_assert_no_error (error);
  return bundle;
}

static PtChartData *
reference_data (PtTestFixture    *f,
                PtPatientBundle **bundle_out)
{
  g_autoptr(PtPatientBundle) bundle = load_reference (f);
  g_autoptr(GError) error = NULL;
  PtChartData *data = pt_chart_data_new (bundle, NULL, NULL, &error);

  g_assert_no_error (error);
  if (bundle_out != NULL)
    *bundle_out = g_steal_pointer (&bundle);
  return data;
}

static const PtChartLabel *
find_label (PtChartLayout *layout,
            const char    *prefix)
{
  for (guint i = 0; i < layout->labels->len; i++)
    if (g_str_has_prefix (g_array_index (layout->labels, PtChartLabel, i).text, prefix))
      return &g_array_index (layout->labels, PtChartLabel, i);
  return NULL;
}

static void
assert_inside (double x,
               double width,
               int    chart_width,
               const char *what)
{
  if (x < 0 || x + width > chart_width)
    g_error ("“%s” (%.1f to %.1f) is not inside the chart's %d pixels", what, x, x + width,
             chart_width);
}

/* Every label, legend entry and tick label is on the chart, and labelled
 * ticks do not overlap. */
static void
assert_labels_fit (PtChartLayout *layout)
{
  const PtChartPanel *panels[] = { &layout->upper, &layout->lower };
  double last_end = -G_MAXDOUBLE;

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const PtChartLabel *label = &g_array_index (layout->labels, PtChartLabel, i);

      assert_inside (label->x, label->width, layout->width, label->text);
      g_assert_cmpfloat (label->y, >=, 0);
      g_assert_cmpfloat (label->y + label->height, <=, layout->height);
      assert_plain (label->text);
    }
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const PtChartLegendEntry *entry = &g_array_index (layout->legend, PtChartLegendEntry, i);

      assert_inside (entry->swatch.x, entry->label.x + entry->label.width - entry->swatch.x,
                     layout->width, entry->label.text);
    }
  for (guint i = 0; i < layout->x_ticks->len; i++)
    {
      const PtChartTick *tick = &g_array_index (layout->x_ticks, PtChartTick, i);

      if (tick->label[0] == '\0')
        continue;
      assert_inside (tick->label_start, tick->label_end - tick->label_start, layout->width,
                     tick->label);
      g_assert_cmpfloat (tick->label_start, >, last_end);
      last_end = tick->label_end;
    }
  for (guint p = 0; p < G_N_ELEMENTS (panels); p++)
    for (guint i = 0; panels[p]->ticks != NULL && i < panels[p]->ticks->len; i++)
      {
        const PtChartTick *tick = &g_array_index (panels[p]->ticks, PtChartTick, i);
        double x = panels[p]->ticks_right
                   ? panels[p]->rect.x + panels[p]->rect.width + 6
                   : panels[p]->rect.x - 6 - tick->label_size;

        assert_inside (x, tick->label_size, layout->width, tick->label);
      }
}

static guint
n_labelled (GArray *ticks)
{
  guint n = 0;

  for (guint i = 0; ticks != NULL && i < ticks->len; i++)
    n += g_array_index (ticks, PtChartTick, i).label[0] != '\0';
  return n;
}

/* ---- the reference patient ---- */

/* One point per day with pain: the days core counts, with their values. */
static void
assert_day_pain (PtChartLayout    *layout,
                 const PtRecovery *recovery)
{
  g_autoptr(GPtrArray) pain = pt_chart_layout_find_items (layout, PT_CHART_ITEM_PAIN, -1);

  g_assert_cmpuint (pain->len, ==, recovery->days->len);
  for (guint i = 0; i < pain->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (pain, i);
      const PtDayPain *day = &g_array_index (recovery->days, PtDayPain, i);

      g_assert_cmpint (item->series, ==, PT_CHART_DAY_PAIN);
      g_assert_cmpint (item->day, ==, julian (day->date));
      g_assert_cmpfloat (item->value, ==, day->pain);
      g_assert_cmpfloat (fabs (item->y - pt_chart_scale_map (&layout->upper.y, day->pain)), <,
                         0.01);
    }
}

static void
test_reference (PtTestFixture *f,
                gconstpointer  data_)
{
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtChartData) data = reference_data (f, &bundle);
  const PtRecovery *recovery = pt_patient_bundle_get_recovery (bundle);
  const char *legend[] = { "Your pain (0 = none, 10 = worst)", "Treatments",
                           "Running (km a week)" };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(PtChartLayout) layout = make_layout (data, PT_CHART_PATIENT, widths[w]);
      g_autoptr(PtChartLayout) clinician = make_layout (data, PT_CHART_RECOVERY, widths[w]);
      g_autoptr(GPtrArray) sessions = pt_chart_layout_find_items (layout, PT_CHART_ITEM_SESSION,
                                                                  -1);
      g_autoptr(GPtrArray) bars = pt_chart_layout_find_items (layout, PT_CHART_ITEM_RUNNING, -1);
      const PtChartLabel *started = find_label (layout, "Where you started: ");
      guint running_weeks = 0;

      g_test_message ("%d pixels wide", widths[w]);
      g_assert_false (layout->empty);
      assert_day_pain (layout, recovery);

      /* The treatments on their days, numbered. */
      g_assert_cmpuint (sessions->len, ==, 3);
      for (guint i = 0; i < sessions->len; i++)
        {
          const PtChartItem *item = g_ptr_array_index (sessions, i);
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          g_autofree char *full = g_strdup_printf ("Treatment %u", i + 1);

          g_assert_cmpint (item->day, ==,
                           g_array_index (data->sessions, PtChartSession, i).day);
          g_assert_true (find_label (layout, number) != NULL || find_label (layout, full) != NULL);
        }
      g_assert_cmpint (((const PtChartItem *) g_ptr_array_index (sessions, 0))->day, ==,
                       julian ("2026-03-04"));

      /* A bar a week of running, of its distance in km. */
      for (guint i = 0; i < data->weeks->len; i++)
        running_weeks += g_array_index (data->weeks, PtChartWeek, i).distance_m > 0;
      g_assert_cmpuint (bars->len, ==, running_weeks);
      g_assert_cmpfloat_with_epsilon (
        ((const PtChartItem *) g_ptr_array_index (bars, bars->len - 1))->value, 27.7, 1e-9);

      /* Where she started, in words, on the dashed line. */
      g_assert_nonnull (started);
      g_assert_cmpstr (started->text, ==, "Where you started: 7.5");
      g_assert_cmpfloat (fabs (layout->baseline_y - pt_chart_scale_map (&layout->upper.y, 7.5)),
                         <, 0.01);
      g_assert_nonnull (find_label (layout, "Latest: 2.25"));

      g_assert_cmpuint (layout->legend->len, ==, G_N_ELEMENTS (legend));
      for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
        g_assert_cmpstr (g_array_index (layout->legend, PtChartLegendEntry, i).label.text, ==,
                         legend[i]);

      /* Larger type, fewer labels than the clinician's chart. */
      g_assert_cmpfloat (layout->style.font_size, ==,
                         clinician->style.font_size * PT_PATIENT_CHART_TEXT_SCALE);
      g_assert_cmpfloat (g_array_index (layout->legend, PtChartLegendEntry, 0).label.height, >,
                         g_array_index (clinician->legend, PtChartLegendEntry, 0).label.height);
      g_assert_cmpuint (layout->upper.ticks->len, ==, 3);   /* 0, 5, 10 */
      g_assert_cmpuint (layout->lower.ticks->len, <=, 4);
      g_assert_cmpuint (n_labelled (layout->x_ticks), <=, n_labelled (clinician->x_ticks));
      g_assert_cmpuint (n_labelled (layout->x_ticks), >=, 2);
      g_assert_null (find_label (layout, "Baseline"));

      assert_labels_fit (layout);
    }
}

/* ---- hand-made ---- */

/* The pain just after an injection is no point; a day with only that has
 * none; a score and a session's pain before on one day are one point, their
 * mean. */
static void
test_counted_only (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(PtSession) first = pt_test_new_session (1, 0, "2026-03-04");
  g_autoptr(PtSession) second = pt_test_new_session (1, 0, "2026-04-01");
  g_autoptr(GPtrArray) pain = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_series_init (&s);
  pt_test_series_add_pain (&s, "2026-03-04", PT_PAIN_CONTEXT_MORNING, 8);
  pt_session_set_pain_before (first, 7);
  pt_session_set_pain_after (first, 2);
  g_list_store_append (s.sessions, first);
  pt_session_set_pain_after (second, 1);     /* nothing counts that day */
  g_list_store_append (s.sessions, second);
  pt_test_series_add_pain (&s, "2026-04-15", PT_PAIN_CONTEXT_REST, 5);

  bundle = pt_test_bundle_new (G_LIST_MODEL (s.pain), G_LIST_MODEL (s.sessions), NULL, NULL, 0);
  data = pt_chart_data_new (bundle, NULL, NULL, &error);
  g_assert_no_error (error);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      layout = make_layout (data, PT_CHART_PATIENT, widths[w]);
      pain = pt_chart_layout_find_items (layout, PT_CHART_ITEM_PAIN, -1);
      g_assert_cmpuint (pain->len, ==, 2);
      g_assert_cmpint (((const PtChartItem *) g_ptr_array_index (pain, 0))->day, ==,
                       julian ("2026-03-04"));
      g_assert_cmpfloat (((const PtChartItem *) g_ptr_array_index (pain, 0))->value, ==, 7.5);
      g_assert_cmpfloat (((const PtChartItem *) g_ptr_array_index (pain, 1))->value, ==, 5);
      /* Both treatments are marked, the second with no pain point. */
      g_clear_pointer (&pain, g_ptr_array_unref);
      pain = pt_chart_layout_find_items (layout, PT_CHART_ITEM_SESSION, -1);
      g_assert_cmpuint (pain->len, ==, 2);
      /* No running: no lower panel and no running in the legend. */
      g_assert_cmpfloat (layout->lower.rect.width, ==, 0);
      g_assert_cmpuint (layout->legend->len, ==, 2);
      assert_labels_fit (layout);
      g_clear_pointer (&pain, g_ptr_array_unref);
      g_clear_pointer (&layout, pt_chart_layout_free);
    }
}

static void
test_empty (void)
{
  g_autoptr(PtPatientBundle) bundle = pt_test_bundle_new (NULL, NULL, NULL, NULL, 0);
  g_autoptr(PtChartData) data = pt_chart_data_new (bundle, NULL, NULL, NULL);
  g_autoptr(PtChartLayout) layout = make_layout (data, PT_CHART_PATIENT, 400);
  g_autofree char *words = pt_chart_data_describe (data, PT_CHART_PATIENT);

  g_assert_true (pt_chart_data_is_empty (data, PT_CHART_PATIENT));
  g_assert_true (layout->empty);
  g_assert_cmpstr (layout->empty_title, ==, "Your progress will show here");
  g_assert_cmpstr (words, ==, "Nothing is recorded yet.");
  assert_plain (layout->empty_hint);
}

/* ---- words ---- */

static void
test_words (PtTestFixture *f,
            gconstpointer  data_)
{
  g_autoptr(PtChartData) data = reference_data (f, NULL);
  g_autoptr(PtChartLayout) layout = make_layout (data, PT_CHART_PATIENT, 1400);
  g_autofree char *words = pt_chart_data_describe (data, PT_CHART_PATIENT);
  g_autoptr(GPtrArray) sessions = pt_chart_layout_find_items (layout, PT_CHART_ITEM_SESSION, -1);
  g_autoptr(GPtrArray) bars = pt_chart_layout_find_items (layout, PT_CHART_ITEM_RUNNING, -1);
  g_autoptr(GPtrArray) pain = pt_chart_layout_find_items (layout, PT_CHART_ITEM_PAIN, -1);
  g_autofree char *session = NULL, *bar = NULL, *point = NULL;

  g_assert_cmpstr (words, ==, "Your pain is down 70 % since your first visit, from 7.5 to 2.25. "
                              "3 treatments so far. Back to running 48 days after your first "
                              "treatment. You ran 27.7 km in the week of 9 November 2026.");
  assert_plain (words);

  session = pt_chart_layout_describe_item (layout, g_ptr_array_index (sessions, 0));
  bar = pt_chart_layout_describe_item (layout, g_ptr_array_index (bars, bars->len - 1));
  point = pt_chart_layout_describe_item (layout, g_ptr_array_index (pain, 0));
  g_assert_cmpstr (session, ==, "4 Mar 2026 · Treatment 1: Dextrose injection");
  g_assert_cmpstr (bar, ==, "Week of 9 Nov 2026 · You ran 27.7 km");
  pt_test_assert_contains (point, "· Your pain: ");
}

/* It paints on an image and a PDF surface without a Cairo error. */
static void
test_paint (PtTestFixture *f,
            gconstpointer  data_)
{
  g_autoptr(PtChartData) data = reference_data (f, NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "patient.pdf", NULL);
  g_autoptr(GError) error = NULL;
  PtChartStyle style;

  pt_chart_style_init_dark (&style);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(PtChartLayout) layout = pt_chart_layout_new (data, PT_CHART_PATIENT, &style, NULL,
                                                             widths[w], 500);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, widths[w], 500);
      cairo_t *cr = cairo_create (surface);

      pt_chart_layout_paint (layout, cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_assert_true (pt_chart_save (data, PT_CHART_PATIENT, &style, 900, 500, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_remove (pdf);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", DEMO_TODAY, TRUE);

  PT_TEST_ADD_WITH_STORE ("/render/patient-chart/reference", test_reference);
  g_test_add_func ("/render/patient-chart/counted-only", test_counted_only);
  g_test_add_func ("/render/patient-chart/empty", test_empty);
  PT_TEST_ADD_WITH_STORE ("/render/patient-chart/words", test_words);
  PT_TEST_ADD_WITH_STORE ("/render/patient-chart/paint", test_paint);

  return g_test_run ();
}
