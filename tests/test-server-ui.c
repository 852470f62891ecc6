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

#include "pt-record-editor.h"
#include "pt-test-clinic.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window-private.h"

static void
server_ctl (const char *action)
{
  const char *argv[] = { g_getenv ("PROLOTRACK_TEST_PG_CTL"), action, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

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

  server_ctl ("stop");
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
  server_ctl ("start");
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

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/server/away-and-back", test_server_away);

  return pt_test_window_run ();
}
