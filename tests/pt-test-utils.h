/* pt-test-utils.h: helpers shared by the core tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pt-error.h"
#include "pt-chart-data.h"
#include "pt-patient-bundle.h"
#include "pt-report.h"
#include "pt-store.h"

G_BEGIN_DECLS

/* A fresh database in a temporary folder, removed again (with its -wal and
 * -shm files) in tear_down; or a fresh schema on the test server
 * (pt-test-clinic.h), dropped again. @path is where the store is. */
typedef struct
{
  char    *dir;
  char    *path;
  PtStore *store;
  char    *schema;  /* on the server, else NULL */
} PtTestFixture;

void      pt_test_fixture_set_up     (PtTestFixture *fixture,
                                      gconstpointer  data);
void      pt_test_fixture_tear_down  (PtTestFixture *fixture,
                                      gconstpointer  data);

/* Adds the test @func (PtTestFixture *, gconstpointer) at GTest @path. */
#define PT_TEST_ADD_WITH_STORE(path, func) \
  g_test_add ((path), PtTestFixture, NULL, \
              pt_test_fixture_set_up, (func), pt_test_fixture_tear_down)

/* g_dir_make_tmp () that asserts success. */
char     *pt_test_make_tmp_dir       (void);
/* Deletes @dir and everything in it. */
void      pt_test_remove_tmp_dir     (const char    *dir);
/* Closes @store (asserting nothing else holds it) and opens @path again. */
PtStore  *pt_test_reopen             (PtStore       *store,
                                      const char    *path);

/* Unsaved records with every required field set to a valid value. */
PtPatient       *pt_test_new_patient        (const char *name,
                                             const char *record_number,
                                             const char *date_of_birth);
PtCondition     *pt_test_new_condition      (gint64      patient_id,
                                             const char *onset_date);
PtSession       *pt_test_new_session        (gint64      patient_id,
                                             gint64      condition_id,
                                             const char *date);
PtPainScore     *pt_test_new_pain_score     (gint64      patient_id,
                                             gint64      condition_id,
                                             const char *date,
                                             double      score);
PtShoe          *pt_test_new_shoe           (gint64      patient_id,
                                             const char *name,
                                             const char *started);
PtRun           *pt_test_new_run            (gint64      patient_id,
                                             const char *date,
                                             double      distance_m);
PtCrossTraining *pt_test_new_cross_training (gint64      patient_id,
                                             const char *date,
                                             gint64      minutes);

/* The same, saved; they assert success and return the new id. */
gint64   pt_test_add_patient        (PtStore    *store,
                                     const char *name,
                                     const char *record_number,
                                     const char *date_of_birth);
gint64   pt_test_add_condition      (PtStore    *store,
                                     gint64      patient_id,
                                     const char *onset_date);
gint64   pt_test_add_session        (PtStore    *store,
                                     gint64      patient_id,
                                     gint64      condition_id,
                                     const char *date);
gint64   pt_test_add_pain_score     (PtStore    *store,
                                     gint64      patient_id,
                                     gint64      condition_id,
                                     const char *date,
                                     double      score);
gint64   pt_test_add_shoe           (PtStore    *store,
                                     gint64      patient_id,
                                     const char *name,
                                     const char *started);
gint64   pt_test_add_run            (PtStore    *store,
                                     gint64      patient_id,
                                     const char *date,
                                     double      distance_m,
                                     gint64      shoe_id);
gint64   pt_test_add_cross_training (PtStore    *store,
                                     gint64      patient_id,
                                     const char *date,
                                     gint64      minutes);

/* Rows of @type in the whole database (asserts the count worked). */
gint64   pt_test_count              (PtStore    *store,
                                     GType       type);

/* Asserts @error is PT_ERROR/@code about @field (NULL: any or none) and that
 * its message contains each of the NULL-terminated words. */
void     pt_test_assert_error       (const GError *error,
                                     PtErrorCode   code,
                                     const char   *field,
                                     ...) G_GNUC_NULL_TERMINATED;
/* Asserts that @haystack contains @needle, showing both when it does not. */
void     pt_test_assert_contains    (const char   *haystack,
                                     const char   *needle);

/* TRUE in the run under a decimal-comma locale (LC_ALL=de_DE.UTF-8, see
 * tests/meson.build), after checking that the locale is really active: a
 * locale that is not generated fails the test (build-aux/setup makes it).
 * Call it after setlocale (LC_ALL, ""), or gtk_test_init(). */
gboolean pt_test_decimal_comma      (void);

/* Overwrites 512 bytes at the start of a page in the middle of the
 * database @path (its b-tree header and cell pointers), as a failing disk
 * or a stray program might; quick_check finds it. */
void     pt_test_damage_file        (const char   *path);

/* Reads a whole file (asserting success). */
GBytes  *pt_test_read_file          (const char   *path);

/* The date of birth of the test patients (BIRTH in the tests). */
#define PT_TEST_BIRTH "1983-06-14"

/* The ids of a patient saved with one record of every other type. */
typedef struct
{
  gint64 patient;
  gint64 condition;
  gint64 session;
  gint64 pain;
  gint64 shoe;
  gint64 run;
  gint64 cross;
  gint64 outcome;
  gint64 run_plan;
} PtTestPatientIds;

/* Saves a patient born PT_TEST_BIRTH with one condition, session, pain score,
 * shoe, run (in that shoe), cross-training entry, outcome measure (an FFI
 * total) and return-to-run plan, filling in @ids. */
void     pt_test_add_patient_with_records (PtStore          *store,
                                           const char       *name,
                                           const char       *record_number,
                                           PtTestPatientIds *ids);

/* PtTestFixture with two patients already saved, each with a condition and a
 * shoe. */
typedef struct
{
  PtTestFixture base;
  PtStore      *store;     /* base.store */

  gint64        patient;   /* Jane Doe, PT-1, born PT_TEST_BIRTH */
  gint64        condition;
  gint64        shoe;
  gint64        other;     /* John Roe, PT-2: records Jane's must not point to */
  gint64        other_condition;
  gint64        other_shoe;

  char         *today;
  char         *tomorrow;
} PtTestTwoPatientsFixture;

void     pt_test_two_patients_set_up    (PtTestTwoPatientsFixture *f,
                                         gconstpointer             data);
void     pt_test_two_patients_tear_down (PtTestTwoPatientsFixture *f,
                                         gconstpointer             data);

/* Adds the test @func (PtTestTwoPatientsFixture *, gconstpointer) at @path. */
#define PT_TEST_ADD_WITH_TWO_PATIENTS(path, func) \
  g_test_add ((path), PtTestTwoPatientsFixture, NULL, \
              pt_test_two_patients_set_up, (func), pt_test_two_patients_tear_down)

/* Saves @record (add, or update when @update), which must be refused: the
 * add or update returns 0/FALSE, the GError is PT_ERROR/@code, it names
 * @field (so the form can show it there), its message holds each of the
 * NULL-terminated words a clinician needs (the field, the value given, what is
 * allowed), and the number of rows of that record type did not change. On an
 * update, the stored record must be exactly what it was before. */
void     pt_test_expect_refused     (PtStore      *store,
                                     gpointer      record,
                                     gboolean      update,
                                     PtErrorCode   code,
                                     const char   *field,
                                     ...) G_GNUC_NULL_TERMINATED;

#define pt_test_expect_invalid(store, record, field, ...) \
  pt_test_expect_refused ((store), (record), FALSE, PT_ERROR_INVALID, (field), __VA_ARGS__, NULL)
#define pt_test_expect_invalid_update(store, record, field, ...) \
  pt_test_expect_refused ((store), (record), TRUE, PT_ERROR_INVALID, (field), __VA_ARGS__, NULL)

/* Adds @record, which must be accepted as one new row; returns its id. */
gint64   pt_test_expect_saved       (PtStore      *store,
                                     gpointer      record);

/* Record lists built in memory (no database), for the analysis and chart
 * tests. */
typedef struct
{
  GListStore *pain;
  GListStore *sessions;
  GListStore *runs;
  GListStore *cross;
} PtTestSeries;

void     pt_test_series_init        (PtTestSeries  *series);
void     pt_test_series_clear       (PtTestSeries  *series);
void     pt_test_series_add_pain    (PtTestSeries  *series,
                                     const char    *date,
                                     PtPainContext  context,
                                     double         score);
void     pt_test_series_add_session (PtTestSeries  *series,
                                     const char    *date);
void     pt_test_series_add_run     (PtTestSeries  *series,
                                     const char    *date,
                                     double         metres);
void     pt_test_series_add_cross   (PtTestSeries  *series,
                                     const char    *date,
                                     gint64         minutes);
/* The reference case in small: morning and rest pain weekly from
 * 2026-02-04 to 2026-06-24 (baseline 2026-03-04: 8 and 7; last day 2.5 and
 * 2, so -70 %), sessions on 2026-03-04, 04-01 and 04-29, cross-training
 * until 2026-04-19, then runs from 2026-04-21 (the week of 2026-05-25 more
 * than 10 % up on the one before). */
void     pt_test_series_add_reference (PtTestSeries *series);
/* @n_days of daily entries from @first: a morning pain score (between 3 and
 * 7, except 10 on day @n_days / 3 and 0 on day 2 * @n_days / 3), a run on
 * most days, cross-training on the others, a session every 90 days. */
void     pt_test_series_add_daily   (PtTestSeries  *series,
                                     const char    *first,
                                     guint          n_days);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PtTestSeries, pt_test_series_clear)

/* Writes @report as @dir/@name (pt_report_write_pdf, asserting success)
 * and returns the path; @n_pages as there. */
char        *pt_test_write_pdf          (PtReport     *report,
                                         const char   *dir,
                                         const char   *name,
                                         guint        *n_pages);
/* The text of pages @first to @last (0: to the end) of the PDF at @path,
 * by poppler's pdftotext, every run of white space (no-break spaces too)
 * made one space, so a sentence reads the same whichever line breaks it
 * has. @raw: in drawing order (a column after another), else in
 * pdftotext's reading order, where right-to-left runs come out as words
 * (bidi embedding marks removed). */
char        *pt_test_pdf_text           (const char   *path,
                                         guint         first,
                                         guint         last,
                                         gboolean      raw);

/* The value of @key in poppler's pdfinfo output for the PDF at @path
 * ("Pages", "Title", "Page size"); fails the test without it. */
char        *pt_test_pdf_info           (const char   *path,
                                         const char   *key);
/* Its number of pages, by pdfinfo. */
guint        pt_test_pdf_pages          (const char   *path);
/* Asserts its page size, in whole points. */
void         pt_test_assert_pdf_page_size (const char *path,
                                           int         width,
                                           int         height);

/* A bundle of hand-made records (any list may be NULL), with ISO weeks and
 * today as its day, and the chart data of it (pt_chart_data_new). */
PtPatientBundle *pt_test_bundle_new     (GListModel   *pain_scores,
                                         GListModel   *sessions,
                                         GListModel   *runs,
                                         GListModel   *cross_training,
                                         gint64        condition_id);
/* The report of @patient_id about @condition_id (0: every condition) as the
 * app makes it, from a bundle loaded with ISO weeks as of today. */
PtReport    *pt_test_report_new         (PtStore      *store,
                                         gint64        patient_id,
                                         gint64        condition_id,
                                         const char   *from,
                                         const char   *to,
                                         const PtReportOptions *options,
                                         GError      **error);
PtChartData *pt_test_chart_data_new     (GListModel *pain_scores,
                                             GListModel *sessions,
                                             GListModel *runs,
                                             GListModel *cross_training,
                                             gint64      condition_id,
                                             const char *from,
                                             const char *to,
                                             GError    **error);

G_END_DECLS
