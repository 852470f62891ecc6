/* test-pg-triggers.c: the PostgreSQL summary triggers
 * (pt-schema-pg-triggers.c) keep patient_summaries as SQLite's do
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same writes on a SQLite clinic and a server schema side by side
 * (pt-test-pg-triggers.h); test-pg-audit has the audit triggers.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-db.h"
#include "pt-schema.h"
#include "pt-test-pg.h"
#include "pt-test-pg-triggers.h"
#include "pt-test-utils.h"

static void
test_applies (PtTestPair    *fixture,
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

  if (!pt_test_pair_have_server (fixture))
    return;

  /* The fixture's schema has them; a second schema of the same database
   * takes them again: nothing names a schema, nothing is made twice. */
  pg2 = pt_test_pg_open_schema ("test_pg_triggers", &second);
  pt_test_pair_apply_schema (pg2);

  /* Every trigger of SQLite's version 7, by its name (the baseline's
   * *_rowid triggers are PostgreSQL's own, pt-schema-pg.c). */
  on_sqlite = pt_test_pair_query_text (fixture->sqlite, "SELECT name FROM sqlite_master"
                          " WHERE type = 'trigger' ORDER BY name");
  on_pg = pt_test_pair_query_text (fixture->pg, names);
  on_second = pt_test_pair_query_text (pg2, names);
  g_assert_cmpstr (on_pg, ==, on_sqlite);
  g_assert_cmpstr (on_second, ==, on_sqlite);
  g_assert_cmpint (pt_test_pair_query_int (pg2, "SELECT count(*) FROM pg_proc p JOIN pg_namespace n"
                              " ON n.oid = p.pronamespace WHERE n.nspname = current_schema ()"),
                   ==, pt_test_pair_query_int (fixture->pg, "SELECT count(*) FROM pg_proc p"
                                  " JOIN pg_namespace n ON n.oid = p.pronamespace"
                                  " WHERE n.nspname = current_schema ()"));

  /* Each schema's triggers write to their own schema's tables. */
  pt_test_db_exec (pg2, pt_test_pair_parents[0]);
  g_assert_cmpint (pt_test_pair_query_int (pg2, "SELECT count(*) FROM patient_summaries"), ==, 1);
  g_assert_cmpint (pt_test_pair_query_int (pg2, "SELECT count(*) FROM audit"), ==, 1);
  g_assert_cmpint (pt_test_pair_query_int (fixture->pg, "SELECT count(*) FROM patient_summaries"), ==, 0);
  g_assert_cmpint (pt_test_pair_query_int (fixture->pg, "SELECT count(*) FROM audit"), ==, 0);
  pt_test_pg_drop_schema (pg2, second);
}

/* A new patient's row; deleting a patient with no records removes it,
 * one with records is refused on both and keeps it. */
static void
test_summary_patients (PtTestPair    *fixture,
                       gconstpointer  data)
{
  g_autofree char *summaries = NULL;

  if (!pt_test_pair_have_server (fixture))
    return;

  pt_test_pair_run_all (fixture, pt_test_pair_parents, G_N_ELEMENTS (pt_test_pair_parents));
  summaries = pt_test_pair_assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|0|NULL|NULL|1|NULL|1\n"
                   "2|0|NULL|NULL|3|NULL|3\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_clear_pointer (&summaries, g_free);

  pt_test_pair_run_both (fixture, "DELETE FROM patients WHERE id = 3");
  g_assert_false (pt_db_exec (fixture->sqlite, "DELETE FROM patients WHERE id = 2"));
  g_assert_cmpint (pt_db_get_fault (fixture->sqlite), ==, PT_DB_FAULT_CONSTRAINT);
  g_assert_false (pt_db_exec (fixture->pg, "DELETE FROM patients WHERE id = 2"));
  g_assert_cmpint (pt_db_get_fault (fixture->pg), ==, PT_DB_FAULT_CONSTRAINT);

  /* Patient 4 and 5 in one statement, deleted in one. */
  pt_test_pair_run_both (fixture, "INSERT INTO patients (id, name, date_of_birth, record_number) VALUES"
            " (4, 'Di Four', '1970-01-01', 'P-4'), (5, 'Ed Five', '1971-01-01', 'P-5')");
  pt_test_pair_run_both (fixture, "DELETE FROM patients WHERE id IN (4, 5)");
  summaries = pt_test_pair_assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==, "1|0|NULL|NULL|1|NULL|1\n2|0|NULL|NULL|3|NULL|3\n");
  g_free (pt_test_pair_assert_audit_equal (fixture));
}

/* Sessions: the count, the last visit, the next visit of the latest one,
 * and their pain before the injection as a reading; a session moved to
 * another patient changes both summaries. */
static void
test_summary_sessions (PtTestPair    *fixture,
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

  if (!pt_test_pair_have_server (fixture))
    return;

  pt_test_pair_run_all (fixture, pt_test_pair_parents, G_N_ELEMENTS (pt_test_pair_parents));
  pt_test_pair_run_all (fixture, writes, G_N_ELEMENTS (writes));
  summaries = pt_test_pair_assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|3|2026-02-15|3.75|1|NULL|1\n"
                   "2|1|2026-03-10|2.0|3|2026-04-01|3\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_clear_pointer (&summaries, g_free);

  pt_test_pair_run_both (fixture, "UPDATE sessions SET patient_id = 1, condition_id = 1 WHERE id = 4");
  summaries = pt_test_pair_assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|4|2026-03-10|2.0|1|2026-04-01|1\n"
                   "2|0|NULL|NULL|3|NULL|3\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_clear_pointer (&summaries, g_free);

  /* Each column of the UPDATE OF list, and a delete. */
  pt_test_pair_run_both (fixture, "UPDATE sessions SET date = '2026-01-20' WHERE id = 4");
  g_free (pt_test_pair_assert_summaries_equal (fixture));
  pt_test_pair_run_both (fixture, "UPDATE sessions SET next_visit = '2026-05-01' WHERE id = 3");
  g_free (pt_test_pair_assert_summaries_equal (fixture));
  pt_test_pair_run_both (fixture, "UPDATE sessions SET pain_before = NULL WHERE id = 3");
  g_free (pt_test_pair_assert_summaries_equal (fixture));
  pt_test_pair_run_both (fixture, "DELETE FROM sessions WHERE id = 2");
  summaries = pt_test_pair_assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|3|2026-02-15|6.0|1|2026-05-01|1\n"
                   "2|0|NULL|NULL|3|NULL|3\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_free (pt_test_pair_assert_audit_equal (fixture));
}

/* Conditions: which is the main one (active first, latest onset, highest
 * id) follows their status and onset, and the latest pain with it. */
static void
test_summary_conditions (PtTestPair    *fixture,
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

  if (!pt_test_pair_have_server (fixture))
    return;

  pt_test_pair_run_all (fixture, pt_test_pair_parents, G_N_ELEMENTS (pt_test_pair_parents));
  pt_test_pair_run_all (fixture, writes, G_N_ELEMENTS (writes));
  summaries = pt_test_pair_assert_summaries_equal (fixture);
  g_assert_true (g_str_has_prefix (summaries, "1|0|NULL|3.0|1|NULL|1\n"));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_clear_pointer (&summaries, g_free);
      g_test_message ("%s", steps[i].sql);
      pt_test_pair_run_both (fixture, steps[i].sql);
      summaries = pt_test_pair_assert_summaries_equal (fixture);
      g_assert_true (g_str_has_prefix (summaries, steps[i].patient_1));
    }
  g_clear_pointer (&summaries, g_free);

  /* A condition moved to another patient, then given another id. */
  pt_test_pair_run_both (fixture, "INSERT INTO conditions (id, patient_id, kind, side, onset_date)"
            " VALUES (5, 3, 'heel-pain', 'left', '2026-05-01')");
  pt_test_pair_run_both (fixture, "UPDATE conditions SET patient_id = 2 WHERE id = 5");
  pt_test_pair_run_both (fixture, "UPDATE conditions SET id = 6 WHERE id = 5");
  summaries = pt_test_pair_assert_summaries_equal (fixture);
  g_assert_cmpstr (summaries, ==,
                   "1|0|NULL|3.0|1|NULL|1\n"
                   "2|0|NULL|NULL|6|NULL|6\n"
                   "3|0|NULL|NULL|NULL|NULL|NULL\n");
  g_free (pt_test_pair_assert_audit_equal (fixture));
}

/* Pain scores: the mean of the latest day's readings of the main
 * condition, those without a condition and the sessions' pain before
 * included, those of another condition not. */
static void
test_summary_pain (PtTestPair    *fixture,
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

  if (!pt_test_pair_have_server (fixture))
    return;

  pt_test_pair_run_all (fixture, pt_test_pair_parents, G_N_ELEMENTS (pt_test_pair_parents));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *summaries = NULL;

      g_test_message ("%s", steps[i].sql);
      pt_test_pair_run_both (fixture, steps[i].sql);
      summaries = pt_test_pair_assert_summaries_equal (fixture);
      g_assert_true (g_str_has_prefix (summaries, steps[i].patient_1));
    }
  g_free (pt_test_pair_assert_audit_equal (fixture));
}

/* Every audited table: its insert, an update of a field, its delete; and
 * an update of the id. */
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
  g_atomic_int_set (&writer->pid, (gint) pt_test_pair_query_int (db, "SELECT pg_backend_pid ()"));
  pt_test_db_exec (db, sql);
  pt_db_free (db);
  return NULL;
}

/* Two writers of one patient's records at once, in READ COMMITTED: the
 * second's trigger waits for the first's summary row and then counts its
 * session too; each writes its audit row (the audit's ids come from a
 * sequence, which two writers share without waiting). */
static void
test_summary_concurrent (PtTestPair    *fixture,
                         gconstpointer  data)
{
  Writer writer = { fixture->schema, 2, 0 };
  g_autofree char *sql = NULL;
  GThread *thread;
  gint64 waiting = 0;

  if (!pt_test_pair_have_server (fixture))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (pt_test_pair_parents); i++)
    pt_test_db_exec (fixture->pg, pt_test_pair_parents[i]);
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
      waiting = pt_test_pair_query_int (fixture->pg, sql);
    }
  g_assert_cmpint (waiting, ==, 1);
  pt_test_db_exec (fixture->pg, "COMMIT");
  g_thread_join (thread);

  g_assert_cmpint (pt_test_pair_query_int (fixture->pg, "SELECT session_count FROM patient_summaries"
                              " WHERE patient_id = 1"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, PtTestPair, NULL, pt_test_pair_set_up, func, pt_test_pair_tear_down)
  ADD ("/pg-triggers/applies", test_applies);
  ADD ("/pg-triggers/summary/patients", test_summary_patients);
  ADD ("/pg-triggers/summary/sessions", test_summary_sessions);
  ADD ("/pg-triggers/summary/conditions", test_summary_conditions);
  ADD ("/pg-triggers/summary/pain", test_summary_pain);
  ADD ("/pg-triggers/summary/concurrent", test_summary_concurrent);
#undef ADD

  return g_test_run ();
}
