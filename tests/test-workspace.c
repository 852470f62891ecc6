/* test-workspace.c: the clinician's workspace, driven through its widgets
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with the real PtWindow on the demo clinic: the patient
 * list (search, sort, archive filter), the patient page (summary, tables
 * newest first, the 10 % rule), delete with Undo and archive with Undo.
 * Every check reads the database back through core.
 */

#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>

#include "pt-date.h"
#include "pt-demo.h"
#include "pt-record-editor.h"
#include "pt-test-utils.h"
#include "pt-window.h"

/* The demo clinic, filled once; each test works on its own copy. */
static char *demo_template;

typedef struct
{
  char      *dir;
  char      *path;
  PtWindow  *window;
  PtStore   *store;     /* the window's */
  GSettings *settings;
} Fixture;

static void
wait_frames (PtWindow *window)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Waits (up to 2 s) for the search entry's delay, or anything else. */
static void
wait_until (gboolean (*done) (Fixture *), Fixture *fixture)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (!done (fixture) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);

  g_assert_true (done (fixture));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = pt_test_make_tmp_dir ();
  fixture->path = g_build_filename (fixture->dir, "clinic.db", NULL);

  if (data != NULL)
    {
      g_autoptr(GFile) source = g_file_new_for_path (demo_template);
      g_autoptr(GFile) copy = g_file_new_for_path (fixture->path);

      g_assert_true (g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }

  fixture->settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  g_settings_reset (fixture->settings, "distance-unit");
  /* No automatic backup writing into the folder while it is removed. */
  g_settings_set_int (fixture->settings, "backup-keep", 0);
  fixture->window = g_object_ref (pt_window_new (NULL, fixture->path));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_frames (fixture->window);
  fixture->store = pt_window_get_store (fixture->window);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_ref (fixture->store);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->store);
  g_clear_object (&fixture->settings);

  pt_test_remove_tmp_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GListModel *
list_model (Fixture *fixture)
{
  return pt_patient_list_get_model (pt_window_get_patient_list (fixture->window));
}

static char *
dup_name_at (Fixture *fixture,
             guint    position)
{
  g_autoptr(PtPatientOverview) overview = g_list_model_get_item (list_model (fixture), position);

  return overview != NULL ? g_strdup (pt_patient_overview_get_name (overview)) : NULL;
}

static gint64
find_id (Fixture    *fixture,
         const char *record_number)
{
  g_autoptr(PtPatient) patient = pt_store_find_patient (fixture->store, record_number, NULL);

  g_assert_nonnull (patient);
  return pt_record_get_id (PT_RECORD (patient));
}

/* Activates a detailed action name ("win.sort::name") as a menu would. */
static void
activate (Fixture    *fixture,
          const char *detailed_action)
{
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GError) error = NULL;

  g_action_parse_detailed_name (detailed_action, &name, &target, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), name, target));
  wait_frames (fixture->window);
}

static gboolean
one_match (Fixture *fixture)
{
  return g_list_model_get_n_items (list_model (fixture)) == 1;
}

/* Waits (up to 2 s) for the search entry's delay: until the list shows
 * @n patients, or at least one when @n is 1 and several match. */
static void
wait_for_count (Fixture *fixture,
                guint    n)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  guint shown;

  do
    {
      g_main_context_iteration (NULL, FALSE);
      shown = g_list_model_get_n_items (list_model (fixture));
    }
  while ((n == 1 ? shown > 3 : shown != n) && g_get_monotonic_time () < end);
}

/* Typing filters by name, record number and condition; clearing the search
 * brings everyone back. */
static void
test_list_search (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkEditable *search = pt_patient_list_get_search_entry (pt_window_get_patient_list (fixture->window));
  guint n_all = g_list_model_get_n_items (list_model (fixture));
  g_autofree char *name = NULL;
  gint64 n_active = pt_store_count_patients (fixture->store, FALSE, NULL);

  /* The archived demo patient is not in the default list. */
  g_assert_cmpint (n_all, ==, n_active);

  gtk_editable_set_text (search, "DONNEL");
  wait_until (one_match, fixture);
  name = dup_name_at (fixture, 0);
  g_assert_cmpstr (name, ==, "Claire Donnelly");
  g_clear_pointer (&name, g_free);

  gtk_editable_set_text (search, "pt-0001");
  wait_until (one_match, fixture);
  name = dup_name_at (fixture, 0);
  g_assert_cmpstr (name, ==, "Claire Donnelly");
  g_clear_pointer (&name, g_free);

  /* A condition: everyone with plantar fasciitis and no one else. */
  gtk_editable_set_text (search, "plantar");
  wait_for_count (fixture, 1);
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (list_model (fixture)); i++)
    {
      g_autoptr(PtPatientOverview) overview = g_list_model_get_item (list_model (fixture), i);
      PtConditionKind kind;
      PtSide side;

      g_assert_true (pt_patient_overview_get_condition (overview, &kind, &side));
      g_assert_cmpint (kind, ==, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
    }

  gtk_editable_set_text (search, "");
  wait_for_count (fixture, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), ==, n_all);
}

/* Sort by last visit puts the most recently treated patient first. */
static void
test_list_sort (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *model = list_model (fixture);
  g_autofree char *previous = NULL;

  activate (fixture, "win.sort::last-visit");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PtPatientOverview) overview = g_list_model_get_item (model, i);
      const char *visit = pt_patient_overview_get_last_visit (overview);

      if (previous != NULL && visit != NULL)
        g_assert_cmpstr (previous, >=, visit);
      if (previous == NULL && i > 0)
        g_assert_null (visit);   /* never-treated patients come last */
      g_free (previous);
      previous = g_strdup (visit);
    }

  activate (fixture, "win.sort::name");
  {
    g_autofree char *first = dup_name_at (fixture, 0);
    g_autofree char *second = dup_name_at (fixture, 1);

    g_assert_cmpint (g_ascii_strcasecmp (first, second), <=, 0);
  }
}

/* The reference patient's page: core's numbers, tables newest first. */
static void
test_page_reference (Fixture       *fixture,
                     gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  gint64 id = find_id (fixture, "PT-0001");
  g_autoptr(GListModel) runs = pt_store_list_runs (fixture->store, id, NULL);
  GListModel *shown;
  g_autoptr(PtRun) first = NULL;
  g_autoptr(PtRun) second = NULL;

  pt_window_show_patient (fixture->window, id);
  wait_frames (fixture->window);

  g_assert_cmpint (pt_record_get_id (PT_RECORD (pt_patient_page_get_patient (page))), ==, id);
  pt_test_assert_contains (pt_patient_page_get_pain_summary (page), "7.5 → 2.25");
  pt_test_assert_contains (pt_patient_page_get_pain_summary (page), "70 % less pain");

  shown = pt_record_table_get_model (pt_patient_page_get_table (page, PT_TYPE_RUN));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (runs));
  first = g_list_model_get_item (shown, 0);
  second = g_list_model_get_item (shown, 1);
  g_assert_cmpstr (pt_run_get_date (first), >=, pt_run_get_date (second));

  shown = pt_record_table_get_model (pt_patient_page_get_table (page, PT_TYPE_SESSION));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
}

/* A jump of more than 10 % in weekly distance shows the warning. */
static void
test_page_ten_percent_rule (Fixture       *fixture,
                            gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  g_autofree char *today = pt_date_today_string ();
  g_autofree char *last_week = pt_date_add_days (today, -7);
  gint64 id = pt_test_add_patient (fixture->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);

  pt_test_add_run (fixture->store, id, last_week, 10000, 0);
  pt_window_refresh (fixture->window);
  pt_window_show_patient (fixture->window, id);
  g_assert_null (pt_patient_page_get_warning (page));

  pt_test_add_run (fixture->store, id, today, 12000, 0);
  pt_window_refresh (fixture->window);
  pt_test_assert_contains (pt_patient_page_get_warning (page), "up 20 %");
  pt_test_assert_contains (pt_patient_page_get_warning (page), "10 % rule");
}

/* Weeks that start on Sunday (Preferences): a Sunday run counts in the
 * week after it, and the page's weekly figures follow at once. */
static void
test_page_week_start (Fixture       *fixture,
                      gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  gint64 id = pt_test_add_patient (fixture->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);

  /* Today is Wednesday 2026-03-11 in this test. */
  g_setenv ("PROLOTRACK_TODAY", "2026-03-11", TRUE);
  pt_test_add_run (fixture->store, id, "2026-03-03", 10000, 0);
  pt_test_add_run (fixture->store, id, "2026-03-08", 3000, 0);   /* the Sunday */
  pt_test_add_run (fixture->store, id, "2026-03-10", 10000, 0);
  pt_window_refresh (fixture->window);
  pt_window_show_patient (fixture->window, id);
  g_assert_null (pt_patient_page_get_warning (page));

  g_settings_set_string (fixture->settings, "week-start", "sunday");
  wait_frames (fixture->window);
  pt_test_assert_contains (pt_patient_page_get_warning (page), "up 30 %");

  g_settings_set_string (fixture->settings, "week-start", "monday");
  wait_frames (fixture->window);
  g_assert_null (pt_patient_page_get_warning (page));
  g_unsetenv ("PROLOTRACK_TODAY");
}

/* Delete removes the row from the database; the toast's Undo puts the same
 * row back. */
static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  gint64 id = find_id (fixture, "PT-0001");
  PtRecordTable *table;
  g_autoptr(PtPainScore) score = NULL;
  g_autoptr(PtPainScore) back = NULL;
  gint64 n_before = pt_test_count (fixture->store, PT_TYPE_PAIN_SCORE);
  g_autoptr(GError) error = NULL;

  pt_window_show_patient (fixture->window, id);
  pt_patient_page_show_table (page, PT_TYPE_PAIN_SCORE);
  table = pt_patient_page_get_table (page, PT_TYPE_PAIN_SCORE);
  score = g_list_model_get_item (pt_record_table_get_model (table), 0);
  g_assert_true (pt_record_table_select_id (table, pt_record_get_id (PT_RECORD (score))));
  wait_frames (fixture->window);

  activate (fixture, "win.delete-entry");
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PAIN_SCORE), ==, n_before - 1);
  back = pt_store_get_pain_score (fixture->store, pt_record_get_id (PT_RECORD (score)), &error);
  g_assert_error (error, PT_ERROR, PT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  activate (fixture, "win.undo");
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PAIN_SCORE), ==, n_before);
  back = pt_store_get_pain_score (fixture->store, pt_record_get_id (PT_RECORD (score)), &error);
  g_assert_no_error (error);
  g_assert_true (pt_record_fields_equal (PT_RECORD (back), PT_RECORD (score)));
  /* The restored row is shown and selected again. */
  g_assert_true (pt_record_table_get_selected (table) != NULL);
  g_assert_cmpint (pt_record_get_id (pt_record_table_get_selected (table)), ==,
                   pt_record_get_id (PT_RECORD (score)));
}

static gboolean
list_has (Fixture *fixture,
          gint64   id)
{
  GListModel *model = list_model (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PtPatientOverview) overview = g_list_model_get_item (model, i);

      if (pt_patient_overview_get_id (overview) == id)
        return TRUE;
    }

  return FALSE;
}

/* Archiving takes the patient out of the default list; Undo and "Show
 * Archived Patients" bring them back. */
static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 id = find_id (fixture, "PT-0001");
  g_autoptr(PtPatient) patient = NULL;

  pt_window_show_patient (fixture->window, id);
  activate (fixture, "win.archive-patient");
  patient = pt_store_get_patient (fixture->store, id, NULL);
  g_assert_true (pt_patient_get_archived (patient));
  g_assert_false (list_has (fixture, id));

  activate (fixture, "win.show-archived");
  g_assert_true (list_has (fixture, id));
  activate (fixture, "win.show-archived");
  g_assert_false (list_has (fixture, id));

  activate (fixture, "win.undo");
  g_clear_object (&patient);
  patient = pt_store_get_patient (fixture->store, id, NULL);
  g_assert_false (pt_patient_get_archived (patient));
  g_assert_true (list_has (fixture, id));
}

/* Miles in the preferences: the run table's distance column follows. */
static void
test_units (Fixture       *fixture,
            gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  PtRecordTable *table = pt_patient_page_get_table (page, PT_TYPE_RUN);

  pt_window_show_patient (fixture->window, find_id (fixture, "PT-0001"));
  g_settings_set_string (fixture->settings, "distance-unit", "mi");
  wait_frames (fixture->window);

  {
    GtkWidget *view = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (table)));
    GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
    g_autoptr(GtkColumnViewColumn) distance = g_list_model_get_item (columns, 1);

    g_assert_cmpstr (gtk_column_view_column_get_title (distance), ==, "Distance (mi)");
    g_settings_set_string (fixture->settings, "distance-unit", "km");
    wait_frames (fixture->window);
    g_assert_cmpstr (gtk_column_view_column_get_title (distance), ==, "Distance (km)");
  }
}

/* The first AdwStatusPage under @widget that is on screen. */
static AdwStatusPage *
find_status_page (GtkWidget *widget)
{
  if (ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget))
    return ADW_STATUS_PAGE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwStatusPage *page = find_status_page (child);

      if (page != NULL)
        return page;
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_button (child, action_name);

      if (button != NULL)
        return button;
    }

  return NULL;
}

/* An empty database offers to add a patient or to explore the demo clinic,
 * which opens in a file of its own and leaves the clinic's file empty. */
static void
test_first_run (Fixture       *fixture,
                gconstpointer  data)
{
  AdwStatusPage *page = find_status_page (GTK_WIDGET (fixture->window));
  GtkWidget *demo_button;
  g_autofree char *demo_path = NULL;
  PtStore *demo;

  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Patients Yet");
  g_assert_nonnull (find_button (GTK_WIDGET (page), "win.new-patient"));
  demo_button = find_button (GTK_WIDGET (page), "win.open-demo");
  g_assert_nonnull (demo_button);
  g_object_ref (fixture->store);

  g_signal_emit_by_name (demo_button, "clicked");
  wait_frames (fixture->window);

  demo_path = g_build_filename (g_get_user_data_dir (), "prolotrack", "demo-clinic.db", NULL);
  g_assert_cmpstr (pt_window_get_database_path (fixture->window), ==, demo_path);
  demo = pt_window_get_store (fixture->window);
  g_assert_true (demo != fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), ==,
                    pt_store_count_patients (demo, FALSE, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), >, 10);
  g_assert_cmpint (pt_store_count_patients (fixture->store, TRUE, NULL), ==, 0);

  /* The window let go of the clinic's store; the fixture checks that the
   * demo's is freed with the window. */
  g_assert_finalize_object (fixture->store);
  fixture->store = demo;
}

static void
session_activated_cb (PtChartView *view,
                      gint64       session_id,
                      gint64      *out)
{
  *out = session_id;
}

/* The chart on the patient page: what it says in words, a tooltip and a
 * click on a session marker, and the time range. */
static void
test_chart (Fixture       *fixture,
            gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  PtChartView *view = pt_patient_page_get_chart_view (page);
  gint64 id = find_id (fixture, "PT-0001");
  g_autoptr(GListModel) sessions = pt_store_list_sessions (fixture->store, id, NULL);
  g_autoptr(PtSession) first = g_list_model_get_item (sessions, 0);
  g_autoptr(GPtrArray) markers = NULL;
  g_autofree char *tooltip = NULL;
  const PtChartItem *marker;
  const PtChartLayout *layout;
  gint64 clicked = 0;

  pt_window_show_patient (fixture->window, id);
  wait_frames (fixture->window);

  pt_test_assert_contains (pt_chart_view_get_description (view), "down 70 %");
  layout = pt_chart_view_get_layout (view);
  g_assert_nonnull (layout);
  g_assert_cmpint (layout->width, ==, gtk_widget_get_width (GTK_WIDGET (view)));
  markers = pt_chart_layout_find_items (layout, PT_CHART_ITEM_SESSION, -1);
  g_assert_cmpuint (markers->len, ==, 3);

  marker = g_ptr_array_index (markers, 0);
  /* Just below the marker's top: 20 px lower is the morning pain of the
   * same day now that the FFI's panel makes the pain panel shorter. */
  tooltip = pt_chart_view_dup_tooltip_at (view, marker->x, marker->y + 6);
  pt_test_assert_contains (tooltip, "S1");

  g_signal_connect (view, "session-activated", G_CALLBACK (session_activated_cb), &clicked);
  g_assert_true (pt_chart_view_click_at (view, marker->x, marker->y + 6));
  g_assert_cmpint (clicked, ==, pt_record_get_id (PT_RECORD (first)));
  g_signal_handlers_disconnect_by_func (view, session_activated_cb, &clicked);

  /* Light and dark: the layout is rebuilt with the other style. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_frames (fixture->window);
  g_assert_nonnull (pt_chart_view_get_layout (view));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* Four weeks: the chart starts 28 days before today. */
static void
test_chart_range (Fixture       *fixture,
                  gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  PtChartView *view = pt_patient_page_get_chart_view (page);
  GtkDropDown *range = NULL;
  g_autofree char *today = pt_date_today_string ();
  g_autofree char *from = pt_date_add_days (today, -28);
  GDate date;

  g_assert_true (pt_date_parse (from, &date));
  pt_window_show_patient (fixture->window, find_id (fixture, "PT-0001"));
  wait_frames (fixture->window);
  g_assert_cmpint (pt_chart_view_get_layout (view)->data->first_day, <, (int) g_date_get_julian (&date));

  for (GtkWidget *w = gtk_widget_get_parent (GTK_WIDGET (view)); range == NULL && w != NULL;
       w = gtk_widget_get_parent (w))
    for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
      for (GtkWidget *d = gtk_widget_get_first_child (c); d != NULL; d = gtk_widget_get_next_sibling (d))
        if (GTK_IS_DROP_DOWN (d))
          range = GTK_DROP_DOWN (d);
  g_assert_nonnull (range);

  gtk_drop_down_set_selected (range, 0);
  wait_frames (fixture->window);
  g_assert_cmpint (pt_chart_view_get_layout (view)->data->first_day, ==, (int) g_date_get_julian (&date));
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;

  return FALSE;
}

/* Another program holds the database: the delete fails with a clear
 * message in a toast, and the row is still there. */
static void
test_storage_error (Fixture       *fixture,
                    gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  gint64 id = find_id (fixture, "PT-0001");
  gint64 n_before = pt_test_count (fixture->store, PT_TYPE_PAIN_SCORE);
  PtRecordTable *table;
  g_autoptr(PtPainScore) score = NULL;
  sqlite3 *other = NULL;

  pt_window_show_patient (fixture->window, id);
  pt_patient_page_show_table (page, PT_TYPE_PAIN_SCORE);
  wait_frames (fixture->window);
  table = pt_patient_page_get_table (page, PT_TYPE_PAIN_SCORE);
  score = g_list_model_get_item (pt_record_table_get_model (table), 0);
  pt_record_table_select_id (table, pt_record_get_id (PT_RECORD (score)));

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  activate (fixture, "win.delete-entry");
  g_assert_true (find_label (GTK_WIDGET (fixture->window), "in use by another program"));

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PAIN_SCORE), ==, n_before);
}

/* Export a patient's records from the window: CSV files land in the
 * chosen folder and a toast offers to open it. */
static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 id = find_id (fixture, "PT-0001");
  g_autofree char *folder_path = g_build_filename (fixture->dir, "export", NULL);
  g_autofree char *runs_path = g_build_filename (folder_path, "PT-0001-runs.csv", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GBytes) runs = NULL;
  g_autoptr(GListModel) stored = pt_store_list_runs (fixture->store, id, NULL);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  const char *text;
  guint lines = 0;

  pt_window_show_patient (fixture->window, id);
  pt_window_export_csv (fixture->window, id, folder);
  g_assert_true (find_label (GTK_WIDGET (fixture->window), "Exporting"));

  while (!find_label (GTK_WIDGET (fixture->window), "Exported") && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (find_label (GTK_WIDGET (fixture->window), "Exported"));

  runs = pt_test_read_file (runs_path);
  text = g_bytes_get_data (runs, NULL);
  g_assert_true (g_str_has_prefix (text, "id,patient_id,patient_record_number,date,distance_km"));
  for (const char *p = text; (p = strstr (p, "\r\n")) != NULL; p += 2)
    lines++;
  g_assert_cmpuint (lines, ==, g_list_model_get_n_items (stored) + 1);
}

static char *
run_pdfinfo (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  const char *argv[] = { pdfinfo, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_nonnull (pdfinfo);   /* poppler-utils, installed by build-aux/setup */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Export Progress Report writes the PDF in the background and says so;
 * Print goes through GtkPrintOperation with the same page renderer (here
 * exported to a file, as "Print to File" does), with the clinic's name. */
static void
test_report_and_print (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 id = find_id (fixture, "PT-0001");
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *print_path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autofree char *info = NULL;
  g_autofree char *printed = NULL;
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_settings_set_string (fixture->settings, "clinic-name", "Harbour Sports Medicine");
  pt_window_show_patient (fixture->window, id);

  pt_window_export_report (fixture->window, pdf, NULL);
  while (!find_label (GTK_WIDGET (fixture->window), "-page report") && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (find_label (GTK_WIDGET (fixture->window), "-page report"));

  info = run_pdfinfo (pdf_path);
  pt_test_assert_contains (info, "Claire Donnelly");
  pt_test_assert_contains (info, "Harbour Sports Medicine");

  g_assert_true (pt_window_print_report (fixture->window, print_path));
  printed = run_pdfinfo (print_path);
  pt_test_assert_contains (printed, "Pages:");
  g_assert_cmpint (atoi (strstr (printed, "Pages:") + 6), ==, atoi (strstr (info, "Pages:") + 6));
  g_settings_reset (fixture->settings, "clinic-name");
}

/* The record editor the last action opened. */
static PtRecordEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */
  PtRecordEditor *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PT_IS_RECORD_EDITOR (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        found = PT_RECORD_EDITOR (window);
    }

  g_assert_nonnull (found);
  return found;
}

static PtRecordEditor *
open_form (Fixture    *fixture,
           const char *action)
{
  activate (fixture, action);
  return find_editor ();
}

static void
type_field (PtRecordEditor *editor,
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
choose_item (PtRecordEditor *editor,
             const char     *property,
             guint           position)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);

  g_assert_true (ADW_IS_COMBO_ROW (widget));
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), position);
}

static GtkWidget *
find_save_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "editor.save") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_save_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Presses Save (which must be enabled) and waits for the window to show
 * the saved record. */
static void
press_save (Fixture        *fixture,
            PtRecordEditor *editor)
{
  GtkWidget *button = find_save_button (GTK_WIDGET (editor));

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_object_ref (editor);
  g_signal_emit_by_name (button, "clicked");
  wait_frames (fixture->window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_object_unref (editor);
}

static guint
rows_in (Fixture *fixture,
         GType    type)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);

  return g_list_model_get_n_items (pt_record_table_get_model (pt_patient_page_get_table (page, type)));
}

/* A first visit, all from the window: a new patient, their condition, a
 * session, a pain score (after a refused one), a run and cross-training.
 * Each save is read back from the database and shown in its table. */
static void
test_visit (Fixture       *fixture,
            gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  PtRecordEditor *editor;
  g_autoptr(PtPatient) patient = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PtPainScore) pain = NULL;
  g_autoptr(PtRun) run = NULL;
  g_autoptr(PtCrossTraining) cross = NULL;
  g_autoptr(PtSession) session = NULL;
  g_autoptr(PtCondition) condition = NULL;
  gint64 id;

  g_setenv ("PROLOTRACK_TODAY", "2026-03-10", TRUE);

  /* Ctrl+N on the first-run page. */
  editor = open_form (fixture, "win.new-patient");
  type_field (editor, "name", "Ana Runner");
  type_field (editor, "record_number", "A-001");
  type_field (editor, "date_of_birth", "1990-05-04");
  press_save (fixture, editor);

  patient = pt_store_find_patient (fixture->store, "A-001", NULL);
  g_assert_nonnull (patient);
  g_assert_cmpstr (pt_patient_get_name (patient), ==, "Ana Runner");
  id = pt_record_get_id (PT_RECORD (patient));
  /* The window left the first-run page and shows her. */
  g_assert_cmpint (pt_record_get_id (PT_RECORD (pt_patient_page_get_patient (page))), ==, id);
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), ==, 1);

  /* The diagnosis and the side are the clinician's to choose. */
  editor = open_form (fixture, "win.new-condition");
  type_field (editor, "onset_date", "2026-01-15");
  g_assert_false (gtk_widget_is_sensitive (find_save_button (GTK_WIDGET (editor))));
  choose_item (editor, "kind", PT_CONDITION_KIND_ACHILLES_TENDINOPATHY);
  choose_item (editor, "side", PT_SIDE_BOTH);
  press_save (fixture, editor);
  list = pt_store_list_conditions (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  condition = g_list_model_get_item (list, 0);
  g_assert_cmpstr (pt_condition_get_onset_date (condition), ==, "2026-01-15");
  g_assert_cmpint (pt_condition_get_kind (condition), ==, PT_CONDITION_KIND_ACHILLES_TENDINOPATHY);
  g_assert_cmpint (pt_condition_get_side (condition), ==, PT_SIDE_BOTH);
  g_assert_cmpuint (rows_in (fixture, PT_TYPE_CONDITION), ==, 1);
  g_clear_object (&list);

  editor = open_form (fixture, "win.new-session");
  choose_item (editor, "treatment", PT_TREATMENT_DEXTROSE);
  type_field (editor, "pain_before", "7");
  type_field (editor, "pain_after", "4.5");
  press_save (fixture, editor);
  list = pt_store_list_sessions (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  session = g_list_model_get_item (list, 0);
  g_assert_cmpstr (pt_session_get_date (session), ==, "2026-03-10");
  g_assert_cmpint (pt_session_get_condition_id (session), ==, pt_record_get_id (PT_RECORD (condition)));
  g_assert_cmpfloat (pt_session_get_pain_after (session), ==, 4.5);
  g_assert_cmpuint (rows_in (fixture, PT_TYPE_SESSION), ==, 1);
  g_clear_object (&list);

  /* 11 is refused on the field, and nothing is written. */
  editor = open_form (fixture, "win.new-pain");
  type_field (editor, "score", "11");
  pt_test_assert_contains (pt_record_editor_get_field_error (editor, "score"), "10");
  g_assert_false (gtk_widget_is_sensitive (find_save_button (GTK_WIDGET (editor))));
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PAIN_SCORE), ==, 0);
  type_field (editor, "score", "6.5");
  g_assert_false (gtk_widget_is_sensitive (find_save_button (GTK_WIDGET (editor))));
  choose_item (editor, "context", PT_PAIN_CONTEXT_AFTER_RUN);
  press_save (fixture, editor);
  list = pt_store_list_pain_scores (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  pain = g_list_model_get_item (list, 0);
  g_assert_cmpfloat (pt_pain_score_get_score (pain), ==, 6.5);
  g_assert_cmpint (pt_pain_score_get_context (pain), ==, PT_PAIN_CONTEXT_AFTER_RUN);
  g_assert_cmpuint (rows_in (fixture, PT_TYPE_PAIN_SCORE), ==, 1);
  g_clear_object (&list);

  editor = open_form (fixture, "win.new-run");
  type_field (editor, "distance_m", "8.5");
  press_save (fixture, editor);
  list = pt_store_list_runs (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  run = g_list_model_get_item (list, 0);
  g_assert_cmpfloat_with_epsilon (pt_run_get_distance_m (run), 8500, 1e-6);
  g_assert_cmpuint (rows_in (fixture, PT_TYPE_RUN), ==, 1);
  g_clear_object (&list);

  editor = open_form (fixture, "win.new-cross");
  type_field (editor, "minutes", "45");
  press_save (fixture, editor);
  list = pt_store_list_cross_training (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  cross = g_list_model_get_item (list, 0);
  g_assert_cmpint (pt_cross_training_get_minutes (cross), ==, 45);
  g_assert_cmpuint (rows_in (fixture, PT_TYPE_CROSS_TRAINING), ==, 1);

  /* The page's summary follows: one day with pain so far (the session's
   * pain before, 7, and the score, 6.5: 6.75; the 4.5 after the injection
   * does not count), so no change yet. */
  pt_test_assert_contains (pt_patient_page_get_pain_summary (page), "6.75 → 6.75");
  pt_test_assert_contains (pt_patient_page_get_pain_summary (page), "No change since baseline");
  g_unsetenv ("PROLOTRACK_TODAY");
}

/* Clicking a session marker on the chart opens that session's form. */
static void
test_chart_opens_session (Fixture       *fixture,
                          gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  PtChartView *view = pt_patient_page_get_chart_view (page);
  g_autoptr(GPtrArray) markers = NULL;
  const PtChartItem *marker;
  PtRecordEditor *editor;

  pt_window_show_patient (fixture->window, find_id (fixture, "PT-0001"));
  wait_frames (fixture->window);
  markers = pt_chart_layout_find_items (pt_chart_view_get_layout (view), PT_CHART_ITEM_SESSION, -1);
  marker = g_ptr_array_index (markers, 1);
  g_assert_true (pt_chart_view_click_at (view, marker->x, marker->y + 6));
  wait_frames (fixture->window);

  editor = find_editor ();
  g_assert_true (PT_IS_SESSION (pt_record_editor_get_record (editor)));
  g_assert_cmpstr (pt_session_get_date (PT_SESSION (pt_record_editor_get_record (editor))), ==,
                   "2026-04-01");
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
add_test (const char *path,
          gboolean    demo,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, demo ? GINT_TO_POINTER (1) : NULL, fixture_set_up, func,
              fixture_tear_down);
}

static char *
make_demo_template (const char *dir)
{
  char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(PtStore) store = pt_store_open (path, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (store);
  g_assert_true (pt_demo_fill (store, FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&store);   /* checkpoints the WAL into the file */

  return path;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  g_autofree char *template_dir = NULL;
  int status;

  /* The demo clinic action writes under the user data folder: a folder of
   * the test's own, set before GTK starts, since GLib reads the variable
   * once (here it was read by gtk_test_init, and the test wrote to the
   * real ~/.local/share). */
  data_home = pt_test_make_tmp_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  template_dir = pt_test_make_tmp_dir ();
  demo_template = make_demo_template (template_dir);

  add_test ("/ui/workspace/list/search", TRUE, test_list_search);
  add_test ("/ui/workspace/list/sort", TRUE, test_list_sort);
  add_test ("/ui/workspace/page/reference", TRUE, test_page_reference);
  add_test ("/ui/workspace/page/ten-percent-rule", TRUE, test_page_ten_percent_rule);
  add_test ("/ui/workspace/page/week-start", FALSE, test_page_week_start);
  add_test ("/ui/workspace/delete-undo", TRUE, test_delete_undo);
  add_test ("/ui/workspace/archive", TRUE, test_archive);
  add_test ("/ui/workspace/units", TRUE, test_units);
  add_test ("/ui/workspace/first-run", FALSE, test_first_run);
  add_test ("/ui/workspace/visit", FALSE, test_visit);
  add_test ("/ui/workspace/chart/opens-session", TRUE, test_chart_opens_session);
  add_test ("/ui/workspace/chart", TRUE, test_chart);
  add_test ("/ui/workspace/storage-error", TRUE, test_storage_error);
  add_test ("/ui/workspace/export-csv", TRUE, test_export_csv);
  add_test ("/ui/workspace/report-and-print", TRUE, test_report_and_print);
  add_test ("/ui/workspace/chart/range", TRUE, test_chart_range);

  status = g_test_run ();

  pt_test_remove_tmp_dir (template_dir);
  pt_test_remove_tmp_dir (data_home);
  g_free (demo_template);

  return status;
}
