/* pt-test-pg.c: a PostgreSQL schema of its own for a test case
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include "pt-test-pg.h"

PtDb *
pt_test_pg_open_schema (const char  *prefix,
                        char       **schema)
{
  static guint counter;
  const char *location = g_getenv ("PROLOTRACK_TEST_PG");
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  PtDb *db;

  *schema = NULL;
  if (location == NULL || *location == '\0')
    return NULL;

  db = pt_db_open_postgresql (location, &error);
  g_assert_no_error (error);
  *schema = g_strdup_printf ("%s_%d_%u", prefix, (int) getpid (), ++counter);
  sql = g_strdup_printf ("CREATE SCHEMA %s; SET search_path TO %s", *schema, *schema);
  pt_test_db_exec (db, sql);
  return db;
}

void
pt_test_pg_drop_schema (PtDb       *db,
                        const char *schema)
{
  g_autofree char *sql = NULL;

  if (db == NULL)
    return;

  sql = g_strdup_printf ("DROP SCHEMA %s CASCADE", schema);
  if (pt_db_in_transaction (db))
    pt_db_exec (db, "ROLLBACK");
  pt_test_db_exec (db, sql);
  pt_db_free (db);
}
