/* test-charts-ui.c: what the patient page's chart shows, on screen
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real PtWindow under Xvfb, patients found with the keyboard
 * (pt-test-input.h), and the chart widget read as drawn: the percent
 * change is green only for an important fall of pain (8.5 to 8.0 is not
 * one), the workload ratio stays on its axis and is not drawn over a tiny
 * 28-day load, and the empty chart's sentence stays inside the chart.
 * test-chart-render and test-chart-layout test the same rules on the
 * render layer alone.
 */

#include "config.h"

#include "pt-chart-layout.h"
#include "pt-chart-view.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"

typedef PtTestWindowFixture Fixture;

/* Ctrl+F, @text, Enter; returns the chart of the patient shown. */
static PtChartView *
open_patient (Fixture    *fixture,
              const char *text,
              const char *record_number)
{
  PtChartView *view;

  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type (text);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_window_wait_for_patient (fixture->window, record_number));
  view = pt_patient_page_get_chart_view (pt_window_get_patient_page (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  pt_test_input_settle (100);
  return view;
}

/* The pixel (@x, @y) of @pixels, @width wide, as 0-255 red, green, blue. */
static void
pixel_at (const guint32 *pixels,
          int            width,
          int            x,
          int            y,
          guint8         rgb[3])
{
  guint32 pixel = pixels[y * width + x];

  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
}

/* How much greener than red and blue the pill of the percent change is. */
static int
pill_greenness (PtChartView *view)
{
  const PtChartLayout *layout = pt_chart_view_get_layout (view);
  g_autoptr(GdkTexture) texture = pt_test_input_render (GTK_WIDGET (view));
  g_autofree guint32 *pixels = pt_test_texture_pixels (texture);
  const PtChartLabel *pill = NULL;
  guint8 rgb[3];

  for (guint i = 0; i < layout->labels->len; i++)
    if (g_array_index (layout->labels, PtChartLabel, i).role == PT_CHART_TEXT_PERCENT)
      pill = &g_array_index (layout->labels, PtChartLabel, i);
  g_assert_nonnull (pill);

  /* Inside the pill, left of its text. */
  pixel_at (pixels, gdk_texture_get_width (texture), (int) pill->x - 4,
            (int) (pill->y + pill->height / 2), rgb);
  return (int) rgb[1] - MAX ((int) rgb[0], (int) rgb[2]);
}

static void
test_percent_colour (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PtStore) store = pt_store_open (fixture->path, NULL);
  gint64 patient, condition;

  patient = pt_test_add_patient (store, "Mild Change", "PT-0401", "1980-01-01");
  condition = pt_test_add_condition (store, patient, "2026-09-01");
  pt_test_add_pain_score (store, patient, condition, "2026-10-01", 8.5);
  pt_test_add_session (store, patient, condition, "2026-10-02");
  pt_test_add_pain_score (store, patient, condition, "2026-11-01", 8);
  g_clear_object (&store);

  pt_test_window_fixture_open (fixture);

  /* -6 %: no clinical change, not green. */
  g_assert_cmpint (pill_greenness (open_patient (fixture, "mild change", "PT-0401")), <, 20);
  /* The reference patient's -70 %: green. */
  g_assert_cmpint (pill_greenness (open_patient (fixture, "claire", "PT-0001")), >, 40);
}

/* Back after ten weeks without running: 3 km over a 28-day average of
 * 0.1 km a day would be a ratio of 4. */
static void
test_load_ratio (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PtStore) store = pt_store_open (fixture->path, NULL);
  g_autoptr(GPtrArray) ratio = NULL;
  const PtChartLayout *layout;
  PtChartView *view;
  GtkWidget *button;
  GDate april;
  gint64 patient;
  char date[11];

  patient = pt_test_add_patient (store, "Gap Runner", "PT-0402", "1980-01-01");
  pt_test_add_session (store, patient, pt_test_add_condition (store, patient, "2025-12-01"),
                       "2026-01-01");
  pt_test_add_run (store, patient, "2026-01-01", 20000, 0);
  for (int day = 22; day <= 28; day++)
    {
      g_snprintf (date, sizeof date, "2026-01-%02d", day);
      pt_test_add_run (store, patient, date, 15000, 0);
    }
  pt_test_add_run (store, patient, "2026-04-10", 3000, 0);
  g_clear_object (&store);

  pt_test_window_fixture_open (fixture);
  view = open_patient (fixture, "gap runner", "PT-0402");

  /* The chart's Training Load button, clicked. */
  button = GTK_WIDGET (gtk_widget_get_next_sibling (
             pt_test_find_widget (GTK_WIDGET (pt_window_get_patient_page (fixture->window)),
                                  GTK_TYPE_TOGGLE_BUTTON)));
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  pt_test_input_click (button);
  pt_test_input_settle (200);
  g_assert_cmpint (pt_chart_view_get_kind (view), ==, PT_CHART_LOAD);

  layout = pt_chart_view_get_layout (view);
  ratio = pt_chart_layout_find_items (layout, PT_CHART_ITEM_RATIO, -1);
  g_assert_cmpuint (ratio->len, >, 0);
  g_date_clear (&april, 1);
  g_date_set_dmy (&april, 1, G_DATE_APRIL, 2026);
  for (guint i = 0; i < ratio->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (ratio, i);

      g_assert_cmpfloat (item->y, >=, layout->lower.rect.y - 0.5);
      g_assert_cmpfloat (item->y, <=, layout->lower.rect.y + layout->lower.rect.height + 0.5);
      g_assert_cmpint (item->day, <, (int) g_date_get_julian (&april));
    }
}

/* A patient with nothing recorded: the chart's sentence is wrapped inside
 * it, nothing of it near the chart's sides. */
static void
test_empty_chart (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PtStore) store = pt_store_open (fixture->path, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = NULL;
  PtChartView *view;
  guint8 background[3], rgb[3];
  int width, height;

  pt_test_add_patient (store, "New Patient", "PT-0403", "1980-01-01");
  g_clear_object (&store);

  pt_test_window_fixture_open (fixture);
  view = open_patient (fixture, "new patient", "PT-0403");
  g_assert_true (pt_chart_view_get_layout (view)->empty);

  texture = pt_test_input_render (GTK_WIDGET (view));
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, >, 600);
  pixels = pt_test_texture_pixels (texture);
  pixel_at (pixels, width, 2, height / 2, background);
  for (int y = height / 2 - 40; y < height / 2 + 40; y++)
    for (int x = 0; x < 100; x++)
      {
        pixel_at (pixels, width, width - 1 - x, y, rgb);
        g_assert_cmpmem (rgb, 3, background, 3);
      }
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, "2026-11-23");

  g_test_add ("/ui/charts/percent-colour", Fixture, NULL, pt_test_window_fixture_set_up,
              test_percent_colour, pt_test_window_fixture_tear_down);
  g_test_add ("/ui/charts/load-ratio", Fixture, NULL, pt_test_window_fixture_set_up,
              test_load_ratio, pt_test_window_fixture_tear_down);
  g_test_add ("/ui/charts/empty", Fixture, NULL, pt_test_window_fixture_set_up,
              test_empty_chart, pt_test_window_fixture_tear_down);

  return pt_test_window_run ();
}
