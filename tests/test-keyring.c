/* test-keyring.c: a clinic server's password from the desktop's keyring
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under tests/with-keyring.sh, a GNOME Keyring of its own on a
 * private session bus, and the test server of build-aux/pg-test-server,
 * whose roles log in with SCRAM passwords that only its pgpass file
 * holds. Each case hides that file (PGPASSFILE an empty one) once its
 * schema is made, so the server asks the store for a password: the
 * keyring's, or the one a person typed. /keyring/no-service runs without
 * a Secret Service at all (tests/meson.build).
 */

#include "config.h"

#include <string.h>

#include "pt-db-private.h"
#include "pt-error.h"
#include "pt-patient.h"
#include "pt-store.h"
#include "pt-test-clinic.h"
#include "pt-test-utils.h"

typedef struct
{
  char *dir;
  char *schema;
  char *app;        /* the application role's address of the schema */
  char *owner;
  char *password;   /* the application role's, from the pgpass file */
  char *pgpass;     /* the test server's pgpass file, hidden meanwhile */
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autofree char *empty = NULL;

  if (g_getenv ("PROLOTRACK_TEST_PG") == NULL)
    return;

  f->dir = pt_test_make_tmp_dir ();
  f->app = pt_test_clinic_new_schema (TRUE, &f->schema, &f->owner);
  f->pgpass = g_strdup (g_getenv ("PGPASSFILE"));
  f->password = pt_test_pg_password ("prolotrack_app");

  empty = g_build_filename (f->dir, "pgpass", NULL);
  g_assert_true (g_file_set_contents_full (empty, "", 0, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  g_assert_true (g_setenv ("PGPASSFILE", empty, TRUE));
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  if (f->pgpass != NULL)
    g_assert_true (g_setenv ("PGPASSFILE", f->pgpass, TRUE));
  if (f->schema != NULL)
    pt_test_clinic_drop (f->schema);
  if (f->dir != NULL)
    pt_test_remove_tmp_dir (f->dir);
  g_free (f->dir);
  g_free (f->schema);
  g_free (f->app);
  g_free (f->owner);
  g_free (f->password);
  g_free (f->pgpass);
}

static gboolean
have_server (Fixture *f)
{
  if (f->app != NULL)
    return TRUE;
  g_test_skip ("no PostgreSQL server: set PROLOTRACK_TEST_PG, or run build-aux/test");
  return FALSE;
}

/* What the keyring keeps the application role's password under: the
 * test server's socket folder and port, as libpq settles them. */
static PtDbServerKey
app_key (Fixture  *f,
         char    **host,
         char    **port)
{
  *host = g_strdup (strstr (f->app, "host=") + 5);
  *strchr (*host, ' ') = '\0';
  *port = g_strdup (strstr (f->app, "port=") + 5);
  *strchr (*port, ' ') = '\0';

  return (PtDbServerKey) { *host, *port, "prolotrack_test", "prolotrack_app" };
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* pt_store_open_server_async(), waited for. */
static PtStore *
open_async (const char           *location,
            const char           *password,
            PtStoreConnectFlags   flags,
            char                **keyring_problem,
            GError              **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pt_store_open_server_async (location, password, flags, PT_STORE_OPEN_DEFAULT, NULL,
                              opened_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return pt_store_open_server_finish (result, keyring_problem, error);
}

/* A store on the server reads its patients: the session is a real one. */
static void
assert_store_works (PtStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (store);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, 0);
  g_assert_no_error (error);
}

/* pt-db-secret.c on its own: kept under the four names, found by them
 * alone, cleared. */
static void
test_secret_store_lookup (Fixture       *f,
                          gconstpointer  data)
{
  PtDbServerKey key = { "db.clinic.example", "5432", "prolotrack", "prolotrack_app" };
  PtDbServerKey other_user = { "db.clinic.example", "5432", "prolotrack", "prolotrack_owner" };
  PtDbServerKey other_port = { "db.clinic.example", "5433", "prolotrack", "prolotrack_app" };
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autofree char *none = NULL;

  g_assert_true (pt_db_secret_store (&key, "correct horse", &error));
  g_assert_no_error (error);
  found = pt_db_secret_lookup (&key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "correct horse");

  /* Stored again: replaced, not a second item. */
  g_assert_true (pt_db_secret_store (&key, "battery staple", &error));
  g_clear_pointer (&found, g_free);
  found = pt_db_secret_lookup (&key, &error);
  g_assert_cmpstr (found, ==, "battery staple");

  g_assert_null (pt_db_secret_lookup (&other_user, &error));
  g_assert_no_error (error);
  g_assert_null (pt_db_secret_lookup (&other_port, &error));
  g_assert_no_error (error);

  g_assert_true (pt_db_secret_clear (&key, &error));
  g_assert_no_error (error);
  none = pt_db_secret_lookup (&key, &error);
  g_assert_no_error (error);
  g_assert_null (none);
}

/* The flow of Connect to Clinic Server: no password anywhere, then a
 * wrong one typed, then the right one, remembered; the next opening (the
 * app's next start, prolotrack-cli) needs none typed. */
static void
test_server_password (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *host = NULL;
  g_autofree char *port = NULL;
  PtDbServerKey key;

  if (!have_server (f))
    return;
  key = app_key (f, &host, &port);
  g_assert_true (pt_db_secret_clear (&key, NULL));

  /* Neither ~/.pgpass nor the keyring: said so, naming where it goes. */
  store = pt_store_open_full (f->app, PT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "asks for a password"));
  g_assert_nonnull (strstr (error->message, "Connect to Clinic Server"));
  g_assert_cmpstr (pt_error_get_field (error), ==, "password");
  g_assert_null (strstr (error->message, f->password));
  g_clear_error (&error);

  /* A wrong one is refused and never kept. */
  store = open_async (f->app, "not-the-password", PT_STORE_CONNECT_REMEMBER, &problem, &error);
  g_assert_null (store);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "password authentication failed"));
  g_assert_null (strstr (error->message, "not-the-password"));
  g_assert_cmpstr (pt_error_get_field (error), ==, "password");
  g_clear_error (&error);
  kept = pt_db_secret_lookup (&key, &error);
  g_assert_no_error (error);
  g_assert_null (kept);

  /* The right one, not to be remembered: connects, keeps nothing. */
  store = open_async (f->app, f->password, PT_STORE_CONNECT_DEFAULT, &problem, &error);
  g_assert_no_error (error);
  assert_store_works (store);
  g_clear_object (&store);
  kept = pt_db_secret_lookup (&key, &error);
  g_assert_null (kept);

  /* Remembered: kept under the server's names. */
  store = open_async (f->app, f->password, PT_STORE_CONNECT_REMEMBER, &problem, &error);
  g_assert_no_error (error);
  g_assert_null (problem);
  assert_store_works (store);
  g_clear_object (&store);
  kept = pt_db_secret_lookup (&key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, f->password);

  /* Next time, nothing typed: the keyring's, in the worker and without. */
  store = open_async (f->app, NULL, PT_STORE_CONNECT_DEFAULT, &problem, &error);
  g_assert_no_error (error);
  assert_store_works (store);
  g_clear_object (&store);
  store = pt_store_open_full (f->app, PT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_store_works (store);

  g_assert_true (pt_db_secret_clear (&key, NULL));
}

/* A keyring's password that the server no longer takes (changed by the
 * administrator) is said to be refused; typing the new one replaces it. */
static void
test_stale_password (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *host = NULL;
  g_autofree char *port = NULL;
  PtDbServerKey key;

  if (!have_server (f))
    return;
  key = app_key (f, &host, &port);
  g_assert_true (pt_db_secret_store (&key, "last-years-password", &error));

  store = pt_store_open_full (f->app, PT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "password authentication failed"));
  g_clear_error (&error);

  store = open_async (f->app, f->password, PT_STORE_CONNECT_REMEMBER, NULL, &error);
  g_assert_no_error (error);
  assert_store_works (store);
  kept = pt_db_secret_lookup (&key, &error);
  g_assert_cmpstr (kept, ==, f->password);
  g_assert_true (pt_db_secret_clear (&key, NULL));
}

/* No Secret Service on the bus (a server's console, a session without a
 * keyring): the password question is answered with the same message,
 * at once; remembering says why it could not, and the connection
 * stands. */
static void
test_no_service (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autofree char *problem = NULL;
  PtDbServerKey key = { "db.clinic.example", "5432", "prolotrack", "prolotrack_app" };

  g_assert_null (pt_db_secret_lookup (&key, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "keyring"));
  g_clear_error (&error);

  if (!have_server (f))
    return;

  store = pt_store_open_full (f->app, PT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "asks for a password"));
  g_clear_error (&error);

  store = open_async (f->app, f->password, PT_STORE_CONNECT_REMEMBER, &problem, &error);
  g_assert_no_error (error);
  assert_store_works (store);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "could not be kept in the keyring"));
  g_assert_null (strstr (problem, f->password));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/keyring/secret-store-lookup", Fixture, NULL, NULL, test_secret_store_lookup,
              NULL);
  g_test_add ("/keyring/server-password", Fixture, NULL, set_up, test_server_password,
              tear_down);
  g_test_add ("/keyring/stale-password", Fixture, NULL, set_up, test_stale_password, tear_down);
  g_test_add ("/keyring/no-service", Fixture, NULL, set_up, test_no_service, tear_down);

  return g_test_run ();
}
