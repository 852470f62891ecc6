/* test-health-banner.c: the window on a damaged or read-only database
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app once opened a damaged file without a word and let it be written.
 * Now quick_check runs once the window is up; the banner says what SQLite
 * found and offers Restore from Backup, the sidebar says Read-Only, and
 * the keys that would change records (Ctrl+N) do nothing. The same for a
 * database on a read-only drive.
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/mount.h>
#include <unistd.h>

#include "pt-application.h"
#include "pt-record-editor.h"
#include "pt-restore-dialog.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window-private.h"

static gboolean
banner_shown (gpointer data)
{
  PtWindow *window = data;

  return gtk_revealer_get_reveal_child (window->health_revealer) &&
         gtk_widget_get_mapped (GTK_WIDGET (window->health_label));
}

static gboolean
has_toplevel (gpointer data)
{
  return pt_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

/* Ctrl+N, with the real keyboard: no form may open. */
static void
assert_no_new_patient (PtWindow *window)
{
  pt_test_input_focus (GTK_WINDOW (window));
  pt_test_input_key (GDK_KEY_n, GDK_CONTROL_MASK);
  pt_test_input_settle (500);
  g_assert_null (pt_test_find_toplevel (PT_TYPE_RECORD_EDITOR));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-patient", NULL) &&
                  pt_test_find_toplevel (PT_TYPE_RECORD_EDITOR) != NULL);
}

static void
test_damaged (PtTestWindowFixture *fixture,
              gconstpointer        data)
{
  const char *text;
  GtkWidget *button;

  g_autoptr(GSettings) settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);

  /* Automatic backups on: one of a damaged file must not be tried. */
  g_settings_set_int (settings, "backup-keep", 7);
  pt_test_damage_file (fixture->path);
  pt_test_window_fixture_open (fixture);

  g_assert_true (pt_test_input_wait_for (banner_shown, fixture->window));
  text = gtk_label_get_text (fixture->window->health_label);
  pt_test_assert_contains (text, "This database is damaged, so changes cannot be saved");
  pt_test_assert_contains (text, "SQLite found:");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->window->health_revealer),
                                           "damaged"));
  pt_test_assert_contains (adw_window_title_get_subtitle (fixture->window->sidebar_title),
                           "Read-Only");
  pt_test_input_save_shot (GTK_WIDGET (fixture->window), "banner-damaged");

  assert_no_new_patient (fixture->window);

  /* Past the automatic backup's start (3 s after the first frame): none
   * was tried, so no backup folder and no "backup failed" toast. */
  pt_test_input_settle (3500);
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
  g_settings_set_int (settings, "backup-keep", 0);

  /* The way out, with a real click. */
  button = GTK_WIDGET (fixture->window->health_button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.restore-backup");
  pt_test_input_click (button);
  g_assert_true (pt_test_input_wait_for (has_toplevel, GSIZE_TO_POINTER (PT_TYPE_RESTORE_DIALOG)));
  gtk_window_destroy (pt_test_find_toplevel (PT_TYPE_RESTORE_DIALOG));
  pt_test_input_settle (200);
}

static void
test_read_only_drive (PtTestWindowFixture *fixture,
                      gconstpointer        data)
{
  g_autofree char *mount_point = g_strconcat (fixture->dir, "-ro", NULL);
  g_autofree char *name = g_path_get_basename (fixture->path);
  g_autofree char *ro_path = g_build_filename (mount_point, name, NULL);
  g_autofree char *moved = NULL;
  const char *text;

  g_assert_cmpint (g_mkdir (mount_point, 0700), ==, 0);
  if (mount (fixture->dir, mount_point, NULL, MS_BIND, NULL) != 0 ||
      mount (NULL, mount_point, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0)
    {
      umount (mount_point);
      g_rmdir (mount_point);
      g_test_skip ("a read-only bind mount needs CAP_SYS_ADMIN");
      return;
    }

  /* The fixture opens its path: point it at the read-only copy. */
  moved = fixture->path;
  fixture->path = g_strdup (ro_path);
  pt_test_window_fixture_open (fixture);

  g_assert_true (pt_test_input_wait_for (banner_shown, fixture->window));
  text = gtk_label_get_text (fixture->window->health_label);
  pt_test_assert_contains (text, "Read-only: it is on a read-only drive");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window->health_button)));
  pt_test_assert_contains (adw_window_title_get_subtitle (fixture->window->sidebar_title),
                           "Read-Only");
  g_assert_true (pt_test_window_wait_for_patient (fixture->window, NULL) || TRUE);
  pt_test_input_save_shot (GTK_WIDGET (fixture->window), "banner-read-only");
  assert_no_new_patient (fixture->window);

  pt_test_window_close (fixture->window, TRUE);
  fixture->window = NULL;
  fixture->store = NULL;
  g_assert_cmpint (umount (mount_point), ==, 0);
  g_assert_cmpint (g_rmdir (mount_point), ==, 0);
  g_free (fixture->path);
  fixture->path = g_steal_pointer (&moved);
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, NULL);

  g_test_add ("/health/damaged", PtTestWindowFixture, NULL, pt_test_window_fixture_set_up,
              test_damaged, pt_test_window_fixture_tear_down);
  g_test_add ("/health/read-only-drive", PtTestWindowFixture, NULL,
              pt_test_window_fixture_set_up, test_read_only_drive,
              pt_test_window_fixture_tear_down);

  return pt_test_window_run ();
}
