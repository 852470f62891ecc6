/* pt-test-utils.h: helpers shared by the core tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pt-error.h"
#include "pt-store.h"

G_BEGIN_DECLS

/* A fresh database in a temporary folder, removed again (with its -wal and
 * -shm files) in tear_down. */
typedef struct
{
  char    *dir;
  char    *path;
  PtStore *store;
} PtTestFixture;

void      pt_test_fixture_set_up     (PtTestFixture *fixture,
                                      gconstpointer  data);
void      pt_test_fixture_tear_down  (PtTestFixture *fixture,
                                      gconstpointer  data);

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

/* Reads a whole file (asserting success). */
GBytes  *pt_test_read_file          (const char   *path);

G_END_DECLS
