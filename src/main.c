/* main.c: starts ProloTrack
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "pt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PtApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* PROLOTRACK_LOCALEDIR: the catalogues of a build tree (<build>/po), for
   * build-aux/run and the tests, which run the program uninstalled. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PROLOTRACK_LOCALEDIR") != NULL
                                   ? g_getenv ("PROLOTRACK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pt_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
