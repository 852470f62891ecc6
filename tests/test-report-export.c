/* test-report-export.c: Export Progress Report, from the menu to the file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real PtWindow on the demo clinic under Xvfb, driven by key presses
 * and clicks through the X server (pt-test-input.h): the report dialog asks
 * for the clinic's name while Preferences has none and for the period, the
 * file chooser takes the file, and the PDF (read back with pdftotext) has
 * the clinic's name and only the records of the period.
 */

#include "config.h"

#include <string.h>

#include "pt-demo.h"
#include "pt-report-dialog.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-window.h"

static char *demo_template;
static GtkApplication *app;

typedef struct
{
  char      *dir;
  char      *path;
  PtWindow  *window;
  PtStore   *store;     /* the window's */
  GSettings *settings;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) source = g_file_new_for_path (demo_template);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = pt_test_make_tmp_dir ();
  fixture->path = g_build_filename (fixture->dir, "clinic.db", NULL);
  copy = g_file_new_for_path (fixture->path);
  g_assert_true (g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  fixture->settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  g_settings_reset (fixture->settings, "clinic-name");

  fixture->window = g_object_ref (pt_window_new (NULL, fixture->path));
  gtk_window_set_application (GTK_WINDOW (fixture->window), app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  pt_test_input_focus (GTK_WINDOW (fixture->window));
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

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* Still listed by GTK after this reference goes. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

typedef struct
{
  GType      type;
  GtkWindow *found;
} Toplevel;

static gboolean
toplevel_shown (gpointer data)
{
  Toplevel *wait = data;

  wait->found = find_toplevel (wait->type);
  return wait->found != NULL;
}

/* Waits for a window of @type to be on screen and gives it the keyboard. */
static GtkWindow *
wait_for_window (GType type)
{
  Toplevel wait = { type, NULL };

  g_assert_true (pt_test_input_wait_for (toplevel_shown, &wait));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (wait.found));
  pt_test_input_focus (wait.found);
  return wait.found;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

typedef struct
{
  Fixture    *fixture;
  const char *record_number;
} Shown;

static gboolean
shows_patient (gpointer data)
{
  Shown *shown = data;
  PtPatientPage *page = pt_window_get_patient_page (shown->fixture->window);
  PtPatient *patient = page != NULL ? pt_patient_page_get_patient (page) : NULL;

  return patient != NULL &&
         g_strcmp0 (pt_patient_get_record_number (patient), shown->record_number) == 0;
}

/* The text of a PDF, by poppler's pdftotext. */
static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The first export asks for the clinic's name and keeps it; the report
 * covers the last 3 months only; the next export does not ask again. */
static void
test_first_export (Fixture       *fixture,
                   gconstpointer  data)
{
  Shown shown = { fixture, "PT-0001" };
  g_autofree char *pdf = g_build_filename (fixture->dir,
                                           "Claire Donnelly – progress report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *clinic = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog, *chooser;

  /* Find Claire and open her. */
  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type ("claire");
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (shows_patient, &shown));

  /* The patient menu's Export Progress Report… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-report",
                                             NULL));
  dialog = wait_for_window (PT_TYPE_REPORT_DIALOG);

  /* The clinic's name: the first field; Tab to the period, Last 3 months. */
  pt_test_input_click (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
  pt_test_input_type ("Northside Sports Clinic");
  pt_test_input_key (GDK_KEY_Tab, 0);
  g_assert_true (ADW_IS_COMBO_ROW (gtk_widget_get_ancestor (
                   pt_test_input_get_focus (dialog), ADW_TYPE_COMBO_ROW)) ||
                 ADW_IS_COMBO_ROW (pt_test_input_get_focus (dialog)));
  pt_test_input_key (GDK_KEY_space, 0);
  pt_test_input_settle (300);
  pt_test_input_key (GDK_KEY_Down, 0);
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (300);
  g_assert_cmpint (pt_report_dialog_get_period (PT_REPORT_DIALOG (dialog)), ==,
                   PT_REPORT_PERIOD_3_MONTHS);
  pt_test_input_save_shot (GTK_WIDGET (dialog), "report-dialog");

  /* Choose File…: the dialog's default answer. */
  pt_test_input_click (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
  pt_test_input_key (GDK_KEY_Return, 0);
  chooser = wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  pt_test_input_settle (200);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (file_written, pdf));
  pt_test_input_settle (300);

  clinic = g_settings_get_string (fixture->settings, "clinic-name");
  g_assert_cmpstr (clinic, ==, "Northside Sports Clinic");

  text = pdf_text (pdf);
  pt_test_assert_contains (text, "Northside Sports Clinic");
  /* PROLOTRACK_TODAY is 2026-11-23: from 23 August; the sessions of March
   * and April are not in the report's table. */
  pt_test_assert_contains (text, "23 August 2026");
  g_assert_null (strstr (text, "4 Mar 2026"));

  /* The next export asks only for the period. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-report",
                                             NULL));
  dialog = wait_for_window (PT_TYPE_REPORT_DIALOG);
  g_assert_null (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
  pt_test_input_key (GDK_KEY_Escape, 0);
  pt_test_input_settle (300);
  g_assert_null (find_toplevel (PT_TYPE_REPORT_DIALOG));
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
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
  g_clear_object (&store);

  return path;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = pt_test_make_tmp_dir ();
  g_autofree char *template_dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("PROLOTRACK_TODAY", "2026-11-23", TRUE);
  /* The file chooser in the process, as without a portal. */
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = gtk_application_new ("io.github.prolotrack.ProloTrack.ReportExportTest",
                             G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  pt_application_set_accels (app);

  template_dir = pt_test_make_tmp_dir ();
  demo_template = make_demo_template (template_dir);

  g_test_add ("/ui/report-export/first-export", Fixture, NULL, fixture_set_up, test_first_export,
              fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);
  pt_test_remove_tmp_dir (template_dir);
  pt_test_remove_tmp_dir (data_home);
  g_free (demo_template);

  return status;
}
