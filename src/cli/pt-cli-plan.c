/* pt-cli-plan.c: prolotrack-cli plan and plan-advance
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A patient's return-to-run plan (pt-plan.h, pt-run-plan.h): made from a
 * template or from steps given as text, shown with the decision after each
 * logged run, and advanced (the step it is at stored) from the runs.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "pt-cli-private.h"
#include "pt-date.h"
#include "pt-enums.h"
#include "pt-error.h"

static const char *
decision_nick (PtPlanDecision decision)
{
  switch (decision)
    {
    case PT_PLAN_ADVANCE: return "advance";
    case PT_PLAN_STEP_BACK: return "step-back";
    case PT_PLAN_HOLD:
    default: return "hold";
    }
}

static void
step_to_json (JsonBuilder      *b,
              const PtPlanStep *step,
              guint             position)
{
  static const char * const kinds[] = { "intervals", "continuous", "weekly" };
  g_autofree char *text = pt_plan_step_describe (step, PT_DISTANCE_UNIT_KM);

  json_builder_begin_object (b);
  pt_cli_json_add_int (b, "step", position + 1);
  pt_cli_json_add_string (b, "kind", kinds[step->kind]);
  if (step->kind == PT_PLAN_STEP_INTERVALS)
    {
      pt_cli_json_add_int (b, "run_min", step->run_min);
      pt_cli_json_add_int (b, "walk_min", step->walk_min);
      pt_cli_json_add_int (b, "repetitions", step->repetitions);
    }
  else if (step->kind == PT_PLAN_STEP_CONTINUOUS)
    pt_cli_json_add_int (b, "minutes", step->minutes);
  else
    pt_cli_json_add_number (b, "weekly_m", TRUE, step->weekly_m);
  pt_cli_json_add_int (b, "sessions", step->sessions);
  pt_cli_json_add_string (b, "text", text);
  json_builder_end_object (b);
}

static void
entry_to_json (JsonBuilder       *b,
               const PtPlanEntry *entry)
{
  json_builder_begin_object (b);
  pt_cli_json_add_string (b, "date", entry->date);
  pt_cli_json_add_int (b, "run_id", entry->run_id);
  pt_cli_json_add_int (b, "step", entry->step + 1);
  pt_cli_json_add_string (b, "decision", decision_nick (entry->decision));
  json_builder_set_member_name (b, "counted");
  json_builder_add_boolean_value (b, entry->counted);
  pt_cli_json_add_int (b, "next_step", entry->next_step + 1);
  pt_cli_json_add_number (b, "pain_during", !isnan (entry->pain_during), entry->pain_during);
  pt_cli_json_add_number (b, "usual_morning", !isnan (entry->usual_morning),
                          entry->usual_morning);
  pt_cli_json_add_number (b, "next_morning", !isnan (entry->next_morning), entry->next_morning);
  pt_cli_json_add_string (b, "text", entry->text);
  json_builder_end_object (b);
}

static void
plan_to_json (JsonBuilder    *b,
              PtRunPlan      *run_plan,
              PtPlan         *plan,
              PtPlanProgress *progress)
{
  PtPlanRule rule;
  g_autofree char *rule_text = NULL;
  g_autofree char *next = pt_plan_progress_next_run (progress);
  guint current = pt_plan_progress_get_current_step (progress);

  pt_run_plan_get_rule (run_plan, &rule);
  rule_text = pt_plan_rule_describe (&rule);

  json_builder_begin_object (b);
  pt_cli_json_add_int (b, "id", pt_record_get_id (PT_RECORD (run_plan)));
  pt_cli_json_add_int (b, "patient_id", pt_run_plan_get_patient_id (run_plan));
  pt_cli_json_add_int (b, "condition_id", pt_run_plan_get_condition_id (run_plan) > 0
                                            ? pt_run_plan_get_condition_id (run_plan) : -1);
  pt_cli_json_add_string (b, "start_date", pt_run_plan_get_start_date (run_plan));
  pt_cli_json_add_string (b, "steps_text", pt_run_plan_get_steps (run_plan));
  json_builder_set_member_name (b, "rule");
  json_builder_begin_object (b);
  pt_cli_json_add_string (b, "kind", pt_enum_to_nick (PT_TYPE_PLAN_RULE_KIND, rule.kind));
  pt_cli_json_add_number (b, "max_pain_during", TRUE, rule.max_pain_during);
  pt_cli_json_add_number (b, "max_pain_after", TRUE, rule.max_pain_after);
  json_builder_set_member_name (b, "check_next_morning");
  json_builder_add_boolean_value (b, rule.check_next_morning);
  pt_cli_json_add_number (b, "next_morning_tolerance", TRUE, rule.next_morning_tolerance);
  pt_cli_json_add_int (b, "next_morning_days", rule.next_morning_days);
  json_builder_set_member_name (b, "require_next_morning");
  json_builder_add_boolean_value (b, rule.require_next_morning);
  json_builder_set_member_name (b, "check_weekly");
  json_builder_add_boolean_value (b, rule.check_weekly);
  pt_cli_json_add_number (b, "weekly_tolerance", TRUE, rule.weekly_tolerance);
  pt_cli_json_add_string (b, "text", rule_text);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "steps");
  json_builder_begin_array (b);
  for (guint i = 0; i < pt_plan_get_n_steps (plan); i++)
    step_to_json (b, pt_plan_get_step (plan, i), i);
  json_builder_end_array (b);

  pt_cli_json_add_int (b, "current_step", current + 1);
  pt_cli_json_add_int (b, "done_at_step", pt_plan_progress_get_done (progress));
  json_builder_set_member_name (b, "complete");
  json_builder_add_boolean_value (b, pt_plan_progress_is_complete (progress));
  pt_cli_json_add_int (b, "stored_step", pt_run_plan_get_current_step (run_plan) != PT_NO_INT
                                           ? pt_run_plan_get_current_step (run_plan) + 1 : -1);
  pt_cli_json_add_string (b, "next_run", next);

  json_builder_set_member_name (b, "history");
  json_builder_begin_array (b);
  for (guint i = 0; i < pt_plan_progress_get_n_entries (progress); i++)
    entry_to_json (b, pt_plan_progress_get_entry (progress, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
print_plan (PtRunPlan      *run_plan,
            PtPlan         *plan,
            PtPlanProgress *progress)
{
  PtPlanRule rule;
  g_autofree char *rule_text = NULL;
  g_autofree char *next = pt_plan_progress_next_run (progress);
  guint current = pt_plan_progress_get_current_step (progress);

  pt_run_plan_get_rule (run_plan, &rule);
  rule_text = pt_plan_rule_describe (&rule);

  g_print (_("Return-to-run plan from %s"), pt_run_plan_get_start_date (run_plan));
  g_print ("\n%s\n\n", rule_text);
  for (guint i = 0; i < pt_plan_get_n_steps (plan); i++)
    {
      g_autofree char *text = pt_plan_step_describe (pt_plan_get_step (plan, i),
                                                     PT_DISTANCE_UNIT_KM);

      g_print ("%s %2u  %s\n", i == current ? "→" : i < current ? "✓" : " ", i + 1, text);
    }

  if (pt_plan_progress_get_n_entries (progress) > 0)
    g_print ("\n%s\n", _("After each run:"));
  for (guint i = 0; i < pt_plan_progress_get_n_entries (progress); i++)
    {
      const PtPlanEntry *entry = pt_plan_progress_get_entry (progress, i);

      g_print ("  %s  %s\n", entry->date, entry->text);
    }
  g_print ("\n%s\n", next);
}

/* The plan in force: the patient's latest. */
static PtRunPlan *
latest_plan (PtStore  *store,
             gint64    patient_id,
             GError  **error)
{
  g_autoptr(GListModel) plans = pt_store_list_run_plans (store, patient_id, error);
  guint n;

  if (plans == NULL)
    return NULL;
  n = g_list_model_get_n_items (plans);
  if (n == 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_FOUND,
                   _("The patient has no return-to-run plan; make one with "
                     "“plan PATIENT --new”"));
      return NULL;
    }
  return g_list_model_get_item (plans, n - 1);
}

static PtRunPlan *
new_plan (PtCli       *cli,
          gint64       patient_id,
          const char  *template_text,
          const char  *steps,
          const char  *start,
          const char  *start_km,
          const char  *goal_km,
          const char  *rule_text,
          const char  *condition_text,
          GError     **error)
{
  g_autoptr(PtRunPlan) run_plan = pt_run_plan_new ();
  g_autofree char *today = pt_date_today_string ();
  double start_value = 0, goal_value = 30;
  gint64 condition_id = 0;
  int rule_kind = PT_PLAN_RULE_SILBERNAGEL;
  PtPlanRule rule;

  if ((start_km != NULL && !pt_cli_parse_double ("start-km", start_km, &start_value, error)) ||
      (goal_km != NULL && !pt_cli_parse_double ("goal-km", goal_km, &goal_value, error)) ||
      (rule_text != NULL &&
       !pt_cli_parse_enum ("rule", PT_TYPE_PLAN_RULE_KIND, rule_text, &rule_kind, error)) ||
      (condition_text != NULL &&
       !pt_cli_parse_int ("condition", condition_text, &condition_id, error)))
    return NULL;

  pt_run_plan_set_patient_id (run_plan, patient_id);
  pt_run_plan_set_condition_id (run_plan, condition_id);
  pt_plan_rule_init (&rule, rule_kind);
  pt_run_plan_set_rule (run_plan, &rule);

  if (steps != NULL)
    {
      pt_run_plan_set_start_date (run_plan, start != NULL ? start : today);
      pt_run_plan_set_steps (run_plan, steps);
    }
  else
    {
      PtPlanTemplate template_ = PT_PLAN_TEMPLATE_WALK_RUN;
      g_autoptr(PtPlan) plan = NULL;

      if (template_text != NULL && g_str_equal (template_text, "continuous"))
        template_ = PT_PLAN_TEMPLATE_CONTINUOUS;
      else if (template_text != NULL && !g_str_equal (template_text, "walk-run"))
        {
          pt_set_field_error (error, "template",
                              _("--template: “%s” is not a template (walk-run or continuous)"),
                              template_text);
          return NULL;
        }
      if (start != NULL && !pt_date_parse (start, &(GDate) { 0 }))
        {
          pt_set_field_error (error, "start", _("--start: “%s” is not a date; use YYYY-MM-DD"),
                              start);
          return NULL;
        }
      plan = pt_plan_new_from_template (template_, start != NULL ? start : today,
                                        start_value * 1000, goal_value * 1000, error);
      if (plan == NULL)
        return NULL;
      pt_run_plan_set_plan (run_plan, plan);
    }

  return g_steal_pointer (&run_plan);
}

static int
show (PtCli       *cli,
      PtStore     *store,
      PtRunPlan   *run_plan,
      gboolean     json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPlan) plan = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GListModel) pain = NULL;
  g_autoptr(PtPlanProgress) progress = NULL;
  gint64 patient_id = pt_run_plan_get_patient_id (run_plan);

  if (!(plan = pt_run_plan_get_plan (run_plan, &error)) ||
      !(runs = pt_store_list_runs (store, patient_id, &error)) ||
      !(pain = pt_store_list_pain_scores (store, patient_id, &error)) ||
      !(progress = pt_store_evaluate_run_plan (store, run_plan, runs, pain, PT_DISTANCE_UNIT_KM,
                                               &error)))
    return pt_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      plan_to_json (builder, run_plan, plan, progress);
      pt_cli_json_print (builder);
    }
  else
    print_plan (run_plan, plan, progress);
  return PT_CLI_EXIT_OK;
}

int
pt_cli_cmd_plan (PtCli  *cli,
                 int     argc,
                 char  **argv)
{
  gboolean json = FALSE, create = FALSE;
  g_autofree char *template_text = NULL;
  g_autofree char *steps = NULL;
  g_autofree char *start = NULL;
  g_autofree char *start_km = NULL;
  g_autofree char *goal_km = NULL;
  g_autofree char *rule_text = NULL;
  g_autofree char *condition_text = NULL;
  GOptionEntry entries[] = {
    { "new", 0, 0, G_OPTION_ARG_NONE, &create,
      N_("Make a new plan (it replaces the one in force; the old one is kept)"), NULL },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_text,
      /* xgettext:no-c-format */
      N_("walk-run (default: walk/run 1/2 to 5/1, then 20-30 min, then +10 % a week) or "
         "continuous (10-30 min, then +10 % a week)"), N_("NAME") },
    { "steps", 0, 0, G_OPTION_ARG_STRING, &steps,
      N_("The steps as text instead of a template: i1/2x5*2 (1 min running, 2 walking, 5 "
         "times, 2 runs), c20*2 (20 min continuous, 2 runs), w13800*1 (13,800 m a week, 1 "
         "week), separated by ;"), N_("STEPS") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("First day (default: today)"),
      N_("YYYY-MM-DD") },
    { "start-km", 0, 0, G_OPTION_ARG_STRING, &start_km,
      N_("Weekly distance the weekly phase starts at (default: three 30-minute runs)"),
      N_("KM") },
    { "goal-km", 0, 0, G_OPTION_ARG_STRING, &goal_km,
      N_("Weekly distance the plan ends at (default: 30)"), N_("KM") },
    { "rule", 0, 0, G_OPTION_ARG_STRING, &rule_text,
      N_("Pain-monitoring rule: silbernagel (default: pain during at most 5/10, settled by "
         "the next morning), cautious (3/10) or pain-free"), N_("RULE") },
    { "condition", 0, 0, G_OPTION_ARG_STRING, &condition_text,
      N_("The condition whose pain scores the rule reads (default: all)"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtRunPlan) run_plan = NULL;
  gint64 patient_id = 0;

  if (!pt_cli_parse (cli, "PATIENT", _("Show a patient’s return-to-run plan: its steps, the "
                                       "decision after each logged run (advance, hold, step "
                                       "back) and the next run; or make one with --new."),
                     entries, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  if (!create && (template_text || steps || start || start_km || goal_km || rule_text ||
                  condition_text))
    return pt_cli_usage_error (cli, _("--template, --steps, --start, --start-km, --goal-km, "
                                      "--rule and --condition are for --new"));
  if (template_text != NULL && steps != NULL)
    return pt_cli_usage_error (cli, _("Give --template or --steps, not both"));

  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !pt_cli_find_patient (cli, store, argv[1], &patient_id, &error))
    return pt_cli_fail (cli, error);

  if (create)
    {
      if (!(run_plan = new_plan (cli, patient_id, template_text, steps, start, start_km, goal_km,
                                 rule_text, condition_text, &error)) ||
          pt_store_add_run_plan (store, run_plan, &error) == 0 ||
          !pt_store_advance_run_plan (store, pt_record_get_id (PT_RECORD (run_plan)),
                                      PT_DISTANCE_UNIT_KM, NULL, NULL, &error))
        return pt_cli_fail (cli, error);
      g_clear_object (&run_plan);
    }

  if (!(run_plan = latest_plan (store, patient_id, &error)))
    return pt_cli_fail (cli, error);
  return show (cli, store, run_plan, json);
}

int
pt_cli_cmd_plan_advance (PtCli  *cli,
                         int     argc,
                         char  **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the plan as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtRunPlan) run_plan = NULL;
  g_autoptr(PtRunPlan) stored = NULL;
  gint64 patient_id = 0;
  gboolean changed = FALSE;

  if (!pt_cli_parse (cli, "PATIENT", _("Recompute a patient’s return-to-run plan from the "
                                       "logged runs and pain scores, store the step it is at, "
                                       "and show it."), entries, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !pt_cli_find_patient (cli, store, argv[1], &patient_id, &error) ||
      !(run_plan = latest_plan (store, patient_id, &error)) ||
      !pt_store_advance_run_plan (store, pt_record_get_id (PT_RECORD (run_plan)),
                                  PT_DISTANCE_UNIT_KM, NULL, &changed, &error) ||
      !(stored = pt_store_get_run_plan (store, pt_record_get_id (PT_RECORD (run_plan)), &error)))
    return pt_cli_fail (cli, error);

  if (!json)
    g_printerr ("%s\n", changed ? _("The plan’s step changed; stored.")
                                : _("The plan’s step is unchanged."));
  return show (cli, store, stored, json);
}
