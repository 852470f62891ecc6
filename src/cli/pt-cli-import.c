/* pt-cli-import.c: import-csv
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>

#include "pt-cli-private.h"
#include "pt-csv-export.h"
#include "pt-csv-import.h"
#include "pt-error.h"
#include "pt-export-file.h"

typedef struct
{
  char     *patient;
  char     *table;
  char     *separator;
  char     *rejects;
  char    **map;
  gboolean  dry_run;
  gboolean  keep_good;
  gboolean  decimal_comma;
} CsvOptions;

static void
csv_options_clear (CsvOptions *options)
{
  g_free (options->patient);
  g_free (options->table);
  g_free (options->separator);
  g_free (options->rejects);
  g_strfreev (options->map);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CsvOptions, csv_options_clear)

/* Applies the options that need no database; exit code 2 on a bad one. */
static int
configure (PtCli        *cli,
           CsvOptions   *options,
           PtCsvImport **import)
{
  g_autofree char *tables = pt_csv_table_list_names ();
  PtCsvTable table;
  char separator = 0;

  if (options->table == NULL)
    return pt_cli_usage_error (cli, _("--table is required (one of: %s)"), tables);
  if (!pt_csv_table_from_name (options->table, &table) || table == PT_CSV_TABLE_ALL)
    return pt_cli_usage_error (cli, _("--table: “%s” is not one of: %s, except all"),
                               options->table, tables);

  if (options->separator != NULL)
    {
      if (g_str_equal (options->separator, ",") || g_str_equal (options->separator, "comma"))
        separator = ',';
      else if (g_str_equal (options->separator, ";") ||
               g_str_equal (options->separator, "semicolon"))
        separator = ';';
      else
        return pt_cli_usage_error (cli, _("--separator must be , or ; (got “%s”)"),
                                   options->separator);
    }

  if (options->rejects != NULL && !options->keep_good)
    return pt_cli_usage_error (cli, _("--rejects goes with --keep-good"));

  *import = pt_csv_import_new (pt_csv_table_get_record_type (table));
  pt_csv_import_set_separator (*import, separator);
  pt_csv_import_set_decimal_comma (*import, options->decimal_comma);
  pt_csv_import_set_keep_good (*import, options->keep_good);
  pt_csv_import_set_dry_run (*import, options->dry_run);

  for (guint i = 0; options->map != NULL && options->map[i] != NULL; i++)
    {
      const char *equals = strchr (options->map[i], '=');
      g_autofree char *header = NULL;

      if (equals == NULL || equals == options->map[i])
        {
          g_clear_pointer (import, pt_csv_import_free);
          return pt_cli_usage_error (cli, _("--map takes HEADER=FIELD, or HEADER= to leave "
                                            "a column out (got “%s”)"), options->map[i]);
        }
      header = g_strndup (options->map[i], (gsize) (equals - options->map[i]));
      pt_csv_import_map_column (*import, header, equals[1] != '\0' ? equals + 1 : NULL);
    }

  return PT_CLI_EXIT_OK;
}

/* "runs.csv" becomes "runs-refused.csv", beside it. */
static char *
default_rejects_path (const char *input)
{
  g_autofree char *stem = g_str_has_suffix (input, ".csv")
                          ? g_strndup (input, strlen (input) - 4) : g_strdup (input);

  return g_strconcat (stem, "-refused.csv", NULL);
}

static void
print_preview (PtCsvImport *import,
               const char  *name,
               gboolean     written)
{
  const char * const *messages = pt_csv_import_get_messages (import);
  guint64 added = pt_csv_import_get_n_added (import);
  guint64 duplicates = pt_csv_import_get_n_duplicates (import);
  guint64 refused = pt_csv_import_get_n_refused (import);

  for (guint i = 0; messages[i] != NULL; i++)
    g_printerr ("%s: %s\n", name, messages[i]);
  if (refused > PT_CSV_IMPORT_MAX_MESSAGES)
    g_printerr (_("%s: … and %llu more refused rows\n"), name,
                (unsigned long long) (refused - PT_CSV_IMPORT_MAX_MESSAGES));

  /* Translators: the preview of an import: to add, duplicates, refused */
  g_print (_("%s: %llu to add, %llu already recorded, %llu refused\n"), name,
           (unsigned long long) added, (unsigned long long) duplicates,
           (unsigned long long) refused);
  if (written)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %llu record\n", "Imported %llu records\n",
                          (gulong) MIN (added, G_MAXULONG)),
             (unsigned long long) added);
  else
    g_print (_("Nothing was written\n"));
}

int
pt_cli_cmd_import_csv (PtCli  *cli,
                       int     argc,
                       char  **argv)
{
  g_auto(CsvOptions) options = { 0 };
  GOptionEntry entries[] = {
    { "table", 0, 0, G_OPTION_ARG_STRING, &options.table,
      N_("What the file holds: patients, conditions, sessions, pain, shoes, runs or cross"),
      N_("TABLE") },
    { "patient", 0, 0, G_OPTION_ARG_STRING, &options.patient,
      N_("The patient the rows belong to (an id or a record number; default: each row’s "
         "patient_id or patient_record_number)"), N_("PATIENT") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options.dry_run,
      N_("Check every row and show what would be imported; write nothing"), NULL },
    { "keep-good", 0, 0, G_OPTION_ARG_NONE, &options.keep_good,
      N_("Import the good rows and write the refused ones, with the reason, to a file "
         "(default: nothing is imported when a row is refused)"), NULL },
    { "rejects", 0, 0, G_OPTION_ARG_FILENAME, &options.rejects,
      N_("Where --keep-good writes the refused rows (default: FILE-refused.csv)"), N_("FILE") },
    { "separator", 0, 0, G_OPTION_ARG_STRING, &options.separator,
      N_("The cell separator, , or ; (default: the one the header row uses)"), N_("SEP") },
    { "decimal-comma", 0, 0, G_OPTION_ARG_NONE, &options.decimal_comma,
      N_("Numbers are written with a decimal comma (12,5)"), NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.map,
      N_("Read the column HEADER as FIELD (distance_km, date, ...), or leave it out with "
         "HEADER=; may be repeated"), N_("HEADER=FIELD") },
    { NULL }
  };
  g_autoptr(PtCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(PtExportFile) rejects_file = NULL;
  g_autoptr(GOutputStream) rejects = NULL;
  g_autofree char *rejects_path = NULL;
  g_autofree char *name = NULL;
  gint64 patient_id = 0;
  gboolean ok;
  int status;

  if (!pt_cli_parse (cli, "FILE",
                     _("Import records of one type from a CSV file: the columns that "
                       "export-csv writes, or others mapped with --map. Every row is checked "
                       "like a typed record; refused rows are listed with their row and "
                       "column. Exit status 2 when rows are refused."),
                     entries, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  status = configure (cli, &options, &import);
  if (status != PT_CLI_EXIT_OK)
    return status;

  file = g_file_new_for_commandline_arg (argv[1]);
  name = g_file_get_basename (file);
  if (!(input = g_file_read (file, NULL, &error)))
    return pt_cli_fail (cli, error);

  /* A clinic moving its records in starts from a new database. */
  if (!(store = pt_cli_open_store (cli, TRUE, &error)) ||
      ((options.patient != NULL || cli->record_option != NULL) &&
       !pt_cli_find_patient (cli, store, options.patient, &patient_id, &error)))
    return pt_cli_fail (cli, error);
  pt_csv_import_set_patient (import, patient_id);

  if (options.keep_good && !options.dry_run)
    {
      rejects_path = options.rejects != NULL ? g_strdup (options.rejects)
                                             : default_rejects_path (argv[1]);
      rejects_file = pt_export_file_new (rejects_path, _("the refused rows were not written"),
                                         &error);
      if (rejects_file == NULL)
        return pt_cli_fail (cli, error);
      rejects = g_unix_output_stream_new (rejects_file->fd, FALSE);
      pt_csv_import_set_rejects (import, rejects);
    }

  ok = pt_csv_import_run (import, store, G_INPUT_STREAM (input), name, NULL, &error);

  if (!ok && pt_csv_import_get_n_refused (import) == 0 &&
      pt_csv_import_get_n_added (import) == 0 && pt_csv_import_get_n_duplicates (import) == 0)
    return pt_cli_fail (cli, error);

  print_preview (import, name, !options.dry_run && (ok || options.keep_good));

  if (rejects_file != NULL && pt_csv_import_get_n_refused (import) > 0)
    {
      g_autoptr(GError) write_error = NULL;

      if (!g_output_stream_flush (rejects, NULL, &write_error) ||
          !pt_export_file_finish (rejects_file, &write_error) ||
          !pt_export_file_commit (rejects_file, &write_error))
        return pt_cli_fail (cli, write_error);
      g_print (_("The refused rows, with the reason for each, are in %s\n"), rejects_path);
    }

  if (!ok)
    return pt_cli_fail (cli, error);
  return PT_CLI_EXIT_OK;
}
