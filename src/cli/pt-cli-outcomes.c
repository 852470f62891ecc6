/* pt-cli-outcomes.c: prolotrack-cli log-measure and measures
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Outcome questionnaires (pt-measure.h): logging one from its item answers
 * or its total, and a patient's measures with their change from baseline
 * against the published MCID.
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
#include "pt-outcome-series.h"

static void
score_to_json (JsonBuilder          *b,
               PtOutcome            *outcome,
               const PtMeasureScore *score)
{
  PtMeasureKind kind = pt_outcome_get_kind (outcome);

  json_builder_begin_object (b);
  pt_cli_json_add_int (b, "id", pt_record_get_id (PT_RECORD (outcome)));
  pt_cli_json_add_int (b, "condition_id", pt_outcome_get_condition_id (outcome));
  pt_cli_json_add_string (b, "date", pt_outcome_get_date (outcome));
  pt_cli_json_add_string (b, "measure", pt_enum_to_nick (PT_TYPE_MEASURE_KIND, kind));
  pt_cli_json_add_string (b, "name", pt_outcome_get_name (outcome));
  pt_cli_json_add_number (b, "total", TRUE, pt_outcome_get_total (outcome));
  if (score != NULL)
    {
      json_builder_set_member_name (b, "subscales");
      json_builder_begin_object (b);
      for (guint i = 0; i < score->n_subscales; i++)
        pt_cli_json_add_number (b, pt_measure_kind_get_subscale (kind, i)->label, TRUE,
                                score->subscales[i]);
      json_builder_end_object (b);
      pt_cli_json_add_int (b, "missing_items", score->n_missing);
    }
  pt_cli_json_add_string (b, "answers", pt_outcome_get_answers (outcome));
  json_builder_end_object (b);
}

/* The condition of --condition, else the patient's main one. */
static gboolean
find_condition (PtStore  *store,
                gint64    patient_id,
                gint64   *condition_id,
                GError  **error)
{
  g_autoptr(GListModel) conditions = NULL;
  g_autoptr(PtCondition) main_condition = NULL;

  if (*condition_id > 0)
    return TRUE;

  if (!(conditions = pt_store_list_conditions (store, patient_id, error)))
    return FALSE;
  main_condition = pt_analysis_main_condition (conditions);
  if (main_condition == NULL)
    {
      pt_set_field_error (error, "condition",
                          _("The patient has no condition to record the measure for; "
                            "add one first"));
      return FALSE;
    }
  *condition_id = pt_record_get_id (PT_RECORD (main_condition));
  return TRUE;
}

int
pt_cli_cmd_log_measure (PtCli  *cli,
                        int     argc,
                        char  **argv)
{
  g_autofree char *patient_text = NULL;
  g_autofree char *condition_text = NULL;
  g_autofree char *measure_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *answers = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *mcid_text = NULL;
  g_autofree char *notes = NULL;
  gboolean higher_better = FALSE, json = FALSE;
  GOptionEntry entries[] = {
    { "patient", 0, 0, G_OPTION_ARG_STRING, &patient_text,
      N_("Patient id, or a record number with letters (else --record)"), N_("PATIENT") },
    { "condition", 0, 0, G_OPTION_ARG_STRING, &condition_text,
      N_("Condition id (default: the patient’s main condition)"), N_("ID") },
    { "measure", 0, 0, G_OPTION_ARG_STRING, &measure_text,
      N_("ffi, visa-a, lefs, kujala or custom"), N_("MEASURE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date (default: today)"), N_("YYYY-MM-DD") },
    { "answers", 0, 0, G_OPTION_ARG_STRING, &answers,
      N_("The item answers in item order, comma separated; leave a place empty for an item "
         "not answered (3,5,,2,...); the total is scored from them"), N_("LIST") },
    { "total", 0, 0, G_OPTION_ARG_STRING, &total_text,
      N_("The total, when only the total is recorded"), N_("SCORE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("A clinic score’s name"), N_("NAME") },
    { "min", 0, 0, G_OPTION_ARG_STRING, &min_text, N_("A clinic score’s lowest value"), N_("N") },
    { "max", 0, 0, G_OPTION_ARG_STRING, &max_text, N_("A clinic score’s highest value"), N_("N") },
    { "higher-better", 0, 0, G_OPTION_ARG_NONE, &higher_better,
      N_("A clinic score where higher is better (default: lower is better)"), NULL },
    { "mcid", 0, 0, G_OPTION_ARG_STRING, &mcid_text,
      N_("A clinic score’s own threshold for an important change"), N_("N") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the stored measure as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtOutcome) outcome = pt_outcome_new ();
  g_autofree char *today = pt_date_today_string ();
  PtMeasureScore score = { 0 };
  gint64 patient_id = 0, condition_id = 0;
  double number = NAN;
  int kind = 0;
  gint64 id;

  if (!pt_cli_parse (cli, NULL, _("Record an outcome questionnaire for a condition: the Foot "
                                  "Function Index, VISA-A, LEFS, Kujala, or a clinic score; "
                                  "prints its id."), entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (measure_text == NULL)
    return pt_cli_usage_error (cli, _("--measure is required (ffi, visa-a, lefs, kujala or "
                                      "custom)"));
  if (!pt_cli_parse_enum ("measure", PT_TYPE_MEASURE_KIND, measure_text, &kind, &error) ||
      (condition_text != NULL &&
       !pt_cli_parse_int ("condition", condition_text, &condition_id, &error)))
    return pt_cli_fail (cli, error);

  pt_outcome_set_kind (outcome, kind);
  pt_outcome_set_date (outcome, date != NULL ? date : today);
  pt_outcome_set_answers (outcome, answers);
  pt_outcome_set_notes (outcome, notes);
  if (kind == PT_MEASURE_KIND_CUSTOM)
    {
      pt_outcome_set_custom_name (outcome, name);
      pt_outcome_set_custom_higher_better (outcome, higher_better);
    }
  else if (name != NULL || min_text != NULL || max_text != NULL || mcid_text != NULL ||
           higher_better)
    return pt_cli_usage_error (cli, _("--name, --min, --max, --mcid and --higher-better are "
                                      "for --measure custom only"));
  if (answers != NULL && total_text != NULL)
    return pt_cli_usage_error (cli, _("Give --answers or --total, not both: the total is "
                                      "scored from the answers"));
  if (answers == NULL && total_text == NULL)
    return pt_cli_usage_error (cli, _("Give --answers or --total"));

#define SET_REAL(text, option, setter) \
  if ((text) != NULL) \
    { \
      if (!pt_cli_parse_double (option, (text), &number, &error)) \
        return pt_cli_fail (cli, error); \
      setter (outcome, number); \
    }
  SET_REAL (total_text, "total", pt_outcome_set_total)
  SET_REAL (min_text, "min", pt_outcome_set_custom_min)
  SET_REAL (max_text, "max", pt_outcome_set_custom_max)
  SET_REAL (mcid_text, "mcid", pt_outcome_set_custom_mcid)
#undef SET_REAL

  if (!pt_outcome_compute_total (outcome, &score, &error) ||
      !(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !pt_cli_find_patient (cli, store, patient_text, &patient_id, &error) ||
      !find_condition (store, patient_id, &condition_id, &error))
    return pt_cli_fail (cli, error);

  pt_outcome_set_patient_id (outcome, patient_id);
  pt_outcome_set_condition_id (outcome, condition_id);
  if ((id = pt_store_add_outcome (store, outcome, &error)) == 0)
    return pt_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      score_to_json (builder, outcome, answers != NULL ? &score : NULL);
      pt_cli_json_print (builder);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", id);
  return PT_CLI_EXIT_OK;
}

static const char *
change_class_nick (PtMeasureChangeClass change_class)
{
  switch (change_class)
    {
    case PT_MEASURE_CHANGE_WORSE_IMPORTANT: return "worse-important";
    case PT_MEASURE_CHANGE_WORSE: return "worse";
    case PT_MEASURE_CHANGE_NONE: return "none";
    case PT_MEASURE_CHANGE_BETTER: return "better";
    case PT_MEASURE_CHANGE_BETTER_IMPORTANT: return "better-important";
    default: return "none";
    }
}

static void
measure_to_json (JsonBuilder            *b,
                 const PtOutcomeMeasure *measure)
{
  const PtMeasureChange *change = &measure->change;

  json_builder_begin_object (b);
  pt_cli_json_add_string (b, "measure", pt_enum_to_nick (PT_TYPE_MEASURE_KIND, measure->kind));
  pt_cli_json_add_string (b, "name", measure->name);
  pt_cli_json_add_number (b, "min", TRUE, measure->scale.min);
  pt_cli_json_add_number (b, "max", TRUE, measure->scale.max);
  json_builder_set_member_name (b, "higher_is_better");
  json_builder_add_boolean_value (b, measure->scale.higher_is_better);
  pt_cli_json_add_number (b, "mcid", !isnan (measure->scale.mcid), measure->scale.mcid);
  json_builder_set_member_name (b, "scores");
  json_builder_begin_array (b);
  for (guint i = 0; i < measure->points->len; i++)
    {
      const PtOutcomePoint *point = &g_array_index (measure->points, PtOutcomePoint, i);

      json_builder_begin_object (b);
      pt_cli_json_add_int (b, "id", point->id);
      pt_cli_json_add_string (b, "date", point->date);
      pt_cli_json_add_number (b, "total", TRUE, point->total);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  pt_cli_json_add_number (b, "baseline", TRUE, change->baseline);
  pt_cli_json_add_number (b, "latest", TRUE, change->latest);
  pt_cli_json_add_number (b, "improvement", TRUE, change->improvement);
  json_builder_set_member_name (b, "reaches_mcid");
  json_builder_add_boolean_value (b, change->reaches_mcid);
  pt_cli_json_add_string (b, "change", change_class_nick (change->change_class));
  json_builder_end_object (b);
}

static void
print_measure (const PtOutcomeMeasure *measure)
{
  g_autofree char *sentence = pt_outcome_measure_describe (measure);

  g_print ("%s (%s)\n", measure->name,
           measure->scale.higher_is_better ? _("higher is better") : _("lower is better"));
  for (guint i = 0; i < measure->points->len; i++)
    {
      const PtOutcomePoint *point = &g_array_index (measure->points, PtOutcomePoint, i);

      g_print ("  %s  %g\n", point->date, point->total);
    }
  if (sentence != NULL)
    {
      g_print ("  %s\n", sentence);
      if (!isnan (measure->scale.mcid))
        g_print ("  %s\n", measure->change.reaches_mcid
                             ? _("The change reaches the minimal clinically important difference.")
                             : _("The change is below the minimal clinically important difference."));
    }
}

int
pt_cli_cmd_measures (PtCli  *cli,
                     int     argc,
                     char  **argv)
{
  g_autofree char *condition_text = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "condition", 0, 0, G_OPTION_ARG_STRING, &condition_text,
      N_("Condition id (default: the patient’s main condition)"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle = NULL;
  const PtOutcomeSeries *series;

  if (!pt_cli_parse (cli, "PATIENT", _("Show a patient’s outcome measures with their change "
                                       "from the first score, and whether it reaches the "
                                       "published minimal clinically important difference."),
                     entries, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  if (!(bundle = pt_cli_load_bundle (cli, argv[1], condition_text, NULL, &error)))
    return pt_cli_fail (cli, error);

  series = pt_patient_bundle_get_outcome_series (bundle);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < pt_outcome_series_get_n_measures (series); i++)
        measure_to_json (builder, pt_outcome_series_get_measure (series, i));
      json_builder_end_array (builder);
      pt_cli_json_print (builder);
      return PT_CLI_EXIT_OK;
    }

  if (pt_outcome_series_get_n_measures (series) == 0)
    g_print ("%s\n", _("No outcome measures recorded"));
  for (guint i = 0; i < pt_outcome_series_get_n_measures (series); i++)
    print_measure (pt_outcome_series_get_measure (series, i));
  return PT_CLI_EXIT_OK;
}
