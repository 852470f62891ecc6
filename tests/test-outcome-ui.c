/* test-outcome-ui.c: outcome measures and the return-to-run plan in the window
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window on the demo clinic with key presses and clicks
 * (pt-test-input.h): an outcome measure added through the form with the
 * keyboard is stored, a score off the questionnaire's scale is refused on
 * its field and stores nothing, a clinic score's definition is asked for
 * only when it is one, a deleted one comes back with Ctrl+Z; the patient
 * page and the patient's own view show PT-0001's return-to-run plan (the
 * step, the next run, as core decides them) and the change in the Foot
 * Function Index; New Plan… makes a plan the page then shows.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-enums.h"
#include "pt-patient-page.h"
#include "pt-patient-view.h"
#include "pt-record-editor.h"
#include "pt-run-plan-dialog.h"
#include "pt-run-plan-section.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"

/* The day the demo clinic's reference patient is on step 16 of 17. */
#define TODAY "2026-11-15"

typedef struct
{
  PtTestWindowFixture base;
  gint64              claire;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PtPatient) claire = NULL;

  pt_test_window_fixture_set_up (&fixture->base, NULL);
  pt_test_window_fixture_open (&fixture->base);

  claire = pt_store_find_patient (fixture->base.store, "PT-0001", NULL);
  g_assert_nonnull (claire);
  fixture->claire = pt_record_get_id (PT_RECORD (claire));
  pt_window_show_patient (fixture->base.window, fixture->claire);
  g_assert_true (pt_test_window_wait_for_patient (fixture->base.window, "PT-0001"));

}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pt_test_window_fixture_tear_down (&fixture->base, GINT_TO_POINTER (TRUE));
}

#define WAIT_FOR(cond) \
  G_STMT_START { \
    gint64 wait_end_ = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < wait_end_) \
      pt_test_input_settle (5); \
  } G_STMT_END

static guint
count_outcomes (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) outcomes = pt_store_list_outcomes (fixture->base.store, fixture->claire,
                                                           &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (outcomes);
}

/* Tab until the focus is in @property's field; at most @max presses. */
static void
tab_to (PtRecordEditor *editor,
        const char     *property)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);

  for (guint i = 0; i < 12 && !pt_test_input_focus_in (GTK_WINDOW (editor), widget); i++)
    {
      GtkWidget *before = pt_test_input_get_focus (GTK_WINDOW (editor));

      pt_test_input_key (GDK_KEY_Tab, 0);
      WAIT_FOR (pt_test_input_get_focus (GTK_WINDOW (editor)) != before);
    }
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor), widget));
}

/* The focused combo row's list opened with Space, @down items from the
 * first picked with Return. */
static void
pick_with_keys (PtRecordEditor *editor,
                const char     *property,
                guint           down)
{
  GtkWidget *row = pt_record_editor_get_field_widget (editor, property);

  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor), row));
  pt_test_input_key (GDK_KEY_space, 0);
  WAIT_FOR (pt_test_input_get_focus (GTK_WINDOW (editor)) != row);
  pt_test_input_settle (50);
  pt_test_input_key (GDK_KEY_Home, 0);
  for (guint i = 0; i < down; i++)
    pt_test_input_key (GDK_KEY_Down, 0);
  pt_test_input_key (GDK_KEY_Return, 0);
  WAIT_FOR (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) == down);
  pt_test_input_settle (50);
}

static gboolean
row_shown (PtRecordEditor *editor,
           const char     *property)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  return row != NULL && gtk_widget_get_mapped (row);
}

static gboolean
editor_gone (gpointer data)
{
  return pt_test_find_toplevel (PT_TYPE_RECORD_EDITOR) == NULL;
}

/* The Outcome Measures tab, its Add button clicked, the form typed in:
 * 150 on the Foot Function Index is refused next to the score and stores
 * nothing; 8.5 is stored, with today's date and the patient's condition,
 * and shows in the table. */
static void
test_add_with_keys (Fixture       *fixture,
                    gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->base.window);
  guint before = count_outcomes (fixture);
  g_autoptr(GListModel) outcomes = NULL;
  g_autoptr(PtOutcome) stored = NULL;
  PtRecordTable *table;
  PtRecordEditor *editor;
  GtkWidget *add;
  const char *error;

  g_assert_cmpuint (before, ==, 7);
  pt_patient_page_show_table (page, PT_TYPE_OUTCOME);
  pt_test_input_settle (50);
  table = pt_patient_page_get_table (page, PT_TYPE_OUTCOME);
  g_assert_true (pt_patient_page_get_visible_table (page) == table);
  g_assert_cmpuint (g_list_model_get_n_items (pt_record_table_get_model (table)), ==, 7);

  /* Ctrl+Shift+O opens the form, as in the shortcuts window; Escape
   * closes it unsaved; then the page's Add button, as the table on screen
   * is the outcome measures'. */
  pt_test_input_key (GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  editor = PT_RECORD_EDITOR (pt_test_wait_for_window (PT_TYPE_RECORD_EDITOR));
  g_assert_nonnull (editor);
  g_assert_true (PT_IS_OUTCOME (pt_record_editor_get_record (editor)));
  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (editor_gone, NULL));
  pt_test_input_focus (GTK_WINDOW (fixture->base.window));

  add = pt_test_find_button (GTK_WIDGET (page), "win.new-entry");
  g_assert_nonnull (add);
  pt_test_input_click (add);
  editor = PT_RECORD_EDITOR (pt_test_wait_for_window (PT_TYPE_RECORD_EDITOR));
  g_assert_nonnull (editor);
  g_assert_true (PT_IS_OUTCOME (pt_record_editor_get_record (editor)));
  g_assert_true (pt_record_editor_get_field_required (editor, "total"));

  /* A published questionnaire: no name, range or direction to give. */
  g_assert_false (row_shown (editor, "custom_name"));
  g_assert_false (row_shown (editor, "custom_higher_better"));

  tab_to (editor, "kind");
  /* Which questionnaire is the clinician's to say: none is chosen. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (
                      pt_record_editor_get_field_widget (editor, "kind"))), ==,
                    GTK_INVALID_LIST_POSITION);
  /* A clinic score asks for its definition, in the rows after the measure. */
  pick_with_keys (editor, "kind", PT_MEASURE_KIND_CUSTOM);
  WAIT_FOR (row_shown (editor, "custom_name"));
  g_assert_true (row_shown (editor, "custom_name"));
  tab_to (editor, "custom_name");
  pt_test_input_type ("Hop test");
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (editor), "outcome-form-clinic-score");
  tab_to (editor, "custom_min");
  /* Back to the Foot Function Index: the definition goes out of sight and
   * out of the record, so it neither saves nor blocks the save. */
  pt_test_input_key (GDK_KEY_Tab, GDK_SHIFT_MASK);
  pt_test_input_key (GDK_KEY_Tab, GDK_SHIFT_MASK);
  WAIT_FOR (pt_test_input_focus_in (GTK_WINDOW (editor),
                                    pt_record_editor_get_field_widget (editor, "kind")));
  pick_with_keys (editor, "kind", PT_MEASURE_KIND_FFI);
  WAIT_FOR (!row_shown (editor, "custom_name"));
  g_assert_false (row_shown (editor, "custom_name"));
  /* The score's scale is said under it. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_ancestor (
                     pt_record_editor_get_field_widget (editor, "total"), ADW_TYPE_ACTION_ROW))),
                   ==, "0 to 100 %; lower is better\n"
                       "Source: Budiman-Mak 1991; important change: Landorf 2008");

  tab_to (editor, "total");
  pt_test_input_type ("150");
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (pt_record_editor_get_field_error (editor, "total") != NULL);
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (editor), "outcome-form-refused");
  error = pt_record_editor_get_field_error (editor, "total");
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "0 to 100"));
  g_assert_null (pt_record_editor_get_field_error (editor, "custom_name"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (count_outcomes (fixture), ==, before);

  /* The score typed again, over the refused one. */
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor),
                                         pt_record_editor_get_field_widget (editor, "total")));
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type ("8.5");
  WAIT_FOR (pt_record_editor_get_field_error (editor, "total") == NULL);
  g_assert_null (pt_record_editor_get_field_error (editor, "total"));
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_wait_for (editor_gone, NULL));

  outcomes = pt_store_list_outcomes (fixture->base.store, fixture->claire, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes) && stored == NULL; i++)
    {
      g_autoptr(PtOutcome) outcome = g_list_model_get_item (outcomes, i);

      if (pt_outcome_get_total (outcome) == 8.5)
        stored = g_steal_pointer (&outcome);
    }
  g_assert_nonnull (stored);
  g_assert_cmpint (pt_outcome_get_kind (stored), ==, PT_MEASURE_KIND_FFI);
  g_assert_cmpstr (pt_outcome_get_date (stored), ==, TODAY);
  g_assert_cmpint (pt_outcome_get_condition_id (stored), ==,
                   pt_patient_page_get_condition_id (page));
  g_assert_null (pt_outcome_get_custom_name (stored));
  g_assert_true (isnan (pt_outcome_get_custom_min (stored)));

  /* The table shows it, selected. */
  table = pt_patient_page_get_table (page, PT_TYPE_OUTCOME);
  g_assert_cmpuint (g_list_model_get_n_items (pt_record_table_get_model (table)), ==, before + 1);
  g_assert_nonnull (pt_record_table_get_selected (table));
  g_assert_cmpint (pt_record_get_id (pt_record_table_get_selected (table)), ==,
                   pt_record_get_id (PT_RECORD (stored)));
}

static gboolean
has_outcome (Fixture *fixture,
             gint64   id)
{
  g_autoptr(PtOutcome) outcome = pt_store_get_outcome (fixture->base.store, id, NULL);

  return outcome != NULL;
}

typedef struct
{
  Fixture *fixture;
  gint64   id;
  gboolean present;
} OutcomeWait;

static gboolean
outcome_is (gpointer data)
{
  OutcomeWait *wait = data;

  return has_outcome (wait->fixture, wait->id) == wait->present;
}

/* The latest review deleted with the Delete key, back with Ctrl+Z, with
 * its id: the same Undo as every other table. */
static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->base.window);
  PtRecordTable *table;
  g_autoptr(PtRecord) latest = NULL;
  OutcomeWait wait = { fixture, 0, FALSE };
  GtkWidget *trash;

  pt_patient_page_show_table (page, PT_TYPE_OUTCOME);
  pt_test_input_settle (50);
  table = pt_patient_page_get_table (page, PT_TYPE_OUTCOME);
  /* Newest first. */
  latest = g_list_model_get_item (pt_record_table_get_model (table), 0);
  g_assert_cmpstr (pt_outcome_get_date (PT_OUTCOME (latest)), ==, "2026-11-11");
  wait.id = pt_record_get_id (latest);
  g_assert_true (pt_record_table_select_id (table, wait.id));
  pt_test_input_settle (30);

  /* The trash button is on for it; the Delete key in the table does the
   * same. */
  trash = pt_test_find_button (GTK_WIDGET (fixture->base.window), "win.delete-entry");
  g_assert_nonnull (trash);
  g_assert_true (gtk_widget_is_sensitive (trash));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (table), GTK_DIR_TAB_FORWARD));
  pt_test_input_settle (100);
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (fixture->base.window), GTK_WIDGET (table)));
  g_assert_true (pt_record_table_select_id (table, wait.id));
  pt_test_input_key (GDK_KEY_Delete, 0);
  g_assert_true (pt_test_input_wait_for (outcome_is, &wait));
  g_assert_cmpuint (count_outcomes (fixture), ==, 6);

  /* Past the toast's show animation (libadwaita 1.2, see test-undo-export). */
  pt_test_input_settle (600);
  pt_test_input_key (GDK_KEY_z, GDK_CONTROL_MASK);
  wait.present = TRUE;
  g_assert_true (pt_test_input_wait_for (outcome_is, &wait));
  g_assert_cmpuint (count_outcomes (fixture), ==, 7);
  {
    g_autoptr(PtOutcome) back = pt_store_get_outcome (fixture->base.store, wait.id, NULL);

    g_assert_true (pt_record_fields_equal (PT_RECORD (back), latest));
  }
}

/* What core says of PT-0001's plan today. */
static char *
core_next_run (Fixture *fixture,
               guint   *current,
               guint   *n_steps)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle =
    pt_patient_bundle_load (fixture->base.store, fixture->claire, PT_MAIN_CONDITION,
                            G_DATE_MONDAY, NULL, &error);
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autoptr(PtPlan) plan = NULL;

  g_assert_no_error (error);
  progress = pt_patient_bundle_evaluate_plan (bundle, PT_DISTANCE_UNIT_KM);
  g_assert_nonnull (progress);
  plan = pt_run_plan_get_plan (pt_patient_bundle_get_run_plan (bundle), &error);
  g_assert_no_error (error);
  *current = pt_plan_progress_get_current_step (progress);
  *n_steps = pt_plan_get_n_steps (plan);
  return pt_plan_progress_next_run (progress);
}

/* Scrolls the page so that @widget's top is near the top of the view. */
static void
scroll_to (PtPatientPage *page,
           GtkWidget     *widget)
{
  GtkWidget *scroller = pt_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  /* The point is in the viewport, which shows the page from the
   * adjustment's value on. */
  g_assert_true (gtk_widget_compute_point (widget, child, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 60);
  pt_test_input_settle (200);
}

static gboolean
in_patient_view (gpointer data)
{
  return pt_window_get_patient_view_id (data) > 0;
}

/* The page: the plan's next run and current step as core has them, the
 * rule with its source; the patient's view: the Foot Function Index's
 * sentence, the step and the next run. */
static void
test_plan_and_measure (Fixture       *fixture,
                       gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->base.window);
  PtRunPlanSection *section = pt_patient_page_get_plan_section (page);
  PtPatientView *view;
  guint current, n_steps;
  g_autofree char *next = core_next_run (fixture, &current, &n_steps);
  g_autofree char *step = NULL;

  g_assert_cmpstr (next, ==, "Next run: 26.6 km a week (step 16 of 17).");
  g_assert_cmpstr (pt_run_plan_section_get_next_run (section), ==, next);
  g_assert_cmpint (pt_run_plan_section_get_current (section), ==, (int) current);
  /* On screen, where a person reads it, with the step marked and the rule's source. */
  g_assert_true (pt_test_has_label (GTK_WIDGET (section), next));
  g_assert_true (pt_test_has_label (GTK_WIDGET (section), "Step 16 of 17"));
  g_assert_true (pt_test_has_label (GTK_WIDGET (section),
                                    "16. 26.6 km a week"));
  g_assert_true (pt_test_has_label (GTK_WIDGET (section), "Current Step"));
  g_assert_true (pt_test_has_label (GTK_WIDGET (section), "Silbernagel pain-monitoring model"));
  /* The header's tile: the Foot Function Index first to latest, past its MCID. */
  g_assert_true (pt_test_has_label (GTK_WIDGET (page), "48.7 % → 12.2 %"));
  g_assert_true (pt_test_has_label (GTK_WIDGET (page), "Better by an important change"));
  {
    const char *where = NULL, *text = NULL;

    g_assert_true (pt_run_plan_section_get_step (section, &where, &text));
    g_assert_cmpstr (where, ==, "Step 16 of 17");
    g_assert_cmpstr (text, ==, "0 of 1 week done");
  }

  pt_test_input_save_shot (GTK_WIDGET (fixture->base.window), "patient-page-top");
  pt_patient_page_show_table (page, PT_TYPE_OUTCOME);
  pt_test_input_settle (200);
  scroll_to (page, pt_test_find_widget (GTK_WIDGET (page), ADW_TYPE_SQUEEZER));
  pt_test_input_save_shot (GTK_WIDGET (fixture->base.window), "patient-page-outcomes-plan");
  scroll_to (page, GTK_WIDGET (section));
  pt_test_input_save_shot (GTK_WIDGET (fixture->base.window), "patient-page-plan");
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (pt_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SCROLLED_WINDOW)));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    pt_test_input_settle (200);
    pt_test_input_save_shot (GTK_WIDGET (fixture->base.window), "patient-page-plan-end");
  }

  /* Show to Patient, from the keyboard. */
  pt_test_input_key (GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_assert_true (pt_test_input_wait_for (in_patient_view, fixture->base.window));
  view = PT_PATIENT_VIEW (pt_test_find_widget (GTK_WIDGET (fixture->base.window),
                                               PT_TYPE_PATIENT_VIEW));
  g_assert_nonnull (view);
  pt_test_input_settle (100);
  g_assert_cmpstr (pt_patient_view_get_measure (view), ==,
                   "Your foot function improved: your Foot Function Index went from 49 % to "
                   "12 % (lower is better).");
  g_assert_true (pt_test_has_label (GTK_WIDGET (view), pt_patient_view_get_measure (view)));
  step = g_strdup_printf ("Step %u of %u", current + 1, n_steps);
  g_assert_true (pt_test_has_label (GTK_WIDGET (view), step));
  g_assert_true (pt_test_has_label (GTK_WIDGET (view), next));
  pt_test_input_save_shot (GTK_WIDGET (fixture->base.window), "patient-view");

  /* Below the chart: the plan. */
  {
    GtkWidget *chart = GTK_WIDGET (pt_patient_view_get_chart (view));
    GtkWidget *scroller = gtk_widget_get_ancestor (chart, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
    GtkAdjustment *adjustment =
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    graphene_point_t point;

    g_assert_true (gtk_widget_compute_point (chart, child, &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y +
                                          gtk_widget_get_height (chart) - 40);
    pt_test_input_settle (200);
    pt_test_input_save_shot (GTK_WIDGET (fixture->base.window), "patient-view-plan");
  }
}

static gboolean
dialog_gone (gpointer data)
{
  return pt_test_find_toplevel (PT_TYPE_RUN_PLAN_DIALOG) == NULL;
}

/* New Plan… clicked, Continuous Running picked, a date that is none
 * refused in the dialog, then today's plan created with Return: stored,
 * and the page shows its first step as the next run. */
static void
test_new_plan (Fixture       *fixture,
               gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->base.window);
  PtRunPlanSection *section = pt_patient_page_get_plan_section (page);
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(PtRunPlan) latest = NULL;
  PtRunPlanDialog *dialog;
  GtkWidget *button, *row, *date;
  PtPlanRule rule;

  /* The button under the heading, reached with the focus (which scrolls it
   * into view, as Tab does) and pressed with Space. A click right after a
   * scroll the pointer did not make trips GTK 4.8's count of pressed
   * widgets ("Broken accounting of active state") under Xvfb. */
  button = pt_test_find_button (GTK_WIDGET (section), "win.new-run-plan");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_grab_focus (button);
  pt_test_input_settle (100);
  pt_test_input_key (GDK_KEY_space, 0);
  dialog = PT_RUN_PLAN_DIALOG (pt_test_wait_for_window (PT_TYPE_RUN_PLAN_DIALOG));
  g_assert_nonnull (dialog);
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (dialog), "new-plan-dialog");

  row = pt_run_plan_dialog_get_widget (dialog, "template");
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (dialog), row));
  pt_test_input_key (GDK_KEY_space, 0);
  WAIT_FOR (pt_test_input_get_focus (GTK_WINDOW (dialog)) != row);
  pt_test_input_settle (50);
  pt_test_input_key (GDK_KEY_Down, 0);
  pt_test_input_key (GDK_KEY_Return, 0);
  WAIT_FOR (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) == 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  pt_test_input_settle (100);

  /* The date: not a date first. */
  date = pt_run_plan_dialog_get_widget (dialog, "start_date");
  while (!pt_test_input_focus_in (GTK_WINDOW (dialog), date))
    {
      GtkWidget *before = pt_test_input_get_focus (GTK_WINDOW (dialog));

      pt_test_input_key (GDK_KEY_Tab, 0);
      WAIT_FOR (pt_test_input_get_focus (GTK_WINDOW (dialog)) != before);
    }
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type ("next week");
  pt_test_input_key (GDK_KEY_Return, 0);
  WAIT_FOR (pt_run_plan_dialog_get_error (dialog) != NULL);
  g_assert_nonnull (pt_run_plan_dialog_get_error (dialog));
  g_assert_nonnull (strstr (pt_run_plan_dialog_get_error (dialog), "not a date"));
  plans = pt_store_list_run_plans (fixture->base.store, fixture->claire, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);
  g_clear_object (&plans);

  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type (TODAY);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (dialog_gone, NULL));

  plans = pt_store_list_run_plans (fixture->base.store, fixture->claire, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  latest = g_list_model_get_item (plans, 1);
  g_assert_cmpstr (pt_run_plan_get_start_date (latest), ==, TODAY);
  g_assert_true (g_str_has_prefix (pt_run_plan_get_steps (latest), "c10*2"));
  pt_run_plan_get_rule (latest, &rule);
  g_assert_cmpint (rule.kind, ==, PT_PLAN_RULE_SILBERNAGEL);
  /* Advanced from the runs since today: its step is stored. */
  g_assert_cmpint (pt_run_plan_get_current_step (latest), ==, 0);

  /* The page shows the new plan, from its first step. */
  WAIT_FOR (g_str_has_prefix (pt_run_plan_section_get_next_run (section),
                              "Next run: 10 min continuous running (step 1 of "));
  g_assert_true (g_str_has_prefix (pt_run_plan_section_get_next_run (section),
                                   "Next run: 10 min continuous running (step 1 of "));
  g_assert_cmpint (pt_run_plan_section_get_current (section), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  pt_test_window_init (&argc, &argv, TODAY);
  /* The app's styles, which its own GtkApplication loads by its id: the
   * screenshots (PROLOTRACK_TEST_SHOTS) show what a clinician sees. */
  gtk_css_provider_load_from_resource (css, "/io/github/prolotrack/ProloTrack/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add ("/ui/outcome/add-with-keys", Fixture, NULL, fixture_set_up, test_add_with_keys,
              fixture_tear_down);
  g_test_add ("/ui/outcome/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo,
              fixture_tear_down);
  g_test_add ("/ui/outcome/plan-and-measure", Fixture, NULL, fixture_set_up,
              test_plan_and_measure, fixture_tear_down);
  g_test_add ("/ui/outcome/new-plan", Fixture, NULL, fixture_set_up, test_new_plan,
              fixture_tear_down);

  return pt_test_window_run ();
}
