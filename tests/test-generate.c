/* test-generate.c: prolotrack-cli generate and the bulk path under it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The synthetic clinic of the benchmarks must be the same for the same
 * seed, and every row must be one the app itself would have accepted: the
 * bulk path skips the per-record SELECTs, so the test runs every full
 * check of a save (pt_store_validate) over the generated records.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pt-generate.h"
#include "pt-store-bulk.h"
#include "pt-test-utils.h"

#define TODAY "2026-11-20"

static const char * const tables[] = {
  "patients", "conditions", "sessions", "pain_scores", "shoes", "runs", "cross_training",
};

typedef struct
{
  char *dir;
  char *db;
  char *other;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);
  f->dir = pt_test_make_tmp_dir ();
  f->db = g_build_filename (f->dir, "a.db", NULL);
  f->other = g_build_filename (f->dir, "b.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pt_test_remove_tmp_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->other);
  g_free (f->out);
  g_free (f->err);
}

/* prolotrack-cli --database DB ARGS...; the exit status. */
static int
run_argv (Fixture            *f,
          const char         *db,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("PROLOTRACK_CLI");
  int status;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

#define run(f, db, ...) run_argv ((f), (db), (const char *[]) { __VA_ARGS__, NULL })

/* SHA-256 of every row of every table, timestamps left out. */
static char *
rows_hash (const char *path)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const char *name = sqlite3_column_name (stmt, c);
            const unsigned char *text = sqlite3_column_text (stmt, c);

            if (g_str_has_suffix (name, "_at"))
              continue;
            g_checksum_update (sum, text != NULL ? text : (const guchar *) "\x01NULL", -1);
            g_checksum_update (sum, (const guchar *) "|", 1);
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  return g_strdup (g_checksum_get_string (sum));
}

static gint64
count (const char *path,
       GType       type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open (path, &error);
  gint64 n;

  g_assert_no_error (error);
  n = pt_store_count_records (store, type, &error);
  g_assert_no_error (error);
  return n;
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_cmpint (run (f, f->db, "generate", "--patients", "30", "--years", "3", "--seed", "5"),
                   ==, 0);
  g_assert_nonnull (strstr (f->out, "30 patients"));
  g_assert_cmpint (run (f, f->other, "generate", "--patients", "30", "--years", "3",
                        "--seed", "5"), ==, 0);
  a = rows_hash (f->db);
  b = rows_hash (f->other);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpint (count (f->db, PT_TYPE_RUN), ==, count (f->other, PT_TYPE_RUN));

  /* Another seed, another clinic. */
  g_assert_cmpint (run (f, f->other, "generate", "--patients", "30", "--years", "3",
                        "--seed", "6", "--force"), ==, 0);
  c = rows_hash (f->other);
  g_assert_cmpstr (a, !=, c);
}

/* Every generated record passes every check a save would run. */
static void
assert_all_valid (PtStore    *store,
                  GListModel *records)
{
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(PtRecord) record = g_list_model_get_item (records, i);
      g_autoptr(GError) error = NULL;

      if (!pt_store_validate (store, record, &error))
        g_error ("%s %" G_GINT64_FORMAT ": %s", G_OBJECT_TYPE_NAME (record),
                 pt_record_get_id (record), error->message);
    }
}

static void
test_valid (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GListModel) patients = NULL;

  g_assert_cmpint (run (f, f->db, "generate", "--patients", "12", "--years", "4"), ==, 0);
  g_assert_cmpint (run (f, f->db, "check"), ==, 0);

  store = pt_store_open (f->db, &error);
  g_assert_no_error (error);
  patients = pt_store_list_patients (store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (patients), ==, 12);
  assert_all_valid (store, patients);

  for (guint i = 0; i < g_list_model_get_n_items (patients); i++)
    {
      g_autoptr(PtRecord) patient = g_list_model_get_item (patients, i);
      gint64 id = pt_record_get_id (patient);
      GListModel *(*lists[]) (PtStore *, gint64, GError **) = {
        pt_store_list_conditions, pt_store_list_sessions, pt_store_list_pain_scores,
        pt_store_list_shoes, pt_store_list_runs, pt_store_list_cross_training,
      };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          g_autoptr(GListModel) records = lists[l] (store, id, &error);

          g_assert_no_error (error);
          assert_all_valid (store, records);
        }
    }
}

/* A real clinic's shape: runs 3-6 a week for months, and the first
 * patient followed over every year. */
static void
test_shape (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPatient) first = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(PtRun) oldest = NULL;
  g_autoptr(PtRun) newest = NULL;
  gint64 n_runs;

  g_assert_cmpint (run (f, f->db, "generate", "--patients", "60", "--years", "10"), ==, 0);
  n_runs = count (f->db, PT_TYPE_RUN);
  /* 10,000 patients over 10 years make over a million runs. */
  g_assert_cmpint (n_runs, >, 100 * 60);
  g_assert_cmpint (n_runs, <, 400 * 60);
  g_assert_cmpint (count (f->db, PT_TYPE_SESSION), >, 60);
  g_assert_cmpint (count (f->db, PT_TYPE_PAIN_SCORE), >, count (f->db, PT_TYPE_SESSION));
  g_assert_cmpint (count (f->db, PT_TYPE_CROSS_TRAINING), >, 0);

  store = pt_store_open (f->db, &error);
  g_assert_no_error (error);
  first = pt_store_find_patient (store, PT_GENERATE_LONG_RECORD, &error);
  g_assert_no_error (error);
  runs = pt_store_list_runs (store, pt_record_get_id (PT_RECORD (first)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (runs), >, 52 * 3 * 9);
  oldest = g_list_model_get_item (runs, 0);
  newest = g_list_model_get_item (runs, g_list_model_get_n_items (runs) - 1);
  g_assert_cmpstr (pt_run_get_date (oldest), <, "2017-03-01");
  g_assert_cmpstr (pt_run_get_date (newest), >=, "2026-11-09");
  g_assert_cmpstr (pt_run_get_date (newest), <=, TODAY);
}

static void
test_refuses_non_empty (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (run (f, f->db, "generate", "--patients", "5", "--years", "2"), ==, 0);
  before = rows_hash (f->db);
  g_assert_cmpint (run (f, f->db, "generate", "--patients", "7", "--years", "2"), ==, 2);
  g_assert_nonnull (strstr (f->err, "already has 5 patients"));
  after = rows_hash (f->db);
  g_assert_cmpstr (before, ==, after);

  g_assert_cmpint (run (f, f->db, "generate", "--patients", "7", "--years", "2", "--force"), ==, 0);
  g_assert_cmpint (count (f->db, PT_TYPE_PATIENT), ==, 7);
  g_assert_cmpint (run (f, f->db, "check"), ==, 0);
}

static void
test_bad_options (Fixture       *f,
                  gconstpointer  data)
{
  const char * const bad[][7] = {
    { "generate", "--patients", "0", "--years", "10", NULL },
    { "generate", "--patients", "many", "--years", "10", NULL },
    { "generate", "--patients", "1000001", "--years", "10", NULL },
    { "generate", "--patients", "10", "--years", "0", NULL },
    { "generate", "--patients", "10", "--years", "41", NULL },
    { "generate", "--patients", "10", NULL },
    { "generate", "--years", "10", NULL },
    { "generate", "--patients", "10", "--years", "2", "--seed", "-1" },
    { "generate", "--patients", "10", "--years", "2", "extra", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_cmpint (run_argv (f, f->db, bad[i]), ==, 2);
      g_assert_cmpstr (f->out, ==, "");
      g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
    }
}

/* A bulk write that fails, even in a batch not yet written, leaves
 * nothing behind. */
static void
test_bulk_failure_leaves_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open (f->db, &error);
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Ann Example", "A-1", "1980-01-01");
  g_autoptr(PtRun) run = NULL;
  PtStoreBulk *bulk;
  gint64 id;

  g_assert_no_error (error);
  bulk = pt_store_bulk_begin (store, FALSE, "test", &error);
  g_assert_no_error (error);
  id = pt_store_bulk_insert (bulk, PT_RECORD (patient), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  /* Valid fields, but a shoe that does not exist: only the foreign key,
   * when the batch is written at commit, can refuse it. */
  run = pt_test_new_run (id, "2026-01-01", 5000);
  pt_run_set_shoe_id (run, 999);
  g_assert_true (pt_store_bulk_append (bulk, PT_RECORD (run), &error));
  g_assert_no_error (error);
  g_assert_false (pt_store_bulk_commit (bulk, &error));
  g_assert_nonnull (error);

  g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, 0);
  g_assert_cmpint (pt_store_count_records (store, PT_TYPE_RUN, NULL), ==, 0);

  /* A field error is reported at once, naming the field. */
  g_clear_error (&error);
  bulk = pt_store_bulk_begin (store, FALSE, "test", &error);
  g_assert_no_error (error);
  pt_run_set_shoe_id (run, 0);
  pt_run_set_pain_during (run, 11);
  g_assert_false (pt_store_bulk_append (bulk, PT_RECORD (run), &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  pt_store_bulk_abort (bulk);
  g_assert_cmpint (pt_store_count_records (store, PT_TYPE_RUN, NULL), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/generate/deterministic", test_deterministic);
  ADD ("/generate/valid", test_valid);
  ADD ("/generate/shape", test_shape);
  ADD ("/generate/refuses-non-empty", test_refuses_non_empty);
  ADD ("/generate/bad-options", test_bad_options);
  ADD ("/generate/bulk-failure-leaves-nothing", test_bulk_failure_leaves_nothing);
#undef ADD

  return g_test_run ();
}
