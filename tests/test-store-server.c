/* test-store-server.c: opening a clinic server, preparing it with
 * migrate, and what the application role may and may not do
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs the server in $PROLOTRACK_TEST_PG (build-aux/pg-test-server starts
 * a private one, with the roles prolotrack_owner and prolotrack_app);
 * without it every case is skipped. Each case works in a schema of its
 * own (pt-test-clinic.h).
 */

#include "config.h"

#include <string.h>

#include "pt-audit.h"
#include "pt-patient.h"
#include "pt-schema.h"
#include "pt-store-private.h"
#include "pt-store.h"
#include "pt-test-clinic.h"
#include "pt-test-pg.h"
#include "pt-test-utils.h"

typedef struct
{
  char *schema;
  char *app;     /* the application role's address of the schema */
  char *owner;   /* its owner's */
} Fixture;

static void
set_up_empty (Fixture       *f,
              gconstpointer  data)
{
  const char *location = g_getenv ("PROLOTRACK_TEST_PG");

  if (location == NULL || *location == '\0')
    return;
  f->app = pt_test_clinic_new_schema (GPOINTER_TO_INT (data), &f->schema, &f->owner);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  pt_test_clinic_drop (f->schema);
  g_free (f->schema);
  g_free (f->app);
  g_free (f->owner);
}

#define EMPTY GINT_TO_POINTER (FALSE)
#define MIGRATED GINT_TO_POINTER (TRUE)
#define ADD(path, data, func) \
  g_test_add ((path), Fixture, (data), set_up_empty, (func), tear_down)

static gboolean
have_server (Fixture *f)
{
  if (f->app != NULL)
    return TRUE;

  g_test_skip (PT_TEST_PG_SKIP_MESSAGE);
  return FALSE;
}

static gint64
count_tables (Fixture *f)
{
  PtDb *db = pt_test_clinic_connect (f->app, TRUE);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pg_tables "
                                          "WHERE schemaname = '%s'", f->schema);
  gint64 n = pt_test_db_query_int (db, sql);

  pt_db_free (db);
  return n;
}

static void
set_version (Fixture *f,
             gint64   version)
{
  PtDb *db = pt_test_clinic_connect (f->app, FALSE);
  g_autofree char *sql = g_strdup_printf ("UPDATE schema_version SET version = %" G_GINT64_FORMAT,
                                          version);

  pt_test_db_exec (db, sql);
  pt_db_free (db);
}

/* An empty database is not made into a clinic by a workstation: that
 * takes the owner's migrate, and the message says so. */
static void
test_not_prepared (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_server (f))
    return;

  g_assert_null (pt_store_open (f->app, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE);
  pt_test_assert_contains (error->message, "has no ProloTrack records yet");
  pt_test_assert_contains (error->message, "prolotrack-cli --database ADDRESS migrate");
  g_assert_cmpint (count_tables (f), ==, 0);

  /* Nor can the application role prepare it itself. */
  g_clear_error (&error);
  g_assert_false (pt_store_migrate_server (f->app, NULL, NULL, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_STORAGE);
  pt_test_assert_contains (error->message, "nothing was changed");
  g_assert_cmpint (count_tables (f), ==, 0);
}

/* migrate makes the tables once; run again it changes nothing. */
static void
test_migrate (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  guint from = 99;
  gint64 n_tables;

  if (!have_server (f))
    return;

  g_assert_true (pt_store_migrate_server (f->owner, "prolotrack_app", &from, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (from, ==, 0);
  n_tables = count_tables (f);
  g_assert_cmpint (n_tables, ==, 13);

  g_assert_true (pt_store_migrate_server (f->owner, "prolotrack_app", &from, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (from, ==, pt_schema_get_version ());
  g_assert_cmpint (count_tables (f), ==, n_tables);

  store = pt_store_open (f->app, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, 0);
  pt_test_add_patient (store, "Ada Server", "S-1", PT_TEST_BIRTH);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, 1);
}

/* A clinic server at format 7 (the baseline, as ProloTrack 7 made it)
 * with a patient on it: migrate brings it to the current format in one
 * go, the patient kept, at version 1. */
static void
test_migrate_from_baseline (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPatient) patient = NULL;
  PtDb *db;
  guint from = 99;

  if (!have_server (f))
    return;

  db = pt_test_clinic_connect (f->owner, FALSE);
  pt_test_db_exec (db, "BEGIN");
  pt_test_db_exec (db, pt_schema_pg_get_baseline ());
  pt_test_db_exec (db, pt_schema_pg_get_triggers ());
  pt_test_db_exec (db, "INSERT INTO patients (name, date_of_birth, record_number) "
                       "VALUES ('Ada Seven', '1980-01-01', 'S-7')");
  pt_test_db_exec (db, "COMMIT");
  g_assert_cmpint (pt_test_db_query_int (db, "SELECT version FROM schema_version"), ==, 7);
  pt_db_free (db);

  /* A workstation cannot use it before: it is an older format. */
  g_assert_null (pt_store_open (f->owner, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_true (pt_store_migrate_server (f->owner, "prolotrack_app", &from, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (from, ==, 7);

  store = pt_store_open (f->app, &error);
  g_assert_no_error (error);
  g_assert_false (pt_store_is_read_only (store));
  patient = pt_store_find_patient_by_record_number (store, "S-7", &error);
  g_assert_no_error (error);
  g_assert_nonnull (patient);
  g_assert_cmpint (pt_record_get_version (PT_RECORD (patient)), ==, 1);
  g_object_set (patient, "notes", "Seen after the update", NULL);
  g_assert_true (pt_store_update_patient (store, patient, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_record_get_version (PT_RECORD (patient)), ==, 2);
}

/* What migrate refuses before it connects: a role that is no plain name
 * (it would be spliced into GRANT), and a file. */
static void
test_migrate_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;

  if (!have_server (f))
    return;

  g_assert_false (pt_store_migrate_server (f->owner, "app; DROP SCHEMA public", NULL, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  pt_test_assert_contains (error->message, "Application role");
  g_assert_cmpint (count_tables (f), ==, 0);
  g_clear_error (&error);

  g_assert_false (pt_store_migrate_server (f->owner, "Prolotrack_App", NULL, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_clear_error (&error);

  dir = pt_test_make_tmp_dir ();
  file = g_build_filename (dir, "clinic.db", NULL);
  g_assert_false (pt_store_migrate_server (file, NULL, NULL, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  pt_test_assert_contains (error->message, "is not a clinic server’s address");
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  pt_test_remove_tmp_dir (dir);
}

/* A schema from a newer ProloTrack, or an older one, is refused as it is. */
static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_server (f))
    return;

  set_version (f, pt_schema_get_version () + 1);
  g_assert_null (pt_store_open (f->app, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_TOO_NEW);
  pt_test_assert_contains (error->message, "newer version of ProloTrack");
  g_clear_error (&error);
  /* migrate does not take it back either. */
  g_assert_false (pt_store_migrate_server (f->owner, NULL, NULL, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_TOO_NEW);
  g_clear_error (&error);

  set_version (f, pt_schema_get_version () - 1);
  g_assert_null (pt_store_open (f->app, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_READ_ONLY);
  pt_test_assert_contains (error->message, "older database format");
}

/* The application role reads and writes rows, and nothing else: no DDL,
 * no deleting or rewriting the audit trail's history by DELETE. */
static void
test_least_privilege (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const refused[] = {
    "CREATE TABLE notes (id integer)",
    "DROP TRIGGER patients_audit_insert ON patients",
    "ALTER TABLE patients ADD COLUMN x integer",
    "DELETE FROM audit",
    "UPDATE schema_version SET version = 1",
    "TRUNCATE patients CASCADE",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  PtDb *db;

  if (!have_server (f))
    return;

  store = pt_store_open (f->app, &error);
  g_assert_no_error (error);
  pt_test_add_patient (store, "Ada Server", "S-1", PT_TEST_BIRTH);

  db = pt_store_get_db (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("as the application role: %s", refused[i]);
      g_assert_false (pt_db_exec (db, refused[i]));
      g_assert_cmpint (pt_db_get_fault (db), ==, PT_DB_FAULT_PERMISSION);
    }

  /* The audit row of the patient is still there, and the chain holds. */
  {
    g_auto(GStrv) problems = NULL;

    g_assert_true (pt_store_verify_audit (store, &problems, &error));
    g_assert_no_error (error);
  }
}

/* Opened read-only, the server refuses every write of the session. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Ada Server", "S-1", PT_TEST_BIRTH);

  if (!have_server (f))
    return;

  store = pt_store_open_full (f->app, PT_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (pt_store_is_read_only (store));
  g_assert_cmpint (pt_store_add_patient (store, patient, &error), ==, 0);
  g_assert_error (error, PT_ERROR, PT_ERROR_READ_ONLY);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, 0);
}

/* The connection dropped under the store: the next statement says so, with
 * its own code, and a new store works. */
static void
test_connection_lost (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Ada Server", "S-2", PT_TEST_BIRTH);
  g_autofree char *kill = NULL;
  PtDb *admin;

  if (!have_server (f))
    return;

  store = pt_store_open (f->app, &error);
  g_assert_no_error (error);
  pt_test_add_patient (store, "Bo Server", "S-1", PT_TEST_BIRTH);

  /* This store's own session only: other tests share the server. */
  kill = g_strdup_printf ("SELECT pg_terminate_backend (%" G_GINT64_FORMAT ")",
                          pt_test_db_query_int (pt_store_get_db (store, NULL),
                                                "SELECT pg_backend_pid ()"));
  admin = pt_db_open_postgresql (g_getenv ("PROLOTRACK_TEST_PG_ADMIN"), &error);
  g_assert_no_error (error);
  pt_test_db_exec (admin, kill);
  pt_db_free (admin);

  g_assert_cmpint (pt_store_add_patient (store, patient, &error), ==, 0);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  pt_test_assert_contains (error->message, "connection to the clinic server");
  pt_test_assert_contains (error->message, "nothing was saved");
  g_clear_error (&error);
  g_clear_object (&store);

  store = pt_store_open (f->app, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, 1);
}

typedef struct
{
  gint64 *first_id;
  gint64 *second_id;
} Save;

/* A save of two patients, in one transaction; between the two, the whole
 * server goes down (as in a crash or a power cut) and comes back. */
static gboolean
save_two_patients (PtStore   *store,
                   gpointer   user_data,
                   GError   **error)
{
  Save *save = user_data;
  g_autoptr(PtPatient) first = pt_test_new_patient ("First Half", "H-1", PT_TEST_BIRTH);
  g_autoptr(PtPatient) second = pt_test_new_patient ("Second Half", "H-2", PT_TEST_BIRTH);

  *save->first_id = pt_store_add_patient (store, first, error);
  if (*save->first_id <= 0)
    return FALSE;

  pt_test_clinic_server_ctl ("stop");
  pt_test_clinic_server_ctl ("start");

  *save->second_id = pt_store_add_patient (store, second, error);
  return *save->second_id > 0;
}

/* The server lost in the middle of a save: the save reports it, nothing
 * of it is stored, and the next save of the same store connects again and
 * works. */
static void
test_server_lost_mid_save (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPatient) later = pt_test_new_patient ("After Restart", "R-1", PT_TEST_BIRTH);
  gint64 first_id = 0, second_id = 0;
  Save save = { &first_id, &second_id };
  gint64 later_id;

  if (!have_server (f))
    return;

  store = pt_store_open (f->app, &error);
  g_assert_no_error (error);
  pt_test_add_patient (store, "Before", "B-1", PT_TEST_BIRTH);

  g_assert_false (pt_store_run_batch (store, save_two_patients, &save, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  g_assert_cmpint (first_id, >, 0);
  g_assert_cmpint (second_id, ==, 0);
  g_clear_error (&error);

  later_id = pt_store_add_patient (store, later, &error);
  g_assert_no_error (error);
  g_assert_cmpint (later_id, >, 0);

  /* Only "Before" and "After Restart": the half-saved patient is not
   * there, nor its audit row, and the trail's chain holds. */
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, 2);
  g_assert_no_error (error);
  {
    PtDb *db = pt_test_clinic_connect (f->app, TRUE);
    g_auto(GStrv) problems = NULL;

    g_assert_cmpint (pt_test_db_query_int (db, "SELECT count(*) FROM patients "
                                               "WHERE record_number LIKE 'H-%'"), ==, 0);
    g_assert_cmpint (pt_test_db_query_int (db, "SELECT count(*) FROM audit "
                                               "WHERE table_name = 'patients'"), ==, 2);
    pt_db_free (db);
    g_assert_true (pt_store_verify_audit (store, &problems, &error));
    g_assert_no_error (error);
  }
}

/* While the server is down, each try says so without waiting, and the
 * store tries to connect again only after a growing pause. */
static void
test_server_down_backoff (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;

  if (!have_server (f))
    return;

  store = pt_store_open (f->app, &error);
  g_assert_no_error (error);
  pt_test_clinic_server_ctl ("stop");

  /* The first statement finds the connection gone... */
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, -1);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  g_clear_error (&error);
  /* ...the next tries at once, fails, and waits a second before the next. */
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, -1);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  pt_test_assert_contains (error->message, "cannot be reached");
  pt_test_assert_contains (error->message, "tries again in 1 second");
  g_clear_error (&error);

  pt_test_clinic_server_ctl ("start");
  /* Within the second, no attempt: still the same answer. */
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, -1);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  g_clear_error (&error);

  g_usleep (1100 * 1000);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, 0);
  g_assert_no_error (error);
}

/* What the Connect to Clinic Server dialog makes of what was typed. */
static void
test_build_address (void)
{
  static const struct
  {
    const char *host, *database, *user;
    guint       port;
    const char *field;      /* NULL: accepted */
    const char *expected;   /* the address, or a piece of the message */
  } cases[] = {
    { "db.clinic.example", "prolotrack", "prolotrack_app", 0, NULL,
      "postgresql://prolotrack_app@db.clinic.example/prolotrack?sslmode=verify-full" },
    { " 10.0.0.5 ", "pt", "app", 5433, NULL, "postgresql://app@10.0.0.5:5433/pt?sslmode=verify-full" },
    { "fe80::1", "pt", "app", 0, NULL, "postgresql://app@[fe80::1]/pt?sslmode=verify-full" },
    { "/run/postgresql", "pt", "app", 0, NULL, "postgresql://app@%2Frun%2Fpostgresql/pt?sslmode=verify-full" },
    { "/run/post gres", "pt", "app", 0, "host", "is not a server name" },
    { "db", "clinic data", "dr ruiz@north", 0, NULL,
      "postgresql://dr%20ruiz%40north@db/clinic%20data?sslmode=verify-full" },
    { "", "pt", "app", 0, "host", "Server: enter the clinic server’s name" },
    { "db.example/evil?sslmode=disable", "pt", "app", 0, "host", "is not a server name" },
    { "db host=other", "pt", "app", 0, "host", "is not a server name" },
    { "db", "pt", "app", 70000, "port", "Port: 70000 is not a port" },
    { "db", "  ", "app", 0, "database", "Database: enter the clinic’s database" },
    { "db", "a\nb", "app", 0, "database", "Database: a name of one line" },
    { "db", "pt", "", 0, "user", "User name: enter the workstations’ login" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *address = pt_store_build_server_address (cases[i].host, cases[i].port,
                                                                cases[i].database,
                                                                cases[i].user, TRUE, &error);

      if (cases[i].field == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (address, ==, cases[i].expected);
          g_assert_true (pt_db_check_server_location (address, &error));
          g_assert_no_error (error);
        }
      else
        {
          g_assert_null (address);
          g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
          g_assert_cmpstr (pt_error_get_field (error), ==, cases[i].field);
          pt_test_assert_contains (error->message, cases[i].expected);
        }
    }

  /* Without TLS checked, and named in a title without its settings. */
  {
    g_autofree char *plain = pt_store_build_server_address ("db.clinic.example", 5433,
                                                            "prolotrack", "prolotrack_app",
                                                            FALSE, NULL);
    g_autofree char *title = pt_store_describe_location (plain);

    g_assert_cmpstr (plain, ==, "postgresql://prolotrack_app@db.clinic.example:5433/prolotrack");
    g_assert_cmpstr (title, ==, "prolotrack_app@db.clinic.example:5433/prolotrack");
  }
}

/* A whole address pasted into the dialog's Server field, split into its
 * fields; what the form cannot hold is refused, naming the Server field. */
static void
test_split_address (void)
{
  static const struct
  {
    const char      *address;
    const char      *host, *port, *database, *user, *password;
    PtStoreTlsCheck  verify_tls;
    const char      *rebuilt;   /* from the parts, with the switch on when unsaid */
  } cases[] = {
    { "postgresql://prolotrack_app@db.clinic.example/prolotrack",
      "db.clinic.example", NULL, "prolotrack", "prolotrack_app", NULL, PT_STORE_TLS_UNSAID,
      "postgresql://prolotrack_app@db.clinic.example/prolotrack?sslmode=verify-full" },
    { "postgresql://app:s3cret@10.0.0.5:5433/pt?sslmode=verify-full",
      "10.0.0.5", "5433", "pt", "app", "s3cret", PT_STORE_TLS_VERIFY,
      "postgresql://app@10.0.0.5:5433/pt?sslmode=verify-full" },
    { "  postgres://app@[fe80::1]/pt?sslmode=require",
      "fe80::1", NULL, "pt", "app", NULL, PT_STORE_TLS_NO_VERIFY,
      "postgresql://app@[fe80::1]/pt" },
    { "postgresql://dr%20ruiz%40north@%2Frun%2Fpostgresql/clinic%20data",
      "/run/postgresql", NULL, "clinic data", "dr ruiz@north", NULL, PT_STORE_TLS_UNSAID,
      "postgresql://dr%20ruiz%40north@%2Frun%2Fpostgresql/clinic%20data?sslmode=verify-full" },
    { "host=db dbname=pt user=app sslmode=verify-ca",
      "db", NULL, "pt", "app", NULL, PT_STORE_TLS_VERIFY,
      "postgresql://app@db/pt?sslmode=verify-full" },
    { "postgresql:///pt", "", NULL, "pt", NULL, NULL, PT_STORE_TLS_UNSAID, NULL },
  };
  static const struct
  {
    const char *address;
    const char *message;
  } refused[] = {
    { "service=clinic", "Server: a service of pg_service.conf cannot be shown" },
    { "postgresql://app@db/pt?connect_timeout=5", "no field for (connect_timeout)" },
    { "postgresql://app@db/pt?hostaddr=192.0.2.1", "no field for (hostaddr)" },
    { "postgresql://app@db/pt?frobnicate=1", "Server: The clinic server’s address cannot be read" },
    { "db.clinic.example", "Server: “db.clinic.example” is not a clinic server’s address" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PtStoreServerParts) parts = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *rebuilt = NULL;

      g_assert_true (pt_store_split_server_address (cases[i].address, &parts, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (parts.host, ==, cases[i].host);
      g_assert_cmpstr (parts.port, ==, cases[i].port);
      g_assert_cmpstr (parts.database, ==, cases[i].database);
      g_assert_cmpstr (parts.user, ==, cases[i].user);
      g_assert_cmpstr (parts.password, ==, cases[i].password);
      g_assert_cmpint (parts.verify_tls, ==, cases[i].verify_tls);

      if (cases[i].rebuilt == NULL)
        continue;
      rebuilt = pt_store_build_server_address (parts.host,
                                               parts.port != NULL ? (guint) g_ascii_strtoull (parts.port, NULL, 10) : 0,
                                               parts.database, parts.user,
                                               parts.verify_tls != PT_STORE_TLS_NO_VERIFY,
                                               &error);
      g_assert_no_error (error);
      g_assert_cmpstr (rebuilt, ==, cases[i].rebuilt);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_auto(PtStoreServerParts) parts = { 0 };
      g_autoptr(GError) error = NULL;

      g_assert_false (pt_store_split_server_address (refused[i].address, &parts, &error));
      g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
      g_assert_cmpstr (pt_error_get_field (error), ==, "host");
      pt_test_assert_contains (error->message, refused[i].message);
      g_assert_null (parts.host);
    }
}

/* The store on @address, or the error it gives; with @root_cert as the
 * workstation's trusted CA (libpq's ~/.postgresql/root.crt). The address
 * gets the test's schema, and hostaddr=127.0.0.1: libpq then connects
 * there without looking the name up (a fresh root may have no /etc/hosts)
 * and still checks the certificate against the name. */
static PtStore *
open_with_root (const char  *address,
                const char  *schema,
                const char  *root_cert,
                GError     **error)
{
  g_autofree char *in_schema = g_strdup_printf ("%s%shostaddr=127.0.0.1&"
                                                "options=-c%%20search_path%%3D%s", address,
                                                strchr (address, '?') != NULL ? "&" : "?",
                                                schema);
  PtStore *store;

  g_setenv ("PGSSLROOTCERT", root_cert, TRUE);
  store = pt_store_open (in_schema, error);
  g_unsetenv ("PGSSLROOTCERT");
  return store;
}

static gint64
count_tls_sessions (PtStore *store)
{
  return pt_test_db_query_int (pt_store_get_db (store, NULL),
                               "SELECT count(*) FROM pg_stat_ssl "
                               "WHERE pid = pg_backend_pid () AND ssl");
}

/* "Check the Server's Certificate" end to end: the address the dialog
 * builds, over TCP to a test server started with --tls, whose certificate
 * names localhost and is signed by the test CA (build-aux/pg-test-server;
 * meson's store-server-tls runs this case alone under one). Trusted, it
 * opens, encrypted; by another name for the same server (127.0.0.1), or
 * with another CA trusted, it is refused and nothing opens. Unchecked, on a
 * workstation that trusts no CA, the connection is still encrypted (libpq's
 * sslmode=prefer), not verified. (With a root.crt, libpq verifies the CA
 * even so.) */
static void
test_tls_verify_full (Fixture       *f,
                      gconstpointer  data)
{
  const char *ca = g_getenv ("PROLOTRACK_TEST_PG_CA");
  const char *other_ca = g_getenv ("PROLOTRACK_TEST_PG_OTHER_CA");
  guint port;
  g_autofree char *verified = NULL;
  g_autofree char *by_address = NULL;
  g_autofree char *unchecked = NULL;

  if (!have_server (f))
    return;
  g_assert_nonnull (ca);
  g_assert_nonnull (other_ca);
  port = (guint) g_ascii_strtoull (g_getenv ("PGPORT"), NULL, 10);
  verified = pt_store_build_server_address ("localhost", port, "prolotrack_test",
                                            "prolotrack_app", TRUE, NULL);
  by_address = pt_store_build_server_address ("127.0.0.1", port, "prolotrack_test",
                                              "prolotrack_app", TRUE, NULL);
  unchecked = pt_store_build_server_address ("localhost", port, "prolotrack_test",
                                             "prolotrack_app", FALSE, NULL);
  g_assert_nonnull (verified);
  g_assert_nonnull (by_address);
  g_assert_nonnull (unchecked);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PtStore) store = open_with_root (verified, f->schema, ca, &error);

    g_assert_no_error (error);
    g_assert_cmpint (count_tls_sessions (store), ==, 1);
    g_assert_cmpint (pt_test_add_patient (store, "Tls Patient", "TLS-1", PT_TEST_BIRTH), >, 0);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PtStore) store = open_with_root (by_address, f->schema, ca, &error);

    g_assert_null (store);
    g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
    pt_test_assert_contains (error->message, "does not match host name");
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PtStore) store = open_with_root (verified, f->schema, other_ca, &error);

    g_assert_null (store);
    g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
    pt_test_assert_contains (error->message, "certificate verify failed");
  }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *none = g_build_filename (g_get_tmp_dir (), "pt-no-such-root.crt", NULL);
    g_autoptr(PtStore) store = open_with_root (unchecked, f->schema, none, &error);

    g_assert_no_error (error);
    g_assert_cmpint (count_tls_sessions (store), ==, 1);
    g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, 1);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-server/build-address", test_build_address);
  g_test_add_func ("/store-server/split-address", test_split_address);
  ADD ("/store-server/not-prepared", EMPTY, test_not_prepared);
  ADD ("/store-server/tls-verify-full", MIGRATED, test_tls_verify_full);
  ADD ("/store-server/migrate", EMPTY, test_migrate);
  ADD ("/store-server/migrate-refused", EMPTY, test_migrate_refused);
  ADD ("/store-server/migrate-from-baseline", EMPTY, test_migrate_from_baseline);
  ADD ("/store-server/versions", MIGRATED, test_versions);
  ADD ("/store-server/least-privilege", MIGRATED, test_least_privilege);
  ADD ("/store-server/read-only", MIGRATED, test_read_only);
  ADD ("/store-server/connection-lost", MIGRATED, test_connection_lost);
  ADD ("/store-server/server-lost-mid-save", MIGRATED, test_server_lost_mid_save);
  ADD ("/store-server/server-down-backoff", MIGRATED, test_server_down_backoff);

  return g_test_run ();
}
