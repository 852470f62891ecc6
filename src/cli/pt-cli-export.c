/* pt-cli-export.c: export-csv
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <unistd.h>

#include "pt-cli-private.h"
#include "pt-csv-export.h"
#include "pt-enums.h"
#include "pt-error.h"

typedef struct
{
  char *patient;
  char *table;
  char *units;
  char *output;
} ExportOptions;

static void
export_options_clear (ExportOptions *options)
{
  g_free (options->patient);
  g_free (options->table);
  g_free (options->units);
  g_free (options->output);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

/* Checks the options that need no database; exit code 2 on a bad one. */
static int
check_options (PtCli          *cli,
               ExportOptions  *options,
               PtCsvTable     *table,
               int            *units)
{
  g_autofree char *tables = pt_csv_table_list_names ();
  g_autoptr(GError) error = NULL;

  if (options->table == NULL)
    return pt_cli_usage_error (cli, _("--table is required (one of: %s)"), tables);
  if (!pt_csv_table_from_name (options->table, table))
    return pt_cli_usage_error (cli, _("--table: “%s” is not one of: %s"), options->table, tables);
  if (options->units != NULL &&
      !pt_cli_parse_enum ("units", PT_TYPE_DISTANCE_UNIT, options->units, units, &error))
    return pt_cli_fail (cli, error);
  if (options->output == NULL || *options->output == '\0')
    return pt_cli_usage_error (cli, _("-o is required: a file, a folder, or - for the "
                                      "standard output"));
  if (*table == PT_CSV_TABLE_ALL && g_str_equal (options->output, "-"))
    return pt_cli_usage_error (cli, _("--table all writes one file per table: give a folder "
                                      "with -o, not -"));

  return PT_CLI_EXIT_OK;
}

int
pt_cli_cmd_export_csv (PtCli  *cli,
                       int     argc,
                       char  **argv)
{
  g_auto(ExportOptions) options = { NULL, NULL, NULL, NULL };
  GOptionEntry entries[] = {
    { "patient", 0, 0, G_OPTION_ARG_STRING, &options.patient,
      N_("Only this patient (an id or a record number; default: the whole clinic)"),
      N_("PATIENT") },
    { "table", 0, 0, G_OPTION_ARG_STRING, &options.table,
      N_("What to export: patients, conditions, sessions, pain, shoes, runs, cross, or all "
         "(one file per table into a folder)"), N_("TABLE") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &options.units,
      N_("Distance unit: km (default) or mi"), N_("UNIT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("The file to write, a folder (for all, or to get TABLE.csv in it), or - for the "
         "standard output"), N_("FILE|DIR|-") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  PtCsvTable table = PT_CSV_TABLE_RUNS;
  int units = PT_DISTANCE_UNIT_KM;  /* an int for pt_cli_parse_enum */
  gint64 patient_id = 0;
  guint64 n_rows = 0;
  int status;

  if (!pt_cli_parse (cli, NULL,
                     _("Export records as CSV (RFC 4180, UTF-8) for a spreadsheet, for one "
                       "patient or the whole clinic."), entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  status = check_options (cli, &options, &table, &units);
  if (status != PT_CLI_EXIT_OK)
    return status;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      ((options.patient != NULL || cli->record_option != NULL) &&
       !pt_cli_find_patient (cli, store, options.patient, &patient_id, &error)))
    return pt_cli_fail (cli, error);

  if (g_str_equal (options.output, "-"))
    {
      if (!pt_csv_export_to_fd (store, table, patient_id, units, STDOUT_FILENO,
                                _("the standard output"), &n_rows, NULL, &error))
        return pt_cli_fail (cli, error);
    }
  else
    {
      g_autoptr(GFile) dest = g_file_new_for_commandline_arg (options.output);

      if (!pt_csv_export_table (store, table, patient_id, units, dest, &n_rows, NULL, &error))
        return pt_cli_fail (cli, error);

      g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %llu row to %s\n",
                            "Exported %llu rows to %s\n", (gulong) n_rows),
               (unsigned long long) n_rows, options.output);
    }

  {
    /* Translators: the audit trail's note of a CSV export: table, rows, file */
    g_autofree char *detail = g_strdup_printf (_("%s as CSV, %llu rows, to %s"), options.table,
                                               (unsigned long long) n_rows, options.output);

    if (!pt_cli_audit_event (cli, store, PT_AUDIT_EXPORT, patient_id, detail, &error))
      return pt_cli_fail (cli, error);
  }

  return PT_CLI_EXIT_OK;
}
