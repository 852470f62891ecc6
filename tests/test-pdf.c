/* test-pdf.c: the progress report, read back from the PDF
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every check reads the written file with poppler's pdftotext and pdfinfo
 * (poppler-utils, installed by build-aux/setup; the tests fail without
 * them): the text a patient sees, the page count and size, the metadata,
 * the header row on every page of a table, names in any script, and that
 * a failed export leaves no file behind.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "pt-date.h"
#include "pt-demo.h"
#include "pt-report.h"
#include "pt-test-utils.h"

#define CLINIC "Harbour Sports Medicine"
#define WORLD_NAME "Zoë Ångström 王芳 محمد الأحمد"
#define LONG_DAYS 730
#define NOTE_WORDS 1400

/* ---- poppler ---- */

static char *
pdf_text (const char *path,
          guint       first,
          guint       last)
{
  return pt_test_pdf_text (path, first, last, TRUE);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* ---- reports ---- */

static PtReport *
new_report (PtStore    *store,
            gint64      patient,
            gint64      condition,
            const char *from,
            const char *to,
            PtPaper     paper)
{
  g_autoptr(GError) error = NULL;
  PtReportOptions options;
  PtReport *report;

  pt_report_options_init (&options);
  options.clinic_name = CLINIC;
  options.paper = paper;
  report = pt_test_report_new (store, patient, condition, from, to, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static gint64
only_condition (PtStore *store,
                gint64   patient)
{
  g_autoptr(GListModel) conditions = pt_store_list_conditions (store, patient, NULL);
  g_autoptr(PtCondition) condition = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (conditions), ==, 1);
  condition = g_list_model_get_item (conditions, 0);
  return pt_record_get_id (PT_RECORD (condition));
}

/* The demo's reference patient: her name, "70 %", the summary in words,
 * the metadata, A4. */
static void
test_reference (PtTestFixture *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = NULL, *text = NULL, *first = NULL, *value = NULL;
  g_autofree char *page_label = NULL;
  gint64 id;
  guint n_pages = 0;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  patient = pt_store_find_patient (f->store, PT_DEMO_REFERENCE_RECORD, &error);
  g_assert_no_error (error);
  id = pt_record_get_id (PT_RECORD (patient));

  report = new_report (f->store, id, only_condition (f->store, id), NULL, NULL, PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "reference.pdf", &n_pages);

  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (pt_test_pdf_pages (path), ==, n_pages);
  pt_test_assert_pdf_page_size (path, 595, 842);

  first = pdf_text (path, 1, 1);
  pt_test_assert_contains (first, CLINIC);
  pt_test_assert_contains (first, "Claire Donnelly");
  pt_test_assert_contains (first, "PT-0001");
  pt_test_assert_contains (first, "Plantar fasciitis");
  pt_test_assert_contains (first, "70 %");
  pt_test_assert_contains (first, "Pain has gone from 7.5 to 2.25 since 4 March 2026, down 70 %.");
  pt_test_assert_contains (first, "3 sessions");
  pt_test_assert_contains (first, "48 days after the first session");
  pt_test_assert_contains (first, "rest, orthotics and physical therapy");
  pt_test_assert_contains (first, "Recovery chart");
  page_label = g_strdup_printf ("Page 1 of %u", n_pages);
  pt_test_assert_contains (first, page_label);

  text = pdf_text (path, 1, 0);
  pt_test_assert_contains (text, "Treatment sessions");
  pt_test_assert_contains (text, "Pain scores");
  pt_test_assert_contains (text, "Runs");
  pt_test_assert_contains (text, "4 Mar 2026");   /* the first session */

  value = pt_test_pdf_info (path, "Title");
  g_assert_cmpstr (value, ==, "Progress report: Claire Donnelly");
  g_clear_pointer (&value, g_free);
  value = pt_test_pdf_info (path, "Author");
  g_assert_cmpstr (value, ==, CLINIC);
  g_clear_pointer (&value, g_free);
  value = pt_test_pdf_info (path, "Subject");
  pt_test_assert_contains (value, "Plantar fasciitis (left)");
  g_clear_pointer (&value, g_free);
  value = pt_test_pdf_info (path, "CreationDate");
  g_assert_cmpuint (strlen (value), >, 10);
  g_assert_cmpstr (pt_report_get_title (report), ==, "Progress report: Claire Donnelly");
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* The reference patient's Foot Function Index and return-to-run plan, in
 * their sections after the chart and before the records; a patient with
 * neither has no such sections. */
static void
test_outcomes_and_plan (PtTestFixture *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autoptr(PtReport) plain = NULL;
  g_autofree char *path = NULL, *text = NULL, *next = NULL, *rule = NULL, *plain_text = NULL;
  const PtPlanEntry *last;
  PtPlanRule r;
  gint64 id, other, other_condition;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  patient = pt_store_find_patient (f->store, PT_DEMO_REFERENCE_RECORD, &error);
  g_assert_no_error (error);
  id = pt_record_get_id (PT_RECORD (patient));
  bundle = pt_patient_bundle_load (f->store, id, PT_MAIN_CONDITION, G_DATE_MONDAY, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pt_patient_bundle_get_run_plan (bundle));
  progress = pt_patient_bundle_evaluate_plan (bundle, PT_DISTANCE_UNIT_KM);
  next = pt_plan_progress_next_run (progress);
  last = pt_plan_progress_get_entry (progress, pt_plan_progress_get_n_entries (progress) - 1);
  pt_run_plan_get_rule (pt_patient_bundle_get_run_plan (bundle), &r);
  rule = pt_plan_rule_describe (&r);

  report = new_report (f->store, id, only_condition (f->store, id), NULL, NULL, PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "outcomes.pdf", NULL);
  text = pdf_text (path, 1, 0);

  /* The measure: baseline, latest, the change in points, the MCID, the source. */
  pt_test_assert_contains (text, "Outcome measures");
  pt_test_assert_contains (text, "Foot Function Index (FFI) lower is better · 7 reviews");
  pt_test_assert_contains (text, "49 % 4 Mar 2026");
  pt_test_assert_contains (text, "12 % 11 Nov 2026");
  pt_test_assert_contains (text, "37 points better");
  pt_test_assert_contains (text, "Reached: better by 7 points or more");
  pt_test_assert_contains (text, "Budiman-Mak");

  /* The plan: its steps with the current one, the next run, the rule with
   * its source, the latest decisions. */
  pt_test_assert_contains (text, "Return to running");
  pt_test_assert_contains (text, "Started on 20 April 2026");
  pt_test_assert_contains (text, next);
  pt_test_assert_contains (text, "Next run: 26.6 km a week (step 16 of 17).");
  pt_test_assert_contains (text, "15 24.2 km a week 1 week Done → 16 26.6 km a week 1 week Current: 0 of 1 done");
  pt_test_assert_contains (text, "17 28.0 km a week 1 week");
  pt_test_assert_contains (text, "Silbernagel pain-monitoring model");
  pt_test_assert_contains (text, rule);
  pt_test_assert_contains (text, "Am J Sports Med 2007;35:897–906");
  pt_test_assert_contains (text, "Return to running: the latest decisions");
  pt_test_assert_contains (text, last->text);

  /* After the chart, before the records. */
  g_assert_true (strstr (text, "Recovery chart") < strstr (text, "Outcome measures"));
  g_assert_true (strstr (text, "Outcome measures") < strstr (text, "Return to running"));
  g_assert_true (strstr (text, "Return to running") < strstr (text, "Treatment sessions"));

  /* Without a measure or a plan: neither section. */
  other = pt_test_add_patient (f->store, "Hana Novák", "PT-PLAIN", PT_TEST_BIRTH);
  other_condition = pt_test_add_condition (f->store, other, "2026-01-01");
  pt_test_add_pain_score (f->store, other, other_condition, "2026-02-01", 6);
  plain = new_report (f->store, other, other_condition, NULL, NULL, PT_PAPER_A4);
  g_clear_pointer (&path, g_free);
  path = pt_test_write_pdf (plain, f->dir, "plain.pdf", NULL);
  plain_text = pdf_text (path, 1, 0);
  pt_test_assert_contains (plain_text, "Hana Novák");
  g_assert_null (strstr (plain_text, "Outcome measures"));
  g_assert_null (strstr (plain_text, "Return to running"));
  g_assert_null (strstr (plain_text, "Next run"));
}

typedef struct
{
  gint64  patient;
  gint64  condition;
  char   *note;
} LongHistory;

/* Two years of daily pain scores and runs, sessions every 90 days, one
 * with a note longer than a page. */
static gboolean
add_long_history (PtStore   *store,
                  gpointer   user_data,
                  GError   **error)
{
  LongHistory *h = user_data;

  h->patient = pt_test_add_patient (store, "Hana Novák", "PT-LONG", PT_TEST_BIRTH);
  h->condition = pt_test_add_condition (store, h->patient, "2023-12-01");
  for (guint day = 0; day < LONG_DAYS; day++)
    {
      g_autofree char *date = pt_date_add_days ("2024-01-01", (int) day);

      pt_test_add_pain_score (store, h->patient, h->condition, date, 2 + day % 13 * 0.5);
      pt_test_add_run (store, h->patient, date, 3000 + day % 7 * 500, 0);
      if (day % 90 == 0)
        {
          g_autoptr(PtSession) session = pt_test_new_session (h->patient, h->condition, date);

          if (day == 90)
            pt_session_set_notes (session, h->note);
          g_assert_cmpint (pt_store_add_session (store, session, error), >, 0);
        }
    }
  return TRUE;
}

static char *
make_long_note (void)
{
  GString *note = g_string_new (NULL);

  for (guint i = 1; i <= NOTE_WORDS; i++)
    g_string_append_printf (note, "%sw%04u", i > 1 ? " " : "", i);
  g_assert_cmpuint (note->len, <=, 10000);
  return g_string_free (note, FALSE);
}

/* Each page of a table has its caption and header row again; a long note
 * continues on the next page word for word. */
static void
test_long_history (PtTestFixture *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = NULL, *all = NULL;
  LongHistory h = { .note = make_long_note () };
  guint n_pages = 0;
  guint table_pages = 0;

  g_assert_true (pt_store_run_batch (f->store, add_long_history, &h, &error));
  g_assert_no_error (error);

  report = new_report (f->store, h.patient, h.condition, NULL, NULL, PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "long.pdf", &n_pages);

  /* 1460 rows at about 44 a page, and the first page for the summary */
  g_assert_cmpuint (n_pages, >=, 30);
  g_assert_cmpuint (n_pages, <=, 60);
  g_assert_cmpuint (pt_test_pdf_pages (path), ==, n_pages);

  for (guint page = 2; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (path, page, page);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", page, n_pages);
      gboolean sessions = strstr (text, "Treatment sessions") != NULL;
      gboolean pain = strstr (text, "Pain scores") != NULL;
      gboolean runs = strstr (text, "Runs") != NULL;

      pt_test_assert_contains (text, footer);
      pt_test_assert_contains (text, "Hana Novák");
      /* every page here is a page of a table, with its header row */
      g_assert_true (sessions || pain || runs);
      if (sessions)
        {
          pt_test_assert_contains (text, "Injection");
          pt_test_assert_contains (text, "Notes and advice");
        }
      if (pain)
        {
          pt_test_assert_contains (text, "Score");
          pt_test_assert_contains (text, "Recorded by");
        }
      if (runs)
        {
          pt_test_assert_contains (text, "Distance");
          pt_test_assert_contains (text, "Surface");
        }
      table_pages++;
    }
  g_assert_cmpuint (table_pages, ==, n_pages - 1);

  /* the note spans pages, and no word of it is lost */
  all = pdf_text (path, 1, 0);
  for (guint i = 1; i <= NOTE_WORDS; i++)
    {
      char word[8];

      g_snprintf (word, sizeof word, "w%04u", i);
      if (strstr (all, word) == NULL)
        g_error ("word %s of the long note is missing from the report", word);
    }
  pt_test_assert_contains (all, "Treatment sessions (continued)");
  pt_test_assert_contains (all, "Pain scores (continued)");
  pt_test_assert_contains (all, "Runs (continued)");
  pt_test_assert_contains (all, "30 Dec 2025");    /* the last day */

  g_free (h.note);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* A name in Latin with accents, Chinese and Arabic comes out as text. */
static void
test_scripts (PtTestFixture *f,
              gconstpointer  data)
{
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = NULL, *text = NULL, *title = NULL;
  gint64 patient = pt_test_add_patient (f->store, WORLD_NAME, "PT-7", PT_TEST_BIRTH);
  gint64 condition = pt_test_add_condition (f->store, patient, "2026-01-05");

  pt_test_add_pain_score (f->store, patient, condition, "2026-01-05", 6);
  pt_test_add_session (f->store, patient, condition, "2026-01-06");
  pt_test_add_pain_score (f->store, patient, condition, "2026-02-05", 3);

  report = new_report (f->store, patient, condition, NULL, NULL, PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "scripts.pdf", NULL);
  text = pt_test_pdf_text (path, 1, 0, FALSE);

  /* The PDF holds the text whatever the fonts, but pdftotext gets back
   * only what a font had glyphs for: without a CJK font the name reads as
   * boxes. The test keeps failing then, with the reason. */
  if (strstr (text, "王芳") == NULL)
    g_test_message ("王芳 is missing from the report's text: is a CJK font installed? "
                    "(build-aux/setup installs fonts-noto-cjk)");
  pt_test_assert_contains (text, "Zoë Ångström 王芳 محمد");
  /* poppler gives the lam-alef ligature (one glyph for two letters) of
   * الأحمد in visual order, "أل"; the letters are all there as text. */
  g_assert_true (strstr (text, "الأحمد") != NULL || strstr (text, "األحمد") != NULL);
  pt_test_assert_contains (text, "50 %");

  title = pt_test_pdf_info (path, "Title");
  g_assert_cmpstr (title, ==, "Progress report: " WORLD_NAME);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* --from and --to bound the tables and the chart, not the summary. */
static void
test_range (PtTestFixture *f,
            gconstpointer  data)
{
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = NULL, *text = NULL;
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  gint64 condition = pt_test_add_condition (f->store, patient, "2026-01-05");
  g_autoptr(GError) error = NULL;
  PtReportOptions options;

  pt_test_add_pain_score (f->store, patient, condition, "2026-01-05", 8);
  pt_test_add_session (f->store, patient, condition, "2026-01-06");
  pt_test_add_pain_score (f->store, patient, condition, "2026-02-10", 5);
  pt_test_add_pain_score (f->store, patient, condition, "2026-03-15", 2);

  report = new_report (f->store, patient, condition, "2026-02-01", "2026-02-28", PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "range.pdf", NULL);
  text = pdf_text (path, 1, 0);

  pt_test_assert_contains (text, "10 Feb 2026");
  g_assert_null (strstr (text, "5 Jan 2026"));
  g_assert_null (strstr (text, "15 Mar 2026"));
  pt_test_assert_contains (text, "No treatment sessions in this period.");
  pt_test_assert_contains (text, "1 February 2026 to 28 February 2026");
  /* the summary is the whole course's: 8 to 2 */
  pt_test_assert_contains (text, "Pain has gone from 8 to 2 since 5 January 2026, down 75 %.");

  pt_report_options_init (&options);
  g_assert_null (pt_test_report_new (f->store, patient, condition, "2026-02-30", NULL, &options,
                                &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "from", "2026-02-30", NULL);
  g_clear_error (&error);
  g_assert_null (pt_test_report_new (f->store, patient, condition, "2026-03-01", "2026-02-01",
                                &options, &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "to", NULL);
  g_clear_error (&error);
  g_assert_null (pt_test_report_new (f->store, patient + 100, 0, NULL, NULL, &options, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_NOT_FOUND);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* Letter and A4, and the same pages drawn on another surface (printing). */
static void
test_paper (PtTestFixture *f,
            gconstpointer  data)
{
  g_autoptr(PtReport) report = NULL;
  g_autofree char *letter = NULL, *a4 = NULL;
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  gint64 condition = pt_test_add_condition (f->store, patient, "2026-01-05");
  guint n_letter = 0, n_a4 = 0, n;
  PtPaper paper;
  double w, h;
  cairo_surface_t *surface;
  cairo_t *cr;

  for (guint day = 0; day < 120; day++)
    {
      g_autofree char *date = pt_date_add_days ("2026-01-05", (int) day);

      pt_test_add_pain_score (f->store, patient, condition, date, 5);
    }

  report = new_report (f->store, patient, condition, NULL, NULL, PT_PAPER_LETTER);
  letter = pt_test_write_pdf (report, f->dir, "letter.pdf", &n_letter);
  pt_test_assert_pdf_page_size (letter, 612, 792);
  pt_report_unref (g_steal_pointer (&report));

  report = new_report (f->store, patient, condition, NULL, NULL, PT_PAPER_A4);
  a4 = pt_test_write_pdf (report, f->dir, "a4.pdf", &n_a4);
  pt_test_assert_pdf_page_size (a4, 595, 842);
  g_assert_cmpuint (pt_test_pdf_pages (a4), ==, n_a4);
  g_assert_cmpuint (pt_test_pdf_pages (letter), ==, n_letter);

  g_assert_true (pt_paper_from_name ("Letter", &paper));
  g_assert_cmpint (paper, ==, PT_PAPER_LETTER);
  g_assert_true (pt_paper_from_name ("a4", &paper));
  g_assert_cmpint (paper, ==, PT_PAPER_A4);
  g_assert_false (pt_paper_from_name ("a5", &paper));

  /* the print path: paginate for a size, draw a page on any cairo_t */
  g_assert_cmpuint (pt_report_get_n_pages (report), ==, 0);
  pt_paper_get_size (PT_PAPER_A4, &w, &h);
  n = pt_report_paginate (report, NULL, w, h);
  g_assert_cmpuint (n, ==, n_a4);
  g_assert_cmpuint (pt_report_paginate (report, NULL, w, h / 2), >, n);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w, (int) h);
  cr = cairo_create (surface);
  pt_report_paginate (report, NULL, w, h);
  pt_report_draw_page (report, cr, n - 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_cmpint (g_remove (letter), ==, 0);
  g_assert_cmpint (g_remove (a4), ==, 0);
}

static void
assert_write_fails (PtReport   *report,
                    const char *path,
                    PtErrorCode code,
                    const char *mentioned)
{
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (pt_report_write_pdf (report, dest, NULL, NULL, &error));
  g_test_message ("%s", error ? error->message : "");
  pt_test_assert_error (error, code, NULL, mentioned, NULL);
}

/* A missing folder, a "folder" that is a file, a read-only file system, a
 * full disk: a clear error naming the place, and no file left behind. */
static void
test_unwritable (PtTestFixture *f,
                 gconstpointer  data)
{
  g_autoptr(PtReport) report = NULL;
  g_autofree char *file = g_build_filename (f->dir, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "report.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing", "report.pdf", NULL);
  g_autofree char *missing_dir = g_build_filename (f->dir, "missing", NULL);
  g_autofree char *kept_path = g_build_filename (f->dir, "kept.pdf", NULL);
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) kept_file = g_file_new_for_path (kept_path);
  g_autoptr(GError) error = NULL;
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  struct rlimit old_limit, limit;
  void (*old_handler) (int);
  guint before;

  pt_test_add_pain_score (f->store, patient, 0, "2026-01-05", 5);
  report = new_report (f->store, patient, 0, NULL, NULL, PT_PAPER_A4);
  g_assert_true (g_file_set_contents (file, "keep me", -1, NULL));
  g_assert_true (g_file_set_contents (kept_path, "old report", -1, NULL));
  before = count_files (f->dir);

  assert_write_fails (report, missing, PT_ERROR_STORAGE, missing_dir);
  assert_write_fails (report, under_file, PT_ERROR_STORAGE, file);
  assert_write_fails (report, f->dir, PT_ERROR_INVALID, f->dir);
  assert_write_fails (report, "/proc/prolotrack-report.pdf", PT_ERROR_STORAGE, "/proc");
  g_assert_false (g_file_test ("/proc/prolotrack-report.pdf", G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (f->dir), ==, before);

  /* a full disk: RLIMIT_FSIZE stands in for it, and applies to root too */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 4 * 1024;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  assert_write_fails (report, kept_path, PT_ERROR_STORAGE, kept_path);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  /* cancelled */
  g_cancellable_cancel (cancellable);
  g_assert_false (pt_report_write_pdf (report, kept_file, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  kept = pt_test_read_file (kept_path);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "old report", 10);
  g_assert_cmpuint (count_files (f->dir), ==, before);
  g_assert_cmpint (g_remove (kept_path), ==, 0);
  g_assert_cmpint (g_remove (file), ==, 0);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

static void
test_async (PtTestFixture *f,
            gconstpointer  data)
{
  g_autoptr(PtReport) report = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "async.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  guint n_pages = 0;

  report = new_report (f->store, patient, 0, NULL, NULL, PT_PAPER_A4);
  pt_report_write_pdf_async (report, dest, NULL, written_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (pt_report_write_pdf_finish (result, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  text = pdf_text (path, 1, 0);
  pt_test_assert_contains (text, "Jane Doe");
  pt_test_assert_contains (text, "No pain scores have been recorded yet.");
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* ---- prolotrack-cli report ---- */

static int
run_cli (const char  *db,
         char       **err_out,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int status;

  g_ptr_array_add (argv, g_strdup (g_getenv ("PROLOTRACK_CLI")));
  g_ptr_array_add (argv, g_strdup ("--database"));
  g_ptr_array_add (argv, g_strdup (db));
  va_start (args, err_out);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err_out, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", *err_out);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (PtTestFixture *f,
          gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *err = NULL, *author = NULL, *text = NULL;
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  gint64 condition = pt_test_add_condition (f->store, patient, "2026-01-05");
  g_autofree char *condition_arg = g_strdup_printf ("%" G_GINT64_FORMAT, condition);
  guint before;

  pt_test_add_run (f->store, patient, "2026-02-02", 5000, 0);
  before = count_files (f->dir);

  g_assert_cmpint (run_cli (f->path, &err, "report", "PT-1", "--paper", "letter", "--units", "mi",
                            "--clinic", CLINIC, "--condition", condition_arg, "-o", out, NULL),
                   ==, 0);
  pt_test_assert_pdf_page_size (out, 612, 792);
  author = pt_test_pdf_info (out, "Author");
  g_assert_cmpstr (author, ==, CLINIC);
  text = pdf_text (out, 1, 0);
  pt_test_assert_contains (text, "3.1 mi");
  g_assert_cmpint (g_remove (out), ==, 0);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f->path, &err, "report", "PT-1", "--paper", "a4", "-o", out, NULL),
                   ==, 0);
  pt_test_assert_pdf_page_size (out, 595, 842);
  g_assert_cmpint (g_remove (out), ==, 0);
  g_clear_pointer (&err, g_free);

  /* bad input: exit 2, nothing written */
  g_assert_cmpint (run_cli (f->path, &err, "report", "PT-1", "--paper", "a5", "-o", out, NULL),
                   ==, 2);
  pt_test_assert_contains (err, "a5");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f->path, &err, "report", "PT-1", NULL), ==, 2);
  pt_test_assert_contains (err, "--output");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f->path, &err, "report", "PT-1", "--from", "2026-13-01", "-o", out,
                            NULL), ==, 2);
  pt_test_assert_contains (err, "2026-13-01");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f->path, &err, "report", "PT-404", "-o", out, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f->path, &err, "report", "PT-1", "--condition", "9999", "-o", out,
                            NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpuint (count_files (f->dir), ==, before);

  /* I/O failure: exit 1, the message names the path */
  g_assert_cmpint (run_cli (f->path, &err, "report", "PT-1", "-o", "/proc/report.pdf", NULL),
                   ==, 1);
  pt_test_assert_contains (err, "/proc");
  g_assert_false (g_file_test ("/proc/report.pdf", G_FILE_TEST_EXISTS));
}

/* The clinician, the site and the next appointment in the report's
 * details: the latest session's, the appointment only while it is still to
 * come. */
static void
test_next_appointment (PtTestFixture *f,
                       gconstpointer  data)
{
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-9", PT_TEST_BIRTH);
  gint64 condition = pt_test_add_condition (f->store, patient, "2026-01-05");
  g_autoptr(PtSession) session = pt_test_new_session (patient, condition, "2026-11-02");
  g_autoptr(PtReport) report = NULL;
  g_autofree char *path = NULL, *text = NULL;

  pt_test_add_pain_score (f->store, patient, condition, "2026-11-01", 6);
  pt_session_set_next_visit (session, "2026-12-03");
  pt_session_set_clinician (session, "Dr Ann Lee");
  pt_session_set_site (session, "Bedford");
  pt_test_expect_saved (f->store, session);

  report = new_report (f->store, patient, condition, NULL, NULL, PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "next.pdf", NULL);
  text = pt_test_pdf_text (path, 1, 0, FALSE);
  pt_test_assert_contains (text, "NEXT APPOINTMENT");
  pt_test_assert_contains (text, "3 December 2026");
  /* Who treats the patient, and where: the latest session's. */
  pt_test_assert_contains (text, "CLINICIAN");
  pt_test_assert_contains (text, "Dr Ann Lee");
  pt_test_assert_contains (text, "Bedford");
  g_assert_cmpint (g_remove (path), ==, 0);
  g_clear_pointer (&report, pt_report_unref);
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&text, g_free);

  /* Passed (today is 23 November): not an appointment any more. */
  pt_session_set_next_visit (session, "2026-11-16");
  g_assert_true (pt_store_update (f->store, PT_RECORD (session), NULL));
  report = new_report (f->store, patient, condition, NULL, NULL, PT_PAPER_A4);
  path = pt_test_write_pdf (report, f->dir, "past.pdf", NULL);
  text = pt_test_pdf_text (path, 1, 0, FALSE);
  pt_test_assert_contains (text, "NEXT APPOINTMENT");
  g_assert_null (strstr (text, "16 November 2026"));
  g_assert_cmpint (g_remove (path), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", "2026-11-23", TRUE);

  PT_TEST_ADD_WITH_STORE ("/export/pdf/reference", test_reference);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/outcomes-and-plan", test_outcomes_and_plan);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/long-history", test_long_history);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/scripts", test_scripts);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/range", test_range);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/next-appointment", test_next_appointment);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/paper", test_paper);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/unwritable", test_unwritable);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/async", test_async);
  PT_TEST_ADD_WITH_STORE ("/export/pdf/cli", test_cli);

  return g_test_run ();
}
