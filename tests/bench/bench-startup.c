/* bench-startup.c: ProloTrack's side of the startup row
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real PtApplication, exactly as prolotrack does (same
 * application class, same activate, same window on --database DB), with
 * an observer outside the app: when the first window paints its first
 * frame it prints "first-frame MS" and quits (bench-frame.c); with
 * --hold S it stays S seconds and prints "rss-kib N" first. The one
 * difference from the real binary is G_APPLICATION_NON_UNIQUE, which the
 * bare reference window gets as well (no D-Bus round trip under Xvfb).
 *
 *   bench-startup [--hold S] --database DB
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "bench-frame.h"
#include "pt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PtApplication) app = NULL;
  guint hold = 0;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 2 && g_str_equal (argv[1], "--hold"))
    {
      hold = (guint) atoi (argv[2]);
      argv[2] = argv[0];
      argv += 2;
      argc -= 2;
    }

  app = pt_application_new ();
  bench_watch_startup (GTK_APPLICATION (app), hold);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
