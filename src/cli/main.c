/* main.c: prolotrack-cli, the clinic record without a display
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "pt-cli-private.h"

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  /* PROLOTRACK_LOCALEDIR: the catalogues of a build tree (<build>/po), for
   * build-aux/run and the tests, which run the program uninstalled. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PROLOTRACK_LOCALEDIR") != NULL
                                   ? g_getenv ("PROLOTRACK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  return pt_cli_run (argc, argv);
}
