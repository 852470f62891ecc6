/* pt-test-pg-triggers.h: a SQLite clinic and a PostgreSQL schema side by
 * side, the same writes run on both, and what their triggers wrote
 * compared (test-pg-triggers, test-pg-audit)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs the server in $PROLOTRACK_TEST_PG (build-aux/pg-test-server starts
 * a private one); without it every case is skipped. Each case makes a
 * PostgreSQL schema of its own with the baseline and the triggers, and a
 * SQLite clinic with pt_store_open() in a temporary folder, runs the same
 * writes on both, with explicit ids, and compares what the triggers wrote.
 */

#pragma once

#include "pt-db.h"

G_BEGIN_DECLS

typedef struct
{
  PtDb *pg;
  PtDb *sqlite;
  char *schema;
  char *dir;
} PtTestPair;

/* Three patients, two conditions of patient 1 (active 1 of January,
 * resolved 1 of March) and one of patient 2. */
extern const char * const pt_test_pair_parents[6];

#define SESSION(id, pid, cid, date, before, next) \
  "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, pain_before, next_visit)" \
  " VALUES (" id ", " pid ", " cid ", '" date "', 'dextrose', " before ", " next ")"
#define SCORE(id, pid, cid, date, score) \
  "INSERT INTO pain_scores (id, patient_id, condition_id, date, score, context, source)" \
  " VALUES (" id ", " pid ", " cid ", '" date "', " score ", 'rest', 'clinic')"

/* The baseline and its triggers, in one transaction, as migrate runs them. */
void      pt_test_pair_apply_schema           (PtDb          *pg);
/* The fixture: a schema on the server with the baseline and its
 * triggers, a SQLite clinic in a temporary folder (nothing without a
 * server). */
void      pt_test_pair_set_up                 (PtTestPair    *fixture,
                                               gconstpointer  data);
void      pt_test_pair_tear_down              (PtTestPair    *fixture,
                                               gconstpointer  data);
/* FALSE, the case skipped, without a server. */
gboolean  pt_test_pair_have_server            (PtTestPair    *fixture);
/* @sql on both, which must take it. */
void      pt_test_pair_run_both               (PtTestPair    *fixture,
                                               const char    *sql);
void      pt_test_pair_run_all                (PtTestPair    *fixture,
                                               const char * const *sql,
                                               gsize          n);
/* The rows of @sql as text, one line a row, columns joined by "|". */
char     *pt_test_pair_query_text             (PtDb          *db,
                                               const char    *sql);
gint64    pt_test_pair_query_int              (PtDb          *db,
                                               const char    *sql);
/* Asserts the audit rows, and the summaries, are alike on both; returns
 * them as text. */
char     *pt_test_pair_assert_audit_equal     (PtTestPair    *fixture);
char     *pt_test_pair_assert_summaries_equal (PtTestPair    *fixture);
void      pt_test_pair_assert_has             (const char    *text,
                                               const char    *part);

G_END_DECLS
