/* bench-bare-window.c: the reference of the startup row
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The least a libadwaita app can show: an AdwApplication with one
 * AdwApplicationWindow holding a header bar, at the size ProloTrack's
 * window opens at (the window-width and window-height defaults in
 * data/io.github.prolotrack.ProloTrack.gschema.xml). Prints "first-frame MS" when its first frame is painted and
 * quits (bench-frame.c); with --hold S, stays S seconds and prints
 * "rss-kib N" first.
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "bench-frame.h"

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.prolotrack.BenchBare",
                                                       G_APPLICATION_DEFAULT_FLAGS);
  guint hold = argc > 2 && g_str_equal (argv[1], "--hold") ? (guint) atoi (argv[2]) : 0;

  bench_watch_startup (GTK_APPLICATION (app), hold);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
