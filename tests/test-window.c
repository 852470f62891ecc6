/* test-window.c: the main window and the application, under a display
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pt-application.h"
#include "pt-demo.h"
#include "pt-window.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("prolotrack-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "clinic.db", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* The first AdwStatusPage on screen under @widget, depth first. */
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

/* Presents @window and waits until it is on screen; returns its status page. */
static AdwStatusPage *
show_window (PtWindow *window)
{
  AdwStatusPage *page;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "ProloTrack");

  page = find_status_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  return page;
}

/* Destroys @window and checks that nothing else keeps it, or its store,
 * alive. */
static void
destroy_window (PtWindow *window)
{
  PtStore *store = pt_window_get_store (window);

  if (store != NULL)
    g_object_ref (store);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  if (store != NULL)
    g_assert_finalize_object (store);
}

static void
set_user_version (const char *path,
                  int         version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d;", version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static int
get_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return version;
}

static void
test_window_empty_database (Fixture       *fixture,
                            gconstpointer  data)
{
  PtWindow *window = g_object_ref (pt_window_new (NULL, fixture->path));
  AdwStatusPage *page = show_window (window);

  g_assert_cmpstr (pt_window_get_database_path (window), ==, fixture->path);
  g_assert_nonnull (pt_window_get_store (window));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Patients Yet");
  g_assert_nonnull (adw_status_page_get_description (page));

  /* Opening created the database file, private to the user. */
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));

  destroy_window (window);
}

static void
test_window_patients (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PtWindow *window;
  AdwStatusPage *page;
  gint64 n_patients;

  {
    g_autoptr(PtStore) store = pt_store_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (pt_demo_fill (store, FALSE, &error));
    g_assert_no_error (error);
    n_patients = pt_store_count_patients (store, FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpint (n_patients, >, 1);
  }

  window = g_object_ref (pt_window_new (NULL, fixture->path));
  page = show_window (window);

  /* The clinic: every active patient in the list, none chosen yet. */
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Patient Selected");
  g_assert_cmpuint (g_list_model_get_n_items (pt_patient_list_get_model (pt_window_get_patient_list (window))),
                    ==, n_patients);

  destroy_window (window);
}

static void
test_window_newer_database (Fixture       *fixture,
                            gconstpointer  data)
{
  PtWindow *window;
  AdwStatusPage *page;
  const char *description;

  set_user_version (fixture->path, 999);

  window = g_object_ref (pt_window_new (NULL, fixture->path));
  page = show_window (window);

  g_assert_null (pt_window_get_store (window));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Cannot Open Database");
  /* The message from core, naming the file. */
  description = adw_status_page_get_description (page);
  g_assert_nonnull (description);
  g_assert_nonnull (strstr (description, fixture->path));

  destroy_window (window);

  /* The file from the future is left as it was. */
  g_assert_cmpint (get_user_version (fixture->path), ==, 999);
}

static void
test_window_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  PtWindow *window;
  AdwStatusPage *page;

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);

  window = g_object_ref (pt_window_new (NULL, fixture->path));
  page = show_window (window);

  g_assert_null (pt_window_get_store (window));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Cannot Open Database");

  destroy_window (window);
}

static void
test_window_remembers_size (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  PtWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 820);
  g_settings_set_int (settings, "window-height", 610);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = g_object_ref (pt_window_new (NULL, fixture->path));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);
  show_window (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 500);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_assert_finalize_object (window);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  PtWindow **out = user_data;

  g_assert_true (PT_IS_WINDOW (window));
  g_assert_null (*out);
  *out = g_object_ref (PT_WINDOW (window));

  g_application_quit (G_APPLICATION (app));
}

/* Runs `prolotrack --database @database` in the fixture's folder; returns
 * the window it opened (a reference for destroy_window). */
static PtWindow *
run_with_database (Fixture       *fixture,
                   PtApplication *app,
                   const char    *database)
{
  g_autofree char *cwd = g_get_current_dir ();
  const char *argv[] = { "prolotrack", "--database", database, NULL };
  PtWindow *window = NULL;
  int status;

  /* No session bus is needed (or wanted) in a test. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &window);

  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  status = g_application_run (G_APPLICATION (app), 3, (char **) argv);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_signal_handlers_disconnect_by_func (app, window_added_cb, &window);

  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (window);
  return window;
}

/* `prolotrack --database PATH`, with PATH relative to where it ran. */
static void
test_application_database_option (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(PtApplication) app = pt_application_new ();
  PtWindow *window = run_with_database (fixture, app, "clinic.db");

  g_assert_cmpstr (pt_application_get_database_path (app), ==, fixture->path);
  g_assert_cmpstr (pt_window_get_database_path (window), ==, fixture->path);
  g_assert_nonnull (pt_window_get_store (window));

  destroy_window (window);
}

/* `prolotrack --database postgresql://...`: the address reaches the store as
 * it is (not resolved as a file of the folder it ran in), whose message
 * the window shows once the worker's attempt failed; nothing is created
 * there. */
static void
test_application_server_address (Fixture       *fixture,
                                 gconstpointer  data)
{
  /* Port 1 of this machine: refused at once, no name to look up. */
  const char *address = "postgresql://clinic@localhost:1/prolotrack";
  g_autoptr(PtApplication) app = pt_application_new ();
  PtWindow *window = run_with_database (fixture, app, address);
  g_autoptr(GDir) dir = NULL;
  AdwStatusPage *page;

  g_assert_cmpstr (pt_window_get_database_path (window), ==, address);
  g_assert_null (pt_window_get_store (window));
  page = find_status_page (GTK_WIDGET (window));
  g_assert_nonnull (page);

  /* Connected to in a worker: the window says so, then what came of it. */
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (g_str_equal (adw_status_page_get_title (page), "Connecting to the Clinic Server…") &&
           g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_null (pt_window_get_store (window));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Cannot Connect to the Clinic Server");
  g_assert_nonnull (strstr (adw_status_page_get_description (page),
                            "Cannot connect to the clinic server clinic@localhost:1/prolotrack"));
  destroy_window (window);

  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
}

static void
add_test (const char *path,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  add_test ("/ui/window/empty-database", test_window_empty_database);
  add_test ("/ui/window/patients", test_window_patients);
  add_test ("/ui/window/newer-database", test_window_newer_database);
  add_test ("/ui/window/folder", test_window_folder);
  add_test ("/ui/window/remembers-size", test_window_remembers_size);
  add_test ("/ui/application/database-option", test_application_database_option);
  add_test ("/ui/application/server-address", test_application_server_address);

  return g_test_run ();
}
