/* pt-test-clinic.c: the clinic a test works in, on either backend
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pt-db.h"
#include "pt-db-sqlite.h"
#include "pt-store.h"
#include "pt-test-clinic.h"

#define APP_ROLE "prolotrack_app"

gboolean
pt_test_clinic_on_server (void)
{
  return g_strcmp0 (g_getenv ("PROLOTRACK_TEST_BACKEND"), "postgresql") == 0;
}

/* A run on the server without one is skipped as a whole, before GTest
 * prints its plan: "1..0 # SKIP" is TAP's word for it. A constructor, as
 * every test program's main() would otherwise need the check. */
__attribute__((constructor)) static void
skip_without_server (void)
{
  const char *owner = g_getenv ("PROLOTRACK_TEST_PG");

  if (pt_test_clinic_on_server () && (owner == NULL || *owner == '\0'))
    {
      printf ("1..0 # SKIP no PostgreSQL server: set PROLOTRACK_TEST_PG, or run build-aux/test\n");
      fflush (stdout);
      _exit (0);
    }
}

static char *
in_schema (const char *location,
           const char *schema)
{
  return g_strdup_printf ("%s options='-c search_path=%s'", location, schema);
}

static PtDb *
connect_owner (void)
{
  g_autoptr(GError) error = NULL;
  PtDb *db = pt_db_open_postgresql (g_getenv ("PROLOTRACK_TEST_PG"), &error);

  g_assert_no_error (error);
  return db;
}

char *
pt_test_clinic_new_schema (gboolean   migrate,
                           char     **schema,
                           char     **owner)
{
  static guint counter;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *owner_location = NULL;
  const char *app = g_getenv ("PROLOTRACK_TEST_PG_APP");
  PtDb *db;

  g_assert_nonnull (app);
  *schema = g_strdup_printf ("clinic_%d_%u", (int) getpid (), ++counter);
  db = connect_owner ();
  sql = g_strdup_printf ("CREATE SCHEMA %s", *schema);
  pt_test_db_exec (db, sql);
  pt_db_free (db);

  owner_location = in_schema (g_getenv ("PROLOTRACK_TEST_PG"), *schema);
  if (migrate)
    {
      pt_store_migrate_server (owner_location, APP_ROLE, NULL, &error);
      g_assert_no_error (error);
    }

  if (owner != NULL)
    *owner = g_steal_pointer (&owner_location);
  return in_schema (app, *schema);
}

char *
pt_test_clinic_new (const char  *dir,
                    char       **schema)
{
  *schema = NULL;
  if (!pt_test_clinic_on_server ())
    return g_build_filename (dir, "prolotrack.db", NULL);

  return pt_test_clinic_new_schema (TRUE, schema, NULL);
}

PtDb *
pt_test_clinic_connect (const char *location,
                        gboolean    read_only)
{
  const char *search_path;
  g_autofree char *owner = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *connection = NULL;
  PtDb *db;

  if (!pt_store_location_is_server (location))
    {
      g_assert_cmpint (sqlite3_open_v2 (location, &connection,
                                        read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE,
                                        NULL), ==, SQLITE_OK);
      db = pt_db_new_sqlite (connection);
      pt_test_db_exec (db, "PRAGMA foreign_keys=ON");
      return db;
    }

  /* The owner's address with the clinic's schema, from the one that
   * pt_test_clinic_new() gave. */
  search_path = strstr (location, " options='-c search_path=");
  g_assert_nonnull (search_path);
  owner = g_strconcat (g_getenv ("PROLOTRACK_TEST_PG"), search_path, NULL);
  db = pt_db_open_postgresql (owner, &error);
  g_assert_no_error (error);
  if (read_only)
    pt_test_db_exec (db, "SET default_transaction_read_only = on");
  return db;
}

void
pt_test_db_exec (PtDb       *db,
                    const char *sql)
{
  if (!pt_db_exec (db, sql))
    g_error ("%s: %s", sql, pt_db_get_message (db));
}

gint64
pt_test_db_query_int (PtDb       *db,
                      const char *sql)
{
  g_autoptr(PtDbStmt) stmt = pt_db_prepare (db, sql);

  if (stmt == NULL || pt_db_step (stmt) != PT_DB_ROW)
    g_error ("%s: %s", sql, pt_db_get_message (db));
  return pt_db_column_int64 (stmt, 0);
}

void
pt_test_clinic_drop (const char *schema)
{
  g_autofree char *sql = NULL;
  PtDb *db;

  if (schema == NULL)
    return;

  db = connect_owner ();
  /* Without the notice that lists every object dropped. */
  sql = g_strdup_printf ("SET client_min_messages = warning; DROP SCHEMA %s CASCADE", schema);
  if (!pt_db_exec (db, sql))
    g_error ("%s: %s", sql, pt_db_get_message (db));
  pt_db_free (db);
}

void
pt_test_clinic_server_ctl (const char *action)
{
  const char *ctl = g_getenv ("PROLOTRACK_TEST_PG_CTL");
  const char *argv[] = { ctl, action, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (ctl);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

char *
pt_test_pg_password (const char *role)
{
  const char *pgpass = g_getenv ("PGPASSFILE");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (pgpass);
  g_assert_true (g_file_get_contents (pgpass, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ":", 5);

      if (g_strv_length (fields) == 5 && g_str_equal (fields[3], role))
        return g_strdup (fields[4]);
    }
  g_assert_not_reached ();
}
