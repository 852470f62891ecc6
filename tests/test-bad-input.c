/* test-bad-input.c: the catalogue of bad input, each refused with its
 * message and nothing written
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table, run twice: through the prolotrack-cli binary (exit status,
 * message, the database's bytes unchanged, no file or folder made), and,
 * for the classes a record carries, through the core API (PT_ERROR_INVALID
 * naming the field, no row added). Every class the reliability probe found
 * is here, with those of the first foundation.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "pt-error.h"
#include "pt-parse.h"
#include "pt-store.h"
#include "pt-test-cli.h"
#include "pt-test-utils.h"

typedef struct
{
  const char *name;
  const char *args[16];
  int         status;      /* the exit status expected */
  const char *message;     /* in stderr */
  const char *no_path;     /* a file or folder (in the test folder) that must not appear */
} CliCase;

/* The demo clinic: patient 1 is Claire Donnelly (PT-0001), born 1983;
 * condition 1 is hers, onset in 2026. The date is after every onset. */
static const CliCase cli_cases[] = {
  /* numbers */
  { "score-hex", { "log-pain", "--patient", "1", "--context", "rest", "--score", "0x5" }, 2,
    "--score: “0x5” is not a number" },
  { "score-leading-space", { "log-pain", "--patient", "1", "--context", "rest", "--score", " 5" },
    2, "--score: “ 5” is not a number" },
  { "score-trailing-space", { "log-pain", "--patient", "1", "--context", "rest", "--score", "5 " },
    2, "--score: “5 ” is not a number" },
  { "score-exponent", { "log-pain", "--patient", "1", "--context", "rest", "--score", "5e0" }, 2,
    "--score: “5e0” is not a number" },
  { "score-inf", { "log-pain", "--patient", "1", "--context", "rest", "--score", "inf" }, 2,
    "--score: “inf” is not a number" },
  { "score-nan", { "log-pain", "--patient", "1", "--context", "rest", "--score", "nan" }, 2,
    "--score: “nan” is not a number" },
  { "score-comma", { "log-pain", "--patient", "1", "--context", "rest", "--score", "5,5" }, 2,
    "--score: “5,5” is not a number" },
  { "score-eleven", { "log-pain", "--patient", "1", "--context", "rest", "--score", "11" }, 2,
    "between 0 and 10" },
  { "score-quarter", { "log-pain", "--patient", "1", "--context", "rest", "--score", "5.25" }, 2,
    "steps of 0.5" },
  /* dates */
  { "date-leading-space", { "log-pain", "--patient", "1", "--context", "rest", "--score", "5",
    "--date", " 2026-11-02" }, 2, "--date: “ 2026-11-02” is not a date" },
  { "date-impossible", { "log-pain", "--patient", "1", "--context", "rest", "--score", "5",
    "--date", "2026-02-30" }, 2, "2026-02-30" },
  { "date-day-first", { "log-pain", "--patient", "1", "--context", "rest", "--score", "5",
    "--date", "02/11/2026" }, 2, "02/11/2026" },
  /* runs */
  { "run-tiny", { "log-run", "--patient", "1", "--distance-km", "0.000001" }, 2,
    "Distance must be at least 0.01 km" },
  { "run-exponent", { "log-run", "--patient", "1", "--distance-km", "1e-300" }, 2,
    "--distance-km: “1e-300” is not a number" },
  { "run-too-fast", { "log-run", "--patient", "1", "--distance-km", "100", "--duration-min", "1" },
    2, "faster than anyone runs" },
  { "run-zero", { "log-run", "--patient", "1", "--distance-km", "0" }, 2,
    "Distance must be more than 0" },
  /* sessions */
  { "session-before-onset", { "log-session", "--patient", "1", "--condition", "1",
    "--type", "dextrose", "--date", "2020-01-01" }, 2, "before the condition’s onset" },
  /* patients */
  { "record-number-case", { "add-patient", "--name", "Claire Again", "--dob", "1983-06-14",
    "--record-number", "pt-0001" }, 2, "differs only in capitals from “PT-0001”" },
  { "patient-id-and-record", { "log-pain", "--patient", "PT-9999", "--context", "rest",
    "--score", "5" }, 2, "no patient with record number “PT-9999”" },
  { "patient-leading-space", { "log-pain", "--patient", " 1", "--context", "rest",
    "--score", "5" }, 2, "no patient with record number “ 1”" },
  { "patient-both", { "log-pain", "--patient", "1", "--record", "PT-0001", "--context", "rest",
    "--score", "5" }, 2, "not both" },
  { "dob-future", { "add-patient", "--name", "Not Born", "--dob", "2200-01-01",
    "--record-number", "NB-1" }, 2, "Date of birth" },
  { "name-newline", { "add-patient", "--name", "Two\nLines", "--dob", "1990-01-01",
    "--record-number", "NL-1" }, 2, "Name" },
  /* text */
  { "notes-invalid-utf8", { "log-pain", "--patient", "1", "--context", "rest", "--score", "5",
    "--notes", "caf\xe9" }, 2, "--notes: the text is not valid UTF-8" },
  { "clinic-too-long", { "report", "1", "-o", "r.pdf", "--clinic", NULL }, 2,
    "The clinic’s name is too long", "r.pdf" },
  { "clinic-two-lines", { "report", "1", "-o", "r.pdf", "--clinic", "A\nB" }, 2,
    "must be one line", "r.pdf" },
  /* files */
  { "report-png", { "report", "1", "-o", "x.png" }, 2, "does not end in .pdf", "x.png" },
  { "csv-all-to-file-name", { "export-csv", "--table", "all", "-o", "e3.csv" }, 2,
    "give a folder", "e3.csv" },
  { "chart-missing-folder", { "chart", "1", "-o", "missing/c.png" }, 1,
    "The folder “", "missing" },
  { "chart-bad-extension", { "chart", "1", "-o", "c.gif" }, 2, "does not end in .png, .svg or .pdf",
    "c.gif" },
};

typedef struct
{
  char *dir;
  char *db;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = pt_test_make_tmp_dir ();
  f->db = g_build_filename (f->dir, "clinic.db", NULL);
  g_assert_cmpint (pt_test_cli_run (f->db, &f->out, &f->err, "demo"), ==, 0);
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

/* Runs @c in the test folder, so relative output paths land there. */
static void
run_case (Fixture       *f,
          const CliCase *c)
{
  g_autofree char *long_clinic = g_strnfill (120000, 'a');
  g_autofree char *before = pt_test_file_digest (f->db);
  g_autofree char *after = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  const char *args[17] = { NULL };
  int status;

  for (guint i = 0; i < G_N_ELEMENTS (c->args) && (c->args[i] != NULL || i == 0); i++)
    args[i] = c->args[i];
  /* "--clinic" with no value in the table: 120,000 characters, which once
   * took more than a minute to lay out. */
  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_equal (args[i], "--clinic") && args[i + 1] == NULL)
      args[i + 1] = long_clinic;

  g_assert_cmpint (g_chdir (f->dir), ==, 0);
  status = pt_test_cli_run_argv (f->db, NULL, &f->out, &f->err, args);
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  if (status != c->status || strstr (f->err, c->message) == NULL)
    g_error ("%s: exit %d (expected %d), stderr: %s (expected “%s”)", c->name, status, c->status,
             f->err, c->message);

  after = pt_test_file_digest (f->db);
  g_assert_cmpstr (before, ==, after);
  if (c->no_path != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, c->no_path, NULL);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_cli_catalogue (Fixture       *f,
                    gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (cli_cases); i++)
    run_case (f, &cli_cases[i]);

  g_test_message ("%u bad inputs refused by prolotrack-cli, the database unchanged",
                  (guint) G_N_ELEMENTS (cli_cases));
}

/* ---- the core API ---- */

static void
test_numbers (void)
{
  static const char * const refused[] = {
    "", " 5", "5 ", "0x5", "0X5", "+5", "5e0", "1e-300", "inf", "-inf", "nan", "infinity",
    "5.", "5..5", "5.5.5", "--5", "-", ".", "5,5", "1 000", "٥", "５",
    "1234567890123456789012345678901",
  };
  double value = 42;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      if (pt_parse_decimal (refused[i], FALSE, &value))
        g_error ("“%s” was taken as the number %g", refused[i], value);
      g_assert_cmpfloat (value, ==, 42);
    }

  g_assert_true (pt_parse_decimal ("6.5", FALSE, &value));
  g_assert_cmpfloat (value, ==, 6.5);
  g_assert_true (pt_parse_decimal (".5", FALSE, &value));
  g_assert_cmpfloat (value, ==, 0.5);
  g_assert_true (pt_parse_decimal ("-2", FALSE, &value));
  g_assert_cmpfloat (value, ==, -2);
  g_assert_true (pt_parse_decimal ("6,5", TRUE, &value));
  g_assert_cmpfloat (value, ==, 6.5);
  g_assert_false (pt_parse_decimal ("6.5", TRUE, &value));
}

static void
test_core_records (PtTestFixture *fixture,
                   gconstpointer  data)
{
  PtStore *store = fixture->store;
  gint64 patient = pt_test_add_patient (store, "Ann Ward", "AW-1", PT_TEST_BIRTH);
  gint64 condition = pt_test_add_condition (store, patient, "2025-06-01");
  g_autoptr(PtRun) tiny = pt_test_new_run (patient, "2025-07-01", 1e-297);
  g_autoptr(PtRun) fast = pt_test_new_run (patient, "2025-07-01", 100000);
  g_autoptr(PtSession) early = pt_test_new_session (patient, condition, "2025-05-31");
  g_autoptr(PtPatient) twin = pt_test_new_patient ("Ann Ward", "aw-1", PT_TEST_BIRTH);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) found = NULL;

  pt_run_set_duration_s (fast, 60);
  pt_test_expect_invalid (store, tiny, "distance_m", "at least 0.01 km");
  pt_test_expect_invalid (store, fast, "duration_s", "faster than anyone runs");
  pt_test_expect_invalid (store, early, "date", "before the condition’s onset");
  pt_test_expect_refused (store, twin, FALSE, PT_ERROR_DUPLICATE, "record_number",
                          "differs only in capitals", NULL);

  /* Look-ups that once found the wrong patient. */
  found = pt_store_find_patient (store, "aw-1", &error);
  g_assert_null (found);
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, "patient", NULL);
  g_clear_error (&error);

  g_assert_cmpint (pt_test_count (store, PT_TYPE_RUN), ==, 0);
  g_assert_cmpint (pt_test_count (store, PT_TYPE_SESSION), ==, 0);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/bad-input/cli", Fixture, NULL, fixture_set_up, test_cli_catalogue,
              fixture_tear_down);
  g_test_add_func ("/bad-input/numbers", test_numbers);
  PT_TEST_ADD_WITH_STORE ("/bad-input/records", test_core_records);

  return g_test_run ();
}
