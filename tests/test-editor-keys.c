/* test-editor-keys.c: the record forms, driven with the keyboard only
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PtRecordEditor under Xvfb, with key presses and clicks sent through the
 * X server (pt-test-input.h), the way the front desk uses it: the first
 * field has the focus, every Tab stop is a field that takes what is typed,
 * in the order the form shows them, and what is typed is what is saved.
 */

#include "config.h"

#include <math.h>

#include "pt-enums.h"
#include "pt-record-editor.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"

#define TODAY "2026-03-10"
#define SCHEMA_ID "io.github.prolotrack.ProloTrack"
#define MAX_STOPS 80

typedef struct
{
  PtTestFixture  db;
  GSettings     *settings;
  PtRecord      *saved;
  gint64         patient_id;
  gint64         condition_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  pt_test_fixture_set_up (&fixture->db, data);
  fixture->settings = g_settings_new (SCHEMA_ID);
  g_settings_reset (fixture->settings, "distance-unit");
  g_settings_reset (fixture->settings, "default-clinician");
  fixture->patient_id = pt_test_add_patient (fixture->db.store, "Ana Runner", "PT-0001",
                                             "1990-05-04");
  fixture->condition_id = pt_test_add_condition (fixture->db.store, fixture->patient_id,
                                                 "2026-01-15");
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

/* The editor, shown and with the X input focus; the caller owns it. */
static PtRecordEditor *
open_editor (Fixture  *fixture,
             PtRecord *record)
{
  PtRecordEditor *editor = pt_record_editor_new (NULL, fixture->db.store, record,
                                                 fixture->settings);

  g_object_ref_sink (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), fixture);
  pt_test_input_focus (GTK_WINDOW (editor));
  pt_test_input_settle (50);

  return editor;
}

static void
close_editor (PtRecordEditor *editor)
{
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

typedef gboolean (*WidgetTest) (GtkWidget *widget, gconstpointer data);

/* The first widget in @widget's tree, popovers included, that passes @test. */
static GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetTest     test,
             gconstpointer  data)
{
  if (test (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, test, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
has_icon (GtkWidget     *widget,
          gconstpointer  icon)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)),
                                              icon) == 0;
}

static gboolean
is_popover (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_POPOVER (widget);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  return find_widget (widget, has_action, action);
}

/* Runs the main loop until @cond holds, for up to two seconds: on a
 * loaded machine X events can take longer than one settle. */
#define WAIT_FOR(cond) \
  G_STMT_START { \
    gint64 wait_end_ = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < wait_end_) \
      pt_test_input_settle (5); \
  } G_STMT_END

/* Tab (Shift+Tab with @mods), then waits until GTK has moved the focus:
 * on a loaded machine the X events can take longer than one settle. */
static void
press_tab (GtkWindow       *window,
           GdkModifierType  mods)
{
  GtkWidget *before = pt_test_input_get_focus (window);
  gint64 end;

  pt_test_input_key (GDK_KEY_Tab, mods);
  end = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (pt_test_input_get_focus (window) == before && g_get_monotonic_time () < end)
    pt_test_input_settle (5);
}

/* What the focused widget is, for messages. */
static char *
describe (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL && !GTK_IS_ROOT (w); w = gtk_widget_get_parent (w))
    {
      g_string_append_printf (text, "%s%s", text->len > 0 ? " in " : "", G_OBJECT_TYPE_NAME (w));
      if (ADW_IS_PREFERENCES_ROW (w))
        {
          g_string_append_printf (text, " “%s”", adw_preferences_row_get_title (
                                    ADW_PREFERENCES_ROW (w)));
          break;
        }
    }

  return g_string_free (text, FALSE);
}

/* A widget that takes what is typed, or a choice the keyboard makes. */
static gboolean
is_field_widget (GtkWidget *focus)
{
  GtkWidget *parent = gtk_widget_get_parent (focus);

  if (GTK_IS_TEXT (focus))
    return gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON) != NULL ||
           gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW) != NULL ||
           gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL;

  if (GTK_IS_TEXT_VIEW (focus) && gtk_text_view_get_editable (GTK_TEXT_VIEW (focus)))
    return TRUE;

  if (ADW_IS_COMBO_ROW (focus) || GTK_IS_DROP_DOWN (focus) ||
      GTK_IS_CHECK_BUTTON (focus) || GTK_IS_SWITCH (focus))
    return TRUE;

  /* The header of the expander that holds the check buttons of a set of
   * flags: Space shows them. */
  return parent != NULL && ADW_IS_EXPANDER_ROW (gtk_widget_get_ancestor (parent,
                                                                         ADW_TYPE_EXPANDER_ROW));
}

static double
window_y (GtkWidget *widget)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_root (widget)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.y;
}

/* Scrolled into view, the y of @widget relative to the form's first field. */
static double
form_y (GtkWidget *widget,
        GtkWidget *first)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  double offset = 0;

  if (scrolled != NULL)
    offset = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
                                         GTK_SCROLLED_WINDOW (scrolled)));

  return window_y (widget) + offset - (window_y (first) + 0);
}

/* Opens @record's form and checks the focus chain: the first field has the
 * focus; Tab visits each of @properties once, in that order, going down
 * the form; the only other stops are Cancel and Save. */
static void
check_tab_order (Fixture            *fixture,
                 PtRecord           *record,
                 const char * const *properties)
{
  PtRecordEditor *editor = open_editor (fixture, record);
  GtkWindow *window = GTK_WINDOW (editor);
  GtkWidget *save = find_action_button (GTK_WIDGET (editor), "editor.save");
  GtkWidget *cancel = find_action_button (GTK_WIDGET (editor), "editor.cancel");
  GtkWidget *first = pt_record_editor_get_field_widget (editor, properties[0]);
  guint n = g_strv_length ((char **) properties), next = 0;
  double last_y = -1;

  g_assert_nonnull (first);
  if (!pt_test_input_focus_in (window, first))
    {
      g_autofree char *what = describe (pt_test_input_get_focus (window));

      g_error ("%s opened with the focus on %s, not on %s", gtk_window_get_title (window),
               what, properties[0]);
    }

  for (guint stop = 0; stop < MAX_STOPS && next < n; stop++)
    {
      GtkWidget *focus = pt_test_input_get_focus (window);
      GtkWidget *widget = pt_record_editor_get_field_widget (editor, properties[next]);
      g_autofree char *what = describe (focus);
      double y;

      g_assert_nonnull (focus);
      if (focus == save || focus == cancel)
        {
          press_tab (window, 0);
          continue;
        }

      if (!is_field_widget (focus))
        g_error ("%s: Tab stop %u is %s, which takes no typing", gtk_window_get_title (window),
                 stop, what);
      if (focus != widget && !gtk_widget_is_ancestor (focus, widget))
        g_error ("%s: Tab stop %u is %s, expected the field “%s”",
                 gtk_window_get_title (window), stop, what, properties[next]);

      pt_test_input_settle (20);
      y = form_y (focus, first);
      g_assert_cmpfloat (y, >, last_y);
      last_y = y;
      next++;
      press_tab (window, 0);
    }
  g_assert_cmpuint (next, ==, n);

  /* After the last field comes no hidden stop before the start again. */
  for (guint stop = 0; stop < 4 && !pt_test_input_focus_in (window, first); stop++)
    {
      GtkWidget *focus = pt_test_input_get_focus (window);
      g_autofree char *what = describe (focus);

      if (focus != save && focus != cancel)
        g_error ("%s: after the last field, Tab went to %s", gtk_window_get_title (window), what);
      press_tab (window, 0);
    }
  g_assert_true (pt_test_input_focus_in (window, first));

  close_editor (editor);
}

/* Each form's fields from top to bottom. */
typedef struct
{
  GType     (*get_type) (void);
  const char *order[20];
} TabOrder;

static const TabOrder tab_orders[] = {
  { pt_patient_get_type,
    { "name", "record_number", "date_of_birth", "sex", "contact", "notes" } },
  { pt_condition_get_type,
    { "kind", "side", "onset_date", "status", "prior_treatments", "notes" } },
  { pt_session_get_type,
    { "condition_id", "date", "clinician", "site", "treatment", "solution", "concentration_pct",
      "volume_ml", "injection_count", "structures", "pain_before", "pain_after",
      "adverse_events", "advice", "next_visit", "notes" } },
  { pt_pain_score_get_type,
    { "date", "score", "context", "source", "condition_id", "notes" } },
  { pt_run_get_type,
    { "date", "distance_m", "duration_s", "surface", "shoe_id", "pain_during", "notes" } },
  { pt_cross_training_get_type,
    { "date", "activity", "minutes", "effort", "notes" } },
  /* A published questionnaire: the clinic score's definition is hidden. */
  { pt_outcome_get_type,
    { "condition_id", "date", "kind", "total", "notes" } },
};

static void
test_tab_order (Fixture       *fixture,
                gconstpointer  data)
{
  const TabOrder *form = data;
  g_autoptr(PtRecord) record = g_object_new (form->get_type (), NULL);

  if (!PT_IS_PATIENT (record))
    g_object_set (record, "patient_id", fixture->patient_id, NULL);
  check_tab_order (fixture, record, form->order);
}

/* Opens the focused combo row's list with the keyboard, goes @down items
 * down from the first and picks that one. */
static void
pick_with_keys (PtRecordEditor *editor,
                const char     *property,
                guint           down)
{
  GtkWidget *row = pt_record_editor_get_field_widget (editor, property);

  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor), row));

  pt_test_input_key (GDK_KEY_space, 0);
  /* The list in the popover takes the focus. */
  WAIT_FOR (pt_test_input_get_focus (GTK_WINDOW (editor)) != row);
  pt_test_input_settle (50);
  pt_test_input_key (GDK_KEY_Home, 0);
  for (guint i = 0; i < down; i++)
    pt_test_input_key (GDK_KEY_Down, 0);
  pt_test_input_key (GDK_KEY_Return, 0);
  WAIT_FOR (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) == down);
  pt_test_input_settle (50);
}

/* The calendar is no Tab stop, but the keyboard still reaches it: Alt+Down
 * in the date opens it, Escape goes back to the text; a click opens it too. */
static void
test_date_calendar (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  PtRecordEditor *editor;
  GtkWidget *date, *popover;

  pt_pain_score_set_patient_id (score, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (score));
  date = pt_record_editor_get_field_widget (editor, "date");
  popover = find_widget (date, is_popover, NULL);
  g_assert_nonnull (popover);
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor), date));
  g_assert_false (gtk_widget_get_mapped (popover));

  pt_test_input_key (GDK_KEY_Down, GDK_ALT_MASK);
  WAIT_FOR (gtk_widget_get_mapped (popover));
  g_assert_true (gtk_widget_get_mapped (popover));
  pt_test_input_key (GDK_KEY_Escape, 0);
  WAIT_FOR (!gtk_widget_get_mapped (popover));
  g_assert_false (gtk_widget_get_mapped (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor), date));

  /* Past the popover's closing (its grab takes a click that comes too
   * soon on a loaded machine). */
  pt_test_input_settle (300);
  pt_test_input_click (find_widget (date, has_icon, "x-office-calendar-symbolic"));
  WAIT_FOR (gtk_widget_get_mapped (popover));
  g_assert_true (gtk_widget_get_mapped (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));

  close_editor (editor);
}

/* ---- typing a whole record ---- */

/* Tab, then the focus must be in @property's field. */
static void
tab_to (PtRecordEditor *editor,
        const char     *property)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);

  press_tab (GTK_WINDOW (editor), 0);
  if (!pt_test_input_focus_in (GTK_WINDOW (editor), widget))
    {
      g_autofree char *what = describe (pt_test_input_get_focus (GTK_WINDOW (editor)));

      g_error ("Tab went to %s, not to the field “%s”", what, property);
    }
}

static gpointer
load_only (Fixture *fixture,
           GType    type)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  if (type == PT_TYPE_PAIN_SCORE)
    model = pt_store_list_pain_scores (fixture->db.store, fixture->patient_id, &error);
  else if (type == PT_TYPE_SESSION)
    model = pt_store_list_sessions (fixture->db.store, fixture->patient_id, &error);
  else
    g_assert_not_reached ();
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  return g_list_model_get_item (model, 0);
}

/* A new pain score typed in: the score after one Tab, notes at the end,
 * Ctrl+Return saves. */
static void
test_type_pain_score (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  g_autoptr(PtPainScore) stored = NULL;
  PtRecordEditor *editor;

  pt_pain_score_set_patient_id (score, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (score));
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor),
                                         pt_record_editor_get_field_widget (editor, "date")));

  tab_to (editor, "score");
  pt_test_input_type ("6.5");
  tab_to (editor, "context");
  /* When it hurts is not chosen for the clinician. */
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (pt_record_editor_get_field_error (editor, "context") != NULL);
  g_assert_null (fixture->saved);
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "context"), ==, "Choose the context");
  pick_with_keys (editor, "context", PT_PAIN_CONTEXT_DURING_RUN);
  tab_to (editor, "source");
  tab_to (editor, "condition_id");
  tab_to (editor, "notes");
  pt_test_input_type ("Sore after 3 km");
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  pt_test_input_settle (50);

  g_assert_nonnull (fixture->saved);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  close_editor (editor);

  stored = load_only (fixture, PT_TYPE_PAIN_SCORE);
  g_assert_cmpstr (pt_pain_score_get_date (stored), ==, TODAY);
  g_assert_cmpfloat (pt_pain_score_get_score (stored), ==, 6.5);
  g_assert_cmpstr (pt_pain_score_get_notes (stored), ==, "Sore after 3 km");
  g_assert_cmpint (pt_pain_score_get_context (stored), ==, PT_PAIN_CONTEXT_DURING_RUN);
  /* The patient's one active condition, as nobody chose another. */
  g_assert_cmpint (pt_pain_score_get_condition_id (stored), ==, fixture->condition_id);
}

/* A new session typed field by field with Tab, saved with the Save
 * button: every number typed is stored, every text exactly as typed. */
static void
test_type_session (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PtSession) session = pt_session_new ();
  g_autoptr(PtSession) stored = NULL;
  PtRecordEditor *editor;

  pt_session_set_patient_id (session, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (session));
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor),
                                         pt_record_editor_get_field_widget (editor,
                                                                            "condition_id")));

  tab_to (editor, "date");
  tab_to (editor, "clinician");
  pt_test_input_type ("Dr. Vega");
  tab_to (editor, "site");
  tab_to (editor, "treatment");
  pick_with_keys (editor, "treatment", PT_TREATMENT_PRP);
  tab_to (editor, "solution");
  pt_test_input_type ("Dextrose");
  tab_to (editor, "concentration_pct");
  pt_test_input_type ("15");
  tab_to (editor, "volume_ml");
  pt_test_input_type ("2.5");
  tab_to (editor, "injection_count");
  pt_test_input_type ("6");
  tab_to (editor, "structures");
  pt_test_input_type ("Plantar fascia");
  tab_to (editor, "pain_before");
  pt_test_input_type ("6");
  tab_to (editor, "pain_after");
  pt_test_input_type ("3");
  tab_to (editor, "adverse_events");
  tab_to (editor, "advice");
  tab_to (editor, "next_visit");
  tab_to (editor, "notes");
  pt_test_input_type ("Review in 3 weeks");

  pt_test_input_click (find_action_button (GTK_WIDGET (editor), "editor.save"));
  WAIT_FOR (fixture->saved != NULL);
  g_assert_nonnull (fixture->saved);
  close_editor (editor);

  stored = load_only (fixture, PT_TYPE_SESSION);
  g_assert_cmpint (pt_session_get_condition_id (stored), ==, fixture->condition_id);
  g_assert_cmpstr (pt_session_get_date (stored), ==, TODAY);
  g_assert_cmpstr (pt_session_get_clinician (stored), ==, "Dr. Vega");
  g_assert_null (pt_session_get_site (stored));
  g_assert_cmpint (pt_session_get_treatment (stored), ==, PT_TREATMENT_PRP);
  g_assert_cmpstr (pt_session_get_solution (stored), ==, "Dextrose");
  g_assert_cmpfloat (pt_session_get_concentration_pct (stored), ==, 15);
  g_assert_cmpfloat (pt_session_get_volume_ml (stored), ==, 2.5);
  g_assert_cmpint (pt_session_get_injection_count (stored), ==, 6);
  g_assert_cmpstr (pt_session_get_structures (stored), ==, "Plantar fascia");
  g_assert_cmpfloat (pt_session_get_pain_before (stored), ==, 6);
  g_assert_cmpfloat (pt_session_get_pain_after (stored), ==, 3);
  g_assert_null (pt_session_get_adverse_events (stored));
  g_assert_null (pt_session_get_next_visit (stored));
  g_assert_cmpstr (pt_session_get_notes (stored), ==, "Review in 3 weeks");
}

/* ---- choices nobody made ---- */

static guint
combo_selected (PtRecordEditor *editor,
                const char     *property)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (pt_record_editor_get_field_widget (editor,
                                                                                      property)));
}

/* With two active conditions, neither is picked for the clinician: a new
 * pain score is for no condition until one is chosen, and a session (which
 * needs one) cannot be saved until then. */
static void
test_condition_not_guessed (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  g_autoptr(PtSession) session = pt_session_new ();
  PtRecordEditor *editor;

  gint64 second = pt_test_add_condition (fixture->db.store, fixture->patient_id, "2026-02-01");
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(PtPainScore) saved = NULL;

  /* A pain score: "Choose…", not None (pain about no condition), and Save
   * says why it is off; then the second condition picked with the keys. */
  pt_pain_score_set_patient_id (score, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (score));
  g_assert_cmpuint (combo_selected (editor, "condition_id"), ==, 0);   /* Choose… */
  tab_to (editor, "score");
  pt_test_input_type ("4");
  tab_to (editor, "context");
  pick_with_keys (editor, "context", PT_PAIN_CONTEXT_REST);
  g_assert_cmpstr (pt_record_editor_get_save_hint (editor), ==,
                   "Choose the condition, or None for pain that is not about one");
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (pt_record_editor_get_field_error (editor, "condition_id") != NULL);
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "condition_id"), ==,
                   "Choose the condition, or None for pain that is not about one");
  g_assert_null (fixture->saved);
  /* The refused save put the focus on the condition. */
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor),
                                         pt_record_editor_get_field_widget (editor,
                                                                            "condition_id")));
  pick_with_keys (editor, "condition_id", 3);   /* Choose…, None, first, second */
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (fixture->saved != NULL);
  g_assert_nonnull (fixture->saved);
  stored = pt_store_list_pain_scores (fixture->db.store, fixture->patient_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 1);
  saved = g_list_model_get_item (stored, 0);
  g_assert_cmpint (pt_pain_score_get_condition_id (saved), ==, second);
  close_editor (editor);
  g_clear_object (&fixture->saved);

  pt_session_set_patient_id (session, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (session));
  g_assert_cmpuint (combo_selected (editor, "condition_id"), ==, GTK_INVALID_LIST_POSITION);
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (pt_record_editor_get_field_error (editor, "condition_id") != NULL);
  g_assert_null (fixture->saved);
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "condition_id"), ==,
                   "Condition is required");
  close_editor (editor);
}

/* A new condition has no diagnosis and no side until the clinician picks
 * them: Ctrl+Return saves nothing and says what to choose. */
static void
test_condition_choices (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PtCondition) condition = pt_condition_new ();
  g_autoptr(PtCondition) stored = NULL;
  g_autoptr(GError) error = NULL;
  PtRecordEditor *editor;

  pt_condition_set_patient_id (condition, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (condition));
  g_assert_cmpuint (combo_selected (editor, "kind"), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (combo_selected (editor, "side"), ==, GTK_INVALID_LIST_POSITION);

  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (pt_record_editor_get_field_error (editor, "kind") != NULL);
  g_assert_null (fixture->saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "kind"), ==, "Choose the condition");

  pick_with_keys (editor, "kind", PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_assert_cmpuint (combo_selected (editor, "kind"), ==, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_assert_null (pt_record_editor_get_field_error (editor, "kind"));
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (pt_record_editor_get_field_error (editor, "side") != NULL);
  g_assert_null (fixture->saved);
  g_assert_cmpstr (pt_record_editor_get_field_error (editor, "side"), ==, "Choose the side");

  /* The refused save went to the field to choose. */
  pick_with_keys (editor, "side", PT_SIDE_RIGHT);
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (fixture->saved != NULL);
  g_assert_nonnull (fixture->saved);
  close_editor (editor);

  stored = pt_store_get_condition (fixture->db.store, pt_record_get_id (fixture->saved), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_condition_get_kind (stored), ==, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_assert_cmpint (pt_condition_get_side (stored), ==, PT_SIDE_RIGHT);
}

/* ---- what is required, and why Save is off ---- */

static gboolean
save_sensitive (PtRecordEditor *editor)
{
  return gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (editor), "editor.save"));
}

static const char *
field_text (PtRecordEditor *editor,
            const char     *property)
{
  return gtk_editable_get_text (GTK_EDITABLE (pt_record_editor_get_field_widget (editor,
                                                                                 property)));
}

static void
assert_required (PtRecordEditor     *editor,
                 const char * const *required,
                 const char * const *optional)
{
  for (guint i = 0; required[i] != NULL; i++)
    if (!pt_record_editor_get_field_required (editor, required[i]))
      g_error ("%s: “%s” is not marked Required", gtk_window_get_title (GTK_WINDOW (editor)),
               required[i]);
  for (guint i = 0; optional[i] != NULL; i++)
    if (pt_record_editor_get_field_required (editor, optional[i]))
      g_error ("%s: “%s” is marked Required", gtk_window_get_title (GTK_WINDOW (editor)),
               optional[i]);
}

/* A new patient typed in: the required rows are marked, the record number
 * is the next free one, and next to the greyed-out Save the form says what
 * is still missing, until nothing is. */
static void
test_required_patient (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const required[] = { "name", "record_number", "date_of_birth", NULL };
  static const char * const optional[] = { "sex", "contact", "notes", NULL };
  g_autoptr(PtPatient) patient = pt_patient_new ();
  g_autoptr(PtPatient) stored = NULL;
  PtRecordEditor *editor = open_editor (fixture, PT_RECORD (patient));

  assert_required (editor, required, optional);
  g_assert_false (save_sensitive (editor));
  g_assert_cmpstr (pt_record_editor_get_save_hint (editor), ==, "Name is required");
  /* A fresh form is not covered in red. */
  g_assert_null (pt_record_editor_get_field_error (editor, "name"));

  /* The next free record number is there already. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pt_record_editor_get_field_widget (editor, "record_number"))), ==,
                   "PT-0002");

  pt_test_input_type ("Ben Hill");
  WAIT_FOR (g_strcmp0 (field_text (editor, "name"), "Ben Hill") == 0);
  g_assert_cmpstr (pt_record_editor_get_save_hint (editor), ==, "Date of birth is required");

  tab_to (editor, "record_number");
  tab_to (editor, "date_of_birth");
  pt_test_input_type ("1990-05-0");
  WAIT_FOR (g_strcmp0 (field_text (editor, "date_of_birth"), "1990-05-0") == 0);
  g_assert_false (save_sensitive (editor));
  g_assert_nonnull (pt_record_editor_get_save_hint (editor));
  pt_test_input_type ("4");
  WAIT_FOR (save_sensitive (editor));
  g_assert_true (save_sensitive (editor));
  g_assert_null (pt_record_editor_get_save_hint (editor));

  /* The suggestion is only a suggestion: emptied, it is missing. */
  press_tab (GTK_WINDOW (editor), GDK_SHIFT_MASK);
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor),
                                         pt_record_editor_get_field_widget (editor,
                                                                            "record_number")));
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_key (GDK_KEY_BackSpace, 0);
  WAIT_FOR (!save_sensitive (editor));
  g_assert_false (save_sensitive (editor));
  g_assert_cmpstr (pt_record_editor_get_save_hint (editor), ==, "Record number is required");
  pt_test_input_type ("PT-0100");
  WAIT_FOR (g_strcmp0 (field_text (editor, "record_number"), "PT-0100") == 0);
  g_assert_true (save_sensitive (editor));
  g_assert_null (pt_record_editor_get_save_hint (editor));

  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  WAIT_FOR (fixture->saved != NULL);
  g_assert_nonnull (fixture->saved);
  close_editor (editor);

  stored = pt_store_find_patient (fixture->db.store, "PT-0100", NULL);
  g_assert_nonnull (stored);
  g_assert_cmpstr (pt_patient_get_name (stored), ==, "Ben Hill");
  g_assert_cmpstr (pt_patient_get_date_of_birth (stored), ==, "1990-05-04");
}

/* The other forms mark their required rows the same way. */
static void
test_required_marks (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const condition_required[] = { "kind", "side", "onset_date", NULL };
  static const char * const condition_optional[] = { "status", NULL };
  static const char * const session_required[] = { "condition_id", "date", "treatment", NULL };
  static const char * const session_optional[] = {
    "clinician", "solution", "concentration_pct", "pain_before", NULL,
  };
  static const char * const pain_required[] = { "date", "score", "context", NULL };
  static const char * const pain_optional[] = { "condition_id", "source", NULL };
  static const char * const run_required[] = { "date", "distance_m", NULL };
  static const char * const run_optional[] = { "duration_s", "shoe_id", "pain_during", NULL };
  static const char * const cross_required[] = { "date", "minutes", NULL };
  static const char * const cross_optional[] = { "effort", NULL };
  g_autoptr(PtCondition) condition = pt_condition_new ();
  g_autoptr(PtSession) session = pt_session_new ();
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  g_autoptr(PtRun) run = pt_run_new ();
  g_autoptr(PtCrossTraining) cross = pt_cross_training_new ();
  PtRecordEditor *editor;

  pt_condition_set_patient_id (condition, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (condition));
  assert_required (editor, condition_required, condition_optional);
  g_assert_cmpstr (pt_record_editor_get_save_hint (editor), ==, "Choose the condition");
  close_editor (editor);

  pt_session_set_patient_id (session, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (session));
  assert_required (editor, session_required, session_optional);
  close_editor (editor);

  pt_pain_score_set_patient_id (score, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (score));
  assert_required (editor, pain_required, pain_optional);
  g_assert_cmpstr (pt_record_editor_get_save_hint (editor), ==, "Pain is required");
  close_editor (editor);

  pt_run_set_patient_id (run, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (run));
  assert_required (editor, run_required, run_optional);
  close_editor (editor);

  pt_cross_training_set_patient_id (cross, fixture->patient_id);
  editor = open_editor (fixture, PT_RECORD (cross));
  assert_required (editor, cross_required, cross_optional);
  close_editor (editor);
}

static void
add_test (const char *path,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  for (guint i = 0; i < G_N_ELEMENTS (tab_orders); i++)
    {
      static const char * const names[] = {
        "patient", "condition", "session", "pain-score", "run", "cross-training", "outcome",
      };
      g_autofree char *path = g_strdup_printf ("/ui/editor-keys/tab/%s", names[i]);

      G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (tab_orders));
      g_test_add (path, Fixture, &tab_orders[i], fixture_set_up, test_tab_order,
                  fixture_tear_down);
    }
  add_test ("/ui/editor-keys/tab/date-calendar", test_date_calendar);
  add_test ("/ui/editor-keys/type/pain-score", test_type_pain_score);
  add_test ("/ui/editor-keys/type/session", test_type_session);
  add_test ("/ui/editor-keys/choices/condition", test_condition_choices);
  add_test ("/ui/editor-keys/choices/condition-not-guessed", test_condition_not_guessed);
  add_test ("/ui/editor-keys/required/patient", test_required_patient);
  add_test ("/ui/editor-keys/required/marks", test_required_marks);

  return g_test_run ();
}
