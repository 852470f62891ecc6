/* test-cursor.c: PtRecordCursor, rows streamed from the store
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pt-enums.h"
#include "pt-test-utils.h"

static void
test_cursor_columns (PtTestFixture *f,
                     gconstpointer  data)
{
  PtTestPatientIds ids;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtRecordCursor) cursor = NULL;
  int distance, pain, shoe;

  pt_test_add_patient_with_records (f->store, "Jane Doe", "PT-1", &ids);
  cursor = pt_store_query_records (f->store, PT_TYPE_RUN, ids.patient, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (pt_record_cursor_get_n_columns (cursor), ==, 10);
  g_assert_cmpstr (pt_record_cursor_get_column_name (cursor, 0), ==, "id");
  g_assert_cmpstr (pt_record_cursor_get_column_name (cursor, 2), ==, "patient_record_number");
  g_assert_cmpint (pt_record_cursor_get_column_kind (cursor, 6), ==, PT_COLUMN_ENUM);
  g_assert_true (pt_record_cursor_get_column_enum_type (cursor, 6) == PT_TYPE_SURFACE);
  distance = pt_record_cursor_find_column (cursor, "distance_m");
  pain = pt_record_cursor_find_column (cursor, "pain_during");
  shoe = pt_record_cursor_find_column (cursor, "shoe_id");
  g_assert_cmpint (pt_record_cursor_find_column (cursor, "no_such"), ==, -1);

  g_assert_true (pt_record_cursor_next (cursor, &error));
  g_assert_cmpint (pt_record_cursor_get_int (cursor, 0), ==, ids.run);
  g_assert_cmpstr (pt_record_cursor_get_text (cursor, 2, NULL), ==, "PT-1");
  g_assert_cmpfloat (pt_record_cursor_get_real (cursor, (guint) distance), >, 0);
  g_assert_true (pt_record_cursor_is_null (cursor, (guint) pain));
  g_assert_true (isnan (pt_record_cursor_get_real (cursor, (guint) pain)));
  g_assert_cmpint (pt_record_cursor_get_int (cursor, (guint) shoe), ==, ids.shoe);
  g_assert_false (pt_record_cursor_next (cursor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pt_record_cursor_get_position (cursor), ==, 1);
  g_assert_false (pt_record_cursor_next (cursor, &error));
}

/* Other reads and writes go on while a cursor is open. */
static void
test_cursor_alongside_writes (PtTestFixture *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtRecordCursor) cursor = NULL;
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  guint n = 0;

  for (guint i = 0; i < 5; i++)
    pt_test_add_run (f->store, patient, "2025-01-01", 1000 + i, 0);

  cursor = pt_store_query_records (f->store, PT_TYPE_RUN, 0, &error);
  g_assert_no_error (error);
  while (pt_record_cursor_next (cursor, &error))
    {
      g_autoptr(GListModel) runs = pt_store_list_runs (f->store, patient, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (runs), >=, 5);
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 5);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  PT_TEST_ADD_WITH_STORE ("/core/cursor/columns", test_cursor_columns);
  PT_TEST_ADD_WITH_STORE ("/core/cursor/alongside-writes", test_cursor_alongside_writes);

  return g_test_run ();
}
