/* pt-cli-chart.c: prolotrack-cli chart
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a patient's recovery or training-load chart (src/render) to a PNG,
 * SVG or PDF file, with no display.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-chart-layout.h"
#include "pt-cli-private.h"
#include "pt-enums.h"
#include "pt-error.h"

#define MIN_SIZE       100
#define MAX_SIZE     10000
#define DEFAULT_WIDTH  1200
#define DEFAULT_HEIGHT  600

typedef struct
{
  char *kind;
  char *condition;
  char *week_start;
  char *from;
  char *to;
  char *units;
  char *output;
  int   width;
  int   height;
  gboolean dark;
} ChartOptions;

static void
chart_options_clear (ChartOptions *o)
{
  g_clear_pointer (&o->kind, g_free);
  g_clear_pointer (&o->condition, g_free);
  g_clear_pointer (&o->week_start, g_free);
  g_clear_pointer (&o->from, g_free);
  g_clear_pointer (&o->to, g_free);
  g_clear_pointer (&o->units, g_free);
  g_clear_pointer (&o->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartOptions, chart_options_clear)

static gboolean
check_size (const char  *option,
            int          value,
            GError     **error)
{
  if (value >= MIN_SIZE && value <= MAX_SIZE)
    return TRUE;

  pt_set_field_error (error, option, _("--%s: %d pixels is not allowed; give %d to %d"),
                      option, value, MIN_SIZE, MAX_SIZE);
  return FALSE;
}

static gboolean
check_options (ChartOptions  *o,
               PtChartKind   *kind,
               int           *unit,
               GError       **error)
{
  g_autofree char *lower = NULL;

  if (o->kind == NULL || g_str_equal (o->kind, "recovery"))
    *kind = PT_CHART_RECOVERY;
  else if (g_str_equal (o->kind, "load"))
    *kind = PT_CHART_LOAD;
  else if (g_str_equal (o->kind, "patient"))
    *kind = PT_CHART_PATIENT;
  else
    {
      pt_set_field_error (error, "kind", _("--kind: “%s” is not one of: recovery, load, patient"),
                          o->kind);
      return FALSE;
    }

  if (o->output == NULL || *o->output == '\0')
    {
      pt_set_field_error (error, "output", _("--output is required: the PNG, SVG or PDF file "
                                             "to write"));
      return FALSE;
    }

  lower = g_ascii_strdown (o->output, -1);
  if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") &&
      !g_str_has_suffix (lower, ".pdf"))
    {
      pt_set_field_error (error, "output", _("--output: “%s” does not end in .png, .svg or .pdf"),
                          o->output);
      return FALSE;
    }

  return check_size ("width", o->width, error) &&
         check_size ("height", o->height, error) &&
         (o->units == NULL ||
          pt_cli_parse_enum ("units", PT_TYPE_DISTANCE_UNIT, o->units, unit, error));
}

/* "Claire Donnelly · Plantar fasciitis (left)" */
static char *
make_title (PtPatient   *patient,
            PtCondition *condition)
{
  g_autofree char *side = NULL;

  if (condition == NULL)
    return g_strdup (pt_patient_get_name (patient));

  side = g_utf8_strdown (pt_side_to_label (pt_condition_get_side (condition)), -1);
  return g_strdup_printf ("%s · %s (%s)", pt_patient_get_name (patient),
                          pt_condition_kind_to_label (pt_condition_get_kind (condition)), side);
}

static PtChartData *
load_chart_data (PtCli         *cli,
                 ChartOptions  *o,
                 const char    *patient_text,
                 gint64        *patient_id,
                 GError       **error)
{
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtChartData) data = NULL;
  g_autofree char *title = NULL;

  if (!(bundle = pt_cli_load_bundle (cli, patient_text, o->condition, o->week_start, error)) ||
      !(data = pt_chart_data_new (bundle, o->from, o->to, error)))
    return NULL;

  *patient_id = pt_record_get_id (PT_RECORD (pt_patient_bundle_get_patient (bundle)));
  title = make_title (pt_patient_bundle_get_patient (bundle),
                      pt_patient_bundle_get_condition (bundle));
  pt_chart_data_set_title (data, title);
  return g_steal_pointer (&data);
}

int
pt_cli_cmd_chart (PtCli  *cli,
                  int     argc,
                  char  **argv)
{
  g_auto(ChartOptions) o = { .width = DEFAULT_WIDTH, .height = DEFAULT_HEIGHT };
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind,
      N_("recovery (pain, sessions, running; the default), load (weekly distance, "
         "10 % rule, workload ratio) or patient (the patient's own, in plain words)"),
      N_("KIND") },
    PT_CLI_COURSE_OPTIONS (&o.condition, &o.week_start),
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from, N_("First day shown"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o.to, N_("Last day shown"), N_("YYYY-MM-DD") },
    { "width", 0, 0, G_OPTION_ARG_INT, &o.width, N_("Width in pixels (default 1200)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &o.height, N_("Height in pixels (default 600)"), N_("H") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &o.units, N_("Distance unit: km or mi"), N_("UNIT") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &o.dark, N_("Use the dark style"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtChartData) data = NULL;
  PtChartStyle style;
  PtChartKind kind;
  int unit = PT_DISTANCE_UNIT_KM;
  gint64 patient_id = 0;
  g_autofree char *detail = NULL;

  if (!pt_cli_parse (cli, "PATIENT", _("Draw a patient’s recovery chart (pain against baseline, "
                                       "sessions, return to running) or training-load chart to "
                                       "a PNG, SVG or PDF file. PATIENT is an id, or a record "
                                       "number."), entries, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  if (!check_options (&o, &kind, &unit, &error) ||
      !(data = load_chart_data (cli, &o, argc > 1 ? argv[1] : NULL, &patient_id, &error)))
    return pt_cli_fail (cli, error);

  data->unit = unit;
  if (o.dark)
    pt_chart_style_init_dark (&style);
  else
    pt_chart_style_init_light (&style);

  if (!pt_chart_save (data, kind, &style, o.width, o.height, o.output, &error))
    return pt_cli_fail (cli, error);

  /* Translators: the audit trail's note of a chart: its kind, the file */
  detail = g_strdup_printf (_("Chart (%s) to %s"), o.kind != NULL ? o.kind : "recovery",
                            o.output);
  if (!pt_cli_audit_event (cli, NULL, PT_AUDIT_EXPORT, patient_id, detail, &error))
    return pt_cli_fail (cli, error);

  g_print (_("Chart written to %s\n"), o.output);
  return PT_CLI_EXIT_OK;
}
