/* test-shoes.c: a patient's shoes, from the front desk
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real PtWindow on the demo clinic under Xvfb, with the app's
 * accelerators, driven by clicks and key presses sent through the X server
 * (pt-test-input.h): a shoe added through its form by typing, a run logged
 * in it through the run form's Shoe choice, its distance so far and the
 * warning once it is past the clinic's limit, retiring it through its form,
 * and delete with Undo. Every
 * check reads the database back, and what the table's row shows.
 */

#include "config.h"

#include <string.h>

#include "pt-preferences-window.h"
#include "pt-record-editor.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

#define SHOE_NAME "Hoka Clifton 9"

typedef struct
{
  char     *dir;
  char     *path;
  PtWindow *window;
  PtStore  *store;     /* the window's */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = pt_test_make_tmp_dir ();
  fixture->path = pt_test_window_copy_demo (fixture->dir);

  fixture->window = pt_test_window_open (fixture->path);
  fixture->store = pt_window_get_store (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GSettings *settings = pt_window_get_settings (fixture->window);

  if (settings != NULL)
    g_settings_reset (settings, "shoe-limit-km");
  /* Past the toasts' animations. */
  pt_test_window_close (fixture->window, TRUE);
  pt_test_remove_tmp_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s|", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

/* The innermost widget named "row" under @widget (a table row, a list
 * row) that shows a label @text; NULL when none is on screen. */
static GtkWidget *
find_row_showing (GtkWidget  *widget,
                  const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_row_showing (child, text);

      if (row != NULL)
        return row;
    }

  if (g_str_equal (gtk_widget_get_css_name (widget), "row") && pt_test_has_label (widget, text))
    return widget;

  return NULL;
}

/* What the table's row of the shoe shows, its cells joined by "|". */
static char *
shoe_row_text (Fixture *fixture)
{
  PtRecordTable *table = pt_patient_page_get_table (pt_window_get_patient_page (fixture->window),
                                                    PT_TYPE_SHOE);
  GtkWidget *row;
  GString *texts = g_string_new (NULL);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  row = find_row_showing (GTK_WIDGET (table), SHOE_NAME);
  g_assert_nonnull (row);
  collect_labels (row, texts);
  return g_string_free (texts, FALSE);
}

/* The record editor on screen, or NULL. */
static PtRecordEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */
  PtRecordEditor *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PT_IS_RECORD_EDITOR (window) && gtk_widget_get_mapped (GTK_WIDGET (window)) &&
          gtk_window_is_active (GTK_WINDOW (window)))
        found = PT_RECORD_EDITOR (window);
    }

  return found;
}

static gboolean
editor_shown (gpointer data)
{
  return find_editor () != NULL;
}

static gboolean
editor_gone (gpointer data)
{
  return find_editor () == NULL;
}

static PtRecordEditor *
wait_for_editor (GType type)
{
  PtRecordEditor *editor;

  g_assert_true (pt_test_input_wait_for (editor_shown, NULL));
  editor = find_editor ();
  g_assert_true (G_OBJECT_TYPE (pt_record_editor_get_record (editor)) == type);
  return editor;
}

/* Focuses the field of @property and types @text over what it holds. */
static void
type_into (PtRecordEditor *editor,
           const char     *property,
           const char     *text)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_grab_focus (widget));
  pt_test_input_settle (30);
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type (text);
  pt_test_input_settle (50);
}

/* Ctrl+Return, and waits for the form to close. */
static void
save_form (void)
{
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_wait_for (editor_gone, NULL));
  pt_test_input_settle (100);
}

/* The patient's shoe called SHOE_NAME in the database, or NULL. */
static PtShoe *
find_shoe (Fixture *fixture,
           gint64   patient_id)
{
  g_autoptr(GListModel) shoes = pt_store_list_shoes (fixture->store, patient_id, NULL);

  g_assert_nonnull (shoes);
  for (guint i = 0; i < g_list_model_get_n_items (shoes); i++)
    {
      g_autoptr(PtShoe) shoe = g_list_model_get_item (shoes, i);

      if (g_strcmp0 (pt_shoe_get_name (shoe), SHOE_NAME) == 0)
        return g_steal_pointer (&shoe);
    }

  return NULL;
}

/* Opens the Shoe choice of the run form with a click and clicks the shoe
 * in its list, as a clinician does. */
static void
choose_shoe (PtRecordEditor *editor)
{
  GtkWidget *combo = pt_record_editor_get_field_widget (editor, "shoe_id");
  GListModel *items;
  gboolean offered = FALSE;
  GtkWidget *item = NULL;
  gint64 end;

  g_assert_true (ADW_IS_COMBO_ROW (combo));
  items = adw_combo_row_get_model (ADW_COMBO_ROW (combo));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    offered |= g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (items), i), SHOE_NAME) == 0;
  g_assert_true (offered);

  pt_test_input_click (combo);
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (item == NULL && g_get_monotonic_time () < end)
    {
      pt_test_input_settle (50);
      /* The popover's list, under the combo row. */
      item = find_row_showing (combo, SHOE_NAME);
    }
  g_assert_nonnull (item);
  pt_test_input_settle (300);
  pt_test_input_click (item);
  pt_test_input_settle (300);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items),
                                               adw_combo_row_get_selected (ADW_COMBO_ROW (combo))),
                   ==, SHOE_NAME);
}

/* Selects the record @id in @type's table and clicks the trash button. */
static void
delete_in_table (Fixture *fixture,
                 GType    type,
                 gint64   id)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  GtkWidget *trash;

  pt_patient_page_show_table (page, type);
  pt_test_input_settle (50);
  g_assert_true (pt_record_table_select_id (pt_patient_page_get_table (page, type), id));
  pt_test_input_settle (30);
  trash = pt_test_find_button (GTK_WIDGET (fixture->window), "win.delete-entry");
  g_assert_nonnull (trash);
  g_assert_true (gtk_widget_is_sensitive (trash));
  pt_test_input_click (trash);
  pt_test_input_settle (700);
}

static double
stored_distance (Fixture *fixture,
                 gint64   patient_id,
                 gint64   shoe_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) distances = pt_store_list_shoe_distances (fixture->store, patient_id,
                                                                  &error);

  g_assert_no_error (error);
  return pt_shoe_distances_lookup (distances, shoe_id);
}

/* A new shoe typed into its form, a run in it through the run form, its
 * distance in the table, the warning past a low limit, and delete + Undo. */
static void
test_shoe_at_front_desk (Fixture       *fixture,
                         gconstpointer  data)
{
  PtPatientPage *page;
  PtRecordTable *table;
  PtRecordEditor *editor;
  g_autoptr(PtPatient) claire = pt_store_find_patient (fixture->store, "PT-0001", NULL);
  g_autoptr(PtShoe) shoe = NULL;
  g_autoptr(PtShoe) back = NULL;
  g_autoptr(GListModel) demo_shoes = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autofree char *row = NULL;
  gint64 claire_id, run_id = 0;
  guint n_demo;

  g_assert_nonnull (claire);
  claire_id = pt_record_get_id (PT_RECORD (claire));
  demo_shoes = pt_store_list_shoes (fixture->store, claire_id, NULL);
  n_demo = g_list_model_get_n_items (demo_shoes);
  g_assert_cmpuint (n_demo, >, 0);

  /* The Shoes table lists the demo patient's shoes. */
  pt_window_show_patient (fixture->window, claire_id);
  page = pt_window_get_patient_page (fixture->window);
  pt_patient_page_show_table (page, PT_TYPE_SHOE);
  table = pt_patient_page_get_table (page, PT_TYPE_SHOE);
  g_assert_true (pt_patient_page_get_visible_table (page) == table);
  g_assert_cmpuint (g_list_model_get_n_items (pt_record_table_get_model (table)), ==, n_demo);
  pt_test_input_settle (100);

  /* Ctrl+Shift+H opens a new shoe's form, as the other types' shortcuts
   * do theirs; Escape closes it unsaved. */
  pt_test_input_key (GDK_KEY_h, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  wait_for_editor (PT_TYPE_SHOE);
  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (editor_gone, NULL));
  pt_test_input_focus (GTK_WINDOW (fixture->window));

  /* The page's add button makes a shoe, as the table on screen is Shoes. */
  pt_test_input_click (pt_test_find_button (GTK_WIDGET (fixture->window), "win.new-entry"));
  editor = wait_for_editor (PT_TYPE_SHOE);
  type_into (editor, "name", SHOE_NAME);
  type_into (editor, "started", "2025-06-01");
  save_form ();

  shoe = find_shoe (fixture, claire_id);
  g_assert_nonnull (shoe);
  g_assert_cmpstr (pt_shoe_get_started (shoe), ==, "2025-06-01");
  g_assert_null (pt_shoe_get_retired (shoe));
  g_assert_cmpuint (g_list_model_get_n_items (pt_record_table_get_model (table)), ==, n_demo + 1);
  row = shoe_row_text (fixture);
  pt_test_assert_contains (row, "1 Jun 2025");
  pt_test_assert_contains (row, "|0.0|");
  pt_test_assert_contains (row, "In use");
  g_clear_pointer (&row, g_free);

  /* A run in it: Ctrl+Shift+R, the shoe chosen in the form. */
  pt_test_input_key (GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  editor = wait_for_editor (PT_TYPE_RUN);
  type_into (editor, "distance_m", "110.5");
  choose_shoe (editor);
  save_form ();

  g_assert_cmpfloat_with_epsilon (stored_distance (fixture, claire_id,
                                                   pt_record_get_id (PT_RECORD (shoe))),
                                  110500, 1e-6);
  runs = pt_store_list_runs (fixture->store, claire_id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);

      if (pt_run_get_shoe_id (run) == pt_record_get_id (PT_RECORD (shoe)))
        run_id = pt_record_get_id (PT_RECORD (run));
    }
  g_assert_cmpint (run_id, >, 0);

  pt_patient_page_show_table (page, PT_TYPE_SHOE);
  row = shoe_row_text (fixture);
  pt_test_assert_contains (row, "|110.5|");
  pt_test_assert_contains (row, "In use");
  g_clear_pointer (&row, g_free);
  g_assert_true (pt_patient_page_get_shoe_warning (page) == NULL ||
                 strstr (pt_patient_page_get_shoe_warning (page), SHOE_NAME) == NULL);

  /* The clinic's limit set low: the row and the page warn. */
  g_settings_set_int (pt_window_get_settings (fixture->window), "shoe-limit-km", 100);
  pt_test_input_settle (100);
  page = pt_window_get_patient_page (fixture->window);
  row = shoe_row_text (fixture);
  pt_test_assert_contains (row, "Past 100 km: replace");
  g_clear_pointer (&row, g_free);
  g_assert_nonnull (pt_patient_page_get_shoe_warning (page));
  pt_test_assert_contains (pt_patient_page_get_shoe_warning (page), SHOE_NAME);
  pt_test_assert_contains (pt_patient_page_get_shoe_warning (page), "100 km");

  /* Retired through its form (the Edit button): no longer warned about. */
  g_assert_true (pt_record_table_select_id (table, pt_record_get_id (PT_RECORD (shoe))));
  pt_test_input_settle (30);
  pt_test_input_click (pt_test_find_button (GTK_WIDGET (fixture->window), "win.edit-entry"));
  editor = wait_for_editor (PT_TYPE_SHOE);
  type_into (editor, "retired", "2025-12-01");
  save_form ();
  g_clear_object (&shoe);
  shoe = find_shoe (fixture, claire_id);
  g_assert_cmpstr (pt_shoe_get_retired (shoe), ==, "2025-12-01");
  row = shoe_row_text (fixture);
  pt_test_assert_contains (row, "1 Dec 2025");
  pt_test_assert_contains (row, "Retired");
  g_assert_null (strstr (row, "Past 100 km"));
  g_clear_pointer (&row, g_free);
  g_assert_true (pt_patient_page_get_shoe_warning (page) == NULL ||
                 strstr (pt_patient_page_get_shoe_warning (page), SHOE_NAME) == NULL);

  /* A shoe with runs cannot go: the window says so, the shoe stays. */
  delete_in_table (fixture, PT_TYPE_SHOE, pt_record_get_id (PT_RECORD (shoe)));
  g_clear_object (&back);
  back = find_shoe (fixture, claire_id);
  g_assert_nonnull (back);

  /* Without its run it can; Ctrl+Z brings it back with its id. */
  delete_in_table (fixture, PT_TYPE_RUN, run_id);
  g_assert_cmpfloat (stored_distance (fixture, claire_id, pt_record_get_id (PT_RECORD (shoe))),
                     ==, 0);
  g_assert_null (pt_patient_page_get_shoe_warning (page) != NULL &&
                 strstr (pt_patient_page_get_shoe_warning (page), SHOE_NAME) != NULL
                 ? "warning still shown" : NULL);
  delete_in_table (fixture, PT_TYPE_SHOE, pt_record_get_id (PT_RECORD (shoe)));
  g_clear_object (&back);
  back = find_shoe (fixture, claire_id);
  g_assert_null (back);
  g_assert_cmpuint (g_list_model_get_n_items (pt_record_table_get_model (table)), ==, n_demo);

  pt_test_input_key (GDK_KEY_z, GDK_CONTROL_MASK);
  pt_test_input_settle (200);
  back = find_shoe (fixture, claire_id);
  g_assert_nonnull (back);
  g_assert_cmpint (pt_record_get_id (PT_RECORD (back)), ==, pt_record_get_id (PT_RECORD (shoe)));
  g_assert_true (pt_record_fields_equal (PT_RECORD (back), PT_RECORD (shoe)));
  g_assert_cmpuint (g_list_model_get_n_items (pt_record_table_get_model (table)), ==, n_demo + 1);
}

/* The Preferences row edits the clinic's limit both ways. */
static void
test_preferences_limit (Fixture       *fixture,
                        gconstpointer  data)
{
  GSettings *settings = pt_window_get_settings (fixture->window);
  PtPreferencesWindow *prefs;
  GtkSpinButton *spin;

  g_assert_nonnull (settings);
  g_assert_cmpint (g_settings_get_int (settings, "shoe-limit-km"), ==, 700);
  prefs = pt_preferences_window_new (GTK_WINDOW (fixture->window), settings);
  gtk_window_present (GTK_WINDOW (prefs));
  pt_test_input_settle (100);

  /* The only spin button of the window. */
  spin = GTK_SPIN_BUTTON (pt_test_find_widget (GTK_WIDGET (prefs), GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 700);

  g_settings_set_int (settings, "shoe-limit-km", 450);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 450);
  gtk_spin_button_set_value (spin, 800);
  g_assert_cmpint (g_settings_get_int (settings, "shoe-limit-km"), ==, 800);

  gtk_window_destroy (GTK_WINDOW (prefs));
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, NULL);

  g_test_add ("/ui/shoes/front-desk", Fixture, NULL, fixture_set_up, test_shoe_at_front_desk,
              fixture_tear_down);
  g_test_add ("/ui/shoes/preferences", Fixture, NULL, fixture_set_up, test_preferences_limit,
              fixture_tear_down);

  return pt_test_window_run ();
}
