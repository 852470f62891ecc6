/* pt-cli-server.c: prolotrack-cli migrate, preparing a clinic server
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-cli-private.h"
#include "pt-error.h"

int
pt_cli_cmd_migrate (PtCli  *cli,
                    int     argc,
                    char  **argv)
{
  g_autofree char *grant = NULL;
  GOptionEntry entries[] = {
    { "grant", 0, 0, G_OPTION_ARG_STRING, &grant,
      N_("Let this role, the workstations’ login, read and write the records (not change the "
         "tables, nor delete the audit trail)"), N_("ROLE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  const char *location;
  guint from = 0;

  if (!pt_cli_parse (cli, NULL, _("Make or update the ProloTrack tables of a clinic server "
                                  "(PostgreSQL), connected as the database’s owner. A database "
                                  "file needs none: it is updated when it is opened."),
                     entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  location = cli->database != NULL ? cli->database : g_getenv ("PROLOTRACK_DATABASE");
  if (location == NULL || *location == '\0')
    {
      g_set_error (&error, PT_ERROR, PT_ERROR_INVALID,
                   _("Give the clinic server with --database postgresql://OWNER@HOST/DATABASE "
                     "(or a libpq service=NAME)"));
      return pt_cli_fail (cli, error);
    }

  if (!pt_store_migrate_server (location, grant, &from, &error))
    return pt_cli_fail (cli, error);

  if (from == pt_store_get_schema_version ())
    g_print (_("The clinic server’s tables are up to date (format %u).\n"), from);
  else if (from == 0)
    g_print (_("Made the ProloTrack tables (format %u).\n"), pt_store_get_schema_version ());
  else
    g_print (_("Updated the ProloTrack tables from format %u to %u.\n"), from,
             pt_store_get_schema_version ());
  if (grant != NULL)
    g_print (_("The role “%s” may now read and write the records.\n"), grant);
  return PT_CLI_EXIT_OK;
}
