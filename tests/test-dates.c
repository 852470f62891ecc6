/* test-dates.c: calendar rules of pt-date.h that are not about weeks
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-date.h"

/* Whole years, the birthday counting from its own day. */
static void
test_age (void)
{
  g_assert_cmpint (pt_date_age_years ("1990-11-24", "2026-11-23"), ==, 35);
  g_assert_cmpint (pt_date_age_years ("1990-11-24", "2026-11-24"), ==, 36);
  g_assert_cmpint (pt_date_age_years ("1990-11-24", "2026-12-01"), ==, 36);
  g_assert_cmpint (pt_date_age_years ("1984-03-01", "2026-02-28"), ==, 41);
  g_assert_cmpint (pt_date_age_years ("2026-11-23", "2026-11-23"), ==, 0);
  /* Born on 29 February: a year older on 1 March of other years. */
  g_assert_cmpint (pt_date_age_years ("2004-02-29", "2026-02-28"), ==, 21);
  g_assert_cmpint (pt_date_age_years ("2004-02-29", "2026-03-01"), ==, 22);
  g_assert_cmpint (pt_date_age_years ("2004-02-29", "2028-02-29"), ==, 24);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/dates/age", test_age);

  return g_test_run ();
}
