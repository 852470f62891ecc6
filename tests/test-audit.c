/* test-audit.c: the audit trail: every change written, sealed and checked
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes every record type through the store and reads the audit rows back
 * (through pt_store_list_audit and, for what the API does not show, with a
 * connection of its own); then damages the trail the way a person with the
 * sqlite3 tool could, and expects pt_store_verify_audit() and
 * `prolotrack-cli check` to name the row.
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <json-glib/json-glib.h>

#include "pt-audit.h"
#include "pt-condition.h"
#include "pt-cross-training.h"
#include "pt-pain-score.h"
#include "pt-patient.h"
#include "pt-run.h"
#include "pt-session.h"
#include "pt-shoe.h"
#include "pt-generate.h"
#include "pt-test-clinic.h"
#include "pt-test-utils.h"

#define CLINICIAN "Dr Ada Audit"

/* ---- helpers ---- */

/* One integer from @sql run on the clinic with a connection of its own. */
static gint64
raw_int (const char *path,
         const char *sql)
{
  PtDb *db = pt_test_clinic_connect (path, TRUE);
  gint64 value = pt_test_db_query_int (db, sql);

  pt_db_free (db);
  return value;
}

/* Runs @sql on the clinic as another program would (the sqlite3 tool, or
 * psql as the database's owner). */
static void
raw_exec (const char *path,
          const char *sql)
{
  PtDb *db = pt_test_clinic_connect (path, FALSE);

  pt_test_db_exec (db, sql);
  pt_db_free (db);
}

static gint64
count_audit (PtTestFixture *f,
             const char    *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit WHERE %s", where);
  return raw_int (f->path, sql);
}

static GPtrArray *
history (PtStore    *store,
         const char *table,
         gint64      id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = pt_store_list_audit (store, table, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

/* The change of @field in @entry, or NULL. */
static const PtAuditChange *
find_change (PtAuditEntry *entry,
             const char   *field)
{
  guint n;
  const PtAuditChange *changes = pt_audit_entry_get_changes (entry, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (changes[i].field, field))
      return &changes[i];
  return NULL;
}

static void
assert_verifies (PtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  gboolean ok = pt_store_verify_audit (store, &problems, &error);

  g_assert_no_error (error);
  if (!ok)
    g_error ("the audit trail does not verify: %s", problems[0]);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
}

/* Runs prolotrack-cli --database @path ARGS; returns the exit status. */
static int
run_cli (const char          *path,
         char               **out,
         char               **err,
         const char * const  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROLOTRACK_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

#define cli(path, out, err, ...) \
  run_cli ((path), (out), (err), (const char *[]) { __VA_ARGS__, NULL })

/* ---- tests ---- */

/* Every record type: one create row with the record's fields, the
 * clinician of the store, and a chain that verifies. */
static void
test_create_every_type (PtTestFixture *f,
                        gconstpointer  data)
{
  static const char * const tables[] = {
    "patients", "conditions", "sessions", "pain_scores", "shoes", "runs", "cross_training",
    "outcomes", "run_plans"
  };
  PtTestPatientIds ids;
  g_autoptr(GPtrArray) entries = NULL;
  PtAuditEntry *pain = NULL;

  pt_store_set_clinician (f->store, CLINICIAN);
  g_assert_cmpstr (pt_store_get_clinician (f->store), ==, CLINICIAN);
  pt_test_add_patient_with_records (f->store, "Audrey Trail", "AT-1", &ids);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *where = g_strdup_printf ("table_name = '%s'", tables[i]);
      g_autofree char *sealed = g_strdup_printf ("table_name = '%s' AND action = 'create' AND "
                                                 "clinician = '" CLINICIAN "' AND "
                                                 "length(hash) = 64 AND patient_id = %"
                                                 G_GINT64_FORMAT " AND before IS NULL AND "
                                                 "after IS NOT NULL", tables[i], ids.patient);

      g_assert_cmpint (count_audit (f, where), ==, 1);
      g_assert_cmpint (count_audit (f, sealed), ==, 1);
    }

  /* The patient's history holds all nine, newest first. */
  entries = history (f->store, NULL, ids.patient);
  g_assert_cmpuint (entries->len, ==, 9);
  g_assert_cmpstr (pt_audit_entry_get_table (entries->pdata[8]), ==, "patients");
  for (guint i = 0; i + 1 < entries->len; i++)
    g_assert_cmpint (pt_audit_entry_get_id (entries->pdata[i]), >,
                     pt_audit_entry_get_id (entries->pdata[i + 1]));
  /* Each after is a JSON object (read with json-glib, not the reader of
   * pt-audit-fields.c the history uses). */
  for (guint i = 0; i < entries->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = json_from_string (pt_audit_entry_get_after (entries->pdata[i]),
                                                   &error);

      g_assert_no_error (error);
      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
    }

  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (pt_audit_entry_get_table (entries->pdata[i]), "pain_scores") == 0)
      pain = entries->pdata[i];
  g_assert_nonnull (pain);
  g_assert_cmpint (pt_audit_entry_get_record_id (pain), ==, ids.pain);
  g_assert_cmpint (pt_audit_entry_get_action (pain), ==, PT_AUDIT_CREATE);
  g_assert_cmpstr (pt_audit_entry_get_clinician (pain), ==, CLINICIAN);
  g_assert_nonnull (find_change (pain, "score"));
  g_assert_null (find_change (pain, "score")->before);
  /* Added to the patient's own history: "Patient" is not repeated. */
  g_assert_null (find_change (pain, "patient_id"));

  assert_verifies (f->store);
}

/* Updates: one row with the fields before and after, said in words;
 * saving an unchanged record, or touching only updated_at, writes none. */
static void
test_update (PtTestFixture *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPainScore) score = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *line = NULL;
  g_autofree char *sql = NULL;
  PtTestPatientIds ids;
  const PtAuditChange *change;
  guint n_changes;

  pt_test_add_patient_with_records (f->store, "Audrey Trail", "AT-1", &ids);
  score = pt_store_get_pain_score (f->store, ids.pain, &error);
  g_assert_no_error (error);
  pt_pain_score_set_score (score, 2.5);
  g_assert_true (pt_store_update (f->store, PT_RECORD (score), &error));
  g_assert_no_error (error);

  entries = history (f->store, "pain_scores", ids.pain);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[0]), ==, PT_AUDIT_UPDATE);
  pt_audit_entry_get_changes (entries->pdata[0], &n_changes);
  g_assert_cmpuint (n_changes, ==, 1);
  change = find_change (entries->pdata[0], "score");
  g_assert_nonnull (change);
  g_assert_cmpfloat (g_ascii_strtod (change->after, NULL), ==, 2.5);
  g_assert_cmpfloat (g_ascii_strtod (change->before, NULL), !=, 2.5);
  line = pt_audit_change_describe (entries->pdata[0], change, PT_DISTANCE_UNIT_KM);
  pt_test_assert_contains (line, "Pain: ");
  pt_test_assert_contains (line, " → 2.5");

  /* Saved again unchanged: no row. */
  g_assert_true (pt_store_update (f->store, PT_RECORD (score), &error));
  g_assert_cmpint (count_audit (f, "action = 'update'"), ==, 1);

  /* Only updated_at, by another program: no row either. */
  sql = g_strdup_printf ("UPDATE pain_scores SET updated_at = '2030-01-01T00:00:00.000Z' "
                         "WHERE id = %" G_GINT64_FORMAT, ids.pain);
  raw_exec (f->path, sql);
  g_assert_cmpint (count_audit (f, "action = 'update'"), ==, 1);

  /* Every other type's update: one row naming the field. */
  for (guint i = 0; i < 6; i++)
    {
      static const struct { GType (*type) (void); gsize offset; } types[] = {
        { pt_patient_get_type, G_STRUCT_OFFSET (PtTestPatientIds, patient) },
        { pt_condition_get_type, G_STRUCT_OFFSET (PtTestPatientIds, condition) },
        { pt_session_get_type, G_STRUCT_OFFSET (PtTestPatientIds, session) },
        { pt_shoe_get_type, G_STRUCT_OFFSET (PtTestPatientIds, shoe) },
        { pt_run_get_type, G_STRUCT_OFFSET (PtTestPatientIds, run) },
        { pt_cross_training_get_type, G_STRUCT_OFFSET (PtTestPatientIds, cross) },
      };
      gint64 id = G_STRUCT_MEMBER (gint64, &ids, types[i].offset);
      g_autoptr(PtRecord) record = NULL;
      g_autoptr(GPtrArray) record_history = NULL;

      /* The record as stored, by its id. */
      if (types[i].type () == PT_TYPE_PATIENT)
        record = PT_RECORD (pt_store_get_patient (f->store, id, &error));
      else if (types[i].type () == PT_TYPE_CONDITION)
        record = PT_RECORD (pt_store_get_condition (f->store, id, &error));
      else if (types[i].type () == PT_TYPE_SESSION)
        record = PT_RECORD (pt_store_get_session (f->store, id, &error));
      else if (types[i].type () == PT_TYPE_SHOE)
        record = PT_RECORD (pt_store_get_shoe (f->store, id, &error));
      else if (types[i].type () == PT_TYPE_RUN)
        record = PT_RECORD (pt_store_get_run (f->store, id, &error));
      else
        record = PT_RECORD (pt_store_get_cross_training (f->store, id, &error));
      g_assert_no_error (error);

      g_object_set (record, "notes", "Changed for the audit", NULL);
      g_assert_true (pt_store_update (f->store, record, &error));
      g_assert_no_error (error);

      record_history = pt_store_list_record_audit (f->store, record, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (record_history->len, ==, 2);
      g_assert_cmpint (pt_audit_entry_get_action (record_history->pdata[0]), ==,
                       PT_AUDIT_UPDATE);
      pt_audit_entry_get_changes (record_history->pdata[0], &n_changes);
      g_assert_cmpuint (n_changes, ==, 1);
      g_assert_cmpstr (find_change (record_history->pdata[0], "notes")->after, ==,
                       "Changed for the audit");
    }

  g_assert_cmpint (count_audit (f, "action = 'update'"), ==, 7);
  assert_verifies (f->store);
}

/* Delete and undo: a delete row with the fields before, then a restore. */
static void
test_delete_restore (PtTestFixture *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtRun) run = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  PtTestPatientIds ids;

  pt_test_add_patient_with_records (f->store, "Audrey Trail", "AT-1", &ids);
  run = pt_store_get_run (f->store, ids.run, &error);
  g_assert_no_error (error);

  g_assert_true (pt_store_delete (f->store, PT_RECORD (run), &error));
  g_assert_no_error (error);
  g_assert_true (pt_store_restore (f->store, PT_RECORD (run), &error));
  g_assert_no_error (error);

  entries = history (f->store, "runs", ids.run);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[0]), ==, PT_AUDIT_RESTORE);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[1]), ==, PT_AUDIT_DELETE);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[2]), ==, PT_AUDIT_CREATE);
  g_assert_null (pt_audit_entry_get_after (entries->pdata[1]));
  g_assert_cmpfloat (g_ascii_strtod (find_change (entries->pdata[1], "distance_m")->before,
                                     NULL), ==, pt_run_get_distance_m (run));
  g_assert_null (find_change (entries->pdata[1], "distance_m")->after);
  g_assert_cmpint (count_audit (f, "action = 'restore' AND table_name = 'runs'"), ==, 1);
  g_assert_cmpint (count_audit (f, "action = 'create' AND table_name = 'runs'"), ==, 1);

  /* The patient with everything: each record's delete says it came with
   * the patient's. */
  g_assert_true (pt_store_delete_patient_with_records (f->store, ids.patient, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (f, "action = 'delete'"), ==, 10);
  g_assert_cmpint (count_audit (f, "action = 'delete' AND table_name <> 'patients' AND "
                                   "detail = '" PT_AUDIT_DETAIL_WITH_PATIENT "'"), ==, 8);
  g_assert_cmpint (count_audit (f, "action = 'delete' AND table_name = 'patients' AND "
                                   "detail IS NULL"), ==, 1);
  assert_verifies (f->store);
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
  else if (type == PT_TYPE_SHOE)
    record = PT_RECORD (pt_store_get_shoe (store, id, &error));
  else if (type == PT_TYPE_RUN)
    record = PT_RECORD (pt_store_get_run (store, id, &error));
  else if (type == PT_TYPE_OUTCOME)
    record = PT_RECORD (pt_store_get_outcome (store, id, &error));
  else if (type == PT_TYPE_RUN_PLAN)
    record = PT_RECORD (pt_store_get_run_plan (store, id, &error));
  else
    record = PT_RECORD (pt_store_get_cross_training (store, id, &error));
  g_assert_no_error (error);
  return record;
}

/* Every record type but the patient deleted and put back (undo): one
 * delete and one restore row each, the restore with the fields back. */
static void
test_delete_restore_every_type (PtTestFixture *f,
                                gconstpointer  data)
{
  /* Children before what they point to. */
  const struct { GType type; const char *table; gsize offset; } order[] = {
    { PT_TYPE_OUTCOME, "outcomes", G_STRUCT_OFFSET (PtTestPatientIds, outcome) },
    { PT_TYPE_RUN_PLAN, "run_plans", G_STRUCT_OFFSET (PtTestPatientIds, run_plan) },
    { PT_TYPE_CROSS_TRAINING, "cross_training", G_STRUCT_OFFSET (PtTestPatientIds, cross) },
    { PT_TYPE_RUN, "runs", G_STRUCT_OFFSET (PtTestPatientIds, run) },
    { PT_TYPE_PAIN_SCORE, "pain_scores", G_STRUCT_OFFSET (PtTestPatientIds, pain) },
    { PT_TYPE_SESSION, "sessions", G_STRUCT_OFFSET (PtTestPatientIds, session) },
    { PT_TYPE_SHOE, "shoes", G_STRUCT_OFFSET (PtTestPatientIds, shoe) },
    { PT_TYPE_CONDITION, "conditions", G_STRUCT_OFFSET (PtTestPatientIds, condition) },
  };
  PtRecord *records[G_N_ELEMENTS (order)];
  g_autoptr(GError) error = NULL;
  PtTestPatientIds ids;

  pt_test_add_patient_with_records (f->store, "Audrey Trail", "AT-1", &ids);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      records[i] = get_record (f->store, order[i].type,
                               G_STRUCT_MEMBER (gint64, &ids, order[i].offset));
      g_assert_true (pt_store_delete (f->store, records[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = G_N_ELEMENTS (order); i-- > 0; )
    {
      g_assert_true (pt_store_restore (f->store, records[i], &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      gint64 id = G_STRUCT_MEMBER (gint64, &ids, order[i].offset);
      g_autoptr(GPtrArray) entries = history (f->store, order[i].table, id);

      g_assert_cmpuint (entries->len, ==, 3);
      g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[0]), ==, PT_AUDIT_RESTORE);
      g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[1]), ==, PT_AUDIT_DELETE);
      g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[2]), ==, PT_AUDIT_CREATE);
      /* What was deleted is what came back, and what was created. */
      g_assert_cmpstr (pt_audit_entry_get_before (entries->pdata[1]), ==,
                       pt_audit_entry_get_after (entries->pdata[0]));
      g_assert_cmpstr (pt_audit_entry_get_after (entries->pdata[2]), ==,
                       pt_audit_entry_get_after (entries->pdata[0]));
      g_assert_null (pt_audit_entry_get_detail (entries->pdata[1]));
      g_object_unref (records[i]);
    }

  g_assert_cmpint (count_audit (f, "action = 'delete'"), ==, 8);
  g_assert_cmpint (count_audit (f, "action = 'restore'"), ==, 8);
  assert_verifies (f->store);
}

static gboolean
add_then_fail (PtStore   *store,
               gpointer   user_data,
               GError   **error)
{
  gint64 *patient = user_data;
  g_autoptr(PtPainScore) score = pt_test_new_pain_score (*patient, 0, "2026-01-05", 4);

  g_assert_cmpint (pt_store_add (store, PT_RECORD (score), error), >, 0);
  g_set_error (error, PT_ERROR, PT_ERROR_INVALID, "Refused on purpose");
  return FALSE;
}

/* A write that is rolled back leaves no audit row. */
static void
test_rollback (PtTestFixture *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 patient = pt_test_add_patient (f->store, "Rolf Back", "RB-1", PT_TEST_BIRTH);
  gint64 before = count_audit (f, "true");

  g_assert_cmpint (before, ==, 1);
  g_assert_false (pt_store_run_batch (f->store, add_then_fail, &patient, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpint (pt_test_count (f->store, PT_TYPE_PAIN_SCORE), ==, 0);
  g_assert_cmpint (count_audit (f, "true"), ==, before);
  assert_verifies (f->store);
}

/* The login name when no clinician is set; another program's rows are
 * sealed without one at the store's next write. */
static void
test_clinician (PtTestFixture *f,
                gconstpointer  data)
{
  gint64 patient;
  g_autofree char *sql = NULL;

  pt_store_set_clinician (f->store, "   ");
  g_assert_cmpstr (pt_store_get_clinician (f->store), ==, g_get_user_name ());
  patient = pt_test_add_patient (f->store, "Lou Gin", "LG-1", PT_TEST_BIRTH);
  g_assert_cmpint (count_audit (f, "clinician IS NOT NULL AND hash IS NOT NULL"), ==, 1);
  {
    g_autoptr(GPtrArray) entries = history (f->store, "patients", patient);
    g_assert_cmpstr (pt_audit_entry_get_clinician (entries->pdata[0]), ==, g_get_user_name ());
  }

  sql = g_strdup_printf ("INSERT INTO pain_scores (patient_id, date, score, context, source) "
                         "VALUES (%" G_GINT64_FORMAT ", '2026-01-02', 3, 'rest', 'clinic')",
                         patient);
  raw_exec (f->path, sql);
  g_assert_cmpint (count_audit (f, "table_name = 'pain_scores' AND hash IS NULL"), ==, 1);
  assert_verifies (f->store);  /* not sealed yet is not broken */

  pt_store_set_clinician (f->store, CLINICIAN);
  pt_test_add_patient (f->store, "Second", "LG-2", PT_TEST_BIRTH);
  g_assert_cmpint (count_audit (f, "hash IS NULL"), ==, 0);
  g_assert_cmpint (count_audit (f, "table_name = 'pain_scores' AND clinician IS NULL"), ==, 1);
  g_assert_cmpint (count_audit (f, "table_name = 'patients' AND clinician = '" CLINICIAN "'"),
                   ==, 1);
  assert_verifies (f->store);
}

/* Several rows, for the damage tests: ids 1 to 9. */
static void
fill_trail (PtTestFixture *f)
{
  PtTestPatientIds ids;

  pt_test_add_patient_with_records (f->store, "Audrey Trail", "AT-1", &ids);
  g_assert_cmpint (count_audit (f, "true"), ==, 9);
  assert_verifies (f->store);
}

static void
assert_broken (PtTestFixture *f,
               const char    *first_problem)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_false (pt_store_verify_audit (f->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (problems), >=, 1);
  g_assert_cmpstr (problems[0], ==, first_problem);

  g_assert_cmpint (cli (f->path, &out, &err, "check"), ==, 1);
  pt_test_assert_contains (err, first_problem);
  g_assert_false (g_str_has_suffix (out, "ok\n"));
}

static void
test_edited_row (PtTestFixture *f,
                 gconstpointer  data)
{
  fill_trail (f);
  raw_exec (f->path, "UPDATE audit SET after = replace(after, '\"name\":\"Audrey Trail\"', "
                     "'\"name\":\"Someone Else\"') WHERE id = 1");
  g_assert_cmpint (count_audit (f, "after LIKE '%Someone Else%'"), ==, 1);
  assert_broken (f, "Audit row 1 was changed after it was written (its hash does not match)");
}

static void
test_deleted_row (PtTestFixture *f,
                  gconstpointer  data)
{
  fill_trail (f);
  raw_exec (f->path, "DELETE FROM audit WHERE id = 4");
  assert_broken (f, "Audit row 4 is missing: it was deleted");
}

/* The newest row deleted, and a later write: still found. */
static void
test_deleted_newest (PtTestFixture *f,
                     gconstpointer  data)
{
  fill_trail (f);
  raw_exec (f->path, "DELETE FROM audit WHERE id = 9");
  assert_broken (f, "Audit rows after row 8 are missing: the newest, row 9, was deleted");
  pt_test_add_patient (f->store, "Later", "AT-2", PT_TEST_BIRTH);
  /* SQLite gives the next row the deleted one's id again; a server's
   * sequence never does, so there the gap shows. */
  if (pt_test_clinic_on_server ())
    assert_broken (f, "Audit row 9 is missing: it was deleted");
  else
    assert_broken (f, "Audit row 9 does not follow row 8: rows were moved, replaced or changed");
}

/* Two rows swapped (same ids, each other's contents). */
static void
test_reordered (PtTestFixture *f,
                gconstpointer  data)
{
  fill_trail (f);
  raw_exec (f->path,
            "CREATE TEMP TABLE s AS SELECT * FROM audit WHERE id IN (2, 3);"
            "UPDATE audit SET (at, clinician, action, table_name, record_id, patient_id, detail, "
            "before, after, prev_hash, hash) = (SELECT at, clinician, action, table_name, "
            "record_id, patient_id, detail, before, after, prev_hash, hash FROM s "
            "WHERE s.id = 5 - audit.id) WHERE id IN (2, 3);");
  assert_broken (f, "Audit row 2 does not follow row 1: rows were moved, replaced or changed");
}

/* The CLI records who wrote, and its exports and reports. */
static void
test_cli_events (PtTestFixture *f,
                 gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *png = g_build_filename (f->dir, "chart.png", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "runs.csv", NULL);
  g_autoptr(GPtrArray) entries = NULL;
  PtTestPatientIds ids;

  pt_test_add_patient_with_records (f->store, "Cli Event", "CE-1", &ids);

  g_assert_cmpint (cli (f->path, &out, &err, "--clinician", CLINICIAN, "log-pain",
                        "--patient", "CE-1", "--score", "5", "--context", "rest",
                        "--date", "2026-01-10"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (f->path, &out, &err, "--clinician", CLINICIAN, "report", "CE-1",
                        "-o", pdf), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (f->path, &out, &err, "--clinician", CLINICIAN, "chart", "CE-1",
                        "-o", png), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (f->path, &out, &err, "--clinician", CLINICIAN, "export-csv",
                        "--patient", "CE-1", "--table", "runs", "-o", csv), ==, 0);

  entries = history (f->store, NULL, ids.patient);
  g_assert_cmpuint (entries->len, ==, 9 + 4);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[0]), ==, PT_AUDIT_EXPORT);
  pt_test_assert_contains (pt_audit_entry_get_detail (entries->pdata[0]), csv);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[1]), ==, PT_AUDIT_EXPORT);
  pt_test_assert_contains (pt_audit_entry_get_detail (entries->pdata[1]), png);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[2]), ==, PT_AUDIT_REPORT);
  pt_test_assert_contains (pt_audit_entry_get_detail (entries->pdata[2]), pdf);
  g_assert_cmpint (pt_audit_entry_get_action (entries->pdata[3]), ==, PT_AUDIT_CREATE);
  g_assert_cmpstr (pt_audit_entry_get_table (entries->pdata[3]), ==, "pain_scores");
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (pt_audit_entry_get_clinician (entries->pdata[i]), ==, CLINICIAN);
  g_assert_null (pt_audit_entry_get_table (entries->pdata[0]));
  g_assert_cmpint (pt_audit_entry_get_patient_id (entries->pdata[0]), ==, ids.patient);

  /* history prints them, newest first, in words and as JSON. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (f->path, &out, &err, "history", "CE-1"), ==, 0);
  pt_test_assert_contains (out, CLINICIAN "  Exported records");
  pt_test_assert_contains (out, "Added a pain score");
  pt_test_assert_contains (out, "    Pain: 5\n");
  g_assert_cmpint (strstr (out, "Exported records") - out, <,
                   strstr (out, "Added the patient") - out);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (f->path, &out, &err, "history", "CE-1", "--json"), ==, 0);
  pt_test_assert_contains (out, "\"action\" : \"report\"");
  pt_test_assert_contains (out, "\"field\" : \"score\"");

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (f->path, &out, &err, "check"), ==, 0);
  assert_verifies (f->store);
}

/* The chain's hash is the documented one. */
static void
test_hash (void)
{
  const char * const values[] = { "1", NULL, "é" };
  g_autofree char *hash = pt_audit_hash ("ab", values, G_N_ELEMENTS (values));
  g_autofree char *expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                             "abS1:1;N;S2:é;", -1);

  g_assert_cmpstr (hash, ==, expected);
  g_assert_cmpuint (strlen (hash), ==, 64);
}

/* A generated clinic is one audit row for the whole fill, not one per
 * synthetic record; the writes after it are audited row by row, and a
 * replaced clinic's deletes are too. */
static void
test_generated_fill (PtTestFixture *f,
                     gconstpointer  data)
{
  PtGenerateOptions options = { .n_patients = 12, .years = 1, .seed = 7 };
  PtGenerateCounts counts;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *detail = NULL;
  gint64 n_patients;
  gint64 n_scores;

  g_assert_true (pt_generate_clinic (f->store, &options, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (f, "action = 'create' AND table_name IS NULL "
                                   "AND detail LIKE 'generate: 12 patients and % records in one fill'"),
                   ==, 1);
  if (pt_test_clinic_on_server ())
    {
      /* A server keeps its insert triggers (dropping one is DDL, which
       * the application role may not run): every record has its row. */
      g_assert_cmpint (count_audit (f, "action = 'create' AND table_name = 'patients'"), ==, 12);
      g_assert_cmpint (count_audit (f, "table_name = 'runs'"), ==, counts.runs);
    }
  else
    {
      g_assert_cmpint (count_audit (f, "true"), ==, 1);
      g_assert_cmpint (raw_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                         "AND name LIKE '%_audit_insert'"), ==, 9);
    }

  /* The triggers are back: the next write is audited as usual. */
  n_scores = count_audit (f, "table_name = 'pain_scores' AND action = 'create'");
  pt_test_add_pain_score (f->store, 1, 0, "2026-01-05", 4);
  g_assert_cmpint (count_audit (f, "table_name = 'pain_scores' AND action = 'create'"), ==,
                   n_scores + 1);

  /* Replacing the clinic deletes every record, each audited. */
  n_patients = pt_store_count_patients (f->store, TRUE, NULL);
  options = (PtGenerateOptions) { .n_patients = 3, .years = 1, .seed = 8, .replace = TRUE };
  g_assert_true (pt_generate_clinic (f->store, &options, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (f, "table_name = 'patients' AND action = 'delete'"), ==,
                   n_patients);
  g_assert_cmpint (count_audit (f, "table_name IS NULL AND action = 'create'"), ==, 2);

  g_assert_true (pt_store_verify_audit (f->store, &problems, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/audit/hash", test_hash);
  PT_TEST_ADD_WITH_STORE ("/core/audit/create-every-type", test_create_every_type);
  PT_TEST_ADD_WITH_STORE ("/core/audit/update", test_update);
  PT_TEST_ADD_WITH_STORE ("/core/audit/delete-restore", test_delete_restore);
  PT_TEST_ADD_WITH_STORE ("/core/audit/delete-restore-every-type",
                          test_delete_restore_every_type);
  PT_TEST_ADD_WITH_STORE ("/core/audit/rollback", test_rollback);
  PT_TEST_ADD_WITH_STORE ("/core/audit/clinician", test_clinician);
  PT_TEST_ADD_WITH_STORE ("/core/audit/damage/edited-row", test_edited_row);
  PT_TEST_ADD_WITH_STORE ("/core/audit/damage/deleted-row", test_deleted_row);
  PT_TEST_ADD_WITH_STORE ("/core/audit/damage/deleted-newest", test_deleted_newest);
  PT_TEST_ADD_WITH_STORE ("/core/audit/damage/reordered", test_reordered);
  PT_TEST_ADD_WITH_STORE ("/core/audit/cli-events", test_cli_events);
  PT_TEST_ADD_WITH_STORE ("/core/audit/generated-fill", test_generated_fill);

  return g_test_run ();
}
