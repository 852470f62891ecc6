/* test-csv-import.c: records from CSV files, checked like typed ones
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "pt-csv-export.h"
#include "pt-csv-import.h"
#include "pt-csv-reader.h"
#include "pt-demo.h"
#include "pt-store-import.h"
#include "pt-test-cli.h"
#include "pt-test-utils.h"

/* Imports @csv (runs unless @type says otherwise) into @store. */
static PtCsvImport *
import_text (PtStore     *store,
             GType        type,
             gint64       patient_id,
             const char  *csv,
             gboolean     keep_good,
             GError     **error)
{
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (csv, -1, NULL);
  PtCsvImport *import = pt_csv_import_new (type);

  pt_csv_import_set_patient (import, patient_id);
  pt_csv_import_set_keep_good (import, keep_good);
  pt_csv_import_run (import, store, input, "test.csv", NULL, error);
  return import;
}

static gint64
add_patient (PtStore *store)
{
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Ada Runner", "PT-0100", "1980-02-03");
  g_autoptr(GError) error = NULL;
  gint64 id = pt_store_add_patient (store, patient, &error);

  g_assert_no_error (error);
  return id;
}

static void
assert_runs (PtStore *store,
             gint64   expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pt_store_count_records (store, PT_TYPE_RUN, &error), ==, expected);
  g_assert_no_error (error);
}

static const PtCsvTable round_trip_order[] = {
  PT_CSV_TABLE_PATIENTS, PT_CSV_TABLE_CONDITIONS, PT_CSV_TABLE_SHOES, PT_CSV_TABLE_SESSIONS,
  PT_CSV_TABLE_PAIN, PT_CSV_TABLE_RUNS, PT_CSV_TABLE_CROSS,
};

static void
export_all (PtStore    *store,
            const char *dir)
{
  g_autoptr(GFile) dest = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;

  pt_csv_export_table (store, PT_CSV_TABLE_ALL, 0, PT_DISTANCE_UNIT_KM, dest, NULL, NULL,
                       &error);
  g_assert_no_error (error);
}

static char *
exported_path (const char *dir,
               PtCsvTable  table)
{
  g_autofree char *name = pt_csv_export_file_name (table, NULL, 0);

  return g_build_filename (dir, name, NULL);
}

/* The demo clinic exported, imported into an empty database and exported
 * again: the same bytes, file by file. */
static void
test_round_trip (PtTestFixture *fixture,
                 gconstpointer  data)
{
  g_autofree char *first = g_build_filename (fixture->dir, "first", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "second", NULL);
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(PtStore) copy = NULL;
  g_autoptr(GError) error = NULL;

  pt_demo_fill (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  export_all (fixture->store, first);

  copy = pt_store_open (copy_path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (round_trip_order); i++)
    {
      g_autofree char *path = exported_path (first, round_trip_order[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInputStream) input = g_file_read (file, NULL, &error);
      g_autoptr(PtCsvImport) import =
        pt_csv_import_new (pt_csv_table_get_record_type (round_trip_order[i]));

      g_assert_no_error (error);
      g_assert_true (pt_csv_import_run (import, copy, G_INPUT_STREAM (input), path, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (pt_csv_import_get_n_added (import), >, 0);
      g_assert_cmpuint (pt_csv_import_get_n_refused (import), ==, 0);
    }

  export_all (copy, second);

  for (guint i = 0; i < G_N_ELEMENTS (round_trip_order); i++)
    {
      g_autofree char *a = exported_path (first, round_trip_order[i]);
      g_autofree char *b = exported_path (second, round_trip_order[i]);
      g_autofree char *text_a = NULL;
      g_autofree char *text_b = NULL;
      gsize len_a, len_b;

      g_assert_true (g_file_get_contents (a, &text_a, &len_a, NULL));
      g_assert_true (g_file_get_contents (b, &text_b, &len_b, NULL));
      g_test_message ("%s: %" G_GSIZE_FORMAT " bytes", a, len_a);
      g_assert_cmpmem (text_a, len_a, text_b, len_b);
    }

  /* Importing the same files again adds nothing: every row is there. */
  {
    g_autofree char *path = exported_path (first, PT_CSV_TABLE_RUNS);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GFileInputStream) input = g_file_read (file, NULL, &error);
    g_autoptr(PtCsvImport) again = pt_csv_import_new (PT_TYPE_RUN);
    gint64 before = pt_store_count_records (copy, PT_TYPE_RUN, NULL);

    g_assert_true (pt_csv_import_run (again, copy, G_INPUT_STREAM (input), path, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (pt_csv_import_get_n_added (again), ==, 0);
    g_assert_cmpuint (pt_csv_import_get_n_duplicates (again), ==, before);
    assert_runs (copy, before);
  }

  g_assert_finalize_object (g_steal_pointer (&copy));
}

typedef struct
{
  const char *name;
  const char *csv;
  const char *message;   /* a part of the refusal */
} BadCase;

static const BadCase bad_cases[] = {
  { "missing column", "patient_id,distance_km,surface\n%P,5,road\n", "no “date” column" },
  { "bad number", "date,distance_km\n2026-01-05,5\n2026-01-06,5x\n",
    "Row 3, column 2 (distance_km): Distance must be a number" },
  { "hex number", "date,distance_km\n2026-01-06,0x10\n", "Row 2, column 2 (distance_km)" },
  { "bad date", "date,distance_km\n2026-02-30,5\n", "Row 2, column 1 (date)" },
  { "day-first date", "date,distance_km\n05/01/2026,5\n", "Row 2, column 1 (date)" },
  { "future date", "date,distance_km\n2999-01-01,5\n", "Row 2, column 1 (date)" },
  { "bad choice", "date,distance_km,surface\n2026-01-05,5,tarmac\n",
    "Row 2, column 3 (surface): Surface must be one of road" },
  { "quote left open", "date,distance_km,notes\n2026-01-05,5,ok\n2026-01-06,5,\"never closed\n",
    "Row 3, column 3: a quoted cell is never closed" },
  { "text after quote", "date,distance_km,notes\n2026-01-05,5,\"a\"b\n",
    "Row 2, column 3: there is text after the closing" },
  { "invalid UTF-8", "date,distance_km,notes\n2026-01-05,5,caf\xe9\n",
    "Row 2, column 3: the text is not valid UTF-8" },
  { "too many cells", "date,distance_km\n2026-01-05,5,9\n", "Row 2: the row has 3 cells" },
  { "unknown column", "date,distance_km,pace\n2026-01-05,5,4:30\n",
    "“pace” is not a column ProloTrack knows" },
  { "another patient", "patient_id,date,distance_km\n999,2026-01-05,5\n",
    "Row 2, column 1 (patient_id)" },
  { "too short", "date,distance_km\n2026-01-05,0.001\n", "Row 2, column 2 (distance_km)" },
  { "no header", "", "no header row" },
};

/* Each bad file is refused with the row and the column, and nothing of
 * it is written, also the good rows before and after it. */
static void
test_bad (PtTestFixture *fixture,
          gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *csv = NULL;
      g_autofree char *id = g_strdup_printf ("%lld", (long long) patient_id);
      g_autoptr(GString) text = g_string_new (bad_cases[i].csv);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtCsvImport) import = NULL;
      const char * const *messages;
      gboolean found;

      g_string_replace (text, "%P", id, 0);
      csv = g_string_free (g_steal_pointer (&text), FALSE);

      g_test_message ("%s", bad_cases[i].name);
      import = import_text (fixture->store, PT_TYPE_RUN, patient_id, csv, FALSE, &error);
      g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);

      messages = pt_csv_import_get_messages (import);
      found = strstr (error->message, bad_cases[i].message) != NULL;
      for (guint m = 0; messages[m] != NULL && !found; m++)
        found = strstr (messages[m], bad_cases[i].message) != NULL;
      if (!found)
        g_error ("%s: “%s” not in “%s” (%s)", bad_cases[i].name, bad_cases[i].message,
                 error->message, messages[0] != NULL ? messages[0] : "no messages");

      assert_runs (fixture->store, 0);
    }
}

/* One cell of 10 MB: refused at the limit, never held whole. */
static void
test_huge_cell (PtTestFixture *fixture,
                gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  gsize size = 10 * 1024 * 1024;
  g_autoptr(GString) csv = g_string_sized_new (size + 64);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtCsvImport) import = NULL;

  g_string_append (csv, "date,distance_km,notes\n2026-01-05,5,\"");
  for (gsize i = 0; i < size; i++)
    g_string_append_c (csv, 'a' + (char) (i % 26));
  g_string_append (csv, "\"\n");

  import = import_text (fixture->store, PT_TYPE_RUN, patient_id, csv->str, FALSE, &error);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Row 2, column 3: the cell is longer than 1 MB"));
  assert_runs (fixture->store, 0);
}

/* Good rows go in and refused ones come out in a file with the reason. */
static void
test_keep_good (PtTestFixture *fixture,
                gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autoptr(GOutputStream) rejects = g_memory_output_stream_new_resizable ();
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(PtCsvImport) import = pt_csv_import_new (PT_TYPE_RUN);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *csv =
    "date,distance_km,surface,notes\r\n"
    "2026-01-05,5,road,first\r\n"
    "2026-01-06,five,road,\"with, a comma\"\r\n"
    "2026-01-07,7.5,trail,third\r\n"
    "2026-01-08,8,lava,fourth\r\n";

  input = g_memory_input_stream_new_from_data (csv, -1, NULL);
  pt_csv_import_set_patient (import, patient_id);
  pt_csv_import_set_keep_good (import, TRUE);
  pt_csv_import_set_rejects (import, rejects);
  g_assert_false (pt_csv_import_run (import, fixture->store, input, "runs.csv", NULL, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpuint (pt_csv_import_get_n_added (import), ==, 2);
  g_assert_cmpuint (pt_csv_import_get_n_refused (import), ==, 2);
  assert_runs (fixture->store, 2);

  g_output_stream_close (rejects, NULL, NULL);
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (rejects)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (rejects)));
  g_assert_cmpstr (text, ==,
                   "date,distance_km,surface,notes,reason\r\n"
                   "2026-01-06,five,road,\"with, a comma\",\"Row 3, column 2 (distance_km): "
                   "Distance must be a number such as 12.5 (got “five”)\"\r\n"
                   "2026-01-08,8,lava,fourth,\"Row 5, column 3 (surface): Surface must be one of "
                   "road, trail, track, grass, treadmill, other (got “lava”)\"\r\n");
}

/* Semicolons and decimal commas, as a spreadsheet writes CSV in much of
 * Europe; other headers mapped to fields; distances in miles. */
static void
test_mapping (PtTestFixture *fixture,
              gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(PtCsvImport) import = pt_csv_import_new (PT_TYPE_RUN);
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(PtRun) first = NULL;
  g_autoptr(PtRun) second = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv = "\xef\xbb\xbf" "Datum;Meilen;Minuten;Uhr\n2026-01-05;3,1;30,5;7:00\n"
                    "2026-01-06;6,2;;8:00\n";

  input = g_memory_input_stream_new_from_data (csv, -1, NULL);
  pt_csv_import_set_patient (import, patient_id);
  pt_csv_import_set_decimal_comma (import, TRUE);
  pt_csv_import_map_column (import, "Datum", "date");
  pt_csv_import_map_column (import, "Meilen", "distance_mi");
  pt_csv_import_map_column (import, "Minuten", "duration_min");
  pt_csv_import_map_column (import, "Uhr", NULL);
  g_assert_true (pt_csv_import_run (import, fixture->store, input, "lauf.csv", NULL, &error));
  g_assert_no_error (error);

  runs = pt_store_list_runs (fixture->store, patient_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 2);
  first = g_list_model_get_item (runs, 0);
  second = g_list_model_get_item (runs, 1);
  g_assert_cmpstr (pt_run_get_date (first), ==, "2026-01-05");
  g_assert_cmpfloat_with_epsilon (pt_run_get_distance_m (first), 3.1 * 1609.344, 1e-6);
  g_assert_cmpint (pt_run_get_duration_s (first), ==, 1830);
  g_assert_cmpint (pt_run_get_duration_s (second), ==, PT_NO_INT);
  g_assert_cmpint (pt_run_get_surface (second), ==, PT_SURFACE_ROAD);
}

/* Text a spreadsheet would take for a formula comes back as typed. */
static void
test_defused_text (PtTestFixture *fixture,
                   gconstpointer  data)
{
  const char *notes[] = { "=SUM(A1:A9)", "'quoted", "+44 7700", "-2 km", "@home", "''" };
  g_autofree char *dir = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *path = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(PtStore) copy = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GError) error = NULL;
  gint64 patient_id = add_patient (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(PtRun) run = pt_test_new_run (patient_id, "2026-01-05", 5000);

      pt_run_set_notes (run, notes[i]);
      pt_store_add_run (fixture->store, run, &error);
      g_assert_no_error (error);
    }

  export_all (fixture->store, dir);
  copy = pt_store_open (copy_path, &error);
  g_assert_no_error (error);
  for (guint t = 0; t < 2; t++)
    {
      PtCsvTable table = t == 0 ? PT_CSV_TABLE_PATIENTS : PT_CSV_TABLE_RUNS;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFileInputStream) input = NULL;
      g_autoptr(PtCsvImport) import = pt_csv_import_new (pt_csv_table_get_record_type (table));

      g_free (path);
      path = exported_path (dir, table);
      file = g_file_new_for_path (path);
      input = g_file_read (file, NULL, &error);
      g_assert_no_error (error);
      pt_csv_import_run (import, copy, G_INPUT_STREAM (input), path, NULL, &error);
      g_assert_no_error (error);
    }

  runs = pt_store_list_runs (copy, patient_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, G_N_ELEMENTS (notes));
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);

      g_assert_cmpstr (pt_run_get_notes (run), ==, notes[i]);
    }

  g_assert_finalize_object (g_steal_pointer (&copy));
}

/* A row whose id is taken by another record is refused; by the same
 * record, a duplicate. */
static void
test_ids (PtTestFixture *fixture,
          gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autofree char *csv = NULL;
  g_autoptr(PtCsvImport) first = NULL;
  g_autoptr(PtCsvImport) second = NULL;
  g_autoptr(GError) error = NULL;

  csv = g_strdup_printf ("id,patient_id,date,distance_km,surface\n"
                         "7,%lld,2026-01-05,5,road\n9,%lld,2026-01-06,6,road\n",
                         (long long) patient_id, (long long) patient_id);
  first = import_text (fixture->store, PT_TYPE_RUN, 0, csv, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pt_csv_import_get_n_added (first), ==, 2);

  g_free (csv);
  csv = g_strdup_printf ("id,patient_id,date,distance_km,surface\n"
                         "7,%lld,2026-01-05,5,road\n9,%lld,2026-01-06,6.5,road\n"
                         "8,%lld,2026-01-07,7,road\n8,%lld,2026-01-08,8,road\n",
                         (long long) patient_id, (long long) patient_id,
                         (long long) patient_id, (long long) patient_id);
  second = import_text (fixture->store, PT_TYPE_RUN, 0, csv, TRUE, &error);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpuint (pt_csv_import_get_n_duplicates (second), ==, 1);
  g_assert_cmpuint (pt_csv_import_get_n_added (second), ==, 1);
  g_assert_cmpuint (pt_csv_import_get_n_refused (second), ==, 2);
  g_assert_nonnull (strstr (pt_csv_import_get_messages (second)[0],
                            "Row 3, column 1 (id): Record 9 already exists with other values"));
  g_assert_nonnull (strstr (pt_csv_import_get_messages (second)[1],
                            "Row 5, column 1 (id): Record 8 already exists"));
  assert_runs (fixture->store, 3);
}

/* A dry run checks every row and writes nothing; the ids of a real one
 * undo exactly it. */
static void
test_dry_run_and_undo (PtTestFixture *fixture,
                       gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(PtCsvImport) dry = pt_csv_import_new (PT_TYPE_RUN);
  g_autoptr(PtCsvImport) real = pt_csv_import_new (PT_TYPE_RUN);
  g_autoptr(PtRun) kept = pt_test_new_run (patient_id, "2026-01-01", 3000);
  g_autoptr(PtRun) still = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv = "date,distance_km\n2026-01-05,5\n2026-01-06,6\n2026-01-07,7\n";
  const gint64 *ids;
  gsize n_ids;

  pt_store_add_run (fixture->store, kept, &error);
  g_assert_no_error (error);

  input = g_memory_input_stream_new_from_data (csv, -1, NULL);
  pt_csv_import_set_patient (dry, patient_id);
  pt_csv_import_set_dry_run (dry, TRUE);
  g_assert_true (pt_csv_import_run (dry, fixture->store, input, "a.csv", NULL, &error));
  g_assert_cmpuint (pt_csv_import_get_n_added (dry), ==, 3);
  assert_runs (fixture->store, 1);

  g_clear_object (&input);
  input = g_memory_input_stream_new_from_data (csv, -1, NULL);
  pt_csv_import_set_patient (real, patient_id);
  pt_csv_import_set_remember_ids (real, TRUE);
  g_assert_true (pt_csv_import_run (real, fixture->store, input, "a.csv", NULL, &error));
  assert_runs (fixture->store, 4);

  ids = pt_csv_import_get_added_ids (real, &n_ids);
  g_assert_cmpuint (n_ids, ==, 3);
  g_assert_true (pt_store_delete_records (fixture->store, PT_TYPE_RUN, ids, n_ids, &error));
  g_assert_no_error (error);
  assert_runs (fixture->store, 1);
  still = pt_store_get_run (fixture->store, pt_record_get_id (PT_RECORD (kept)), &error);
  g_assert_no_error (error);
  g_assert_nonnull (still);
}

/* The reader itself: quoting, line breaks in cells, CRLF and LF, the
 * separator from the header, rows across buffer boundaries. */
static void
test_reader (void)
{
  g_autoptr(GString) csv = g_string_new ("a;\"b;c\";d\r\n");
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(PtCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint rows = 0;

  g_string_append (csv, "\"multi\nline\";\"say \"\"hi\"\"\";\n");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "%u;x%u;\"q%u\"\n", i, i, i);

  input = g_memory_input_stream_new_from_data (g_strdup (csv->str), (gssize) csv->len, g_free);
  reader = pt_csv_reader_new (input, 0);

  g_assert_true (pt_csv_reader_next (reader, NULL, &error));
  g_assert_cmpint (pt_csv_reader_get_separator (reader), ==, ';');
  g_assert_cmpuint (pt_csv_reader_get_n_cells (reader), ==, 3);
  g_assert_cmpstr (pt_csv_reader_get_cell (reader, 1), ==, "b;c");
  g_assert_true (pt_csv_reader_next (reader, NULL, &error));
  g_assert_cmpstr (pt_csv_reader_get_cell (reader, 0), ==, "multi\nline");
  g_assert_cmpstr (pt_csv_reader_get_cell (reader, 1), ==, "say \"hi\"");
  g_assert_cmpstr (pt_csv_reader_get_cell (reader, 2), ==, "");
  g_assert_cmpuint (pt_csv_reader_get_row (reader), ==, 2);

  while (pt_csv_reader_next (reader, NULL, &error))
    {
      g_autofree char *expected = g_strdup_printf ("q%u", rows);

      g_assert_cmpuint (pt_csv_reader_get_n_cells (reader), ==, 3);
      g_assert_cmpstr (pt_csv_reader_get_cell (reader, 2), ==, expected);
      rows++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 20000);
  g_assert_cmpuint (pt_csv_reader_get_offset (reader), ==, csv->len);
}

/* prolotrack-cli import-csv: the preview, exit 2 and nothing written
 * when a row is refused, a dry run, and --keep-good's file of refused
 * rows (0600: it holds health records). */
static void
test_cli (PtTestFixture *fixture,
          gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (fixture->dir, "runs.csv", NULL);
  g_autofree char *rejects = g_build_filename (fixture->dir, "runs-refused.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autofree char *db = g_strdup (fixture->path);
  GStatBuf st;
  int status;

  add_patient (fixture->store);
  g_assert_true (g_file_set_contents (csv, "date,distance_km,surface\n2026-01-05,5,road\n"
                                      "2026-01-06,5x,road\n2026-01-07,7,road\n", -1, NULL));

  status = pt_test_cli_run (db, &out, &err, "import-csv", "--table", "runs", "--patient", "1",
                            csv);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "runs.csv: Row 3, column 2 (distance_km): Distance must be a "
                                 "number"));
  g_assert_nonnull (strstr (out, "runs.csv: 2 to add, 0 already recorded, 1 refused"));
  g_assert_nonnull (strstr (out, "Nothing was written"));
  assert_runs (fixture->store, 0);

  status = pt_test_cli_run (db, &out, &err, "import-csv", "--table", "runs", "--patient", "1",
                            "--dry-run", csv);
  g_assert_cmpint (status, ==, 2);
  assert_runs (fixture->store, 0);
  g_assert_false (g_file_test (rejects, G_FILE_TEST_EXISTS));

  status = pt_test_cli_run (db, &out, &err, "import-csv", "--table", "runs", "--patient", "1",
                            "--keep-good", csv);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (out, "Imported 2 records"));
  assert_runs (fixture->store, 2);
  g_assert_true (g_file_get_contents (rejects, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "date,distance_km,surface,reason\r\n2026-01-06,5x,road,\"Row 3, "
                             "column 2 (distance_km): Distance must be a number such as 12.5 "
                             "(got “5x”)\"\r\n");
  g_assert_cmpint (g_stat (rejects, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The audit trail has the import, and its chain holds. */
  status = pt_test_cli_run (db, &out, &err, "history", "1");
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Imported 2 runs from runs.csv\n"));
  status = pt_test_cli_run (db, &out, &err, "check");
  g_assert_cmpint (status, ==, 0);

  status = pt_test_cli_run (db, &out, &err, "import-csv", "--table", "all", csv);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "except all"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  PT_TEST_ADD_WITH_STORE ("/import/csv/round-trip", test_round_trip);
  PT_TEST_ADD_WITH_STORE ("/import/csv/bad", test_bad);
  PT_TEST_ADD_WITH_STORE ("/import/csv/huge-cell", test_huge_cell);
  PT_TEST_ADD_WITH_STORE ("/import/csv/keep-good", test_keep_good);
  PT_TEST_ADD_WITH_STORE ("/import/csv/mapping", test_mapping);
  PT_TEST_ADD_WITH_STORE ("/import/csv/defused-text", test_defused_text);
  PT_TEST_ADD_WITH_STORE ("/import/csv/ids", test_ids);
  PT_TEST_ADD_WITH_STORE ("/import/csv/dry-run-and-undo", test_dry_run_and_undo);
  g_test_add_func ("/import/csv/reader", test_reader);
  PT_TEST_ADD_WITH_STORE ("/import/csv/cli", test_cli);

  return g_test_run ();
}
