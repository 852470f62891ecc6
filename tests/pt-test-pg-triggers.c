/* pt-test-pg-triggers.c: a SQLite clinic and a PostgreSQL schema side by
 * side (pt-test-pg-triggers.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-db-sqlite.h"
#include "pt-schema.h"
#include "pt-test-pg.h"
#include "pt-test-pg-triggers.h"
#include "pt-test-utils.h"


/* The baseline and its triggers, in one transaction, as the store runs
 * them. */
void
pt_test_pair_apply_schema (PtDb *pg)
{
  pt_test_db_exec (pg, "BEGIN");
  pt_test_db_exec (pg, pt_schema_pg_get_baseline ());
  pt_test_db_exec (pg, pt_schema_pg_get_triggers ());
  pt_test_db_exec (pg, "COMMIT");
}

/* The SQLite clinic, through pt-db.h as the PostgreSQL one, with the
 * store's foreign keys. */
static PtDb *
open_sqlite (const char *path)
{
  sqlite3 *connection = NULL;
  PtDb *db;

  g_assert_cmpint (sqlite3_open_v2 (path, &connection,
                                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL),
                   ==, SQLITE_OK);
  db = pt_db_new_sqlite (connection);
  pt_test_db_exec (db, "PRAGMA foreign_keys=ON");
  return db;
}

void
pt_test_pair_set_up (PtTestPair    *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  PtStore *store;

  fixture->pg = pt_test_pg_open_schema ("test_pg_triggers", &fixture->schema);
  if (fixture->pg == NULL)
    return;
  pt_test_pair_apply_schema (fixture->pg);

  fixture->dir = pt_test_make_tmp_dir ();
  path = g_build_filename (fixture->dir, "prolotrack.db", NULL);
  store = pt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  fixture->sqlite = open_sqlite (path);
  /* Whatever opening the clinic recorded is not a trigger's. */
  pt_test_db_exec (fixture->sqlite, "DELETE FROM audit");
}

void
pt_test_pair_tear_down (PtTestPair    *fixture,
                        gconstpointer  data)
{
  g_clear_pointer (&fixture->sqlite, pt_db_free);
  pt_test_pg_drop_schema (g_steal_pointer (&fixture->pg), fixture->schema);
  g_clear_pointer (&fixture->schema, g_free);
  if (fixture->dir != NULL)
    pt_test_remove_tmp_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* FALSE (the case skipped) when there is no server to test against. */
gboolean
pt_test_pair_have_server (PtTestPair *fixture)
{
  if (fixture->pg != NULL)
    return TRUE;

  g_test_skip (PT_TEST_PG_SKIP_MESSAGE);
  return FALSE;
}

/* The same write on both, which must succeed on both. */
void
pt_test_pair_run_both (PtTestPair *fixture,
                       const char *sql)
{
  pt_test_db_exec (fixture->sqlite, sql);
  pt_test_db_exec (fixture->pg, sql);
}

void
pt_test_pair_run_all (PtTestPair         *fixture,
                      const char * const *sql,
                      gsize               n)
{
  for (gsize i = 0; i < n; i++)
    pt_test_pair_run_both (fixture, sql[i]);
}

/* The rows of @sql, each column as text (NULL as "NULL"), "|" between
 * them, one row a line. */
char *
pt_test_pair_query_text (PtDb       *db,
                         const char *sql)
{
  g_autoptr(PtDbStmt) stmt = pt_db_prepare (db, sql);
  g_autoptr(GString) lines = g_string_new (NULL);
  PtDbStep step;

  g_assert_nonnull (stmt);
  while ((step = pt_db_step (stmt)) == PT_DB_ROW)
    {
      for (int i = 0; i < pt_db_column_count (stmt); i++)
        {
          const char *text = pt_db_column_text (stmt, i);

          g_string_append_printf (lines, "%s%s", i > 0 ? "|" : "", text != NULL ? text : "NULL");
        }
      g_string_append_c (lines, '\n');
    }
  g_assert_cmpint (step, ==, PT_DB_DONE);
  return g_string_free (g_steal_pointer (&lines), FALSE);
}

gint64
pt_test_pair_query_int (PtDb       *db,
                        const char *sql)
{
  g_autoptr(PtDbStmt) stmt = pt_db_prepare (db, sql);
  gint64 value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (pt_db_step (stmt), ==, PT_DB_ROW);
  value = pt_db_column_int64 (stmt, 0);
  g_assert_cmpint (pt_db_step (stmt), ==, PT_DB_DONE);
  return value;
}

/* The audit rows the triggers wrote, byte for byte alike on both. */
char *
pt_test_pair_assert_audit_equal (PtTestPair *fixture)
{
  static const char sql[] =
    "SELECT action, table_name, record_id, patient_id, before, after FROM audit ORDER BY id";
  g_autofree char *on_sqlite = pt_test_pair_query_text (fixture->sqlite, sql);
  g_autofree char *on_pg = pt_test_pair_query_text (fixture->pg, sql);

  g_test_message ("audit:\n%s", on_pg);
  g_assert_cmpstr (on_pg, ==, on_sqlite);
  /* No trigger leaves these to anyone but the store. */
  g_assert_cmpint (pt_test_pair_query_int (fixture->pg, "SELECT count(*) FROM audit WHERE clinician IS NOT NULL"
                              " OR prev_hash IS NOT NULL OR hash IS NOT NULL OR at IS NULL"),
                   ==, 0);
  return g_steal_pointer (&on_pg);
}

/* The columns of patient_summaries, in order: i an integer, t text, r a
 * real. */
static const char summary_kinds[] = "iitriti";

/* patient_summaries alike on both: integers and text equal, reals within
 * 1e-9, NULLs where the other has NULL. Returns it as text, for the
 * cases to check their own expectations. */
char *
pt_test_pair_assert_summaries_equal (PtTestPair *fixture)
{
  static const char sql[] = "SELECT * FROM patient_summaries ORDER BY patient_id";
  g_autoptr(PtDbStmt) s = pt_db_prepare (fixture->sqlite, sql);
  g_autoptr(PtDbStmt) p = pt_db_prepare (fixture->pg, sql);
  PtDbStep step;
  guint n = 0;

  g_assert_nonnull (s);
  g_assert_nonnull (p);
  while ((step = pt_db_step (s)) == PT_DB_ROW)
    {
      g_assert_cmpint (pt_db_step (p), ==, PT_DB_ROW);
      g_assert_cmpint (pt_db_column_count (s), ==, strlen (summary_kinds));
      g_assert_cmpint (pt_db_column_count (p), ==, strlen (summary_kinds));
      for (int i = 0; summary_kinds[i] != '\0'; i++)
        {
          g_assert_cmpint (pt_db_column_is_null (p, i), ==, pt_db_column_is_null (s, i));
          if (pt_db_column_is_null (s, i))
            continue;
          switch (summary_kinds[i])
            {
            case 'i':
              g_assert_cmpint (pt_db_column_int64 (p, i), ==, pt_db_column_int64 (s, i));
              break;
            case 't':
              g_assert_cmpstr (pt_db_column_text (p, i), ==, pt_db_column_text (s, i));
              break;
            case 'r':
              g_assert_cmpfloat_with_epsilon (pt_db_column_double (p, i),
                                              pt_db_column_double (s, i), 1e-9);
              break;
            default:
              g_assert_not_reached ();
            }
        }
      n++;
    }
  g_assert_cmpint (step, ==, PT_DB_DONE);
  g_assert_cmpint (pt_db_step (p), ==, PT_DB_DONE);
  g_test_message ("%u summaries alike", n);
  return pt_test_pair_query_text (fixture->sqlite, "SELECT patient_id, session_count, last_visit,"
                     " round(latest_pain, 6), active_condition_id, next_visit, main_condition_id"
                     " FROM patient_summaries ORDER BY patient_id");
}

void
pt_test_pair_assert_has (const char *text,
                         const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("expected “%s” in:\n%s", part, text);
}

const char * const pt_test_pair_parents[] = {
  "INSERT INTO patients (id, name, date_of_birth, record_number)"
  " VALUES (1, 'Ada One', '1980-05-17', 'P-1')",
  "INSERT INTO patients (id, name, date_of_birth, record_number)"
  " VALUES (2, 'Bo Two', '1975-11-02', 'P-2')",
  "INSERT INTO patients (id, name, date_of_birth, record_number)"
  " VALUES (3, 'Cy Three', '1990-01-01', 'P-3')",
  "INSERT INTO conditions (id, patient_id, kind, side, onset_date)"
  " VALUES (1, 1, 'runners-knee', 'left', '2026-01-01')",
  "INSERT INTO conditions (id, patient_id, kind, side, onset_date, status)"
  " VALUES (2, 1, 'itbs', 'right', '2026-03-01', 'resolved')",
  "INSERT INTO conditions (id, patient_id, kind, side, onset_date)"
  " VALUES (3, 2, 'hamstring', 'both', '2026-02-01')",
};


