/* pt-cli-report.c: demo, patients, summary and check
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "pt-analysis.h"
#include "pt-cli-private.h"
#include "pt-date.h"
#include "pt-demo.h"
#include "pt-units.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-format.h"

#define SUMMARY_WEEKS 8

static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
add_number_or_null (JsonBuilder *builder,
                    const char  *name,
                    gboolean     has_value,
                    double       value)
{
  json_builder_set_member_name (builder, name);
  if (has_value)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int_or_null (JsonBuilder *builder,
                 const char  *name,
                 gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value >= 0)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL && *value != '\0')
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

int
pt_cli_cmd_demo (PtCli  *cli,
                 int     argc,
                 char  **argv)
{
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace every patient in the database with the demo clinic"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  gint64 n;

  if (!pt_cli_parse (cli, NULL, _("Fill an empty database with the demo clinic."),
                     entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, TRUE, &error)) || !pt_demo_fill (store, force, &error))
    return pt_cli_fail (cli, error);

  n = pt_store_count_patients (store, TRUE, NULL);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Demo clinic written to %s: %lld patient\n",
                        "Demo clinic written to %s: %lld patients\n", (gulong) n),
           pt_store_get_path (store), (long long) n);
  return PT_CLI_EXIT_OK;
}

static void
overview_to_json (JsonBuilder       *builder,
                  PtPatientOverview *row)
{
  PtConditionKind kind;
  PtSide side;
  gboolean has_condition = pt_patient_overview_get_condition (row, &kind, &side);
  double pain = pt_patient_overview_get_latest_pain (row);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pt_patient_overview_get_id (row));
  add_string_or_null (builder, "record_number", pt_patient_overview_get_record_number (row));
  add_string_or_null (builder, "name", pt_patient_overview_get_name (row));
  json_builder_set_member_name (builder, "archived");
  json_builder_add_boolean_value (builder, pt_patient_overview_get_archived (row));
  add_string_or_null (builder, "condition",
                      has_condition ? pt_enum_to_nick (PT_TYPE_CONDITION_KIND, kind) : NULL);
  add_string_or_null (builder, "side", has_condition ? pt_enum_to_nick (PT_TYPE_SIDE, side) : NULL);
  json_builder_set_member_name (builder, "sessions");
  json_builder_add_int_value (builder, pt_patient_overview_get_session_count (row));
  add_number_or_null (builder, "latest_pain", pt_has_value (pain), pain);
  add_string_or_null (builder, "last_visit", pt_patient_overview_get_last_visit (row));
  json_builder_end_object (builder);
}

/* Pads @text to @width terminal columns (wide CJK characters take two). */
static char *
pad (const char *text,
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

static void
print_overview_row (PtPatientOverview *row)
{
  PtConditionKind kind;
  PtSide side;
  g_autofree char *condition = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *record = pad (pt_patient_overview_get_record_number (row), 10);
  g_autofree char *name = pad (pt_patient_overview_get_name (row), 28);
  g_autofree char *shown_condition = NULL;
  double latest = pt_patient_overview_get_latest_pain (row);

  if (pt_patient_overview_get_condition (row, &kind, &side))
    condition = g_strdup_printf ("%s (%s)", pt_condition_kind_to_label (kind),
                                 pt_side_to_label (side));
  pain = pt_has_value (latest) ? pt_format_pain (latest) : g_strdup ("–");

  shown_condition = pad (condition ? condition : "–", 40);

  g_print ("%5" G_GINT64_FORMAT "  %s %s %s %8u %6s  %s%s\n",
           pt_patient_overview_get_id (row), record, name, shown_condition,
           pt_patient_overview_get_session_count (row),
           pain,
           pt_patient_overview_get_last_visit (row) ? pt_patient_overview_get_last_visit (row) : "–",
           pt_patient_overview_get_archived (row) ? _(" (archived)") : "");
}

int
pt_cli_cmd_patients (PtCli  *cli,
                     int     argc,
                     char  **argv)
{
  gboolean json = FALSE, all = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include archived patients"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n;

  if (!pt_cli_parse (cli, NULL, _("List patients with their active condition, number of "
                                  "sessions and latest pain."), entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !(rows = pt_store_list_patient_overviews (store, all, &error)))
    return pt_cli_fail (cli, error);

  n = g_list_model_get_n_items (rows);
  if (json)
    json_builder_begin_array (builder);
  else
    g_print ("%5s  %-10s %-28s %-40s %8s %6s  %s\n", _("ID"), _("Record"), _("Name"),
             _("Active condition"), _("Sessions"), _("Pain"), _("Last visit"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtPatientOverview) row = g_list_model_get_item (rows, i);

      if (json)
        overview_to_json (builder, row);
      else
        print_overview_row (row);
    }

  if (json)
    {
      json_builder_end_array (builder);
      print_json (builder);
    }

  return PT_CLI_EXIT_OK;
}

PtPatientBundle *
pt_cli_load_bundle (PtCli       *cli,
                    const char  *patient_text,
                    const char  *condition_text,
                    const char  *week_start_text,
                    GError     **error)
{
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPatient) patient = NULL;
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
      !(patient = pt_store_find_patient (store, patient_text, error)))
    return NULL;

  return pt_patient_bundle_load (store, pt_record_get_id (PT_RECORD (patient)), condition_id,
                                 week_start, NULL, error);
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
      g_autofree char *delta = pad (change != NULL ? change : "", 7);
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
  add_string_or_null (b, "name", pt_patient_get_name (patient));
  add_string_or_null (b, "record_number", pt_patient_get_record_number (patient));
  add_string_or_null (b, "date_of_birth", pt_patient_get_date_of_birth (patient));
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
  add_string_or_null (b, "kind", pt_enum_to_nick (PT_TYPE_CONDITION_KIND,
                                                  pt_condition_get_kind (condition)));
  add_string_or_null (b, "side", pt_enum_to_nick (PT_TYPE_SIDE, pt_condition_get_side (condition)));
  add_string_or_null (b, "status", pt_enum_to_nick (PT_TYPE_CONDITION_STATUS,
                                                    pt_condition_get_status (condition)));
  add_string_or_null (b, "onset_date", pt_condition_get_onset_date (condition));
  add_string_or_null (b, "prior_treatments", tried);
  json_builder_end_object (b);
}

static void
course_to_json (JsonBuilder *b,
                const PtRecovery *r)
{
  json_builder_set_member_name (b, "pain");
  json_builder_begin_object (b);
  add_number_or_null (b, "baseline", r->has_baseline, r->baseline);
  add_string_or_null (b, "baseline_date", r->baseline_date);
  add_number_or_null (b, "latest", r->has_latest, r->latest);
  add_string_or_null (b, "latest_date", r->latest_date);
  add_number_or_null (b, "percent_change", r->has_percent, r->percent_change);
  add_number_or_null (b, "reduction_percent", r->has_percent, -r->percent_change);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "sessions");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "count");
  json_builder_add_int_value (b, r->n_sessions);
  add_string_or_null (b, "first", r->first_session);
  add_string_or_null (b, "last", r->last_session);
  add_int_or_null (b, "days_since_first", r->days_since_first_session);
  json_builder_end_object (b);
}

static void
week_to_json (JsonBuilder    *b,
              const PtWeek   *w,
              PtDistanceUnit  unit)
{
  json_builder_begin_object (b);
  add_string_or_null (b, "start", w->start);
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
  add_number_or_null (b, "change_percent", w->has_change, w->change_pct);
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
  add_string_or_null (b, "first_run_back", r->first_run_back);
  add_int_or_null (b, "days_to_first_run", r->days_to_first_run);
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
      !(bundle = pt_cli_load_bundle (cli, argv[1], condition_arg, week_start, &error)))
    return pt_cli_fail (cli, error);

  if (json)
    {
      builder = json_builder_new ();
      summary_to_json (builder, bundle, unit);
      print_json (builder);
    }
  else
    print_summary_text (bundle, unit);

  return PT_CLI_EXIT_OK;
}

int
pt_cli_cmd_check (PtCli  *cli,
                  int     argc,
                  char  **argv)
{
  gboolean quick = FALSE;
  GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      N_("Run the faster quick_check instead of integrity_check"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_auto(GStrv) problems = NULL;
  gboolean clean;

  if (!pt_cli_parse (cli, NULL, _("Check the database for damage (integrity_check or "
                                  "quick_check, and foreign_key_check)."), entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)))
    return pt_cli_fail (cli, error);

  clean = pt_store_check (store, quick, &problems, &error);
  if (error != NULL)
    return pt_cli_fail (cli, error);

  if (clean)
    {
      g_print (_("%s: ok\n"), pt_store_get_path (store));
      return PT_CLI_EXIT_OK;
    }

  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr ("%s\n", problems[i]);
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem found\n", "%s: %u problems found\n",
                          g_strv_length (problems)),
              pt_store_get_path (store), g_strv_length (problems));
  return PT_CLI_EXIT_FAILURE;
}
