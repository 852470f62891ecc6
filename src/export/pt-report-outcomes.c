/* pt-report-outcomes.c: outcome measures and the return-to-run plan in the reports
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The progress report's "Outcome measures" (each measure's baseline,
 * latest total, change and whether it reaches the published MCID, with
 * the studies they come from) and "Return to running" (the plan's steps
 * with the current one marked, the next run, the pain-monitoring rule with
 * its source, and the latest decisions), as table cells like
 * pt-report-tables.c; and the patient's copy's sentences of the same.
 * Without a measure or a plan the tables are not built (no title) and
 * the sentences are NULL, so a report without them is as it was.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-format.h"
#include "pt-report-private.h"

/* Decisions the report lists, the latest. */
#define N_DECISIONS 5

static const PtReportColumn outcome_columns[] = {
  { N_("Measure"), 0.27, FALSE },
  { N_("Baseline"), 0.14, TRUE },
  { N_("Latest"), 0.14, TRUE },
  { N_("Change"), 0.17, TRUE },
  /* Translators: the minimal clinically important difference of an outcome measure */
  { N_("Minimal important change"), 0.28, FALSE },
};

static const PtReportColumn step_columns[] = {
  { N_("Step"), 0.08, TRUE },
  { N_("Prescription"), 0.46, FALSE },
  { N_("To complete"), 0.16, FALSE },
  { N_("Status"), 0.30, FALSE },
};

static const PtReportColumn decision_columns[] = {
  { N_("Date"), 0.14, FALSE },
  { N_("Step"), 0.10, TRUE },
  { N_("Decision"), 0.76, FALSE },
};

static void
table_init (PtReportTable        *table,
            const char           *title,
            const PtReportColumn *columns,
            guint                 n_columns)
{
  table->title = g_strdup (title);
  table->empty = g_strdup ("");
  table->columns = columns;
  table->n_columns = n_columns;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* Cells are Pango markup: @text escaped, in bold with @bold. */
static char *
cell (const char *text,
      gboolean    bold)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  return bold ? g_strdup_printf ("<b>%s</b>", escaped) : g_steal_pointer (&escaped);
}

static void
add_row (PtReportTable *table,
         char         **cells)
{
  g_ptr_array_add (table->rows, cells);
}

/* ---- outcome measures ---- */

/* "50 %\n11 Feb 2026" */
static char *
total_cell (const PtOutcomeMeasure *measure,
            const PtOutcomePoint   *point)
{
  g_autofree char *total = pt_chart_format_measure_value (&measure->scale, point->total);
  g_autofree char *date = pt_format_date (point->date, PT_DATE_SHORT);
  g_autofree char *text = g_strdup_printf ("%s\n%s", total, date != NULL ? date : "");

  return cell (text, FALSE);
}

static char *
change_cell (const PtOutcomeMeasure *measure)
{
  const PtMeasureChange *change = &measure->change;
  g_autofree char *points = NULL;
  g_autofree char *text = NULL;

  if (measure->baseline + 1 >= measure->points->len)
    return cell ("–", FALSE);
  if (fabs (change->improvement) < (measure->scale.percent ? 0.5 : 0.05))
    return cell (_("No change"), FALSE);

  /* As precise as the totals are shown: 50 % to 12 % is 38 points. */
  points = pt_format_number (fabs (change->improvement), measure->scale.percent ? 0 : 1);
  text = change->improvement > 0
         /* Translators: the change of an outcome measure, in its points: "38 points better" */
         ? g_strdup_printf (_("%s points better"), points)
         : g_strdup_printf (_("%s points worse"), points);
  return cell (text, FALSE);
}

static char *
mcid_cell (const PtOutcomeMeasure *measure)
{
  const PtMeasureChange *change = &measure->change;
  g_autofree char *mcid = NULL;
  g_autofree char *text = NULL;

  if (isnan (measure->scale.mcid))
    return cell (measure->kind == PT_MEASURE_KIND_CUSTOM ? _("No threshold set by the clinic")
                                                         : _("None published"), FALSE);

  mcid = pt_format_number (measure->scale.mcid, 1);
  if (measure->baseline + 1 >= measure->points->len)
    /* Translators: the MCID of an outcome measure with a single review so far */
    text = g_strdup_printf (_("%s points; one review so far"), mcid);
  else if (change->reaches_mcid)
    /* Translators: the change of an outcome measure reaches its MCID of 7 points */
    text = g_strdup_printf (_("Reached: better by %s points or more"), mcid);
  else
    text = g_strdup_printf (_("Not reached: %s points better needed"), mcid);
  return cell (text, change->reaches_mcid && measure->baseline + 1 < measure->points->len);
}

/* "Foot Function Index (FFI)\nlower is better · 7 reviews" */
static char *
measure_cell (const PtOutcomeMeasure *measure)
{
  const char *direction = measure->scale.higher_is_better ? _("higher is better")
                                                          : _("lower is better");
  g_autofree char *name = g_strcmp0 (measure->name, measure->short_name) != 0
                          ? g_strdup_printf ("%s (%s)", measure->name, measure->short_name)
                          : g_strdup (measure->name);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *reviews = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review",
                                                           "%u reviews", measure->points->len),
                                              measure->points->len);

  return g_strdup_printf ("<b>%s</b>\n%s · %s", escaped, direction, reviews);
}

static void
build_outcomes (PtReport              *self,
                const PtOutcomeSeries *series)
{
  PtReportTable *table = &self->tables[PT_REPORT_TABLE_OUTCOMES];
  GString *sources;

  if (series == NULL || pt_outcome_series_get_n_measures (series) == 0)
    return;

  table_init (table, _("Outcome measures"), outcome_columns, G_N_ELEMENTS (outcome_columns));
  sources = g_string_new (NULL);
  for (guint i = 0; i < pt_outcome_series_get_n_measures (series); i++)
    {
      const PtOutcomeMeasure *measure = pt_outcome_series_get_measure (series, i);
      const PtOutcomePoint *first = &g_array_index (measure->points, PtOutcomePoint,
                                                    measure->baseline);
      const PtOutcomePoint *last = &g_array_index (measure->points, PtOutcomePoint,
                                                   measure->points->len - 1);
      char **cells = g_new0 (char *, G_N_ELEMENTS (outcome_columns) + 1);

      if (measure->points->len == 0)
        {
          g_free (cells);
          continue;
        }
      cells[0] = measure_cell (measure);
      cells[1] = total_cell (measure, first);
      cells[2] = measure->baseline + 1 < measure->points->len ? total_cell (measure, last) : cell ("–", FALSE);
      cells[3] = change_cell (measure);
      cells[4] = mcid_cell (measure);
      add_row (table, cells);

      if (sources->len > 0)
        g_string_append_c (sources, '\n');
      /* An instrument's source names it; a clinic's score needs its name. */
      if (measure->kind == PT_MEASURE_KIND_CUSTOM)
        g_string_append_printf (sources, "%s: ", measure->name);
      g_string_append (sources, pt_measure_kind_get_source (measure->kind));
    }
  table->note = g_string_free (sources, FALSE);
}

/* ---- the return-to-run plan ---- */

static char *
sessions_text (const PtPlanStep *step)
{
  if (step->kind == PT_PLAN_STEP_WEEKLY)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", step->sessions),
                            step->sessions);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u run", "%u runs", step->sessions),
                          step->sessions);
}

static char *
status_text (const PtPlanStep *step,
             guint             position,
             guint             current,
             guint             done)
{
  if (position < current)
    /* Translators: a step of the return-to-run plan the patient has completed */
    return g_strdup (_("Done"));
  if (position > current)
    return g_strdup ("");
  /* Translators: the step the return-to-run plan is at, "Current: 1 of 2 done" */
  return g_strdup_printf (_("Current: %u of %u done"), done, step->sessions);
}

static void
build_steps (PtReport       *self,
             PtPlan         *plan,
             PtPlanProgress *progress)
{
  PtReportTable *table = &self->tables[PT_REPORT_TABLE_PLAN];
  guint current = pt_plan_progress_get_current_step (progress);
  guint done = pt_plan_progress_get_done (progress);

  table_init (table, _("Return to running"), step_columns, G_N_ELEMENTS (step_columns));
  for (guint i = 0; i < pt_plan_get_n_steps (plan); i++)
    {
      const PtPlanStep *step = pt_plan_get_step (plan, i);
      g_autofree char *number = i == current ? g_strdup_printf ("→ %u", i + 1)
                                             : g_strdup_printf ("%u", i + 1);
      g_autofree char *prescription = pt_plan_step_describe (step, self->unit);
      g_autofree char *sessions = sessions_text (step);
      g_autofree char *status = status_text (step, i, current, done);
      char **cells = g_new0 (char *, G_N_ELEMENTS (step_columns) + 1);

      cells[0] = cell (number, i == current);
      cells[1] = cell (prescription, i == current);
      cells[2] = cell (sessions, i == current);
      cells[3] = cell (status, i == current);
      add_row (table, cells);
    }
}

/* "Started on 20 April 2026. Next run: ..." */
static char *
plan_intro (PtPlan         *plan,
            PtPlanProgress *progress)
{
  g_autofree char *start = pt_format_date (pt_plan_get_start_date (plan), PT_DATE_LONG);
  g_autofree char *next = pt_plan_progress_next_run (progress);
  guint n = pt_plan_progress_get_n_entries (progress);

  /* Translators: the start of the return-to-run plan and the runs since, in the report;
   * the next run's sentence follows on a line of its own */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Started on %s; %u run since then.\n%s",
                                       "Started on %s; %u runs since then.\n%s", n),
                          start, n, next);
}

static char *
rule_note (PtRunPlan *run_plan)
{
  PtPlanRule rule;
  g_autofree char *words = NULL;

  pt_run_plan_get_rule (run_plan, &rule);
  words = pt_plan_rule_describe (&rule);
  /* Translators: the pain-monitoring rule of the return-to-run plan, under its steps */
  return g_strdup_printf (_("The rule (%s): %s"), pt_plan_rule_kind_name (rule.kind), words);
}

static void
build_decisions (PtReport       *self,
                 PtPlan         *plan,
                 PtPlanProgress *progress)
{
  PtReportTable *table = &self->tables[PT_REPORT_TABLE_DECISIONS];
  guint n = pt_plan_progress_get_n_entries (progress);
  guint n_steps = pt_plan_get_n_steps (plan);

  if (n == 0)
    return;

  table_init (table, _("Return to running: the latest decisions"), decision_columns,
              G_N_ELEMENTS (decision_columns));
  for (guint i = n > N_DECISIONS ? n - N_DECISIONS : 0; i < n; i++)
    {
      const PtPlanEntry *entry = pt_plan_progress_get_entry (progress, i);
      gboolean moved = entry->decision != PT_PLAN_HOLD;
      g_autofree char *date = pt_format_date (entry->date, PT_DATE_SHORT);
      g_autofree char *step = NULL;
      char **cells = g_new0 (char *, G_N_ELEMENTS (decision_columns) + 1);

      if (entry->next_step >= n_steps)
        /* Translators: a decision completed the return-to-run plan: "17 → done" */
        step = g_strdup_printf (_("%u → done"), entry->step + 1);
      else if (entry->next_step != entry->step)
        step = g_strdup_printf ("%u → %u", entry->step + 1, entry->next_step + 1);
      else
        step = g_strdup_printf ("%u", entry->step + 1);
      cells[0] = cell (date, FALSE);
      cells[1] = cell (step, moved);
      cells[2] = cell (entry->text, moved);
      add_row (table, cells);
    }
}

void
pt_report_build_outcomes (PtReport        *self,
                          PtPatientBundle *bundle)
{
  PtRunPlan *run_plan = pt_patient_bundle_get_run_plan (bundle);
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autoptr(PtPlan) plan = NULL;

  build_outcomes (self, pt_patient_bundle_get_outcome_series (bundle));

  if (run_plan == NULL)
    return;
  plan = pt_run_plan_get_plan (run_plan, NULL);
  progress = pt_patient_bundle_evaluate_plan (bundle, self->unit);
  if (plan == NULL || progress == NULL || pt_plan_get_n_steps (plan) == 0)
    return;

  build_steps (self, plan, progress);
  self->tables[PT_REPORT_TABLE_PLAN].intro = plan_intro (plan, progress);
  self->tables[PT_REPORT_TABLE_PLAN].note = rule_note (run_plan);
  build_decisions (self, plan, progress);
}

/* ---- the patient's copy ---- */

void
pt_report_set_patient_plan_words (PtReport        *self,
                                  PtPatientBundle *bundle)
{
  const PtOutcomeMeasure *primary = pt_patient_bundle_get_primary_outcome (bundle);
  PtRunPlan *run_plan = pt_patient_bundle_get_run_plan (bundle);
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autoptr(PtPlan) plan = NULL;

  if (primary != NULL)
    self->measure_words = pt_outcome_measure_describe (primary);
  /* A line of the list, like the patient's other words: no full stop. */
  if (self->measure_words != NULL && g_str_has_suffix (self->measure_words, "."))
    self->measure_words[strlen (self->measure_words) - 1] = '\0';

  if (run_plan == NULL)
    return;
  plan = pt_run_plan_get_plan (run_plan, NULL);
  progress = pt_patient_bundle_evaluate_plan (bundle, self->unit);
  if (plan == NULL || progress == NULL || pt_plan_get_n_steps (plan) == 0)
    return;

  /* "Next run: 4 min running, 1 min walking, 5 times (step 4 of 17)." says
   * where the plan is too; a plan completed says so. */
  self->plan_next = pt_plan_progress_next_run (progress);
  self->plan_words = pt_plan_progress_is_complete (progress)
                     /* Translators: in the patient's take-home PDF */
                     ? g_strdup (_("You have completed your return-to-running plan."))
                     : g_strdup (self->plan_next);
}
