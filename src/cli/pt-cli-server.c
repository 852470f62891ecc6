/* pt-cli-server.c: prolotrack-cli migrate and copy, for a clinic server
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

/* Opens one side of a copy: the source as it is, the target created when
 * it is a file. */
static PtStore *
open_side (PtCli       *cli,
           const char  *location,
           gboolean     create,
           GError     **error)
{
  PtStore *store = pt_store_open_full (location, create ? PT_STORE_OPEN_CREATE
                                                        : PT_STORE_OPEN_DEFAULT, error);

  if (store != NULL)
    pt_store_set_clinician (store, cli->clinician != NULL ? cli->clinician
                                                          : g_getenv ("PROLOTRACK_CLINICIAN"));
  return store;
}

int
pt_cli_cmd_copy (PtCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("The clinic to copy: a database file or a clinic server"), N_("FILE|ADDRESS") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("Where to: a new or empty database file, or an empty clinic server prepared with "
         "migrate (as its owner)"), N_("FILE|ADDRESS") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) source = NULL;
  g_autoptr(PtStore) target = NULL;
  g_autoptr(GArray) counts = NULL;

  if (!pt_cli_parse (cli, NULL, _("Copy a whole clinic, its records, settings and audit trail, "
                                  "between a database file and a clinic server (either way), "
                                  "and check each table’s rows and checksum on both sides. The "
                                  "target must hold no records."),
                     entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (from == NULL || to == NULL)
    {
      g_set_error (&error, PT_ERROR, PT_ERROR_INVALID,
                   _("Give both --from and --to (a database file or a clinic server’s address)"));
      return pt_cli_fail (cli, error);
    }

  if (!(source = open_side (cli, from, FALSE, &error)) ||
      !(target = open_side (cli, to, TRUE, &error)) ||
      !pt_store_copy (source, target, &counts, &error))
    return pt_cli_fail (cli, error);

  g_print (_("Copied %s to %s:\n"), pt_store_get_path (source), pt_store_get_path (target));
  for (guint i = 0; i < counts->len; i++)
    {
      const PtStoreCount *count = &g_array_index (counts, PtStoreCount, i);

      /* Translators: a table of a copied clinic, its number of rows, and
       * the start of its checksum (the same on both sides) */
      g_print (_("  %-16s %8lld rows  sha256 %.16s…\n"), count->table, (long long) count->rows,
               count->checksum);
    }
  return PT_CLI_EXIT_OK;
}
