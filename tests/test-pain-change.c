/* test-pain-change.c: what a percent change of pain means (pt-analysis.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Beside test-analysis.c, which is already at its size.
 */

#include "config.h"

#include "pt-analysis.h"

/* The 30 % and 50 % thresholds, on the rounded percent people read. */
static void
test_classify_change (void)
{
  g_assert_cmpint (pt_analysis_classify_change (-70), ==, PT_PAIN_CHANGE_SUBSTANTIAL);
  g_assert_cmpint (pt_analysis_classify_change (-50), ==, PT_PAIN_CHANGE_SUBSTANTIAL);
  g_assert_cmpint (pt_analysis_classify_change (-49.4), ==, PT_PAIN_CHANGE_MODERATE);
  g_assert_cmpint (pt_analysis_classify_change (-29.6), ==, PT_PAIN_CHANGE_MODERATE);
  g_assert_cmpint (pt_analysis_classify_change (-29.4), ==, PT_PAIN_CHANGE_NONE);
  g_assert_cmpint (pt_analysis_classify_change (-5.9), ==, PT_PAIN_CHANGE_NONE);
  g_assert_cmpint (pt_analysis_classify_change (0), ==, PT_PAIN_CHANGE_NONE);
  g_assert_cmpint (pt_analysis_classify_change (29), ==, PT_PAIN_CHANGE_NONE);
  g_assert_cmpint (pt_analysis_classify_change (30), ==, PT_PAIN_CHANGE_WORSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/analysis/classify-change", test_classify_change);

  return g_test_run ();
}
