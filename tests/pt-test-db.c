/* pt-test-db.c: a database file read the way a test compares it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "pt-test-db.h"

static sqlite3 *
open_read_only (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

/* A text as an SQL literal; a long one as its start, length and SHA-256,
 * so that a failed comparison prints something a person can read. */
static char *
text_value (const char *text)
{
  g_autofree char *checksum = NULL;
  g_autofree char *start = NULL;

  if (strlen (text) <= 120)
    return sqlite3_mprintf ("%Q", text);

  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  start = g_utf8_substring (text, 0, 40);
  return sqlite3_mprintf ("%Q… (%lld bytes, sha256 %s)", start, (long long) strlen (text),
                          checksum);
}

/* Values that depend on when a write ran, not on what it wrote: the
 * records' timestamps, and the audit trail's time and the hashes over it
 * (with the head of the chain in clinic_settings). */
static gboolean
is_timestamp (const char   *table,
              sqlite3_stmt *stmt,
              int           column)
{
  const char *name = sqlite3_column_name (stmt, column);

  if (g_str_equal (name, "created_at") || g_str_equal (name, "updated_at"))
    return TRUE;
  if (g_str_equal (table, "audit"))
    return g_str_equal (name, "at") || g_str_equal (name, "prev_hash") ||
           g_str_equal (name, "hash");
  if (g_str_equal (table, "clinic_settings"))
    return g_str_equal (name, "value") &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "audit-head") == 0;

  return FALSE;
}

static void
append_rows (sqlite3    *db,
             const char *table,
             gboolean    timestamps,
             GString    *out)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid", table);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_string_append_printf (out, "%s:\n", table);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          char *value = NULL;

          if (!timestamps && is_timestamp (table, stmt, i))
            continue;

          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_NULL:
              value = sqlite3_mprintf ("NULL");
              break;
            case SQLITE_INTEGER:
              value = sqlite3_mprintf ("%lld", sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_FLOAT:
              value = sqlite3_mprintf ("%!.17g", sqlite3_column_double (stmt, i));
              break;
            default:
              value = text_value ((const char *) sqlite3_column_text (stmt, i));
            }
          g_string_append_printf (out, "%s%s", i ? "," : " ", value);
          sqlite3_free (value);
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

char *
pt_test_db_dump_table (const char *path,
                       const char *table)
{
  sqlite3 *db = open_read_only (path);
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  append_rows (db, table, TRUE, out);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static char *
dump (const char *path,
      gboolean    timestamps)
{
  sqlite3 *db = open_read_only (path);
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  /* One snapshot for the list and every table. */
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    append_rows (db, g_ptr_array_index (tables, i), timestamps, out);

  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

char *
pt_test_db_dump (const char *path)
{
  return dump (path, TRUE);
}

char *
pt_test_db_dump_records (const char *path)
{
  return dump (path, FALSE);
}

void
pt_test_db_assert_clean (PtStore *store)
{
  g_auto(GStrv) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean clean = pt_store_check (store, FALSE, &problems, &error);

  g_assert_no_error (error);
  if (!clean)
    {
      g_autofree char *joined = g_strjoinv ("\n", problems);
      g_error ("The database has problems:\n%s", joined);
    }
}

void
pt_test_db_assert_unlocked (const char *path)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  if (sqlite3_exec (db, "BEGIN IMMEDIATE; ROLLBACK", NULL, NULL, &message) != SQLITE_OK)
    g_error ("Another connection still holds “%s”: %s", path, message);
  sqlite3_close (db);
}

gint64
pt_test_db_user_version (const char *path)
{
  sqlite3 *db = open_read_only (path);
  sqlite3_stmt *stmt = NULL;
  gint64 version;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}
