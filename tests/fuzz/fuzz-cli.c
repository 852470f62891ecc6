/* fuzz-cli.c: prolotrack-cli's command line, end to end
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a command line, one argument per line ("log-pain\n--patient\n
 * PT-0001\n--score\n6.5"), run in-process by pt_cli_run (the CLI's
 * dispatcher, in libprolotrack-cli) against a fresh copy of a small clinic
 * (one patient, PT-0001, with a condition, a session and a run) in a
 * temporary folder that is also the working directory and $HOME: an
 * argument with a '/' is not run, so nothing is written outside it.
 * `generate` and `demo` are left out (they fill a clinic: slow, and their
 * only options are counts that fuzz-number covers), as are `--database`
 * (every run uses the copy) and a command's --help, -h and -? (GOption
 * prints the help and calls exit()). Invariants: the exit status is 0, 1 or 2; a
 * status of 2 (bad input) wrote nothing (every table has the rows it had);
 * and the database passes SQLite's quick_check after every command.
 * PT_FUZZ_VERBOSE=1 prints each command's exit status and rows.
 */

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "pt-cli-private.h"
#include "pt-fuzz.h"

#define MAX_ARGS 24

typedef struct
{
  char   *folder;
  GBytes *clinic;       /* the template database's bytes */
  char   *clinic_rows;  /* its rows per table */
  int     null_fd;
} FuzzCli;

/* The one state a libFuzzer target keeps between inputs. */
static FuzzCli fuzz_cli;

static void
discard_print (const char *text)
{
}

static int
run_cli (const char * const *args)
{
  g_autofree char **argv = NULL;
  GPrintFunc print, printerr;
  guint n = g_strv_length ((char **) args);
  int saved, status;

  argv = g_new0 (char *, n + 4);
  argv[0] = (char *) "prolotrack-cli";
  argv[1] = (char *) "--database";
  argv[2] = (char *) "clinic.db";
  for (guint i = 0; i < n; i++)
    argv[i + 3] = (char *) args[i];

  /* What the commands print is not what is checked; ASan still has stderr. */
  fflush (stdout);
  saved = dup (STDOUT_FILENO);
  dup2 (fuzz_cli.null_fd, STDOUT_FILENO);
  print = g_set_print_handler (discard_print);
  printerr = g_set_printerr_handler (discard_print);

  status = pt_cli_run ((int) n + 3, argv);

  fflush (stdout);
  dup2 (saved, STDOUT_FILENO);
  close (saved);
  g_set_print_handler (print);
  g_set_printerr_handler (printerr);

  return status;
}

/* "conditions=1;patients=1;..." of clinic.db, after a quick_check. */
static char *
count_rows (void)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  PT_FUZZ_CHECK (sqlite3_open_v2 ("clinic.db", &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);

  PT_FUZZ_CHECK (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK);
  PT_FUZZ_CHECK (sqlite3_step (stmt) == SQLITE_ROW);
  PT_FUZZ_CHECK (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0);
  sqlite3_finalize (stmt);

  PT_FUZZ_CHECK (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                         "ORDER BY name", -1, &stmt, NULL) == SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"",
                                              (char *) tables->pdata[i]);

      PT_FUZZ_CHECK (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK);
      PT_FUZZ_CHECK (sqlite3_step (stmt) == SQLITE_ROW);
      g_string_append_printf (out, "%s=%lld;", (char *) tables->pdata[i],
                              (long long) sqlite3_column_int64 (stmt, 0));
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
restore_clinic (void)
{
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *bytes = g_bytes_get_data (fuzz_cli.clinic, &size);

  unlink ("clinic.db-wal");
  unlink ("clinic.db-shm");
  PT_FUZZ_CHECK (g_file_set_contents_full ("clinic.db", bytes, (gssize) size,
                                           G_FILE_SET_CONTENTS_NONE, 0600, &error));
}

/* Everything under @path, and @path itself. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        unlink (child);
    }
  rmdir (path);
}

static void
remove_folder (void)
{
  remove_tree (fuzz_cli.folder);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *tmp = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (tmp, "prolotrack-fuzz-cli-XXXXXX", NULL);
  const char * const setup[][16] = {
    { "add-patient", "--name", "Claire Donnelly", "--dob", "1988-04-12", "--sex", "female",
      "--record-number", "PT-0001", NULL },
    { "add-condition", "--patient", "PT-0001", "--kind", "plantar-fasciitis", "--side", "left",
      "--onset", "2025-11-02", NULL },
    { "log-session", "--patient", "PT-0001", "--condition", "1", "--date", "2026-01-10",
      "--type", "dextrose", "--pain-before", "7", NULL },
    { "log-run", "--patient", "PT-0001", "--date", "2026-02-01", "--distance-km", "5",
      "--duration-min", "30", NULL },
  };
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  setlocale (LC_ALL, "");
  pt_fuzz_fatal_warnings ();

  /* Before GLib reads them: caches, settings and data go to the folder. */
  fuzz_cli.folder = g_mkdtemp (g_steal_pointer (&template));
  PT_FUZZ_CHECK (fuzz_cli.folder != NULL);
  PT_FUZZ_CHECK (chdir (fuzz_cli.folder) == 0);
  atexit (remove_folder);
  g_setenv ("HOME", fuzz_cli.folder, TRUE);
  g_setenv ("XDG_CACHE_HOME", fuzz_cli.folder, TRUE);
  g_setenv ("XDG_CONFIG_HOME", fuzz_cli.folder, TRUE);
  g_setenv ("XDG_DATA_HOME", fuzz_cli.folder, TRUE);
  g_setenv ("PROLOTRACK_DATABASE", "clinic.db", TRUE);
  g_setenv ("PROLOTRACK_TODAY", "2026-03-01", TRUE);
  fuzz_cli.null_fd = open ("/dev/null", O_WRONLY | O_CLOEXEC);
  PT_FUZZ_CHECK (fuzz_cli.null_fd >= 0);

  for (guint i = 0; i < G_N_ELEMENTS (setup); i++)
    PT_FUZZ_CHECK (run_cli (setup[i]) == PT_CLI_EXIT_OK);

  PT_FUZZ_CHECK (!g_file_test ("clinic.db-wal", G_FILE_TEST_EXISTS) ||
                 g_file_test ("clinic.db", G_FILE_TEST_EXISTS));
  PT_FUZZ_CHECK (g_file_get_contents ("clinic.db", &contents, &length, &error));
  fuzz_cli.clinic = g_bytes_new_take (contents, length);
  fuzz_cli.clinic_rows = count_rows ();
  PT_FUZZ_CHECK (strstr (fuzz_cli.clinic_rows, "patients=1;") != NULL);
  PT_FUZZ_CHECK (strstr (fuzz_cli.clinic_rows, "runs=1;") != NULL);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pt_fuzz_text (data, size);
  g_auto(GStrv) args = g_strsplit (text, "\n", MAX_ARGS + 1);
  g_autofree char *rows = NULL;
  int status;

  if (g_strv_length (args) > MAX_ARGS)
    return 0;
  for (guint i = 0; args[i] != NULL; i++)
    {
      if (strchr (args[i], '/') != NULL || g_str_has_prefix (args[i], "--database"))
        return 0;
      /* GOption prints a command's help and calls exit(). */
      if (i > 0 && (g_str_has_prefix (args[i], "--help") ||
                    (args[i][0] == '-' && args[i][1] != '-' &&
                     strpbrk (args[i], "h?") != NULL)))
        return 0;
      if (i == 0 && (g_str_equal (args[i], "generate") || g_str_equal (args[i], "demo")))
        return 0;
    }

  restore_clinic ();
  status = run_cli ((const char * const *) args);
  PT_FUZZ_CHECK (status == PT_CLI_EXIT_OK || status == PT_CLI_EXIT_FAILURE ||
                 status == PT_CLI_EXIT_USAGE);

  rows = count_rows ();
  if (g_getenv ("PT_FUZZ_VERBOSE") != NULL)
    fprintf (stderr, "%s: exit %d, %s\n", args[0] ? args[0] : "", status, rows);
  if (status == PT_CLI_EXIT_USAGE)
    {
      if (strcmp (rows, fuzz_cli.clinic_rows) != 0)
        fprintf (stderr, "exit status 2 but rows changed: %s -> %s\n", fuzz_cli.clinic_rows, rows);
      PT_FUZZ_CHECK (strcmp (rows, fuzz_cli.clinic_rows) == 0);
    }

  return 0;
}
