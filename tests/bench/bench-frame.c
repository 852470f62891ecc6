/* bench-frame.c: first-frame and memory probes shared by the benchmarks
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bench-frame.h"

typedef struct
{
  GCallback  func;
  gpointer   user_data;
  gulong     handler;
  GdkFrameClock *clock;
} FrameWait;

gint64
bench_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "VmRSS:");
  return line != NULL ? g_ascii_strtoll (line + strlen ("VmRSS:"), NULL, 10) : -1;
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameWait     *wait)
{
  void (*func) (gpointer) = (void (*) (gpointer)) wait->func;

  g_signal_handler_disconnect (clock, wait->handler);
  func (wait->user_data);
  g_free (wait);
}

static void
realized_cb (GtkWidget *widget,
             FrameWait *wait)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, realized_cb, wait);
  wait->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), wait);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

void
bench_after_next_frame (GtkWidget *widget,
                        GCallback  func,
                        gpointer   user_data)
{
  FrameWait *wait = g_new0 (FrameWait, 1);

  wait->func = func;
  wait->user_data = user_data;

  if (gtk_widget_get_realized (widget))
    realized_cb (widget, wait);
  else
    g_signal_connect (widget, "realize", G_CALLBACK (realized_cb), wait);
}

static guint hold;

static gboolean
quit_cb (gpointer user_data)
{
  printf ("rss-kib %" G_GINT64_FORMAT "\n", bench_rss_kib ());
  fflush (stdout);
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (gpointer user_data)
{
  GtkApplication *app = user_data;
  const char *t0 = g_getenv ("BENCH_T0");
  gint64 start = t0 != NULL ? (gint64) (g_ascii_strtod (t0, NULL) * G_USEC_PER_SEC) : 0;

  printf ("first-frame %.1f\n", (g_get_real_time () - start) / 1000.0);
  fflush (stdout);

  if (hold > 0)
    g_timeout_add_seconds (hold, quit_cb, app);
  else
    g_application_quit (G_APPLICATION (app));
}

static void
store_taken_cb (GtkWindow      *window,
                GParamSpec     *pspec,
                GtkApplication *app)
{
  g_autoptr(GObject) store = NULL;

  g_object_get (window, "store", &store, NULL);
  if (store == NULL)
    return;
  g_signal_handlers_disconnect_by_func (window, store_taken_cb, app);
  bench_after_next_frame (GTK_WIDGET (window), G_CALLBACK (first_frame_cb), app);
}

/* The first frame with the clinic in it: a window that connects to a
 * clinic server in a worker (PtWindow:store still NULL, "Connecting…"
 * on screen) is waited for until it has its store. */
static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  g_autoptr(GObject) store = NULL;

  g_signal_handlers_disconnect_by_func (app, window_added_cb, NULL);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (window), "store") != NULL)
    g_object_get (window, "store", &store, NULL);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (window), "store") != NULL &&
      store == NULL)
    {
      g_signal_connect (window, "notify::store", G_CALLBACK (store_taken_cb), app);
      return;
    }
  bench_after_next_frame (GTK_WIDGET (window), G_CALLBACK (first_frame_cb), app);
}

void
bench_watch_startup (GtkApplication *app,
                     guint           hold_seconds)
{
  hold = hold_seconds;
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
}
