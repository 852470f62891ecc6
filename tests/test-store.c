/* test-store.c: the SQLite file: opened safely, refused when it is not ours,
 * kept across reopening, checked, and guarded by the schema itself
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the store API does with records (updates, deleting, lists, batches)
 * is in test-records.c.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "pt-store.h"
#include "pt-test-utils.h"

#define BIRTH PT_TEST_BIRTH

/* A name that needs every byte of UTF-8 right: accents, CJK and an emoji. */
#define UTF8_NAME "Zoë Ångström-Nuñez 山田花子 🏃"
#define MULTILINE_NOTES \
  "Failed rest, orthotics and physical therapy.\nFirst steps hurt most.\n\tSee GP letter."

/* Helpers ------------------------------------------------------------------ */

static void
assert_mode (const char *path,
             guint       expected)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, expected);
}

static void
assert_no_file (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_assert_cmpstr (path, ==, "(absent)");
}

static void
assert_setting (PtStore    *store,
                const char *name,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = pt_store_dup_setting (store, name, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, expected);
}

static void
assert_safe_settings (PtStore *store)
{
  g_autofree char *version = g_strdup_printf ("%u", pt_store_get_schema_version ());

  assert_setting (store, "journal_mode", "wal");
  assert_setting (store, "synchronous", "2");  /* FULL */
  assert_setting (store, "foreign_keys", "1");
  assert_setting (store, "user_version", version);
}

/* Runs @sql on a connection of the test's own; returns the extended result code. */
static int
raw_exec (sqlite3    *db,
          const char *sql)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_test_message ("SQLite said: %s", sqlite3_errmsg (db));
      return sqlite3_extended_errcode (db);
    }

  return SQLITE_OK;
}

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static void
raw_close (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static char *
sidecar (const char *path,
         const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

static void
assert_no_sidecars (const char *path)
{
  g_autofree char *wal = sidecar (path, "-wal");
  g_autofree char *shm = sidecar (path, "-shm");
  g_autofree char *journal = sidecar (path, "-journal");

  assert_no_file (wal);
  assert_no_file (shm);
  assert_no_file (journal);
}

/* Opening a file that is not ours must fail with @code and leave every byte. */
static void
assert_open_refused (const char  *path,
                     PtErrorCode  code,
                     const char  *words)
{
  g_autoptr(GBytes) before = pt_test_read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;

  assert_no_sidecars (path);

  store = pt_store_open (path, &error);
  g_assert_null (store);
  pt_test_assert_error (error, code, NULL, words, NULL);

  after = pt_test_read_file (path);
  g_assert_cmpuint (g_bytes_get_size (after), ==, g_bytes_get_size (before));
  g_assert_true (g_bytes_equal (before, after));
  assert_no_sidecars (path);
}

/* Opening ------------------------------------------------------------------ */

static void
test_open_creates_private_file (void)
{
  g_autofree char *dir = pt_test_make_tmp_dir ();
  g_autofree char *folder = g_build_filename (dir, "clinic", "records", NULL);
  g_autofree char *path = g_build_filename (folder, "prolotrack.db", NULL);
  g_autofree char *wal = sidecar (path, "-wal");
  g_autoptr(GError) error = NULL;
  g_autofree char *app_id = NULL;
  PtStore *store;
  GStatBuf st;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  store = pt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpstr (pt_store_get_path (store), ==, path);

  /* The missing folders were made, for this account only. */
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0077, ==, 0);

  /* Health records: the file (and its write-ahead log) for the owner only. */
  assert_mode (path, 0600);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    assert_mode (wal, 0600);

  assert_safe_settings (store);
  app_id = pt_store_dup_setting (store, "application_id", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (app_id, !=, "0");

  /* The same guarantees on a database that already exists. */
  store = pt_test_reopen (store, path);
  assert_mode (path, 0600);
  assert_safe_settings (store);
  g_assert_finalize_object (store);

  pt_test_remove_tmp_dir (dir);
}

static void
test_open_folder_refused (PtTestFixture *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open (fixture->dir, &error);

  g_assert_null (store);
  pt_test_assert_error (error, PT_ERROR_STORAGE, NULL, "folder", NULL);
}

static void
test_open_too_new (void)
{
  g_autofree char *dir = pt_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "prolotrack.db", NULL);
  g_autofree char *wal = sidecar (path, "-wal");
  g_autofree char *bump = NULL;
  g_autoptr(GError) error = NULL;
  PtStore *store;
  sqlite3 *db;

  store = pt_store_open (path, &error);
  g_assert_no_error (error);
  pt_test_add_patient (store, "Jane Doe", "PT-1", BIRTH);
  g_assert_finalize_object (store);

  /* A later ProloTrack has been here: its format is one step ahead. */
  db = raw_open (path);
  bump = g_strdup_printf ("PRAGMA user_version = %u", pt_store_get_schema_version () + 1);
  g_assert_cmpint (raw_exec (db, bump), ==, SQLITE_OK);
  g_assert_cmpint (raw_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)"), ==, SQLITE_OK);
  raw_close (db);
  assert_no_file (wal);

  assert_open_refused (path, PT_ERROR_TOO_NEW, "newer version");

  /* Asking again gives the same answer: nothing was half-migrated. */
  assert_open_refused (path, PT_ERROR_TOO_NEW, "newer version");

  pt_test_remove_tmp_dir (dir);
}

static void
test_open_not_database_text (void)
{
  g_autofree char *dir = pt_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 64; i++)
    g_string_append_printf (text, "Line %u of a shopping list: eggs, milk, bread, apples.\n", i);
  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);

  assert_open_refused (path, PT_ERROR_NOT_DATABASE, "not a ProloTrack database");

  pt_test_remove_tmp_dir (dir);
}

static void
test_open_not_database_other_program (void)
{
  g_autofree char *dir = pt_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  sqlite3 *db;

  /* Someone else's SQLite file: no application_id, user_version 0. */
  db = raw_open (path);
  g_assert_cmpint (raw_exec (db, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT);"
                                 "INSERT INTO recipes (title) VALUES ('Pancakes');"),
                   ==, SQLITE_OK);
  raw_close (db);

  assert_open_refused (path, PT_ERROR_NOT_DATABASE, "not a ProloTrack database");

  pt_test_remove_tmp_dir (dir);
}

static void
test_open_not_database_other_program_versioned (void)
{
  g_autofree char *dir = pt_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  sqlite3 *db;

  /* Another program that versions its schema too: not "a newer ProloTrack". */
  db = raw_open (path);
  g_assert_cmpint (raw_exec (db, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT);"
                                 "PRAGMA user_version = 7;"),
                   ==, SQLITE_OK);
  raw_close (db);

  assert_open_refused (path, PT_ERROR_NOT_DATABASE, "belongs to another program");

  pt_test_remove_tmp_dir (dir);
}

static void
test_open_too_new_with_wal (void)
{
  g_autofree char *dir = pt_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "prolotrack.db", NULL);
  g_autofree char *wal = sidecar (path, "-wal");
  g_autofree char *bump = NULL;
  g_autoptr(GBytes) main_before = NULL;
  g_autoptr(GBytes) wal_before = NULL;
  g_autoptr(GBytes) main_after = NULL;
  g_autoptr(GBytes) wal_after = NULL;
  g_autoptr(GError) error = NULL;
  PtStore *store;
  sqlite3 *db;

  store = pt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  /* A newer ProloTrack wrote its change to the log and has not yet copied
   * it into the database file. */
  db = raw_open (path);
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  bump = g_strdup_printf ("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = %u;",
                          pt_store_get_schema_version () + 1);
  g_assert_cmpint (raw_exec (db, bump), ==, SQLITE_OK);
  raw_close (db);

  main_before = pt_test_read_file (path);
  wal_before = pt_test_read_file (wal);
  g_assert_cmpuint (g_bytes_get_size (wal_before), >, 0);

  store = pt_store_open (path, &error);
  g_assert_null (store);
  pt_test_assert_error (error, PT_ERROR_TOO_NEW, NULL, "newer version", NULL);

  main_after = pt_test_read_file (path);
  wal_after = pt_test_read_file (wal);
  g_assert_true (g_bytes_equal (main_before, main_after));
  g_assert_true (g_bytes_equal (wal_before, wal_after));

  pt_test_remove_tmp_dir (dir);
}

typedef struct
{
  const char *path;
  GMutex      lock;
  GCond       go;
  gboolean    started;
} OpenRace;

static gpointer
open_in_thread (gpointer data)
{
  OpenRace *race = data;
  g_autoptr(GError) error = NULL;
  PtStore *store;

  g_mutex_lock (&race->lock);
  while (!race->started)
    g_cond_wait (&race->go, &race->lock);
  g_mutex_unlock (&race->lock);

  store = pt_store_open (race->path, &error);
  g_assert_no_error (error);

  /* Checked here: a store is used by the thread that opened it. */
  assert_safe_settings (store);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, 0);
  g_assert_finalize_object (store);
  return NULL;
}

static void
test_open_concurrently (void)
{
  g_autofree char *dir = pt_test_make_tmp_dir ();

  /* The app and a script starting at the same moment on a new file: both
   * get a working database, migrated once. */
  for (guint round = 0; round < 10; round++)
    {
      g_autofree char *path = g_strdup_printf ("%s/race-%u.db", dir, round);
      OpenRace race = { path };
      GThread *threads[3];

      g_mutex_init (&race.lock);
      g_cond_init (&race.go);
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        threads[i] = g_thread_new ("open", open_in_thread, &race);

      g_mutex_lock (&race.lock);
      race.started = TRUE;
      g_cond_broadcast (&race.go);
      g_mutex_unlock (&race.lock);

      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        g_thread_join (threads[i]);

      g_cond_clear (&race.go);
      g_mutex_clear (&race.lock);
    }

  pt_test_remove_tmp_dir (dir);
}

/* Round trip ----------------------------------------------------------------- */

typedef struct
{
  PtPatient       *patient;
  PtCondition     *condition;
  PtSession       *session;
  PtPainScore     *pain;
  PtShoe          *shoe;
  PtRun           *run;
  PtCrossTraining *cross;
} FullRecord;

static void
full_record_clear (FullRecord *full)
{
  g_clear_object (&full->patient);
  g_clear_object (&full->condition);
  g_clear_object (&full->session);
  g_clear_object (&full->pain);
  g_clear_object (&full->shoe);
  g_clear_object (&full->run);
  g_clear_object (&full->cross);
}

/* One record of each type, with every optional field set. */
static void
full_record_add (PtStore    *store,
                 FullRecord *full)
{
  g_autoptr(GError) error = NULL;
  gint64 patient_id, condition_id, shoe_id;

  full->patient = pt_test_new_patient (UTF8_NAME, "PT-0042", BIRTH);
  pt_patient_set_sex (full->patient, PT_SEX_FEMALE);
  pt_patient_set_contact (full->patient, "07700 900123\nzoe@example.org");
  pt_patient_set_notes (full->patient, MULTILINE_NOTES);
  pt_patient_set_archived (full->patient, TRUE);
  patient_id = pt_store_add_patient (store, full->patient, &error);
  g_assert_no_error (error);

  full->condition = pt_test_new_condition (patient_id, "2025-09-01");
  pt_condition_set_kind (full->condition, PT_CONDITION_KIND_ACHILLES_TENDINOPATHY);
  pt_condition_set_side (full->condition, PT_SIDE_BOTH);
  pt_condition_set_status (full->condition, PT_CONDITION_STATUS_RESOLVED);
  pt_condition_set_prior_treatments (full->condition, PT_PRIOR_TREATMENT_REST |
                                                      PT_PRIOR_TREATMENT_ORTHOTICS |
                                                      PT_PRIOR_TREATMENT_PHYSICAL_THERAPY);
  pt_condition_set_notes (full->condition, "Insertional.\nThickened on ultrasound — 7 mm.");
  condition_id = pt_store_add_condition (store, full->condition, &error);
  g_assert_no_error (error);

  full->session = pt_test_new_session (patient_id, condition_id, "2025-11-03");
  pt_session_set_treatment (full->session, PT_TREATMENT_PRP);
  pt_session_set_solution (full->session, "Dextrose 15 % + lidocaine 0.2 %");
  pt_session_set_concentration_pct (full->session, 15);
  pt_session_set_volume_ml (full->session, 4.5);
  pt_session_set_injection_count (full->session, 6);
  pt_session_set_structures (full->session, "Achilles insertion\nretrocalcaneal bursa");
  pt_session_set_clinician (full->session, "Dr Sigríður Ólafsdóttir");
  pt_session_set_site (full->session, "Bedford");
  pt_session_set_pain_before (full->session, 7.5);
  pt_session_set_pain_after (full->session, 3);
  pt_session_set_adverse_events (full->session, "Soreness for 2 days");
  pt_session_set_advice (full->session, "Rest 3 days.\nThen bike or pool only.");
  pt_session_set_next_visit (full->session, "2025-11-24");
  pt_session_set_notes (full->session, "Tolerated well.\n患者は良好。");
  pt_store_add_session (store, full->session, &error);
  g_assert_no_error (error);

  full->pain = pt_test_new_pain_score (patient_id, condition_id, "2025-11-10", 4.5);
  pt_pain_score_set_context (full->pain, PT_PAIN_CONTEXT_MORNING);
  pt_pain_score_set_source (full->pain, PT_PAIN_SOURCE_PATIENT);
  pt_pain_score_set_notes (full->pain, "Better on\nthe stairs");
  pt_store_add_pain_score (store, full->pain, &error);
  g_assert_no_error (error);

  full->shoe = pt_test_new_shoe (patient_id, "Hoka Clifton 9 — blue", "2025-06-01");
  pt_shoe_set_retired (full->shoe, "2025-12-01");
  pt_shoe_set_notes (full->shoe, "Heel drop 5 mm\nOrthotic inside");
  shoe_id = pt_store_add_shoe (store, full->shoe, &error);
  g_assert_no_error (error);

  full->run = pt_test_new_run (patient_id, "2025-11-20", 5250.5);
  pt_run_set_duration_s (full->run, 1985);
  pt_run_set_surface (full->run, PT_SURFACE_TRAIL);
  pt_run_set_shoe_id (full->run, shoe_id);
  pt_run_set_pain_during (full->run, 2.5);
  pt_run_set_notes (full->run, "Walk 1 min / run 4 min\nx6");
  pt_store_add_run (store, full->run, &error);
  g_assert_no_error (error);

  full->cross = pt_test_new_cross_training (patient_id, "2025-11-12", 45);
  pt_cross_training_set_activity (full->cross, PT_ACTIVITY_POOL);
  pt_cross_training_set_effort (full->cross, 6);
  pt_cross_training_set_notes (full->cross, "Aqua jogging\n20 × 1 min");
  pt_store_add_cross_training (store, full->cross, &error);
  g_assert_no_error (error);
}

static void
assert_same_saved_record (PtRecord *original,
                          PtRecord *loaded)
{
  g_assert_nonnull (loaded);
  g_assert_true (G_OBJECT_TYPE (original) == G_OBJECT_TYPE (loaded));
  g_assert_cmpint (pt_record_get_id (loaded), ==, pt_record_get_id (original));
  g_assert_cmpstr (pt_record_get_created_at (loaded), ==, pt_record_get_created_at (original));
  g_assert_cmpstr (pt_record_get_updated_at (loaded), ==, pt_record_get_updated_at (original));
  g_assert_true (pt_record_fields_equal (original, loaded));
}

static void
test_reopen (PtTestFixture *fixture,
             gconstpointer  data)
{
  FullRecord full = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  g_autoptr(PtCondition) condition = NULL;
  g_autoptr(PtSession) session = NULL;
  g_autoptr(PtPainScore) pain = NULL;
  g_autoptr(PtShoe) shoe = NULL;
  g_autoptr(PtRun) run = NULL;
  g_autoptr(PtCrossTraining) cross = NULL;
  g_autoptr(GListModel) runs = NULL;
  gint64 patient_id;

  full_record_add (fixture->store, &full);
  patient_id = pt_record_get_id (PT_RECORD (full.patient));

  fixture->store = pt_test_reopen (fixture->store, fixture->path);

  patient = pt_store_get_patient (fixture->store, patient_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pt_patient_get_name (patient), ==, UTF8_NAME);
  g_assert_cmpint (g_utf8_strlen (pt_patient_get_name (patient), -1), ==,
                   g_utf8_strlen (UTF8_NAME, -1));
  g_assert_cmpstr (pt_patient_get_date_of_birth (patient), ==, BIRTH);
  g_assert_cmpint (pt_patient_get_sex (patient), ==, PT_SEX_FEMALE);
  g_assert_cmpstr (pt_patient_get_contact (patient), ==, "07700 900123\nzoe@example.org");
  g_assert_cmpstr (pt_patient_get_record_number (patient), ==, "PT-0042");
  g_assert_cmpstr (pt_patient_get_notes (patient), ==, MULTILINE_NOTES);
  g_assert_true (pt_patient_get_archived (patient));
  assert_same_saved_record (PT_RECORD (full.patient), PT_RECORD (patient));

  condition = pt_store_get_condition (fixture->store,
                                      pt_record_get_id (PT_RECORD (full.condition)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_condition_get_patient_id (condition), ==, patient_id);
  g_assert_cmpint (pt_condition_get_kind (condition), ==, PT_CONDITION_KIND_ACHILLES_TENDINOPATHY);
  g_assert_cmpint (pt_condition_get_side (condition), ==, PT_SIDE_BOTH);
  g_assert_cmpstr (pt_condition_get_onset_date (condition), ==, "2025-09-01");
  g_assert_cmpint (pt_condition_get_status (condition), ==, PT_CONDITION_STATUS_RESOLVED);
  g_assert_cmpuint (pt_condition_get_prior_treatments (condition), ==,
                    PT_PRIOR_TREATMENT_REST | PT_PRIOR_TREATMENT_ORTHOTICS |
                    PT_PRIOR_TREATMENT_PHYSICAL_THERAPY);
  g_assert_cmpstr (pt_condition_get_notes (condition), ==,
                   "Insertional.\nThickened on ultrasound — 7 mm.");
  assert_same_saved_record (PT_RECORD (full.condition), PT_RECORD (condition));

  session = pt_store_get_session (fixture->store,
                                  pt_record_get_id (PT_RECORD (full.session)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_session_get_patient_id (session), ==, patient_id);
  g_assert_cmpint (pt_session_get_condition_id (session), ==,
                   pt_record_get_id (PT_RECORD (full.condition)));
  g_assert_cmpstr (pt_session_get_date (session), ==, "2025-11-03");
  g_assert_cmpint (pt_session_get_treatment (session), ==, PT_TREATMENT_PRP);
  g_assert_cmpstr (pt_session_get_solution (session), ==, "Dextrose 15 % + lidocaine 0.2 %");
  g_assert_cmpfloat (pt_session_get_concentration_pct (session), ==, 15);
  g_assert_cmpfloat (pt_session_get_volume_ml (session), ==, 4.5);
  g_assert_cmpint (pt_session_get_injection_count (session), ==, 6);
  g_assert_cmpstr (pt_session_get_structures (session), ==,
                   "Achilles insertion\nretrocalcaneal bursa");
  g_assert_cmpstr (pt_session_get_clinician (session), ==, "Dr Sigríður Ólafsdóttir");
  g_assert_cmpstr (pt_session_get_site (session), ==, "Bedford");
  g_assert_cmpfloat (pt_session_get_pain_before (session), ==, 7.5);
  g_assert_cmpfloat (pt_session_get_pain_after (session), ==, 3);
  g_assert_cmpstr (pt_session_get_adverse_events (session), ==, "Soreness for 2 days");
  g_assert_cmpstr (pt_session_get_advice (session), ==, "Rest 3 days.\nThen bike or pool only.");
  g_assert_cmpstr (pt_session_get_next_visit (session), ==, "2025-11-24");
  g_assert_cmpstr (pt_session_get_notes (session), ==, "Tolerated well.\n患者は良好。");
  assert_same_saved_record (PT_RECORD (full.session), PT_RECORD (session));

  pain = pt_store_get_pain_score (fixture->store, pt_record_get_id (PT_RECORD (full.pain)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_pain_score_get_patient_id (pain), ==, patient_id);
  g_assert_cmpint (pt_pain_score_get_condition_id (pain), ==,
                   pt_record_get_id (PT_RECORD (full.condition)));
  g_assert_cmpstr (pt_pain_score_get_date (pain), ==, "2025-11-10");
  g_assert_cmpfloat (pt_pain_score_get_score (pain), ==, 4.5);
  g_assert_cmpint (pt_pain_score_get_context (pain), ==, PT_PAIN_CONTEXT_MORNING);
  g_assert_cmpint (pt_pain_score_get_source (pain), ==, PT_PAIN_SOURCE_PATIENT);
  g_assert_cmpstr (pt_pain_score_get_notes (pain), ==, "Better on\nthe stairs");
  assert_same_saved_record (PT_RECORD (full.pain), PT_RECORD (pain));

  shoe = pt_store_get_shoe (fixture->store, pt_record_get_id (PT_RECORD (full.shoe)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_shoe_get_patient_id (shoe), ==, patient_id);
  g_assert_cmpstr (pt_shoe_get_name (shoe), ==, "Hoka Clifton 9 — blue");
  g_assert_cmpstr (pt_shoe_get_started (shoe), ==, "2025-06-01");
  g_assert_cmpstr (pt_shoe_get_retired (shoe), ==, "2025-12-01");
  g_assert_cmpstr (pt_shoe_get_notes (shoe), ==, "Heel drop 5 mm\nOrthotic inside");
  assert_same_saved_record (PT_RECORD (full.shoe), PT_RECORD (shoe));

  run = pt_store_get_run (fixture->store, pt_record_get_id (PT_RECORD (full.run)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_run_get_patient_id (run), ==, patient_id);
  g_assert_cmpstr (pt_run_get_date (run), ==, "2025-11-20");
  g_assert_cmpfloat (pt_run_get_distance_m (run), ==, 5250.5);
  g_assert_cmpint (pt_run_get_duration_s (run), ==, 1985);
  g_assert_cmpint (pt_run_get_surface (run), ==, PT_SURFACE_TRAIL);
  g_assert_cmpint (pt_run_get_shoe_id (run), ==, pt_record_get_id (PT_RECORD (full.shoe)));
  g_assert_cmpfloat (pt_run_get_pain_during (run), ==, 2.5);
  g_assert_cmpstr (pt_run_get_notes (run), ==, "Walk 1 min / run 4 min\nx6");
  assert_same_saved_record (PT_RECORD (full.run), PT_RECORD (run));

  cross = pt_store_get_cross_training (fixture->store,
                                       pt_record_get_id (PT_RECORD (full.cross)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_cross_training_get_patient_id (cross), ==, patient_id);
  g_assert_cmpstr (pt_cross_training_get_date (cross), ==, "2025-11-12");
  g_assert_cmpint (pt_cross_training_get_activity (cross), ==, PT_ACTIVITY_POOL);
  g_assert_cmpint (pt_cross_training_get_minutes (cross), ==, 45);
  g_assert_cmpint (pt_cross_training_get_effort (cross), ==, 6);
  g_assert_cmpstr (pt_cross_training_get_notes (cross), ==, "Aqua jogging\n20 × 1 min");
  assert_same_saved_record (PT_RECORD (full.cross), PT_RECORD (cross));

  /* The lists read the same rows. */
  runs = pt_store_list_runs (fixture->store, patient_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 1);
  {
    g_autoptr(PtRecord) listed = g_list_model_get_item (runs, 0);
    assert_same_saved_record (PT_RECORD (full.run), listed);
  }

  full_record_clear (&full);
}

static void
test_reopen_unset_optionals (PtTestFixture *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtSession) loaded = NULL;
  g_autoptr(PtRun) run = NULL;
  g_autoptr(PtSession) session = NULL;
  gint64 patient_id, condition_id, run_id;

  patient_id = pt_test_add_patient (fixture->store, "Jane Doe", "PT-1", BIRTH);
  condition_id = pt_test_add_condition (fixture->store, patient_id, "2025-01-01");
  session = pt_test_new_session (patient_id, condition_id, "2025-02-01");
  pt_store_add_session (fixture->store, session, &error);
  g_assert_no_error (error);
  run_id = pt_test_add_run (fixture->store, patient_id, "2025-02-02", 3000, 0);

  fixture->store = pt_test_reopen (fixture->store, fixture->path);

  /* Left empty stays empty: not 0, not "" */
  loaded = pt_store_get_session (fixture->store, pt_record_get_id (PT_RECORD (session)), &error);
  g_assert_no_error (error);
  g_assert_false (pt_has_value (pt_session_get_volume_ml (loaded)));
  g_assert_false (pt_has_value (pt_session_get_pain_before (loaded)));
  g_assert_false (pt_has_value (pt_session_get_concentration_pct (loaded)));
  g_assert_cmpint (pt_session_get_injection_count (loaded), ==, PT_NO_INT);
  g_assert_null (pt_session_get_next_visit (loaded));
  g_assert_null (pt_session_get_notes (loaded));
  g_assert_true (pt_record_fields_equal (PT_RECORD (session), PT_RECORD (loaded)));

  run = pt_store_get_run (fixture->store, run_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_run_get_shoe_id (run), ==, 0);
  g_assert_cmpint (pt_run_get_duration_s (run), ==, PT_NO_INT);
  g_assert_false (pt_has_value (pt_run_get_pain_during (run)));
}

/* Integrity ------------------------------------------------------------------ */

static void
test_check_clean (PtTestFixture *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  g_auto(GStrv) quick_problems = NULL;
  PtTestPatientIds a;

  pt_test_add_patient_with_records (fixture->store, "Ann Runner", "PT-A", &a);

  g_assert_true (pt_store_check (fixture->store, FALSE, &problems, &error));
  g_assert_no_error (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);

  g_assert_true (pt_store_check (fixture->store, TRUE, &quick_problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (quick_problems), ==, 0);
}

/* Defence in depth: the schema refuses what the C validation refuses. */
static void
test_sql_checks (PtTestFixture *fixture,
                 gconstpointer  data)
{
  g_autofree char *sql = NULL;
  gint64 ann, bob, bob_condition;
  sqlite3 *db;

  ann = pt_test_add_patient (fixture->store, "Ann Runner", "PT-A", BIRTH);
  bob = pt_test_add_patient (fixture->store, "Bob Jogger", "PT-B", BIRTH);
  bob_condition = pt_test_add_condition (fixture->store, bob, "2025-01-01");
  g_assert_cmpint (ann, ==, 1);
  g_assert_cmpint (bob_condition, ==, 1);

  db = raw_open (fixture->path);
  g_assert_cmpint (raw_exec (db, "PRAGMA foreign_keys = ON"), ==, SQLITE_OK);

  /* A good row goes in, so the refusals below are about the values. */
  g_assert_cmpint (raw_exec (db, "INSERT INTO pain_scores"
                                 " (patient_id, date, score, context, source)"
                                 " VALUES (1, '2025-03-01', 6.5, 'rest', 'clinic')"),
                   ==, SQLITE_OK);
  g_assert_cmpint (raw_exec (db, "INSERT INTO runs (patient_id, date, distance_m, surface)"
                                 " VALUES (1, '2025-03-01', 5000, 'road')"), ==, SQLITE_OK);

  g_assert_cmpint (raw_exec (db, "INSERT INTO pain_scores"
                                 " (patient_id, date, score, context, source)"
                                 " VALUES (1, '2025-03-02', 11, 'rest', 'clinic')"),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (raw_exec (db, "INSERT INTO pain_scores"
                                 " (patient_id, date, score, context, source)"
                                 " VALUES (1, '2025-03-02', 6.3, 'rest', 'clinic')"),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (raw_exec (db, "INSERT INTO pain_scores"
                                 " (patient_id, date, score, context, source)"
                                 " VALUES (1, '2025-03-02', -0.5, 'rest', 'clinic')"),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (raw_exec (db, "INSERT INTO runs (patient_id, date, distance_m, surface)"
                                 " VALUES (1, '2025-03-02', 0, 'road')"),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (raw_exec (db, "INSERT INTO runs (patient_id, date, distance_m, surface)"
                                 " VALUES (1, '2025-03-02', 500001, 'road')"),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (raw_exec (db, "INSERT INTO runs (patient_id, date, distance_m, surface)"
                                 " VALUES (1, '2026-02-30', 5000, 'road')"),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (raw_exec (db, "INSERT INTO runs (patient_id, date, distance_m, surface)"
                                 " VALUES (1, '2026-04-31', 5000, 'road')"),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (raw_exec (db, "INSERT INTO runs (patient_id, date, distance_m, surface)"
                                 " VALUES (1, '2026-3-1', 5000, 'road')"),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (raw_exec (db, "UPDATE patients SET name = 'Ann' || char(10) || 'Runner'"
                                 " WHERE id = 1"),
                   ==, SQLITE_CONSTRAINT_CHECK);

  /* Ann's session for Bob's condition. */
  sql = g_strdup_printf ("INSERT INTO sessions (patient_id, condition_id, date, treatment)"
                         " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '2025-03-01',"
                         " 'dextrose')", ann, bob_condition);
  g_assert_cmpint (raw_exec (db, sql), ==, SQLITE_CONSTRAINT_FOREIGNKEY);
  g_clear_pointer (&sql, g_free);

  /* Ann's run in a shoe that does not exist. */
  g_assert_cmpint (raw_exec (db, "INSERT INTO runs"
                                 " (patient_id, date, distance_m, surface, shoe_id)"
                                 " VALUES (1, '2025-03-02', 5000, 'road', 77)"),
                   ==, SQLITE_CONSTRAINT_FOREIGNKEY);
  raw_close (db);

  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_PAIN_SCORE), ==, 1);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_RUN), ==, 1);
  g_assert_cmpint (pt_test_count (fixture->store, PT_TYPE_SESSION), ==, 0);
}

static void
assert_suggestion (PtStore    *store,
                   const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *suggested = pt_store_suggest_record_number (store, &error);
  g_autoptr(PtPatient) holder = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (suggested, ==, expected);
  holder = pt_store_find_patient (store, suggested, NULL);
  g_assert_true (holder == NULL || g_strcmp0 (pt_patient_get_record_number (holder),
                                              suggested) != 0);
}

/* The next record number: the clinic's highest PREFIX + digits plus one,
 * padding kept; never a taken one, archived patients included. */
static void
test_suggest_record_number (PtTestFixture *f,
                            gconstpointer  data)
{
  gint64 id;

  assert_suggestion (f->store, "PT-0001");

  pt_test_add_patient (f->store, "Ana Runner", "PT-0014", "1990-01-01");
  pt_test_add_patient (f->store, "Ben Hill", "PT-0003", "1990-01-01");
  assert_suggestion (f->store, "PT-0015");

  /* Other shapes do not count, and no digits to increment is no pattern. */
  pt_test_add_patient (f->store, "Cy Walker", "Walk-in", "1990-01-01");
  pt_test_add_patient (f->store, "Di Stone", "A-7", "1990-01-01");
  assert_suggestion (f->store, "PT-0015");

  /* The highest one is archived: still taken. */
  id = pt_test_add_patient (f->store, "Ed Moss", "PT-0041", "1990-01-01");
  g_assert_true (pt_store_set_patient_archived (f->store, id, TRUE, NULL));
  assert_suggestion (f->store, "PT-0042");

  /* The padding grows when the digits run out. */
  pt_test_add_patient (f->store, "Flo Reed", "PT-9999", "1990-01-01");
  assert_suggestion (f->store, "PT-10000");

  /* The same number unpadded: the padded one's successor, if free. */
  pt_test_add_patient (f->store, "Gus Lake", "PT-10000", "1990-01-01");
  pt_test_add_patient (f->store, "Hal Ford", "PT-010001", "1990-01-01");
  pt_test_add_patient (f->store, "Ivy Page", "PT-10001", "1990-01-01");
  assert_suggestion (f->store, "PT-010002");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) PT_TEST_ADD_WITH_STORE ("/core/store/" path, func)
  ADD ("patients/suggest-record-number", test_suggest_record_number);

  g_test_add_func ("/core/store/open/creates-private-file", test_open_creates_private_file);
  ADD ("open/folder", test_open_folder_refused);
  g_test_add_func ("/core/store/open/too-new", test_open_too_new);
  g_test_add_func ("/core/store/open/too-new-with-wal", test_open_too_new_with_wal);
  g_test_add_func ("/core/store/open/concurrently", test_open_concurrently);
  g_test_add_func ("/core/store/open/not-database/other-program-versioned",
                   test_open_not_database_other_program_versioned);
  g_test_add_func ("/core/store/open/not-database/text", test_open_not_database_text);
  g_test_add_func ("/core/store/open/not-database/other-program",
                   test_open_not_database_other_program);
  ADD ("reopen", test_reopen);
  ADD ("reopen/unset-optionals", test_reopen_unset_optionals);
  ADD ("check/clean", test_check_clean);
  ADD ("sql-checks", test_sql_checks);

#undef ADD

  return g_test_run ();
}
