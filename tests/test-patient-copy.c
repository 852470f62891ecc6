/* test-patient-copy.c: "My Progress", read back from the PDF
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The patient's copy of the demo's reference patient and of hand-made
 * patients, written to PDF and read back with poppler (pdftotext,
 * pdfinfo): the headline in the patient's words (the very sentences of
 * pt-patient-words), the chart's words, the visits; one or two pages on A4
 * and Letter, even with many visits; nothing a clinician alone reads
 * (the record number, the solution, the volume, the notes, the jargon);
 * the print path (paginate, draw a page) and the async writer. Also run
 * under de_DE (tests/meson.build): a decimal comma in every number.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "pt-date.h"
#include "pt-demo.h"
#include "pt-format.h"
#include "pt-patient-words.h"
#include "pt-report.h"
#include "pt-test-utils.h"

#define CLINIC "Harbour Sports Medicine"
#define DEMO_TODAY "2026-11-15"
#define SHOWN(c, de) (pt_test_decimal_comma () ? (de) : (c))

/* What only a clinician reads, of the reference patient's records. */
static const char * const clinician_only[] = {
  "baseline", "Baseline", "session", "Session", "PT-0001", "mL", "Dextrose 15%", "lidocaine",
  "Plantar fascia origin", "Ultrasound", "Mild soreness", "acute:chronic", "Record number",
};

static void
assert_for_the_patient (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (clinician_only); i++)
    if (strstr (text, clinician_only[i]) != NULL)
      g_error ("the patient's copy says “%s”:\n%s", clinician_only[i], text);
}

static PtPatientBundle *
load_bundle (PtStore    *store,
             const char *record_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = pt_store_find_patient (store, record_number, &error);
  PtPatientBundle *bundle;

  g_assert_no_error (error);
  bundle = pt_patient_bundle_load (store, pt_record_get_id (PT_RECORD (patient)),
                                   PT_MAIN_CONDITION, G_DATE_MONDAY, DEMO_TODAY, &error);
  g_assert_no_error (error);
  return bundle;
}

static PtReport *
new_copy (PtPatientBundle *bundle,
          PtPaper          paper)
{
  g_autoptr(GError) error = NULL;
  PtReportOptions options;
  PtReport *report;

  pt_report_options_init (&options);
  options.clinic_name = CLINIC;
  options.paper = paper;
  report = pt_report_new_patient_copy (bundle, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpint (pt_report_get_kind (report), ==, PT_REPORT_PATIENT_COPY);
  return report;
}

/* ---- the reference patient ---- */

static void
test_reference (PtTestFixture *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtPatientWords) words = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = NULL, *text = NULL, *first = NULL, *title = NULL, *author = NULL;
  g_autofree char *first_date = pt_format_date ("2026-03-04", PT_DATE_LONG);
  g_autofree char *first_visit = g_strdup_printf ("%s · Dextrose injection", first_date);
  guint n_pages = 0;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  bundle = load_bundle (f->store, PT_DEMO_REFERENCE_RECORD);
  words = pt_patient_words_new (bundle, PT_DISTANCE_UNIT_KM);
  report = new_copy (bundle, PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "my-progress.pdf", &n_pages);

  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (n_pages, <=, 2);
  g_assert_cmpuint (pt_test_pdf_pages (path), ==, n_pages);
  pt_test_assert_pdf_page_size (path, 595, 842);

  /* The headline, first, on the first page: the patient's words. */
  first = pt_test_pdf_text (path, 1, 1, FALSE);
  pt_test_assert_contains (first, "My Progress");
  pt_test_assert_contains (first, CLINIC);
  pt_test_assert_contains (first, "15 November 2026");
  pt_test_assert_contains (first, "Claire Donnelly");
  pt_test_assert_contains (first, words->pain);
  pt_test_assert_contains (first, SHOWN ("Your pain is down 70 % since your first visit, "
                                         "from 7.5 to 2.25",
                                         "Your pain is down 70 % since your first visit, "
                                         "from 7,5 to 2,25"));
  pt_test_assert_contains (first, "3 treatments so far");
  pt_test_assert_contains (first, SHOWN ("You ran 27.7 km this week", "You ran 27,7 km this week"));
  pt_test_assert_contains (first, "Back to running 48 days after your first treatment");
  pt_test_assert_contains (first, "What comes next");
  /* The latest advice as written (pdftotext joins "cross-" and "training"
   * where the line breaks). */
  pt_test_assert_contains (words->advice, "Book again if the morning pain comes back.");
  pt_test_assert_contains (first, "Book again if the morning pain comes back.");
  /* The chart, as vectors: its words are text in the PDF. */
  pt_test_assert_contains (first, SHOWN ("Where you started: 7.5", "Where you started: 7,5"));
  pt_test_assert_contains (first, "Treatments");

  text = pt_test_pdf_text (path, 1, 0, FALSE);
  pt_test_assert_contains (text, "Your visits");
  pt_test_assert_contains (text, first_visit);
  pt_test_assert_contains (text, SHOWN ("Pain 7.5 before, 5 just after",
                                        "Pain 7,5 before, 5 just after"));
  pt_test_assert_contains (text, "29 April 2026");
  pt_test_assert_contains (text, "Advice: No running until the next visit.");
  g_assert_null (strstr (text, "earlier visit"));
  assert_for_the_patient (text);

  title = pt_test_pdf_info (path, "Title");
  author = pt_test_pdf_info (path, "Author");
  g_assert_cmpstr (title, ==, "My Progress: Claire Donnelly");
  g_assert_cmpstr (author, ==, CLINIC);
  g_assert_cmpstr (pt_report_get_title (report), ==, title);
  pt_test_assert_contains (pt_report_get_summary (report), words->pain);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* The reference patient's Foot Function Index and her return-to-run plan,
 * in her words, on the first page with the chart still there, on A4 and
 * Letter; all three visits still shown. */
static void
test_outcome_and_plan (PtTestFixture *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autofree char *measure = NULL, *next = NULL;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  bundle = load_bundle (f->store, PT_DEMO_REFERENCE_RECORD);
  measure = pt_outcome_measure_describe (pt_patient_bundle_get_primary_outcome (bundle));
  progress = pt_patient_bundle_evaluate_plan (bundle, PT_DISTANCE_UNIT_KM);
  next = pt_plan_progress_next_run (progress);
  g_assert_cmpstr (measure, ==, "Your foot function improved: your Foot Function Index went "
                                "from 49 % to 12 % (lower is better).");
  g_assert_cmpstr (next, ==, pt_test_decimal_comma () ? "Next run: 26,6 km a week (step 16 of 17)."
                                                    : "Next run: 26.6 km a week (step 16 of 17).");

  for (PtPaper paper = PT_PAPER_A4; paper <= PT_PAPER_LETTER; paper++)
    {
      g_autoptr(PtReport) report = new_copy (bundle, paper);
      g_autofree char *path = NULL, *first = NULL, *text = NULL;
      guint n_pages = 0;

      path = pt_test_write_pdf (report, f->dir, "my-progress.pdf", &n_pages);
      g_assert_cmpuint (n_pages, <=, 2);
      first = pt_test_pdf_text (path, 1, 1, FALSE);
      /* In the list under the headline, without its full stop like the others. */
      pt_test_assert_contains (first, "Your foot function improved: your Foot Function Index "
                                      "went from 49 % to 12 % (lower is better)");
      pt_test_assert_contains (first, "What comes next");
      pt_test_assert_contains (first, next);
      pt_test_assert_contains (first, SHOWN ("Where you started: 7.5", "Where you started: 7,5"));
      text = pt_test_pdf_text (path, 1, 0, FALSE);
      pt_test_assert_contains (text, "29 April 2026");
      g_assert_null (strstr (text, "earlier visit"));
      g_assert_null (strstr (text, "MCID"));
      assert_for_the_patient (text);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
}

/* Letter, and a later day with an appointment to come. */
static void
test_letter (PtTestFixture *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = NULL;
  guint n_pages = 0;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  bundle = load_bundle (f->store, PT_DEMO_REFERENCE_RECORD);
  report = new_copy (bundle, PT_PAPER_LETTER);
  path = pt_test_write_pdf (report, f->dir, "letter.pdf", &n_pages);
  g_assert_cmpuint (n_pages, <=, 2);
  g_assert_cmpuint (pt_test_pdf_pages (path), ==, n_pages);
  pt_test_assert_pdf_page_size (path, 612, 792);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* ---- hand-made patients ---- */

#define N_VISITS 14

typedef struct
{
  gint64 patient;
  gint64 condition;
} Course;

/* A long course: a visit every two weeks from 5 January 2026, each with
 * advice of several lines, pain falling, one booked visit to come. */
static gboolean
add_long_course (PtStore   *store,
                 gpointer   user_data,
                 GError   **error)
{
  Course *course = user_data;

  course->patient = pt_test_add_patient (store, "Ana Lima", "PT-77", PT_TEST_BIRTH);
  course->condition = pt_test_add_condition (store, course->patient, "2025-12-01");
  for (int i = 0; i < N_VISITS; i++)
    {
      g_autofree char *date = pt_date_add_days ("2026-01-05", 14 * i);
      g_autoptr(PtSession) session = pt_test_new_session (course->patient, course->condition,
                                                          date);
      g_autoptr(GString) advice = g_string_new (NULL);

      for (int line = 0; line < 5; line++)
        g_string_append (advice, "Keep the calf stretches going twice a day and walk on soft "
                                 "ground before you run. ");
      pt_session_set_pain_before (session, 8 - i * 0.5);
      pt_session_set_advice (session, advice->str);
      if (i == N_VISITS - 1)
        pt_session_set_next_visit (session, "2026-12-04");
      if (pt_store_add_session (store, session, error) == 0)
        return FALSE;
    }

  return TRUE;
}

static void
test_many_visits (PtTestFixture *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autofree char *path = NULL, *text = NULL, *last = NULL;
  g_autofree char *last_date = pt_date_add_days ("2026-01-05", 14 * (N_VISITS - 1));
  Course course = { 0 };
  guint n_pages = 0;

  g_assert_true (pt_store_run_batch (f->store, add_long_course, &course, &error));
  g_assert_no_error (error);
  bundle = load_bundle (f->store, "PT-77");

  for (PtPaper paper = PT_PAPER_A4; paper <= PT_PAPER_LETTER; paper++)
    {
      g_autoptr(PtReport) report = new_copy (bundle, paper);

      path = pt_test_write_pdf (report, f->dir, "long.pdf", &n_pages);
      g_assert_cmpuint (n_pages, ==, 2);
      g_assert_cmpuint (pt_test_pdf_pages (path), ==, 2);

      /* The latest visits, the earlier ones counted; the next visit booked. */
      text = pt_test_pdf_text (path, 1, 0, FALSE);
      last = pt_format_date (last_date, PT_DATE_LONG);
      pt_test_assert_contains (text, last);
      pt_test_assert_contains (text, "earlier visits are in your clinic’s record.");
      g_assert_null (strstr (text, "5 January 2026"));
      pt_test_assert_contains (text, "Your next visit: Friday 4 December 2026");
      pt_test_assert_contains (text, "14 treatments so far");
      /* No measure, no plan: nothing of them. */
      g_assert_null (strstr (text, "Next run"));
      g_assert_null (strstr (text, "Foot Function"));
      g_assert_cmpint (g_remove (path), ==, 0);
      g_clear_pointer (&path, g_free);
      g_clear_pointer (&text, g_free);
      g_clear_pointer (&last, g_free);
    }
}

/* A patient with no records yet: one page that says so. */
static void
test_nothing_yet (PtTestFixture *f,
                  gconstpointer  data)
{
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = NULL, *text = NULL;
  guint n_pages = 0;

  pt_test_add_patient (f->store, "Jo Park", "PT-5", PT_TEST_BIRTH);
  bundle = load_bundle (f->store, "PT-5");
  report = new_copy (bundle, PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "new.pdf", &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);

  text = pt_test_pdf_text (path, 1, 0, FALSE);
  pt_test_assert_contains (text, "No treatments yet");
  pt_test_assert_contains (text, "No running this week yet");
  pt_test_assert_contains (text, "No visits are recorded yet.");
  pt_test_assert_contains (text, "Your progress will show here");
  g_assert_null (strstr (text, "Your pain is"));
  g_assert_null (strstr (text, "Your pain was"));
  g_assert_null (strstr (text, "What comes next"));
  g_assert_null (strstr (text, "Next run"));
  assert_for_the_patient (text);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* ---- printing and the async writer, as the app uses them ---- */

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  guint *n_pages = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_report_write_pdf_finish (result, n_pages, &error));
  g_assert_no_error (error);
}

static void
test_print_and_async (PtTestFixture *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = g_build_filename (f->dir, "async.pdf", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n, n_written = 0;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  bundle = load_bundle (f->store, PT_DEMO_REFERENCE_RECORD);
  report = new_copy (bundle, PT_PAPER_A4);

  /* A print context's page, with its own Pango context (NULL: a PDF one). */
  n = pt_report_paginate (report, NULL, 420, 595);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (pt_report_get_n_pages (report), ==, n);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 420, 595);
  cr = cairo_create (surface);
  for (guint i = 0; i < n; i++)
    pt_report_draw_page (report, cr, i);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  pt_report_write_pdf_async (report, dest, NULL, written_cb, &n_written);
  while (n_written == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (pt_test_pdf_pages (path), ==, n_written);
  g_assert_cmpint (g_remove (path), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  pt_test_decimal_comma ();   /* fails a de_DE run whose locale is missing */

  PT_TEST_ADD_WITH_STORE ("/export/patient-copy/reference", test_reference);
  PT_TEST_ADD_WITH_STORE ("/export/patient-copy/outcome-and-plan", test_outcome_and_plan);
  PT_TEST_ADD_WITH_STORE ("/export/patient-copy/letter", test_letter);
  PT_TEST_ADD_WITH_STORE ("/export/patient-copy/many-visits", test_many_visits);
  PT_TEST_ADD_WITH_STORE ("/export/patient-copy/nothing-yet", test_nothing_yet);
  PT_TEST_ADD_WITH_STORE ("/export/patient-copy/print-and-async", test_print_and_async);

  return g_test_run ();
}
