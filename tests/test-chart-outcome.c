/* test-chart-outcome.c: the outcome measure on the recovery chart
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo's reference patient has seven Foot Function Index reviews (53 %
 * at the first assessment, 49 % at the first session, the baseline, to 12 %): the recovery chart must give them a panel of their own between
 * pain and running, on the FFI's own scale (0-100 %, on the right), their
 * points joined and where that scale says, the caption naming the measure
 * and that lower is better, the first and latest totals written, no label
 * over another, the line painted in its colour, and the description must
 * say how the measure changed. A patient without a measure, a chart too
 * small for the panel, and the load and patient charts have none.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-chart-layout.h"
#include "pt-date.h"
#include "pt-demo.h"
#include "pt-format.h"
#include "pt-test-utils.h"

#define DEMO_TODAY "2026-11-15"
#define WIDTH 1200
#define HEIGHT 600

static PtPatientBundle *
load_reference (PtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  PtPatientBundle *bundle;

  g_assert_true (pt_demo_fill (store, FALSE, &error));
  g_assert_no_error (error);
  patient = pt_store_find_patient (store, PT_DEMO_REFERENCE_RECORD, &error);
  g_assert_no_error (error);
  bundle = pt_patient_bundle_load (store, pt_record_get_id (PT_RECORD (patient)),
                                   PT_MAIN_CONDITION, G_DATE_MONDAY, DEMO_TODAY, &error);
  g_assert_no_error (error);
  return bundle;
}

static PtChartData *
reference_data (PtStore *store)
{
  g_autoptr(PtPatientBundle) bundle = load_reference (store);
  g_autoptr(GError) error = NULL;
  PtChartData *data = pt_chart_data_new (bundle, NULL, NULL, &error);

  g_assert_no_error (error);
  return data;
}

static PtChartLayout *
make_layout (PtChartData *data,
             PtChartKind  kind,
             int          width,
             int          height)
{
  PtChartStyle style;

  pt_chart_style_init_light (&style);
  return pt_chart_layout_new (data, kind, &style, NULL, width, height);
}

static const PtChartLabel *
find_label (PtChartLayout *layout,
            const char    *text)
{
  for (guint i = 0; i < layout->labels->len; i++)
    if (g_str_equal (g_array_index (layout->labels, PtChartLabel, i).text, text))
      return &g_array_index (layout->labels, PtChartLabel, i);
  return NULL;
}

static guint
count_outcome_labels (PtChartLayout *layout)
{
  guint n = 0;

  for (guint i = 0; i < layout->labels->len; i++)
    n += g_array_index (layout->labels, PtChartLabel, i).role == PT_CHART_TEXT_OUTCOME;
  return n;
}

/* How far the pixel at (@x, @y) is from @color, 0-255 per channel (max). */
static int
pixel_distance (cairo_surface_t    *surface,
                        int                 x,
                        int                 y,
                        const PtChartColor *color)
{
  const guint8 *bytes = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (bytes + y * stride + x * 4);
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  return MAX (MAX (abs (r - (int) round (color->red * 255)),
                   abs (g - (int) round (color->green * 255))),
              abs (b - (int) round (color->blue * 255)));
}

static int
julian (const char *date)
{
  GDate d;

  g_assert_true (pt_date_parse (date, &d));
  return (int) g_date_get_julian (&d);
}

static gboolean
labels_overlap (const PtChartLabel *a,
                const PtChartLabel *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
assert_inside (const PtChartLabel *label,
               const PtChartLayout *layout)
{
  g_assert_cmpfloat (label->x, >=, 0);
  g_assert_cmpfloat (label->y, >=, 0);
  g_assert_cmpfloat (label->x + label->width, <=, layout->width);
  g_assert_cmpfloat (label->y + label->height, <=, layout->height);
}

/* What the chart takes from the bundle: the primary measure, all of it. */
static void
test_data (PtTestFixture *f,
           gconstpointer  unused)
{
  g_autoptr(PtPatientBundle) bundle = load_reference (f->store);
  const PtOutcomeMeasure *measure = pt_patient_bundle_get_primary_outcome (bundle);
  g_autoptr(PtChartData) data = pt_chart_data_new (bundle, NULL, NULL, NULL);

  g_assert_nonnull (measure);
  g_assert_cmpint (measure->kind, ==, PT_MEASURE_KIND_FFI);
  g_assert_true (data->has_outcome);
  g_assert_cmpstr (data->outcome_name, ==, "Foot Function Index");
  g_assert_cmpstr (data->outcome_short, ==, "FFI");
  g_assert_false (data->outcome_scale.higher_is_better);
  g_assert_true (data->outcome_scale.percent);
  g_assert_cmpuint (data->outcome_n_points, ==, 7);
  g_assert_cmpuint (data->outcome->len, ==, measure->points->len);
  g_assert_cmpfloat_with_epsilon (data->outcome_baseline, 48.6957, 1e-3);
  g_assert_cmpint ((int) round (data->outcome_latest), ==, 12);

  /* The first review (before the first session) is inside the span. */
  g_assert_cmpint (data->first_day, <=,
                   julian (g_array_index (measure->points, PtOutcomePoint, 0).date));
  g_assert_cmpint (data->outcome_first_day, ==,
                   julian (g_array_index (measure->points, PtOutcomePoint, 0).date));
}

/* The panel between pain and running; each point where its axis says. */
static void
test_layout (PtTestFixture *f,
             gconstpointer  unused)
{
  g_autoptr(PtChartData) data = reference_data (f->store);
  g_autoptr(PtChartLayout) layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  g_autoptr(GPtrArray) items = pt_chart_layout_find_items (layout, PT_CHART_ITEM_OUTCOME, -1);
  const PtChartRect *pain = &layout->upper.rect;
  const PtChartRect *panel = &layout->outcome.rect;
  const PtChartRect *activity = &layout->lower.rect;
  const PtChartTick *top;
  const PtChartLabel *caption = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *latest_day = NULL;
  g_autofree char *expected = NULL;
  const PtChartItem *latest;
  GDate day;

  g_assert_false (layout->empty);
  g_assert_cmpfloat (panel->height, >, 30);
  /* Under pain, over running, as wide as both. */
  g_assert_cmpfloat (pain->y + pain->height, <, panel->y);
  g_assert_cmpfloat (panel->y + panel->height, <, activity->y);
  g_assert_cmpfloat (panel->x, ==, pain->x);
  g_assert_cmpfloat (panel->width, ==, pain->width);
  /* Pain still has most of the height. */
  g_assert_cmpfloat (pain->height, >, 2 * panel->height);

  /* Its own axis, on the right: 0 to 100 %. */
  g_assert_true (layout->outcome.ticks_right);
  g_assert_false (layout->upper.ticks_right);
  g_assert_cmpuint (layout->outcome.ticks->len, >=, 2);
  top = &g_array_index (layout->outcome.ticks, PtChartTick, layout->outcome.ticks->len - 1);
  g_assert_cmpstr (top->label, ==, "100 %");
  g_assert_cmpfloat (fabs (top->pos - panel->y), <, 0.5);
  g_assert_cmpstr (g_array_index (layout->outcome.ticks, PtChartTick, 0).label, ==, "0");

  /* Seven points, one line, each where the axis puts its total. */
  g_assert_cmpuint (items->len, ==, 7);
  for (guint i = 0; i < items->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (items, i);
      const PtChartOutcome *total = &g_array_index (data->outcome, PtChartOutcome, item->index);

      g_assert_cmpint (item->day, ==, total->day);
      g_assert_cmpfloat (item->value, ==, total->total);
      g_assert_cmpfloat (fabs (item->y - pt_chart_scale_map (&layout->outcome.y, total->total)),
                         <, 0.5);
      g_assert_cmpfloat (item->y, >=, panel->y - 0.5);
      g_assert_cmpfloat (item->y, <=, panel->y + panel->height + 0.5);
      g_assert_cmpfloat (fabs (item->x - pt_chart_scale_map (&layout->x, total->day + 0.5)), <, 0.5);
      /* Joined: only the first starts the line. */
      g_assert_cmpint (!!(item->flags & PT_CHART_ITEM_BREAK_BEFORE), ==, i == 0);
    }

  /* The caption names the measure and the direction that is better. */
  for (guint i = 0; i < layout->labels->len; i++)
    if (strstr (g_array_index (layout->labels, PtChartLabel, i).text, "FFI") != NULL)
      caption = &g_array_index (layout->labels, PtChartLabel, i);
  g_assert_nonnull (caption);
  g_assert_cmpint (caption->role, ==, PT_CHART_TEXT_OUTCOME);
  pt_test_assert_contains (caption->text, "lower is better ↓");
  g_assert_cmpfloat (caption->y + caption->height, <=, panel->y);
  g_assert_cmpfloat (caption->y, >=, pain->y + pain->height);

  /* The first and latest totals, written as the patient's copy does. */
  g_assert_nonnull (find_label (layout, "53 %"));
  g_assert_nonnull (find_label (layout, "12 %"));
  g_assert_cmpint (find_label (layout, "12 %")->role, ==, PT_CHART_TEXT_OUTCOME);

  /* No label over another, none off the chart. */
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const PtChartLabel *a = &g_array_index (layout->labels, PtChartLabel, i);

      assert_inside (a, layout);
      for (guint j = i + 1; j < layout->labels->len; j++)
        {
          const PtChartLabel *b = &g_array_index (layout->labels, PtChartLabel, j);

          if (labels_overlap (a, b))
            g_error ("“%s” overlaps “%s”", a->text, b->text);
        }
    }

  /* The tooltip of the latest point; and a click near it finds it. */
  latest = g_ptr_array_index (items, items->len - 1);
  tooltip = pt_chart_layout_describe_item (layout, latest);
  g_date_clear (&day, 1);
  g_date_set_julian (&day, (guint32) latest->day);
  latest_day = pt_format_gdate (&day, PT_DATE_SHORT);
  expected = g_strdup_printf ("%s · FFI 12 %%", latest_day);
  g_assert_cmpstr (tooltip, ==, expected);
  g_assert_true (pt_chart_layout_hit_test (layout, latest->x + 2, latest->y + 1) == latest);
}

/* The chart in words names the measure and how it changed. */
static void
test_describe (PtTestFixture *f,
               gconstpointer  unused)
{
  g_autoptr(PtChartData) data = reference_data (f->store);
  g_autofree char *words = pt_chart_data_describe (data, PT_CHART_RECOVERY);

  g_assert_true (g_str_has_prefix (words, "Pain went from 7.5 to 2.25, down 70 %"));
  pt_test_assert_contains (words, "back to running 48 days after the first session.");
  pt_test_assert_contains (words, "Foot Function Index went from 49 % to 12 % over 7 reviews "
                                  "(lower is better), an important improvement.");
}

/* The line in the measure's colour, light and dark; the panel's middle
 * away from the line is background. */
static void
test_pixels (PtTestFixture *f,
             gconstpointer  dark)
{
  g_autoptr(PtChartData) data = reference_data (f->store);
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) items = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  PtChartStyle style;
  cairo_t *cr;

  if (dark != NULL)
    pt_chart_style_init_dark (&style);
  else
    pt_chart_style_init_light (&style);
  layout = pt_chart_layout_new (data, PT_CHART_RECOVERY, &style, NULL, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  pt_chart_layout_paint (layout, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  items = pt_chart_layout_find_items (layout, PT_CHART_ITEM_OUTCOME, -1);
  g_assert_cmpuint (items->len, >=, 2);
  for (guint i = 1; i < items->len; i++)
    {
      const PtChartItem *a = g_ptr_array_index (items, i - 1);
      const PtChartItem *b = g_ptr_array_index (items, i);
      /* Halfway between two points: the line joining them. */
      int x = (int) round ((a->x + b->x) / 2), y = (int) round ((a->y + b->y) / 2);

      if (b->x - a->x < 24)
        continue;   /* a session marker may cross there */
      g_assert_cmpint (pixel_distance (surface, x, y, &style.outcome), <=, 40);
    }
  cairo_surface_destroy (surface);
}

/* A patient without a measure: no panel, nothing of it; the chart is laid
 * out as before (running right under pain). */
static void
test_none (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *words = NULL;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = pt_test_chart_data_new (G_LIST_MODEL (s.pain), G_LIST_MODEL (s.sessions),
                                 G_LIST_MODEL (s.runs), G_LIST_MODEL (s.cross), 0, NULL, NULL,
                                 NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  items = pt_chart_layout_find_items (layout, PT_CHART_ITEM_OUTCOME, -1);
  words = pt_chart_data_describe (data, PT_CHART_RECOVERY);

  g_assert_false (data->has_outcome);
  g_assert_cmpuint (data->outcome->len, ==, 0);
  g_assert_cmpfloat (layout->outcome.rect.height, ==, 0);
  g_assert_null (layout->outcome.ticks);
  g_assert_cmpuint (items->len, ==, 0);
  g_assert_cmpuint (count_outcome_labels (layout), ==, 0);
  g_assert_cmpfloat (layout->lower.rect.y, ==,
                     layout->upper.rect.y + layout->upper.rect.height + 18);
  g_assert_null (strstr (words, "review"));
}

/* Too small a chart for a third panel: none, but the words still say it;
 * the load and patient charts never have one. */
static void
test_small_and_other_kinds (PtTestFixture *f,
                            gconstpointer  unused)
{
  g_autoptr(PtChartData) data = reference_data (f->store);
  g_autoptr(PtChartLayout) small = make_layout (data, PT_CHART_RECOVERY, 640, 200);
  g_autoptr(PtChartLayout) load = make_layout (data, PT_CHART_LOAD, WIDTH, HEIGHT);
  g_autoptr(PtChartLayout) patient = make_layout (data, PT_CHART_PATIENT, WIDTH, HEIGHT);
  g_autofree char *words = pt_chart_data_describe (data, PT_CHART_RECOVERY);
  PtChartLayout *layouts[] = { small, load, patient };

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      g_autoptr(GPtrArray) items = pt_chart_layout_find_items (layouts[i],
                                                               PT_CHART_ITEM_OUTCOME, -1);

      g_assert_cmpfloat (layouts[i]->outcome.rect.height, ==, 0);
      g_assert_cmpuint (items->len, ==, 0);
      g_assert_cmpuint (count_outcome_labels (layouts[i]), ==, 0);
    }
  pt_test_assert_contains (words, "Foot Function Index went from 49 % to 12 %");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  PT_TEST_ADD_WITH_STORE ("/render/outcome/data", test_data);
  PT_TEST_ADD_WITH_STORE ("/render/outcome/layout", test_layout);
  PT_TEST_ADD_WITH_STORE ("/render/outcome/describe", test_describe);
  g_test_add ("/render/outcome/pixels", PtTestFixture, NULL, pt_test_fixture_set_up,
              test_pixels, pt_test_fixture_tear_down);
  g_test_add ("/render/outcome/pixels/dark", PtTestFixture, GINT_TO_POINTER (1),
              pt_test_fixture_set_up, test_pixels, pt_test_fixture_tear_down);
  g_test_add_func ("/render/outcome/none", test_none);
  PT_TEST_ADD_WITH_STORE ("/render/outcome/small-and-other-kinds", test_small_and_other_kinds);

  return g_test_run ();
}
