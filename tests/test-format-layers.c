/* test-format-layers.c: a pain score reads the same on every layer
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three patients whose pain went from 8 to 7, to 7.5 and to 0. Each layer
 * that shows their pain is asked for its own text: the page's pain tile
 * and pain table (ui), the chart's description (render), the PDF report
 * as pdftotext reads it (export) and prolotrack-cli's summary and patient
 * list (cli). They must all say "7", "7.5" ("7,5" in de_DE, the second
 * meson run) and "0", with the same percent change. Runs under Xvfb for
 * the page.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "pt-chart-data.h"
#include "pt-patient-page.h"
#include "pt-record-columns.h"
#include "pt-report.h"
#include "pt-test-utils.h"

#define TODAY    "2026-03-20"
#define BASELINE "2026-03-04"
#define LATEST   "2026-03-11"

typedef struct
{
  double      pain;
  const char *c;        /* what people read in C */
  const char *de;       /* and in de_DE */
  const char *tile;     /* the change, as the page's tile and the CLI word it */
  const char *words;    /* the change inside a sentence */
} Case;

/* From a baseline of 8: -12.5 % rounds away from zero, to 13 %. */
static const Case cases[] = {
  { 7, "7", "7", "13 % less pain than at baseline", "down 13 %" },
  { 7.5, "7.5", "7,5", "6 % less pain than at baseline", "down 6 %" },
  { 0, "0", "0", "100 % less pain than at baseline", "down 100 %" },
};

typedef struct
{
  PtTestFixture base;
  gint64        patients[G_N_ELEMENTS (cases)];
  gint64        conditions[G_N_ELEMENTS (cases)];
} Fixture;

static const char *
shown (const Case *c)
{
  return pt_test_decimal_comma () ? c->de : c->c;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  pt_test_fixture_set_up (&f->base, data);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("Patient %u", i + 1);
      g_autofree char *number = g_strdup_printf ("PT-%u", i + 1);
      PtStore *store = f->base.store;

      f->patients[i] = pt_test_add_patient (store, name, number, PT_TEST_BIRTH);
      f->conditions[i] = pt_test_add_condition (store, f->patients[i], "2026-02-01");
      pt_test_add_pain_score (store, f->patients[i], f->conditions[i], BASELINE, 8);
      pt_test_add_pain_score (store, f->patients[i], f->conditions[i], LATEST, cases[i].pain);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pt_test_fixture_tear_down (&f->base, data);
}

/* Runs @argv (a program in PATH or a path), asserting it succeeds; returns
 * its output with every run of white space made one space. */
static char *
run_program (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

/* The page's pain tile and the pain table's cell of the latest score. */
static void
test_ui (Fixture       *f,
         gconstpointer  data)
{
  guint n_columns;
  const PtColumn *columns = pt_pain_score_columns (&n_columns);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PtPatientPage *page = g_object_ref_sink (g_object_new (PT_TYPE_PATIENT_PAGE, NULL));
      g_autoptr(GError) error = NULL;
      g_autofree char *tile = g_strdup_printf ("8 → %s (%s)", shown (&cases[i]), cases[i].tile);
      g_autofree char *chart = g_strdup_printf ("Pain went from 8 to %s, %s.", shown (&cases[i]),
                                                cases[i].words);
      GListModel *rows;
      guint n_rows;

      g_assert_true (pt_patient_page_load (page, f->base.store, f->patients[i],
                                           PT_DISTANCE_UNIT_KM, G_DATE_MONDAY, 700, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (pt_patient_page_get_pain_summary (page), ==, tile);
      g_assert_cmpstr (pt_chart_view_get_description (pt_patient_page_get_chart_view (page)), ==,
                       chart);

      rows = pt_record_table_get_model (pt_patient_page_get_table (page, PT_TYPE_PAIN_SCORE));
      n_rows = g_list_model_get_n_items (rows);
      g_assert_cmpuint (n_rows, ==, 2);
      for (guint row = 0; row < n_rows; row++)
        {
          g_autoptr(PtPainScore) score = g_list_model_get_item (rows, row);
          gboolean latest = g_str_equal (pt_pain_score_get_date (score), LATEST);
          g_autofree char *cell = columns[1].format (PT_RECORD (score), PT_DISTANCE_UNIT_KM);

          g_assert_cmpstr (cell, ==, latest ? shown (&cases[i]) : "8");
        }

      g_assert_finalize_object (page);
    }
}

/* The chart's description, as a screen reader and the report's alt text
 * get it. */
static void
test_chart (Fixture       *f,
            gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtPatientBundle) bundle = pt_patient_bundle_load (f->base.store, f->patients[i],
                                                                  f->conditions[i], G_DATE_MONDAY,
                                                                  TODAY, &error);
      g_autoptr(PtChartData) chart = pt_chart_data_new (bundle, NULL, NULL, &error);
      g_autofree char *words = NULL;
      g_autofree char *expected = g_strdup_printf ("Pain went from 8 to %s, %s.",
                                                   shown (&cases[i]), cases[i].words);

      g_assert_no_error (error);
      words = pt_chart_data_describe (chart, PT_CHART_RECOVERY);
      g_assert_cmpstr (words, ==, expected);
    }
}

/* The report's summary and its table of pain scores, read from the PDF. */
static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  const char *date = pt_test_decimal_comma () ? "11 Mär 2026" : "11 Mar 2026";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtReport) report = NULL;
      g_autoptr(PtPatientBundle) bundle = NULL;
      g_autofree char *path = g_build_filename (f->base.dir, "report.pdf", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *text = NULL;
      g_autofree char *summary = g_strdup_printf ("Pain has gone from 8 to %s since 4 %s 2026, %s.",
                                                  shown (&cases[i]),
                                                  pt_test_decimal_comma () ? "März" : "March",
                                                  cases[i].words);
      g_autofree char *row = g_strdup_printf ("%s %s At rest", date, shown (&cases[i]));
      PtReportOptions options;

      pt_report_options_init (&options);
      bundle = pt_patient_bundle_load (f->base.store, f->patients[i], f->conditions[i],
                                       G_DATE_MONDAY, TODAY, &error);
      g_assert_no_error (error);
      report = pt_report_new (bundle, NULL, NULL, &options, &error);
      g_assert_no_error (error);
      g_assert_true (pt_report_write_pdf (report, file, NULL, NULL, &error));
      g_assert_no_error (error);

      text = pt_test_pdf_text (path, 1, 0, FALSE);
      pt_test_assert_contains (text, summary);
      pt_test_assert_contains (text, row);
      g_assert_true (g_file_delete (file, NULL, NULL));
    }
}

/* prolotrack-cli summary and patients: what a clinician reads in a
 * terminal. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *cli = g_getenv ("PROLOTRACK_CLI");
  g_autofree char *list = NULL;

  g_assert_nonnull (cli);
  list = run_program ((const char *[]) { cli, "--database", f->base.path, "patients", NULL });

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *number = g_strdup_printf ("PT-%u", i + 1);
      g_autofree char *summary = NULL;
      g_autofree char *pain = g_strdup_printf ("Pain: 8 at baseline (%s), %s latest (%s): %s",
                                               BASELINE, shown (&cases[i]), LATEST,
                                               cases[i].tile);
      /* ID, record, name, condition, sessions, latest pain, last visit */
      g_autofree char *listed = g_strdup_printf ("%s Patient %u Plantar fasciitis (Left) 0 %s –",
                                                 number, i + 1, shown (&cases[i]));

      summary = run_program ((const char *[]) { cli, "--database", f->base.path, "summary",
                                                number, NULL });
      pt_test_assert_contains (summary, pain);
      pt_test_assert_contains (list, listed);
    }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* gtk_test_init() sets en_US.UTF-8; the run's LC_ALL it is. */
  setlocale (LC_ALL, "");
  /* Fails here, not in every test, when the de_DE locale is missing. */
  pt_test_decimal_comma ();

  g_test_add ("/format/layers/ui", Fixture, NULL, fixture_set_up, test_ui, fixture_tear_down);
  g_test_add ("/format/layers/chart", Fixture, NULL, fixture_set_up, test_chart,
              fixture_tear_down);
  g_test_add ("/format/layers/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/format/layers/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}
