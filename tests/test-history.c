/* test-history.c: the history of changes, opened with the keyboard and a click
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window (pt-test-input.h): a pain score changed by the
 * window's store, which records the clinician of Preferences; Ctrl+H opens
 * the patient's History of Changes, whose newest entry says who changed
 * the pain and from what to what; Escape closes it; the record table's
 * History button opens the history of the selected record alone; the
 * window's report and CSV export are recorded with their files.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "pt-format.h"
#include "pt-history-dialog.h"
#include "pt-pain-score.h"
#include "pt-patient-page.h"
#include "pt-record-table.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

#define TODAY "2026-11-23"
#define CLINICIAN "Dr Wendy Window"

typedef struct
{
  PtTestWindowFixture base;
  GSettings          *settings;
  gint64              claire;
  gint64              pain;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PtPatient) claire = NULL;
  g_autoptr(GListModel) scores = NULL;
  g_autoptr(PtPainScore) score = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_window_fixture_set_up (&fixture->base, NULL);
  fixture->settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  g_settings_set_string (fixture->settings, "default-clinician", CLINICIAN);
  pt_test_window_fixture_open (&fixture->base);

  claire = pt_store_find_patient (fixture->base.store, "PT-0001", NULL);
  fixture->claire = pt_record_get_id (PT_RECORD (claire));
  pt_window_show_patient (fixture->base.window, fixture->claire);
  g_assert_true (pt_test_window_wait_for_patient (fixture->base.window, "PT-0001"));

  /* A change saved by the window's store: the clinician is Preferences'. */
  scores = pt_store_list_pain_scores (fixture->base.store, fixture->claire, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (scores), >, 0);
  score = g_list_model_get_item (scores, 0);
  fixture->pain = pt_record_get_id (PT_RECORD (score));
  pt_pain_score_set_score (score, pt_pain_score_get_score (score) == 2.5 ? 3.5 : 2.5);
  g_assert_true (pt_store_update (fixture->base.store, PT_RECORD (score), &error));
  g_assert_no_error (error);
  pt_window_refresh (fixture->base.window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "default-clinician");
  g_clear_object (&fixture->settings);
  pt_test_window_fixture_tear_down (&fixture->base, GINT_TO_POINTER (TRUE));
}

static gboolean
no_history (gpointer data)
{
  return pt_test_find_toplevel (PT_TYPE_HISTORY_DIALOG) == NULL;
}

static PtPainScore *
stored_score (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PtPainScore *score = pt_store_get_pain_score (fixture->base.store, fixture->pain, &error);

  g_assert_no_error (error);
  return score;
}

/* The row's labels read "Changed a pain score", "<when> · CLINICIAN" and
 * "Pain: <before> → <after>". */
static void
assert_pain_change_row (Fixture   *fixture,
                        GtkWidget *row)
{
  g_autoptr(PtPainScore) score = stored_score (fixture);
  g_autofree char *now = pt_format_pain (pt_pain_score_get_score (score));
  g_autofree char *suffix = g_strdup_printf (" → %s", now);
  GtkWidget *child;
  gboolean found_change = FALSE, found_who = FALSE;

  g_assert_true (pt_test_has_label (row, "Changed a pain score"));
  for (child = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (child));

      if (g_str_has_prefix (text, "Pain: ") && g_str_has_suffix (text, suffix))
        found_change = TRUE;
      if (g_str_has_suffix (text, " · " CLINICIAN))
        found_who = TRUE;
    }
  g_assert_true (found_change);
  g_assert_true (found_who);
}

static void
test_patient_history (Fixture       *fixture,
                      gconstpointer  data)
{
  PtHistoryDialog *dialog;
  GtkWidget *first;

  pt_test_input_key (GDK_KEY_h, GDK_CONTROL_MASK);
  dialog = PT_HISTORY_DIALOG (pt_test_wait_for_window (PT_TYPE_HISTORY_DIALOG));
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (dialog), "history-patient");

  /* The demo's records, and the change on top. */
  g_assert_cmpuint (pt_history_dialog_get_n_entries (dialog), >, 5);
  first = pt_history_dialog_get_row (dialog, 0);
  g_assert_true (gtk_widget_get_mapped (first));
  assert_pain_change_row (fixture, first);
  g_assert_true (pt_test_has_label (GTK_WIDGET (dialog), "Added the patient"));

  /* The entries take the focus from the keyboard. */
  pt_test_input_key (GDK_KEY_Tab, 0);
  pt_test_input_key (GDK_KEY_Tab, 0);
  g_assert_true (GTK_IS_LIST_BOX_ROW (pt_test_input_get_focus (GTK_WINDOW (dialog))) ||
                 pt_test_input_focus_in (GTK_WINDOW (dialog), first));

  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (no_history, NULL));
}

static void
test_record_history (Fixture       *fixture,
                     gconstpointer  data)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->base.window);
  PtRecordTable *table;
  PtHistoryDialog *dialog;
  GtkWidget *button;

  pt_patient_page_show_table (page, PT_TYPE_PAIN_SCORE);
  table = pt_patient_page_get_table (page, PT_TYPE_PAIN_SCORE);
  pt_record_table_select_id (table, fixture->pain);
  pt_test_input_settle (100);

  button = pt_test_find_button (GTK_WIDGET (fixture->base.window), "win.entry-history");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  pt_test_input_click (button);
  dialog = PT_HISTORY_DIALOG (pt_test_wait_for_window (PT_TYPE_HISTORY_DIALOG));
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (dialog), "history-record");

  /* This record alone: its change, then its creation. */
  g_assert_cmpuint (pt_history_dialog_get_n_entries (dialog), ==, 2);
  assert_pain_change_row (fixture, pt_history_dialog_get_row (dialog, 0));
  g_assert_true (pt_test_has_label (pt_history_dialog_get_row (dialog, 1),
                                    "Added a pain score"));
  g_assert_false (pt_test_has_label (GTK_WIDGET (dialog), "Added the patient"));

  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (no_history, NULL));
}

typedef struct
{
  PtStore       *store;
  gint64         patient;
  PtAuditAction  action;
} WaitEvent;

static gboolean
event_written (gpointer data)
{
  WaitEvent *wait = data;
  g_autoptr(GPtrArray) entries = pt_store_list_audit (wait->store, NULL, wait->patient, NULL);

  return entries != NULL && entries->len > 0 &&
         pt_audit_entry_get_action (entries->pdata[0]) == wait->action;
}

/* The window's exports and its report are in the patient's history, with
 * the file they went to. */
static void
test_exports_audited (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->base.dir, "report.pdf", NULL);
  g_autofree char *folder = g_build_filename (fixture->base.dir, "csv", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GPtrArray) entries = NULL;
  WaitEvent wait = { fixture->base.store, fixture->claire, PT_AUDIT_REPORT };
  PtHistoryDialog *dialog;

  pt_window_export_report (fixture->base.window, pdf_file, NULL);
  g_assert_true (pt_test_input_wait_for (event_written, &wait));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  wait.action = PT_AUDIT_EXPORT;
  pt_window_export_csv (fixture->base.window, fixture->claire, folder_file);
  g_assert_true (pt_test_input_wait_for (event_written, &wait));

  entries = pt_store_list_audit (fixture->base.store, NULL, fixture->claire, NULL);
  pt_test_assert_contains (pt_audit_entry_get_detail (entries->pdata[0]), folder);
  pt_test_assert_contains (pt_audit_entry_get_detail (entries->pdata[1]), pdf);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[1]), ==, PT_AUDIT_REPORT);
  g_assert_cmpstr (pt_audit_entry_get_clinician (entries->pdata[1]), ==, CLINICIAN);

  pt_test_input_settle (200);
  pt_test_input_focus (GTK_WINDOW (fixture->base.window));
  pt_test_input_key (GDK_KEY_h, GDK_CONTROL_MASK);
  dialog = PT_HISTORY_DIALOG (pt_test_wait_for_window (PT_TYPE_HISTORY_DIALOG));
  g_assert_true (pt_test_has_label (pt_history_dialog_get_row (dialog, 0), "Exported records"));
  g_assert_true (pt_test_has_label (pt_history_dialog_get_row (dialog, 1), "Wrote a report"));
  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (no_history, NULL));
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, TODAY);

  g_test_add ("/ui/history/patient", Fixture, NULL, fixture_set_up, test_patient_history,
              fixture_tear_down);
  g_test_add ("/ui/history/record", Fixture, NULL, fixture_set_up, test_record_history,
              fixture_tear_down);
  g_test_add ("/ui/history/exports-audited", Fixture, NULL, fixture_set_up,
              test_exports_audited, fixture_tear_down);

  return pt_test_window_run ();
}
