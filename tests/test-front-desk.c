/* test-front-desk.c: finding the right patient with the keyboard
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real PtWindow on the demo clinic under Xvfb, with the app's
 * accelerators, driven by key presses sent through the X server
 * (pt-test-input.h): the search's Enter acts on the list as it will be
 * for the text typed, and search ignores accents, case and spaces.
 */

#include "config.h"

#include "pt-demo.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-window.h"

static char *demo_template;
static GtkApplication *app;

typedef struct
{
  char     *dir;
  char     *path;
  PtWindow *window;
  PtStore  *store;     /* the window's */
} Fixture;

static void
open_window (Fixture *fixture)
{
  fixture->window = g_object_ref (pt_window_new (NULL, fixture->path));
  gtk_window_set_application (GTK_WINDOW (fixture->window), app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  pt_test_input_focus (GTK_WINDOW (fixture->window));
  fixture->store = pt_window_get_store (fixture->window);
  g_assert_nonnull (fixture->store);
}

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
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      g_object_ref (fixture->store);
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_assert_finalize_object (fixture->window);
      g_assert_finalize_object (fixture->store);
    }
  pt_test_remove_tmp_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static const char *
shown_record_number (Fixture *fixture)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);
  PtPatient *patient = page != NULL ? pt_patient_page_get_patient (page) : NULL;

  return patient != NULL ? pt_patient_get_record_number (patient) : NULL;
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (pt_patient_list_get_model (
                                     pt_window_get_patient_list (fixture->window)));
}

/* Ctrl+F, the text and Enter at typing speed: the patient opened is the
 * one the typed text finds, not the first of the list before the search's
 * delay ran out. */
static void
test_search_enter (Fixture       *fixture,
                   gconstpointer  data)
{
  open_window (fixture);
  pt_test_input_settle (200);

  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (fixture->window),
                                         GTK_WIDGET (pt_patient_list_get_search_entry (
                                           pt_window_get_patient_list (fixture->window)))));
  pt_test_input_type ("Raj");
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (400);
  g_assert_cmpstr (shown_record_number (fixture), ==, "PT-0008");

  /* Again, with text that the list already narrowed to. */
  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type ("Wojcik");
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (400);
  g_assert_cmpstr (shown_record_number (fixture), ==, "PT-0009");
}

/* A record number typed the moment the window is up. */
static void
test_search_enter_at_startup (Fixture       *fixture,
                              gconstpointer  data)
{
  open_window (fixture);

  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type ("pt-0011");
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (400);
  g_assert_cmpstr (shown_record_number (fixture), ==, "PT-0011");
}

/* Enter with text that finds no one opens no one. */
static void
test_search_enter_no_match (Fixture       *fixture,
                            gconstpointer  data)
{
  open_window (fixture);

  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type ("nobody");
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (400);
  g_assert_null (shown_record_number (fixture));
}

static const char *
record_number_at (Fixture *fixture,
                  guint    position)
{
  g_autoptr(PtPatientOverview) overview =
    g_list_model_get_item (pt_patient_list_get_model (pt_window_get_patient_list (fixture->window)),
                           position);

  g_assert_nonnull (overview);
  return pt_patient_overview_get_record_number (overview);
}

static void
search_for (Fixture    *fixture,
            const char *text)
{
  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type (text);
  pt_test_input_settle (400);
}

/* Accents, case and the spaces inside a name do not matter: "zoe" finds
 * the demo's Zoë Ångström, "nibhriain" Siobhán Ní Bhriain; typed accents
 * find the plain spelling too. */
static void
test_search_folds (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PtStore) store = pt_store_open (fixture->path, NULL);

  /* Spelt without the accent, beside the one with it. */
  g_assert_nonnull (store);
  pt_test_add_patient (store, "Lucia Fernandez", "PT-0101", "1990-02-03");
  g_clear_object (&store);

  open_window (fixture);

  search_for (fixture, "zoe");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0002");

  search_for (fixture, "ANGSTROM");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0002");

  search_for (fixture, "nibhriain");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0007");

  search_for (fixture, "siobhan ni");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0007");

  search_for (fixture, "wojcik");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0009");

  /* Typed with the accent: both spellings. */
  search_for (fixture, "lucía");
  g_assert_cmpuint (n_shown (fixture), ==, 2);
}

static void
add_test (const char *path,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
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
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* An application of the test's own, only for the app's accelerators. */
  app = gtk_application_new ("io.github.prolotrack.ProloTrack.FrontDeskTest",
                             G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  pt_application_set_accels (app);

  template_dir = pt_test_make_tmp_dir ();
  demo_template = make_demo_template (template_dir);

  add_test ("/ui/front-desk/search/enter", test_search_enter);
  add_test ("/ui/front-desk/search/enter-at-startup", test_search_enter_at_startup);
  add_test ("/ui/front-desk/search/enter-no-match", test_search_enter_no_match);
  add_test ("/ui/front-desk/search/folds", test_search_folds);

  status = g_test_run ();

  g_clear_object (&app);
  pt_test_remove_tmp_dir (template_dir);
  pt_test_remove_tmp_dir (data_home);
  g_free (demo_template);

  return status;
}
