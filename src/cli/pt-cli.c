/* pt-cli.c: command dispatch and option helpers of prolotrack-cli
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pt-audit.h"
#include "pt-cli-private.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-parse.h"

static const PtCliCommand commands[] = {
  { "demo", NULL, N_("Fill an empty database with the demo clinic"), pt_cli_cmd_demo },
  { "generate", NULL, N_("Fill an empty database with a synthetic clinic (benchmarks)"),
    pt_cli_cmd_generate },
  { "patients", NULL, N_("List patients with their condition, sessions and latest pain"),
    pt_cli_cmd_patients },
  { "summary", "PATIENT", N_("Show a patient’s recovery: pain, sessions, running"),
    pt_cli_cmd_summary },
  { "add-patient", NULL, N_("Add a patient"), pt_cli_cmd_add_patient },
  { "add-condition", NULL, N_("Add a condition (injury) to a patient"), pt_cli_cmd_add_condition },
  { "log-session", NULL, N_("Log a treatment session"), pt_cli_cmd_log_session },
  { "log-pain", NULL, N_("Log a pain score"), pt_cli_cmd_log_pain },
  { "log-run", NULL, N_("Log a run"), pt_cli_cmd_log_run },
  { "log-cross", NULL, N_("Log a cross-training session"), pt_cli_cmd_log_cross },
  { "log-measure", NULL, N_("Record an outcome questionnaire (FFI, VISA-A, LEFS, Kujala, a clinic score)"),
    pt_cli_cmd_log_measure },
  { "measures", "PATIENT", N_("Show a patient’s outcome measures and their change"),
    pt_cli_cmd_measures },
  { "plan", "PATIENT", N_("Show or make a patient’s return-to-run plan"), pt_cli_cmd_plan },
  { "plan-advance", "PATIENT", N_("Recompute a return-to-run plan from the logged runs"),
    pt_cli_cmd_plan_advance },
  { "export-csv", NULL, N_("Export records as CSV for a spreadsheet"), pt_cli_cmd_export_csv },
  { "import", "FILE|DIR...", N_("Import a patient’s runs and cross-training from FIT, TCX or GPX files"), pt_cli_cmd_import },
  { "import-csv", "FILE", N_("Import records of one type from a CSV file"), pt_cli_cmd_import_csv },
  { "chart", "PATIENT", N_("Draw a patient’s recovery or training-load chart to PNG, SVG or PDF"),
    pt_cli_cmd_chart },
  { "report", "PATIENT", N_("Write a patient’s progress report as a PDF file"), pt_cli_cmd_report },
  { "history", "PATIENT", N_("Show the history of changes to a patient’s records"),
    pt_cli_cmd_history },
  { "check", NULL, N_("Check the database file for damage and its audit trail"),
    pt_cli_cmd_check },
  { "backup", "[FILE]", N_("Back the database up (default: into its backup folder)"),
    pt_cli_cmd_backup },
  { "backups", NULL, N_("List the database’s backups with dates and counts"), pt_cli_cmd_backups },
  { "restore", "FILE", N_("Replace the database with a backup (the replaced data is kept)"),
    pt_cli_cmd_restore },
  { "migrate", NULL, N_("Make or update the tables of a clinic server (as its owner)"),
    pt_cli_cmd_migrate },
  { "copy", NULL, N_("Copy a whole clinic between a database file and a clinic server"),
    pt_cli_cmd_copy },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: prolotrack-cli [--database PATH] COMMAND [OPTIONS]"));
  fprintf (out, "%s\n\n", _("ProloTrack’s clinic record, without a display."));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", commands[i].name,
                                               commands[i].parameters ? commands[i].parameters : "");
      fprintf (out, "  %-22s %s\n", name, _(commands[i].summary));
    }
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  %-22s %s\n", "--database PATH",
           _("The database file (default: $PROLOTRACK_DATABASE, else the user data folder)"));
  fprintf (out, "  %-22s %s\n", "--clinician NAME",
           _("Who the changes are recorded for (default: $PROLOTRACK_CLINICIAN, else the "
             "login name)"));
  fprintf (out, "  %-22s %s\n", "--version", _("Show the version"));
  fprintf (out, "\n%s\n", _("Run “prolotrack-cli COMMAND --help” for a command’s options."));
  fprintf (out, "%s\n", _("Exit status: 0 done, 2 bad input (nothing written), 1 other failures."));
}

int
pt_cli_usage_error (PtCli      *cli,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("prolotrack-cli%s%s: %s\n", cli->command ? " " : "",
              cli->command ? cli->command : "", message);
  return PT_CLI_EXIT_USAGE;
}

int
pt_cli_fail (PtCli        *cli,
             const GError *error)
{
  g_printerr ("prolotrack-cli%s%s: %s\n", cli->command ? " " : "",
              cli->command ? cli->command : "",
              error != NULL ? error->message : _("Unknown error"));

  return pt_error_is_user_error (error) ? PT_CLI_EXIT_USAGE : PT_CLI_EXIT_FAILURE;
}

/* Text options must be UTF-8; file names need not be (they are bytes). A
 * bad one is named, so a script's author knows which value to fix. */
static gboolean
check_text_options (PtCli  *cli,
                    int     argc,
                    char  **argv)
{
  static const char * const file_options[] = { "--database", "--output", "-o", NULL };

  for (int i = 1; i < argc; i++)
    {
      const char *equals = strchr (argv[i], '=');
      g_autofree char *option = NULL;

      if (g_utf8_validate (argv[i], -1, NULL))
        continue;

      if (g_str_has_prefix (argv[i], "--") && equals != NULL)
        option = g_strndup (argv[i], (gsize) (equals - argv[i]));
      else if (i > 1 && argv[i - 1][0] == '-' && strchr (argv[i - 1], '=') == NULL)
        option = g_strdup (argv[i - 1]);

      if (option != NULL && g_strv_contains (file_options, option))
        continue;

      if (option != NULL)
        pt_cli_usage_error (cli, _("%s: the text is not valid UTF-8; nothing was written"), option);
      else
        pt_cli_usage_error (cli, _("Argument %d is not valid UTF-8 text; nothing was written"), i);
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_cli_parse (PtCli         *cli,
              const char    *parameters,
              const char    *summary,
              GOptionEntry  *entries,
              int           *argc,
              char        ***argv,
              int            n_args)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("prolotrack-cli %s", cli->command);
  const GOptionEntry common[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &cli->database_option,
      N_("The database file"), N_("PATH") },
    { NULL }
  };
  const GOptionEntry by_record[] = {
    { "record", 0, 0, G_OPTION_ARG_STRING, &cli->record_option,
      N_("The patient by record number, exactly as written (also one made of digits only)"),
      N_("NUMBER") },
    { NULL }
  };
  gboolean about_patient = g_strcmp0 (parameters, "PATIENT") == 0;

  g_set_prgname (prgname);
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    about_patient = about_patient || g_str_equal (entries[i].long_name, "patient");
  if (about_patient)
    g_option_context_add_main_entries (context, by_record, GETTEXT_PACKAGE);

  if (!check_text_options (cli, *argc, *argv))
    return FALSE;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      pt_cli_usage_error (cli, "%s", error->message);
      return FALSE;
    }

  if (cli->database_option != NULL)
    {
      if (*cli->database_option == '\0')
        {
          pt_cli_usage_error (cli, _("--database needs the path of a database file"));
          return FALSE;
        }
      cli->database = cli->database_option;
    }

  /* --record stands for the PATIENT argument. */
  if (cli->record_option != NULL && g_strcmp0 (parameters, "PATIENT") == 0)
    {
      if (*argc - 1 > 0)
        {
          pt_cli_usage_error (cli, _("Give PATIENT or --record, not both"));
          return FALSE;
        }
      n_args = 0;
    }

  /* A negative count: at least that many, or more. */
  if (n_args < 0 && *argc - 1 >= -n_args)
    return TRUE;
  if (n_args < 0)
    n_args = -n_args;

  if (*argc - 1 != n_args)
    {
      if (*argc - 1 < n_args)
        pt_cli_usage_error (cli, _("Missing %s; see --help"), parameters);
      else
        pt_cli_usage_error (cli, _("Unexpected argument “%s”; see --help"), (*argv)[n_args + 1]);
      return FALSE;
    }

  return TRUE;
}

PtStore *
pt_cli_open_store (PtCli     *cli,
                   gboolean   create,
                   GError   **error)
{
  PtStore *store = pt_store_open_full (cli->database,
                                       create ? PT_STORE_OPEN_CREATE : PT_STORE_OPEN_DEFAULT,
                                       error);

  if (store != NULL)
    pt_store_set_clinician (store, cli->clinician != NULL ? cli->clinician
                                                          : g_getenv ("PROLOTRACK_CLINICIAN"));

  if (store == NULL && g_error_matches (*error, PT_ERROR, PT_ERROR_NOT_FOUND))
    {
      g_autofree char *message = g_strdup ((*error)->message);

      g_clear_error (error);
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_FOUND,
                   _("%s; give --database PATH, or start one with “prolotrack-cli add-patient” "
                     "or “prolotrack-cli demo”"), message);
    }

  return store;
}

gboolean
pt_cli_parse_double (const char  *option,
                     const char  *text,
                     double      *value,
                     GError     **error)
{
  if (!pt_parse_decimal (text, FALSE, value))
    {
      pt_set_field_error (error, option, _("--%s: “%s” is not a number (digits with a dot for "
                                           "decimals, e.g. 6.5)"), option, text ? text : "");
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_cli_parse_int (const char  *option,
                  const char  *text,
                  gint64      *value,
                  GError      **error)
{
  /* G_MININT64 is PT_NO_INT, "not recorded": not a value to type. */
  if (text == NULL ||
      !g_ascii_string_to_signed (text, 10, G_MININT64 + 1, G_MAXINT64, value, NULL))
    {
      pt_set_field_error (error, option, _("--%s: “%s” is not a whole number"),
                          option, text ? text : "");
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_cli_parse_enum (const char  *option,
                   GType        type,
                   const char  *text,
                   int         *value,
                   GError     **error)
{
  g_autofree char *allowed = NULL;

  if (pt_enum_from_nick (type, text, value))
    return TRUE;

  allowed = pt_enum_list_nicks (type);
  pt_set_field_error (error, option, _("--%s: “%s” is not one of: %s"),
                      option, text ? text : "", allowed);
  return FALSE;
}

gboolean
pt_cli_parse_flags (const char  *option,
                    GType        type,
                    const char  *text,
                    guint       *value,
                    GError     **error)
{
  g_autofree char *allowed = NULL;

  if (pt_flags_from_nicks (type, text, value))
    return TRUE;

  allowed = pt_enum_list_nicks (type);
  pt_set_field_error (error, option, _("--%s: “%s” is not a comma-separated list of: %s"),
                      option, text ? text : "", allowed);
  return FALSE;
}

gboolean
pt_cli_find_patient (PtCli        *cli,
                     PtStore      *store,
                     const char   *text,
                     gint64       *patient_id,
                     GError      **error)
{
  g_autoptr(PtPatient) patient = NULL;

  if (text != NULL && cli->record_option != NULL)
    {
      pt_set_field_error (error, "patient", _("Give --patient or --record, not both"));
      return FALSE;
    }
  if (text == NULL && cli->record_option == NULL)
    {
      pt_set_field_error (error, "patient",
                          _("--patient is required (an id, or a record number: --record)"));
      return FALSE;
    }

  patient = text != NULL ? pt_store_find_patient (store, text, error)
                         : pt_store_find_patient_by_record_number (store, cli->record_option, error);
  if (patient == NULL)
    {
      if (text != NULL && error != NULL && *error != NULL && (*error)->code != PT_ERROR_STORAGE &&
          strspn (text, "0123456789") == strlen (text))
        {
          g_autofree char *message = g_strdup ((*error)->message);

          g_free ((*error)->message);
          (*error)->message = g_strdup_printf (_("%s; for the patient with record number %s, "
                                                 "give --record %s"), message, text, text);
        }
      return FALSE;
    }

  *patient_id = pt_record_get_id (PT_RECORD (patient));

  /* Translators: which patient a command used: id, name, record number */
  g_printerr (_("Patient %lld: %s (record number %s)\n"), (long long) *patient_id,
              pt_patient_get_name (patient), pt_patient_get_record_number (patient));
  return TRUE;
}

int
pt_cli_run (int    argc,
            char **argv)
{
  PtCli cli = { NULL, NULL, NULL, NULL };
  int first = 1;

  while (first < argc && argv[first][0] == '-')
    {
      const char *arg = argv[first];

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_usage (stdout);
          return PT_CLI_EXIT_OK;
        }
      else if (g_str_equal (arg, "--version"))
        {
          g_print ("prolotrack-cli %s\n", PACKAGE_VERSION);
          return PT_CLI_EXIT_OK;
        }
      else if (g_str_has_prefix (arg, "--database="))
        {
          cli.database = arg + strlen ("--database=");
          first++;
        }
      else if (g_str_has_prefix (arg, "--clinician="))
        {
          cli.clinician = arg + strlen ("--clinician=");
          first++;
        }
      else if (g_str_equal (arg, "--clinician"))
        {
          if (first + 1 >= argc)
            return pt_cli_usage_error (&cli, _("--clinician needs a name"));
          cli.clinician = argv[first + 1];
          first += 2;
        }
      else if (g_str_equal (arg, "--database"))
        {
          if (first + 1 >= argc)
            return pt_cli_usage_error (&cli, _("--database needs the path of a database file"));
          cli.database = argv[first + 1];
          first += 2;
        }
      else
        return pt_cli_usage_error (&cli, _("Unknown option “%s”; see --help"), arg);
    }

  if (cli.database != NULL && *cli.database == '\0')
    return pt_cli_usage_error (&cli, _("--database needs the path of a database file"));

  if (first >= argc)
    {
      print_usage (stderr);
      return PT_CLI_EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[first], commands[i].name))
        {
          int status;

          cli.command = commands[i].name;
          status = commands[i].func (&cli, argc - first, argv + first);
          g_free (cli.database_option);
          g_free (cli.record_option);
          return status;
        }
    }

  return pt_cli_usage_error (&cli, _("Unknown command “%s”; see --help"), argv[first]);
}

/* Pads @text to @width terminal columns (wide CJK characters take two). */
char *
pt_cli_pad (const char *text,
            guint       width)
{
  GString *out = g_string_new (text);
  guint used = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      used += g_unichar_iswide (c) ? 2 : 1;
    }

  while (used++ < width)
    g_string_append_c (out, ' ');

  return g_string_free (out, FALSE);
}
