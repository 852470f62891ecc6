/* test-cli.c: prolotrack-cli end to end, as a script would use it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real binary ($PROLOTRACK_CLI) on a database in a temporary
 * folder, and reads the database back through the core API.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <sqlite3.h>

#include "pt-store.h"
#include "pt-test-clinic.h"
#include "pt-test-utils.h"

typedef struct
{
  char *dir;
  char *db;      /* a file in dir, or a server address (pt-test-clinic.h) */
  char *schema;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = pt_test_make_tmp_dir ();
  f->db = pt_test_clinic_new (f->dir, &f->schema);
}

static void
remove_if_exists (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_assert_cmpint (g_remove (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; f->schema == NULL && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (f->db, suffixes[i], NULL);
      remove_if_exists (path);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  pt_test_clinic_drop (f->schema);
  g_free (f->schema);
  g_free (f->out);
  g_free (f->err);
  g_free (f->db);
  g_free (f->dir);
}

/* Runs prolotrack-cli --database DB ARGS...; returns the exit status. */
static int
run_argv (Fixture           *f,
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

  if (!WIFEXITED (status))
    g_error ("prolotrack-cli did not exit normally; stderr: %s", f->err);

  return WEXITSTATUS (status);
}

#define run(f, ...) run_argv ((f), (const char *[]) { __VA_ARGS__, NULL })

static gint64
count (Fixture *f,
       GType    type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open (f->db, &error);
  gint64 n;

  g_assert_no_error (error);
  n = pt_store_count_records (store, type, &error);
  g_assert_no_error (error);
  return n;
}

static void
assert_ok (Fixture    *f,
           int         status,
           const char *expected_out)
{
  if (status != 0)
    g_error ("exit %d, stderr: %s", status, f->err);
  if (expected_out != NULL && strstr (f->out, expected_out) == NULL)
    g_error ("“%s” not in output:\n%s", expected_out, f->out);
}

/* Two patients, each with a condition: PT-1 (id 1, born 1983-06-14) with
 * condition 1 and PT-2 (id 2) with condition 2. */
static void
add_two_patients (Fixture *f)
{
  assert_ok (f, run (f, "add-patient", "--name", "Jane Runner", "--dob", "1983-06-14",
                     "--record-number", "PT-1", "--sex", "female"), "1\n");
  assert_ok (f, run (f, "add-patient", "--name", "Sam Miles", "--dob", "1990-01-01",
                     "--record-number", "PT-2"), "2\n");
  assert_ok (f, run (f, "add-condition", "--patient", "PT-1", "--kind", "plantar-fasciitis",
                     "--side", "left", "--onset", "2025-06-01",
                     "--tried", "rest,orthotics,physical-therapy"), "1\n");
  assert_ok (f, run (f, "add-condition", "--patient", "2", "--kind", "itbs",
                     "--side", "right", "--onset", "2025-09-01"), "2\n");
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  const char *commands[] = { "demo", "patients", "summary", "add-patient", "add-condition",
                             "log-session", "log-pain", "log-run", "log-cross", "check",
                             "export-csv" };

  assert_ok (f, run (f, "--help"), "log-session");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    assert_ok (f, run (f, commands[i], "--help"), "--database");

  assert_ok (f, run (f, "log-run", "--help"), "--distance-mi");
  assert_ok (f, run (f, "log-pain", "--help"), "rest, morning, during-run, after-run, other");

  g_assert_cmpint (run (f, "no-such-command"), ==, 2);
  g_assert_nonnull (strstr (f->err, "Unknown command"));
  g_assert_cmpint (run (f, "log-pain", "--no-such-option"), ==, 2);
  g_assert_cmpint (run (f, "summary"), ==, 2);
}

static void
test_record_visit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(PtRun) run_record = NULL;

  add_two_patients (f);
  assert_ok (f, run (f, "log-session", "--patient", "PT-1", "--condition", "1",
                     "--date", "2026-03-03", "--type", "dextrose", "--volume-ml", "3.5",
                     "--injections", "4", "--pain-before", "7.5", "--pain-after", "3",
                     "--next-visit", "2026-03-31", "--site", "London"), "1\n");
  assert_ok (f, run (f, "log-pain", "--patient", "PT-1", "--date", "2026-03-01",
                     "--score", "6.5", "--context", "morning"), "1\n");
  assert_ok (f, run (f, "log-run", "--patient", "PT-1", "--date", "2026-03-01",
                     "--distance-km", "5.2", "--duration-min", "31", "--surface", "trail",
                     "--notes", "Easy, “felt fine”"), "1\n");
  assert_ok (f, run (f, "log-run", "--patient", "PT-1", "--date", "2026-03-02",
                     "--distance-mi", "3.1"), "2\n");
  assert_ok (f, run (f, "log-cross", "--patient", "PT-1", "--date", "2026-03-02",
                     "--activity", "pool", "--minutes", "40", "--effort", "5"), "1\n");

  store = pt_store_open (f->db, &error);
  g_assert_no_error (error);
  runs = pt_store_list_runs (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 2);

  run_record = g_list_model_get_item (runs, 0);
  g_assert_cmpfloat_with_epsilon (pt_run_get_distance_m (run_record), 5200, 1e-6);
  g_assert_cmpint (pt_run_get_duration_s (run_record), ==, 31 * 60);
  g_assert_cmpint (pt_run_get_surface (run_record), ==, PT_SURFACE_TRAIL);
  g_assert_cmpstr (pt_run_get_notes (run_record), ==, "Easy, “felt fine”");
  g_clear_object (&run_record);

  run_record = g_list_model_get_item (runs, 1);
  g_assert_cmpfloat_with_epsilon (pt_run_get_distance_m (run_record), 3.1 * 1609.344, 1e-6);
  g_assert_cmpint (pt_run_get_duration_s (run_record), ==, PT_NO_INT);

  assert_ok (f, run (f, "patients"), "Jane Runner");
  g_assert_nonnull (strstr (f->out, "Plantar fasciitis"));
  assert_ok (f, run (f, "summary", "PT-1"), "Sessions: 1");
}

typedef struct
{
  const char *name;
  const char *args[16];
  const char *message;   /* expected on stderr */
  GType     (*counted) (void);
} BadInput;

static const BadInput bad_inputs[] = {
  { "patient/name-missing", { "add-patient", "--dob", "1980-01-01", "--record-number", "X1" },
    "Name is required", pt_patient_get_type },
  { "patient/name-newline", { "add-patient", "--name", "Jane\nDoe", "--dob", "1980-01-01",
    "--record-number", "X1" }, "one line of text", pt_patient_get_type },
  { "patient/name-control", { "add-patient", "--name", "Jane\001Doe", "--dob", "1980-01-01",
    "--record-number", "X1" }, "U+0001", pt_patient_get_type },
  { "patient/name-too-long", { "add-patient", "--name",
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    "AAAAAAAAAAAAAAAAAAAAA", "--dob", "1980-01-01", "--record-number", "X1" },
    "Name is too long: 201 characters (at most 200)", pt_patient_get_type },
  { "patient/record-number-missing", { "add-patient", "--name", "Jo", "--dob", "1980-01-01" },
    "Record number is required", pt_patient_get_type },
  { "patient/record-number-taken", { "add-patient", "--name", "Jo", "--dob", "1980-01-01",
    "--record-number", "PT-1" }, "Record number “PT-1” is already used by Jane Runner",
    pt_patient_get_type },
  { "patient/dob-missing", { "add-patient", "--name", "Jo", "--record-number", "X1" },
    "Date of birth is required", pt_patient_get_type },
  { "patient/dob-invalid", { "add-patient", "--name", "Jo", "--dob", "1983-02-30",
    "--record-number", "X1" }, "“1983-02-30” is not a valid date", pt_patient_get_type },
  { "patient/dob-future", { "add-patient", "--name", "Jo", "--dob", "2100-01-01",
    "--record-number", "X1" }, "2100-01-01 is in the future", pt_patient_get_type },
  { "patient/sex-unknown", { "add-patient", "--name", "Jo", "--dob", "1980-01-01",
    "--record-number", "X1", "--sex", "robot" }, "“robot” is not one of: unknown, female",
    pt_patient_get_type },
  { "condition/onset-before-birth", { "add-condition", "--patient", "PT-1", "--kind", "itbs",
    "--side", "left", "--onset", "1980-01-01" },
    "Onset date 1980-01-01 is before the patient’s date of birth (1983-06-14)",
    pt_condition_get_type },
  { "condition/kind-missing", { "add-condition", "--patient", "PT-1", "--side", "left",
    "--onset", "2025-01-01" }, "--kind is required; one of: runners-knee,",
    pt_condition_get_type },
  { "condition/side-missing", { "add-condition", "--patient", "PT-1", "--kind", "itbs",
    "--onset", "2025-01-01" }, "--side is required; one of: left, right, both",
    pt_condition_get_type },
  { "condition/kind-unknown", { "add-condition", "--patient", "PT-1", "--kind", "broken-leg",
    "--side", "left", "--onset", "2025-01-01" }, "“broken-leg” is not one of",
    pt_condition_get_type },
  { "condition/tried-unknown", { "add-condition", "--patient", "PT-1", "--kind", "itbs",
    "--side", "left", "--onset", "2025-01-01", "--tried", "rest,magic" },
    "is not a comma-separated list of", pt_condition_get_type },
  { "condition/no-such-patient", { "add-condition", "--patient", "PT-99", "--kind", "itbs",
    "--side", "left", "--onset", "2025-01-01" }, "no patient with record number “PT-99”",
    pt_condition_get_type },
  { "pain/too-high", { "log-pain", "--context", "rest",
    "--patient", "1", "--date", "2026-03-01", "--score", "11" },
    "Pain must be between 0 and 10 (got 11)", pt_pain_score_get_type },
  { "pain/negative", { "log-pain", "--context", "rest",
    "--patient", "1", "--date", "2026-03-01", "--score", "-1" },
    "Pain must be between 0 and 10 (got -1)", pt_pain_score_get_type },
  { "pain/not-half-step", { "log-pain", "--context", "rest",
    "--patient", "1", "--date", "2026-03-01",
    "--score", "6.3" }, "Pain must be in steps of 0.5", pt_pain_score_get_type },
  { "pain/not-a-number", { "log-pain", "--context", "rest",
    "--patient", "1", "--date", "2026-03-01",
    "--score", "six" }, "--score: “six” is not a number", pt_pain_score_get_type },
  { "pain/missing", { "log-pain", "--context", "rest", "--patient", "1", "--date", "2026-03-01" },
    "Pain is required", pt_pain_score_get_type },
  { "pain/date-invalid", { "log-pain", "--context", "rest",
    "--patient", "1", "--date", "2026-02-30",
    "--score", "5" }, "Date “2026-02-30” is not a valid date; use YYYY-MM-DD",
    pt_pain_score_get_type },
  { "pain/date-words", { "log-pain", "--context", "rest", "--patient", "1", "--date", "yesterday",
    "--score", "5" }, "Date “yesterday” is not a valid date", pt_pain_score_get_type },
  { "pain/date-future", { "log-pain", "--context", "rest", "--patient", "1", "--date", "2100-12-31",
    "--score", "5" }, "Date 2100-12-31 is in the future", pt_pain_score_get_type },
  { "pain/before-birth", { "log-pain", "--context", "rest",
    "--patient", "1", "--date", "1983-06-13",
    "--score", "5" }, "Date 1983-06-13 is before the patient’s date of birth (1983-06-14)",
    pt_pain_score_get_type },
  { "pain/other-patients-condition", { "log-pain", "--context", "rest",
    "--patient", "1", "--condition", "2",
    "--date", "2026-03-01", "--score", "5" },
    "Condition 2 belongs to another patient, not to patient 1", pt_pain_score_get_type },
  { "pain/context-missing", { "log-pain", "--patient", "1", "--date", "2026-03-01",
    "--score", "5" }, "--context is required; one of: rest, morning", pt_pain_score_get_type },
  { "session/type-missing", { "log-session", "--patient", "1", "--condition", "1",
    "--date", "2026-03-01" }, "--type is required; one of: dextrose, prp", pt_session_get_type },
  { "pain/context-unknown", { "log-pain", "--patient", "1", "--date", "2026-03-01",
    "--score", "5", "--context", "sleeping" }, "“sleeping” is not one of: rest, morning",
    pt_pain_score_get_type },
  { "pain/notes-control", { "log-pain", "--context", "rest",
    "--patient", "1", "--date", "2026-03-01",
    "--score", "5", "--notes", "bad\033[31m" }, "Notes contains a control character (U+001B)",
    pt_pain_score_get_type },
  { "session/other-patients-condition", { "log-session", "--type", "prp",
    "--patient", "1", "--condition", "2",
    "--date", "2026-03-01" }, "Condition 2 belongs to another patient", pt_session_get_type },
  { "session/no-condition", { "log-session", "--type", "prp",
    "--patient", "1", "--date", "2026-03-01" },
    "Condition is required", pt_session_get_type },
  { "session/pain-before", { "log-session", "--type", "prp", "--patient", "1", "--condition", "1",
    "--date", "2026-03-01", "--pain-before", "12" },
    "Pain before must be between 0 and 10 (got 12)", pt_session_get_type },
  { "session/volume", { "log-session", "--type", "prp", "--patient", "1", "--condition", "1",
    "--date", "2026-03-01", "--volume-ml", "0" },
    "Volume must be more than 0 and at most 100 mL (got 0 mL)", pt_session_get_type },
  { "session/next-visit-before", { "log-session", "--type", "prp",
    "--patient", "1", "--condition", "1",
    "--date", "2026-03-01", "--next-visit", "2026-02-01" },
    "Next visit 2026-02-01 is before the session date (2026-03-01)", pt_session_get_type },
  { "session/date-future", { "log-session", "--type", "prp", "--patient", "1", "--condition", "1",
    "--date", "2100-03-01" }, "Date 2100-03-01 is in the future", pt_session_get_type },
  { "run/distance-zero", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "0" }, "Distance must be more than 0 and at most 500 km (got 0 km)",
    pt_run_get_type },
  { "run/distance-negative", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "-5" }, "(got -5 km)", pt_run_get_type },
  { "run/distance-absurd", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "500.5" }, "at most 500 km (got 500.5 km)", pt_run_get_type },
  { "run/distance-absurd-miles", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-mi", "400" }, "at most 500 km (got 643.7376 km)", pt_run_get_type },
  { "run/distance-missing", { "log-run", "--patient", "1", "--date", "2026-03-01" },
    "Distance is required", pt_run_get_type },
  { "run/distance-both-units", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "5", "--distance-mi", "3" }, "Give either --distance-km or --distance-mi",
    pt_run_get_type },
  { "run/duration-zero", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "5", "--duration-min", "0" },
    "Duration must be between 1 second and 48 hours", pt_run_get_type },
  { "run/duration-absurd", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "5", "--duration-min", "3000" }, "(got 50:00:00, hours:minutes:seconds)", pt_run_get_type },
  { "run/shoe-missing", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "5", "--shoe", "99" }, "Shoe 99 does not exist", pt_run_get_type },
  { "run/pain", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "5", "--pain", "10.5" },
    "Pain during the run must be between 0 and 10 (got 10.5)", pt_run_get_type },
  { "run/before-birth", { "log-run", "--patient", "1", "--date", "1983-01-01",
    "--distance-km", "5" }, "before the patient’s date of birth", pt_run_get_type },
  { "cross/minutes-zero", { "log-cross", "--patient", "1", "--date", "2026-03-01",
    "--activity", "bike", "--minutes", "0" }, "Minutes must be between 1 and 1440 (got 0)",
    pt_cross_training_get_type },
  { "cross/minutes-day", { "log-cross", "--patient", "1", "--date", "2026-03-01",
    "--activity", "bike", "--minutes", "1441" }, "(got 1441)", pt_cross_training_get_type },
  { "cross/minutes-missing", { "log-cross", "--patient", "1", "--date", "2026-03-01",
    "--activity", "bike" }, "Minutes is required", pt_cross_training_get_type },
  { "cross/effort", { "log-cross", "--patient", "1", "--date", "2026-03-01",
    "--activity", "bike", "--minutes", "30", "--effort", "11" },
    "Effort must be between 1 and 10 (got 11)", pt_cross_training_get_type },
  { "cross/effort-minus-one", { "log-cross", "--patient", "1", "--date", "2026-03-01",
    "--activity", "bike", "--minutes", "30", "--effort", "-1" },
    "Effort must be between 1 and 10 (got -1)", pt_cross_training_get_type },
  { "cross/minutes-minus-one", { "log-cross", "--patient", "1", "--date", "2026-03-01",
    "--activity", "bike", "--minutes", "-1" }, "Minutes must be between 1 and 1440 (got -1)",
    pt_cross_training_get_type },
  { "run/duration-huge", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "5", "--duration-min", "1e300" }, "--duration-min: “1e300” is not a number",
    pt_run_get_type },
  { "run/duration-long", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "5", "--duration-min", "99999999999999999999" },
    "--duration-min: 99999999999999999999 is far out of range", pt_run_get_type },
  { "run/distance-huge", { "log-run", "--patient", "1", "--date", "2026-03-01",
    "--distance-km", "1e306" }, "--distance-km: “1e306” is not a number", pt_run_get_type },
  { "pain/condition-negative", { "log-pain", "--context", "rest",
    "--patient", "1", "--condition", "-3",
    "--date", "2026-03-01", "--score", "5" }, "Condition -3 does not exist",
    pt_pain_score_get_type },
  { "cross/activity-unknown", { "log-cross", "--patient", "1", "--date", "2026-03-01",
    "--activity", "chess", "--minutes", "30" }, "“chess” is not one of: elliptical",
    pt_cross_training_get_type },
};

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  const BadInput *bad = data;
  gint64 before;
  int status;

  add_two_patients (f);
  before = count (f, bad->counted ());

  status = run_argv (f, bad->args);
  g_assert_cmpint (status, ==, 2);
  if (strstr (f->err, bad->message) == NULL)
    g_error ("“%s” not in stderr: %s", bad->message, f->err);
  g_assert_cmpstr (f->out, ==, "");

  g_assert_cmpint (count (f, bad->counted ()), ==, before);
}

static JsonObject *
parse_json_object (const char *text,
                   JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_demo_reference (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *summary, *pain, *running;
  gint64 runs;

  assert_ok (f, run (f, "demo"), NULL);
  assert_ok (f, run (f, "summary", "PT-0001"), ": 70 % less pain than at baseline\n");
  g_test_message ("%s", f->out);

  assert_ok (f, run (f, "summary", "PT-0001", "--json"), NULL);
  summary = parse_json_object (f->out, parser);
  pain = json_object_get_object_member (summary, "pain");
  running = json_object_get_object_member (summary, "running");
  g_assert_cmpfloat (round (json_object_get_double_member (pain, "reduction_percent")), ==, 70);
  g_assert_cmpint (json_object_get_int_member (running, "days_to_first_run"), >, 0);
  g_assert_cmpint (json_object_get_int_member (running, "days_to_first_run"), <=, 60);

  /* A second demo is refused and writes nothing. */
  runs = count (f, PT_TYPE_RUN);
  g_assert_cmpint (run (f, "demo"), ==, 2);
  g_assert_cmpint (count (f, PT_TYPE_RUN), ==, runs);

  assert_ok (f, run (f, "patients", "--json"), "\"record_number\" : \"PT-0001\"");
  assert_ok (f, run (f, "check"), ": ok");
}

/* The patient's copy and the patient chart of the reference patient. */
static void
test_patient_copy (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "my-progress.pdf", NULL);
  g_autofree char *png = g_build_filename (f->dir, "patient.png", NULL);
  g_autofree char *text = NULL;

  assert_ok (f, run (f, "demo"), NULL);
  assert_ok (f, run (f, "report", "PT-0001", "--patient-copy", "--clinic", "Harbour",
                     "-o", pdf), "Report written to ");
  g_assert_true (strstr (f->out, ": 1 page\n") != NULL || strstr (f->out, ": 2 pages\n") != NULL);
  text = pt_test_pdf_text (pdf, 1, 0, FALSE);
  pt_test_assert_contains (text, "My Progress");
  pt_test_assert_contains (text, "Your pain is down 70 % since your first visit, from 7.5 to 2.25");
  pt_test_assert_contains (text, "3 treatments so far");
  g_assert_null (strstr (text, "Treatment sessions"));   /* the progress report's table */
  g_assert_cmpint (g_remove (pdf), ==, 0);

  /* The copy is the whole course: no range, and nothing written. */
  g_assert_cmpint (run (f, "report", "PT-0001", "--patient-copy", "--from", "2026-01-01",
                        "-o", pdf), ==, 2);
  pt_test_assert_contains (f->err, "--from");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  assert_ok (f, run (f, "chart", "PT-0001", "--kind", "patient", "--width", "400",
                     "-o", png), "Chart written to ");
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (run (f, "chart", "PT-0001", "--kind", "pie", "-o", png), ==, 2);
  pt_test_assert_contains (f->err, "recovery, load, patient");
}

static void
test_database_from_env (Fixture       *f,
                        gconstpointer  data)
{
  const char *argv[] = { g_getenv ("PROLOTRACK_CLI"), "add-patient", "--name", "Env Person",
                         "--dob", "1970-01-01", "--record-number", "E1", NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "PROLOTRACK_DATABASE", f->db, TRUE);
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpint (count (f, PT_TYPE_PATIENT), ==, 1);
}

static void
test_newer_database_refused (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  sqlite3 *db;

  add_two_patients (f);
  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version=999; PRAGMA journal_mode=DELETE;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (f->db, &before, &before_len, NULL));
  g_assert_cmpint (run (f, "patients"), ==, 1);
  g_assert_nonnull (strstr (f->err, "newer version of ProloTrack"));
  g_assert_true (g_file_get_contents (f->db, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_missing_database (Fixture       *f,
                       gconstpointer  data)
{
  /* Reading commands do not create a database at a mistyped path... */
  g_assert_cmpint (run (f, "check"), ==, 2);
  g_assert_nonnull (strstr (f->err, "There is no database at"));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run (f, "summary", "PT-1"), ==, 2);
  g_assert_cmpint (run (f, "log-pain", "--patient", "1", "--score", "5", "--context", "rest"), ==,
                   2);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  /* ...and a mistyped option is caught before anything is created. */
  g_assert_cmpint (run (f, "add-patient", "--name", "Jo", "--dob", "1980-01-01",
                        "--record-number", "J1", "--sex", "robot"), ==, 2);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_database_option_empty (Fixture       *f,
                            gconstpointer  data)
{
  const char *cli = g_getenv ("PROLOTRACK_CLI");
  const char *cases[][4] = {
    { cli, "--database", NULL },
    { cli, "--database=", "patients", NULL },
    { cli, "patients", "--database=", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_spawn_sync (NULL, (char **) cases[i], NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                    NULL, &err, &status, &error);
      g_assert_no_error (error);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 2);
      g_assert_nonnull (strstr (err, "--database needs the path of a database file"));
    }
}

static void
test_check_damaged (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *garbage = g_strnfill (8192, 'x');

  g_assert_true (g_file_set_contents (f->db, garbage, -1, NULL));
  g_assert_cmpint (run (f, "check"), ==, 1);
  g_assert_nonnull (strstr (f->err, "not a ProloTrack database"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/help", Fixture, NULL, fixture_set_up, test_help, fixture_tear_down);
  g_test_add ("/cli/record-visit", Fixture, NULL, fixture_set_up, test_record_visit,
              fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/bad-input/%s", bad_inputs[i].name);
      g_test_add (path, Fixture, &bad_inputs[i], fixture_set_up, test_bad_input,
                  fixture_tear_down);
    }
  g_test_add ("/cli/demo/reference-case", Fixture, NULL, fixture_set_up, test_demo_reference,
              fixture_tear_down);
  g_test_add ("/cli/demo/patient-copy", Fixture, NULL, fixture_set_up, test_patient_copy,
              fixture_tear_down);
  g_test_add ("/cli/database-from-environment", Fixture, NULL, fixture_set_up,
              test_database_from_env, fixture_tear_down);
  g_test_add ("/cli/database-option-empty", Fixture, NULL, fixture_set_up,
              test_database_option_empty, fixture_tear_down);
  /* What a file can be that a server cannot: test-store-server has a
   * server's own cases. */
  if (!pt_test_clinic_on_server ())
    {
      g_test_add ("/cli/newer-database-refused", Fixture, NULL, fixture_set_up,
                  test_newer_database_refused, fixture_tear_down);
      g_test_add ("/cli/missing-database", Fixture, NULL, fixture_set_up, test_missing_database,
                  fixture_tear_down);
      g_test_add ("/cli/check/damaged", Fixture, NULL, fixture_set_up, test_check_damaged,
                  fixture_tear_down);
    }

  return g_test_run ();
}
