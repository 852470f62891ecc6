/* test-chart-layout.c: where the charts put things, without pixels
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hand-made series go through the chart layout; every point, bar and
 * marker must land where the axes' own ticks say its value is (within half
 * a pixel), ticks must stay inside the plot without overlapping, the
 * percent label must be core's, and decimation must keep the extremes.
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "pt-analysis.h"
#include "pt-chart-layout.h"
#include "pt-date.h"
#include "pt-test-utils.h"

#define HALF_PIXEL 0.5
#define WIDTH 800
#define HEIGHT 480

static PtChartData *
make_data (PtTestSeries *s,
           const char   *from,
           const char   *to)
{
  g_autoptr(GError) error = NULL;
  PtChartData *data = pt_test_chart_data_new (G_LIST_MODEL (s->pain),
                                                      G_LIST_MODEL (s->sessions),
                                                      G_LIST_MODEL (s->runs),
                                                      G_LIST_MODEL (s->cross),
                                                      0, from, to, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
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

static int
julian (const char *date)
{
  GDate d;

  g_assert_true (pt_date_parse (date, &d));
  return (int) g_date_get_julian (&d);
}

/* The pixel the ticks imply for @value: interpolated between the first
 * and the last tick, as a reader of the chart would. */
static double
implied (GArray *ticks,
         double  value)
{
  const PtChartTick *a, *b;

  g_assert_cmpuint (ticks->len, >=, 2);
  a = &g_array_index (ticks, PtChartTick, 0);
  b = &g_array_index (ticks, PtChartTick, ticks->len - 1);
  return a->pos + (value - a->value) * (b->pos - a->pos) / (b->value - a->value);
}

static void
assert_near (double actual,
             double expected)
{
  if (fabs (actual - expected) > HALF_PIXEL)
    g_error ("%.3f is not within half a pixel of %.3f", actual, expected);
}

static GPtrArray *
items_of (PtChartLayout   *layout,
          PtChartItemKind  kind)
{
  return pt_chart_layout_find_items (layout, kind, -1);
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

/* Points, bars and markers ------------------------------------------------- */

static void
test_points_on_axes (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) pain = NULL;
  g_autoptr(GPtrArray) rest = NULL;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  pain = pt_chart_layout_find_items (layout, PT_CHART_ITEM_PAIN, PT_PAIN_CONTEXT_MORNING);
  rest = pt_chart_layout_find_items (layout, PT_CHART_ITEM_PAIN, PT_PAIN_CONTEXT_REST);

  g_assert_false (layout->empty);
  g_assert_cmpuint (pain->len, ==, 21);
  g_assert_cmpuint (rest->len, ==, 21);
  for (guint i = 0; i < pain->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (pain, i);
      const PtChartPain *day = &g_array_index (data->pain[item->series], PtChartPain, item->index);

      g_assert_cmpint (item->day, ==, day->day);
      g_assert_cmpfloat (item->value, ==, day->pain);
      assert_near (item->x, implied (layout->x_ticks, day->day + 0.5));
      assert_near (item->y, implied (layout->upper.ticks, day->pain));
    }

  /* The first morning score, by hand: 8 on 2026-02-04. */
  g_assert_cmpint (((PtChartItem *) g_ptr_array_index (pain, 0))->day, ==, julian ("2026-02-04"));
  g_assert_cmpfloat (((PtChartItem *) g_ptr_array_index (pain, 0))->value, ==, 8);
}

static void
test_bars_on_axes (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) running = NULL;
  g_autoptr(GPtrArray) cross = NULL;
  double zero;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  running = items_of (layout, PT_CHART_ITEM_RUNNING);
  cross = items_of (layout, PT_CHART_ITEM_CROSS_TRAINING);
  zero = implied (layout->lower.ticks, 0);

  g_assert_cmpuint (running->len, ==, 10);  /* 2026-04-20 to the week of 06-22 */
  g_assert_cmpuint (cross->len, ==, 10);  /* 2026-02-09 to the week of 04-13 */
  for (guint i = 0; i < running->len; i++)
    {
      const PtChartItem *bar = g_ptr_array_index (running, i);
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, bar->index);
      double left = implied (layout->x_ticks, week->start);
      double right = implied (layout->x_ticks, week->start + 7);

      g_assert_cmpfloat_with_epsilon (bar->value, week->distance_m / 1000, 1e-9);
      assert_near (bar->x, (left + right) / 2);
      g_assert_cmpfloat (bar->x0, >=, left - HALF_PIXEL);
      g_assert_cmpfloat (bar->x1, <=, right + HALF_PIXEL);
      g_assert_cmpfloat (bar->x1 - bar->x0, >, (right - left) / 2);
      assert_near (bar->y0, implied (layout->lower.ticks, bar->value));
      assert_near (bar->y1, zero);
    }

  for (guint i = 0; i < cross->len; i++)
    {
      const PtChartItem *bar = g_ptr_array_index (cross, i);

      /* Minutes hang down from the same zero line, on their own axis. */
      assert_near (bar->y0, zero);
      assert_near (bar->y1, pt_chart_scale_map (&layout->lower.y_down, bar->value));
      g_assert_cmpfloat (bar->y1, >, bar->y0);
      g_assert_cmpfloat (bar->y1, <=, layout->lower.rect.y + layout->lower.rect.height + HALF_PIXEL);
    }
}

static void
test_markers_on_axes (void)
{
  static const char *dates[] = { "2026-03-04", "2026-04-01", "2026-04-29" };
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) back = NULL;
  const PtChartItem *run;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  sessions = items_of (layout, PT_CHART_ITEM_SESSION);
  back = items_of (layout, PT_CHART_ITEM_BACK_TO_RUNNING);

  g_assert_cmpuint (sessions->len, ==, 3);
  for (guint i = 0; i < sessions->len; i++)
    {
      const PtChartItem *marker = g_ptr_array_index (sessions, i);
      g_autofree char *name = g_strdup_printf ("S%u", i + 1);
      g_autofree char *full = g_strdup_printf ("S%u · Dextrose", i + 1);
      const PtChartLabel *label = find_label (layout, full) ? find_label (layout, full)
                                                            : find_label (layout, name);

      g_assert_cmpint (marker->day, ==, julian (dates[i]));
      g_assert_cmpfloat (marker->value, ==, i + 1);
      assert_near (marker->x, implied (layout->x_ticks, julian (dates[i]) + 0.5));
      assert_near (marker->y0, layout->upper.rect.y);
      assert_near (marker->y1, layout->lower.rect.y + layout->lower.rect.height);
      g_assert_nonnull (label);
      assert_near (label->x + label->width / 2, marker->x);
      g_assert_cmpfloat (label->y + label->height, <=, marker->y0);
    }

  g_assert_cmpuint (back->len, ==, 1);
  run = g_ptr_array_index (back, 0);
  g_assert_cmpint (run->day, ==, julian ("2026-04-21"));
  g_assert_cmpfloat (run->value, ==, 48);
  assert_near (run->x, implied (layout->x_ticks, julian ("2026-04-21") + 0.5));
  g_assert_nonnull (find_label (layout, "Back to running · day 48"));
}

/* Ticks ---------------------------------------------------------------------- */

static void
assert_ticks_clean (PtChartLayout *layout)
{
  const PtChartRect *plot = &layout->upper.rect;
  const PtChartTick *previous = NULL;
  guint labelled = 0;

  for (guint i = 0; i < layout->x_ticks->len; i++)
    {
      const PtChartTick *tick = &g_array_index (layout->x_ticks, PtChartTick, i);

      g_assert_cmpfloat (tick->pos, >=, plot->x - HALF_PIXEL);
      g_assert_cmpfloat (tick->pos, <=, plot->x + plot->width + HALF_PIXEL);
      assert_near (tick->pos, pt_chart_scale_map (&layout->x, tick->value));
      if (tick->label[0] == '\0')
        continue;
      labelled++;
      g_assert_cmpfloat (tick->label_start, >=, 0);
      g_assert_cmpfloat (tick->label_end, <=, layout->width);
      if (previous != NULL)
        g_assert_cmpfloat (tick->label_start, >=, previous->label_end);
      previous = tick;
    }
  g_assert_cmpuint (labelled, >=, 2);

  for (guint i = 0; i < layout->upper.ticks->len; i++)
    {
      const PtChartTick *tick = &g_array_index (layout->upper.ticks, PtChartTick, i);

      g_assert_cmpfloat (tick->pos, >=, plot->y - HALF_PIXEL);
      g_assert_cmpfloat (tick->pos, <=, plot->y + plot->height + HALF_PIXEL);
      /* y grows downwards: each label sits wholly above the one before. */
      if (i > 0)
        g_assert_cmpfloat (tick->label_end, <=,
                           g_array_index (layout->upper.ticks, PtChartTick, i - 1).label_start);
    }
}

typedef struct
{
  const char     *first;
  const char     *last;
  PtChartTimeUnit unit;
} SpanCase;

static void
test_ticks_for_span (gconstpointer user_data)
{
  const SpanCase *span = user_data;
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;

  pt_test_series_init (&s);
  pt_test_series_add_pain (&s, span->first, PT_PAIN_CONTEXT_REST, 6);
  pt_test_series_add_pain (&s, span->last, PT_PAIN_CONTEXT_REST, 3);
  data = make_data (&s, NULL, NULL);

  for (int width = 400; width <= 1600; width += 600)
    {
      layout = make_layout (data, PT_CHART_RECOVERY, width, HEIGHT);
      assert_ticks_clean (layout);
      if (width == 1000)
        g_assert_cmpint (layout->time_unit, ==, span->unit);
      g_clear_pointer (&layout, pt_chart_layout_free);
    }
}

/* Months carry the locale's names, with the year on the first and on January. */
static void
test_month_labels (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GString) labels = g_string_new (NULL);

  pt_test_series_init (&s);
  pt_test_series_add_pain (&s, "2025-07-20", PT_PAIN_CONTEXT_REST, 6);
  pt_test_series_add_pain (&s, "2026-03-10", PT_PAIN_CONTEXT_REST, 3);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);

  g_assert_cmpint (layout->time_unit, ==, PT_CHART_TIME_MONTHS);
  for (guint i = 0; i < layout->x_ticks->len; i++)
    g_string_append_printf (labels, "%s|", g_array_index (layout->x_ticks, PtChartTick, i).label);
  g_assert_cmpstr (labels->str, ==, "Aug 2025|Sep|Oct|Nov|Dec|Jan 2026|Feb|Mar|");
}

/* The percent label and the reference lines ----------------------------------- */

static void
test_percent_label (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autofree char *expected = NULL;
  const PtChartItem *point;
  double percent;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  recovery = pt_recovery_compute (G_LIST_MODEL (s.pain), G_LIST_MODEL (s.sessions),
                                  G_LIST_MODEL (s.runs), G_LIST_MODEL (s.cross), 0, NULL,
                                  G_DATE_MONDAY);

  g_assert_true (pt_analysis_percent_change (recovery->baseline, recovery->latest, &percent));
  g_assert_cmpfloat_with_epsilon (percent, -70, 1e-9);
  expected = g_strdup_printf ("\u2212%.0f %%", fabs (percent));
  g_assert_cmpstr (layout->percent_label, ==, expected);
  g_assert_nonnull (find_label (layout, expected));

  latest = items_of (layout, PT_CHART_ITEM_LATEST);
  g_assert_cmpuint (latest->len, ==, 1);
  point = g_ptr_array_index (latest, 0);
  g_assert_cmpfloat (point->value, ==, recovery->latest);
  assert_near (point->y, implied (layout->upper.ticks, 2.25));
  assert_near (point->x, implied (layout->x_ticks, julian ("2026-06-24") + 0.5));

  assert_near (layout->baseline_y, implied (layout->upper.ticks, 7.5));
  assert_near (layout->moderate_y, implied (layout->upper.ticks, 7.5 * 0.7));
  assert_near (layout->substantial_y, implied (layout->upper.ticks, 7.5 * 0.5));
}

/* Decimation ------------------------------------------------------------------ */

static void
test_decimate (void)
{
  enum { N = 10000 };
  g_autofree double *x = g_new (double, N);
  g_autofree double *y = g_new (double, N);
  g_autofree guint *keep = g_new (guint, N);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gboolean has_min = FALSE, has_max = FALSE;
  guint n;

  for (guint i = 0; i < N; i++)
    {
      x[i] = i * 0.05;  /* 20 points per pixel column, 500 columns */
      y[i] = g_rand_double_range (rand, 3, 7);
    }
  y[4321] = 10;
  y[8765] = -1;

  n = pt_chart_decimate (x, y, N, keep);
  g_assert_cmpuint (n, <=, 4 * 500);
  g_assert_cmpuint (n, >=, 2 * 500);
  g_assert_cmpuint (keep[0], ==, 0);
  g_assert_cmpuint (keep[n - 1], ==, N - 1);
  for (guint k = 0; k < n; k++)
    {
      if (k > 0)
        g_assert_cmpuint (keep[k], >, keep[k - 1]);
      has_max |= keep[k] == 4321;
      has_min |= keep[k] == 8765;
    }
  g_assert_true (has_min && has_max);

  /* Sparse points are all kept. */
  for (guint i = 0; i < 10; i++)
    x[i] = i * 30;
  g_assert_cmpuint (pt_chart_decimate (x, y, 10, keep), ==, 10);
}

static void
test_decimated_ten_years (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) pain = NULL;
  double low = G_MAXDOUBLE, high = -G_MAXDOUBLE;

  pt_test_series_init (&s);
  pt_test_series_add_daily (&s, "2016-01-01", 3653);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  pain = items_of (layout, PT_CHART_ITEM_PAIN);

  g_assert_cmpuint (data->pain[PT_PAIN_CONTEXT_MORNING]->len, ==, 3653);
  g_assert_cmpuint (pain->len, <=, 4 * ((guint) layout->upper.rect.width + 2));
  for (guint i = 0; i < pain->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (pain, i);

      low = MIN (low, item->value);
      high = MAX (high, item->value);
      assert_near (item->y, implied (layout->upper.ticks, item->value));
    }
  g_assert_cmpfloat (low, ==, 0);
  g_assert_cmpfloat (high, ==, 10);
  g_assert_cmpint (layout->time_unit, ==, PT_CHART_TIME_YEARS);
}

/* Empty, load, span, units, hit-testing, words --------------------------------- */

static void
test_empty (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) recovery = NULL;
  g_autoptr(PtChartLayout) load = NULL;
  g_autofree char *words = NULL;

  pt_test_series_init (&s);
  pt_test_series_add_pain (&s, "2026-03-01", PT_PAIN_CONTEXT_REST, 5);
  data = make_data (&s, NULL, NULL);
  load = make_layout (data, PT_CHART_LOAD, WIDTH, HEIGHT);
  g_assert_true (load->empty);
  g_assert_cmpuint (load->items->len, ==, 0);
  pt_test_assert_contains (load->empty_hint, "Log runs");
  g_clear_pointer (&data, pt_chart_data_unref);

  pt_test_series_clear (&s);
  pt_test_series_init (&s);
  data = make_data (&s, NULL, NULL);
  recovery = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  g_assert_true (recovery->empty);
  g_assert_cmpuint (recovery->items->len, ==, 0);
  pt_test_assert_contains (recovery->empty_hint, "Record pain scores");
  g_assert_null (pt_chart_layout_hit_test (recovery, WIDTH / 2, HEIGHT / 2));
  words = pt_chart_data_describe (data, PT_CHART_RECOVERY);
  pt_test_assert_contains (words, "No pain scores");
}

static void
test_load (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) bars = NULL;
  g_autoptr(GPtrArray) ratio = NULL;
  guint over = 0;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_LOAD, WIDTH, HEIGHT);
  bars = items_of (layout, PT_CHART_ITEM_RUNNING);
  ratio = items_of (layout, PT_CHART_ITEM_RATIO);

  g_assert_false (layout->empty);
  g_assert_cmpuint (bars->len, ==, 10);
  for (guint i = 0; i < bars->len; i++)
    {
      const PtChartItem *bar = g_ptr_array_index (bars, i);
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, bar->index);
      g_autofree char *change = NULL;

      assert_near (bar->y, implied (layout->upper.ticks, week->distance_m / 1000));
      if (!week->over_ten_percent)
        continue;
      over++;
      change = g_strdup_printf ("+%.0f %%", round (week->change_pct));
      g_assert_nonnull (find_label (layout, change));
    }
  g_assert_cmpuint (over, >=, 1);

  /* No ratio before 28 days of running; after that, one a day (few enough
   * here not to be decimated), on the ratio axis. */
  g_assert_cmpuint (ratio->len, ==, data->last_day - julian ("2026-04-21") - 26);
  for (guint i = 0; i < ratio->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (ratio, i);

      g_assert_cmpint (item->day, >=, julian ("2026-04-21") + 27);
      assert_near (item->y, implied (layout->lower.ticks, item->value));
    }
}

static void
test_span_and_units (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) bars = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, "2026-03-20", "2026-05-31");
  data->unit = PT_DISTANCE_UNIT_MI;
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  sessions = items_of (layout, PT_CHART_ITEM_SESSION);
  bars = items_of (layout, PT_CHART_ITEM_RUNNING);

  /* S2 and S3 only, still numbered over the whole course; -70 % is the
   * whole course's, but its latest day is outside: no label. */
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpfloat (((PtChartItem *) g_ptr_array_index (sessions, 0))->value, ==, 2);
  g_assert_cmpstr (layout->percent_label, ==, "");
  g_assert_true (data->has_percent);
  for (guint i = 0; i < bars->len; i++)
    {
      const PtChartItem *bar = g_ptr_array_index (bars, i);
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, bar->index);

      g_assert_cmpfloat_with_epsilon (bar->value, week->distance_m / 1609.344, 1e-9);
    }

  g_assert_null (pt_test_chart_data_new (NULL, NULL, NULL, NULL, 0, "2026-13-01", NULL,
                                                 &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "from", "2026-13-01", NULL);
  g_clear_error (&error);
  g_assert_null (pt_test_chart_data_new (NULL, NULL, NULL, NULL, 0, "2026-05-01",
                                                 "2026-04-01", &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "to", "before", NULL);
}

static void
test_hit_test (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) pain = NULL;
  const PtChartItem *marker, *point, *hit;
  g_autofree char *tip = NULL;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  sessions = items_of (layout, PT_CHART_ITEM_SESSION);
  pain = pt_chart_layout_find_items (layout, PT_CHART_ITEM_PAIN, PT_PAIN_CONTEXT_MORNING);
  marker = g_ptr_array_index (sessions, 1);
  point = g_ptr_array_index (pain, 0);

  hit = pt_chart_layout_hit_test (layout, marker->x + 2, marker->y0 + 5);
  g_assert_true (hit == marker);
  tip = pt_chart_layout_describe_item (layout, hit);
  pt_test_assert_contains (tip, "S2");
  pt_test_assert_contains (tip, "1 Apr 2026");

  g_assert_true (pt_chart_layout_hit_test (layout, point->x + 1, point->y - 1) == point);
  g_clear_pointer (&tip, g_free);
  tip = pt_chart_layout_describe_item (layout, point);
  pt_test_assert_contains (tip, "pain 8");

  g_assert_null (pt_chart_layout_hit_test (layout, 1, 1));
}

static void
test_describe (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *load = NULL;
  g_autofree char *over = NULL;
  guint n_over = 0;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, NULL, NULL);
  recovery = pt_chart_data_describe (data, PT_CHART_RECOVERY);
  load = pt_chart_data_describe (data, PT_CHART_LOAD);

  g_assert_cmpstr (recovery, ==, "Pain went from 7.5 to 2.25, down 70 %, over 3 sessions in "
                                 "16 weeks; back to running 48 days after the first session.");
  for (guint i = 0; i < data->weeks->len; i++)
    n_over += g_array_index (data->weeks, PtChartWeek, i).over_ten_percent;
  over = g_strdup_printf ("; %u weeks rose more than 10 %%", n_over);
  pt_test_assert_contains (load, "Weekly running went from 6.1 to 2.6 km over 10 weeks");
  pt_test_assert_contains (load, over);
  pt_test_assert_contains (load, "acute:chronic workload ratio");
}

/* On a phone-sized chart every label inside the plot stays on the chart;
 * "Back to running" falls back to its short form rather than leave it. */
static void
test_narrow_labels (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  gboolean back = FALSE;

  pt_test_series_init (&s);
  pt_test_series_add_reference (&s);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_RECOVERY, 340, 400);

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const PtChartLabel *label = &g_array_index (layout->labels, PtChartLabel, i);

      if (label->role == PT_CHART_TEXT_TITLE)
        continue;   /* the title is cut with an ellipsis by design */
      g_assert_cmpfloat (label->x, >=, 0);
      g_assert_cmpfloat (label->x + label->width, <=, 340);
      if (label->role == PT_CHART_TEXT_BACK_TO_RUNNING)
        back = TRUE;
    }
  g_assert_true (back);
}

/* A step of 2.5 keeps its decimal in the labels: "2.5", not "2". */
static void
test_fractional_ticks (void)
{
  PtChartScale scale = { .d0 = 0, .d1 = 10, .p0 = 200, .p1 = 0 };
  /* Pango 1.50 has no autoptr for its context. */
  g_autoptr(GObject) map = G_OBJECT (pango_cairo_font_map_new ());
  g_autoptr(GObject) context = G_OBJECT (pango_font_map_create_context (PANGO_FONT_MAP (map)));
  g_autoptr(GObject) layout = G_OBJECT (pango_layout_new (PANGO_CONTEXT (context)));
  g_autoptr(GArray) ticks = pt_chart_value_ticks (&scale, 2.5, 0, PANGO_LAYOUT (layout));
  g_autoptr(GArray) whole = pt_chart_value_ticks (&scale, 2, 0, PANGO_LAYOUT (layout));

  g_assert_cmpuint (ticks->len, ==, 5);
  g_assert_cmpstr (g_array_index (ticks, PtChartTick, 1).label, ==, "2.5");
  g_assert_cmpstr (g_array_index (ticks, PtChartTick, 2).label, ==, "5.0");
  g_assert_cmpstr (g_array_index (whole, PtChartTick, 1).label, ==, "2");
}

/* A return after a gap: a ratio over a tiny 28-day average means nothing,
 * so there is none; a real spike past the axis's top of 3 is drawn at the
 * top, not off it, and keeps its value for the tooltip. */
static void
test_load_ratio_bounds (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) ratio = NULL;
  gboolean clamped = FALSE;
  char date[11];

  pt_test_series_init (&s);
  pt_test_series_add_session (&s, "2026-01-01");
  pt_test_series_add_run (&s, "2026-01-01", 20000);
  for (int day = 22; day <= 28; day++)
    {
      g_snprintf (date, sizeof date, "2026-01-%02d", day);
      pt_test_series_add_run (&s, date, 15000);
    }
  /* Nothing for ten weeks, then 3 km: 3 km over a 28-day average of 0.1 km
   * a day would be a ratio of 4. */
  pt_test_series_add_run (&s, "2026-04-10", 3000);
  data = make_data (&s, NULL, NULL);
  layout = make_layout (data, PT_CHART_LOAD, WIDTH, HEIGHT);
  ratio = items_of (layout, PT_CHART_ITEM_RATIO);

  g_assert_cmpuint (ratio->len, >, 0);
  for (guint i = 0; i < ratio->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (ratio, i);
      GDate april;

      g_assert_cmpfloat (item->y, >=, layout->lower.rect.y - HALF_PIXEL);
      g_assert_cmpfloat (item->y, <=, layout->lower.rect.y + layout->lower.rect.height + HALF_PIXEL);
      if (item->value > 3)
        {
          assert_near (item->y, layout->lower.rect.y);
          clamped = TRUE;
        }
      g_date_clear (&april, 1);
      g_date_set_dmy (&april, 1, G_DATE_APRIL, 2026);
      g_assert_cmpint (item->day, <, (int) g_date_get_julian (&april));
    }
  g_assert_true (clamped);
}

/* A session's pain before is a series of its own that counts (the
 * baseline is 7); its pain after is drawn as rings with a legend entry of
 * its own, and is not the latest pain. */
static void
test_session_pain (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtSession) session = NULL;
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  g_autoptr(GPtrArray) rings = NULL;
  gboolean ring_in_legend = FALSE;

  pt_test_series_init (&s);
  pt_test_series_add_session (&s, "2026-03-02");
  session = g_list_model_get_item (G_LIST_MODEL (s.sessions), 0);
  pt_session_set_pain_before (session, 7);
  pt_session_set_pain_after (session, 2);
  pt_test_series_add_pain (&s, "2026-03-20", PT_PAIN_CONTEXT_MORNING, 5);

  data = make_data (&s, NULL, NULL);
  g_assert_cmpuint (data->pain[PT_CHART_PAIN_BEFORE_SESSION]->len, ==, 1);
  g_assert_cmpuint (data->pain[PT_CHART_PAIN_AFTER_INJECTION]->len, ==, 1);
  g_assert_cmpfloat (g_array_index (data->pain[PT_CHART_PAIN_AFTER_INJECTION], PtChartPain,
                                    0).pain, ==, 2);
  g_assert_cmpfloat (data->baseline, ==, 7);
  g_assert_cmpfloat (data->latest, ==, 5);

  layout = make_layout (data, PT_CHART_RECOVERY, WIDTH, HEIGHT);
  rings = pt_chart_layout_find_items (layout, PT_CHART_ITEM_PAIN, PT_CHART_PAIN_AFTER_INJECTION);
  g_assert_cmpuint (rings->len, ==, 1);
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const PtChartLegendEntry *entry = &g_array_index (layout->legend, PtChartLegendEntry, i);

      if (entry->symbol == PT_CHART_SYMBOL_RING)
        {
          ring_in_legend = TRUE;
          pt_test_assert_contains (entry->label.text, "not counted");
        }
    }
  g_assert_true (ring_in_legend);
}

int
main (int   argc,
      char *argv[])
{
  static const SpanCase days = { "2026-03-01", "2026-03-10", PT_CHART_TIME_DAYS };
  static const SpanCase weeks = { "2026-03-01", "2026-05-10", PT_CHART_TIME_WEEKS };
  static const SpanCase year = { "2025-03-01", "2026-03-01", PT_CHART_TIME_MONTHS };
  static const SpanCase decade = { "2016-03-01", "2026-03-01", PT_CHART_TIME_YEARS };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/layout/points", test_points_on_axes);
  g_test_add_func ("/render/layout/bars", test_bars_on_axes);
  g_test_add_func ("/render/layout/markers", test_markers_on_axes);
  g_test_add_data_func ("/render/layout/ticks/ten-days", &days, test_ticks_for_span);
  g_test_add_data_func ("/render/layout/ticks/ten-weeks", &weeks, test_ticks_for_span);
  g_test_add_data_func ("/render/layout/ticks/one-year", &year, test_ticks_for_span);
  g_test_add_data_func ("/render/layout/ticks/ten-years", &decade, test_ticks_for_span);
  g_test_add_func ("/render/layout/ticks/month-labels", test_month_labels);
  g_test_add_func ("/render/layout/ticks/fractional", test_fractional_ticks);
  g_test_add_func ("/render/layout/narrow-labels", test_narrow_labels);
  g_test_add_func ("/render/layout/percent-label", test_percent_label);
  g_test_add_func ("/render/layout/decimate", test_decimate);
  g_test_add_func ("/render/layout/decimate/ten-years", test_decimated_ten_years);
  g_test_add_func ("/render/layout/empty", test_empty);
  g_test_add_func ("/render/layout/load", test_load);
  g_test_add_func ("/render/layout/span-and-units", test_span_and_units);
  g_test_add_func ("/render/layout/hit-test", test_hit_test);
  g_test_add_func ("/render/layout/describe", test_describe);
  g_test_add_func ("/render/layout/session-pain", test_session_pain);

  g_test_add_func ("/render/layout/load/ratio-bounds", test_load_ratio_bounds);

  return g_test_run ();
}
