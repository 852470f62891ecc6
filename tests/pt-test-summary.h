/* pt-test-summary.h: the patient summaries checked against the records
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * patient_summaries (pt-schema.c, migrations 2 to 4) is derived data kept
 * by triggers. These helpers compare the patient list read from it with
 * what the records say: the query the list ran before the summary existed,
 * run on a second, read-only connection to the clinic (a file or a
 * server, pt-test-clinic.h), and for the latest
 * pain what core's analysis computes from the patient's records
 * (pt_patient_bundle_load), the value the patient's page shows. Used by
 * test-summary, and after every crash, fault and migration.
 */

#pragma once

#include "pt-store.h"

G_BEGIN_DECLS

/* The latest pain of the patient's page as of @today: NAN when none. */
double   pt_test_summary_page_latest_pain (PtStore    *store,
                                           gint64      patient_id,
                                           const char *today);
/* Asserts the list (archived patients too when @include_archived) equals
 * the records' own answer, row by row, in the same order; returns the
 * number of rows. @path is @store's file. */
guint    pt_test_summary_assert_matches   (PtStore    *store,
                                           const char *path,
                                           gboolean    include_archived,
                                           const char *today);
/* Both lists, with and without archived patients; returns the number of
 * patients. */
guint    pt_test_summary_assert_consistent (PtStore    *store,
                                            const char *path,
                                            const char *today);

G_END_DECLS
