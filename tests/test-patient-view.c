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

#include <json-glib/json-glib.h>
#include <string.h>

#include "pt-format.h"
#include "pt-patient-entry.h"
#include "pt-patient-view.h"
#include "pt-pin.h"
#include "pt-pin-prompt.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

#define TODAY "2026-11-23"
#define PIN "482916"

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

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, TODAY);

  g_test_add ("/ui/patient-view/locked-to-patient", Fixture, NULL, fixture_set_up,
              test_locked_to_patient, fixture_tear_down);
  g_test_add ("/ui/patient-view/headline", Fixture, NULL, fixture_set_up, test_headline,
              fixture_tear_down);

  return pt_test_window_run ();
}
