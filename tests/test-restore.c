/* test-restore.c: Restore from Backup, and the automatic backup, in the app
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window with key presses (pt-test-input.h): the main
 * menu with F10, Restore from Backup, the newest backup, the confirmation;
 * then the window shows the restored patients and says where the replaced
 * data went. And the automatic backup the window makes after start-up.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "pt-backup.h"
#include "pt-preferences-window.h"
#include "pt-restore-dialog.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

#define TODAY "2026-11-23"

typedef struct
{
  PtTestWindowFixture base;
  GSettings          *settings;
  char               *backup;   /* of the demo clinic's 14 patients */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, 20, 8, 15, 0);

  pt_test_window_fixture_set_up (&fixture->base, NULL);
  fixture->settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);

  /* A backup of the demo clinic, then a patient more. */
  store = pt_store_open (fixture->base.path, &error);
  g_assert_no_error (error);
  fixture->backup = pt_backup_make_path (fixture->base.path, PT_BACKUP_AUTOMATIC, when);
  g_assert_true (pt_store_backup_to (store, fixture->backup, NULL, &error));
  g_assert_no_error (error);
  pt_test_add_patient (store, "Grace Hopper", "PT-9001", "1980-12-09");
  g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, 15);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_set_int (fixture->settings, "backup-keep", 0);
  g_clear_object (&fixture->settings);
  g_free (fixture->backup);
  pt_test_window_fixture_tear_down (&fixture->base, GINT_TO_POINTER (TRUE));
}

static gboolean
has_dialog (gpointer data)
{
  return pt_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
restored (gpointer data)
{
  PtWindow *window = data;
  PtStore *store = pt_window_get_store (window);

  return store != NULL && pt_store_count_patients (store, TRUE, NULL) == 14;
}

static void
test_restore_with_keys (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(PtPatient) gone = NULL;
  g_autoptr(PtPatient) grace = NULL;
  g_autofree char *taken = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *toast = NULL;
  PtWindow *window;
  GtkWindow *dialog, *confirm;
  GListModel *model;
  guint n_before;
  gboolean kept = FALSE;

  g_settings_set_int (fixture->settings, "backup-keep", 0);
  pt_test_window_fixture_open (&fixture->base);
  window = fixture->base.window;
  model = pt_patient_list_get_model (pt_window_get_patient_list (window));
  n_before = g_list_model_get_n_items (model);
  grace = pt_store_find_patient (pt_window_get_store (window), "PT-9001", NULL);
  g_assert_nonnull (grace);

  /* The main menu, and its Restore from Backup (mnemonic R). */
  pt_test_input_key (GDK_KEY_F10, 0);
  pt_test_input_settle (300);
  pt_test_input_key (GDK_KEY_r, 0);
  g_assert_true (pt_test_input_wait_for (has_dialog, GSIZE_TO_POINTER (PT_TYPE_RESTORE_DIALOG)));
  dialog = pt_test_wait_for_window (PT_TYPE_RESTORE_DIALOG);

  /* The backup, dated in local time, with its counts. */
  backups = g_ptr_array_ref (pt_restore_dialog_get_backups (PT_RESTORE_DIALOG (dialog)));
  g_assert_cmpuint (backups->len, ==, 1);
  taken = pt_backup_format_taken (g_ptr_array_index (backups, 0));
  g_assert_cmpstr (taken, ==, "20 November 2026, 08:15");
  g_assert_true (pt_test_has_label (GTK_WIDGET (dialog), taken));
  counts = pt_restore_dialog_format_counts (g_ptr_array_index (backups, 0));
  pt_test_assert_contains (counts, "14 patients, ");
  subtitle = g_strdup_printf ("%s · Automatic", counts);
  g_assert_true (pt_test_has_label (GTK_WIDGET (dialog), subtitle));
  pt_test_input_save_shot (GTK_WIDGET (dialog), "restore-dialog");

  /* The newest has the focus: Return picks it, Return again confirms. */
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (has_dialog, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  confirm = pt_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  pt_test_input_save_shot (GTK_WIDGET (confirm), "restore-confirm");
  pt_test_input_key (GDK_KEY_Return, 0);

  g_assert_true (pt_test_input_wait_for (restored, window));
  g_assert_null (pt_test_find_toplevel (PT_TYPE_RESTORE_DIALOG));

  /* The list shows the restored clinic: Grace Hopper is gone. */
  model = pt_patient_list_get_model (pt_window_get_patient_list (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before - 1);
  gone = pt_store_find_patient (pt_window_get_store (window), "PT-9001", &error);
  g_assert_null (gone);
  g_assert_error (error, PT_ERROR, PT_ERROR_NOT_FOUND);

  toast = g_strdup_printf ("Restored the backup of %s; the replaced data was kept as a backup",
                           taken);
  pt_test_input_settle (500);
  g_assert_true (pt_test_has_label (GTK_WIDGET (window), toast));
  pt_test_input_save_shot (GTK_WIDGET (window), "restore-done");

  /* The replaced data, with Grace Hopper, is a backup to go back to. */
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = pt_backup_list (fixture->base.path, NULL);
  g_assert_cmpuint (backups->len, ==, 2);
  for (guint i = 0; i < backups->len; i++)
    {
      PtBackup *b = g_ptr_array_index (backups, i);

      if (pt_backup_get_kind (b) == PT_BACKUP_BEFORE_RESTORE)
        {
          g_assert_cmpint (pt_backup_get_n_patients (b), ==, 15);
          kept = TRUE;
        }
    }
  g_assert_true (kept);
}

static gboolean
has_two_backups (gpointer data)
{
  g_autoptr(GPtrArray) backups = pt_backup_list (data, NULL);

  return backups != NULL && backups->len == 2;
}

static void
test_automatic_backup (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *dir = pt_backup_get_dir (fixture->base.path);
  PtBackup *newest;
  GStatBuf st;

  /* The set-up's backup is days old: one is due. */
  g_settings_set_int (fixture->settings, "backup-keep", 2);
  pt_test_window_fixture_open (&fixture->base);
  g_assert_true (pt_test_input_wait_for (has_two_backups, fixture->base.path));

  backups = pt_backup_list (fixture->base.path, NULL);
  newest = g_ptr_array_index (backups, 0);
  g_assert_cmpint (pt_backup_get_kind (newest), ==, PT_BACKUP_AUTOMATIC);
  g_assert_cmpint (pt_backup_get_n_patients (newest), ==, 15);
  g_assert_cmpstr (pt_backup_get_path (g_ptr_array_index (backups, 1)), ==, fixture->backup);
  g_assert_cmpint (g_stat (pt_backup_get_path (newest), &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0700);

  /* Not due again today. */
  g_assert_false (pt_backup_is_due (fixture->base.path, pt_backup_get_taken (newest)));
}

/* The spin button of Keep Backups: the one that goes up to 365. */
static GtkSpinButton *
find_keep_spin (GtkWidget *root)
{
  if (GTK_IS_SPIN_BUTTON (root) &&
      gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (root))) == 365)
    return GTK_SPIN_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkSpinButton *found = find_keep_spin (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
keep_is_four (gpointer data)
{
  return g_settings_get_int (data, "backup-keep") == 4;
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  PtPreferencesWindow *preferences;
  GtkSpinButton *spin;

  g_settings_set_int (fixture->settings, "backup-keep", 0);
  pt_test_window_fixture_open (&fixture->base);
  g_settings_set_int (fixture->settings, "backup-keep", 9);

  preferences = pt_preferences_window_new (GTK_WINDOW (fixture->base.window), fixture->settings);
  gtk_window_present (GTK_WINDOW (preferences));
  pt_test_input_focus (GTK_WINDOW (preferences));
  g_assert_true (pt_test_has_label (GTK_WIDGET (preferences), "Keep Backups"));
  spin = find_keep_spin (GTK_WIDGET (preferences));
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 9);
  pt_test_input_save_shot (GTK_WIDGET (preferences), "preferences-backups");

  /* Typed into the row, it is the setting. */
  gtk_widget_grab_focus (GTK_WIDGET (spin));
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type ("4");
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (keep_is_four, fixture->settings));

  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int    argc,
      char **argv)
{
  pt_test_window_init (&argc, &argv, TODAY);

  g_test_add ("/ui/restore/with-keys", Fixture, NULL, fixture_set_up, test_restore_with_keys,
              fixture_tear_down);
  g_test_add ("/ui/restore/automatic-backup", Fixture, NULL, fixture_set_up,
              test_automatic_backup, fixture_tear_down);
  g_test_add ("/ui/restore/preferences", Fixture, NULL, fixture_set_up, test_preferences,
              fixture_tear_down);

  return pt_test_window_run ();
}
