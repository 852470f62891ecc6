/* pt-cli-report.c: prolotrack-cli report, a patient's progress report as PDF
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same report the app prints (src/export/pt-report.h), with no
 * display: the progress report, or with --patient-copy the patient's
 * "My Progress". The CLI has no preferences: the clinic's name comes from
 * --clinic.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-cli-private.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-validate.h"
#include "pt-report.h"

typedef struct
{
  char *condition;
  char *week_start;
  char *from;
  char *to;
  char *paper;
  char *units;
  char *clinic;
  char *output;
  gboolean patient_copy;
} ReportOptions;

static void
report_options_clear (ReportOptions *o)
{
  g_clear_pointer (&o->condition, g_free);
  g_clear_pointer (&o->week_start, g_free);
  g_clear_pointer (&o->from, g_free);
  g_clear_pointer (&o->to, g_free);
  g_clear_pointer (&o->paper, g_free);
  g_clear_pointer (&o->units, g_free);
  g_clear_pointer (&o->clinic, g_free);
  g_clear_pointer (&o->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportOptions, report_options_clear)

static gboolean
check_options (ReportOptions    *o,
               PtReportOptions  *options,
               GError          **error)
{
  int unit = PT_DISTANCE_UNIT_KM;

  pt_report_options_init (options);

  if (o->output == NULL || *o->output == '\0')
    {
      pt_set_field_error (error, "output", _("--output is required: the PDF file to write"));
      return FALSE;
    }

  if (!g_str_has_suffix (o->output, ".pdf") && !g_str_has_suffix (o->output, ".PDF"))
    {
      pt_set_field_error (error, "output",
                          _("--output: “%s” does not end in .pdf; the report is a PDF file"),
                          o->output);
      return FALSE;
    }

  if (o->clinic != NULL &&
      !pt_validate_line ("clinic", _("The clinic’s name"), o->clinic, PT_CLINIC_NAME_MAX, error))
    return FALSE;

  if (o->paper != NULL && !pt_paper_from_name (o->paper, &options->paper))
    {
      pt_set_field_error (error, "paper", _("--paper: “%s” is not one of: a4, letter"), o->paper);
      return FALSE;
    }

  if (o->units != NULL && !pt_cli_parse_enum ("units", PT_TYPE_DISTANCE_UNIT, o->units, &unit,
                                               error))
    return FALSE;

  if (o->patient_copy && (o->from != NULL || o->to != NULL))
    {
      pt_set_field_error (error, o->from != NULL ? "from" : "to",
                          _("--from and --to are not for --patient-copy, which shows the whole "
                            "course"));
      return FALSE;
    }

  options->unit = unit;
  options->clinic_name = o->clinic;
  return TRUE;
}

static PtReport *
build_report (PtCli            *cli,
              ReportOptions    *o,
              PtReportOptions  *options,
              const char       *patient_text,
              gint64           *patient_id,
              GError          **error)
{
  g_autoptr(PtPatientBundle) bundle = pt_cli_load_bundle (cli, patient_text, o->condition,
                                                          o->week_start, error);

  if (bundle == NULL)
    return NULL;
  *patient_id = pt_record_get_id (PT_RECORD (pt_patient_bundle_get_patient (bundle)));
  if (o->patient_copy)
    return pt_report_new_patient_copy (bundle, options, error);
  return pt_report_new (bundle, o->from, o->to, options, error);
}

int
pt_cli_cmd_report (PtCli  *cli,
                   int     argc,
                   char  **argv)
{
  g_auto(ReportOptions) o = { 0 };
  GOptionEntry entries[] = {
    PT_CLI_COURSE_OPTIONS (&o.condition, &o.week_start),
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from, N_("First day of the records shown"),
      N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o.to, N_("Last day of the records shown"),
      N_("YYYY-MM-DD") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &o.paper,
      N_("Paper size: a4 or letter (default: the locale’s)"), N_("PAPER") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &o.units, N_("Distance unit: km or mi"), N_("UNIT") },
    { "clinic", 0, 0, G_OPTION_ARG_STRING, &o.clinic,
      N_("The clinic’s name, in the header and as the PDF’s author"), N_("NAME") },
    { "patient-copy", 0, 0, G_OPTION_ARG_NONE, &o.patient_copy,
      N_("Write the patient’s own copy, “My Progress”: one or two pages in plain words"),
      NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("The PDF file to write"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autoptr(GFile) dest = NULL;
  PtReportOptions options;
  guint n_pages = 0;
  gint64 patient_id = 0;
  g_autofree char *detail = NULL;

  if (!pt_cli_parse (cli, "PATIENT", _("Write a patient’s progress report as a PDF file: "
                                       "summary, recovery chart, sessions, pain scores and "
                                       "runs; or with --patient-copy the patient’s own copy. "
                                       "PATIENT is an id, or a record number with letters "
                                       "(--record for any record number)."),
                     entries, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  if (!check_options (&o, &options, &error) ||
      !(report = build_report (cli, &o, &options, argc > 1 ? argv[1] : NULL, &patient_id,
                                  &error)))
    return pt_cli_fail (cli, error);

  dest = g_file_new_for_commandline_arg (o.output);
  if (!pt_report_write_pdf (report, dest, &n_pages, NULL, &error))
    return pt_cli_fail (cli, error);

  /* Translators: the audit trail's note of a report: which kind, to which file */
  detail = g_strdup_printf (o.patient_copy ? _("The patient’s copy (PDF) to %s")
                                           : _("Progress report (PDF) to %s"), o.output);
  if (!pt_cli_audit_event (cli, NULL, PT_AUDIT_REPORT, patient_id, detail, &error))
    return pt_cli_fail (cli, error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Report written to %s: %u page\n",
                        "Report written to %s: %u pages\n", n_pages), o.output, n_pages);
  return PT_CLI_EXIT_OK;
}
