/* pt-cli-summary.c: prolotrack-cli summary, and the bundle the summary, chart and report load
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The summary prints core's analysis of one patient (pt_patient_bundle_load),
 * in words or as JSON.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "pt-analysis.h"
#include "pt-cli-private.h"
#include "pt-date.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-format.h"
#include "pt-units.h"

#define SUMMARY_WEEKS 8

PtPatientBundle *
pt_cli_load_bundle (PtCli       *cli,
                    const char  *patient_text,
                    const char  *condition_text,
                    const char  *week_start_text,
                    GError     **error)
{
  g_autoptr(PtStore) store = NULL;
  gint64 patient_id = 0;
  GDateWeekday week_start = G_DATE_MONDAY;
  gint64 condition_id = PT_MAIN_CONDITION;

  if (condition_text != NULL && !pt_cli_parse_int ("condition", condition_text, &condition_id,
                                                   error))
    return NULL;
  if (week_start_text != NULL && !pt_date_weekday_from_name (week_start_text, &week_start))
    {
      pt_set_field_error (error, "week-start",
                          _("--week-start: “%s” is not a day of the week (monday to sunday)"),
                          week_start_text);
      return NULL;
    }

  if (!(store = pt_cli_open_store (cli, FALSE, error)) ||
      !pt_cli_find_patient (cli, store, patient_text, &patient_id, error))
    return NULL;

  return pt_patient_bundle_load (store, patient_id, condition_id, week_start, NULL, error);
}

static char *
describe_change (const PtRecovery *r)
{
  if (!r->has_percent)
    return g_strdup (r->has_baseline ? _("no percent change (baseline pain was 0)") : "");

  /* The words of the page's pain tile */
  return pt_format_pain_change (r->percent_change);
}

static void
print_summary_header (PtPatient   *patient,
                      PtCondition *condition)
{
  g_autofree char *tried = NULL;

  /* Translators: name (record number), born date of birth */
  g_print (_("%s (%s), born %s\n"), pt_patient_get_name (patient),
           pt_patient_get_record_number (patient), pt_patient_get_date_of_birth (patient));

  if (condition == NULL)
    return;

  tried = pt_prior_treatments_to_label (pt_condition_get_prior_treatments (condition));
  g_print (_("Condition: %s, %s; onset %s; %s\n"),
           pt_condition_kind_to_label (pt_condition_get_kind (condition)),
           pt_side_to_label (pt_condition_get_side (condition)),
           pt_condition_get_onset_date (condition),
           pt_condition_status_to_label (pt_condition_get_status (condition)));
  g_print (_("Tried before: %s\n"), tried);
}

static void
print_summary_course (const PtRecovery *r)
{
  g_autofree char *change = describe_change (r);
  g_autofree char *base = pt_format_pain (r->baseline);
  g_autofree char *latest = pt_format_pain (r->latest);

  if (r->has_baseline)
    g_print (_("Pain: %s at baseline (%s), %s latest (%s): %s\n"),
             base, r->baseline_date, latest, r->latest_date, change);
  else
    g_print (_("Pain: no scores recorded\n"));

  if (r->n_sessions > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Sessions: %u, first %s, last %s; %d day since the first\n",
                          "Sessions: %u, first %s, last %s; %d days since the first\n",
                          (gulong) ABS (r->days_since_first_session)),
             r->n_sessions, r->first_session, r->last_session, r->days_since_first_session);
  else
    g_print (_("Sessions: none yet\n"));

  if (r->days_to_first_run >= 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Back to running: %s, %d day after the first session\n",
                          "Back to running: %s, %d days after the first session\n",
                          (gulong) r->days_to_first_run),
             r->first_run_back, r->days_to_first_run);
  else if (r->n_sessions > 0)
    g_print (_("Back to running: not yet\n"));
}

static void
print_summary_weeks (const PtRecovery *r,
                     PtDistanceUnit  unit)
{
  guint shown = MIN (r->weeks->len, SUMMARY_WEEKS);

  if (shown == 0)
    return;

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Weekly running and cross-training (last %u week):\n",
                        "Weekly running and cross-training (last %u weeks):\n", shown),
           shown);

  for (guint i = r->weeks->len - shown; i < r->weeks->len; i++)
    {
      const PtWeek *w = &g_array_index (r->weeks, PtWeek, i);
      g_autofree char *change = w->has_change ? pt_format_percent_change (w->change_pct) : NULL;
      /* Padded by what a terminal shows: U+2212 takes three bytes. */
      g_autofree char *delta = pt_cli_pad (change != NULL ? change : "", 7);
      g_autofree char *distance = pt_format_distance_with_unit (w->distance_m, unit);
      g_autofree char *cross = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u minute cross-training",
                                                             "%u minutes cross-training",
                                                             w->cross_minutes),
                                                w->cross_minutes);

      g_print ("  %s  %9s %s %s%s\n", w->start, distance, delta, cross,
               w->over_ten_percent ? _("  ▲ over the 10 per cent rule") : "");
    }
}

static void
print_summary_text (PtPatientBundle *bundle,
                    PtDistanceUnit   unit)
{
  const PtRecovery *r = pt_patient_bundle_get_recovery (bundle);

  print_summary_header (pt_patient_bundle_get_patient (bundle),
                        pt_patient_bundle_get_condition (bundle));
  print_summary_course (r);
  print_summary_weeks (r, unit);
}

static void
patient_to_json (JsonBuilder *b,
                 PtPatient   *patient)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, pt_record_get_id (PT_RECORD (patient)));
  pt_cli_json_add_string (b, "name", pt_patient_get_name (patient));
  pt_cli_json_add_string (b, "record_number", pt_patient_get_record_number (patient));
  pt_cli_json_add_string (b, "date_of_birth", pt_patient_get_date_of_birth (patient));
  json_builder_end_object (b);
}

static void
condition_to_json (JsonBuilder *b,
                   PtCondition *condition)
{
  g_autofree char *tried = NULL;

  if (condition == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }

  tried = pt_flags_to_nicks (PT_TYPE_PRIOR_TREATMENT, pt_condition_get_prior_treatments (condition));
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, pt_record_get_id (PT_RECORD (condition)));
  pt_cli_json_add_string (b, "kind", pt_enum_to_nick (PT_TYPE_CONDITION_KIND,
                                                  pt_condition_get_kind (condition)));
  pt_cli_json_add_string (b, "side", pt_enum_to_nick (PT_TYPE_SIDE, pt_condition_get_side (condition)));
  pt_cli_json_add_string (b, "status", pt_enum_to_nick (PT_TYPE_CONDITION_STATUS,
                                                    pt_condition_get_status (condition)));
  pt_cli_json_add_string (b, "onset_date", pt_condition_get_onset_date (condition));
  pt_cli_json_add_string (b, "prior_treatments", tried);
  json_builder_end_object (b);
}

static void
course_to_json (JsonBuilder *b,
                const PtRecovery *r)
{
  json_builder_set_member_name (b, "pain");
  json_builder_begin_object (b);
  pt_cli_json_add_number (b, "baseline", r->has_baseline, r->baseline);
  pt_cli_json_add_string (b, "baseline_date", r->baseline_date);
  pt_cli_json_add_number (b, "latest", r->has_latest, r->latest);
  pt_cli_json_add_string (b, "latest_date", r->latest_date);
  pt_cli_json_add_number (b, "percent_change", r->has_percent, r->percent_change);
  pt_cli_json_add_number (b, "reduction_percent", r->has_percent, -r->percent_change);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "sessions");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "count");
  json_builder_add_int_value (b, r->n_sessions);
  pt_cli_json_add_string (b, "first", r->first_session);
  pt_cli_json_add_string (b, "last", r->last_session);
  pt_cli_json_add_int (b, "days_since_first", r->days_since_first_session);
  json_builder_end_object (b);
}

static void
week_to_json (JsonBuilder    *b,
              const PtWeek   *w,
              PtDistanceUnit  unit)
{
  json_builder_begin_object (b);
  pt_cli_json_add_string (b, "start", w->start);
  json_builder_set_member_name (b, "iso_year");
  json_builder_add_int_value (b, w->iso_year);
  json_builder_set_member_name (b, "iso_week");
  json_builder_add_int_value (b, w->iso_week);
  json_builder_set_member_name (b, unit == PT_DISTANCE_UNIT_MI ? "distance_mi" : "distance_km");
  json_builder_add_double_value (b, round (pt_distance_from_metres (w->distance_m, unit) * 1000) / 1000);
  json_builder_set_member_name (b, "runs");
  json_builder_add_int_value (b, w->n_runs);
  json_builder_set_member_name (b, "cross_training_minutes");
  json_builder_add_int_value (b, w->cross_minutes);
  pt_cli_json_add_number (b, "change_percent", w->has_change, w->change_pct);
  json_builder_set_member_name (b, "over_ten_percent");
  json_builder_add_boolean_value (b, w->over_ten_percent);
  json_builder_end_object (b);
}

static void
summary_to_json (JsonBuilder     *b,
                 PtPatientBundle *bundle,
                 PtDistanceUnit   unit)
{
  const PtRecovery *r = pt_patient_bundle_get_recovery (bundle);

  json_builder_begin_object (b);

  json_builder_set_member_name (b, "patient");
  patient_to_json (b, pt_patient_bundle_get_patient (bundle));
  json_builder_set_member_name (b, "condition");
  condition_to_json (b, pt_patient_bundle_get_condition (bundle));
  course_to_json (b, r);

  json_builder_set_member_name (b, "running");
  json_builder_begin_object (b);
  pt_cli_json_add_string (b, "first_run_back", r->first_run_back);
  pt_cli_json_add_int (b, "days_to_first_run", r->days_to_first_run);
  json_builder_set_member_name (b, "weeks");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->weeks->len; i++)
    week_to_json (b, &g_array_index (r->weeks, PtWeek, i), unit);
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_end_object (b);
}

int
pt_cli_cmd_summary (PtCli  *cli,
                    int     argc,
                    char  **argv)
{
  gboolean json = FALSE;
  g_autofree char *condition_arg = NULL;
  g_autofree char *week_start = NULL;
  g_autofree char *units = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    PT_CLI_COURSE_OPTIONS (&condition_arg, &week_start),
    { "units", 0, 0, G_OPTION_ARG_STRING, &units, N_("Distance unit: km or mi"), N_("UNIT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  int unit = PT_DISTANCE_UNIT_KM;

  if (!pt_cli_parse (cli, "PATIENT", _("Show a patient’s recovery: pain against baseline, "
                                       "sessions, return to running. PATIENT is an id or a "
                                       "record number."), entries, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  if ((units != NULL && !pt_cli_parse_enum ("units", PT_TYPE_DISTANCE_UNIT, units, &unit, &error)) ||
      !(bundle = pt_cli_load_bundle (cli, argc > 1 ? argv[1] : NULL, condition_arg, week_start,
                                     &error)))
    return pt_cli_fail (cli, error);

  if (json)
    {
      builder = json_builder_new ();
      summary_to_json (builder, bundle, unit);
      pt_cli_json_print (builder);
    }
  else
    print_summary_text (bundle, unit);

  return PT_CLI_EXIT_OK;
}
