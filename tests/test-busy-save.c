/* test-busy-save.c: a form while another program holds the database
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real PtWindow on the demo clinic under Xvfb, a run typed into its
 * form with key presses sent through the X server (pt-test-input.h),
 * while another process (the sqlite3 shell, as a second workstation or a
 * script would) holds SQLite's write lock. Typing stays responsive: each
 * keystroke's validation, timed around the handlers of the field's
 * "changed" signal, takes under 50 ms, where waiting for the lock would
 * take the 5 s busy timeout. Saving waits out that timeout, says the
 * database is busy and to try again, and keeps the form open with every
 * typed value; once the lock is gone, saving again saves the run once.
 */

#include "config.h"

#include <sqlite3.h>

#include "pt-record-editor.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

#define MAX_VALIDATION_US (50 * 1000)
/* From the key press to the form's new state: generous, as the machine is
 * shared; a wait for the lock is seconds. */
#define MAX_KEY_US (G_USEC_PER_SEC / 2)
#define BUSY_MESSAGE "The database is in use by another program; try again in a moment\n" \
                     "Everything you typed is still here; try saving again."

typedef PtTestWindowFixture Fixture;

/* ---- the other process ---- */

/* Whether another connection holds the write lock of @path: a connection of
 * the test's own, with no busy timeout, cannot begin a write. */
static gboolean
write_lock_taken (gpointer path)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);

  g_assert_true (rc == SQLITE_OK || rc == SQLITE_BUSY);
  return rc == SQLITE_BUSY;
}

static void
tell_shell (GSubprocess *shell,
            const char  *sql)
{
  GOutputStream *in = g_subprocess_get_stdin_pipe (shell);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_output_stream_write_all (in, sql, strlen (sql), NULL, NULL, &error));
  g_assert_true (g_output_stream_flush (in, NULL, &error));
  g_assert_no_error (error);
}

/* The sqlite3 shell on @path in a transaction that holds the write lock,
 * waiting for its next line. */
static GSubprocess *
hold_write_lock (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("sqlite3");
  g_autoptr(GError) error = NULL;
  GSubprocess *shell;

  /* build-aux/setup installs it. */
  g_assert_nonnull (program);
  shell = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE,
                            &error, program, path, NULL);
  g_assert_no_error (error);
  /* The shell waits for the lock: the probe below takes it for a moment
   * too, and a shell without a timeout that met it failed its BEGIN. */
  tell_shell (shell, ".timeout 10000\nBEGIN IMMEDIATE;\n");
  g_assert_true (pt_test_input_wait_for (write_lock_taken, (gpointer) path));
  return shell;
}

static void
release_write_lock (GSubprocess *shell,
                    const char  *path)
{
  g_autoptr(GError) error = NULL;

  tell_shell (shell, "ROLLBACK;\n");
  g_assert_true (g_output_stream_close (g_subprocess_get_stdin_pipe (shell), NULL, &error));
  g_assert_true (g_subprocess_wait_check (shell, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (write_lock_taken ((gpointer) path));
}

/* ---- timing each keystroke's validation ---- */

typedef struct
{
  gpointer instance;   /* the field's editable or text buffer */
  gint64   started;    /* when its "changed" emission began, or 0 */
  gint64   longest;    /* the longest emission since the last key press */
  guint    n_changes;
} Timer;

/* Runs before every handler of a "changed" emission. */
static gboolean
changed_started_cb (GSignalInvocationHint *hint,
                    guint                  n_params,
                    const GValue          *params,
                    gpointer               data)
{
  Timer *timer = data;

  if (g_value_get_object (&params[0]) == timer->instance)
    timer->started = g_get_monotonic_time ();
  return TRUE;
}

/* Runs after them, the form's validation included. */
static void
changed_finished_cb (GObject *instance,
                     Timer   *timer)
{
  g_assert_cmpint (timer->started, >, 0);
  timer->longest = MAX (timer->longest, g_get_monotonic_time () - timer->started);
  timer->started = 0;
  timer->n_changes++;
}

typedef struct
{
  Timer *timer;
  guint  n_before;
} Change;

static gboolean
change_handled (gpointer data)
{
  Change *change = data;

  return change->timer->n_changes > change->n_before;
}

/* Types @text into @property's field, one key press at a time, asserting
 * that each is handled, validation included, within the bounds. */
static void
type_timed (PtRecordEditor *editor,
            const char     *property,
            const char     *text)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);
  Timer timer = { 0 };
  gulong hooks[2], handler;

  g_assert_nonnull (widget);
  timer.instance = GTK_IS_TEXT_VIEW (widget) ? (gpointer) gtk_text_view_get_buffer (
                                                 GTK_TEXT_VIEW (widget))
                                             : (gpointer) widget;
  hooks[0] = g_signal_add_emission_hook (g_signal_lookup ("changed", GTK_TYPE_EDITABLE), 0,
                                         changed_started_cb, &timer, NULL);
  hooks[1] = g_signal_add_emission_hook (g_signal_lookup ("changed", GTK_TYPE_TEXT_BUFFER), 0,
                                         changed_started_cb, &timer, NULL);
  handler = g_signal_connect_after (timer.instance, "changed", G_CALLBACK (changed_finished_cb),
                                    &timer);

  g_assert_true (gtk_widget_grab_focus (widget));
  pt_test_input_settle (30);
  for (const char *p = text; *p != '\0'; p++)
    {
      Change change = { &timer, timer.n_changes };
      gint64 pressed = g_get_monotonic_time (), handled;

      timer.longest = 0;
      pt_test_input_key (gdk_unicode_to_keyval ((guchar) *p), 0);
      g_assert_true (pt_test_input_wait_for (change_handled, &change));
      handled = g_get_monotonic_time () - pressed;
      g_test_message ("%s '%c': validated in %" G_GINT64_FORMAT " us, %" G_GINT64_FORMAT
                      " us after the key press", property, *p, timer.longest, handled);
      g_assert_cmpint (timer.longest, <, MAX_VALIDATION_US);
      g_assert_cmpint (handled, <, MAX_KEY_US);
    }

  g_signal_handler_disconnect (timer.instance, handler);
  g_signal_remove_emission_hook (g_signal_lookup ("changed", GTK_TYPE_TEXT_BUFFER), hooks[1]);
  g_signal_remove_emission_hook (g_signal_lookup ("changed", GTK_TYPE_EDITABLE), hooks[0]);
  g_assert_cmpuint (timer.n_changes, >=, strlen (text));
}

/* ---- the form ---- */

static char *
field_text (PtRecordEditor *editor,
            const char     *property)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

/* Every typed value in its field, and in the record the form would save. */
static void
assert_typed_values (PtRecordEditor *editor)
{
  PtRun *run = PT_RUN (pt_record_editor_get_record (editor));
  static const char * const typed[][2] = {
    { "distance_m", "8.5" }, { "duration_s", "45:30" }, { "pain_during", "3" },
    { "notes", "Hills felt easy" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autofree char *text = field_text (editor, typed[i][0]);

      g_assert_cmpstr (text, ==, typed[i][1]);
    }
  g_assert_cmpfloat_with_epsilon (pt_run_get_distance_m (run), 8500, 1e-6);
  g_assert_cmpint (pt_run_get_duration_s (run), ==, 45 * 60 + 30);
  g_assert_cmpfloat (pt_run_get_pain_during (run), ==, 3);
  g_assert_cmpstr (pt_run_get_notes (run), ==, "Hills felt easy");
}

static gboolean
editor_gone (gpointer data)
{
  return pt_test_find_toplevel (PT_TYPE_RECORD_EDITOR) == NULL;
}

static gboolean
busy_shown (gpointer editor)
{
  return pt_test_has_label (editor, BUSY_MESSAGE);
}

/* The patient's run of the notes typed here, or NULL. */
static PtRun *
find_typed_run (Fixture *fixture,
                gint64   patient_id,
                guint   *n_found)
{
  g_autoptr(GListModel) runs = pt_store_list_runs (fixture->store, patient_id, NULL);
  PtRun *found = NULL;

  *n_found = 0;
  for (guint i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);

      if (g_strcmp0 (pt_run_get_notes (run), "Hills felt easy") == 0)
        {
          (*n_found)++;
          g_set_object (&found, run);
        }
    }
  return found;
}

static void
test_busy_save (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PtPatient) claire = NULL;
  g_autoptr(GSubprocess) shell = NULL;
  g_autoptr(PtRun) saved = NULL;
  g_autofree char *timeout = NULL;
  PtRecordEditor *editor;
  gint64 claire_id, n_runs, started, waited;
  guint n_saved;

  pt_test_window_fixture_open (fixture);
  claire = pt_store_find_patient (fixture->store, "PT-0001", NULL);
  g_assert_nonnull (claire);
  claire_id = pt_record_get_id (PT_RECORD (claire));
  n_runs = pt_test_count (fixture->store, PT_TYPE_RUN);
  timeout = pt_store_dup_setting (fixture->store, "busy_timeout", NULL);
  g_assert_cmpint (g_ascii_strtoll (timeout, NULL, 10), >=, 1000);

  pt_window_show_patient (fixture->window, claire_id);
  g_assert_true (pt_test_window_wait_for_patient (fixture->window, "PT-0001"));
  pt_test_input_key (GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  editor = PT_RECORD_EDITOR (pt_test_wait_for_window (PT_TYPE_RECORD_EDITOR));

  shell = hold_write_lock (fixture->path);

  /* Each keystroke validates on a read snapshot: at once. */
  type_timed (editor, "distance_m", "8.5");
  type_timed (editor, "duration_s", "45:30");
  type_timed (editor, "pain_during", "3");
  type_timed (editor, "notes", "Hills felt easy");
  assert_typed_values (editor);
  g_assert_true (pt_record_editor_get_valid (editor));

  /* Ctrl+Return: the save waits for the lock as long as the store's busy
   * timeout, then says so; nothing is lost and nothing written. */
  started = g_get_monotonic_time ();
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_wait_for (busy_shown, editor));
  waited = g_get_monotonic_time () - started;
  g_test_message ("the save gave up after %" G_GINT64_FORMAT " ms", waited / 1000);
  g_assert_cmpint (waited, >=, g_ascii_strtoll (timeout, NULL, 10) * 1000 * 9 / 10);
  g_assert_true (pt_test_find_toplevel (PT_TYPE_RECORD_EDITOR) == GTK_WINDOW (editor));
  pt_test_input_save_shot (GTK_WIDGET (editor), "busy-save");
  assert_typed_values (editor);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, n_runs);

  /* The other program is done: saving again saves the run, once. */
  release_write_lock (shell, fixture->path);
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_wait_for (editor_gone, NULL));
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, n_runs + 1);
  saved = find_typed_run (fixture, claire_id, &n_saved);
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_cmpfloat_with_epsilon (pt_run_get_distance_m (saved), 8500, 1e-6);
  g_assert_cmpint (pt_run_get_duration_s (saved), ==, 45 * 60 + 30);
  g_assert_cmpfloat (pt_run_get_pain_during (saved), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, "2026-11-23");

  /* Non-NULL data: the tear-down waits out the toast of the saved run. */
  g_test_add ("/ui/busy-save/typing-and-saving", Fixture, GINT_TO_POINTER (TRUE),
              pt_test_window_fixture_set_up, test_busy_save, pt_test_window_fixture_tear_down);

  return pt_test_window_run ();
}
