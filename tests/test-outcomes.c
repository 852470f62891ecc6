/* test-outcomes.c: outcome measures and return-to-run plans as stored
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scoring rules themselves are test-measures.c's and the plan's
 * decisions test-plan.c's; here: what the store keeps and refuses, the
 * schema's own CHECKs behind it, the audit trail, the series the chart and
 * report read, and the CLI's log-measure, measures, plan and plan-advance.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "pt-audit.h"
#include "pt-outcome-series.h"
#include "pt-test-cli.h"
#include "pt-test-clinic.h"
#include "pt-test-utils.h"

#define X NAN

/* The worked example of test-measures.c: 54.0 % (subscales 70, 60, 12.5). */
static const char ffi_example[] = "8,9,6,5,7,6,,,8,5,6,7,6,5,8,4,6,7,0,2,3,0,";

typedef struct
{
  PtTestFixture base;
  gint64        patient;
  gint64        condition;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  pt_test_fixture_set_up (&f->base, data);
  f->patient = pt_test_add_patient (f->base.store, "Claire Donnelly", "PT-1", "1983-06-14");
  f->condition = pt_test_add_condition (f->base.store, f->patient, "2025-06-02");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pt_test_fixture_tear_down (&f->base, data);
}

static PtOutcome *
new_outcome (Fixture       *f,
             PtMeasureKind  kind,
             const char    *date)
{
  PtOutcome *outcome = pt_outcome_new ();

  pt_outcome_set_patient_id (outcome, f->patient);
  pt_outcome_set_condition_id (outcome, f->condition);
  pt_outcome_set_kind (outcome, kind);
  pt_outcome_set_date (outcome, date);
  return outcome;
}

static gint64
add_ffi (Fixture    *f,
         const char *date,
         double      total)
{
  g_autoptr(PtOutcome) outcome = new_outcome (f, PT_MEASURE_KIND_FFI, date);

  pt_outcome_set_total (outcome, total);
  return pt_test_expect_saved (f->base.store, outcome);
}

/* From its answers the total is the published score; a total that is not
 * theirs is refused, naming the score it should be. */
static void
test_answers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PtOutcome) outcome = new_outcome (f, PT_MEASURE_KIND_FFI, "2026-03-04");
  g_autoptr(PtOutcome) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) answers = NULL;
  PtMeasureScore score;
  gint64 id;

  pt_outcome_set_answers (outcome, ffi_example);
  pt_outcome_set_total (outcome, 47.5);  /* the mean of the subscales: wrong */
  pt_test_expect_invalid (f->base.store, outcome, "total", "Foot Function Index", "54.0");

  g_assert_true (pt_outcome_compute_total (outcome, &score, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (pt_outcome_get_total (outcome), 54.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (score.subscales[2], 12.5, 1e-9);
  id = pt_test_expect_saved (f->base.store, outcome);

  stored = pt_store_get_outcome (f->base.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_outcome_get_answers (stored), ==, ffi_example);
  answers = pt_outcome_parse_answers (stored, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (answers->len, ==, 23);
  g_assert_true (isnan (g_array_index (answers, double, 6)));
  g_assert_cmpfloat (g_array_index (answers, double, 8), ==, 8);

  /* Answers are written back the same way, blanks as empty places. */
  {
    const double values[4] = { 3, X, 0.5, -0.0 };

    pt_outcome_set_answer_values (outcome, values, 4);
    g_assert_cmpstr (pt_outcome_get_answers (outcome), ==, "3,,0.5,0");
  }
}

/* Every refusal names its field and writes nothing. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PtOutcome) outcome = new_outcome (f, PT_MEASURE_KIND_FFI, "2026-03-04");
  g_autoptr(PtOutcome) visa = new_outcome (f, PT_MEASURE_KIND_VISA_A, "2026-03-04");
  g_autoptr(PtOutcome) custom = new_outcome (f, PT_MEASURE_KIND_CUSTOM, "2026-03-04");
  g_autoptr(PtOutcome) other = NULL;
  gint64 stranger, stranger_condition;

  pt_outcome_set_total (outcome, 101);
  pt_test_expect_invalid (f->base.store, outcome, "total", "Foot Function Index", "0", "100",
                          "101");
  pt_outcome_set_total (outcome, 40);
  pt_outcome_set_answers (outcome, "1,2,3");
  pt_test_expect_invalid (f->base.store, outcome, "answers", "23 items", "3 answers");
  pt_outcome_set_answers (outcome, "1,2,x");
  pt_test_expect_invalid (f->base.store, outcome, "answers", "Answer 3", "x");
  /* Eleven items out, five of them pain: the FFI allows four per
   * subscale. */
  pt_outcome_set_answers (outcome, ",,,,,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5");
  pt_test_expect_invalid (f->base.store, outcome, "items", "5 of 9");
  pt_outcome_set_answers (outcome, NULL);
  pt_outcome_set_custom_name (outcome, "Hop test");
  pt_test_expect_invalid (f->base.store, outcome, "custom_name", "Foot Function Index");
  pt_outcome_set_custom_name (outcome, NULL);
  pt_outcome_set_date (outcome, "1983-06-13");
  pt_test_expect_invalid (f->base.store, outcome, "date", NULL);

  /* VISA-A question 7: 0, 4, 7 or 10 points; 5 is none of them. */
  pt_outcome_set_answers (visa, "7,6,5,6,7,6,5,10");
  pt_outcome_set_total (visa, 52);
  pt_test_expect_invalid (f->base.store, visa, "item-7", NULL);

  /* A clinic score needs its definition and stays in its range. */
  pt_outcome_set_total (custom, 50);
  pt_test_expect_invalid (f->base.store, custom, "custom_name", NULL);
  pt_outcome_set_custom_name (custom, "Hop test, cm");
  pt_outcome_set_custom_min (custom, 0);
  pt_outcome_set_custom_max (custom, 40);
  pt_test_expect_invalid (f->base.store, custom, "total", NULL);
  pt_outcome_set_custom_max (custom, 300);
  pt_outcome_set_answers (custom, "1,2");
  pt_test_expect_invalid (f->base.store, custom, "answers", "total only");
  pt_outcome_set_answers (custom, NULL);
  pt_test_expect_saved (f->base.store, custom);

  /* Another patient's condition. */
  stranger = pt_test_add_patient (f->base.store, "Bo Ek", "PT-2", "2001-12-31");
  stranger_condition = pt_test_add_condition (f->base.store, stranger, "2026-01-01");
  other = new_outcome (f, PT_MEASURE_KIND_LEFS, "2026-03-04");
  pt_outcome_set_total (other, 40);
  pt_outcome_set_condition_id (other, stranger_condition);
  pt_test_expect_invalid (f->base.store, other, "condition_id", NULL);
}

/* The schema refuses what the C checks refuse, whoever writes. */
static void
test_schema_checks (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const refused[] = {
    "INSERT INTO outcomes (patient_id, condition_id, date, kind, total) "
    "VALUES (PATIENT, CONDITION, '2026-03-04', 'ffi', 120)",
    "INSERT INTO outcomes (patient_id, condition_id, date, kind, total) "
    "VALUES (PATIENT, CONDITION, '2026-03-04', 'lefs', 81)",
    "INSERT INTO outcomes (patient_id, condition_id, date, kind, total) "
    "VALUES (PATIENT, CONDITION, '2026-03-04', 'custom', 5)",
    "INSERT INTO outcomes (patient_id, condition_id, date, kind, total, custom_name) "
    "VALUES (PATIENT, CONDITION, '2026-03-04', 'ffi', 5, 'x')",
    "INSERT INTO outcomes (patient_id, condition_id, date, kind, total, answers) "
    "VALUES (PATIENT, CONDITION, '2026-03-04', 'ffi', 5, '1;2')",
    "INSERT INTO outcomes (patient_id, condition_id, date, kind, total) "
    "VALUES (PATIENT, CONDITION, '2026-02-30', 'ffi', 5)",
    "INSERT INTO run_plans (patient_id, condition_id, start_date, steps, max_pain_during, "
    "max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance) "
    "VALUES (PATIENT, CONDITION, '2026-03-04', 'run a lot', 5, 5, 0, 1, 0)",
    "INSERT INTO run_plans (patient_id, condition_id, start_date, steps, max_pain_during, "
    "max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance) "
    "VALUES (PATIENT, CONDITION, '2026-03-04', 'c20*2', 5.2, 5, 0, 1, 0)",
  };
  PtDb *db = pt_test_clinic_connect (f->base.path, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *patient = g_strdup_printf ("%lld", (long long) f->patient);
      g_autofree char *condition = g_strdup_printf ("%lld", (long long) f->condition);
      g_autoptr(GString) sql = g_string_new (refused[i]);

      g_string_replace (sql, "PATIENT", patient, 0);
      g_string_replace (sql, "CONDITION", condition, 0);

      g_assert_false (pt_db_exec (db, sql->str));
      g_assert_cmpint (pt_db_get_fault (db), ==, PT_DB_FAULT_CONSTRAINT);
    }
  pt_db_free (db);
  g_assert_cmpint (pt_test_count (f->base.store, PT_TYPE_OUTCOME), ==, 0);
  g_assert_cmpint (pt_test_count (f->base.store, PT_TYPE_RUN_PLAN), ==, 0);
}

/* A condition with measures or a plan is not deleted alone; the patient
 * with their records takes them along; every change is in the history. */
static void
test_delete_and_audit (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(PtRunPlan) run_plan = pt_run_plan_new ();
  g_autofree char *described = NULL;
  gint64 id = add_ffi (f, "2026-03-04", 48);

  pt_run_plan_set_patient_id (run_plan, f->patient);
  pt_run_plan_set_condition_id (run_plan, f->condition);
  pt_run_plan_set_start_date (run_plan, "2026-04-20");
  pt_run_plan_set_steps (run_plan, "i1/2x5*2;c20*2");
  pt_test_expect_saved (f->base.store, run_plan);

  entries = pt_store_list_audit (f->base.store, "outcomes", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  described = pt_audit_entry_describe (entries->pdata[0]);
  pt_test_assert_contains (described, "outcome measure");

  g_assert_false (pt_store_delete_condition (f->base.store, f->condition, &error));
  pt_test_assert_error (error, PT_ERROR_HAS_RECORDS, NULL, NULL);
  g_clear_error (&error);

  g_assert_true (pt_store_delete_patient_with_records (f->base.store, f->patient, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_test_count (f->base.store, PT_TYPE_OUTCOME), ==, 0);
  g_assert_cmpint (pt_test_count (f->base.store, PT_TYPE_RUN_PLAN), ==, 0);

  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = pt_store_list_audit (f->base.store, "outcomes", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
}

/* The steps text is read back into the same plan; anything else is
 * refused with field "steps". */
static void
test_plan_steps (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const bad[] = {
    "", "i1/2x5", "i1/2*2", "c20*0", "w13800*1;", "c20*2;;c25*2", "q20*2", "c9999999*1",
    "c0*2", "i0/2x5*2",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPlan) plan = NULL;
  g_autoptr(PtPlan) again = NULL;
  g_autoptr(PtRunPlan) run_plan = pt_run_plan_new ();
  g_autofree char *text = NULL;
  PtPlanRule rule;

  plan = pt_plan_new_from_template (PT_PLAN_TEMPLATE_WALK_RUN, "2026-04-20", 0, 30000, &error);
  g_assert_no_error (error);
  pt_run_plan_set_patient_id (run_plan, f->patient);
  pt_run_plan_set_plan (run_plan, plan);
  text = pt_run_plan_encode_steps (plan);
  g_assert_true (g_str_has_prefix (text, "i1/2x5*2;i2/2x5*2;i3/2x5*2;i4/1x5*2;i5/1x5*2;c20*2;"));
  g_assert_true (g_str_has_suffix (text, ";w29200*1;w30000*1"));

  again = pt_run_plan_get_plan (run_plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pt_plan_get_n_steps (again), ==, pt_plan_get_n_steps (plan));
  for (guint i = 0; i < pt_plan_get_n_steps (plan); i++)
    {
      const PtPlanStep *a = pt_plan_get_step (plan, i), *b = pt_plan_get_step (again, i);

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpuint (a->run_min, ==, b->run_min);
      g_assert_cmpuint (a->walk_min, ==, b->walk_min);
      g_assert_cmpuint (a->repetitions, ==, b->repetitions);
      g_assert_cmpuint (a->minutes, ==, b->minutes);
      g_assert_cmpfloat (a->weekly_m, ==, b->weekly_m);
      g_assert_cmpuint (a->sessions, ==, b->sessions);
    }
  pt_test_expect_saved (f->base.store, run_plan);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PtRunPlan) broken = pt_run_plan_new ();

      pt_run_plan_set_patient_id (broken, f->patient);
      pt_run_plan_set_start_date (broken, "2026-04-20");
      pt_run_plan_set_steps (broken, bad[i]);
      g_test_message ("steps “%s”", bad[i]);
      pt_test_expect_invalid (f->base.store, broken, "steps", NULL);
    }

  /* The rule's parameters are checked too. */
  {
    g_autoptr(PtRunPlan) broken = pt_run_plan_new ();

    pt_run_plan_set_patient_id (broken, f->patient);
    pt_run_plan_set_start_date (broken, "2026-04-20");
    pt_run_plan_set_steps (broken, "c20*2");
    pt_plan_rule_init (&rule, PT_PLAN_RULE_CUSTOM);
    rule.max_pain_during = 11;
    pt_run_plan_set_rule (broken, &rule);
    pt_test_expect_invalid (f->base.store, broken, "max_pain_during", NULL);
  }
}

/* Advancing stores the step the runs reached, once: an unchanged step
 * writes nothing (no audit row). */
static void
test_advance (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtRunPlan) run_plan = pt_run_plan_new ();
  g_autoptr(PtRunPlan) stored = NULL;
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gboolean changed = FALSE;
  gint64 id;

  pt_run_plan_set_patient_id (run_plan, f->patient);
  pt_run_plan_set_start_date (run_plan, "2026-04-20");
  pt_run_plan_set_steps (run_plan, "c20*1;c30*1");
  id = pt_test_expect_saved (f->base.store, run_plan);

  /* A 20-minute run at 3/10, mornings 2 before and after: step 1 done. */
  pt_test_add_pain_score (f->base.store, f->patient, 0, "2026-04-20", 2);
  {
    g_autoptr(PtPainScore) morning = pt_test_new_pain_score (f->patient, 0, "2026-04-20", 2);
    g_autoptr(PtPainScore) next = pt_test_new_pain_score (f->patient, 0, "2026-04-22", 2);
    g_autoptr(PtRun) run = pt_test_new_run (f->patient, "2026-04-21", 3000);

    pt_pain_score_set_context (morning, PT_PAIN_CONTEXT_MORNING);
    pt_pain_score_set_context (next, PT_PAIN_CONTEXT_MORNING);
    pt_run_set_duration_s (run, 20 * 60);
    pt_run_set_pain_during (run, 3);
    pt_test_expect_saved (f->base.store, morning);
    pt_test_expect_saved (f->base.store, next);
    pt_test_expect_saved (f->base.store, run);
  }

  g_assert_true (pt_store_advance_run_plan (f->base.store, id, PT_DISTANCE_UNIT_KM, &progress,
                                            &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_cmpuint (pt_plan_progress_get_current_step (progress), ==, 1);
  stored = pt_store_get_run_plan (f->base.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_run_plan_get_current_step (stored), ==, 1);

  g_assert_true (pt_store_advance_run_plan (f->base.store, id, PT_DISTANCE_UNIT_KM, NULL,
                                            &changed, &error));
  g_assert_no_error (error);
  g_assert_false (changed);
  entries = pt_store_list_audit (f->base.store, "run_plans", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);  /* create, one update */
}

/* Baseline, latest and the MCID, per measure; the condition's own
 * instrument first. */
static void
test_series (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) outcomes = NULL;
  g_autoptr(PtOutcomeSeries) series = NULL;
  g_autoptr(PtOutcome) lefs = new_outcome (f, PT_MEASURE_KIND_LEFS, "2026-03-04");
  g_autofree char *sentence = NULL;
  const PtOutcomeMeasure *ffi;

  /* Out of date order on purpose. */
  add_ffi (f, "2026-06-10", 12);
  add_ffi (f, "2026-03-04", 48);
  add_ffi (f, "2026-04-01", 30);
  pt_outcome_set_total (lefs, 40);
  pt_test_expect_saved (f->base.store, lefs);
  g_clear_object (&lefs);
  lefs = new_outcome (f, PT_MEASURE_KIND_LEFS, "2026-04-01");
  pt_outcome_set_total (lefs, 45);
  pt_test_expect_saved (f->base.store, lefs);

  outcomes = pt_store_list_outcomes (f->base.store, f->patient, &error);
  g_assert_no_error (error);
  series = pt_outcome_series_new (outcomes, f->condition, NULL);
  g_assert_cmpuint (pt_outcome_series_get_n_measures (series), ==, 2);

  ffi = pt_outcome_series_get_primary (series, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_assert_cmpint (ffi->kind, ==, PT_MEASURE_KIND_FFI);
  g_assert_cmpuint (ffi->points->len, ==, 3);
  g_assert_cmpstr (g_array_index (ffi->points, PtOutcomePoint, 0).date, ==, "2026-03-04");
  g_assert_cmpfloat (ffi->change.baseline, ==, 48);
  g_assert_cmpfloat (ffi->change.latest, ==, 12);
  g_assert_cmpfloat (ffi->change.improvement, ==, 36);
  g_assert_true (ffi->change.reaches_mcid);
  g_assert_cmpint (ffi->change.change_class, ==, PT_MEASURE_CHANGE_BETTER_IMPORTANT);
  sentence = pt_outcome_measure_describe (ffi);
  pt_test_assert_contains (sentence, "48 %");
  pt_test_assert_contains (sentence, "12 %");

  /* LEFS: higher is better, +5 is below its MCID of 9 (Binkley 1999). */
  g_assert_cmpint (pt_outcome_series_get_primary (series, PT_CONDITION_KIND_ITBS)->kind, ==,
                   PT_MEASURE_KIND_LEFS);
  g_assert_false (pt_outcome_series_get_measure (series, 1)->change.reaches_mcid);
  g_assert_cmpfloat (pt_outcome_series_get_measure (series, 1)->change.improvement, ==, 5);

  /* After the first session, the baseline is the last score on or before
   * it, as the pain's is. */
  g_clear_pointer (&series, pt_outcome_series_free);
  series = pt_outcome_series_new (outcomes, f->condition, "2026-04-01");
  ffi = pt_outcome_series_get_primary (series, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_assert_cmpuint (ffi->baseline, ==, 1);
  g_assert_cmpfloat (ffi->change.baseline, ==, 30);
  g_assert_cmpfloat (ffi->change.improvement, ==, 18);
  g_clear_pointer (&sentence, g_free);
  sentence = pt_outcome_measure_describe (ffi);
  pt_test_assert_contains (sentence, "30 %");

  /* Another condition's series is empty. */
  g_clear_pointer (&series, pt_outcome_series_free);
  series = pt_outcome_series_new (outcomes, f->condition + 1000, NULL);
  g_assert_cmpuint (pt_outcome_series_get_n_measures (series), ==, 0);
  g_assert_null (pt_outcome_series_get_primary (series, PT_CONDITION_KIND_ITBS));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* The CLI: log-measure scores the answers, refuses bad ones with exit 2
 * writing nothing; measures, plan and plan-advance print JSON. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  int status;

  status = pt_test_cli_run (f->base.path, &out, &err, "log-measure", "--patient", "PT-1",
                            "--measure", "ffi", "--date", "2026-03-04", "--answers", ffi_example,
                            "--json");
  g_assert_cmpint (status, ==, 0);
  root = parse_json (out);
  object = json_node_get_object (root);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "total"), 54, 1e-9);
  g_assert_cmpint (json_object_get_int_member (object, "condition_id"), ==, f->condition);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (
                                    json_object_get_object_member (object, "subscales"),
                                    "Activity limitation"), 12.5, 1e-9);
  g_clear_pointer (&root, json_node_unref);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = pt_test_cli_run (f->base.path, &out, &err, "log-measure", "--patient", "PT-1",
                            "--measure", "ffi", "--date", "2026-06-10", "--answers", "1,2,3");
  g_assert_cmpint (status, ==, 2);
  pt_test_assert_contains (err, "23 items");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  status = pt_test_cli_run (f->base.path, &out, &err, "log-measure", "--patient", "PT-1",
                            "--measure", "ffi", "--date", "2026-06-10", "--total", "12");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (pt_test_count (f->base.store, PT_TYPE_OUTCOME), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = pt_test_cli_run (f->base.path, &out, &err, "measures", "PT-1", "--json");
  g_assert_cmpint (status, ==, 0);
  root = parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  object = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "measure"), ==, "ffi");
  g_assert_cmpfloat (json_object_get_double_member (object, "improvement"), ==, 42);
  g_assert_true (json_object_get_boolean_member (object, "reaches_mcid"));
  g_clear_pointer (&root, json_node_unref);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = pt_test_cli_run (f->base.path, &out, &err, "plan", "PT-1", "--json");
  g_assert_cmpint (status, ==, 2);
  pt_test_assert_contains (err, "no return-to-run plan");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = pt_test_cli_run (f->base.path, &out, &err, "plan", "PT-1", "--new", "--start",
                            "2026-04-20", "--goal-km", "20", "--rule", "cautious", "--json");
  g_assert_cmpint (status, ==, 0);
  root = parse_json (out);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "start_date"), ==, "2026-04-20");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (object, "rule"),
                                                    "max_pain_during"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (object, "current_step"), ==, 1);
  pt_test_assert_contains (json_object_get_string_member (object, "next_run"),
                           "1 min running, 2 min walking, 5 times");
  g_clear_pointer (&root, json_node_unref);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = pt_test_cli_run (f->base.path, &out, &err, "plan", "PT-1", "--new", "--steps",
                            "c20*2;x");
  g_assert_cmpint (status, ==, 2);
  pt_test_assert_contains (err, "Step 2");
  g_assert_cmpint (pt_test_count (f->base.store, PT_TYPE_RUN_PLAN), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = pt_test_cli_run (f->base.path, &out, &err, "plan-advance", "PT-1", "--json");
  g_assert_cmpint (status, ==, 0);
  root = parse_json (out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "stored_step"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", "2026-11-15", TRUE);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/core/outcomes/answers", test_answers);
  ADD ("/core/outcomes/refused", test_refused);
  ADD ("/core/outcomes/schema-checks", test_schema_checks);
  ADD ("/core/outcomes/delete-and-audit", test_delete_and_audit);
  ADD ("/core/outcomes/plan-steps", test_plan_steps);
  ADD ("/core/outcomes/advance", test_advance);
  ADD ("/core/outcomes/series", test_series);
  ADD ("/core/outcomes/cli", test_cli);
#undef ADD

  return g_test_run ();
}
