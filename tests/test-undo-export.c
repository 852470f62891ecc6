/* test-undo-export.c: delete with Undo, and CSV files that keep each patient's
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real PtWindow on the demo clinic under Xvfb, with the app's
 * accelerators, driven by clicks and key presses sent through the X server
 * (pt-test-input.h). Every check reads the database or the files back.
 *
 * Undo: every record type the window deletes (the trash button on the
 * patient page), round after round, undone alternately with the toast's
 * Undo button and with Ctrl+Z; two deletes in a row are each undone, the
 * newest first by Ctrl+Z, the older by its own toast.
 *
 * CSV export: two patients exported into one folder each keep their own
 * files, and exporting again never replaces the earlier files.
 */

#include "config.h"

#include <string.h>

#include "pt-csv-export.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

typedef PtTestWindowFixture Fixture;

static gint64
find_id (PtStore    *store,
         const char *record_number)
{
  g_autoptr(PtPatient) patient = pt_store_find_patient (store, record_number, NULL);

  g_assert_nonnull (patient);
  return pt_record_get_id (PT_RECORD (patient));
}

/* The stored record of @type with @id, or NULL when there is none. */
static PtRecord *
get_record (PtStore *store,
            GType    type,
            gint64   id)
{
  g_autoptr(GError) error = NULL;
  PtRecord *record = NULL;

  if (type == PT_TYPE_SESSION)
    record = PT_RECORD (pt_store_get_session (store, id, &error));
  else if (type == PT_TYPE_PAIN_SCORE)
    record = PT_RECORD (pt_store_get_pain_score (store, id, &error));
  else if (type == PT_TYPE_RUN)
    record = PT_RECORD (pt_store_get_run (store, id, &error));
  else if (type == PT_TYPE_CROSS_TRAINING)
    record = PT_RECORD (pt_store_get_cross_training (store, id, &error));
  else if (type == PT_TYPE_CONDITION)
    record = PT_RECORD (pt_store_get_condition (store, id, &error));
  else
    g_assert_not_reached ();

  if (record == NULL)
    g_assert_error (error, PT_ERROR, PT_ERROR_NOT_FOUND);
  return record;
}

/* The Undo buttons of the toasts on screen, in the overlay's order. */
static void
collect_undo_buttons (GtkWidget *widget,
                      gboolean   in_toast,
                      GPtrArray *buttons)
{
  in_toast = in_toast || g_str_equal (gtk_widget_get_css_name (widget), "toast");

  if (in_toast && GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0)
    g_ptr_array_add (buttons, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_undo_buttons (child, in_toast, buttons);
}

/* The Undo button of the toast coming on screen last, the newest (waits
 * up to 2 s for one, and for its show animation). */
static GtkWidget *
wait_for_undo_button (Fixture *fixture)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  do
    {
      pt_test_input_settle (20);
      g_ptr_array_set_size (buttons, 0);
      collect_undo_buttons (GTK_WIDGET (fixture->window), FALSE, buttons);
    }
  while (buttons->len == 0 && g_get_monotonic_time () < end);

  g_assert_cmpuint (buttons->len, >, 0);
  /* Past the toast's show animation (up to 500 ms): libadwaita 1.2 crashes
   * when a toast is dismissed, as its button does, while it slides in. */
  pt_test_input_settle (600);
  g_ptr_array_set_size (buttons, 0);
  collect_undo_buttons (GTK_WIDGET (fixture->window), FALSE, buttons);
  g_assert_cmpuint (buttons->len, >, 0);

  return g_ptr_array_index (buttons, buttons->len - 1);
}

static PtRecordTable *
show_table (Fixture *fixture,
            gint64   patient_id,
            GType    type)
{
  PtPatientPage *page = pt_window_get_patient_page (fixture->window);

  pt_window_show_patient (fixture->window, patient_id);
  pt_patient_page_show_table (page, type);
  pt_test_input_settle (50);
  return pt_patient_page_get_table (page, type);
}

/* The position of the record @id in @table (asserts it is there). */
static guint
find_row (PtRecordTable *table,
          gint64         id)
{
  GListModel *model = pt_record_table_get_model (table);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PtRecord) record = g_list_model_get_item (model, i);

      if (pt_record_get_id (record) == id)
        return i;
    }

  g_assert_not_reached ();
  return 0;
}

/* Selects the table's row @position and clicks the trash button, as a
 * clinician does; returns the record that was on that row. */
static PtRecord *
delete_row (Fixture       *fixture,
            PtRecordTable *table,
            guint          position)
{
  PtRecord *record = g_list_model_get_item (pt_record_table_get_model (table), position);
  GtkWidget *trash;

  g_assert_nonnull (record);
  g_assert_true (pt_record_table_select_id (table, pt_record_get_id (record)));
  pt_test_input_settle (30);
  trash = pt_test_find_button (GTK_WIDGET (fixture->window), "win.delete-entry");
  g_assert_nonnull (trash);
  g_assert_true (gtk_widget_is_sensitive (trash));
  pt_test_input_click (trash);
  pt_test_input_settle (50);

  return record;
}

static void
assert_gone (Fixture  *fixture,
             PtRecord *record)
{
  g_autoptr(PtRecord) stored = get_record (fixture->store, G_OBJECT_TYPE (record),
                                           pt_record_get_id (record));

  g_assert_null (stored);
}

static void
assert_back (Fixture  *fixture,
             PtRecord *record)
{
  g_autoptr(PtRecord) stored = get_record (fixture->store, G_OBJECT_TYPE (record),
                                           pt_record_get_id (record));

  g_assert_nonnull (stored);
  g_assert_cmpint (pt_record_get_id (stored), ==, pt_record_get_id (record));
  g_assert_true (pt_record_fields_equal (stored, record));
}

static void
undo_by_button (Fixture *fixture)
{
  pt_test_input_click (wait_for_undo_button (fixture));
  pt_test_input_settle (100);
}

static void
undo_by_key (Fixture *fixture)
{
  pt_test_input_key (GDK_KEY_z, GDK_CONTROL_MASK);
  pt_test_input_settle (100);
}

/* Each type, several rounds, the toast's button and Ctrl+Z in turn: the
 * record comes back with its id and every field. */
static void
test_delete_undo_rounds (Fixture       *fixture,
                         gconstpointer  data)
{
  const GType types[] = {
    PT_TYPE_SESSION, PT_TYPE_PAIN_SCORE, PT_TYPE_RUN, PT_TYPE_CROSS_TRAINING, PT_TYPE_CONDITION,
  };
  g_autoptr(PtStore) setup = pt_store_open (fixture->path, NULL);
  gint64 raj, unused_condition;
  guint round = 0;

  /* A condition with no sessions or pain scores, which may be deleted. */
  g_assert_nonnull (setup);
  raj = find_id (setup, "PT-0008");
  unused_condition = pt_test_add_condition (setup, raj, "2025-01-10");
  g_clear_object (&setup);

  pt_test_window_fixture_open (fixture);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    for (guint r = 0; r < 4; r++, round++)
      {
        PtRecordTable *table = show_table (fixture, raj, types[t]);
        g_autoptr(PtRecord) record = NULL;
        gint64 n_before = pt_test_count (fixture->store, types[t]);
        guint position = types[t] == PT_TYPE_CONDITION ? find_row (table, unused_condition) : 0;

        g_test_message ("%s, round %u", g_type_name (types[t]), r);
        record = delete_row (fixture, table, position);
        g_assert_cmpint (pt_test_count (fixture->store, types[t]), ==, n_before - 1);
        assert_gone (fixture, record);

        if (round % 2 == 0)
          undo_by_button (fixture);
        else
          undo_by_key (fixture);

        g_assert_cmpint (pt_test_count (fixture->store, types[t]), ==, n_before);
        assert_back (fixture, record);
      }

  /* Nothing left to undo: Ctrl+Z changes nothing. */
  {
    gint64 n = pt_test_count (fixture->store, PT_TYPE_RUN);

    undo_by_key (fixture);
    g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, n);
  }
}

/* Two deletes in a row: each toast keeps its own record. Ctrl+Z brings
 * back the newest; the older one's toast comes back on screen and its
 * Undo brings back its own record, not the other. */
static void
test_two_deletes (Fixture       *fixture,
                  gconstpointer  data)
{
  PtRecordTable *table;
  g_autoptr(PtRecord) first = NULL;
  g_autoptr(PtRecord) second = NULL;
  gint64 raj, n_before;

  pt_test_window_fixture_open (fixture);
  raj = find_id (fixture->store, "PT-0008");
  table = show_table (fixture, raj, PT_TYPE_RUN);
  n_before = pt_test_count (fixture->store, PT_TYPE_RUN);

  /* Ctrl+Z twice: newest first, then the older. */
  first = delete_row (fixture, table, 0);
  second = delete_row (fixture, table, 0);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, n_before - 2);
  undo_by_key (fixture);
  assert_back (fixture, second);
  assert_gone (fixture, first);
  undo_by_key (fixture);
  assert_back (fixture, first);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, n_before);
  g_clear_object (&first);
  g_clear_object (&second);
  pt_test_input_settle (600);

  /* The buttons: the newest toast's, then the older toast's, shown again. */
  first = delete_row (fixture, table, 1);
  second = delete_row (fixture, table, 1);
  undo_by_button (fixture);
  assert_back (fixture, second);
  assert_gone (fixture, first);
  pt_test_input_settle (600);
  undo_by_button (fixture);
  assert_back (fixture, first);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, n_before);
}

/* A refresh between the delete and Undo (another save, the list
 * reloading) does not lose what Undo brings back. */
static void
test_undo_after_refresh (Fixture       *fixture,
                         gconstpointer  data)
{
  PtRecordTable *table;
  g_autoptr(PtRecord) record = NULL;
  gint64 raj;

  pt_test_window_fixture_open (fixture);
  raj = find_id (fixture->store, "PT-0008");
  table = show_table (fixture, raj, PT_TYPE_PAIN_SCORE);
  record = delete_row (fixture, table, 0);
  pt_window_refresh (fixture->window);
  pt_test_input_settle (50);
  undo_by_key (fixture);
  assert_back (fixture, record);
}

static gboolean
is_archived (Fixture *fixture,
             gint64   id)
{
  g_autoptr(PtPatient) patient = pt_store_get_patient (fixture->store, id, NULL);

  g_assert_nonnull (patient);
  return pt_patient_get_archived (patient);
}

/* Patients have no delete in the window (shoes' delete and Undo are in
 * test-shoes.c); archiving a patient is undone the same way: by the
 * toast's button and by Ctrl+Z. */
static void
test_archive_undo (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 raj;

  pt_test_window_fixture_open (fixture);
  raj = find_id (fixture->store, "PT-0008");

  for (guint round = 0; round < 4; round++)
    {
      pt_window_show_patient (fixture->window, raj);
      pt_test_input_settle (50);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                                 "win.archive-patient", NULL));
      pt_test_input_settle (50);
      g_assert_true (is_archived (fixture, raj));

      if (round % 2 == 0)
        undo_by_button (fixture);
      else
        undo_by_key (fixture);
      g_assert_false (is_archived (fixture, raj));
    }
}

/* ---- CSV export: each patient's files keep their own names ---- */

static char *
export_path (const char *folder,
             const char *record_number,
             PtCsvTable  table,
             guint       copy)
{
  g_autofree char *name = pt_csv_export_file_name (table, record_number, copy);

  return g_build_filename (folder, name, NULL);
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Exports a patient's tables from the window into @folder, as the folder
 * chooser's Export does, and waits until @n_files are there and the
 * window has taken the result. */
static void
export_patient (Fixture    *fixture,
                const char *record_number,
                const char *folder,
                guint       n_files)
{
  g_autoptr(GFile) dest = g_file_new_for_path (folder);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  pt_window_show_patient (fixture->window, find_id (fixture->store, record_number));
  pt_window_export_csv (fixture->window, find_id (fixture->store, record_number), dest);
  while (count_files (folder) < n_files && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (count_files (folder), ==, n_files);
  /* The worker's result reaches the window, which then takes a new export. */
  pt_test_input_settle (500);
}

/* Asserts that @path holds every run of @record_number's and no one
 * else's, and returns its bytes. */
static GBytes *
assert_runs_file (Fixture    *fixture,
                  const char *path,
                  const char *record_number)
{
  g_autoptr(GListModel) runs = pt_store_list_runs (fixture->store,
                                                   find_id (fixture->store, record_number), NULL);
  g_autoptr(GBytes) bytes = pt_test_read_file (path);
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\r\n", -1);
  guint n_lines = g_strv_length (lines) - 1;   /* after the last CRLF: "" */

  g_assert_true (g_str_has_prefix (lines[0], "id,patient_id,patient_record_number,"));
  g_assert_cmpuint (n_lines, ==, g_list_model_get_n_items (runs) + 1);
  for (guint i = 1; i < n_lines; i++)
    {
      g_autofree char *field = g_strdup_printf (",%s,", record_number);

      pt_test_assert_contains (lines[i], field);
    }

  return g_steal_pointer (&bytes);
}

/* Claire (PT-0001), then Raj (PT-0008), into one folder: both patients'
 * files are there with their own rows. Raj again, after one of his runs
 * went: a second set beside the first, which is left as it was. */
static void
test_export_two_patients (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "export", NULL);
  g_autofree char *claire_runs = export_path (folder, "PT-0001", PT_CSV_TABLE_RUNS, 1);
  g_autofree char *claire_patient = export_path (folder, "PT-0001", PT_CSV_TABLE_PATIENTS, 1);
  g_autofree char *raj_runs = export_path (folder, "PT-0008", PT_CSV_TABLE_RUNS, 1);
  g_autofree char *raj_runs_2 = export_path (folder, "PT-0008", PT_CSV_TABLE_RUNS, 2);
  g_autoptr(GBytes) claire = NULL;
  g_autoptr(GBytes) raj = NULL;
  g_autoptr(GBytes) raj_again = NULL;
  g_autoptr(GBytes) raj_second = NULL;
  g_autoptr(GBytes) patient = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(PtRun) run = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_window_fixture_open (fixture);
  g_assert_cmpstr (strrchr (raj_runs, G_DIR_SEPARATOR) + 1, ==, "PT-0008-runs.csv");

  export_patient (fixture, "PT-0001", folder, PT_CSV_TABLE_ALL);
  export_patient (fixture, "PT-0008", folder, 2 * PT_CSV_TABLE_ALL);

  claire = assert_runs_file (fixture, claire_runs, "PT-0001");
  raj = assert_runs_file (fixture, raj_runs, "PT-0008");
  patient = pt_test_read_file (claire_patient);
  pt_test_assert_contains (g_bytes_get_data (patient, NULL), "Claire");

  /* One of Raj's runs goes; exported again, the first set stays. */
  runs = pt_store_list_runs (fixture->store, find_id (fixture->store, "PT-0008"), NULL);
  run = g_list_model_get_item (runs, 0);
  g_assert_true (pt_store_delete (fixture->store, PT_RECORD (run), &error));
  g_assert_no_error (error);

  export_patient (fixture, "PT-0008", folder, 3 * PT_CSV_TABLE_ALL);
  raj_again = pt_test_read_file (raj_runs);
  g_assert_true (g_bytes_equal (raj_again, raj));
  raj_second = assert_runs_file (fixture, raj_runs_2, "PT-0008");
  g_assert_false (g_bytes_equal (raj_second, raj));
  g_clear_pointer (&claire, g_bytes_unref);
  claire = pt_test_read_file (claire_runs);
  g_assert_nonnull (claire);
}

static void
add_test (const char *path,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, GINT_TO_POINTER (TRUE), pt_test_window_fixture_set_up, func,
              pt_test_window_fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, NULL);

  add_test ("/ui/undo/delete/rounds", test_delete_undo_rounds);
  add_test ("/ui/undo/delete/two-in-a-row", test_two_deletes);
  add_test ("/ui/undo/delete/after-refresh", test_undo_after_refresh);
  add_test ("/ui/undo/archive", test_archive_undo);
  add_test ("/ui/export/csv/two-patients", test_export_two_patients);

  return pt_test_window_run ();
}
