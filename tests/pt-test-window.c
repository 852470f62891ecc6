/* pt-test-window.c: the main window on the demo clinic, for the UI tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "pt-demo.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"

/* What pt_test_window_init() made, for the test program's life. */
static struct
{
  GtkApplication *app;
  char           *data_home;
  char           *template_dir;
  char           *demo;
} setup;

void
pt_test_window_init (int         *argc,
                     char      ***argv,
                     const char  *today)
{
  g_autofree char *id = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;

  g_assert_null (setup.app);

  /* GLib reads the variable once, when GTK starts. */
  setup.data_home = pt_test_make_tmp_dir ();
  g_setenv ("XDG_DATA_HOME", setup.data_home, TRUE);
  if (today != NULL)
    g_setenv ("PROLOTRACK_TODAY", today, TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* Only for the app's accelerators; an id per test program. */
  id = g_strdup_printf ("io.github.prolotrack.ProloTrack.Test%d", (int) getpid ());
  setup.app = gtk_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (setup.app), NULL, &error));
  g_assert_no_error (error);
  pt_application_add_actions (setup.app);
  pt_application_set_accels (setup.app);

  /* No automatic backup (pt-window-backup.c) writing into a test's folder
   * while it is removed; tests of backups turn them on. */
  settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  g_settings_set_int (settings, "backup-keep", 0);

  setup.template_dir = pt_test_make_tmp_dir ();
  setup.demo = g_build_filename (setup.template_dir, "demo.db", NULL);
  store = pt_store_open (setup.demo, &error);
  g_assert_no_error (error);
  g_assert_true (pt_demo_fill (store, FALSE, &error));
  g_assert_no_error (error);
}

int
pt_test_window_run (void)
{
  int status = g_test_run ();

  g_clear_object (&setup.app);
  pt_test_remove_tmp_dir (setup.template_dir);
  pt_test_remove_tmp_dir (setup.data_home);
  g_clear_pointer (&setup.template_dir, g_free);
  g_clear_pointer (&setup.data_home, g_free);
  g_clear_pointer (&setup.demo, g_free);

  return status;
}

char *
pt_test_window_copy_demo (const char *dir)
{
  g_autoptr(GFile) source = g_file_new_for_path (setup.demo);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "clinic.db", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);

  g_assert_nonnull (setup.demo);
  g_assert_true (g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

PtWindow *
pt_test_window_open (const char *path)
{
  PtWindow *window = g_object_ref (pt_window_new (NULL, path));

  gtk_window_set_application (GTK_WINDOW (window), setup.app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  pt_test_input_focus (GTK_WINDOW (window));

  /* A clinic server is connected to in a worker: waited for here. */
  if (pt_store_location_is_server (path))
    {
      gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

      while (pt_window_get_store (window) == NULL && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
    }
  g_assert_nonnull (pt_window_get_store (window));
  return window;
}

void
pt_test_window_close (PtWindow *window,
                      gboolean  wait_for_toasts)
{
  /* None when the window could not open its database. */
  PtStore *store = pt_window_get_store (window);

  if (store != NULL)
    g_object_ref (store);
  if (wait_for_toasts)
    pt_test_input_settle (2000);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  if (store != NULL)
    g_assert_finalize_object (store);
}

void
pt_test_window_fixture_set_up (PtTestWindowFixture *fixture,
                               gconstpointer        data)
{
  fixture->dir = pt_test_make_tmp_dir ();
  fixture->path = pt_test_window_copy_demo (fixture->dir);
}

void
pt_test_window_fixture_open (PtTestWindowFixture *fixture)
{
  g_assert_null (fixture->window);
  fixture->window = pt_test_window_open (fixture->path);
  fixture->store = pt_window_get_store (fixture->window);
}

void
pt_test_window_fixture_tear_down (PtTestWindowFixture *fixture,
                                  gconstpointer        data)
{
  if (fixture->window != NULL)
    pt_test_window_close (fixture->window, data != NULL);
  pt_test_remove_tmp_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

const char *
pt_test_window_shown_record (PtWindow *window)
{
  PtPatientPage *page = pt_window_get_patient_page (window);
  PtPatient *patient = page != NULL ? pt_patient_page_get_patient (page) : NULL;

  return patient != NULL ? pt_patient_get_record_number (patient) : NULL;
}

typedef struct
{
  PtWindow   *window;
  const char *record_number;
} Shown;

static gboolean
shows_patient (gpointer data)
{
  Shown *shown = data;

  return g_strcmp0 (pt_test_window_shown_record (shown->window), shown->record_number) == 0;
}

gboolean
pt_test_window_wait_for_patient (PtWindow   *window,
                                 const char *record_number)
{
  Shown shown = { window, record_number };

  return pt_test_input_wait_for (shows_patient, &shown);
}

GtkWidget *
pt_test_find_widget (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pt_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
pt_test_find_button (GtkWidget  *root,
                     const char *action_name)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = pt_test_find_button (child, action_name);

      if (button != NULL)
        return button;
    }
  return NULL;
}

static gboolean
has_label (GtkWidget  *root,
           const char *text,
           gboolean    part)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root))
    {
      const char *shown = gtk_label_get_text (GTK_LABEL (root));

      if (part ? strstr (shown, text) != NULL : g_str_equal (shown, text))
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text, part))
      return TRUE;
  return FALSE;
}

gboolean
pt_test_has_label (GtkWidget  *root,
                   const char *text)
{
  return has_label (root, text, FALSE);
}

gboolean
pt_test_has_label_containing (GtkWidget  *root,
                              const char *text)
{
  return has_label (root, text, TRUE);
}

GtkWindow *
pt_test_find_toplevel (GType type)
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

  wait->found = pt_test_find_toplevel (wait->type);
  return wait->found != NULL;
}

GtkWindow *
pt_test_wait_for_window (GType type)
{
  Toplevel wait = { type, NULL };

  g_assert_true (pt_test_input_wait_for (toplevel_shown, &wait));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (wait.found));
  pt_test_input_focus (wait.found);
  return wait.found;
}
