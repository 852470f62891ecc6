/* test-migrations.c: every past format updates with its records intact
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/schema-N.sql is a small clinic written by the ProloTrack of
 * format N itself (tests/data/README.md says which commit and how). Each
 * is loaded into a new file and opened with pt_store_open: the file must
 * be at the current format, every row of every table the old format had
 * must still hold the same values in every column it had, the summaries
 * must agree with the records, integrity_check and foreign_key_check must
 * be clean, and a save must work. The summaries are the exception to
 * "same values": migration 4 changed what their latest pain means, so
 * they are checked against the records instead.
 *
 * An update that fails midway leaves the file at the format of the last
 * step that completed, with every record as it was, and opening says
 * which format it could not reach: for each past format, the test VFS
 * fails each write of the update in turn (once, and for good), and a file
 * whose next step's SQL cannot run (a table or column the step adds is
 * already there) stays at its old format.
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "pt-schema.h"
#include "pt-test-db.h"
#include "pt-test-summary.h"
#include "pt-test-utils.h"
#include "pt-test-vfs.h"

/* The day the fixtures were made on (make-fixture.sh). */
#define TODAY "2026-11-20"

static guint faults_injected;

typedef struct
{
  char   *dir;
  char   *path;
  guint   version;
  GBytes *pristine;  /* the file as the fixture's SQL made it */
} Fixture;

static const guint versions[] = { 1, 2, 3, 4, 5, 6, 7, 8 };

static char *
fixture_sql (guint version)
{
  const char *data = g_getenv ("PROLOTRACK_TEST_DATA");
  g_autofree char *name = g_strdup_printf ("schema-%u.sql", version);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *sql = NULL;

  g_assert_nonnull (data);
  path = g_build_filename (data, name, NULL);
  g_file_get_contents (path, &sql, NULL, &error);
  g_assert_no_error (error);
  return sql;
}

static void
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", path, message);
  sqlite3_close (db);
}

static void
remove_file (Fixture *f)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (f->path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* A new file holding the fixture of @version: made from its SQL the first
 * time, a copy of that file after. */
static void
load_fixture (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  remove_file (f);
  if (f->pristine == NULL)
    {
      g_autofree char *sql = fixture_sql (f->version);

      exec_raw (f->path, sql);
      /* As the old ProloTrack left it: .dump does not keep the journal mode. */
      exec_raw (f->path, "PRAGMA journal_mode=WAL");
      f->pristine = pt_test_read_file (f->path);
    }
  else
    {
      g_file_set_contents_full (f->path, g_bytes_get_data (f->pristine, NULL),
                                (gssize) g_bytes_get_size (f->pristine),
                                G_FILE_SET_CONTENTS_NONE, 0600, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpint (pt_test_db_user_version (f->path), ==, f->version);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->version = GPOINTER_TO_UINT (data);
  f->dir = pt_test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "old.db", NULL);
  load_fixture (f);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  pt_test_vfs_clear ();
  g_clear_pointer (&f->pristine, g_bytes_unref);
  pt_test_remove_tmp_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Each table of the file (but the derived summaries) with its columns. */
static GHashTable *
list_columns (const char *path)
{
  GHashTable *tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT m.name, c.name FROM sqlite_schema m, "
                                       "pragma_table_info(m.name) c WHERE m.type = 'table' "
                                       "AND m.name NOT LIKE 'sqlite_%' "
                                       "AND m.name <> 'patient_summaries' ORDER BY m.name, c.cid",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      GPtrArray *columns = g_hash_table_lookup (tables, table);

      if (columns == NULL)
        {
          columns = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (tables, g_strdup (table), columns);
        }
      g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return tables;
}

/* The file read-only, for dump_columns(). One connection serves every table:
 * each connection parses the whole schema, triggers and all, when it opens. */
static sqlite3 *
open_read_only (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

/* The rows of @table, @columns only, as SQL literals, by rowid. */
static char *
dump_columns (sqlite3    *db,
              const char *table,
              GPtrArray  *columns,
              guint      *n_rows)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, "%squote(\"%s\")", i ? " || ',' || " : "",
                            (const char *) g_ptr_array_index (columns, i));
  g_string_append_printf (sql, " FROM \"%s\" ORDER BY rowid", table);

  *n_rows = 0;
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append_printf (out, "%s\n", (const char *) sqlite3_column_text (stmt, 0));
      (*n_rows)++;
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

typedef struct
{
  GHashTable *columns;  /* table -> GPtrArray of column names */
  GHashTable *rows;     /* table -> dump_columns() text */
  guint       n_rows;
} OldRows;

static void
old_rows_clear (OldRows *old)
{
  g_clear_pointer (&old->columns, g_hash_table_unref);
  g_clear_pointer (&old->rows, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OldRows, old_rows_clear)

static void
read_old_rows (const char *path,
               OldRows    *old)
{
  GHashTableIter iter;
  gpointer table, columns;
  sqlite3 *db = open_read_only (path);

  old->columns = list_columns (path);
  old->rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  old->n_rows = 0;

  g_hash_table_iter_init (&iter, old->columns);
  while (g_hash_table_iter_next (&iter, &table, &columns))
    {
      guint n;

      g_hash_table_insert (old->rows, table, dump_columns (db, table, columns, &n));
      old->n_rows += n;
    }
  sqlite3_close (db);
}

/* Every old table is there, each old column with the same values. */
static void
assert_old_rows_kept (const char *path,
                      OldRows    *old)
{
  GHashTableIter iter;
  gpointer table, columns;
  sqlite3 *db = open_read_only (path);

  g_hash_table_iter_init (&iter, old->columns);
  while (g_hash_table_iter_next (&iter, &table, &columns))
    {
      g_autofree char *rows = NULL;
      guint n;

      rows = dump_columns (db, table, columns, &n);
      g_assert_cmpstr (rows, ==, g_hash_table_lookup (old->rows, table));
    }
  sqlite3_close (db);
}

/* Updating ----------------------------------------------------------------- */

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  const char *record_tables[] = { "patients", "conditions", "sessions", "pain_scores", "shoes",
                                  "runs", "cross_training" };
  g_auto(OldRows) old = { 0 };
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  sqlite3 *db;
  gint64 patient;

  read_old_rows (f->path, &old);
  /* The fixture has records of every type. */
  db = open_read_only (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (record_tables); i++)
    {
      guint n = 0;
      g_autofree char *rows = dump_columns (db, record_tables[i],
                                            g_hash_table_lookup (old.columns, record_tables[i]),
                                            &n);
      g_assert_cmpuint (n, >, 0);
    }
  sqlite3_close (db);

  store = pt_store_open (f->path, &error);
  g_assert_no_error (error);
  version = pt_store_dup_setting (store, "user_version", &error);
  g_assert_no_error (error);
  g_assert_cmpint (atoi (version), ==, (int) pt_store_get_schema_version ());

  assert_old_rows_kept (f->path, &old);
  pt_test_db_assert_clean (store);
  g_assert_cmpuint (pt_test_summary_assert_consistent (store, f->path, TODAY), ==, 3);

  /* The updated file takes new records, and its triggers keep up. */
  patient = pt_test_add_patient (store, "New Patient", "FX-200", PT_TEST_BIRTH);
  pt_test_add_pain_score (store, patient, 0, "2026-06-01", 3.5);
  pt_test_summary_assert_consistent (store, f->path, TODAY);

  g_test_message ("format %u: %u rows of %u tables kept", f->version, old.n_rows,
                  g_hash_table_size (old.columns));
}

/* Failing midway ----------------------------------------------------------- */

/* Opening must fail, leaving the file at a format between its own and the
 * step that failed, which the message names, with every old row as it was. */
static void
assert_update_failed (Fixture    *f,
                      OldRows    *old,
                      PtStore    *store,
                      GError     *error)
{
  g_autofree char *expected = NULL;
  gint64 left_at;

  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_true (error->domain == PT_ERROR);

  left_at = pt_test_db_user_version (f->path);
  g_assert_cmpint (left_at, >=, f->version);
  g_assert_cmpint (left_at, <, pt_schema_get_version ());
  expected = g_strdup_printf ("Cannot update the database to format %d:", (int) left_at + 1);
  pt_test_assert_contains (error->message, expected);
  assert_old_rows_kept (f->path, old);
}

/* The file can still be read and updated once the fault is gone. */
static void
assert_opens_again (Fixture *f,
                    OldRows *old)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open (f->path, &error);

  g_assert_no_error (error);
  assert_old_rows_kept (f->path, old);
  pt_test_db_assert_clean (store);
  pt_test_summary_assert_consistent (store, f->path, TODAY);
}

static void
test_write_fails (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(OldRows) old = { 0 };
  guint writes, injected = 0;

  read_old_rows (f->path, &old);

  /* A clean update, counted. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PtStore) store = NULL;

    pt_test_vfs_reset_counts ();
    store = pt_store_open (f->path, &error);
    g_assert_no_error (error);
    writes = pt_test_vfs_count (PT_TEST_VFS_WRITE);
  }
  g_assert_cmpuint (writes, >, 0);

  for (guint k = 1; k <= writes; k++)
    for (int persistent = 0; persistent <= 1; persistent++)
      {
        g_autoptr(PtStore) store = NULL;
        g_autoptr(GError) error = NULL;

        load_fixture (f);
        pt_test_vfs_fail (PT_TEST_VFS_WRITE, k, persistent, 0);
        store = pt_store_open (f->path, &error);
        if (pt_test_vfs_n_failed () == 0)
          {
            /* The update made fewer writes than the counted one. */
            g_assert_no_error (error);
            pt_test_vfs_clear ();
            continue;
          }
        pt_test_vfs_clear ();
        injected++;
        assert_update_failed (f, &old, store, error);
        assert_opens_again (f, &old);
      }

  g_test_message ("format %u: the update's %u writes failed in turn, %u faults injected",
                  f->version, writes, injected);
  g_assert_cmpuint (injected, >=, writes);
  faults_injected += injected;
}

/* What the next step creates is there already, so its SQL fails. */
static void
test_step_fails (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const in_the_way[] = {
    NULL,
    "CREATE TABLE patient_summaries (patient_id INTEGER PRIMARY KEY)",
    "ALTER TABLE patient_summaries ADD COLUMN next_visit TEXT",
    "ALTER TABLE patient_summaries ADD COLUMN main_condition_id INTEGER",
    "CREATE TABLE clinic_settings (key TEXT PRIMARY KEY)",
    "CREATE TABLE audit (id INTEGER PRIMARY KEY)",
    "CREATE TABLE outcomes (id INTEGER PRIMARY KEY)",
    /* The last of migration 8's columns: the eight before it are rolled back. */
    "ALTER TABLE run_plans ADD COLUMN version INTEGER",
  };
  g_auto(OldRows) old = { 0 };
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpuint (f->version, <, G_N_ELEMENTS (in_the_way));
  exec_raw (f->path, in_the_way[f->version]);
  read_old_rows (f->path, &old);
  before = pt_test_db_dump (f->path);

  store = pt_store_open (f->path, &error);
  assert_update_failed (f, &old, store, error);
  g_assert_cmpint (pt_test_db_user_version (f->path), ==, f->version);
  g_test_message ("format %u: %s", f->version, error->message);

  /* Not a byte of it changed. */
  after = pt_test_db_dump (f->path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);
  pt_test_vfs_install ();
  /* Nothing here loses power: the syncs are counted, not waited for. */
  pt_test_vfs_skip_syncs (TRUE);
  /* A new format needs its fixture (tests/data/README.md). */
  g_assert_cmpuint (G_N_ELEMENTS (versions), ==, pt_schema_get_version ());

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autofree char *update = g_strdup_printf ("/core/migrations/from-%u", versions[i]);
      g_autofree char *write = g_strdup_printf ("/core/migrations/write-fails-%u", versions[i]);
      g_autofree char *step = g_strdup_printf ("/core/migrations/step-fails-%u", versions[i]);
      gconstpointer version = GUINT_TO_POINTER (versions[i]);

      g_test_add (update, Fixture, version, set_up, test_update, tear_down);
      if (versions[i] == pt_schema_get_version ())
        continue;
      g_test_add (write, Fixture, version, set_up, test_write_fails, tear_down);
      g_test_add (step, Fixture, version, set_up, test_step_fails, tear_down);
    }

  status = g_test_run ();
  g_printerr ("# migrations: %u faults injected into updates\n", faults_injected);
  return status;
}
