/* test-import-ui.c: activity files and CSV files brought into a patient's record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real PtWindow on the demo clinic under Xvfb, driven by key presses
 * and clicks sent through the X server (pt-test-input.h). The file
 * chooser is the desktop's and cannot be driven: Ctrl+I is checked to open
 * it, and the files are then handed in through pt_window_import_files()
 * (what the chooser and the drop target call). Every check reads the
 * database back.
 *
 * Activities: a real run (Fenix 2) to add, a truncated FIT refused with
 * its reason, a ride as cross-training, a GPX without a sport; Return
 * imports, the run is in the store and on the page, the toast's Undo
 * removes it again. A drop on the patient page opens the same preview,
 * and Escape leaves the record as it was. CSV: "Date;Km;Minutes" with
 * decimal commas, Km mapped to distance_km in the dialog, checked, then
 * imported and undone.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-csv-import-dialog.h"
#include "pt-import-dialog.h"
#include "pt-patient-view.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

typedef PtTestWindowFixture Fixture;

#define PATIENT "PT-0001"

static GFile *
device_file (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("PROLOTRACK_TEST_DATA"), "devices", name,
                                            NULL);

  return g_file_new_for_path (path);
}

static gint64
show_patient (Fixture *fixture)
{
  g_autoptr(PtPatient) patient = pt_store_find_patient (fixture->store, PATIENT, NULL);
  gint64 id;

  g_assert_nonnull (patient);
  id = pt_record_get_id (PT_RECORD (patient));
  pt_window_show_patient (fixture->window, id);
  g_assert_true (pt_test_window_wait_for_patient (fixture->window, PATIENT));
  return id;
}

/* The patient's runs with @date and a distance within 1 m of @metres. */
static guint
count_runs (PtStore    *store,
            gint64      patient_id,
            const char *date,
            double      metres)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) runs = pt_store_list_runs (store, patient_id, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);

      if (g_str_equal (pt_run_get_date (run), date) &&
          fabs (pt_run_get_distance_m (run) - metres) < 1)
        n++;
    }
  return n;
}

/* The same in the run table of the patient page. */
static gboolean
page_has_run (Fixture    *fixture,
              const char *date)
{
  PtRecordTable *table = pt_patient_page_get_table (pt_window_get_patient_page (fixture->window),
                                                    PT_TYPE_RUN);
  GListModel *model = pt_record_table_get_model (table);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (model, i);

      if (g_str_equal (pt_run_get_date (run), date))
        return TRUE;
    }
  return FALSE;
}

static gboolean
preview_shown (gpointer data)
{
  PtWindow *window = data;
  GtkWindow *dialog = pt_window_get_import_dialog (window);

  return dialog != NULL && PT_IS_IMPORT_DIALOG (dialog) &&
         gtk_widget_get_first_child (GTK_WIDGET (pt_import_dialog_get_item_list (
           PT_IMPORT_DIALOG (dialog)))) != NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return pt_window_get_import_dialog (data) == NULL;
}

/* The preview's row of @file_name: its subtitle and status. */
static gboolean
find_item (PtImportDialog *dialog,
           const char     *file_name,
           const char    **subtitle,
           const char    **status)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (pt_import_dialog_get_item_list (dialog)));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!ADW_IS_ACTION_ROW (row) ||
          !g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), file_name))
        continue;
      *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
      *status = NULL;
      g_test_message ("%s: %s", file_name, *subtitle);
      return TRUE;
    }
  return FALSE;
}

/* Whether a mapped label under @root reads @text. */
static gboolean
has_status (GtkWidget  *row,
            const char *text)
{
  return pt_test_has_label (row, text);
}

static GtkWidget *
item_row (PtImportDialog *dialog,
          const char     *file_name)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (pt_import_dialog_get_item_list (dialog)));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) &&
        g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), file_name))
      return row;
  return NULL;
}

/* The toasts' Undo buttons on screen, the newest last. */
static void
collect_undo_buttons (GtkWidget *widget,
                      gboolean   in_toast,
                      GPtrArray *buttons)
{
  in_toast = in_toast || g_str_equal (gtk_widget_get_css_name (widget), "toast");

  if (in_toast && GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0)
    g_ptr_array_add (buttons, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_undo_buttons (child, in_toast, buttons);
}

static GtkWidget *
wait_for_undo_button (PtWindow *window)
{
  gint64 end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  do
    {
      pt_test_input_settle (20);
      g_ptr_array_set_size (buttons, 0);
      collect_undo_buttons (GTK_WIDGET (window), FALSE, buttons);
    }
  while (buttons->len == 0 && g_get_monotonic_time () < end);
  g_assert_cmpuint (buttons->len, >, 0);

  /* Past the toast's show animation (libadwaita 1.2). */
  pt_test_input_settle (600);
  g_ptr_array_set_size (buttons, 0);
  collect_undo_buttons (GTK_WIDGET (window), FALSE, buttons);
  g_assert_cmpuint (buttons->len, >, 0);
  return g_ptr_array_index (buttons, buttons->len - 1);
}

typedef struct
{
  PtStore *store;
  gint64   patient_id;
  const char *date;
  double   metres;
  guint    want;
} RunCount;

static gboolean
runs_are (gpointer data)
{
  RunCount *count = data;

  return count_runs (count->store, count->patient_id, count->date, count->metres) == count->want;
}

/* Ctrl+I opens the file chooser (the desktop's: closed again with
 * Escape); the files go in by the hook. */
static void
check_shortcut_opens_chooser (Fixture *fixture)
{
  GtkWindow *chooser;

  pt_test_input_focus (GTK_WINDOW (fixture->window));
  pt_test_input_key (GDK_KEY_i, GDK_CONTROL_MASK);
  chooser = pt_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  pt_test_input_key (GDK_KEY_Escape, 0);
  pt_test_input_settle (200);
  g_assert_null (pt_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

static void
test_activities (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *names[] = {
    "activity-small-fenix2-run.fit", "activity-unexpected-eof.fit", "garmin-fenix-5-bike.fit",
    "track-with-empty-segment.gpx",
  };
  GFile *files[G_N_ELEMENTS (names)];
  PtImportDialog *dialog;
  const char *subtitle = NULL, *status = NULL;
  GtkWidget *row;
  RunCount count;
  gint64 patient_id;

  pt_test_window_fixture_open (fixture);
  patient_id = show_patient (fixture);
  g_assert_cmpuint (count_runs (fixture->store, patient_id, "2015-08-15", 9008.22), ==, 0);

  check_shortcut_opens_chooser (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    files[i] = device_file (names[i]);
  g_assert_true (pt_window_import_files (fixture->window, files, G_N_ELEMENTS (files)));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (files[i]);
  /* One import at a time; the action is off meanwhile. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                              "win.import-activities", NULL) &&
                  pt_window_get_import_dialog (fixture->window) == NULL);

  g_assert_true (pt_test_input_wait_for (preview_shown, fixture->window));
  dialog = PT_IMPORT_DIALOG (pt_window_get_import_dialog (fixture->window));
  pt_test_input_focus (GTK_WINDOW (dialog));
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (dialog), "import-preview");

  /* The run, as it becomes a record, to add. */
  g_assert_true (find_item (dialog, "activity-small-fenix2-run.fit", &subtitle, &status));
  g_assert_true (g_str_has_prefix (subtitle, "Run, 9.0 km, 47:12, 15 Aug 2015"));
  row = item_row (dialog, "activity-small-fenix2-run.fit");
  g_assert_true (has_status (row, "To add"));
  /* The truncated file: refused, with why. */
  g_assert_true (find_item (dialog, "activity-unexpected-eof.fit", &subtitle, &status));
  g_assert_true (has_status (item_row (dialog, "activity-unexpected-eof.fit"), "Refused"));
  g_assert_cmpuint (strlen (subtitle), >, 10);
  /* The ride: cross-training. */
  g_assert_true (find_item (dialog, "garmin-fenix-5-bike.fit", &subtitle, &status));
  g_assert_true (g_str_has_prefix (subtitle, "Cross-training: Bike, 1 min"));
  /* The GPX names no sport: the drop-down is there. */
  g_assert_true (gtk_widget_get_mapped (pt_import_dialog_get_sport_row (dialog)));
  g_assert_true (find_item (dialog, "track-with-empty-segment.gpx", &subtitle, &status));

  /* Walks, then runs again: planned again each time. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (pt_import_dialog_get_sport_row (dialog)), 1);
  pt_test_input_settle (50);
  g_assert_true (find_item (dialog, "track-with-empty-segment.gpx", &subtitle, &status));
  g_assert_true (g_str_has_prefix (subtitle, "Cross-training: Walk"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (pt_import_dialog_get_sport_row (dialog)), 0);
  pt_test_input_settle (50);
  g_assert_true (find_item (dialog, "track-with-empty-segment.gpx", &subtitle, &status));
  g_assert_false (g_str_has_prefix (subtitle, "Cross-training"));

  /* Return: Import. */
  g_assert_true (gtk_widget_get_sensitive (pt_import_dialog_get_import_button (dialog)));
  pt_test_input_focus (GTK_WINDOW (dialog));
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (no_dialog, fixture->window));

  g_assert_cmpuint (count_runs (fixture->store, patient_id, "2015-08-15", 9008.22), ==, 1);
  g_assert_true (page_has_run (fixture, "2015-08-15"));
  pt_test_input_save_shot (GTK_WIDGET (fixture->window), "import-done");

  /* The toast's Undo, clicked. */
  pt_test_input_click (wait_for_undo_button (fixture->window));
  count = (RunCount) { fixture->store, patient_id, "2015-08-15", 9008.22, 0 };
  g_assert_true (pt_test_input_wait_for (runs_are, &count));
  pt_test_input_settle (100);
  g_assert_false (page_has_run (fixture, "2015-08-15"));
}

/* Files dropped on the patient page: the drop target's own handler. */
static void
test_drop (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GFile) file = device_file ("activity-small-fenix2-run.fit");
  g_autoptr(GListModel) controllers = NULL;
  GSList *list = g_slist_append (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = NULL;
  gboolean accepted = FALSE;
  gint64 patient_id;

  pt_test_window_fixture_open (fixture);
  patient_id = show_patient (fixture);

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (pt_window_get_patient_page (fixture->window)));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_slist_free (list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  g_assert_true (pt_test_input_wait_for (preview_shown, fixture->window));
  pt_test_input_focus (pt_window_get_import_dialog (fixture->window));
  /* Escape: nothing is written. */
  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (no_dialog, fixture->window));
  g_assert_cmpuint (count_runs (fixture->store, patient_id, "2015-08-15", 9008.22), ==, 0);
}

static gboolean
in_patient_view (gpointer data)
{
  return pt_window_get_patient_view_id (data) > 0;
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

/* In the patient view (Ctrl+Shift+M, typed), the patient drops their
 * watch's file on the view and it is theirs; no file chooser opens there
 * (Ctrl+I does nothing), as it would show the clinic's folders. */
static void
test_patient_view_drop (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = device_file ("activity-small-fenix2-run.fit");
  GSList *list = g_slist_append (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean accepted = FALSE;
  gint64 patient_id;

  pt_test_window_fixture_open (fixture);
  patient_id = show_patient (fixture);
  pt_test_input_focus (GTK_WINDOW (fixture->window));
  pt_test_input_key (GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_assert_true (pt_test_input_wait_for (in_patient_view, fixture->window));
  g_assert_cmpint (pt_window_get_patient_view_id (fixture->window), ==, patient_id);

  pt_test_input_key (GDK_KEY_i, GDK_CONTROL_MASK);
  pt_test_input_settle (300);
  g_assert_null (pt_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_null (pt_window_get_import_dialog (fixture->window));

  target = find_drop_target (GTK_WIDGET (pt_window_get_patient_view (fixture->window)));
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_slist_free (list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  g_assert_true (pt_test_input_wait_for (preview_shown, fixture->window));
  pt_test_input_focus (pt_window_get_import_dialog (fixture->window));
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (no_dialog, fixture->window));
  g_assert_cmpuint (count_runs (fixture->store, patient_id, "2015-08-15", 9008.22), ==, 1);
  /* Still the patient's view, of the same patient. */
  g_assert_cmpint (pt_window_get_patient_view_id (fixture->window), ==, patient_id);
}

static gboolean
csv_preview_shown (gpointer data)
{
  GtkWindow *dialog = pt_window_get_import_dialog (data);

  return dialog != NULL &&
         strstr (pt_csv_import_dialog_get_summary (PT_CSV_IMPORT_DIALOG (dialog)), "to add") != NULL;
}

static gboolean
switch_on (gpointer data)
{
  return gtk_switch_get_active (data);
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "watch export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PtCsvImportDialog *dialog;
  GtkWidget *next;
  RunCount count;
  gint64 patient_id;

  g_assert_true (g_file_set_contents (path, "Date;Km;Minutes\r\n2024-03-01;5,2;30\r\n"
                                            "2024-03-03;7,5;45\r\n", -1, &error));
  pt_test_window_fixture_open (fixture);
  patient_id = show_patient (fixture);

  g_assert_true (pt_window_import_csv (fixture->window, file));
  dialog = PT_CSV_IMPORT_DIALOG (pt_window_get_import_dialog (fixture->window));
  pt_test_input_focus (GTK_WINDOW (dialog));
  g_assert_true (pt_csv_import_dialog_get_record_type (dialog) == PT_TYPE_RUN);

  /* Km is no field's name: mapped here; Date is one already; Minutes is
   * left out. Decimal comma: a click on its switch. */
  g_assert_true (pt_csv_import_dialog_map_column (dialog, "Km", "distance_km"));
  pt_test_input_settle (300);
  pt_test_input_click (pt_csv_import_dialog_get_decimal_switch (dialog));
  g_assert_true (pt_test_input_wait_for (switch_on, pt_csv_import_dialog_get_decimal_switch (dialog)));
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (dialog), "csv-mapping");

  next = pt_csv_import_dialog_get_next_button (dialog);
  pt_test_input_click (next);
  g_assert_true (pt_test_input_wait_for (csv_preview_shown, fixture->window));
  g_test_message ("%s", pt_csv_import_dialog_get_summary (dialog));
  g_assert_cmpstr (pt_csv_import_dialog_get_summary (dialog), ==,
                   "2 to add, 0 already recorded, 0 refused");
  /* The dry run wrote nothing. */
  g_assert_cmpuint (count_runs (fixture->store, patient_id, "2024-03-01", 5200), ==, 0);
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (dialog), "csv-preview");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next)), ==, "_Import 2");

  pt_test_input_click (next);
  g_assert_true (pt_test_input_wait_for (no_dialog, fixture->window));
  g_assert_cmpuint (count_runs (fixture->store, patient_id, "2024-03-01", 5200), ==, 1);
  g_assert_cmpuint (count_runs (fixture->store, patient_id, "2024-03-03", 7500), ==, 1);
  pt_test_input_settle (100);
  g_assert_true (page_has_run (fixture, "2024-03-03"));

  pt_test_input_click (wait_for_undo_button (fixture->window));
  count = (RunCount) { fixture->store, patient_id, "2024-03-03", 7500, 0 };
  g_assert_true (pt_test_input_wait_for (runs_are, &count));
  g_assert_cmpuint (count_runs (fixture->store, patient_id, "2024-03-01", 5200), ==, 0);
}

/* Refused rows: listed with their reasons; nothing can be imported until
 * the good rows may go in without them. */
static void
test_csv_refused (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "runs.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PtCsvImportDialog *dialog;
  GtkWidget *next;

  g_assert_true (g_file_set_contents (path, "date,distance_km,notes\n2024-03-01,5.2,easy\n"
                                            "2099-01-01,6,future\n2024-03-02,abc,typo\n",
                                      -1, &error));
  pt_test_window_fixture_open (fixture);
  show_patient (fixture);

  g_assert_true (pt_window_import_csv (fixture->window, file));
  dialog = PT_CSV_IMPORT_DIALOG (pt_window_get_import_dialog (fixture->window));
  pt_test_input_focus (GTK_WINDOW (dialog));
  pt_test_input_settle (200);
  next = pt_csv_import_dialog_get_next_button (dialog);
  pt_test_input_click (next);
  g_assert_true (pt_test_input_wait_for (csv_preview_shown, fixture->window));
  g_assert_cmpstr (pt_csv_import_dialog_get_summary (dialog), ==,
                   "1 to add, 0 already recorded, 2 refused");
  g_assert_false (gtk_widget_get_sensitive (next));
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (dialog), "csv-refused");

  /* Escape: nothing written, the dialog gone. */
  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (no_dialog, fixture->window));
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, NULL);

  g_test_add ("/import-ui/activities", Fixture, "toasts", pt_test_window_fixture_set_up,
              test_activities, pt_test_window_fixture_tear_down);
  g_test_add ("/import-ui/drop", Fixture, "toasts", pt_test_window_fixture_set_up,
              test_drop, pt_test_window_fixture_tear_down);
  g_test_add ("/import-ui/patient-view-drop", Fixture, "toasts", pt_test_window_fixture_set_up,
              test_patient_view_drop, pt_test_window_fixture_tear_down);
  g_test_add ("/import-ui/csv", Fixture, "toasts", pt_test_window_fixture_set_up,
              test_csv, pt_test_window_fixture_tear_down);

  g_test_add ("/import-ui/csv-refused", Fixture, NULL, pt_test_window_fixture_set_up,
              test_csv_refused, pt_test_window_fixture_tear_down);

  return pt_test_window_run ();
}
