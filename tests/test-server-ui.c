/* test-server-ui.c: the window on a clinic server that goes away and
 * comes back (issue 20)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window opens a clinic on the test server (build-aux/pg-test-server);
 * the server is stopped under it. Within seconds the banner says the
 * server cannot be reached, the patient on screen stays, and the keys that
 * would change records (Ctrl+N, with the real keyboard) do nothing. The
 * server started again, the banner goes by itself and saving works. Skipped
 * without a test server.
 */

#include "config.h"

#include <string.h>

#include <unistd.h>

#include "pt-db-private.h"
#include "pt-record-editor.h"
#include "pt-server-dialog.h"
#include "pt-test-clinic.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-store-private.h"
#include "pt-window-private.h"

static gboolean
banner_says_away (PtWindow *window)
{
  return gtk_revealer_get_reveal_child (window->health_revealer) &&
         g_str_has_prefix (gtk_label_get_text (window->health_label),
                           "The clinic server cannot be reached.");
}

/* Runs the main loop until @window's banner says the server is away
 * (@away) or not, for at most 40 s: reconnecting waits 1, 2, 4 … s. */
static gboolean
wait_for_banner (PtWindow *window,
                 gboolean  away)
{
  gint64 end = g_get_monotonic_time () + 40 * G_USEC_PER_SEC;

  while (banner_says_away (window) != away && g_get_monotonic_time () < end)
    pt_test_input_settle (50);
  return banner_says_away (window) == away;
}

static gboolean
editor_shown (gpointer data)
{
  return pt_test_find_toplevel (PT_TYPE_RECORD_EDITOR) != NULL;
}

/* Ctrl+N, with the real keyboard: whether the new patient's form opens
 * (and closes it again). */
static gboolean
can_new_patient (PtWindow *window)
{
  GtkWindow *editor;

  pt_test_input_focus (GTK_WINDOW (window));
  pt_test_input_key (GDK_KEY_n, GDK_CONTROL_MASK);
  if (!pt_test_input_wait_for (editor_shown, NULL))
    return FALSE;

  editor = pt_test_find_toplevel (PT_TYPE_RECORD_EDITOR);
  gtk_window_destroy (editor);
  pt_test_input_settle (50);
  return TRUE;
}

static void
test_server_away (void)
{
  g_autofree char *schema = NULL;
  g_autofree char *location = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PtWindow *window;
  gint64 id;

  if (g_getenv ("PROLOTRACK_TEST_PG") == NULL || g_getenv ("PROLOTRACK_TEST_PG_CTL") == NULL)
    {
      g_test_skip ("No test server (build-aux/pg-test-server)");
      return;
    }

  location = pt_test_clinic_new_schema (TRUE, &schema, NULL);
  store = pt_store_open (location, &error);
  g_assert_no_error (error);
  id = pt_test_add_patient (store, "Ada Server", "S-1", PT_TEST_BIRTH);
  g_clear_object (&store);

  window = pt_test_window_open (location);
  pt_window_show_patient (window, id);
  g_assert_true (pt_test_window_wait_for_patient (window, "S-1"));
  g_assert_false (banner_says_away (window));
  g_assert_true (can_new_patient (window));

  pt_test_clinic_server_ctl ("stop");
  g_assert_true (wait_for_banner (window, TRUE));
  pt_test_input_settle (600);  /* the banner's slide, for the picture */
  pt_test_input_save_shot (GTK_WIDGET (window), "server-away");

  /* What was on screen stays; nothing can be written. */
  g_assert_true (pt_test_has_label (GTK_WIDGET (window), "Ada Server"));
  g_assert_cmpstr (pt_test_window_shown_record (window), ==, "S-1");
  pt_test_input_focus (GTK_WINDOW (window));
  pt_test_input_key (GDK_KEY_n, GDK_CONTROL_MASK);
  pt_test_input_settle (500);
  g_assert_null (pt_test_find_toplevel (PT_TYPE_RECORD_EDITOR));

  /* Back, by itself. */
  pt_test_clinic_server_ctl ("start");
  g_assert_true (wait_for_banner (window, FALSE));
  g_assert_true (can_new_patient (window));
  g_assert_cmpstr (pt_test_window_shown_record (window), ==, "S-1");

  store = pt_store_open (location, &error);
  g_assert_no_error (error);
  pt_test_add_patient (store, "Bo Back", "S-2", PT_TEST_BIRTH);
  g_clear_object (&store);

  pt_test_window_close (window, FALSE);
  pt_test_clinic_drop (schema);
}

static gboolean
dialog_shown (gpointer data)
{
  GtkWindow *dialog = pt_test_find_toplevel (PT_TYPE_SERVER_DIALOG);

  return dialog != NULL && gtk_window_is_active (dialog);
}

static gboolean
switch_off (gpointer data)
{
  return !gtk_switch_get_active (data);
}

static gboolean
dialog_gone (gpointer data)
{
  return pt_test_find_toplevel (PT_TYPE_SERVER_DIALOG) == NULL;
}

static gboolean
dialog_says (gpointer data)
{
  GtkWindow *dialog = pt_test_find_toplevel (PT_TYPE_SERVER_DIALOG);

  return dialog != NULL && pt_test_has_label_containing (GTK_WIDGET (dialog), data);
}

/* Tab until the focus is in @widget, at most 12 times (round the form
 * and its header bar); after each, waits for GTK to have moved the focus,
 * so no Tab is pressed ahead of what the screen shows. */
static void
tab_to (GtkWindow *dialog,
        GtkWidget *widget)
{
  for (guint i = 0; i < 12 && !pt_test_input_focus_in (dialog, widget); i++)
    {
      GtkWidget *before = pt_test_input_get_focus (dialog);
      gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

      pt_test_input_key (GDK_KEY_Tab, 0);
      while (pt_test_input_get_focus (dialog) == before && g_get_monotonic_time () < end)
        pt_test_input_settle (5);
      g_assert_true (pt_test_find_toplevel (PT_TYPE_SERVER_DIALOG) == dialog);
    }
  g_assert_true (pt_test_input_focus_in (dialog, widget));
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* FALSE, with the test skipped, without build-aux/pg-test-server's. */
static gboolean
have_test_server (void)
{
  if (g_getenv ("PGHOST") != NULL && g_getenv ("PGPORT") != NULL)
    return TRUE;
  g_test_skip ("No test server (build-aux/pg-test-server)");
  return FALSE;
}

/* Connect to Clinic Server's rows (the TLS one's switch), found by
 * their titles as a person reads them. */
typedef struct
{
  GtkWindow *dialog;
  GtkWidget *host;
  GtkWidget *port;
  GtkWidget *database;
  GtkWidget *user;
  GtkWidget *password;
  GtkWidget *tls;
} ServerForm;

/* Opens Connect to Clinic Server from the window; the focus is in its
 * Server field, as it opens. */
static void
open_server_form (PtWindow   *window,
                  ServerForm *form)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL);
  g_assert_true (pt_test_input_wait_for (dialog_shown, NULL));
  form->dialog = pt_test_find_toplevel (PT_TYPE_SERVER_DIALOG);
  form->host = find_row (GTK_WIDGET (form->dialog), "_Server");
  form->port = find_row (GTK_WIDGET (form->dialog), "_Port (empty: 5432)");
  form->database = find_row (GTK_WIDGET (form->dialog), "_Database");
  form->user = find_row (GTK_WIDGET (form->dialog), "_User Name");
  form->password = find_row (GTK_WIDGET (form->dialog),
                             "Pass_word (empty: from the keyring or ~/.pgpass)");
  form->tls = pt_test_find_widget (find_row (GTK_WIDGET (form->dialog),
                                             "Check the Server’s _Certificate"),
                                   GTK_TYPE_SWITCH);
  g_assert_nonnull (form->host);
  g_assert_nonnull (form->port);
  g_assert_nonnull (form->database);
  g_assert_nonnull (form->user);
  g_assert_nonnull (form->password);
  g_assert_nonnull (form->tls);
  g_assert_true (pt_test_input_focus_in (form->dialog, form->host));
}

/* Connect to Clinic Server, with the keyboard: an empty server name is
 * named and nothing opens; the test server's socket folder, port,
 * database and user typed in, TLS off (Space on its switch), Return in a
 * field connects, and the dialog says what the server answered (a
 * database that no one prepared) and stays, with what was typed, while
 * the window keeps its clinic. */
static void
test_connect_dialog (PtTestWindowFixture *fixture,
                     gconstpointer        data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  ServerForm form;

  if (!have_test_server ())
    return;

  pt_test_window_fixture_open (fixture);
  g_object_get (fixture->window, "database-path", &before, NULL);
  open_server_form (fixture->window, &form);

  /* Return with no server: said, and the focus stays there. */
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (100);
  pt_test_input_save_shot (GTK_WIDGET (form.dialog), "connect-server-empty");
  g_assert_true (dialog_shown (NULL));
  g_assert_true (pt_test_has_label (GTK_WIDGET (form.dialog),
                                    "Server: enter the clinic server’s name or address, such "
                                    "as db.clinic.example"));
  g_assert_true (pt_test_input_focus_in (form.dialog, form.host));

  pt_test_input_type (g_getenv ("PGHOST"));
  g_assert_true (pt_test_find_toplevel (PT_TYPE_SERVER_DIALOG) == form.dialog);
  /* Typing answers the message. */
  g_assert_false (pt_test_has_label (GTK_WIDGET (form.dialog),
                                     "Server: enter the clinic server’s name or address, such "
                                     "as db.clinic.example"));
  tab_to (form.dialog, form.port);
  pt_test_input_type (g_getenv ("PGPORT"));
  tab_to (form.dialog, form.database);
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type ("prolotrack_test");
  tab_to (form.dialog, form.tls);
  pt_test_input_key (GDK_KEY_space, 0);
  g_assert_true (pt_test_input_wait_for (switch_off, form.tls));
  pt_test_input_save_shot (GTK_WIDGET (form.dialog), "connect-server");
  /* Return in a field connects (on the switch it would flip it). */
  tab_to (form.dialog, form.database);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (dialog_says, (gpointer) "has no ProloTrack records yet"));

  /* The dialog stays, with what was typed; the window keeps its clinic. */
  g_assert_true (pt_test_find_toplevel (PT_TYPE_SERVER_DIALOG) == form.dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.database)), ==, "prolotrack_test");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.host)), ==, g_getenv ("PGHOST"));
  g_object_get (fixture->window, "database-path", &after, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (pt_window_get_store (fixture->window));

  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (dialog_gone, NULL));
}

/* A whole address pasted into the Server field, as an administrator
 * hands it out: Return splits it into the fields it names (a port where
 * there was none, another database, TLS off as its sslmode says) and
 * connects with what the form then shows. */
static void
test_connect_whole_address (PtTestWindowFixture *fixture,
                            gconstpointer        data)
{
  g_autofree char *socket_dir = NULL;
  g_autofree char *address = NULL;
  ServerForm form;

  if (!have_test_server ())
    return;

  pt_test_window_fixture_open (fixture);
  open_server_form (fixture->window, &form);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.port)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.database)), !=, "prolotrack_test");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (form.tls)));

  socket_dir = g_uri_escape_string (g_getenv ("PGHOST"), NULL, FALSE);
  address = g_strdup_printf ("postgresql://prolotrack_app@%s:%s/prolotrack_test?sslmode=disable",
                             socket_dir, g_getenv ("PGPORT"));
  pt_test_input_type (address);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (dialog_says, (gpointer) "has no ProloTrack records yet"));
  pt_test_input_settle (400);   /* the rows' titles move up as text comes in */
  pt_test_input_save_shot (GTK_WIDGET (form.dialog), "connect-server-whole-address");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.host)), ==, g_getenv ("PGHOST"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.port)), ==, g_getenv ("PGPORT"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.database)), ==, "prolotrack_test");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.user)), ==, "prolotrack_app");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (form.tls)));

  /* A service name has no fields here: said, under the Server field. */
  tab_to (form.dialog, form.host);
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type ("service=clinic");
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (dialog_says, (gpointer) "a service of pg_service.conf"));
  g_assert_true (pt_test_input_focus_in (form.dialog, form.host));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form.host)), ==, "service=clinic");

  pt_test_input_key (GDK_KEY_Escape, 0);
  g_assert_true (pt_test_input_wait_for (dialog_gone, NULL));
}

static gboolean
window_has_store (gpointer data)
{
  return pt_window_get_store (data) != NULL;
}

/* The owner's address of @database on the test server. */
static char *
database_address (const char *role,
                  const char *database)
{
  return g_strdup_printf ("host=%s port=%s dbname=%s user=%s", g_getenv ("PGHOST"),
                          g_getenv ("PGPORT"), database, role);
}

/* The password typed in Connect to Clinic Server, under a keyring of the
 * test's own (tests/with-keyring.sh) and with the pgpass file hidden: a
 * wrong one is refused, said above the form, and the focus goes back to
 * it; the right one opens the clinic and is remembered, so the window
 * next opened on that server connects with nothing typed. */
static void
test_connect_password (PtTestWindowFixture *fixture,
                       gconstpointer        data)
{
  g_autofree char *database = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *admin = NULL;
  g_autofree char *password = NULL;
  g_autofree char *pgpass = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *socket = NULL;
  g_autoptr(GError) error = NULL;
  ServerForm form;
  PtWindow *window;
  PtDb *db;

  if (g_getenv ("PGHOST") == NULL || g_getenv ("PGPORT") == NULL ||
      g_getenv ("PROLOTRACK_TEST_KEYRING") == NULL)
    {
      g_test_skip ("No test server and keyring (build-aux/pg-test-server, with-keyring.sh)");
      return;
    }

  /* A clinic's database of its own, prepared as a clinic's is. */
  database = g_strdup_printf ("prolotrack_ui_%d", (int) getpid ());
  admin = database_address ("prolotrack_owner", "prolotrack_test");
  db = pt_db_open_postgresql (admin, &error);
  g_assert_no_error (error);
  {
    g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", database);

    pt_test_db_exec (db, sql);
  }
  owner = database_address ("prolotrack_owner", database);
  g_assert_true (pt_store_migrate_server (owner, "prolotrack_app", NULL, &error));
  g_assert_no_error (error);

  password = pt_test_pg_password ("prolotrack_app");
  pgpass = g_strdup (g_getenv ("PGPASSFILE"));
  empty = g_build_filename (fixture->dir, "no-pgpass", NULL);
  g_assert_true (g_file_set_contents_full (empty, "", 0, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  g_setenv ("PGPASSFILE", empty, TRUE);

  pt_test_window_fixture_open (fixture);
  open_server_form (fixture->window, &form);

  pt_test_input_type (g_getenv ("PGHOST"));
  tab_to (form.dialog, form.port);
  pt_test_input_type (g_getenv ("PGPORT"));
  tab_to (form.dialog, form.database);
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type (database);
  tab_to (form.dialog, form.tls);
  pt_test_input_key (GDK_KEY_space, 0);
  g_assert_true (pt_test_input_wait_for (switch_off, form.tls));

  /* No password, none in ~/.pgpass or the keyring: asked for. */
  tab_to (form.dialog, form.database);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (dialog_says, (gpointer) "asks for a password"));
  g_assert_true (pt_test_input_focus_in (form.dialog, form.password));

  /* A wrong one: refused, the focus back on it. */
  pt_test_input_type ("not-the-password");
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (dialog_says, (gpointer) "password authentication failed"));
  g_assert_true (pt_test_input_focus_in (form.dialog, form.password));
  pt_test_input_save_shot (GTK_WIDGET (form.dialog), "connect-server-password-refused");

  /* The right one, Remember on as it comes: the clinic opens. */
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type (password);
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (dialog_gone, NULL));
  g_assert_true (pt_test_input_wait_for (window_has_store, fixture->window));
  socket = g_uri_escape_string (g_getenv ("PGHOST"), NULL, FALSE);
  expected = g_strdup_printf ("postgresql://prolotrack_app@%s:%s/%s", socket,
                              g_getenv ("PGPORT"), database);
  g_object_get (fixture->window, "database-path", &path, NULL);
  g_assert_cmpstr (path, ==, expected);
  g_assert_true (pt_store_is_server (pt_window_get_store (fixture->window)));

  /* Kept under the server's names, and what the next window connects
   * with: nothing typed, the pgpass file still hidden. */
  {
    PtDbServerKey key = { g_getenv ("PGHOST"), g_getenv ("PGPORT"), database, "prolotrack_app" };
    g_autofree char *kept = pt_db_secret_lookup (&key, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (kept, ==, password);
  }
  window = pt_test_window_open (expected);
  g_assert_true (pt_store_is_server (pt_window_get_store (window)));
  pt_test_window_close (window, FALSE);

  g_setenv ("PGPASSFILE", pgpass, TRUE);
  pt_test_window_close (g_steal_pointer (&fixture->window), FALSE);
  pt_db_free (db);

  /* As the server's superuser: a closed window's session can take a
   * moment to end on the server, and only it may end another role's. */
  db = pt_db_open_postgresql (g_getenv ("PROLOTRACK_TEST_PG_ADMIN"), &error);
  g_assert_no_error (error);
  {
    g_autofree char *sql = g_strdup_printf ("DROP DATABASE %s (FORCE)", database);

    pt_test_db_exec (db, sql);
  }
  pt_db_free (db);
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/server/away-and-back", test_server_away);
  g_test_add ("/ui/server/connect-dialog", PtTestWindowFixture, NULL,
              pt_test_window_fixture_set_up, test_connect_dialog,
              pt_test_window_fixture_tear_down);
  g_test_add ("/ui/server/connect-whole-address", PtTestWindowFixture, NULL,
              pt_test_window_fixture_set_up, test_connect_whole_address,
              pt_test_window_fixture_tear_down);
  g_test_add ("/ui/server/connect-password", PtTestWindowFixture, NULL,
              pt_test_window_fixture_set_up, test_connect_password,
              pt_test_window_fixture_tear_down);

  return pt_test_window_run ();
}
