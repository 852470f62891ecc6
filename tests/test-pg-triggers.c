/* test-pg-triggers.c: the PostgreSQL triggers (pt-schema-pg-triggers.c)
 * write what SQLite's do: the same patient_summaries, the same audit text
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs the server in $PROLOTRACK_TEST_PG (build-aux/pg-test-server starts
 * a private one); without it every case is skipped. Each case makes a
 * PostgreSQL schema of its own with the baseline and the triggers, and a
 * SQLite clinic with pt_store_open() in a temporary folder, runs the same
 * writes on both, with explicit ids (SQLite's next rowid and PostgreSQL's
 * identity differ after a delete), and compares what the triggers wrote.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-db.h"
#include "pt-db-sqlite.h"
#include "pt-schema.h"
#include "pt-test-pg.h"
#include "pt-test-utils.h"

typedef struct
{
  PtDb *pg;
  PtDb *sqlite;
  char *schema;
  char *dir;
} Fixture;

/* The baseline and its triggers, in one transaction, as the store runs
 * them. */
static void
apply_schema (PtDb *pg)
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

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  PtStore *store;

  fixture->pg = pt_test_pg_open_schema ("test_pg_triggers", &fixture->schema);
  if (fixture->pg == NULL)
    return;
  apply_schema (fixture->pg);

  fixture->dir = pt_test_make_tmp_dir ();
  path = g_build_filename (fixture->dir, "prolotrack.db", NULL);
  store = pt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  fixture->sqlite = open_sqlite (path);
  /* Whatever opening the clinic recorded is not a trigger's. */
  pt_test_db_exec (fixture->sqlite, "DELETE FROM audit");
}

static void
tear_down (Fixture       *fixture,
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
static gboolean
have_server (Fixture *fixture)
{
  if (fixture->pg != NULL)
    return TRUE;

  g_test_skip (PT_TEST_PG_SKIP_MESSAGE);
  return FALSE;
}

/* The same write on both, which must succeed on both. */
static void
run_both (Fixture    *fixture,
          const char *sql)
{
  pt_test_db_exec (fixture->sqlite, sql);
  pt_test_db_exec (fixture->pg, sql);
}

static void
run_all (Fixture            *fixture,
         const char * const *sql,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    run_both (fixture, sql[i]);
}

/* The rows of @sql, each column as text (NULL as "NULL"), "|" between
 * them, one row a line. */
static char *
query_text (PtDb       *db,
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

static gint64
query_int (PtDb       *db,
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
static char *
assert_audit_equal (Fixture *fixture)
{
  static const char sql[] =
    "SELECT action, table_name, record_id, patient_id, before, after FROM audit ORDER BY id";
  g_autofree char *on_sqlite = query_text (fixture->sqlite, sql);
  g_autofree char *on_pg = query_text (fixture->pg, sql);

  g_test_message ("audit:\n%s", on_pg);
  g_assert_cmpstr (on_pg, ==, on_sqlite);
  /* No trigger leaves these to anyone but the store. */
  g_assert_cmpint (query_int (fixture->pg, "SELECT count(*) FROM audit WHERE clinician IS NOT NULL"
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
static char *
assert_summaries_equal (Fixture *fixture)
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
  return query_text (fixture->sqlite, "SELECT patient_id, session_count, last_visit,"
                     " round(latest_pain, 6), active_condition_id, next_visit, main_condition_id"
                     " FROM patient_summaries ORDER BY patient_id");
}

static void
assert_has (const char *text,
            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("expected “%s” in:\n%s", part, text);
}

/* Three patients, two conditions of patient 1 (active 1 of January,
 * resolved 1 of March) and one of patient 2. */
static const char * const parents[] = {
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

#define SESSION(id, pid, cid, date, before, next) \
  "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, pain_before, next_visit)" \
  " VALUES (" id ", " pid ", " cid ", '" date "', 'dextrose', " before ", " next ")"
#define SCORE(id, pid, cid, date, score) \
  "INSERT INTO pain_scores (id, patient_id, condition_id, date, score, context, source)" \
  " VALUES (" id ", " pid ", " cid ", '" date "', " score ", 'rest', 'clinic')"

static void
test_applies (Fixture       *fixture,
              gconstpointer  data)
{
  static const char names[] =
    "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
    " JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE n.nspname = current_schema () AND NOT t.tgisinternal"
    " AND tgname NOT LIKE '%\\_rowid'"
    " ORDER BY tgname COLLATE \"C\"";
  g_autofree char *second = NULL;
  g_autofree char *on_sqlite = NULL;
  g_autofree char *on_pg = NULL;
  g_autofree char *on_second = NULL;
  PtDb *pg2;

  if (!have_server (fixture))
    return;

  /* The fixture's schema has them; a second schema of the same database
   * takes them again: nothing names a schema, nothing is made twice. */
  pg2 = pt_test_pg_open_schema ("test_pg_triggers", &second);
  apply_schema (pg2);

  /* Every trigger of SQLite's version 7, by its name (the baseline's
   * *_rowid triggers are PostgreSQL's own, pt-schema-pg.c). */
  on_sqlite = query_text (fixture->sqlite, "SELECT name FROM sqlite_master"
                          " WHERE type = 'trigger' ORDER BY name");
  on_pg = query_text (fixture->pg, names);
  on_second = query_text (pg2, names);
  g_assert_cmpstr (on_pg, ==, on_sqlite);
  g_assert_cmpstr (on_second, ==, on_sqlite);
  g_assert_cmpint (query_int (pg2, "SELECT count(*) FROM pg_proc p JOIN pg_namespace n"
                              " ON n.oid = p.pronamespace WHERE n.nspname = current_schema ()"),
                   ==, query_int (fixture->pg, "SELECT count(*) FROM pg_proc p"
                                  " JOIN pg_namespace n ON n.oid = p.pronamespace"
                                  " WHERE n.nspname = current_schema ()"));

  /* Each schema's triggers write to their own schema's tables. */
  pt_test_db_exec (pg2, parents[0]);
  g_assert_cmpint (query_int (pg2, "SELECT count(*) FROM patient_summaries"), ==, 1);
  g_assert_cmpint (query_int (pg2, "SELECT count(*) FROM audit"), ==, 1);
  g_assert_cmpint (query_int (fixture->pg, "SELECT count(*) FROM patient_summaries"), ==, 0);
  g_assert_cmpint (query_int (fixture->pg, "SELECT count(*) FROM audit"), ==, 0);
  pt_test_pg_drop_schema (pg2, second);
}

/* A new patient's row; deleting a patient with no records removes it,
 * one with records is refused on both and keeps it. */
static void
test_summary_patients (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *summaries = NULL;

  if (!have_server (fixture))
    return;

  run_all (fixture, parents, G_N_ELEMENTS (parents));
  summaries = assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|0|NULL|NULL|1|NULL|1\n"
                   "2|0|NULL|NULL|3|NULL|3\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_clear_pointer (&summaries, g_free);

  run_both (fixture, "DELETE FROM patients WHERE id = 3");
  g_assert_false (pt_db_exec (fixture->sqlite, "DELETE FROM patients WHERE id = 2"));
  g_assert_cmpint (pt_db_get_fault (fixture->sqlite), ==, PT_DB_FAULT_CONSTRAINT);
  g_assert_false (pt_db_exec (fixture->pg, "DELETE FROM patients WHERE id = 2"));
  g_assert_cmpint (pt_db_get_fault (fixture->pg), ==, PT_DB_FAULT_CONSTRAINT);

  /* Patient 4 and 5 in one statement, deleted in one. */
  run_both (fixture, "INSERT INTO patients (id, name, date_of_birth, record_number) VALUES"
            " (4, 'Di Four', '1970-01-01', 'P-4'), (5, 'Ed Five', '1971-01-01', 'P-5')");
  run_both (fixture, "DELETE FROM patients WHERE id IN (4, 5)");
  summaries = assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==, "1|0|NULL|NULL|1|NULL|1\n2|0|NULL|NULL|3|NULL|3\n");
  g_free (assert_audit_equal (fixture));
}

/* Sessions: the count, the last visit, the next visit of the latest one,
 * and their pain before the injection as a reading; a session moved to
 * another patient changes both summaries. */
static void
test_summary_sessions (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const writes[] = {
    SESSION ("1", "1", "1", "2026-02-01", "6", "'2026-02-15'"),
    SESSION ("2", "1", "1", "2026-02-15", "4.5", "'2026-03-01'"),
    /* The same day: both readings count, the later id's next visit. */
    SESSION ("3", "1", "1", "2026-02-15", "3", "NULL"),
    /* Patient 2's, then moved to patient 1's condition 1. */
    SESSION ("4", "2", "3", "2026-03-10", "2", "'2026-04-01'"),
  };
  g_autofree char *summaries = NULL;

  if (!have_server (fixture))
    return;

  run_all (fixture, parents, G_N_ELEMENTS (parents));
  run_all (fixture, writes, G_N_ELEMENTS (writes));
  summaries = assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|3|2026-02-15|3.75|1|NULL|1\n"
                   "2|1|2026-03-10|2.0|3|2026-04-01|3\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_clear_pointer (&summaries, g_free);

  run_both (fixture, "UPDATE sessions SET patient_id = 1, condition_id = 1 WHERE id = 4");
  summaries = assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|4|2026-03-10|2.0|1|2026-04-01|1\n"
                   "2|0|NULL|NULL|3|NULL|3\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_clear_pointer (&summaries, g_free);

  /* Each column of the UPDATE OF list, and a delete. */
  run_both (fixture, "UPDATE sessions SET date = '2026-01-20' WHERE id = 4");
  g_free (assert_summaries_equal (fixture));
  run_both (fixture, "UPDATE sessions SET next_visit = '2026-05-01' WHERE id = 3");
  g_free (assert_summaries_equal (fixture));
  run_both (fixture, "UPDATE sessions SET pain_before = NULL WHERE id = 3");
  g_free (assert_summaries_equal (fixture));
  run_both (fixture, "DELETE FROM sessions WHERE id = 2");
  summaries = assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|3|2026-02-15|6.0|1|2026-05-01|1\n"
                   "2|0|NULL|NULL|3|NULL|3\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_free (assert_audit_equal (fixture));
}

/* Conditions: which is the main one (active first, latest onset, highest
 * id) follows their status and onset, and the latest pain with it. */
static void
test_summary_conditions (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const writes[] = {
    SCORE ("1", "1", "1", "2026-02-10", "4"),
    SCORE ("2", "1", "2", "2026-03-05", "8"),
    SCORE ("3", "1", "NULL", "2026-02-10", "2"),
  };
  /* Each write, then patient 1's main condition and latest pain. */
  static const struct
  {
    const char *sql;
    const char *patient_1;
  } steps[] = {
    { "UPDATE conditions SET status = 'resolved' WHERE id = 1", "1|0|NULL|8.0|NULL|NULL|2\n" },
    { "UPDATE conditions SET status = 'active' WHERE id = 2", "1|0|NULL|8.0|2|NULL|2\n" },
    { "UPDATE conditions SET status = 'active' WHERE id = 1", "1|0|NULL|8.0|2|NULL|2\n" },
    { "UPDATE conditions SET onset_date = '2026-04-01' WHERE id = 1",
      "1|0|NULL|3.0|1|NULL|1\n" },
    /* The same onset, a higher id: only the scores without a condition. */
    { "INSERT INTO conditions (id, patient_id, kind, side, onset_date)"
      " VALUES (4, 1, 'other', 'left', '2026-04-01')", "1|0|NULL|2.0|4|NULL|4\n" },
    { "UPDATE conditions SET notes = 'no summary field' WHERE id = 4",
      "1|0|NULL|2.0|4|NULL|4\n" },
    { "DELETE FROM conditions WHERE id = 4", "1|0|NULL|3.0|1|NULL|1\n" },
  };
  g_autofree char *summaries = NULL;

  if (!have_server (fixture))
    return;

  run_all (fixture, parents, G_N_ELEMENTS (parents));
  run_all (fixture, writes, G_N_ELEMENTS (writes));
  summaries = assert_summaries_equal (fixture);
  g_assert_true (g_str_has_prefix (summaries, "1|0|NULL|3.0|1|NULL|1\n"));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_clear_pointer (&summaries, g_free);
      g_test_message ("%s", steps[i].sql);
      run_both (fixture, steps[i].sql);
      summaries = assert_summaries_equal (fixture);
      g_assert_true (g_str_has_prefix (summaries, steps[i].patient_1));
    }
  g_clear_pointer (&summaries, g_free);

  /* A condition moved to another patient, then given another id. */
  run_both (fixture, "INSERT INTO conditions (id, patient_id, kind, side, onset_date)"
            " VALUES (5, 3, 'heel-pain', 'left', '2026-05-01')");
  run_both (fixture, "UPDATE conditions SET patient_id = 2 WHERE id = 5");
  run_both (fixture, "UPDATE conditions SET id = 6 WHERE id = 5");
  summaries = assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|0|NULL|3.0|1|NULL|1\n"
                   "2|0|NULL|NULL|6|NULL|6\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_free (assert_audit_equal (fixture));
}

/* Pain scores: the mean of the latest day's readings of the main
 * condition, those without a condition and the sessions' pain before
 * included, those of another condition not. */
static void
test_summary_pain (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct
  {
    const char *sql;
    const char *patient_1;
  } steps[] = {
    { SCORE ("1", "1", "1", "2026-02-01", "5"), "1|0|NULL|5.0|1|NULL|1\n" },
    { SCORE ("2", "1", "1", "2026-02-03", "2.5"), "1|0|NULL|2.5|1|NULL|1\n" },
    { SCORE ("3", "1", "NULL", "2026-02-03", "0.5"), "1|0|NULL|1.5|1|NULL|1\n" },
    { SCORE ("4", "1", "1", "2026-02-03", "7"), "1|0|NULL|3.333333|1|NULL|1\n" },
    /* The resolved condition's: not the main one. */
    { SCORE ("5", "1", "2", "2026-02-09", "9"), "1|0|NULL|3.333333|1|NULL|1\n" },
    { SESSION ("1", "1", "1", "2026-02-03", "1", "NULL"), "1|1|2026-02-03|2.75|1|NULL|1\n" },
    { "UPDATE pain_scores SET score = 3 WHERE id = 4", "1|1|2026-02-03|1.75|1|NULL|1\n" },
    { "UPDATE pain_scores SET date = '2026-02-05' WHERE id = 3",
      "1|1|2026-02-03|0.5|1|NULL|1\n" },
    { "UPDATE pain_scores SET patient_id = 2 WHERE id = 3",
      "1|1|2026-02-03|2.166667|1|NULL|1\n2|0|NULL|0.5|3|NULL|3\n" },
    { "UPDATE pain_scores SET condition_id = NULL WHERE id = 5",
      "1|1|2026-02-03|9.0|1|NULL|1\n" },
    { "UPDATE pain_scores SET notes = 'no summary field' WHERE id = 5",
      "1|1|2026-02-03|9.0|1|NULL|1\n" },
    { "DELETE FROM pain_scores WHERE id = 5", "1|1|2026-02-03|2.166667|1|NULL|1\n" },
    { "DELETE FROM sessions WHERE id = 1", "1|0|NULL|2.75|1|NULL|1\n" },
  };

  if (!have_server (fixture))
    return;

  run_all (fixture, parents, G_N_ELEMENTS (parents));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *summaries = NULL;

      g_test_message ("%s", steps[i].sql);
      run_both (fixture, steps[i].sql);
      summaries = assert_summaries_equal (fixture);
      g_assert_true (g_str_has_prefix (summaries, steps[i].patient_1));
    }
  g_free (assert_audit_equal (fixture));
}

/* Every audited table: its insert, an update of a field, its delete; and
 * an update of the id. */
static void
test_audit_records (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const writes[] = {
    "UPDATE patients SET archived = 1 WHERE id = 3",
    "UPDATE conditions SET prior_treatments = 3, notes = 'tried rest' WHERE id = 3",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, solution,"
    " concentration_pct, volume_ml, injection_count, structures, clinician, site, pain_before,"
    " pain_after, adverse_events, advice, next_visit, notes) VALUES (1, 1, 1, '2026-02-01',"
    " 'prp', 'PRP', 12.5, 5, 3, 'patellar tendon', 'Dr Who', 'Clinic A', 6, 2.5, 'none',"
    " 'ice', '2026-02-15', 'ok')",
    "UPDATE sessions SET volume_ml = 0.1, injection_count = 4 WHERE id = 1",
    SCORE ("1", "1", "1", "2026-02-01", "5"),
    "UPDATE pain_scores SET score = 4.5, context = 'morning' WHERE id = 1",
    "INSERT INTO shoes (id, patient_id, name, started) VALUES (1, 1, 'Trainer', '2026-01-01')",
    "UPDATE shoes SET retired = '2026-06-01' WHERE id = 1",
    "INSERT INTO runs (id, patient_id, date, distance_m, duration_s, surface, shoe_id,"
    " pain_during) VALUES (1, 1, '2026-02-02', 5000, 1800, 'road', 1, 2)",
    "UPDATE runs SET distance_m = 5000.5, shoe_id = NULL WHERE id = 1",
    "INSERT INTO cross_training (id, patient_id, date, activity, minutes, effort)"
    " VALUES (1, 1, '2026-02-03', 'bike', 45, 6)",
    "UPDATE cross_training SET effort = NULL WHERE id = 1",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, answers)"
    " VALUES (1, 1, 1, '2026-02-01', 'visa-a', 55, '5,5,10')",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_higher_better, custom_mcid)"
    " VALUES (2, 1, 1, '2026-02-01', 'custom', 12, 'Stairs', 0, 20, 1, 2.5)",
    "UPDATE outcomes SET total = 60 WHERE id = 1",
    "INSERT INTO run_plans (id, patient_id, condition_id, start_date, steps, max_pain_during,"
    " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance,"
    " current_step, notes) VALUES (1, 1, 1, '2026-03-05', '10w;5x2', 3, 3, 0, 1, 0.5, 0,"
    " 'plan')",
    "UPDATE run_plans SET current_step = 1, rule = 'cautious' WHERE id = 1",
    /* A record given another id: record_id is the new one. */
    "INSERT INTO shoes (id, patient_id, name, started) VALUES (2, 2, 'Racer', '2026-02-01')",
    "UPDATE shoes SET id = 8 WHERE id = 2",
    "DELETE FROM run_plans WHERE id = 1",
    "DELETE FROM outcomes WHERE id = 2",
    "DELETE FROM outcomes WHERE id = 1",
    "DELETE FROM cross_training WHERE id = 1",
    "DELETE FROM runs WHERE id = 1",
    "DELETE FROM shoes WHERE id = 1",
    "DELETE FROM shoes WHERE id = 8",
    "DELETE FROM pain_scores WHERE id = 1",
    "DELETE FROM sessions WHERE id = 1",
    "DELETE FROM conditions WHERE id = 2",
    "DELETE FROM patients WHERE id = 3",
  };
  static const char * const tables[] = {
    "patients", "conditions", "sessions", "pain_scores", "shoes", "runs", "cross_training",
    "outcomes", "run_plans",
  };
  g_autofree char *audit = NULL;

  if (!have_server (fixture))
    return;

  run_all (fixture, parents, G_N_ELEMENTS (parents));
  run_all (fixture, writes, G_N_ELEMENTS (writes));
  audit = assert_audit_equal (fixture);
  /* One row per write. */
  g_assert_cmpint (query_int (fixture->pg, "SELECT count(*) FROM audit"), ==,
                   G_N_ELEMENTS (parents) + G_N_ELEMENTS (writes));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *create = g_strdup_printf ("create|%s|", tables[i]);
      g_autofree char *update = g_strdup_printf ("update|%s|", tables[i]);
      g_autofree char *delete = g_strdup_printf ("delete|%s|", tables[i]);

      assert_has (audit, create);
      assert_has (audit, update);
      assert_has (audit, delete);
    }
  assert_has (audit, "update|shoes|8|2|{\"patient_id\":2,\"name\":\"Racer\"");
  assert_has (audit, "delete|patients|3|3|{\"name\":\"Cy Three\",\"date_of_birth\":\"1990-01-01\","
              "\"sex\":\"unknown\",\"contact\":null,\"record_number\":\"P-3\",\"notes\":null,"
              "\"archived\":1}|NULL\n");
}

/* Text with what JSON escapes, and what it does not: quotes, backslashes,
 * line breaks, tabs, letters beyond ASCII. */
static void
test_audit_text (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const writes[] = {
    "INSERT INTO patients (id, name, date_of_birth, record_number, contact, notes)"
    " VALUES (4, 'Siobhán O''Brien \"Sib\" \\ 日本', '1985-07-07', 'R\\1', 'line one\nline two',"
    " 'tab\there, CR\r\nand LF\n; a \\n that is not one; \\\"; \\u0041; 😀; end\\')",
    "UPDATE patients SET notes = '\\\\ two backslashes; \"\"quoted\"\"; ümlaut' WHERE id = 4",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, solution, structures,"
    " clinician, site, adverse_events, advice, notes) VALUES (1, 1, 1, '2026-02-01', 'neural',"
    " 'D5W \"5%\"', 'médial\tlateral', 'Dr. Ñoño', 'Room \\2', 'flush\r\nfaint', 'ice\n\nrest',"
    " '')",
    "INSERT INTO shoes (id, patient_id, name, started, notes)"
    " VALUES (1, 1, 'Pegasus \"40\" – grün', '2026-01-01', '\\')",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, notes)"
    " VALUES (1, 1, 1, '2026-02-01', 'custom', 3, 'Échelle \"maison\"', 0, 10, 'a\tb')",
    "DELETE FROM patients WHERE id = 4",
  };
  g_autofree char *audit = NULL;

  if (!have_server (fixture))
    return;

  run_all (fixture, parents, G_N_ELEMENTS (parents));
  run_all (fixture, writes, G_N_ELEMENTS (writes));
  audit = assert_audit_equal (fixture);
  assert_has (audit, "{\"name\":\"Siobhán O'Brien \\\"Sib\\\" \\\\ 日本\",");
  assert_has (audit, "\"contact\":\"line one\\nline two\"");
  assert_has (audit, "\"notes\":\"tab\\there, CR\\r\\nand LF\\n; a \\\\n that is not one;"
              " \\\\\\\"; \\\\u0041; 😀; end\\\\\"");
  assert_has (audit, "\"notes\":\"\"}");
}

/* Numbers as SQLite prints them: an INTEGER's digits, a REAL's "%!.15g". */
static void
test_audit_numbers (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const writes[] = {
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, concentration_pct,"
    " volume_ml, injection_count, pain_before, pain_after)"
    " VALUES (1, 1, 1, '2026-02-01', 'dextrose', 5, 2.5, 12, 0, 10)",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, concentration_pct,"
    " volume_ml, pain_before) VALUES (2, 1, 1, '2026-02-02', 'dextrose', 0.1, 0.00001, 5.5)",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, concentration_pct,"
    " volume_ml) VALUES (3, 1, 1, '2026-02-03', 'dextrose', 12.345678901234567, 0.1 + 0.2)",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, concentration_pct,"
    " volume_ml) VALUES (4, 1, 1, '2026-02-04', 'dextrose', 99.99999999999999, 0.0001)",
    "INSERT INTO runs (id, patient_id, date, distance_m, duration_s, surface)"
    " VALUES (1, 1, '2026-02-02', 123456.789, 172800, 'trail')",
    "INSERT INTO runs (id, patient_id, date, distance_m, surface)"
    " VALUES (2, 1, '2026-02-03', 500000, 'track')",
    "INSERT INTO runs (id, patient_id, date, distance_m, surface)"
    " VALUES (3, 1, '2026-02-04', 0.00012345, 'grass')",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (1, 1, 1, '2026-02-01', 'custom', -0.25,"
    " 'A', -0.5, 10000, 123456789012345680)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (2, 1, 1, '2026-02-01', 'custom', 0,"
    " 'B', -0.0, 1, 1e15)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (3, 1, 1, '2026-02-01', 'custom', 1,"
    " 'C', -10000, 9999.5, 1e14)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (4, 1, 1, '2026-02-01', 'custom', 1,"
    " 'D', 0, 2, 1e300)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (5, 1, 1, '2026-02-01', 'custom', 1,"
    " 'E', 0, 2, 1.5e-300)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (6, 1, 1, '2026-02-01', 'custom', 1,"
    " 'F', 0, 2, 3.14159265358979323)",
    "INSERT INTO run_plans (id, patient_id, start_date, steps, max_pain_during,"
    " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
    " VALUES (1, 1, '2026-03-05', '1', 10, 2.5, 0, 7, 0.5)",
    "UPDATE run_plans SET weekly_tolerance = 1 WHERE id = 1",
  };
  static const char * const expected[] = {
    "\"concentration_pct\":5.0,\"volume_ml\":2.5,\"injection_count\":12,",
    "\"pain_before\":0.0,\"pain_after\":10.0,",
    "\"concentration_pct\":0.1,\"volume_ml\":1.0e-05,",
    "\"pain_before\":5.5,",
    "\"concentration_pct\":12.3456789012346,\"volume_ml\":0.3,",
    "\"concentration_pct\":100.0,\"volume_ml\":0.0001,",
    "\"distance_m\":123456.789,\"duration_s\":172800,",
    "\"distance_m\":500000.0,",
    "\"distance_m\":0.00012345,",
    "\"total\":-0.25,",
    "\"custom_min\":-0.5,\"custom_max\":10000.0,\"custom_higher_better\":0,"
    "\"custom_mcid\":1.23456789012346e+17,",
    "\"custom_min\":0.0,\"custom_max\":1.0,\"custom_higher_better\":0,\"custom_mcid\":1.0e+15,",
    "\"custom_min\":-10000.0,\"custom_max\":9999.5,\"custom_higher_better\":0,"
    "\"custom_mcid\":100000000000000.0,",
    "\"custom_mcid\":1.0e+300,",
    "\"custom_mcid\":1.5e-300,",
    "\"custom_mcid\":3.14159265358979,",
    "\"max_pain_during\":10.0,\"max_pain_after\":2.5,\"check_next_morning\":1,"
    "\"next_morning_tolerance\":0.0,\"next_morning_days\":7,",
    "\"weekly_tolerance\":0.5,\"current_step\":null,",
    "\"weekly_tolerance\":1.0,\"current_step\":null,",
  };
  g_autofree char *audit = NULL;

  if (!have_server (fixture))
    return;

  run_all (fixture, parents, G_N_ELEMENTS (parents));
  run_all (fixture, writes, G_N_ELEMENTS (writes));
  audit = assert_audit_equal (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_has (audit, expected[i]);
}

/* One double as SQLite makes text of it, and as pt_sqlite_real_text()
 * does. */
static void
real_texts (PtDbStmt   *on_sqlite,
            PtDbStmt   *on_pg,
            double      value,
            char      **sqlite_text,
            char      **pg_text)
{
  pt_db_bind_double (on_sqlite, 1, value);
  pt_db_bind_double (on_pg, 1, value);
  g_assert_cmpint (pt_db_step (on_sqlite), ==, PT_DB_ROW);
  g_assert_cmpint (pt_db_step (on_pg), ==, PT_DB_ROW);
  *sqlite_text = g_strdup (pt_db_column_text (on_sqlite, 0));
  *pg_text = g_strdup (pt_db_column_text (on_pg, 0));
  pt_db_reset (on_sqlite);
  pt_db_reset (on_pg);
}

/* An exact tie at the 15th significant digit: the double is exactly 16
 * significant digits, the last a 5 (glibc prints exact digits). */
static gboolean
is_tie (double value)
{
  char text[128];
  const char *digits;

  g_snprintf (text, sizeof text, "%.60e", fabs (value));
  /* "d." then the 15th digit on at text[16]. */
  digits = text + 16;
  if (digits[0] != '5')
    return FALSE;
  for (digits++; *digits != 'e'; digits++)
    if (*digits != '0')
      return FALSE;
  return TRUE;
}

/* A tie of @p binary places: j / 2^p with j odd, which is 5^p j / 10^p,
 * so j is chosen to make 5^p j a number of 16 digits (ending in 5). */
static double
tie_below (int p)
{
  double five = pow (5, p);
  gint64 lo = (gint64) ceil (1e15 / five);
  gint64 hi = (gint64) floor (9999999999999999.0 / five);
  gint64 j = lo + (gint64) (g_test_rand_double () * (double) (hi - lo));

  return ldexp ((double) (j | 1), -p);
}

/* pt_sqlite_real_text() against SQLite itself, on numbers of every size,
 * on those a clinic writes (half steps, a few decimals), and on exact
 * ties at the 15th digit, which SQLite's long double arithmetic rounds
 * either way and pt_x87_digits() emulates. */
static void
test_audit_real_text (Fixture       *fixture,
                      gconstpointer  data)
{
  static const double fixed[] = {
    5, 2.5, 0.1, 1e-5, 123456789012345680.0, -0.5, -0.0, 1e15, 1e14, 99.99999999999999,
    0.30000000000000004, 1234567890123455.0, 4503599627370497.0, 293820774248420.5,
    0.0001234567890123445, 1e-4, 9.5e-5, 1e300, 1.5e-300, 5e-324, 1.7976931348623157e308,
    -1e-10, 9007199254740993.0, 0.15, 0.25, 1.005, 2.675, 100000.0009765625, 1e100, 1e-100,
    12345678.9, INFINITY, -INFINITY, 9.570969288833155e-18, 6852.533397879115,
  };
  g_autoptr(PtDbStmt) on_sqlite = NULL;
  g_autoptr(PtDbStmt) on_pg = NULL;
  g_autofree char *s = NULL;
  g_autofree char *p = NULL;
  guint n = 0;
  guint ties = 0;
  guint mismatches = 0;

  if (!have_server (fixture))
    return;

  on_sqlite = pt_db_prepare (fixture->sqlite, "SELECT ?1 || ''");
  on_pg = pt_db_prepare (fixture->pg, "SELECT pt_sqlite_real_text (CAST (?1 AS double precision))");
  for (guint i = 0; i < G_N_ELEMENTS (fixed) + 6000; i++)
    {
      double value;

      if (i < G_N_ELEMENTS (fixed))
        value = fixed[i];
      else
        switch (i % 6)
          {
          case 0:  /* any size */
            value = g_test_rand_double_range (1, 10) * pow (10, g_test_rand_int_range (-30, 30));
            break;
          case 1:  /* half steps */
            value = g_test_rand_int_range (0, 21) / 2.0;
            break;
          case 2:  /* cents */
            value = g_test_rand_int_range (-1000000, 1000000) / 100.0;
            break;
          case 3:  /* metres to the millimetre */
            value = g_test_rand_int_range (0, 500000000) / 1000.0;
            break;
          case 4:  /* 16 digits ending in 5: ties */
            value = (double) (g_test_rand_int_range (100000000, 900000000) * (gint64) 10000000 +
                              g_test_rand_int_range (0, 1000000) * 10 + 5);
            if (i % 12 == 4)
              value = tie_below (g_test_rand_int_range (1, 22));
            break;
          default:  /* all 17 digits */
            value = g_test_rand_double_range (-1e6, 1e6);
            break;
          }
      g_clear_pointer (&s, g_free);
      g_clear_pointer (&p, g_free);
      real_texts (on_sqlite, on_pg, value, &s, &p);
      n++;
      ties += is_tie (value);
      if (g_strcmp0 (s, p) != 0)
        {
          g_printerr ("%.17g: SQLite %s, PostgreSQL %s\n", value, s, p);
          mismatches++;
        }
    }
  g_test_message ("%u numbers (%u exact ties), %u alike", n, ties, n - mismatches);
  g_assert_cmpuint (mismatches, ==, 0);
  g_assert_cmpuint (ties, >=, 500);

  /* Ties rounded up and down, not as printf's half to even would. */
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&p, g_free);
  g_assert_true (is_tie (1234567890123445.0));
  real_texts (on_sqlite, on_pg, 1234567890123445.0, &s, &p);
  g_assert_cmpstr (s, ==, "1.23456789012345e+15");
  g_assert_cmpstr (p, ==, s);
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&p, g_free);
  real_texts (on_sqlite, on_pg, 3490061275754505.0, &s, &p);
  g_assert_cmpstr (s, ==, "3.4900612757545e+15");
  g_assert_cmpstr (p, ==, s);
}

/* An update that changes nothing the audit holds writes no row: only
 * updated_at, a field set to its own value, NULL to NULL. */
static void
test_audit_unchanged (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const writes[] = {
    SESSION ("1", "1", "1", "2026-02-01", "6", "NULL"),
    "UPDATE patients SET updated_at = '2027-01-01T00:00:00.000Z' WHERE id = 1",
    "UPDATE patients SET name = name, sex = 'unknown', notes = NULL WHERE id = 1",
    "UPDATE sessions SET updated_at = '2027-01-01T00:00:00.000Z', pain_before = 6 WHERE id = 1",
    "UPDATE conditions SET updated_at = '2027-01-01T00:00:00.000Z', created_at = '2000'"
    " WHERE id = 1",
    /* NULL to '' is a change, '' to '' none. */
    "UPDATE patients SET notes = '' WHERE id = 1",
    "UPDATE patients SET notes = '' WHERE id = 1",
  };
  g_autofree char *audit = NULL;

  if (!have_server (fixture))
    return;

  run_all (fixture, parents, G_N_ELEMENTS (parents));
  run_all (fixture, writes, G_N_ELEMENTS (writes));
  audit = assert_audit_equal (fixture);
  g_assert_cmpint (query_int (fixture->pg, "SELECT count(*) FROM audit"), ==,
                   G_N_ELEMENTS (parents) + 2);
  assert_has (audit, "update|patients|1|1|");
  g_free (assert_summaries_equal (fixture));
}

typedef struct
{
  const char *schema;
  gint64 session_id;
  gint pid;  /* its server process, once connected */
} Writer;

/* A second writer, in a connection of its own: a session of patient 1. */
static gpointer
write_session (gpointer data)
{
  Writer *writer = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup_printf ("SET search_path TO %s", writer->schema);
  g_autofree char *sql =
    g_strdup_printf ("INSERT INTO sessions (id, patient_id, condition_id, date, treatment)"
                     " VALUES (%" G_GINT64_FORMAT ", 1, 1, '2026-03-01', 'prp')",
                     writer->session_id);
  PtDb *db = pt_db_open_postgresql (g_getenv ("PROLOTRACK_TEST_PG"), &error);

  g_assert_no_error (error);
  pt_test_db_exec (db, path);
  g_atomic_int_set (&writer->pid, (gint) query_int (db, "SELECT pg_backend_pid ()"));
  pt_test_db_exec (db, sql);
  pt_db_free (db);
  return NULL;
}

/* Two writers of one patient's records at once, in READ COMMITTED: the
 * second's trigger waits for the first's summary row and then counts its
 * session too; each writes its audit row (the audit's ids come from a
 * sequence, which two writers share without waiting). */
static void
test_summary_concurrent (Fixture       *fixture,
                         gconstpointer  data)
{
  Writer writer = { fixture->schema, 2, 0 };
  g_autofree char *sql = NULL;
  GThread *thread;
  gint64 waiting = 0;

  if (!have_server (fixture))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (parents); i++)
    pt_test_db_exec (fixture->pg, parents[i]);
  pt_test_db_exec (fixture->pg, "BEGIN ISOLATION LEVEL READ COMMITTED");
  pt_test_db_exec (fixture->pg, SESSION ("1", "1", "1", "2026-02-01", "NULL", "NULL"));
  thread = g_thread_new ("writer", write_session, &writer);
  /* Until the other writer waits for a lock (10 s at most). */
  for (guint i = 0; i < 1000 && waiting == 0; i++)
    {
      gint pid = g_atomic_int_get (&writer.pid);

      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
      if (pid == 0)
        continue;
      g_clear_pointer (&sql, g_free);
      sql = g_strdup_printf ("SELECT count(*) FROM pg_locks WHERE pid = %d AND NOT granted", pid);
      waiting = query_int (fixture->pg, sql);
    }
  g_assert_cmpint (waiting, ==, 1);
  pt_test_db_exec (fixture->pg, "COMMIT");
  g_thread_join (thread);

  g_assert_cmpint (query_int (fixture->pg, "SELECT session_count FROM patient_summaries"
                              " WHERE patient_id = 1"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/pg-triggers/applies", test_applies);
  ADD ("/pg-triggers/summary/patients", test_summary_patients);
  ADD ("/pg-triggers/summary/sessions", test_summary_sessions);
  ADD ("/pg-triggers/summary/conditions", test_summary_conditions);
  ADD ("/pg-triggers/summary/pain", test_summary_pain);
  ADD ("/pg-triggers/summary/concurrent", test_summary_concurrent);
  ADD ("/pg-triggers/audit/records", test_audit_records);
  ADD ("/pg-triggers/audit/text", test_audit_text);
  ADD ("/pg-triggers/audit/numbers", test_audit_numbers);
  ADD ("/pg-triggers/audit/real-text", test_audit_real_text);
  ADD ("/pg-triggers/audit/unchanged", test_audit_unchanged);
#undef ADD

  return g_test_run ();
}
