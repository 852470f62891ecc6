/* test-copy.c: moving a clinic between files and a server (pt_store_copy,
 * prolotrack-cli copy)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo clinic, with every record type and an audit trail, is copied
 * and its CSV exports of every table compared byte for byte. The cases
 * with a server need $PROLOTRACK_TEST_PG (build-aux/pg-test-server) and
 * are skipped without it.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pt-audit.h"
#include "pt-demo.h"
#include "pt-store.h"
#include "pt-test-cli.h"
#include "pt-test-clinic.h"
#include "pt-test-pg.h"
#include "pt-test-utils.h"

typedef struct
{
  char *dir;
  char *demo;    /* the demo clinic, a file */
  char *schema;  /* on the server, when there is one */
  char *owner;
  char *app;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  const char *server = g_getenv ("PROLOTRACK_TEST_PG");

  f->dir = pt_test_make_tmp_dir ();
  f->demo = g_build_filename (f->dir, "demo.db", NULL);
  store = pt_store_open (f->demo, &error);
  g_assert_no_error (error);
  g_assert_true (pt_demo_fill (store, FALSE, &error));
  g_assert_no_error (error);

  if (server != NULL && *server != '\0')
    f->app = pt_test_clinic_new_schema (TRUE, &f->schema, &f->owner);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  pt_test_remove_tmp_dir (f->dir);
  pt_test_clinic_drop (f->schema);
  g_free (f->dir);
  g_free (f->demo);
  g_free (f->schema);
  g_free (f->owner);
  g_free (f->app);
}

static gboolean
have_server (Fixture *f)
{
  if (f->app != NULL)
    return TRUE;

  g_test_skip (PT_TEST_PG_SKIP_MESSAGE);
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Every table's CSV export of the clinic at @location, as one text:
 * "== name\n" and the file's bytes, file by file in name order. */
static char *
export_all (Fixture    *f,
            const char *location,
            const char *name)
{
  g_autofree char *folder = g_build_filename (f->dir, name, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GDir) dir = NULL;
  const char *file;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (pt_test_cli_run (location, &out, &err, "export-csv", "--table", "all",
                                    "-o", folder), ==, 0);
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((file = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (files, g_strdup (file));
  g_ptr_array_sort (files, compare_names);
  g_assert_cmpuint (files->len, >=, 7);

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, files->pdata[i], NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_string_append_printf (all, "== %s\n%s", (char *) files->pdata[i], contents);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static GArray *
copy (const char *from,
      const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) source = pt_store_open_full (from, PT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(PtStore) target = NULL;
  GArray *counts = NULL;

  g_assert_no_error (error);
  target = pt_store_open (to, &error);
  g_assert_no_error (error);
  g_assert_true (pt_store_copy (source, target, &counts, &error));
  g_assert_no_error (error);
  return counts;
}

static void
assert_counts_equal (GArray *a,
                     GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const PtStoreCount *x = &g_array_index (a, PtStoreCount, i);
      const PtStoreCount *y = &g_array_index (b, PtStoreCount, i);

      g_assert_cmpstr (x->table, ==, y->table);
      g_assert_cmpint (x->rows, ==, y->rows);
      g_assert_cmpstr (x->checksum, ==, y->checksum);
    }
}

static void
assert_audit_holds (const char *location)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open_full (location, PT_STORE_OPEN_DEFAULT, &error);
  g_auto(GStrv) problems = NULL;

  g_assert_no_error (error);
  g_assert_true (pt_store_verify_audit (store, &problems, &error));
  g_assert_no_error (error);
}

static gint64
count_in (const char *location,
          const char *table)
{
  PtDb *db = pt_test_clinic_connect (location, TRUE);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  gint64 n = pt_test_db_query_int (db, sql);

  pt_db_free (db);
  return n;
}

/* patient_summaries as text, a row a line: what the copy makes of it
 * (on a server, in one statement) against what the triggers made. */
static char *
summaries_of (const char *location)
{
  PtDb *db = pt_test_clinic_connect (location, TRUE);
  g_autoptr(PtDbStmt) rows = pt_db_prepare (db, "SELECT patient_id, session_count, last_visit, "
                                                "next_visit, latest_pain, active_condition_id, "
                                                "main_condition_id FROM patient_summaries "
                                                "ORDER BY patient_id");
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (rows);
  while (pt_db_step (rows) == PT_DB_ROW)
    {
      for (int i = 0; i < 7; i++)
        if (pt_db_column_is_null (rows, i))
          g_string_append (text, "NULL ");
        else if (i == 4)
          g_string_append_printf (text, "%.6f ", pt_db_column_double (rows, i));
        else
          g_string_append_printf (text, "%s ", pt_db_column_text (rows, i));
      g_string_append_c (text, '\n');
    }
  g_clear_pointer (&rows, pt_db_stmt_free);
  pt_db_free (db);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* File to file: the same rows, the same exports, the same audit trail. */
static void
test_file_to_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *copied = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *third = g_build_filename (f->dir, "third.db", NULL);
  g_autoptr(GArray) counts = copy (f->demo, copied);
  /* Before the exports, which the audit trail records. */
  g_autoptr(GArray) again = copy (copied, third);
  g_autofree char *before = export_all (f, f->demo, "demo-csv");
  g_autofree char *after = export_all (f, copied, "copy-csv");

  assert_counts_equal (counts, again);
  g_assert_cmpstr (before, ==, after);
  assert_audit_holds (copied);
  g_assert_cmpint (g_array_index (counts, PtStoreCount, 0).rows, ==, 14);
  g_assert_cmpint (count_in (copied, "audit"), ==, count_in (f->demo, "audit"));
  g_assert_cmpint (count_in (copied, "patient_summaries"), ==, 14);
}

/* The round trip of the issue: file, server, file, with every table's CSV
 * the same at each step, and the counts and checksums of each copy. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *back = g_build_filename (f->dir, "back.db", NULL);
  g_autoptr(GArray) there = NULL;
  g_autoptr(GArray) home = NULL;
  g_autofree char *original = NULL;
  g_autofree char *on_server = NULL;
  g_autofree char *returned = NULL;

  if (!have_server (f))
    return;

  there = copy (f->demo, f->owner);
  home = copy (f->app, back);
  assert_counts_equal (there, home);

  original = export_all (f, f->demo, "demo-csv");
  on_server = export_all (f, f->app, "server-csv");
  returned = export_all (f, back, "back-csv");
  g_assert_cmpstr (on_server, ==, original);
  g_assert_cmpstr (returned, ==, original);

  assert_audit_holds (f->app);
  assert_audit_holds (back);
  g_assert_cmpint (count_in (f->app, "patient_summaries"), ==, 14);
  {
    g_autofree char *made = summaries_of (f->demo);
    g_autofree char *computed = summaries_of (f->app);
    g_autofree char *made_again = summaries_of (back);

    g_assert_cmpstr (computed, ==, made);
    g_assert_cmpstr (made_again, ==, made);
  }

  /* The planner knows the copied rows: ANALYZE ran in the copy
   * (pg_class.reltuples is -1 for a table never analyzed). */
  {
    PtDb *db = pt_test_clinic_connect (f->app, TRUE);

    g_assert_cmpint (pt_test_db_query_int (db, "SELECT count(*) FROM pg_class "
                                               "WHERE relname IN ('runs', 'patients', "
                                               "'patient_summaries', 'audit') "
                                               "AND relkind = 'r' "
                                               "AND relnamespace = current_schema ()::regnamespace "
                                               "AND reltuples > 0"), ==, 4);
    pt_db_free (db);
  }

  /* The server's next ids follow the copied ones. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PtStore) store = pt_store_open (f->app, &error);

    g_assert_no_error (error);
    g_assert_cmpint (pt_test_add_patient (store, "After Copy", "AC-1", PT_TEST_BIRTH), ==, 15);
  }
}

/* A target with records is refused, and is left as it was. */
static void
test_refuses_non_empty (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "target.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) source = NULL;
  g_autoptr(PtStore) store = pt_store_open (target, &error);

  g_assert_no_error (error);
  pt_test_add_patient (store, "Already Here", "AH-1", PT_TEST_BIRTH);
  source = pt_store_open (f->demo, &error);
  g_assert_no_error (error);
  g_assert_false (pt_store_copy (source, store, NULL, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS);
  pt_test_assert_contains (error->message, "nothing was copied");
  g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, 1);
  g_clear_object (&store);
  g_clear_object (&source);

  /* The same through the command line, which exits with 2 (bad input). */
  g_assert_cmpint (pt_test_cli_run (f->demo, &out, &err, "copy", "--from", f->demo, "--to", target),
                   ==, 2);
  pt_test_assert_contains (err, "already holds records");
  g_assert_cmpint (count_in (target, "patients"), ==, 1);
}

/* The application role may not turn the audit's triggers off: a copy
 * into a server takes its owner, and a refused one leaves it empty. */
static void
test_server_needs_owner (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) source = NULL;
  g_autoptr(PtStore) target = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!have_server (f))
    return;

  source = pt_store_open (f->demo, &error);
  g_assert_no_error (error);
  target = pt_store_open (f->app, &error);
  g_assert_no_error (error);
  g_assert_false (pt_store_copy (source, target, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (count_in (f->app, "patients"), ==, 0);
  g_assert_cmpint (count_in (f->app, "audit"), ==, 0);
  g_clear_object (&target);

  /* prolotrack-cli copy, as the owner, prints each table's count. */
  g_assert_cmpint (pt_test_cli_run (f->demo, &out, &err, "copy", "--from", f->demo,
                                    "--to", f->owner), ==, 0);
  pt_test_assert_contains (out, "patients               14 rows  sha256 ");
  pt_test_assert_contains (out, "audit");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/copy/file-to-file", Fixture, NULL, set_up, test_file_to_file, tear_down);
  g_test_add ("/copy/round-trip", Fixture, NULL, set_up, test_round_trip, tear_down);
  g_test_add ("/copy/refuses-non-empty", Fixture, NULL, set_up, test_refuses_non_empty,
              tear_down);
  g_test_add ("/copy/server-needs-owner", Fixture, NULL, set_up, test_server_needs_owner,
              tear_down);

  return g_test_run ();
}
