/* test-patient-view.c: the patient's view, locked to that patient
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window with key presses and clicks (pt-test-input.h):
 * Show to Patient from the keyboard, every action of the window and of the
 * application checked against the view's allow-list (so an action added
 * later is caught), the clinician's shortcuts doing nothing, leaving with
 * a wrong and then the right PIN, the idle lock on a test clock, and a
 * pain score and a run recorded by the patient.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "pt-date.h"
#include "pt-format.h"
#include "pt-patient-page.h"
#include "pt-patient-entry.h"
#include "pt-patient-view.h"
#include "pt-pin.h"
#include "pt-pin-dialog.h"
#include "pt-preferences-window.h"
#include "pt-pin-prompt.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

#define TODAY "2026-11-23"
/* Ten digits: the test looks for the PIN in the database file's bytes,
 * where six digits turned up by chance in the audit trail's hex hashes
 * (a chance of 16^-6 at each of tens of thousands of positions). */
#define PIN "4829163075"

typedef struct
{
  PtTestWindowFixture base;
  GSettings          *settings;
  gint64              claire;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PtPatient) claire = NULL;

  pt_test_window_fixture_set_up (&fixture->base, NULL);
  fixture->settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  g_settings_reset (fixture->settings, "lock-after-minutes");
  g_settings_reset (fixture->settings, "patient-entry");
  pt_test_window_fixture_open (&fixture->base);

  claire = pt_store_find_patient (fixture->base.store, "PT-0001", NULL);
  fixture->claire = pt_record_get_id (PT_RECORD (claire));
  pt_window_show_patient (fixture->base.window, fixture->claire);
  g_assert_true (pt_test_window_wait_for_patient (fixture->base.window, "PT-0001"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "lock-after-minutes");
  g_settings_reset (fixture->settings, "patient-entry");
  g_clear_object (&fixture->settings);
  pt_test_window_fixture_tear_down (&fixture->base, GINT_TO_POINTER (TRUE));
}

static gboolean
in_patient_view (gpointer data)
{
  return pt_window_get_patient_view_id (data) > 0;
}

static gboolean
in_workspace (gpointer data)
{
  return pt_window_get_patient_view_id (data) == 0;
}

static void
press_show_to_patient (Fixture *fixture)
{
  pt_test_input_key (GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_assert_true (pt_test_input_wait_for (in_patient_view, fixture->base.window));
  g_assert_cmpint (pt_window_get_patient_view_id (fixture->base.window), ==, fixture->claire);
}

/* Whether the window action @name is enabled, as GTK has it: a button
 * bound to it is sensitive only then (GtkActionHelper). */
static gboolean
class_action_enabled (GtkBox     *probe_box,
                      const char *name)
{
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
  gtk_box_append (probe_box, button);
  enabled = gtk_widget_get_sensitive (button);
  gtk_box_remove (probe_box, button);
  return enabled;
}

/* Every action of the window (its class's, its action map's) and of the
 * application: enabled only when on @allowed. Returns how many it checked. */
static guint
assert_only_allowed (PtWindow           *window,
                     GtkBox             *probe_box,
                     const char * const *allowed)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (window);
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  GActionGroup *groups[] = { G_ACTION_GROUP (window), G_ACTION_GROUP (app) };
  const char *prefixes[] = { "win.", "app." };
  const GVariantType *parameter;
  const char *name, *property;
  guint n_checked = 0;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter, &property);
       i++)
    {
      /* An action with a parameter needs one to be bound; their state is
       * the same either way. */
      if (parameter != NULL)
        continue;
      n_checked++;
      if (class_action_enabled (probe_box, name) && !g_strv_contains (allowed, name))
        g_error ("%s is enabled in a restricted window", name);
    }

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_auto(GStrv) names = g_action_group_list_actions (groups[g]);

      for (guint i = 0; names[i] != NULL; i++, n_checked++)
        {
          g_autofree char *full = g_strconcat (prefixes[g], names[i], NULL);

          if (!g_strv_contains (allowed, full) &&
              g_action_group_get_action_enabled (groups[g], names[i]))
            g_error ("%s is enabled in a restricted window", full);
        }
    }

  return n_checked;
}

/* A box of the page shown, for assert_only_allowed's buttons. */
static GtkBox *
probe_box (GtkWidget *page)
{
  GtkWidget *box = pt_test_find_widget (page, GTK_TYPE_BOX);

  g_assert_nonnull (box);
  return GTK_BOX (box);
}

static guint
count_toplevels (void)
{
  return g_list_model_get_n_items (gtk_window_get_toplevels ());
}

/* In the patient view, only its allow-list is enabled, whatever the
 * clinician's workspace had; the clinician's shortcuts do nothing; closing
 * the window asks to leave instead; leaving without a PIN is one click,
 * and everything comes back. */
static void
test_locked_to_patient (Fixture       *fixture,
                        gconstpointer  data)
{
  PtWindow *window = fixture->base.window;
  PtPatientView *view;
  guint n_windows;
  const guint shortcuts[][2] = {
    { GDK_KEY_f, GDK_CONTROL_MASK },                    /* search */
    { GDK_KEY_n, GDK_CONTROL_MASK },                    /* new patient */
    { GDK_KEY_o, GDK_CONTROL_MASK },                    /* open a database */
    { GDK_KEY_comma, GDK_CONTROL_MASK },                /* preferences */
    { GDK_KEY_e, GDK_CONTROL_MASK },                    /* edit the patient */
    { GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK },   /* new session */
    { GDK_KEY_p, GDK_CONTROL_MASK },                    /* print the clinician's report */
    { GDK_KEY_question, GDK_CONTROL_MASK },             /* shortcuts window */
    { GDK_KEY_Left, GDK_ALT_MASK },                     /* back to the list */
    { GDK_KEY_w, GDK_CONTROL_MASK },                    /* close */
    { GDK_KEY_q, GDK_CONTROL_MASK },                    /* quit */
  };

  /* The workspace has most of its actions enabled: the check below can fail. */
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (pt_window_get_patient_list (window))));

  g_assert_true (g_action_group_get_action_enabled (
    G_ACTION_GROUP (gtk_window_get_application (GTK_WINDOW (window))), "quit"));
  press_show_to_patient (fixture);
  view = pt_window_get_patient_view (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (pt_window_get_patient_list (window))));
  g_assert_cmpuint (assert_only_allowed (window, probe_box (GTK_WIDGET (view)),
                                         pt_window_get_patient_view_actions ()), >, 30);

  n_windows = count_toplevels ();
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      pt_test_input_key (shortcuts[i][0], shortcuts[i][1]);
      pt_test_input_settle (150);
      g_assert_cmpint (pt_window_get_patient_view_id (window), ==, fixture->claire);
      g_assert_cmpuint (count_toplevels (), ==, n_windows);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
    }

  /* The window's close button asks to leave; without a PIN that leaves. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (pt_test_input_wait_for (in_workspace, window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (pt_test_window_shown_record (window), ==, "PT-0001");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (pt_window_get_patient_list (window))));
  g_assert_true (g_action_group_get_action_enabled (
    G_ACTION_GROUP (gtk_window_get_application (GTK_WINDOW (window))), "preferences"));
  g_assert_true (class_action_enabled (probe_box (GTK_WIDGET (pt_window_get_patient_page (window))),
                                       "win.new-patient"));

  /* And the Leave button, clicked. */
  press_show_to_patient (fixture);
  pt_test_input_click (pt_test_find_button (GTK_WIDGET (view), "win.leave-patient-view"));
  g_assert_true (pt_test_input_wait_for (in_workspace, window));
}

/* The headline says what `prolotrack-cli summary --json` computes. */
static void
test_headline (Fixture       *fixture,
               gconstpointer  data)
{
  const char *argv[] = { g_getenv ("PROLOTRACK_CLI"), "--database", fixture->base.path, "summary",
                         "PT-0001", "--json", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *baseline = NULL, *latest = NULL, *percent = NULL;
  g_autofree char *treatments = NULL, *back = NULL;
  JsonObject *root, *pain;
  const char *headline;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  pain = json_object_get_object_member (root, "pain");
  baseline = pt_format_pain (json_object_get_double_member (pain, "baseline"));
  latest = pt_format_pain (json_object_get_double_member (pain, "latest"));
  percent = g_strdup_printf ("%.0f %%", json_object_get_double_member (pain, "reduction_percent"));
  treatments = g_strdup_printf ("%" G_GINT64_FORMAT " treatments",
                                json_object_get_int_member (
                                  json_object_get_object_member (root, "sessions"), "count"));
  back = g_strdup_printf ("%" G_GINT64_FORMAT " days",
                          json_object_get_int_member (
                            json_object_get_object_member (root, "running"), "days_to_first_run"));

  press_show_to_patient (fixture);
  headline = pt_patient_view_get_headline (pt_window_get_patient_view (fixture->base.window));
  pt_test_assert_contains (headline, percent);
  pt_test_assert_contains (headline, baseline);
  pt_test_assert_contains (headline, latest);
  g_assert_cmpstr (percent, ==, "70 %");
  g_assert_true (pt_test_has_label (GTK_WIDGET (pt_window_get_patient_view (fixture->base.window)),
                                    "3 treatments so far"));
  pt_test_assert_contains (treatments, "3 treatments");
  pt_test_assert_contains (back, "48 days");
}

static gboolean
prompt_has_message (gpointer data)
{
  return pt_pin_prompt_get_message (PT_PIN_PROMPT (data)) != NULL;
}

static void
set_pin (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_store_set_pin (fixture->base.store, NULL, PIN, &error));
  g_assert_no_error (error);
}

/* With a PIN set, Leave asks for it: a wrong one keeps the view with a
 * clear message, the right one leaves. */
static void
test_leave_with_pin (Fixture       *fixture,
                     gconstpointer  data)
{
  PtWindow *window = fixture->base.window;
  PtPatientView *view;
  GtkWidget *prompt;

  set_pin (fixture);
  press_show_to_patient (fixture);
  view = pt_window_get_patient_view (window);

  pt_test_input_click (pt_test_find_button (GTK_WIDGET (view), "win.leave-patient-view"));
  prompt = pt_patient_view_get_prompt (view);
  g_assert_true (pt_test_input_wait_for ((gboolean (*) (gpointer)) gtk_widget_get_mapped, prompt));
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (window),
                                         GTK_WIDGET (pt_pin_prompt_get_entry (PT_PIN_PROMPT (prompt)))));

  pt_test_input_type ("111111");
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (prompt_has_message, prompt));
  pt_test_assert_contains (pt_pin_prompt_get_message (PT_PIN_PROMPT (prompt)), "not the clinician");
  g_assert_cmpint (pt_window_get_patient_view_id (window), ==, fixture->claire);
  /* The entry is emptied after each try. */
  g_assert_cmpstr (gtk_editable_get_text (pt_pin_prompt_get_entry (PT_PIN_PROMPT (prompt))), ==, "");

  pt_test_input_type (PIN);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (in_workspace, window));

  g_assert_cmpstr (pt_test_window_shown_record (window), ==, "PT-0001");
}

static gboolean
is_locked (gpointer data)
{
  return pt_window_is_locked (data);
}

/* The idle lock, on a test clock: not a second early; it covers the
 * patient view too, allows even less, and unlocking with the PIN comes
 * back to the same patient's view. */
static void
test_idle_lock (Fixture       *fixture,
                gconstpointer  data)
{
  PtWindow *window = fixture->base.window;
  const char * const nothing[] = { "window.minimize", "window.toggle-maximized", NULL };
  gint64 last;
  GtkWidget *lock;

  g_settings_set_int (fixture->settings, "lock-after-minutes", 2);
  set_pin (fixture);
  press_show_to_patient (fixture);

  last = pt_window_get_last_input (window);
  pt_window_check_idle (window, last + 119 * G_USEC_PER_SEC);
  g_assert_false (pt_window_is_locked (window));
  pt_window_check_idle (window, last + 120 * G_USEC_PER_SEC);
  g_assert_true (pt_window_is_locked (window));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (pt_window_get_patient_view (window))));

  lock = gtk_stack_get_visible_child (GTK_STACK (pt_test_find_widget (GTK_WIDGET (window),
                                                                      GTK_TYPE_STACK)));
  assert_only_allowed (window, probe_box (lock), nothing);
  /* Leaving the view is not on the lock screen's list. */
  g_assert_false (class_action_enabled (probe_box (lock), "win.leave-patient-view"));

  /* Input resets nothing while locked: the PIN is needed. */
  pt_test_input_type ("0000");
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (200);
  g_assert_true (pt_window_is_locked (window));
  pt_test_input_type (PIN);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for ((gboolean (*) (gpointer)) in_patient_view, window));
  g_assert_false (pt_window_is_locked (window));
  g_assert_cmpint (pt_window_get_patient_view_id (window), ==, fixture->claire);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pt_window_get_patient_view (window))));

  /* 0 turns it off. */
  g_settings_set_int (fixture->settings, "lock-after-minutes", 0);
  pt_window_check_idle (window, last + (gint64) 1000 * 60 * G_USEC_PER_SEC);
  g_assert_false (pt_window_is_locked (window));

  /* Without a PIN, the lock screen unlocks with a click. */
  g_assert_true (pt_store_set_pin (fixture->base.store, PIN, NULL, NULL));
  pt_window_lock (window);
  g_assert_true (pt_test_input_wait_for (is_locked, window));
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for ((gboolean (*) (gpointer)) in_patient_view, window));
  g_assert_false (pt_window_is_locked (window));
}

/* The tooltip of today's point at rest on @view's chart names the patient. */
static void
assert_patient_reported (PtChartView *view)
{
  const PtChartLayout *layout = pt_chart_view_get_layout (view);
  g_autoptr(GPtrArray) points = NULL;
  GDate today;
  gboolean found = FALSE;

  g_assert_nonnull (layout);
  g_assert_true (pt_date_parse (TODAY, &today));
  points = pt_chart_layout_find_items (layout, PT_CHART_ITEM_PAIN, PT_PAIN_CONTEXT_REST);
  for (guint i = 0; i < points->len; i++)
    {
      const PtChartItem *item = g_ptr_array_index (points, i);
      g_autofree char *tip = NULL;

      if (item->day != (int) g_date_get_julian (&today))
        continue;
      tip = pt_chart_view_dup_tooltip_at (view, item->x, item->y);
      pt_test_assert_contains (tip, "reported by the patient");
      found = TRUE;
    }
  g_assert_true (found);
}

static gboolean
entry_has_message (gpointer data)
{
  return pt_patient_entry_get_message (data) != NULL;
}

/* A patient records today's pain (3, after a run) and a 5 km run with
 * clicks and keys; core stores them as reported by the patient, and the
 * clinician sees them after leaving. */
static void
test_patient_entry (Fixture       *fixture,
                    gconstpointer  data)
{
  PtWindow *window = fixture->base.window;
  PtStore *store = fixture->base.store;
  g_autoptr(GListModel) before = pt_store_list_pain_scores (store, fixture->claire, NULL);
  g_autoptr(GListModel) pain = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(PtPainScore) score = NULL;
  g_autoptr(PtRun) run = NULL;
  guint n_runs;
  GtkWidget *entry, *three = NULL, *distance, *save;

  g_settings_set_boolean (fixture->settings, "patient-entry", TRUE);
  runs = pt_store_list_runs (store, fixture->claire, NULL);
  n_runs = g_list_model_get_n_items (runs);
  g_clear_object (&runs);
  press_show_to_patient (fixture);

  entry = pt_test_find_widget (GTK_WIDGET (pt_window_get_patient_view (window)),
                               PT_TYPE_PATIENT_ENTRY);
  g_assert_nonnull (entry);
  for (GtkWidget *b = pt_test_find_widget (entry, GTK_TYPE_TOGGLE_BUTTON); b != NULL;
       b = gtk_widget_get_next_sibling (b))
    if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (b)), "3") == 0)
      three = b;
  g_assert_nonnull (three);
  /* The form is below the chart: focusing scrolls it into view. */
  gtk_widget_grab_focus (three);
  pt_test_input_settle (400);
  pt_test_input_click (three);
  pt_test_input_settle (100);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (three)));
  g_assert_true (pt_test_has_label (entry, "3 of 10: Mild pain"));

  distance = pt_test_find_widget (entry, GTK_TYPE_ENTRY);
  gtk_widget_grab_focus (distance);
  pt_test_input_settle (300);
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (window), distance));
  pt_test_input_type ("5");
  /* The save button, before the message at the end. */
  save = gtk_widget_get_prev_sibling (gtk_widget_get_last_child (entry));
  g_assert_true (GTK_IS_BUTTON (save));
  g_assert_true (gtk_widget_get_sensitive (save));
  gtk_widget_grab_focus (save);
  pt_test_input_settle (300);
  pt_test_input_click (save);
  g_assert_true (pt_test_input_wait_for (entry_has_message, entry));
  pt_test_assert_contains (pt_patient_entry_get_message (PT_PATIENT_ENTRY (entry)), "Saved");

  pain = pt_store_list_pain_scores (store, fixture->claire, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pain), ==, g_list_model_get_n_items (before) + 1);
  for (guint i = 0; i < g_list_model_get_n_items (pain); i++)
    {
      g_autoptr(PtPainScore) item = g_list_model_get_item (pain, i);

      if (g_str_equal (pt_pain_score_get_date (item), TODAY) &&
          pt_pain_score_get_source (item) == PT_PAIN_SOURCE_PATIENT)
        g_set_object (&score, item);
    }
  g_assert_nonnull (score);
  g_assert_cmpfloat (pt_pain_score_get_score (score), ==, 3);
  runs = pt_store_list_runs (store, fixture->claire, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, n_runs + 1);
  run = g_list_model_get_item (runs, g_list_model_get_n_items (runs) - 1);
  g_assert_cmpstr (pt_run_get_date (run), ==, TODAY);
  g_assert_cmpfloat_with_epsilon (pt_run_get_distance_m (run), 5000, 1e-6);

  /* Still the patient's view, now with today's pain. */
  g_assert_cmpint (pt_window_get_patient_view_id (window), ==, fixture->claire);
  pt_test_assert_contains (pt_patient_view_get_headline (pt_window_get_patient_view (window)),
                           "to 3");

  /* The clinician's chart says who recorded it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-patient-view", NULL);
  g_assert_true (pt_test_input_wait_for (in_workspace, window));
  pt_test_input_settle (300);
  assert_patient_reported (pt_patient_page_get_chart_view (pt_window_get_patient_page (window)));
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* The take-home copy from the patient view: no file chooser (it would
 * show the folder); the copy lands in Documents (here the test's home),
 * never over an earlier one, and reads in the patient's words. */
static void
test_take_home_copy (Fixture       *fixture,
                     gconstpointer  data)
{
  PtWindow *window = fixture->base.window;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *dir = g_strdup (documents != NULL ? documents : g_get_home_dir ());
  g_autofree char *first = g_build_filename (dir, "Claire Donnelly – my progress.pdf", NULL);
  g_autofree char *second = g_build_filename (dir, "Claire Donnelly – my progress (2).pdf", NULL);
  g_autofree char *text = NULL;
  guint n_windows;

  press_show_to_patient (fixture);
  n_windows = count_toplevels ();
  pt_test_input_click (pt_test_find_button (GTK_WIDGET (pt_window_get_patient_view (window)),
                                            "win.patient-copy"));
  g_assert_true (pt_test_input_wait_for (file_exists, first));
  g_assert_cmpuint (count_toplevels (), ==, n_windows);
  pt_test_input_settle (500);
  text = pt_test_pdf_text (first, 1, 0, FALSE);
  pt_test_assert_contains (text, "Your pain is down 70 %");
  g_assert_null (strstr (text, "aseline"));

  pt_test_input_click (pt_test_find_button (GTK_WIDGET (pt_window_get_patient_view (window)),
                                            "win.patient-copy"));
  g_assert_true (pt_test_input_wait_for (file_exists, second));
  pt_test_input_settle (500);
  g_assert_cmpint (g_remove (first), ==, 0);
  g_assert_cmpint (g_remove (second), ==, 0);
}

static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  if (GTK_IS_TEXT (widget))
    g_ptr_array_add (texts, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static gboolean
dialog_gone (gpointer data)
{
  return pt_test_find_toplevel (PT_TYPE_PIN_DIALOG) == NULL;
}

/* The PIN set from Preferences with the keyboard: the current PIN asked
 * for when one is set, the new one twice; afterwards neither the settings
 * nor the database files hold it in clear, and core accepts it. */
static void
test_set_pin_in_preferences (Fixture       *fixture,
                             gconstpointer  data)
{
  PtStore *store = fixture->base.store;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  GtkWindow *prefs, *dialog;

  pt_test_input_key (GDK_KEY_comma, GDK_CONTROL_MASK);
  prefs = pt_test_wait_for_window (PT_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  /* The PIN row's button, pressed from the keyboard. */
  pt_test_input_focus (prefs);
  gtk_widget_grab_focus (GTK_WIDGET (pt_preferences_window_get_pin_button (
    PT_PREFERENCES_WINDOW (prefs))));
  pt_test_input_settle (200);
  pt_test_input_key (GDK_KEY_space, 0);
  dialog = pt_test_wait_for_window (PT_TYPE_PIN_DIALOG);
  g_assert_nonnull (dialog);

  pt_test_input_focus (dialog);
  pt_test_input_settle (200);
  collect_texts (GTK_WIDGET (dialog), texts);
  /* The current PIN (hidden: none is set), the new one, the new one again. */
  g_assert_cmpuint (texts->len, ==, 3);
  g_assert_true (pt_test_input_get_focus (dialog) == g_ptr_array_index (texts, 1));

  /* A mismatch is refused, and nothing is set. */
  pt_test_input_type (PIN);
  gtk_widget_grab_focus (g_ptr_array_index (texts, 2));
  pt_test_input_settle (100);
  pt_test_input_type ("4829163076");
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (200);
  pt_test_assert_contains (pt_pin_dialog_get_message (PT_PIN_DIALOG (dialog)), "not the same");
  g_assert_false (pt_store_has_pin (store, NULL));

  pt_test_input_key (GDK_KEY_BackSpace, 0);
  pt_test_input_type ("5");
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (dialog_gone, NULL));
  g_assert_true (pt_store_check_pin (store, PIN, NULL));

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            PT_SETTINGS_SCHEMA_ID, TRUE);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (fixture->settings, keys[i]);
      g_autofree char *printed = g_variant_print (value, FALSE);

      g_assert_null (strstr (printed, PIN));
    }
  for (const char *suffix = ""; suffix != NULL; suffix = *suffix ? NULL : "-wal")
    {
      g_autofree char *file = g_strconcat (fixture->base.path, suffix, NULL);
      g_autofree char *bytes = NULL;
      gsize length = 0;

      if (g_file_get_contents (file, &bytes, &length, NULL))
        g_assert_null (memmem (bytes, length, PIN, strlen (PIN)));
    }

  gtk_window_destroy (prefs);
}

int
main (int   argc,
      char *argv[])
{
  /* The take-home copy goes to Documents, or home: the test's own. */
  g_autofree char *home = pt_test_make_tmp_dir ();
  int status;

  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  pt_test_window_init (&argc, &argv, TODAY);

  g_test_add ("/ui/patient-view/locked-to-patient", Fixture, NULL, fixture_set_up,
              test_locked_to_patient, fixture_tear_down);
  g_test_add ("/ui/patient-view/headline", Fixture, NULL, fixture_set_up, test_headline,
              fixture_tear_down);
  g_test_add ("/ui/patient-view/leave-with-pin", Fixture, NULL, fixture_set_up,
              test_leave_with_pin, fixture_tear_down);
  g_test_add ("/ui/patient-view/idle-lock", Fixture, NULL, fixture_set_up, test_idle_lock,
              fixture_tear_down);
  g_test_add ("/ui/patient-view/patient-entry", Fixture, NULL, fixture_set_up,
              test_patient_entry, fixture_tear_down);
  g_test_add ("/ui/patient-view/take-home-copy", Fixture, NULL, fixture_set_up,
              test_take_home_copy, fixture_tear_down);
  g_test_add ("/ui/patient-view/set-pin-in-preferences", Fixture, NULL, fixture_set_up,
              test_set_pin_in_preferences, fixture_tear_down);

  status = pt_test_window_run ();
  pt_test_remove_tmp_dir (home);
  return status;
}
