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

#include "pt-report-dialog.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

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
  fixture->dir = pt_test_make_tmp_dir ();
  fixture->path = pt_test_window_copy_demo (fixture->dir);

  fixture->settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  g_settings_reset (fixture->settings, "clinic-name");

  fixture->window = pt_test_window_open (fixture->path);
  fixture->store = pt_window_get_store (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pt_test_window_close (fixture->window, FALSE);
  g_clear_object (&fixture->settings);
  pt_test_remove_tmp_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

/* The first export asks for the clinic's name and keeps it; the report
 * covers the last 3 months only; the next export does not ask again. */
static void
test_first_export (Fixture       *fixture,
                   gconstpointer  data)
{
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
  g_assert_true (pt_test_window_wait_for_patient (fixture->window, "PT-0001"));

  /* The patient menu's Export Progress Report… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-report",
                                             NULL));
  dialog = pt_test_wait_for_window (PT_TYPE_REPORT_DIALOG);

  /* The clinic's name: the first field; Tab to the period, Last 3 months. */
  pt_test_input_click (pt_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
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
  pt_test_input_click (pt_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
  pt_test_input_key (GDK_KEY_Return, 0);
  chooser = pt_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  pt_test_input_settle (200);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (file_written, pdf));
  pt_test_input_settle (300);

  clinic = g_settings_get_string (fixture->settings, "clinic-name");
  g_assert_cmpstr (clinic, ==, "Northside Sports Clinic");

  text = pt_test_pdf_text (pdf, 1, 0, FALSE);
  pt_test_assert_contains (text, "Northside Sports Clinic");
  /* PROLOTRACK_TODAY is 2026-11-23: from 23 August; the sessions of March
   * and April are not in the report's table (the outcome measures' baseline
   * of 4 March is, as the summary's pain baseline is). */
  pt_test_assert_contains (text, "23 August 2026");
  g_assert_null (strstr (text, "4 Mar 2026 Dextrose"));
  g_assert_null (strstr (text, "1 Apr 2026"));

  /* The next export asks only for the period. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-report",
                                             NULL));
  dialog = pt_test_wait_for_window (PT_TYPE_REPORT_DIALOG);
  g_assert_null (pt_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
  pt_test_input_key (GDK_KEY_Escape, 0);
  pt_test_input_settle (300);
  g_assert_null (pt_test_find_toplevel (PT_TYPE_REPORT_DIALOG));
  g_assert_null (pt_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

int
main (int   argc,
      char *argv[])
{
  /* The file chooser in the process, as without a portal. */
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);
  pt_test_window_init (&argc, &argv, "2026-11-23");

  g_test_add ("/ui/report-export/first-export", Fixture, NULL, fixture_set_up, test_first_export,
              fixture_tear_down);

  return pt_test_window_run ();
}
