/* test-week-start.c: weeks that start on the clinic's chosen day
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clinic can count weeks from Sunday (Preferences > Week Starts On): the
 * weekly distance, the week-on-week change and the 10 % rule then group
 * runs Sunday to Saturday. ISO weeks (Monday) stay the default.
 */

#include "config.h"

#include "pt-analysis.h"
#include "pt-date.h"
#include "pt-test-utils.h"

static void
test_week_start_on (void)
{
  GDate date, start;

  g_assert_true (pt_date_parse ("2026-03-11", &date));   /* a Wednesday */
  pt_date_week_start_on (&date, G_DATE_SUNDAY, &start);
  g_assert_cmpint (g_date_get_day (&start), ==, 8);
  pt_date_week_start_on (&date, G_DATE_MONDAY, &start);
  g_assert_cmpint (g_date_get_day (&start), ==, 9);

  g_assert_true (pt_date_parse ("2026-03-08", &date));   /* a Sunday */
  pt_date_week_start_on (&date, G_DATE_SUNDAY, &start);
  g_assert_cmpint (g_date_get_day (&start), ==, 8);
  pt_date_week_start_on (&date, G_DATE_MONDAY, &start);
  g_assert_cmpint (g_date_get_day (&start), ==, 2);
}

/* The same runs, counted Monday-Sunday and Sunday-Saturday: a Sunday run
 * moves to the week after, and the 10 % rule fires in one count only. */
static void
test_sunday_weeks (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtRecovery) iso = NULL;
  g_autoptr(PtRecovery) sunday = NULL;
  const PtWeek *week;

  pt_test_series_init (&s);
  pt_test_series_add_run (&s, "2026-03-03", 10000);   /* Tuesday */
  pt_test_series_add_run (&s, "2026-03-08", 3000);    /* Sunday */
  pt_test_series_add_run (&s, "2026-03-10", 10000);   /* Tuesday */

  iso = pt_recovery_compute (G_LIST_MODEL (s.pain), G_LIST_MODEL (s.sessions),
                             G_LIST_MODEL (s.runs), G_LIST_MODEL (s.cross), 0, "2026-03-12",
                             G_DATE_MONDAY);
  sunday = pt_recovery_compute (G_LIST_MODEL (s.pain), G_LIST_MODEL (s.sessions),
                                G_LIST_MODEL (s.runs), G_LIST_MODEL (s.cross), 0,
                                "2026-03-12", G_DATE_SUNDAY);

  /* Monday weeks: 13 km, then 10 km (down). */
  week = pt_recovery_find_week (iso, "2026-03-10");
  g_assert_cmpstr (week->start, ==, "2026-03-09");
  g_assert_cmpfloat (week->distance_m, ==, 10000);
  g_assert_false (week->over_ten_percent);

  /* Sunday weeks: 10 km, then 13 km (up 30 %: over the 10 % rule). */
  week = pt_recovery_find_week (sunday, "2026-03-10");
  g_assert_cmpstr (week->start, ==, "2026-03-08");
  g_assert_cmpfloat (week->distance_m, ==, 13000);
  g_assert_true (week->has_change);
  g_assert_cmpfloat_with_epsilon (week->change_pct, 30, 1e-9);
  g_assert_true (week->over_ten_percent);
  g_assert_cmpint (week->iso_week, ==, 11);
  g_assert_cmpstr (pt_recovery_find_week (sunday, "2026-03-07")->start, ==, "2026-03-01");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/analysis/week-start/date", test_week_start_on);
  g_test_add_func ("/core/analysis/week-start/sunday", test_sunday_weeks);

  return g_test_run ();
}
