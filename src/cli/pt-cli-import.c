/* pt-cli-import.c: import (activity files) and import-csv
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
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-export-file.h"
#include "pt-format.h"
#include "pt-workout-import.h"

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

  /* A clinic moving its records in starts a new database with its
   * patients; other records need those patients, so a database that
   * does not exist yet is not made for them. */
  if (!(store = pt_cli_open_store (cli, g_str_equal (options.table, "patients"), &error)) ||
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

  if (!ok && pt_csv_import_get_n_refused (import) > 0)
    {
      /* Each refusal is printed above, the broken place of a file too. */
      guint64 refused = pt_csv_import_get_n_refused (import);
      gboolean written = options.keep_good && !options.dry_run;

      g_printerr (g_dngettext (GETTEXT_PACKAGE, "prolotrack-cli %s: %llu row was refused%s\n",
                               "prolotrack-cli %s: %llu rows were refused%s\n",
                               (gulong) MIN (refused, G_MAXULONG)),
                  cli->command, (unsigned long long) refused,
                  written ? "" : _("; nothing was written"));
      return PT_CLI_EXIT_USAGE;
    }
  if (!ok)
    return pt_cli_fail (cli, error);
  return PT_CLI_EXIT_OK;
}

/* ---- import: activity files ---- */

typedef struct
{
  char     *patient;
  char     *unknown_sport;
  char     *time_zone;
  gboolean  dry_run;
  gboolean  keep_good;
} ActivityOptions;

static void
activity_options_clear (ActivityOptions *options)
{
  g_free (options->patient);
  g_free (options->unknown_sport);
  g_free (options->time_zone);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ActivityOptions, activity_options_clear)

static const struct
{
  const char     *name;
  PtWorkoutSport  sport;
} unknown_sports[] = {
  { "run", PT_WORKOUT_SPORT_RUNNING },
  { "walk", PT_WORKOUT_SPORT_WALKING },
  { "hike", PT_WORKOUT_SPORT_HIKING },
  { "bike", PT_WORKOUT_SPORT_CYCLING },
  { "swim", PT_WORKOUT_SPORT_SWIMMING },
  { "row", PT_WORKOUT_SPORT_ROWING },
  { "elliptical", PT_WORKOUT_SPORT_ELLIPTICAL },
  { "other", PT_WORKOUT_SPORT_OTHER },
};

/* "Run, 9.01 km in 47:12" or "Cross-training, bike, 30 min". */
static char *
describe_record (PtRecord *record)
{
  if (PT_IS_RUN (record))
    {
      PtRun *run = PT_RUN (record);
      g_autofree char *distance = pt_format_distance_with_unit (pt_run_get_distance_m (run),
                                                                PT_DISTANCE_UNIT_KM);

      if (pt_run_get_duration_s (run) == PT_NO_INT)
        return g_strdup_printf (_("%s: run, %s"), pt_run_get_date (run), distance);
      else
        {
          g_autofree char *time = pt_format_duration_hms (pt_run_get_duration_s (run));

          return g_strdup_printf (_("%s: run, %s in %s"), pt_run_get_date (run), distance, time);
        }
    }
  else
    {
      PtCrossTraining *cross = PT_CROSS_TRAINING (record);
      g_autoptr(GEnumClass) klass = g_type_class_ref (PT_TYPE_ACTIVITY);
      GEnumValue *activity = g_enum_get_value (klass, pt_cross_training_get_activity (cross));

      return g_strdup_printf (_("%s: cross-training, %s, %lld min"),
                              pt_cross_training_get_date (cross),
                              activity != NULL ? activity->value_nick : "?",
                              (long long) pt_cross_training_get_minutes (cross));
    }
}

static void
print_plan (PtWorkoutImport *import)
{
  g_autofree char *summary = pt_workout_import_describe (import);

  for (guint i = 0; i < pt_workout_import_get_n_items (import); i++)
    {
      const PtWorkoutItem *item = pt_workout_import_get_item (import, i);
      g_autofree char *what = item->record != NULL ? describe_record (item->record) : NULL;
      const char *status;

      switch (item->status)
        {
        case PT_WORKOUT_ITEM_ADD:
          status = _("to add");
          break;
        case PT_WORKOUT_ITEM_DUPLICATE:
          status = _("already recorded");
          break;
        case PT_WORKOUT_ITEM_REFUSED:
          status = _("refused");
          break;
        case PT_WORKOUT_ITEM_SKIPPED:
        default:
          status = _("skipped");
          break;
        }

      /* Translators: one line of an import's preview: file, what it holds,
       * what happens to it, and why */
      g_print ("%s%s%s: %s%s%s\n", item->file_name,
               what != NULL ? ", " : "", what != NULL ? what : "", status,
               item->reason != NULL ? ": " : "", item->reason != NULL ? item->reason : "");
    }

  g_print ("%s\n", summary);
}

int
pt_cli_cmd_import (PtCli  *cli,
                   int     argc,
                   char  **argv)
{
  g_auto(ActivityOptions) options = { 0 };
  GOptionEntry entries[] = {
    { "patient", 0, 0, G_OPTION_ARG_STRING, &options.patient,
      N_("The patient whose activities these are (an id or a record number)"), N_("PATIENT") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options.dry_run,
      N_("Show what would be imported; write nothing"), NULL },
    { "keep-good", 0, 0, G_OPTION_ARG_NONE, &options.keep_good,
      N_("Import the good files even when some are refused (default: nothing is imported "
         "then)"), NULL },
    { "unknown-sport", 0, 0, G_OPTION_ARG_STRING, &options.unknown_sport,
      N_("What an activity of a file without a sport (GPX) is: run (default), walk, hike, "
         "bike, swim, row, elliptical or other"), N_("SPORT") },
    { "time-zone", 0, 0, G_OPTION_ARG_STRING, &options.time_zone,
      N_("The clinic’s time zone, for the day of each start (default: this computer’s; "
         "for example Europe/London)"), N_("ZONE") },
    { NULL }
  };
  g_autoptr(PtWorkoutImport) import = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  PtWorkoutSport unknown_sport = PT_WORKOUT_SPORT_UNKNOWN;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  gint64 patient_id = 0;
  guint refused;

  if (!pt_cli_parse (cli, "FILE|DIR...",
                     _("Import a patient’s runs and cross-training from the files of sports "
                       "watches and apps: FIT, TCX and GPX, also gzip-compressed, or folders "
                       "of them. Shows what each file becomes; what is recorded already is "
                       "not imported twice. Exit status 2 when a file is refused."),
                     entries, &argc, &argv, -1))
    return PT_CLI_EXIT_USAGE;

  if (options.patient == NULL && cli->record_option == NULL)
    return pt_cli_usage_error (cli, _("--patient is required: whose activities are these?"));

  for (guint i = 0; options.unknown_sport != NULL && i < G_N_ELEMENTS (unknown_sports); i++)
    if (g_str_equal (options.unknown_sport, unknown_sports[i].name))
      unknown_sport = unknown_sports[i].sport;
  if (options.unknown_sport != NULL && unknown_sport == PT_WORKOUT_SPORT_UNKNOWN)
    return pt_cli_usage_error (cli, _("--unknown-sport: “%s” is not one of run, walk, hike, "
                                      "bike, swim, row, elliptical, other"),
                               options.unknown_sport);
  if (options.time_zone != NULL && !(zone = g_time_zone_new_identifier (options.time_zone)))
    return pt_cli_usage_error (cli, _("--time-zone: “%s” is not a time zone this computer "
                                      "knows (for example Europe/London)"), options.time_zone);

  for (int i = 1; i < argc; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));

  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !pt_cli_find_patient (cli, store, options.patient, &patient_id, &error))
    return pt_cli_fail (cli, error);

  import = pt_workout_import_new (patient_id);
  if (unknown_sport != PT_WORKOUT_SPORT_UNKNOWN)
    pt_workout_import_set_unknown_sport (import, unknown_sport);
  if (zone != NULL)
    pt_workout_import_set_time_zone (import, zone);

  if (!pt_workout_import_read (import, (GFile **) files->pdata, files->len, NULL, NULL, NULL,
                               &error) ||
      !pt_workout_import_plan (import, store, &error))
    return pt_cli_fail (cli, error);

  print_plan (import);
  refused = pt_workout_import_count (import, PT_WORKOUT_ITEM_REFUSED);

  if (options.dry_run || (refused > 0 && !options.keep_good))
    {
      g_print (_("Nothing was written\n"));
    }
  else if (pt_workout_import_count (import, PT_WORKOUT_ITEM_ADD) > 0)
    {
      if (!pt_workout_import_commit (import, store, &error))
        return pt_cli_fail (cli, error);
      g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u record\n", "Imported %u records\n",
                            pt_workout_import_get_n_added (import)),
               pt_workout_import_get_n_added (import));
    }
  else
    g_print (_("Nothing to import: everything is recorded already\n"));

  if (refused > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "prolotrack-cli %s: %u activity was refused%s\n",
                               "prolotrack-cli %s: %u activities were refused%s\n", refused),
                  cli->command, refused,
                  options.keep_good || options.dry_run ? "" : _("; nothing was imported"));
      return PT_CLI_EXIT_USAGE;
    }

  return PT_CLI_EXIT_OK;
}
