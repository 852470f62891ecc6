/* test-summary.c: the patient list read from patient_summaries
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_store_list_patient_overviews() reads a table the schema's triggers
 * keep up to date (pt-schema.c, migrations 2 to 4). Each test compares the
 * list, after every write, with what the records themselves say
 * (pt_test_summary_assert_matches, pt-test-summary.c): the oracle query
 * is the query the list ran before the summary existed, run here on a
 * second connection to the same file, and the latest pain is what core's
 * analysis computes from the patient's records for their main condition
 * (pt_patient_bundle_load), the value the patient's page shows.
 */

#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "pt-enums.h"
#include "pt-analysis.h"
#include "pt-generate.h"
#include "pt-schema.h"
#include "pt-test-clinic.h"
#include "pt-test-summary.h"
#include "pt-test-utils.h"

#define BIRTH PT_TEST_BIRTH
#define TODAY "2026-11-20"

/* Helpers ------------------------------------------------------------------ */

/* The list against the records: pt_test_summary_assert_matches()
 * (pt-test-summary.h). */
static double
page_latest_pain (PtStore *store,
                  gint64   patient_id)
{
  return pt_test_summary_page_latest_pain (store, patient_id, TODAY);
}

static guint
assert_list_matches (PtStore    *store,
                     const char *path,
                     gboolean    include_archived)
{
  return pt_test_summary_assert_matches (store, path, include_archived, TODAY);
}

static void
assert_matches (PtStore    *store,
                const char *path)
{
  assert_list_matches (store, path, TRUE);
  assert_list_matches (store, path, FALSE);
}

/* The overview of patient @id (which must be listed), for checks by hand
 * that the oracle itself is what the steps meant. */
static PtPatientOverview *
get_overview (PtStore *store,
              gint64   id)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  list = pt_store_list_patient_overviews (store, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtPatientOverview) row = g_list_model_get_item (list, i);

      if (pt_patient_overview_get_id (row) == id)
        return g_steal_pointer (&row);
    }
  g_assert_not_reached ();
}

static void
assert_overview (PtStore    *store,
                 gint64      id,
                 guint       sessions,
                 const char *last_visit,
                 double      pain,
                 gint64      condition)
{
  g_autoptr(PtPatientOverview) row = get_overview (store, id);
  g_autoptr(PtCondition) expected = NULL;
  PtConditionKind kind = 0;
  PtSide side = 0;
  gboolean has = pt_patient_overview_get_condition (row, &kind, &side);

  g_assert_cmpuint (pt_patient_overview_get_session_count (row), ==, sessions);
  g_assert_cmpstr (pt_patient_overview_get_last_visit (row), ==, last_visit);
  if (isnan (pain))
    g_assert_true (isnan (pt_patient_overview_get_latest_pain (row)));
  else
    g_assert_cmpfloat (pt_patient_overview_get_latest_pain (row), ==, pain);

  g_assert_cmpint (has, ==, condition != 0);
  if (condition != 0)
    {
      g_autoptr(GError) error = NULL;

      expected = pt_store_get_condition (store, condition, &error);
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, pt_condition_get_kind (expected));
      g_assert_cmpint (side, ==, pt_condition_get_side (expected));
    }
}

static PtRecord *
get_record (PtStore *store,
            GType    type,
            gint64   id)
{
  g_autoptr(GError) error = NULL;
  PtRecord *record;

  if (type == PT_TYPE_CONDITION)
    record = PT_RECORD (pt_store_get_condition (store, id, &error));
  else if (type == PT_TYPE_SESSION)
    record = PT_RECORD (pt_store_get_session (store, id, &error));
  else if (type == PT_TYPE_PAIN_SCORE)
    record = PT_RECORD (pt_store_get_pain_score (store, id, &error));
  else
    record = PT_RECORD (pt_store_get_patient (store, id, &error));
  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static void
save (PtStore  *store,
      gpointer  record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_store_update (store, PT_RECORD (record), &error));
  g_assert_no_error (error);
}

/* Deletes the record and returns it, for pt_store_restore(). */
static PtRecord *
delete (PtStore *store,
        GType    type,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  PtRecord *record = get_record (store, type, id);

  g_assert_true (pt_store_delete (store, record, &error));
  g_assert_no_error (error);
  return record;
}

static void
restore (PtStore  *store,
         PtRecord *record,
         gint64    id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_store_restore (store, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_record_get_id (record), ==, id);
}

static gint64
add_condition (PtStore         *store,
               gint64           patient,
               const char      *onset,
               PtConditionKind  kind)
{
  g_autoptr(PtCondition) condition = pt_test_new_condition (patient, onset);

  pt_condition_set_kind (condition, kind);
  return pt_test_expect_saved (store, condition);
}

/* Tests -------------------------------------------------------------------- */

/* Conditions: the active one with the latest onset (the higher id among
 * equal onsets); resolving, re-dating, moving to another patient, deleting
 * and undoing the delete all show at once. */
static void
test_conditions (PtTestFixture *f,
                 gconstpointer  data)
{
  PtStore *store = f->store;
  gint64 jane = pt_test_add_patient (store, "Jane Doe", "PT-1", BIRTH);
  gint64 john = pt_test_add_patient (store, "john Roe", "PT-2", BIRTH);
  gint64 first, second, third;
  g_autoptr(PtCondition) condition = NULL;
  g_autoptr(PtRecord) deleted = NULL;

  assert_overview (store, jane, 0, NULL, NAN, 0);
  assert_matches (store, f->path);

  first = add_condition (store, jane, "2026-01-10", PT_CONDITION_KIND_RUNNERS_KNEE);
  assert_overview (store, jane, 0, NULL, NAN, first);
  assert_matches (store, f->path);

  second = add_condition (store, jane, "2026-03-01", PT_CONDITION_KIND_HAMSTRING);
  third = add_condition (store, jane, "2026-03-01", PT_CONDITION_KIND_ITBS);
  assert_overview (store, jane, 0, NULL, NAN, third);
  assert_matches (store, f->path);

  condition = PT_CONDITION (get_record (store, PT_TYPE_CONDITION, third));
  pt_condition_set_status (condition, PT_CONDITION_STATUS_RESOLVED);
  save (store, condition);
  assert_overview (store, jane, 0, NULL, NAN, second);
  assert_matches (store, f->path);

  /* Active again, but now older than the others. */
  pt_condition_set_status (condition, PT_CONDITION_STATUS_ACTIVE);
  pt_condition_set_onset_date (condition, "2025-12-01");
  save (store, condition);
  assert_overview (store, jane, 0, NULL, NAN, second);
  assert_matches (store, f->path);

  /* The side alone changes what the list shows of the same condition. */
  g_clear_object (&condition);
  condition = PT_CONDITION (get_record (store, PT_TYPE_CONDITION, second));
  pt_condition_set_side (condition, PT_SIDE_BOTH);
  save (store, condition);
  assert_overview (store, jane, 0, NULL, NAN, second);
  assert_matches (store, f->path);

  /* Moved to John: Jane falls back to her first one. */
  pt_condition_set_patient_id (condition, john);
  save (store, condition);
  assert_overview (store, jane, 0, NULL, NAN, first);
  assert_overview (store, john, 0, NULL, NAN, second);
  assert_matches (store, f->path);

  deleted = delete (store, PT_TYPE_CONDITION, second);
  assert_overview (store, john, 0, NULL, NAN, 0);
  assert_matches (store, f->path);

  restore (store, deleted, second);
  assert_overview (store, john, 0, NULL, NAN, second);
  assert_matches (store, f->path);
}

/* Sessions: count and last visit through add, re-dating, moving to another
 * patient's condition, deleting and undoing. */
static void
test_sessions (PtTestFixture *f,
               gconstpointer  data)
{
  PtStore *store = f->store;
  gint64 jane = pt_test_add_patient (store, "Jane Doe", "PT-1", BIRTH);
  gint64 john = pt_test_add_patient (store, "John Roe", "PT-2", BIRTH);
  gint64 knee = pt_test_add_condition (store, jane, "2026-01-10");
  gint64 heel = pt_test_add_condition (store, john, "2026-02-10");
  gint64 a, b, c;
  g_autoptr(PtSession) session = NULL;
  g_autoptr(PtRecord) deleted = NULL;

  a = pt_test_add_session (store, jane, knee, "2026-02-01");
  assert_overview (store, jane, 1, "2026-02-01", NAN, knee);
  assert_matches (store, f->path);

  b = pt_test_add_session (store, jane, knee, "2026-03-01");
  c = pt_test_add_session (store, jane, knee, "2026-02-15");
  assert_overview (store, jane, 3, "2026-03-01", NAN, knee);
  assert_matches (store, f->path);

  session = PT_SESSION (get_record (store, PT_TYPE_SESSION, b));
  pt_session_set_date (session, "2026-01-20");
  save (store, session);
  assert_overview (store, jane, 3, "2026-02-15", NAN, knee);
  assert_matches (store, f->path);

  /* A field the list does not show changes nothing. */
  pt_session_set_notes (session, "Tolerated well.");
  save (store, session);
  assert_overview (store, jane, 3, "2026-02-15", NAN, knee);

  pt_session_set_patient_id (session, john);
  pt_session_set_condition_id (session, heel);
  pt_session_set_date (session, "2026-04-02");
  save (store, session);
  assert_overview (store, jane, 2, "2026-02-15", NAN, knee);
  assert_overview (store, john, 1, "2026-04-02", NAN, heel);
  assert_matches (store, f->path);

  deleted = delete (store, PT_TYPE_SESSION, c);
  assert_overview (store, jane, 1, "2026-02-01", NAN, knee);
  assert_matches (store, f->path);

  restore (store, deleted, c);
  assert_overview (store, jane, 2, "2026-02-15", NAN, knee);
  assert_matches (store, f->path);

  g_clear_object (&deleted);
  deleted = delete (store, PT_TYPE_SESSION, a);
  g_clear_object (&deleted);
  deleted = delete (store, PT_TYPE_SESSION, c);
  assert_overview (store, jane, 0, NULL, NAN, knee);
  assert_matches (store, f->path);
}

/* Pain: the mean of the scores on the latest day with scores, through
 * add, a new score, re-dating, moving to another patient, deleting and
 * undoing. */
static void
test_pain (PtTestFixture *f,
           gconstpointer  data)
{
  PtStore *store = f->store;
  gint64 jane = pt_test_add_patient (store, "Jane Doe", "PT-1", BIRTH);
  gint64 john = pt_test_add_patient (store, "John Roe", "PT-2", BIRTH);
  gint64 knee = pt_test_add_condition (store, jane, "2026-01-10");
  gint64 a, b, c;
  g_autoptr(PtPainScore) pain = NULL;
  g_autoptr(PtRecord) deleted = NULL;

  a = pt_test_add_pain_score (store, jane, knee, "2026-02-01", 6);
  assert_overview (store, jane, 0, NULL, 6, knee);
  assert_matches (store, f->path);

  b = pt_test_add_pain_score (store, jane, 0, "2026-02-01", 3);
  assert_overview (store, jane, 0, NULL, 4.5, knee);
  assert_matches (store, f->path);

  /* An older day does not count. */
  c = pt_test_add_pain_score (store, jane, knee, "2026-01-15", 9);
  assert_overview (store, jane, 0, NULL, 4.5, knee);
  assert_matches (store, f->path);

  pain = PT_PAIN_SCORE (get_record (store, PT_TYPE_PAIN_SCORE, b));
  pt_pain_score_set_score (pain, 1);
  save (store, pain);
  assert_overview (store, jane, 0, NULL, 3.5, knee);
  assert_matches (store, f->path);

  pt_pain_score_set_date (pain, "2026-03-01");
  save (store, pain);
  assert_overview (store, jane, 0, NULL, 1, knee);
  assert_matches (store, f->path);

  /* A score with no condition may move to another patient. */
  pt_pain_score_set_patient_id (pain, john);
  save (store, pain);
  assert_overview (store, jane, 0, NULL, 6, knee);
  assert_overview (store, john, 0, NULL, 1, 0);
  assert_matches (store, f->path);

  deleted = delete (store, PT_TYPE_PAIN_SCORE, a);
  assert_overview (store, jane, 0, NULL, 9, knee);
  assert_matches (store, f->path);

  restore (store, deleted, a);
  assert_overview (store, jane, 0, NULL, 6, knee);
  assert_matches (store, f->path);

  g_clear_object (&deleted);
  deleted = delete (store, PT_TYPE_PAIN_SCORE, b);
  assert_overview (store, john, 0, NULL, NAN, 0);
  g_clear_object (&deleted);
  deleted = delete (store, PT_TYPE_PAIN_SCORE, a);
  g_clear_object (&deleted);
  deleted = delete (store, PT_TYPE_PAIN_SCORE, c);
  assert_overview (store, jane, 0, NULL, NAN, knee);
  assert_matches (store, f->path);
}

/* Patients: names sorted without case, archiving, deleting a patient with
 * records, undoing the delete of a patient, and all of it after reopening. */
static void
test_patients (PtTestFixture *f,
               gconstpointer  data)
{
  PtTestPatientIds jane, twin;
  gint64 adam = pt_test_add_patient (f->store, "adam Bell", "PT-3", BIRTH);
  gint64 zoe = pt_test_add_patient (f->store, "Zoë Ray", "PT-4", BIRTH);
  g_autoptr(PtRecord) deleted = NULL;
  g_autoptr(GError) error = NULL;

  /* Both "Jane Doe" and "jane doe": equal without case, so by id. */
  pt_test_add_patient_with_records (f->store, "Jane Doe", "PT-1", &jane);
  pt_test_add_patient_with_records (f->store, "jane doe", "PT-2", &twin);
  pt_test_add_pain_score (f->store, zoe, 0, "2026-05-05", 2.5);
  g_assert_cmpuint (assert_list_matches (f->store, f->path, TRUE), ==, 4);
  assert_overview (f->store, jane.patient, 1, "2025-10-01", 7, jane.condition);

  g_assert_true (pt_store_set_patient_archived (f->store, jane.patient, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (assert_list_matches (f->store, f->path, FALSE), ==, 3);
  g_assert_cmpuint (assert_list_matches (f->store, f->path, TRUE), ==, 4);

  g_assert_true (pt_store_delete_patient_with_records (f->store, twin.patient, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (assert_list_matches (f->store, f->path, TRUE), ==, 3);

  deleted = delete (f->store, PT_TYPE_PATIENT, adam);
  g_assert_cmpuint (assert_list_matches (f->store, f->path, TRUE), ==, 2);
  restore (f->store, deleted, adam);
  assert_overview (f->store, adam, 0, NULL, NAN, 0);
  g_assert_cmpuint (assert_list_matches (f->store, f->path, TRUE), ==, 3);

  f->store = pt_test_reopen (f->store, f->path);
  assert_overview (f->store, zoe, 0, NULL, 2.5, 0);
  assert_overview (f->store, jane.patient, 1, "2025-10-01", 7, jane.condition);
  assert_matches (f->store, f->path);
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* A file of format 1 (no summaries) with records gets the summaries filled
 * in by the update to format 2. */
static void
test_migration (PtTestFixture *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "format-1.db", NULL);
  g_autofree char *app_id = NULL;
  g_autofree char *pragma = NULL;
  g_autofree char *version = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  gint64 condition;

  g_assert_cmpuint (pt_schema_get_version (), >=, 2);
  app_id = pt_store_dup_setting (f->store, "application_id", &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec (db, "BEGIN");
  exec (db, pt_schema_get_migration (1));
  pragma = g_strdup_printf ("PRAGMA user_version = 1; PRAGMA application_id = %s", app_id);
  exec (db, pragma);
  exec (db,
        "INSERT INTO patients (id, name, date_of_birth, record_number, archived) VALUES"
        " (1, 'Jane Doe', '1983-06-14', 'PT-1', 0), (2, 'adam Bell', '1990-01-01', 'PT-2', 0),"
        " (3, 'Zoë Ray', '1975-03-03', 'PT-3', 1), (4, 'Bo Ek', '2000-02-02', 'PT-4', 0);"
        "INSERT INTO conditions (id, patient_id, kind, side, onset_date, status) VALUES"
        " (1, 1, 'runners-knee', 'left', '2026-01-10', 'active'),"
        " (2, 1, 'hamstring', 'right', '2026-03-01', 'active'),"
        " (3, 1, 'itbs', 'both', '2026-04-01', 'resolved'),"
        " (4, 2, 'heel-pain', 'left', '2025-05-05', 'active'),"
        " (5, 3, 'shin-splints', 'right', '2025-06-06', 'resolved');"
        "INSERT INTO sessions (patient_id, condition_id, date, treatment) VALUES"
        " (1, 1, '2026-02-01', 'dextrose'), (1, 2, '2026-03-15', 'prp'),"
        " (2, 4, '2025-06-01', 'dextrose'), (3, 5, '2025-07-01', 'neural');"
        "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source) VALUES"
        " (1, 1, '2026-03-15', 5, 'rest', 'clinic'), (1, NULL, '2026-03-15', 2.5, 'morning', 'patient'),"
        " (1, 2, '2026-02-01', 8, 'rest', 'clinic'), (3, NULL, '2025-08-01', 4, 'rest', 'patient');");
  exec (db, "COMMIT");
  sqlite3_close (db);

  store = pt_store_open (path, &error);
  g_assert_no_error (error);
  version = pt_store_dup_setting (store, "user_version", &error);
  g_assert_no_error (error);
  g_assert_cmpint (atoi (version), ==, (int) pt_schema_get_version ());

  /* Jane's main condition is the hamstring (2): her latest pain is its own
   * and the one with no condition, 2.5; the knee's 5 that day is not. */
  assert_overview (store, 1, 2, "2026-03-15", 2.5, 2);
  assert_overview (store, 2, 1, "2025-06-01", NAN, 4);
  assert_overview (store, 3, 1, "2025-07-01", 4, 0);
  assert_overview (store, 4, 0, NULL, NAN, 0);
  g_assert_cmpuint (assert_list_matches (store, path, TRUE), ==, 4);
  g_assert_cmpuint (assert_list_matches (store, path, FALSE), ==, 3);

  /* And the triggers work in the updated file. */
  condition = add_condition (store, 4, "2026-06-01", PT_CONDITION_KIND_OTHER);
  pt_test_add_session (store, 4, condition, "2026-06-02");
  assert_overview (store, 4, 1, "2026-06-02", NAN, condition);
  assert_matches (store, path);
}

/* The store's updates write every column; the triggers must also catch a
 * write of one column, as another writer (a future import, the sqlite3
 * shell) may do. */
static void
test_single_columns (PtTestFixture *f,
                     gconstpointer  data)
{
  PtTestPatientIds jane;
  gint64 john = pt_test_add_patient (f->store, "John Roe", "PT-2", BIRTH);
  gint64 older;
  PtDb *db = NULL;
  const char *steps[] = {
    "UPDATE conditions SET status = 'resolved' WHERE id = ?1",
    "UPDATE conditions SET status = 'active' WHERE id = ?1",
    "UPDATE conditions SET onset_date = '2025-01-01' WHERE id = ?1",
    "UPDATE sessions SET date = '2025-12-24' WHERE id = ?2",
    "UPDATE pain_scores SET score = 0.5 WHERE id = ?3",
    "UPDATE pain_scores SET date = '2025-09-01' WHERE id = ?3",
    "UPDATE pain_scores SET patient_id = ?4, condition_id = NULL WHERE id = ?3",
  };

  pt_test_add_patient_with_records (f->store, "Jane Doe", "PT-1", &jane);
  /* A kind of its own, so the list tells the two apart. */
  older = add_condition (f->store, jane.patient, "2025-06-01", PT_CONDITION_KIND_HEEL_PAIN);
  pt_test_add_pain_score (f->store, jane.patient, 0, "2025-08-01", 4);
  assert_overview (f->store, jane.patient, 1, "2025-10-01", 7, jane.condition);

  db = pt_test_clinic_connect (f->path, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      gint64 ids[] = { jane.condition, jane.session, jane.pain, john };
      g_autoptr(PtDbStmt) stmt = pt_db_prepare (db, steps[i]);

      g_assert_nonnull (stmt);
      for (int p = 1; p <= pt_db_bind_count (stmt); p++)
        pt_db_bind_int64 (stmt, p, ids[p - 1]);
      g_assert_cmpint (pt_db_step (stmt), ==, PT_DB_DONE);
      g_assert_cmpint (pt_db_changes (db), ==, 1);
      assert_matches (f->store, f->path);
    }
  pt_db_free (db);

  assert_overview (f->store, jane.patient, 1, "2025-12-24", 4, older);
  assert_overview (f->store, john, 0, NULL, 0.5, 0);
}

/* A generated clinic (the bulk path), then another one replacing it. On
 * a server a smaller one: its summary triggers are PL/pgSQL, once a row,
 * and 150 patients over 4 years took 45 s there alone, more than the
 * test's 240 s beside the other tests on a fresh machine. */
static void
test_generated (PtTestFixture *f,
                gconstpointer  data)
{
  gboolean server = pt_test_clinic_on_server ();
  guint n_patients = server ? 50 : 150;
  PtGenerateOptions options = { .n_patients = n_patients, .years = server ? 2 : 4, .seed = 3 };
  PtGenerateCounts counts;
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_generate_clinic (f->store, &options, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.sessions, >, 0);
  g_assert_cmpint (counts.pain_scores, >, 0);
  g_assert_cmpuint (assert_list_matches (f->store, f->path, TRUE), ==, n_patients);
  assert_list_matches (f->store, f->path, FALSE);

  options = (PtGenerateOptions) { .n_patients = 40, .years = 2, .seed = 4, .replace = TRUE };
  g_assert_true (pt_generate_clinic (f->store, &options, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (assert_list_matches (f->store, f->path, TRUE), ==, 40);
  assert_list_matches (f->store, f->path, FALSE);
}

/* The next visit is the one booked at the latest session: a later session
 * without one clears it; changing, moving and deleting sessions show at
 * once; and core's pt_analysis_next_visit, which the page uses, agrees. */
static void
assert_next_visit (PtStore    *store,
                   gint64      patient,
                   const char *expected)
{
  g_autoptr(PtPatientOverview) row = get_overview (store, patient);
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rule = NULL;

  g_assert_cmpstr (pt_patient_overview_get_next_visit (row), ==, expected);
  sessions = pt_store_list_sessions (store, patient, &error);
  g_assert_no_error (error);
  rule = pt_analysis_next_visit (sessions);
  g_assert_cmpstr (rule, ==, expected);
}

static void
test_next_visit (PtTestFixture *f,
                 gconstpointer  data)
{
  PtStore *store = f->store;
  gint64 jane = pt_test_add_patient (store, "Jane Doe", "PT-1", BIRTH);
  gint64 condition = add_condition (store, jane, "2026-01-05", PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_autoptr(PtSession) first = pt_test_new_session (jane, condition, "2026-02-02");
  g_autoptr(PtSession) second = pt_test_new_session (jane, condition, "2026-03-02");
  g_autoptr(PtRecord) deleted = NULL;
  gint64 second_id;

  assert_next_visit (store, jane, NULL);

  pt_session_set_next_visit (first, "2026-03-02");
  pt_test_expect_saved (store, first);
  assert_next_visit (store, jane, "2026-03-02");
  assert_matches (store, f->path);

  /* Seen on 2 March with nothing booked: none. */
  second_id = pt_test_expect_saved (store, second);
  assert_next_visit (store, jane, NULL);

  pt_session_set_next_visit (second, "2026-04-13");
  save (store, second);
  assert_next_visit (store, jane, "2026-04-13");
  assert_matches (store, f->path);

  /* Deleting the latest session brings back the one booked before it. */
  deleted = delete (store, PT_TYPE_SESSION, second_id);
  assert_next_visit (store, jane, "2026-03-02");
  restore (store, deleted, second_id);
  assert_next_visit (store, jane, "2026-04-13");
  assert_matches (store, f->path);
}

/* Two conditions: the list shows the latest pain of the main one (active,
 * latest onset), as the page does, whatever the other one's scores; a
 * session's pain before counts as that day's pain, its pain after never. */
static void
test_main_condition (PtTestFixture *f,
                     gconstpointer  data)
{
  PtStore *store = f->store;
  gint64 jane = pt_test_add_patient (store, "Jane Doe", "PT-1", BIRTH);
  gint64 knee = add_condition (store, jane, "2026-01-10", PT_CONDITION_KIND_RUNNERS_KNEE);
  gint64 heel = add_condition (store, jane, "2026-02-01", PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  g_autoptr(PtCondition) condition = NULL;
  g_autoptr(PtSession) session = NULL;
  gint64 visit;

  pt_test_add_pain_score (store, jane, heel, "2026-02-10", 6);
  pt_test_add_pain_score (store, jane, knee, "2026-03-01", 9);
  /* The knee's later score is not the heel's: 6, not 9 or 7.5. */
  assert_overview (store, jane, 0, NULL, 6, heel);
  g_assert_cmpfloat (page_latest_pain (store, jane), ==, 6);
  assert_matches (store, f->path);

  /* A session of the heel with pain 7 before and 5 after, on a later day:
   * the 7 is the latest pain; the 5, under anaesthetic, is not. */
  visit = pt_test_add_session (store, jane, heel, "2026-03-05");
  session = PT_SESSION (get_record (store, PT_TYPE_SESSION, visit));
  pt_session_set_pain_before (session, 7);
  pt_session_set_pain_after (session, 5);
  save (store, session);
  assert_overview (store, jane, 1, "2026-03-05", 7, heel);
  assert_matches (store, f->path);

  /* With a score the same day, the day's pain is their mean. */
  pt_test_add_pain_score (store, jane, 0, "2026-03-05", 4);
  assert_overview (store, jane, 1, "2026-03-05", 5.5, heel);
  assert_matches (store, f->path);

  /* The heel resolved: the knee is the main condition, with its own 9 and
   * the score with no condition. */
  condition = PT_CONDITION (get_record (store, PT_TYPE_CONDITION, heel));
  pt_condition_set_status (condition, PT_CONDITION_STATUS_RESOLVED);
  save (store, condition);
  assert_overview (store, jane, 1, "2026-03-05", 4, knee);
  assert_matches (store, f->path);

  /* Only resolved conditions: the latest of them, the heel. */
  g_clear_object (&condition);
  condition = PT_CONDITION (get_record (store, PT_TYPE_CONDITION, knee));
  pt_condition_set_status (condition, PT_CONDITION_STATUS_RESOLVED);
  save (store, condition);
  g_assert_cmpfloat (page_latest_pain (store, jane), ==, 5.5);
  assert_overview (store, jane, 1, "2026-03-05", 5.5, 0);
  assert_matches (store, f->path);

  /* The pain before cleared: the score alone. */
  pt_session_set_pain_before (session, NAN);
  save (store, session);
  assert_overview (store, jane, 1, "2026-03-05", 4, 0);
  assert_matches (store, f->path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);

  PT_TEST_ADD_WITH_STORE ("/core/summary/conditions", test_conditions);
  PT_TEST_ADD_WITH_STORE ("/core/summary/sessions", test_sessions);
  PT_TEST_ADD_WITH_STORE ("/core/summary/next-visit", test_next_visit);
  PT_TEST_ADD_WITH_STORE ("/core/summary/pain", test_pain);
  PT_TEST_ADD_WITH_STORE ("/core/summary/patients", test_patients);
  PT_TEST_ADD_WITH_STORE ("/core/summary/single-columns", test_single_columns);
  /* Formats of the SQLite file: a server starts at the current one. */
  if (!pt_test_clinic_on_server ())
    PT_TEST_ADD_WITH_STORE ("/core/summary/migration", test_migration);
  PT_TEST_ADD_WITH_STORE ("/core/summary/generated", test_generated);
  PT_TEST_ADD_WITH_STORE ("/core/summary/main-condition", test_main_condition);

  return g_test_run ();
}
