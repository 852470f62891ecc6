/* test-editor.c: the record forms, driven through their widgets
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <sqlite3.h>

#include "pt-enums.h"
#include "pt-record-editor.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"

#define TODAY "2026-03-10"
#define SCHEMA_ID "io.github.prolotrack.ProloTrack"

typedef struct
{
  PtTestFixture  db;
  GSettings     *settings;
  PtRecord      *saved;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  pt_test_fixture_set_up (&fixture->db, data);
  fixture->settings = g_settings_new (SCHEMA_ID);
  g_settings_reset (fixture->settings, "distance-unit");
  g_settings_reset (fixture->settings, "default-clinician");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->saved);
  g_clear_object (&fixture->settings);
  pt_test_fixture_tear_down (&fixture->db, data);
}

static void
saved_cb (PtRecordEditor *editor,
          PtRecord       *record,
          Fixture        *fixture)
{
  g_assert_null (fixture->saved);
  fixture->saved = g_object_ref (record);
}

/* A shown editor; the caller owns the returned reference. */
static PtRecordEditor *
open_editor (Fixture  *fixture,
             PtRecord *record)
{
  PtRecordEditor *editor = pt_record_editor_new (NULL, fixture->db.store, record,
                                                 fixture->settings);

  g_object_ref_sink (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), fixture);
  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));

  return editor;
}

/* PROLOTRACK_TEST_SHOTS=DIR saves what the editor looks like as
 * DIR/NAME.png, to look at the forms without a desktop. */
static void
maybe_screenshot (PtRecordEditor *editor,
                  const char     *name)
{
  pt_test_input_save_shot (GTK_WIDGET (editor), name);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
save_sensitive (PtRecordEditor *editor)
{
  GtkWidget *button = find_action_button (GTK_WIDGET (editor), "editor.save");

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* Clicks Save, which must be enabled, and checks the editor closed. */
static void
click_save (Fixture        *fixture,
            PtRecordEditor *editor)
{
  GtkWidget *button = find_action_button (GTK_WIDGET (editor), "editor.save");

  g_assert_true (pt_record_editor_get_valid (editor));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (fixture->saved);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_finalize_object (editor);
}

static void
type_text (PtRecordEditor *editor,
           const char     *property,
           const char     *text)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
select_item (PtRecordEditor *editor,
             const char     *property,
             guint           position)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);

  g_assert_true (ADW_IS_COMBO_ROW (widget));
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), position);
}

static const char *
item_label (PtRecordEditor *editor,
            const char     *property,
            guint           position)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (widget));
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  /* The model keeps the string alive. */
  return gtk_string_object_get_string (item);
}

static GListModel *
list_records (Fixture *fixture,
              GType    type,
              gint64   patient_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = NULL;
  PtStore *store = fixture->db.store;

  if (type == PT_TYPE_CONDITION)
    model = pt_store_list_conditions (store, patient_id, &error);
  else if (type == PT_TYPE_SESSION)
    model = pt_store_list_sessions (store, patient_id, &error);
  else if (type == PT_TYPE_PAIN_SCORE)
    model = pt_store_list_pain_scores (store, patient_id, &error);
  else if (type == PT_TYPE_RUN)
    model = pt_store_list_runs (store, patient_id, &error);
  else if (type == PT_TYPE_CROSS_TRAINING)
    model = pt_store_list_cross_training (store, patient_id, &error);
  else
    g_assert_not_reached ();

  g_assert_no_error (error);
  return model;
}

/* The one record of @type the patient has, loaded back from the database. */
static gpointer
load_only (Fixture *fixture,
           GType    type,
           gint64   patient_id)
{
  g_autoptr(GListModel) model = list_records (fixture, type, patient_id);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  return g_list_model_get_item (model, 0);
}

static gint64
add_patient (Fixture *fixture)
{
  return pt_test_add_patient (fixture->db.store, "Ana Runner", "A-001", "1990-05-04");
}

/* ---- creating each record type ---- */

static void
test_patient_create (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PtPatient) patient = pt_patient_new ();
  g_autoptr(GListModel) patients = NULL;
  g_autoptr(PtPatient) stored = NULL;
  g_autoptr(GError) error = NULL;
  PtRecordEditor *editor = open_editor (fixture, PT_RECORD (patient));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Patient");
  g_assert_null (pt_record_editor_get_field_widget (editor, "archived"));
  g_assert_false (save_sensitive (editor));
  g_assert_false (pt_record_editor_get_modified (editor));
  /* A fresh form is not covered in red. */
  g_assert_null (pt_record_editor_get_field_error (editor, "name"));

  type_text (editor, "name", "Ana Runner");
  type_text (editor, "record_number", "A-001");
  g_assert_false (save_sensitive (editor));   /* date of birth is required */
  type_text (editor, "date_of_birth", "1990-05-04");
  select_item (editor, "sex", PT_SEX_FEMALE);
  type_text (editor, "contact", "ana@example.org\n555 0101");
  maybe_screenshot (editor, "patient");
  g_assert_true (pt_record_editor_get_modified (editor));
  click_save (fixture, editor);

  patients = pt_store_list_patients (fixture->db.store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (patients), ==, 1);
  stored = g_list_model_get_item (patients, 0);
  g_assert_cmpint (pt_record_get_id (PT_RECORD (stored)), ==,
                   pt_record_get_id (fixture->saved));
  g_assert_cmpstr (pt_patient_get_name (stored), ==, "Ana Runner");
  g_assert_cmpstr (pt_patient_get_record_number (stored), ==, "A-001");
  g_assert_cmpstr (pt_patient_get_date_of_birth (stored), ==, "1990-05-04");
  g_assert_cmpint (pt_patient_get_sex (stored), ==, PT_SEX_FEMALE);
  g_assert_cmpstr (pt_patient_get_contact (stored), ==, "ana@example.org\n555 0101");
  g_assert_null (pt_patient_get_notes (stored));
}

static void
test_condition_create (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  g_autoptr(PtCondition) condition = pt_condition_new ();
  g_autoptr(PtCondition) stored = NULL;
  PtRecordEditor *editor;

  pt_condition_set_patient_id (condition, patient_id);
  editor = open_editor (fixture, PT_RECORD (condition));
  g_assert_null (pt_record_editor_get_field_widget (editor, "patient_id"));
  /* The date defaults to today; the diagnosis and the side are not chosen
   * for the clinician, so Save waits for both. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "onset_date"))), ==, TODAY);
  g_assert_false (save_sensitive (editor));
  g_assert_cmpstr (item_label (editor, "kind", PT_CONDITION_KIND_PLANTAR_FASCIITIS), ==,
                   "Plantar fasciitis");

  select_item (editor, "kind", PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_assert_false (save_sensitive (editor));
  select_item (editor, "side", PT_SIDE_LEFT);
  g_assert_true (save_sensitive (editor));
  type_text (editor, "onset_date", "2026-01-15");
  type_text (editor, "notes", "Worse in the morning");
  click_save (fixture, editor);

  stored = load_only (fixture, PT_TYPE_CONDITION, patient_id);
  g_assert_cmpint (pt_condition_get_kind (stored), ==, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_assert_cmpint (pt_condition_get_side (stored), ==, PT_SIDE_LEFT);
  g_assert_cmpstr (pt_condition_get_onset_date (stored), ==, "2026-01-15");
  g_assert_cmpint (pt_condition_get_status (stored), ==, PT_CONDITION_STATUS_ACTIVE);
  g_assert_cmpstr (pt_condition_get_notes (stored), ==, "Worse in the morning");
}

static gint64
add_condition (Fixture *fixture,
               gint64   patient_id)
{
  g_autoptr(PtCondition) condition = pt_test_new_condition (patient_id, "2026-01-15");
  g_autoptr(GError) error = NULL;
  gint64 id;

  pt_condition_set_kind (condition, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  pt_condition_set_side (condition, PT_SIDE_LEFT);
  id = pt_store_add_condition (fixture->db.store, condition, &error);
  g_assert_no_error (error);

  return id;
}

static void
test_session_create (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  gint64 condition_id = add_condition (fixture, patient_id);
  g_autoptr(PtSession) session = pt_session_new ();
  g_autoptr(PtSession) stored = NULL;
  PtRecordEditor *editor;

  g_settings_set_string (fixture->settings, "default-clinician", "Dr. Vega");
  pt_session_set_patient_id (session, patient_id);
  editor = open_editor (fixture, PT_RECORD (session));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Session");
  g_assert_cmpstr (item_label (editor, "condition_id", 0), ==, "Plantar fasciitis (left)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "clinician"))), ==, "Dr. Vega");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "date"))), ==, TODAY);
  g_assert_false (pt_record_editor_get_modified (editor));

  select_item (editor, "treatment", PT_TREATMENT_PRP);
  type_text (editor, "solution", "Dextrose 15%");
  type_text (editor, "volume_ml", "3.5");
  type_text (editor, "injection_count", "4");
  type_text (editor, "pain_before", "6");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (
                               pt_record_editor_get_field_widget (editor, "pain_after")), 2.5);
  type_text (editor, "structures", "Plantar fascia origin");
  maybe_screenshot (editor, "session");
  click_save (fixture, editor);

  stored = load_only (fixture, PT_TYPE_SESSION, patient_id);
  g_assert_cmpint (pt_session_get_condition_id (stored), ==, condition_id);
  g_assert_cmpstr (pt_session_get_date (stored), ==, TODAY);
  g_assert_cmpint (pt_session_get_treatment (stored), ==, PT_TREATMENT_PRP);
  g_assert_cmpstr (pt_session_get_solution (stored), ==, "Dextrose 15%");
  g_assert_cmpfloat (pt_session_get_volume_ml (stored), ==, 3.5);
  g_assert_cmpint (pt_session_get_injection_count (stored), ==, 4);
  g_assert_cmpfloat (pt_session_get_pain_before (stored), ==, 6);
  g_assert_cmpfloat (pt_session_get_pain_after (stored), ==, 2.5);
  g_assert_false (pt_has_value (pt_session_get_concentration_pct (stored)));
  g_assert_cmpstr (pt_session_get_clinician (stored), ==, "Dr. Vega");
  g_assert_cmpstr (pt_session_get_structures (stored), ==, "Plantar fascia origin");
}

static void
test_pain_score_create (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  gint64 condition_id = add_condition (fixture, patient_id);
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  g_autoptr(PtPainScore) stored = NULL;
  PtRecordEditor *editor;

  pt_pain_score_set_patient_id (score, patient_id);
  editor = open_editor (fixture, PT_RECORD (score));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Pain Score");
  g_assert_false (save_sensitive (editor));   /* the score is required */
  g_assert_cmpstr (item_label (editor, "condition_id", 0), ==, "None");

  type_text (editor, "score", "6.5");
  select_item (editor, "context", PT_PAIN_CONTEXT_MORNING);
  select_item (editor, "condition_id", 1);
  click_save (fixture, editor);

  stored = load_only (fixture, PT_TYPE_PAIN_SCORE, patient_id);
  g_assert_cmpfloat (pt_pain_score_get_score (stored), ==, 6.5);
  g_assert_cmpstr (pt_pain_score_get_date (stored), ==, TODAY);
  g_assert_cmpint (pt_pain_score_get_context (stored), ==, PT_PAIN_CONTEXT_MORNING);
  g_assert_cmpint (pt_pain_score_get_condition_id (stored), ==, condition_id);
}

/* The core's own message for a pain score of @value. */
static char *
core_message (gint64 patient_id,
              Fixture *fixture,
              double  value)
{
  g_autoptr(PtPainScore) score = pt_test_new_pain_score (patient_id, 0, TODAY, value);
  g_autoptr(GError) error = NULL;

  g_assert_false (pt_store_validate (fixture->db.store, PT_RECORD (score), &error));
  g_assert_cmpstr (pt_error_get_field (error), ==, "score");
  return g_strdup (error->message);
}

static void
test_pain_score_invalid (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  g_autofree char *too_high = core_message (patient_id, fixture, 11);
  g_autofree char *not_half = core_message (patient_id, fixture, 7.3);
  PtRecordEditor *editor;
  GtkWidget *spin;

  pt_pain_score_set_patient_id (score, patient_id);
  editor = open_editor (fixture, PT_RECORD (score));
  spin = pt_record_editor_get_field_widget (editor, "score");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  /* Only the score is in question here. */
  select_item (editor, "context", PT_PAIN_CONTEXT_REST);

  /* Typed and confirmed with the spin button: 11 is not clamped to 10. */
  type_text (editor, "score", "11");
  gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "11");
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "score"), ==, too_high);
  g_assert_false (pt_record_editor_get_valid (editor));
  g_assert_false (save_sensitive (editor));
  /* Even the action refuses (Ctrl+Return while invalid). */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  type_text (editor, "score", "7.3");
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "score"), ==, not_half);
  g_assert_false (save_sensitive (editor));
  maybe_screenshot (editor, "pain-score-invalid");

  type_text (editor, "score", "abc");
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "score"), ==,
                   "Pain must be a number (got “abc”)");
  gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "abc");
  g_assert_false (save_sensitive (editor));

  type_text (editor, "score", "7.5");
  g_assert_null (pt_record_editor_get_field_error (editor, "score"));
  g_assert_true (save_sensitive (editor));
  type_text (editor, "score", "11");

  g_assert_cmpint (pt_test_count (fixture->db.store, PT_TYPE_PAIN_SCORE), ==, 0);
  g_assert_null (fixture->saved);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

static void
test_run_create (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  gint64 shoe_id = pt_test_add_shoe (fixture->db.store, patient_id, "Trail shoe", "2026-01-01");
  gboolean miles = GPOINTER_TO_INT (data);
  g_autoptr(PtRun) run = pt_run_new ();
  g_autoptr(PtRun) stored = NULL;
  PtRecordEditor *editor;

  if (miles)
    g_settings_set_string (fixture->settings, "distance-unit", "mi");
  pt_run_set_patient_id (run, patient_id);
  editor = open_editor (fixture, PT_RECORD (run));
  g_assert_cmpstr (item_label (editor, "shoe_id", 0), ==, "None");
  g_assert_cmpstr (item_label (editor, "shoe_id", 1), ==, "Trail shoe");

  type_text (editor, "distance_m", miles ? "5" : "10");
  type_text (editor, "duration_s", "50:30");
  select_item (editor, "surface", PT_SURFACE_TRAIL);
  select_item (editor, "shoe_id", 1);
  type_text (editor, "pain_during", "3");
  maybe_screenshot (editor, miles ? "run-miles" : "run");
  click_save (fixture, editor);

  stored = load_only (fixture, PT_TYPE_RUN, patient_id);
  if (miles)
    g_assert_cmpfloat_with_epsilon (pt_run_get_distance_m (stored), 8046.72, 1e-6);
  else
    g_assert_cmpfloat (pt_run_get_distance_m (stored), ==, 10000);
  g_assert_cmpint (pt_run_get_duration_s (stored), ==, 50 * 60 + 30);
  g_assert_cmpint (pt_run_get_surface (stored), ==, PT_SURFACE_TRAIL);
  g_assert_cmpint (pt_run_get_shoe_id (stored), ==, shoe_id);
  g_assert_cmpfloat (pt_run_get_pain_during (stored), ==, 3);
  g_assert_cmpstr (pt_run_get_date (stored), ==, TODAY);

  /* Shown again in the chosen unit. */
  editor = open_editor (fixture, PT_RECORD (stored));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "distance_m"))), ==,
                   miles ? "5" : "10");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "duration_s"))), ==, "50:30");
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

static void
test_cross_training_create (Fixture       *fixture,
                            gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  g_autoptr(PtCrossTraining) entry = pt_cross_training_new ();
  g_autoptr(PtCrossTraining) stored = NULL;
  PtRecordEditor *editor;

  pt_cross_training_set_patient_id (entry, patient_id);
  editor = open_editor (fixture, PT_RECORD (entry));
  g_assert_false (save_sensitive (editor));

  select_item (editor, "activity", PT_ACTIVITY_BIKE);
  type_text (editor, "minutes", "2.5");
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "minutes"), ==,
                   "Minutes must be a whole number (got “2.5”)");
  type_text (editor, "minutes", "45");
  type_text (editor, "effort", "6");
  type_text (editor, "date", "2026-03-08");
  click_save (fixture, editor);

  stored = load_only (fixture, PT_TYPE_CROSS_TRAINING, patient_id);
  g_assert_cmpint (pt_cross_training_get_activity (stored), ==, PT_ACTIVITY_BIKE);
  g_assert_cmpint (pt_cross_training_get_minutes (stored), ==, 45);
  g_assert_cmpint (pt_cross_training_get_effort (stored), ==, 6);
  g_assert_cmpstr (pt_cross_training_get_date (stored), ==, "2026-03-08");
}

/* ---- editing, closing and failing ---- */

static void
test_edit_unchanged (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  gint64 id = pt_test_add_pain_score (fixture->db.store, patient_id, 0, "2026-03-01", 5);
  g_autoptr(PtPainScore) before = pt_store_get_pain_score (fixture->db.store, id, NULL);
  g_autoptr(PtPainScore) after = NULL;
  PtRecordEditor *editor = open_editor (fixture, PT_RECORD (before));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Pain Score");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "score"))), ==, "5");
  g_assert_true (pt_record_editor_get_valid (editor));
  g_assert_false (pt_record_editor_get_modified (editor));
  g_assert_false (save_sensitive (editor));

  /* A change made and undone is no change. */
  type_text (editor, "score", "6");
  g_assert_true (pt_record_editor_get_modified (editor));
  g_assert_true (save_sensitive (editor));
  type_text (editor, "score", "5.0");
  g_assert_false (pt_record_editor_get_modified (editor));
  g_assert_false (save_sensitive (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  /* Unmodified: closes without asking. */
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_null (fixture->saved);
  g_assert_finalize_object (editor);

  after = pt_store_get_pain_score (fixture->db.store, id, NULL);
  g_assert_cmpstr (pt_record_get_updated_at (PT_RECORD (after)), ==,
                   pt_record_get_updated_at (PT_RECORD (before)));
  g_assert_true (pt_record_fields_equal (PT_RECORD (after), PT_RECORD (before)));
}

static void
test_edit_changed (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  gint64 id = pt_test_add_pain_score (fixture->db.store, patient_id, 0, "2026-03-01", 5);
  g_autoptr(PtPainScore) before = pt_store_get_pain_score (fixture->db.store, id, NULL);
  g_autoptr(PtPainScore) after = NULL;
  PtRecordEditor *editor = open_editor (fixture, PT_RECORD (before));

  type_text (editor, "score", "4.5");
  type_text (editor, "notes", "Better after rest");
  click_save (fixture, editor);

  g_assert_cmpint (pt_record_get_id (fixture->saved), ==, id);
  g_assert_cmpint (pt_test_count (fixture->db.store, PT_TYPE_PAIN_SCORE), ==, 1);
  after = pt_store_get_pain_score (fixture->db.store, id, NULL);
  g_assert_cmpfloat (pt_pain_score_get_score (after), ==, 4.5);
  g_assert_cmpstr (pt_pain_score_get_notes (after), ==, "Better after rest");
  g_assert_cmpstr (pt_pain_score_get_date (after), ==, "2026-03-01");
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  PtRecordEditor *editor;
  AdwMessageDialog *dialog;

  pt_pain_score_set_patient_id (score, patient_id);
  editor = open_editor (fixture, PT_RECORD (score));
  type_text (editor, "score", "4");

  /* Escape cancels, which asks first. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  dialog = find_dialog (GTK_WINDOW (editor));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Changes?");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (dialog, "keep");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "score"))), ==, "4");

  /* The window's close button asks too; Discard closes and writes nothing. */
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  dialog = find_dialog (GTK_WINDOW (editor));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_finalize_object (editor);
  g_assert_null (fixture->saved);
  g_assert_cmpint (pt_test_count (fixture->db.store, PT_TYPE_PAIN_SCORE), ==, 0);
}

static AdwActionRow *
find_problem_row (GtkWidget *widget)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                 "Could Not Save") == 0)
    return ADW_ACTION_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = find_problem_row (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Another program holds the database: the form stays open with the typed
 * values and says what happened; saving again once it is free works. */
static void
test_storage_error (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture);
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  g_autoptr(PtPainScore) stored = NULL;
  AdwActionRow *problem;
  PtRecordEditor *editor;
  GtkWidget *button;
  sqlite3 *other = NULL;

  pt_pain_score_set_patient_id (score, patient_id);
  editor = open_editor (fixture, PT_RECORD (score));
  type_text (editor, "score", "6");
  select_item (editor, "context", PT_PAIN_CONTEXT_REST);
  type_text (editor, "notes", "Typed before the failure");

  g_assert_cmpint (sqlite3_open (fixture->db.path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  button = find_action_button (GTK_WIDGET (editor), "editor.save");
  g_signal_emit_by_name (button, "clicked");   /* waits for the busy timeout */
  g_assert_null (fixture->saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "score"))), ==, "6");
  g_assert_true (pt_record_editor_get_modified (editor));
  problem = find_problem_row (GTK_WIDGET (editor));
  g_assert_nonnull (problem);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (problem)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (problem), "still here"));
  maybe_screenshot (editor, "storage-error");
  g_assert_null (pt_record_editor_get_field_error (editor, "score"));

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (other), ==, SQLITE_OK);
  g_assert_cmpint (pt_test_count (fixture->db.store, PT_TYPE_PAIN_SCORE), ==, 0);

  click_save (fixture, editor);
  stored = load_only (fixture, PT_TYPE_PAIN_SCORE, patient_id);
  g_assert_cmpstr (pt_pain_score_get_notes (stored), ==, "Typed before the failure");
}

static void
add_test (const char    *path,
          gconstpointer  data,
          void         (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  add_test ("/ui/editor/patient/create", NULL, test_patient_create);
  add_test ("/ui/editor/condition/create", NULL, test_condition_create);
  add_test ("/ui/editor/session/create", NULL, test_session_create);
  add_test ("/ui/editor/pain-score/create", NULL, test_pain_score_create);
  add_test ("/ui/editor/pain-score/invalid", NULL, test_pain_score_invalid);
  add_test ("/ui/editor/run/create-km", GINT_TO_POINTER (FALSE), test_run_create);
  add_test ("/ui/editor/run/create-miles", GINT_TO_POINTER (TRUE), test_run_create);
  add_test ("/ui/editor/cross-training/create", NULL, test_cross_training_create);
  add_test ("/ui/editor/edit/unchanged", NULL, test_edit_unchanged);
  add_test ("/ui/editor/edit/changed", NULL, test_edit_changed);
  add_test ("/ui/editor/close/asks", NULL, test_close_asks);
  add_test ("/ui/editor/storage-error", NULL, test_storage_error);

  return g_test_run ();
}
