/* test-backup-cli.c: prolotrack-cli backup, backups and restore
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real binary ($PROLOTRACK_CLI) as a script would, on the demo
 * clinic in a temporary folder, and reads the results back through core.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "pt-backup.h"
#include "pt-test-utils.h"

typedef struct
{
  char *dir;
  char *db;
  char *out;
  char *err;
} Fixture;

static int
run_argv (Fixture            *f,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("PROLOTRACK_CLI");
  int status;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, f->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

#define run(f, ...) run_argv ((f), (const char *[]) { __VA_ARGS__, NULL })

static void
assert_ok (Fixture *f,
           int      status)
{
  if (status != 0)
    g_error ("exit %d, stderr: %s", status, f->err);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = pt_test_make_tmp_dir ();
  f->db = g_build_filename (f->dir, "clinic.db", NULL);
  assert_ok (f, run (f, "demo"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pt_test_remove_tmp_dir (f->dir);
  g_free (f->out);
  g_free (f->err);
  g_free (f->db);
  g_free (f->dir);
}

static gint64
count_patients (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open_full (f->db, PT_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return pt_store_count_patients (store, TRUE, NULL);
}

/* The path in "Backed up to PATH (...)". */
static char *
backed_up_path (Fixture *f)
{
  const char *start, *end;

  g_assert_true (g_str_has_prefix (f->out, "Backed up to "));
  start = f->out + strlen ("Backed up to ");
  end = strstr (start, " (");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

static void
test_backup_default_and_file (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *named = g_build_filename (f->dir, "copy for the auditor.db", NULL);
  g_autoptr(GPtrArray) backups = NULL;
  GStatBuf st;

  assert_ok (f, run (f, "backup"));
  pt_test_assert_contains (f->out, "(14 patients, ");
  path = backed_up_path (f);
  g_assert_true (g_str_has_prefix (path, dir));
  pt_test_assert_contains (path, "clinic-");
  pt_test_assert_contains (path, "-manual.db");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0700);

  backups = pt_backup_list (f->db, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpint (pt_backup_get_n_patients (g_ptr_array_index (backups, 0)), ==, 14);

  assert_ok (f, run (f, "backup", named));
  g_assert_cmpint (g_stat (named, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);

  /* Not onto the database itself, and one file at most. */
  g_assert_cmpint (run (f, "backup", f->db), ==, 2);
  pt_test_assert_contains (f->err, "is the database itself");
  g_assert_cmpint (run (f, "backup", named, "second.db"), ==, 2);
  g_assert_cmpint (count_patients (f), ==, 14);
}

static void
test_backups_list (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  JsonArray *array;
  JsonObject *newest, *oldest;

  assert_ok (f, run (f, "backups"));
  pt_test_assert_contains (f->out, "No backups in ");

  assert_ok (f, run (f, "backup"));
  first = backed_up_path (f);
  assert_ok (f, run (f, "add-patient", "--name", "Grace Hopper", "--record-number", "PT-9001",
                     "--dob", "1980-12-09"));
  assert_ok (f, run (f, "backup"));

  assert_ok (f, run (f, "backups"));
  pt_test_assert_contains (f->out, "15 patients");
  pt_test_assert_contains (f->out, "14 patients");
  pt_test_assert_contains (f->out, "By hand");
  /* Newest first. */
  g_assert_true (strstr (f->out, "15 patients") < strstr (f->out, "14 patients"));

  assert_ok (f, run (f, "backups", "--json"));
  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  newest = json_array_get_object_element (array, 0);
  oldest = json_array_get_object_element (array, 1);
  g_assert_cmpint (json_object_get_int_member (newest, "patients"), ==, 15);
  g_assert_cmpint (json_object_get_int_member (oldest, "patients"), ==, 14);
  g_assert_cmpint (json_object_get_int_member (oldest, "records"), >, 1000);
  g_assert_cmpstr (json_object_get_string_member (oldest, "path"), ==, first);
  g_assert_cmpstr (json_object_get_string_member (oldest, "kind"), ==, "manual");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (oldest, "taken"), "Z"));
  g_assert_true (json_object_get_null_member (oldest, "problem"));
}

/* The audit trail's rows for the restore of @backup. */
static gint64
count_restores (Fixture    *f,
                const char *backup)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *pattern = g_strdup_printf ("Restored the backup “%s”; the replaced data was "
                                              "kept as “%%-before-restore.db”", backup);
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM audit WHERE action = 'restore' "
                                       "AND table_name IS NULL AND detail LIKE ?", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  const char *kept_at;

  assert_ok (f, run (f, "backup"));
  backup = backed_up_path (f);
  assert_ok (f, run (f, "add-patient", "--name", "Grace Hopper", "--record-number", "PT-9001",
                     "--dob", "1980-12-09"));
  g_assert_cmpint (count_patients (f), ==, 15);

  assert_ok (f, run (f, "restore", backup));
  pt_test_assert_contains (f->out, "Restored ");
  pt_test_assert_contains (f->out, "(14 patients, ");
  pt_test_assert_contains (f->out, "The data it replaced (15 patients, ");
  g_assert_cmpint (count_patients (f), ==, 14);
  g_assert_cmpint (count_restores (f, backup), ==, 1);

  /* It says where the replaced data went, and that undoes the restore. */
  kept_at = strstr (f->out, " was kept as ");
  g_assert_nonnull (kept_at);
  kept = g_strstrip (g_strdup (kept_at + strlen (" was kept as ")));
  pt_test_assert_contains (kept, "-before-restore.db");
  assert_ok (f, run (f, "restore", kept));
  g_assert_cmpint (count_patients (f), ==, 15);

  assert_ok (f, run (f, "backups"));
  pt_test_assert_contains (f->out, "Before a restore");

  /* Something else is refused, and the database stays as it was. */
  g_assert_true (g_file_set_contents (text, "Monday: 3 patients\n", -1, NULL));
  g_assert_cmpint (run (f, "restore", text), ==, 1);
  pt_test_assert_contains (f->err, "Nothing was restored");
  g_assert_cmpint (count_patients (f), ==, 15);
  g_assert_cmpint (run (f, "restore"), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/backup/default-and-file", Fixture, NULL, fixture_set_up,
              test_backup_default_and_file, fixture_tear_down);
  g_test_add ("/cli/backup/backups", Fixture, NULL, fixture_set_up, test_backups_list,
              fixture_tear_down);
  g_test_add ("/cli/backup/restore", Fixture, NULL, fixture_set_up, test_restore,
              fixture_tear_down);

  return g_test_run ();
}
