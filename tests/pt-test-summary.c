/* pt-test-summary.c: the patient summaries checked against the records
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pt-enums.h"
#include "pt-patient-bundle.h"
#include "pt-test-clinic.h"
#include "pt-test-summary.h"

/* The list as it was computed from the records, before migration 2 (and
 * the next visit of migration 3), but the latest pain (see above). */
#define ORACLE_SQL \
  "WITH o (id, name, record_number, archived, kind, side, sessions, last_visit," \
  " next_visit)" \
  " AS MATERIALIZED (" \
  "SELECT p.id, p.name, p.record_number, p.archived, c.kind, c.side," \
  " (SELECT count(*) FROM sessions s WHERE s.patient_id = p.id)," \
  " (SELECT max(date) FROM sessions s WHERE s.patient_id = p.id)," \
  " (SELECT next_visit FROM sessions s WHERE s.patient_id = p.id" \
  "   ORDER BY date DESC, id DESC LIMIT 1)" \
  " FROM patients p" \
  " LEFT JOIN conditions c ON c.id = (SELECT id FROM conditions WHERE patient_id = p.id" \
  "   AND status = 'active' ORDER BY onset_date DESC, id DESC LIMIT 1)" \
  " WHERE p.archived = 0 OR ?1)" \
  " SELECT * FROM o ORDER BY name COLLATE NOCASE, id"

static const char *
nick_or_null (GType    type,
              gboolean has,
              int      value)
{
  return has ? pt_enum_to_nick (type, value) : NULL;
}

/* The latest pain of the patient's page: NAN when none. */
double
pt_test_summary_page_latest_pain (PtStore    *store,
                                  gint64      patient_id,
                                  const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatientBundle) bundle = pt_patient_bundle_load (store, patient_id,
                                                              PT_MAIN_CONDITION, G_DATE_MONDAY,
                                                              today, &error);
  const PtRecovery *recovery;

  g_assert_no_error (error);
  recovery = pt_patient_bundle_get_recovery (bundle);
  return recovery->has_latest ? recovery->latest : NAN;
}

static void
assert_row_matches (PtStore           *store,
                    PtDbStmt          *oracle,
                    PtPatientOverview *row,
                    const char        *today)
{
  double expected;
  PtConditionKind kind = 0;
  PtSide side = 0;
  gboolean has_condition = pt_patient_overview_get_condition (row, &kind, &side);
  double pain = pt_patient_overview_get_latest_pain (row);

  g_assert_cmpint (pt_patient_overview_get_id (row), ==, pt_db_column_int64 (oracle, 0));
  g_assert_cmpstr (pt_patient_overview_get_name (row), ==,
                   pt_db_column_text (oracle, 1));
  g_assert_cmpstr (pt_patient_overview_get_record_number (row), ==,
                   pt_db_column_text (oracle, 2));
  g_assert_cmpint (pt_patient_overview_get_archived (row), ==, pt_db_column_int64 (oracle, 3));
  g_assert_cmpstr (nick_or_null (PT_TYPE_CONDITION_KIND, has_condition, kind), ==,
                   pt_db_column_text (oracle, 4));
  g_assert_cmpstr (nick_or_null (PT_TYPE_SIDE, has_condition, side), ==,
                   pt_db_column_text (oracle, 5));
  g_assert_cmpuint (pt_patient_overview_get_session_count (row), ==,
                    (guint) pt_db_column_int64 (oracle, 6));
  expected = pt_test_summary_page_latest_pain (store, pt_patient_overview_get_id (row), today);
  if (isnan (expected))
    g_assert_true (isnan (pain));
  else
    g_assert_cmpfloat_with_epsilon (pain, expected, 1e-9);
  g_assert_cmpstr (pt_patient_overview_get_last_visit (row), ==,
                   pt_db_column_text (oracle, 7));
  g_assert_cmpstr (pt_patient_overview_get_next_visit (row), ==,
                   pt_db_column_text (oracle, 8));
}

guint
pt_test_summary_assert_matches (PtStore    *store,
                                const char *path,
                                gboolean    include_archived,
                                const char *today)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtDbStmt) oracle = NULL;
  PtDb *db = NULL;
  guint n = 0;
  int rc;

  list = pt_store_list_patient_overviews (store, include_archived, &error);
  g_assert_no_error (error);

  db = pt_test_clinic_connect (path, TRUE);
  oracle = pt_db_prepare (db, ORACLE_SQL);
  g_assert_nonnull (oracle);
  pt_db_bind_int64 (oracle, 1, include_archived);

  while ((rc = pt_db_step (oracle)) == PT_DB_ROW)
    {
      g_autoptr(PtPatientOverview) row = NULL;

      g_assert_cmpuint (n, <, g_list_model_get_n_items (list));
      row = g_list_model_get_item (list, n++);
      assert_row_matches (store, oracle, row, today);
    }
  g_assert_cmpint (rc, ==, PT_DB_DONE);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (list));

  g_clear_pointer (&oracle, pt_db_stmt_free);
  pt_db_free (db);
  return n;
}

guint
pt_test_summary_assert_consistent (PtStore    *store,
                                   const char *path,
                                   const char *today)
{
  guint n = pt_test_summary_assert_matches (store, path, TRUE, today);

  pt_test_summary_assert_matches (store, path, FALSE, today);
  return n;
}
