/* test-shoes-core.c: a shoe's distance so far and the clinic's limit
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_store_list_shoe_distances() sums each of a patient's shoes in one
 * query (other patients' runs and runs without a shoe do not count), and
 * pt_shoe_is_past_limit() is the rule for replacing one.
 */

#include "config.h"

#include "pt-store.h"
#include "pt-test-utils.h"

static void
test_distances (PtTestFixture *fixture,
                gconstpointer  data)
{
  PtStore *store = fixture->store;
  g_autoptr(GHashTable) distances = NULL;
  g_autoptr(GHashTable) none = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ann, bob, old, fresh, unused, bobs;

  ann = pt_test_add_patient (store, "Ann Runner", "PT-0101", "1980-01-01");
  bob = pt_test_add_patient (store, "Bob Runner", "PT-0102", "1981-01-01");
  old = pt_test_add_shoe (store, ann, "Old Pair", "2025-01-01");
  fresh = pt_test_add_shoe (store, ann, "New Pair", "2025-06-01");
  unused = pt_test_add_shoe (store, ann, "Spare Pair", "2025-06-01");
  bobs = pt_test_add_shoe (store, bob, "Bob's Pair", "2025-01-01");

  pt_test_add_run (store, ann, "2025-02-01", 10000, old);
  pt_test_add_run (store, ann, "2025-03-01", 12500.5, old);
  pt_test_add_run (store, ann, "2025-07-01", 5000, fresh);
  pt_test_add_run (store, ann, "2025-07-02", 8000, 0);     /* no shoe */
  pt_test_add_run (store, bob, "2025-07-02", 42195, bobs);

  distances = pt_store_list_shoe_distances (store, ann, &error);
  g_assert_no_error (error);
  g_assert_nonnull (distances);
  g_assert_cmpuint (g_hash_table_size (distances), ==, 2);
  g_assert_cmpfloat_with_epsilon (pt_shoe_distances_lookup (distances, old), 22500.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (pt_shoe_distances_lookup (distances, fresh), 5000, 1e-6);
  g_assert_cmpfloat (pt_shoe_distances_lookup (distances, unused), ==, 0);
  g_assert_cmpfloat (pt_shoe_distances_lookup (distances, bobs), ==, 0);
  /* The same as the one-shoe query. */
  g_assert_cmpfloat_with_epsilon (pt_store_get_shoe_distance (store, old, NULL), 22500.5, 1e-6);

  none = pt_store_list_shoe_distances (store, 9999, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (none), ==, 0);
  g_assert_cmpfloat (pt_shoe_distances_lookup (NULL, old), ==, 0);
}

static void
test_past_limit (void)
{
  g_autoptr(PtShoe) shoe = pt_test_new_shoe (1, "Daily Trainer", "2025-01-01");

  g_assert_false (pt_shoe_is_past_limit (shoe, 0, 700));
  g_assert_false (pt_shoe_is_past_limit (shoe, 699999, 700));
  /* Exactly at the limit is not past it. */
  g_assert_false (pt_shoe_is_past_limit (shoe, 700000, 700));
  g_assert_true (pt_shoe_is_past_limit (shoe, 700001, 700));
  g_assert_true (pt_shoe_is_past_limit (shoe, 150001, 150));
  /* No limit, no warning. */
  g_assert_false (pt_shoe_is_past_limit (shoe, 1e9, 0));

  /* A retired shoe is no longer worn: never a warning. */
  pt_shoe_set_retired (shoe, "2025-12-01");
  g_assert_false (pt_shoe_is_past_limit (shoe, 900000, 700));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  PT_TEST_ADD_WITH_STORE ("/core/shoes/distances", test_distances);
  g_test_add_func ("/core/shoes/past-limit", test_past_limit);

  return g_test_run ();
}
