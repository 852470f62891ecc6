/* test-chart-render.c: a few pixels of rendered charts, and the CLI's files
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No pixel goldens: the layout says where a session marker is, and the
 * image must carry the marker's colour there; a place with nothing on it
 * must stay the background. prolotrack-cli chart must write real PNG, SVG
 * and PDF files and refuse bad sizes and extensions with exit status 2.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "pt-chart-layout.h"
#include "pt-test-utils.h"

#define WIDTH 900
#define HEIGHT 500

typedef struct
{
  PtTestSeries     series;
  PtChartData     *data;
  PtChartStyle     style;
  PtChartLayout   *layout;
  cairo_surface_t *surface;
} Render;

static void
render_set_up (Render        *r,
               gconstpointer  dark)
{
  cairo_t *cr;

  pt_test_series_init (&r->series);
  pt_test_series_add_reference (&r->series);
  r->data = pt_test_chart_data_new (G_LIST_MODEL (r->series.pain),
                                            G_LIST_MODEL (r->series.sessions),
                                            G_LIST_MODEL (r->series.runs),
                                            G_LIST_MODEL (r->series.cross), 0, NULL, NULL, NULL);
  if (dark != NULL)
    pt_chart_style_init_dark (&r->style);
  else
    pt_chart_style_init_light (&r->style);
  r->layout = pt_chart_layout_new (r->data, PT_CHART_RECOVERY, &r->style, NULL, WIDTH, HEIGHT);
  r->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (r->surface);
  pt_chart_layout_paint (r->layout, cr);
  cairo_destroy (cr);
  cairo_surface_flush (r->surface);
}

static void
render_tear_down (Render        *r,
                  gconstpointer  dark)
{
  g_clear_pointer (&r->surface, cairo_surface_destroy);
  g_clear_pointer (&r->layout, pt_chart_layout_free);
  g_clear_pointer (&r->data, pt_chart_data_unref);
  pt_test_series_clear (&r->series);
}

/* How far the pixel at (@x, @y) is from @color, 0-255 per channel (max). */
static int
pixel_distance (cairo_surface_t    *surface,
                int                 x,
                int                 y,
                const PtChartColor *color)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  return MAX (MAX (abs (r - (int) round (color->red * 255)),
                   abs (g - (int) round (color->green * 255))),
              abs (b - (int) round (color->blue * 255)));
}

static void
test_session_marker_colour (Render        *r,
                            gconstpointer  dark)
{
  g_autoptr(GPtrArray) sessions = pt_chart_layout_find_items (r->layout, PT_CHART_ITEM_SESSION, -1);
  /* High in the pain panel (pain 9.5): above every score of the series. */
  int y = (int) round (pt_chart_scale_map (&r->layout->upper.y, 9.5));

  g_assert_cmpuint (sessions->len, ==, 3);
  for (guint i = 0; i < sessions->len; i++)
    {
      const PtChartItem *marker = g_ptr_array_index (sessions, i);
      int x = (int) floor (marker->x);
      int best = 255;

      /* The 2-pixel line covers the pixel column the marker's x falls in. */
      for (int dx = -1; dx <= 0; dx++)
        best = MIN (best, pixel_distance (r->surface, x + dx, y, &r->style.session));
      g_assert_cmpint (best, <=, 40);

      /* Beside the marker, the panel is background again. */
      g_assert_cmpint (pixel_distance (r->surface, x + 12, y, &r->style.background), ==, 0);
    }
}

static void
test_empty_area_is_background (Render        *r,
                               gconstpointer  dark)
{
  const PtChartRect *plot = &r->layout->upper.rect;
  /* Pain 9: between the grid lines at 8 and 10, above the data; halfway
   * between two date ticks, left of the first session. */
  int y = (int) round (pt_chart_scale_map (&r->layout->upper.y, 9));
  const PtChartTick *a = &g_array_index (r->layout->x_ticks, PtChartTick, 0);
  const PtChartTick *b = &g_array_index (r->layout->x_ticks, PtChartTick, 1);
  int x = (int) round ((a->pos + b->pos) / 2);

  g_assert_cmpfloat (x, >, plot->x);
  for (int dy = -3; dy <= 3; dy++)
    for (int dx = -3; dx <= 3; dx++)
      g_assert_cmpint (pixel_distance (r->surface, x + dx, y + dy, &r->style.background), ==, 0);
}

static void
test_empty_state_paints_message (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  PtChartStyle style;
  guint inked = 0;
  cairo_t *cr;

  pt_test_series_init (&s);
  data = pt_test_chart_data_new (G_LIST_MODEL (s.pain), NULL, NULL, NULL, 0,
                                         NULL, NULL, NULL);
  pt_chart_style_init_light (&style);
  layout = pt_chart_layout_new (data, PT_CHART_RECOVERY, &style, NULL, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  pt_chart_layout_paint (layout, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Text across the middle band; the corners stay background. */
  for (int y = HEIGHT / 2 - 40; y < HEIGHT / 2 + 40; y++)
    for (int x = 0; x < WIDTH; x++)
      inked += pixel_distance (surface, x, y, &style.background) > 64;
  g_assert_cmpuint (inked, >, 200);
  g_assert_cmpint (pixel_distance (surface, 5, HEIGHT - 5, &style.background), ==, 0);

  /* The explanation is wrapped to a column in the middle: nothing of it
   * reaches the sides (it used to run on one line past the right edge). */
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < 150; x++)
      {
        g_assert_cmpint (pixel_distance (surface, x, y, &style.background), ==, 0);
        g_assert_cmpint (pixel_distance (surface, WIDTH - 1 - x, y, &style.background), ==, 0);
      }
  g_assert_cmpint (pixel_distance (surface, WIDTH - 5, 5, &style.background), ==, 0);
  cairo_surface_destroy (surface);
}

/* The colour inside the percent pill, left of its text, for a series
 * whose pain goes from @baseline to @latest. */
static int
percent_pill_distance (double              baseline,
                       double              latest,
                       const PtChartColor *(*pick) (const PtChartStyle *style))
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtChartData) data = NULL;
  g_autoptr(PtChartLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  const PtChartLabel *pill = NULL;
  PtChartStyle style;
  cairo_t *cr;
  int distance;

  pt_test_series_init (&s);
  pt_test_series_add_pain (&s, "2026-03-01", PT_PAIN_CONTEXT_MORNING, baseline);
  pt_test_series_add_session (&s, "2026-03-02");
  pt_test_series_add_pain (&s, "2026-04-01", PT_PAIN_CONTEXT_MORNING, latest);
  data = pt_test_chart_data_new (G_LIST_MODEL (s.pain), G_LIST_MODEL (s.sessions),
                                         NULL, NULL, 0, NULL, NULL, NULL);
  pt_chart_style_init_light (&style);
  layout = pt_chart_layout_new (data, PT_CHART_RECOVERY, &style, NULL, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  pt_chart_layout_paint (layout, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (guint i = 0; i < layout->labels->len; i++)
    if (g_array_index (layout->labels, PtChartLabel, i).role == PT_CHART_TEXT_PERCENT)
      pill = &g_array_index (layout->labels, PtChartLabel, i);
  g_assert_nonnull (pill);

  /* The pill reaches 8 px left of the text. */
  distance = pixel_distance (surface, (int) floor (pill->x) - 4,
                             (int) round (pill->y + pill->height / 2), pick (&style));
  cairo_surface_destroy (surface);
  return distance;
}

static const PtChartColor *pick_improvement (const PtChartStyle *s) { return &s->improvement; }
static const PtChartColor *pick_dim (const PtChartStyle *s) { return &s->dim; }
static const PtChartColor *pick_worse (const PtChartStyle *s) { return &s->over_rule; }

/* -70 % and -35 % are green, -6 % (8.5 to 8, no clinical change) and +20 %
 * grey, +50 % red: the 30 % and 50 % thresholds, not the sign. */
static void
test_percent_colour (void)
{
  g_assert_cmpint (percent_pill_distance (8, 2.4, pick_improvement), <=, 8);
  g_assert_cmpint (percent_pill_distance (8, 5.2, pick_improvement), <=, 8);
  g_assert_cmpint (percent_pill_distance (8.5, 8, pick_dim), <=, 8);
  g_assert_cmpint (percent_pill_distance (5, 6, pick_dim), <=, 8);
  g_assert_cmpint (percent_pill_distance (4, 6, pick_worse), <=, 8);
}

/* The CLI --------------------------------------------------------------------- */

typedef struct
{
  char *dir;
  char *db;
} Cli;

static void
cli_set_up (Cli           *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;

  f->dir = pt_test_make_tmp_dir ();
  f->db = g_build_filename (f->dir, "clinic.db", NULL);
  store = pt_store_open (f->db, &error);
  g_assert_no_error (error);
  pt_test_add_patient_with_records (store, "Jane Doe", "PT-1", &(PtTestPatientIds) { 0 });
}

static void
cli_tear_down (Cli           *f,
               gconstpointer  data)
{
  pt_test_remove_tmp_dir (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

/* prolotrack-cli --database DB chart PT-1 ARGS... -o DIR/@file */
static int
run_chart (Cli        *f,
           const char *file,
           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  const char *arg;
  va_list args;
  int status;

  g_ptr_array_add (argv, g_strdup (g_getenv ("PROLOTRACK_CLI")));
  g_ptr_array_add (argv, g_strdup ("--database"));
  g_ptr_array_add (argv, g_strdup (f->db));
  g_ptr_array_add (argv, g_strdup ("chart"));
  g_ptr_array_add (argv, g_strdup ("PT-1"));
  g_ptr_array_add (argv, g_strdup ("-o"));
  g_ptr_array_add (argv, g_build_filename (f->dir, file, NULL));
  va_start (args, file);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
assert_file_starts (Cli        *f,
                    const char *file,
                    const char *magic,
                    gsize       length)
{
  g_autofree char *path = g_build_filename (f->dir, file, NULL);
  g_autoptr(GBytes) bytes = pt_test_read_file (path);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 1000);
  g_assert_cmpmem (data, length, magic, length);
}

static void
test_cli_writes_files (Cli           *f,
                       gconstpointer  data)
{
  g_assert_cmpint (run_chart (f, "chart.png", "--width", "640", "--height", "360", NULL), ==, 0);
  assert_file_starts (f, "chart.png", "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpint (run_chart (f, "chart.svg", "--kind", "load", NULL), ==, 0);
  assert_file_starts (f, "chart.svg", "<?xml", 5);
  g_assert_cmpint (run_chart (f, "chart.PDF", "--units", "mi", NULL), ==, 0);
  assert_file_starts (f, "chart.PDF", "%PDF-", 5);
}

static void
test_cli_refuses_bad_input (Cli           *f,
                            gconstpointer  data)
{
  static const char *bad[][3] = {
    { "--width", "0", NULL },
    { "--width", "20000", NULL },
    { "--height", "99", NULL },
    { "--height", "tall", NULL },
    { "--kind", "pie", NULL },
    { "--units", "furlongs", NULL },
    { "--from", "2026-02-30", NULL },
  };
  g_autofree char *png = g_build_filename (f->dir, "chart.png", NULL);
  g_autofree char *jpg = g_build_filename (f->dir, "chart.jpg", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_cmpint (run_chart (f, "chart.png", bad[i][0], bad[i][1], NULL), ==, 2);
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }

  g_assert_cmpint (run_chart (f, "chart.jpg", NULL), ==, 2);
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/png/session-marker-colour", Render, NULL, render_set_up,
              test_session_marker_colour, render_tear_down);
  g_test_add ("/render/png/session-marker-colour/dark", Render, GINT_TO_POINTER (1),
              render_set_up, test_session_marker_colour, render_tear_down);
  g_test_add ("/render/png/empty-area-is-background", Render, NULL, render_set_up,
              test_empty_area_is_background, render_tear_down);
  g_test_add ("/render/png/empty-area-is-background/dark", Render, GINT_TO_POINTER (1),
              render_set_up, test_empty_area_is_background, render_tear_down);
  g_test_add_func ("/render/png/empty-state", test_empty_state_paints_message);
  g_test_add_func ("/render/png/percent-colour", test_percent_colour);
  g_test_add ("/render/cli/writes-files", Cli, NULL, cli_set_up, test_cli_writes_files,
              cli_tear_down);
  g_test_add ("/render/cli/refuses-bad-input", Cli, NULL, cli_set_up, test_cli_refuses_bad_input,
              cli_tear_down);

  return g_test_run ();
}
