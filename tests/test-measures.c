/* test-measures.c: questionnaire scoring and the analysis of change (pt-measure.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each worked example is a filled questionnaire whose total is computed by
 * hand in the comment, by the published rule (pt-measure-defs.c names it);
 * a wrong rule (the mean of the FFI subscales, a total over 230 with items
 * not applicable, a prorated LEFS, a wrong Kujala point) fails one of them.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-error.h"
#include "pt-measure.h"

#define X NAN  /* an item left blank / not applicable */

static void
assert_refused (PtMeasureKind kind,
                const double *answers,
                guint         n_answers,
                const char   *field,
                const char   *message)
{
  g_autoptr(GError) error = NULL;
  PtMeasureScore score;

  g_assert_false (pt_measure_score (kind, answers, n_answers, &score, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpstr (pt_error_get_field (error), ==, field);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

static PtMeasureScore
score_ok (PtMeasureKind kind,
          const double *answers,
          guint         n_answers)
{
  g_autoptr(GError) error = NULL;
  PtMeasureScore score;

  g_assert_true (pt_measure_score (kind, answers, n_answers, &score, &error));
  g_assert_no_error (error);
  return score;
}

/* FFI, Budiman-Mak 1991, 0-10 numeric version. Items 7 and 8 (orthotics)
 * not applicable, item 23 blank:
 *   pain 1-9:        8 9 6 5 7 6 - - 8  = 49 of 7 x 10 = 70  -> 70.0 %
 *   disability 10-18: 5 6 7 6 5 8 4 6 7 = 54 of 9 x 10 = 90  -> 60.0 %
 *   activity 19-23:   0 2 3 0 -         =  5 of 4 x 10 = 40  -> 12.5 %
 *   total: 108 of 200 -> 54.0 % (not the mean of the subscales, 47.5 %;
 *   not 108 / 230 = 47.0 %, which would count the items left out). */
static void
test_ffi_worked_example (void)
{
  const double answers[23] = { 8, 9, 6, 5, 7, 6, X, X, 8,
                               5, 6, 7, 6, 5, 8, 4, 6, 7,
                               0, 2, 3, 0, X };
  PtMeasureScore score = score_ok (PT_MEASURE_KIND_FFI, answers, 23);

  g_assert_cmpuint (score.n_subscales, ==, 3);
  g_assert_cmpfloat_with_epsilon (score.subscales[0], 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (score.subscales[1], 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (score.subscales[2], 12.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (score.total, 54.0, 1e-9);
  g_assert_cmpuint (score.n_missing, ==, 3);
}

/* Every item answered: the total is the sum over 230 (SRA Lab summary of
 * Budiman-Mak 1991). All 5: 115 / 230 = 50 %; all 0 and all 10: 0 and
 * 100 %. 1..9 pain, 10s disability, 0s activity: (45 + 90 + 0) / 230. */
static void
test_ffi_full (void)
{
  double answers[23];
  PtMeasureScore score;

  for (guint i = 0; i < 23; i++)
    answers[i] = 5;
  score = score_ok (PT_MEASURE_KIND_FFI, answers, 23);
  g_assert_cmpfloat_with_epsilon (score.total, 50.0, 1e-9);

  for (guint i = 0; i < 23; i++)
    answers[i] = 10;
  score = score_ok (PT_MEASURE_KIND_FFI, answers, 23);
  g_assert_cmpfloat_with_epsilon (score.total, 100.0, 1e-9);

  for (guint i = 0; i < 23; i++)
    answers[i] = i < 9 ? i + 1 : i < 18 ? 10 : 0;
  score = score_ok (PT_MEASURE_KIND_FFI, answers, 23);
  g_assert_cmpfloat_with_epsilon (score.subscales[0], 45.0 / 90 * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (score.subscales[1], 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (score.subscales[2], 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (score.total, 135.0 / 230 * 100, 1e-9);
}

/* At most 4 of 9 pain, 4 of 9 disability and 2 of 5 activity items may be
 * left out; one more is refused, naming the subscale. */
static void
test_ffi_missing (void)
{
  double answers[23];
  PtMeasureScore score;

  for (guint i = 0; i < 23; i++)
    answers[i] = 4;
  /* 4 pain, 4 disability, 2 activity items out: still a score. */
  answers[0] = answers[1] = answers[2] = answers[3] = X;
  answers[9] = answers[10] = answers[11] = answers[12] = X;
  answers[18] = answers[19] = X;
  score = score_ok (PT_MEASURE_KIND_FFI, answers, 23);
  g_assert_cmpuint (score.n_missing, ==, 10);
  g_assert_cmpfloat_with_epsilon (score.total, 40.0, 1e-9);

  answers[4] = X;
  assert_refused (PT_MEASURE_KIND_FFI, answers, 23, "items",
                  "FFI Pain: 5 of 9 items are not answered or not applicable; at most 4 may be.");
  answers[4] = 4;
  answers[13] = X;
  assert_refused (PT_MEASURE_KIND_FFI, answers, 23, "items",
                  "FFI Disability: 5 of 9 items are not answered or not applicable; at most 4 may be.");
  answers[13] = 4;
  answers[20] = X;
  assert_refused (PT_MEASURE_KIND_FFI, answers, 23, "items",
                  "FFI Activity limitation: 3 of 5 items are not answered or not applicable; at most 2 may be.");
}

static void
test_ffi_out_of_range (void)
{
  double answers[23];

  for (guint i = 0; i < 23; i++)
    answers[i] = 3;
  answers[2] = 12;
  assert_refused (PT_MEASURE_KIND_FFI, answers, 23, "item-3",
                  "FFI item 3 (Pain walking barefoot) must be between 0 and 10 (got 12).");
  answers[2] = -1;
  assert_refused (PT_MEASURE_KIND_FFI, answers, 23, "item-3", NULL);
  answers[2] = 4.5;
  assert_refused (PT_MEASURE_KIND_FFI, answers, 23, "item-3",
                  "FFI item 3 (Pain walking barefoot) must be a whole number between 0 and 10 (got 4.5).");
  answers[2] = INFINITY;
  assert_refused (PT_MEASURE_KIND_FFI, answers, 23, "item-3", NULL);
  answers[2] = 3;
  assert_refused (PT_MEASURE_KIND_FFI, answers, 22, "items",
                  "The Foot Function Index has 23 items, but 22 answers were given.");
}

/* VISA-A, Robinson 2001: Q1-6 = 7 + 6 + 8 + 5 + 4 + 3 = 33, Q7 full
 * training below the old level = 7, Q8 part A 11-20 min = 14; total 54.
 * No symptoms: 6 x 10 + 10 + 30 = 100. */
static void
test_visa_a_worked_example (void)
{
  const double answers[8] = { 7, 6, 8, 5, 4, 3, 7, 14 };
  const double best[8] = { 10, 10, 10, 10, 10, 10, 10, 30 };
  const double part_b[8] = { 10, 10, 10, 10, 10, 10, 4, 20 };
  PtMeasureScore score = score_ok (PT_MEASURE_KIND_VISA_A, answers, 8);

  g_assert_cmpfloat (score.total, ==, 54);
  g_assert_cmpuint (score.n_subscales, ==, 0);
  score = score_ok (PT_MEASURE_KIND_VISA_A, best, 8);
  g_assert_cmpfloat (score.total, ==, 100);
  /* Q8 part B over 30 min = 20: 60 + 4 + 20 = 84 */
  score = score_ok (PT_MEASURE_KIND_VISA_A, part_b, 8);
  g_assert_cmpfloat (score.total, ==, 84);
}

static void
test_visa_a_invalid (void)
{
  double answers[8] = { 7, 6, 8, 5, 4, 3, 7, 14 };

  answers[0] = 11;
  assert_refused (PT_MEASURE_KIND_VISA_A, answers, 8, "item-1",
                  "VISA-A item 1 (Morning stiffness (10 = none)) must be between 0 and 10 (got 11).");
  answers[0] = 7;
  answers[6] = 5;  /* Q7 gives 0, 4, 7 or 10 */
  assert_refused (PT_MEASURE_KIND_VISA_A, answers, 8, "item-7",
                  "VISA-A item 7 (Current sport or physical activity) must be one of the form’s answers, 0, 4, 7 or 10 (got 5).");
  answers[6] = 7;
  answers[7] = 3;  /* no part of Q8 gives 3 */
  assert_refused (PT_MEASURE_KIND_VISA_A, answers, 8, "item-8", NULL);
  answers[7] = 31;
  assert_refused (PT_MEASURE_KIND_VISA_A, answers, 8, "item-8", NULL);
}

/* No rule for missing answers in Robinson 2001: all 8 are needed. */
static void
test_visa_a_missing (void)
{
  double answers[8] = { 7, 6, 8, 5, 4, 3, 7, 14 };

  score_ok (PT_MEASURE_KIND_VISA_A, answers, 8);
  answers[4] = X;
  assert_refused (PT_MEASURE_KIND_VISA_A, answers, 8, "item-5",
                  "VISA-A item 5 (Pain during single-leg heel raises) is not answered; every item is needed for a score.");
  answers[5] = X;
  assert_refused (PT_MEASURE_KIND_VISA_A, answers, 8, "items",
                  "VISA-A: 2 of 8 items are not answered; at most 0 may be.");
}

/* LEFS, Binkley 1999: the sum of 20 items 0-4.
 * 4+4+3+4+3 = 18, 2+3+4+2+4 = 15, 4+3+3+3+4 = 17, 1+1+0+1+4 = 7: 57 of 80. */
static void
test_lefs_worked_example (void)
{
  const double answers[20] = { 4, 4, 3, 4, 3, 2, 3, 4, 2, 4,
                               4, 3, 3, 3, 4, 1, 1, 0, 1, 4 };
  double answers_missing[20];
  PtMeasureScore score = score_ok (PT_MEASURE_KIND_LEFS, answers, 20);

  g_assert_cmpfloat (score.total, ==, 57);

  /* Strict: not prorated (57 - 4 over 19 items would be 55.8). */
  for (guint i = 0; i < 20; i++)
    answers_missing[i] = answers[i];
  answers_missing[19] = X;
  assert_refused (PT_MEASURE_KIND_LEFS, answers_missing, 20, "item-20",
                  "LEFS item 20 (Rolling over in bed) is not answered; every item is needed for a score.");
  answers_missing[19] = 5;
  assert_refused (PT_MEASURE_KIND_LEFS, answers_missing, 20, "item-20",
                  "LEFS item 20 (Rolling over in bed) must be between 0 and 4 (got 5).");
}

/* Kujala 1993, points per answer as printed (PMC10362729 table):
 * limp none 5, support full 5, walking >2 km 3, stairs slight pain down 8,
 * squatting painful when repeated 4, running slight pain from start 6,
 * jumping slight difficulty 7, sitting pain after exercise 8, pain slight
 * and occasional 8, swelling none 10, kneecap none 10, atrophy slight 3,
 * flexion none 5: 5+5+3+8+4+6+7+8+8+10+10+3+5 = 82. */
static void
test_kujala_worked_example (void)
{
  double answers[13] = { 5, 5, 3, 8, 4, 6, 7, 8, 8, 10, 10, 3, 5 };
  const double best[13] = { 5, 5, 5, 10, 5, 10, 10, 10, 10, 10, 10, 5, 5 };
  const double worst[13] = { 0 };
  PtMeasureScore score = score_ok (PT_MEASURE_KIND_KUJALA, answers, 13);

  g_assert_cmpfloat (score.total, ==, 82);
  g_assert_cmpfloat (score_ok (PT_MEASURE_KIND_KUJALA, best, 13).total, ==, 100);
  g_assert_cmpfloat (score_ok (PT_MEASURE_KIND_KUJALA, worst, 13).total, ==, 0);

  /* A constant limp is 0, not 2; squatting with partial weight is 2, not 1. */
  answers[0] = 2;
  assert_refused (PT_MEASURE_KIND_KUJALA, answers, 13, "item-1",
                  "Kujala item 1 (Limp) must be one of the form’s answers, 5, 3 or 0 (got 2).");
  answers[0] = 5;
  answers[4] = 1;
  assert_refused (PT_MEASURE_KIND_KUJALA, answers, 13, "item-5", NULL);
  answers[4] = 2;
  g_assert_cmpfloat (score_ok (PT_MEASURE_KIND_KUJALA, answers, 13).total, ==, 80);

  answers[12] = X;
  assert_refused (PT_MEASURE_KIND_KUJALA, answers, 13, "item-13", NULL);
}

static void
test_definitions (void)
{
  double min, max;
  const PtMeasureKind kinds[] = { PT_MEASURE_KIND_FFI, PT_MEASURE_KIND_VISA_A,
                                  PT_MEASURE_KIND_LEFS, PT_MEASURE_KIND_KUJALA };

  g_assert_cmpuint (pt_measure_kind_get_n_items (PT_MEASURE_KIND_FFI), ==, 23);
  g_assert_cmpuint (pt_measure_kind_get_n_items (PT_MEASURE_KIND_VISA_A), ==, 8);
  g_assert_cmpuint (pt_measure_kind_get_n_items (PT_MEASURE_KIND_LEFS), ==, 20);
  g_assert_cmpuint (pt_measure_kind_get_n_items (PT_MEASURE_KIND_KUJALA), ==, 13);
  g_assert_cmpuint (pt_measure_kind_get_n_items (PT_MEASURE_KIND_CUSTOM), ==, 0);

  /* Direction. */
  g_assert_false (pt_measure_kind_is_higher_better (PT_MEASURE_KIND_FFI));
  g_assert_true (pt_measure_kind_is_higher_better (PT_MEASURE_KIND_VISA_A));
  g_assert_true (pt_measure_kind_is_higher_better (PT_MEASURE_KIND_LEFS));
  g_assert_true (pt_measure_kind_is_higher_better (PT_MEASURE_KIND_KUJALA));

  /* Range. */
  g_assert_true (pt_measure_kind_get_range (PT_MEASURE_KIND_LEFS, &min, &max));
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 80);
  g_assert_true (pt_measure_kind_get_range (PT_MEASURE_KIND_FFI, &min, &max));
  g_assert_cmpfloat (max, ==, 100);
  g_assert_false (pt_measure_kind_get_range (PT_MEASURE_KIND_CUSTOM, &min, &max));

  /* MCIDs: Landorf & Radford 2008 (FFI total 7, pain 12, disability 7),
   * McCormack 2015 (VISA-A 6.5), Binkley 1999 (LEFS 9), Crossley 2004
   * (Kujala 10). */
  g_assert_cmpfloat (pt_measure_kind_get_mcid (PT_MEASURE_KIND_FFI), ==, 7);
  g_assert_cmpfloat (pt_measure_kind_get_subscale (PT_MEASURE_KIND_FFI, 0)->mcid, ==, 12);
  g_assert_cmpfloat (pt_measure_kind_get_subscale (PT_MEASURE_KIND_FFI, 1)->mcid, ==, 7);
  g_assert_true (isnan (pt_measure_kind_get_subscale (PT_MEASURE_KIND_FFI, 2)->mcid));
  g_assert_cmpfloat (pt_measure_kind_get_mcid (PT_MEASURE_KIND_VISA_A), ==, 6.5);
  g_assert_cmpfloat (pt_measure_kind_get_mcid (PT_MEASURE_KIND_LEFS), ==, 9);
  g_assert_cmpfloat (pt_measure_kind_get_mcid (PT_MEASURE_KIND_KUJALA), ==, 10);
  g_assert_true (isnan (pt_measure_kind_get_mcid (PT_MEASURE_KIND_CUSTOM)));

  /* Each instrument names its sources; items have labels and the maxima
   * add up to the range (FFI: 230 before the percentage). */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      double sum = 0;

      g_assert_cmpuint (strlen (pt_measure_kind_get_source (kinds[k])), >, 100);
      g_assert_nonnull (pt_measure_kind_get_name (kinds[k]));
      for (guint i = 0; i < pt_measure_kind_get_n_items (kinds[k]); i++)
        {
          const PtMeasureItem *item = pt_measure_kind_get_item (kinds[k], i);

          g_assert_cmpuint (item->number, ==, i + 1);
          g_assert_true (item->label != NULL && *item->label != '\0');
          sum += item->max;
        }
      g_assert_true (pt_measure_kind_get_range (kinds[k], &min, &max));
      g_assert_cmpfloat (sum, ==, kinds[k] == PT_MEASURE_KIND_FFI ? 230 : max);
    }
  g_assert_nonnull (strstr (pt_measure_kind_get_source (PT_MEASURE_KIND_FFI), "Landorf"));
  g_assert_nonnull (strstr (pt_measure_kind_get_source (PT_MEASURE_KIND_KUJALA), "Crossley"));
  g_assert_nonnull (strstr (pt_measure_kind_get_source (PT_MEASURE_KIND_LEFS), "Binkley"));
  g_assert_nonnull (strstr (pt_measure_kind_get_source (PT_MEASURE_KIND_VISA_A), "McCormack"));
  g_assert_nonnull (strstr (pt_measure_kind_get_source (PT_MEASURE_KIND_VISA_A), "Robinson"));
  /* The forms' few words name the same studies. */
  g_assert_cmpstr (pt_measure_kind_get_reference (PT_MEASURE_KIND_FFI), ==,
                   "Budiman-Mak 1991; important change: Landorf 2008");
  g_assert_nonnull (strstr (pt_measure_kind_get_reference (PT_MEASURE_KIND_VISA_A), "McCormack"));
  g_assert_nonnull (strstr (pt_measure_kind_get_reference (PT_MEASURE_KIND_KUJALA), "Crossley"));
  g_assert_nonnull (strstr (pt_measure_kind_get_reference (PT_MEASURE_KIND_LEFS), "Binkley"));
  g_assert_cmpstr (pt_measure_kind_get_reference (PT_MEASURE_KIND_CUSTOM), ==,
                   "The clinic’s own score");
  g_assert_cmpstr (pt_measure_kind_get_name (PT_MEASURE_KIND_FFI), ==, "Foot Function Index");
}

static void
test_for_condition (void)
{
  g_assert_cmpint (pt_measure_kind_for_condition (PT_CONDITION_KIND_PLANTAR_FASCIITIS), ==, PT_MEASURE_KIND_FFI);
  g_assert_cmpint (pt_measure_kind_for_condition (PT_CONDITION_KIND_HEEL_PAIN), ==, PT_MEASURE_KIND_FFI);
  g_assert_cmpint (pt_measure_kind_for_condition (PT_CONDITION_KIND_ACHILLES_TENDINOPATHY), ==, PT_MEASURE_KIND_VISA_A);
  g_assert_cmpint (pt_measure_kind_for_condition (PT_CONDITION_KIND_RUNNERS_KNEE), ==, PT_MEASURE_KIND_KUJALA);
  g_assert_cmpint (pt_measure_kind_for_condition (PT_CONDITION_KIND_ITBS), ==, PT_MEASURE_KIND_LEFS);
  g_assert_cmpint (pt_measure_kind_for_condition (PT_CONDITION_KIND_SHIN_SPLINTS), ==, PT_MEASURE_KIND_LEFS);
  g_assert_cmpint (pt_measure_kind_for_condition (PT_CONDITION_KIND_OTHER), ==, PT_MEASURE_KIND_LEFS);
}

/* Improvement is positive whichever direction is better; the MCID is met
 * exactly at its value. */
static void
test_change (void)
{
  PtMeasureScale ffi, lefs;
  PtMeasureChange change;

  g_assert_true (pt_measure_kind_get_scale (PT_MEASURE_KIND_FFI, &ffi));
  g_assert_true (pt_measure_kind_get_scale (PT_MEASURE_KIND_LEFS, &lefs));

  pt_measure_change_compute (&ffi, 48, 12, &change);
  g_assert_cmpfloat (change.improvement, ==, 36);
  g_assert_cmpfloat_with_epsilon (change.percent_of_baseline, 75, 1e-9);
  g_assert_cmpfloat_with_epsilon (change.percent_of_range, 36, 1e-9);
  g_assert_true (change.reaches_mcid);
  g_assert_cmpint (change.change_class, ==, PT_MEASURE_CHANGE_BETTER_IMPORTANT);

  pt_measure_change_compute (&ffi, 48, 41, &change);  /* 7: the MCID */
  g_assert_true (change.reaches_mcid);
  pt_measure_change_compute (&ffi, 48, 41.5, &change);
  g_assert_false (change.reaches_mcid);
  g_assert_cmpint (change.change_class, ==, PT_MEASURE_CHANGE_BETTER);
  pt_measure_change_compute (&ffi, 12, 19, &change);
  g_assert_cmpfloat (change.improvement, ==, -7);
  g_assert_cmpint (change.change_class, ==, PT_MEASURE_CHANGE_WORSE_IMPORTANT);
  pt_measure_change_compute (&ffi, 12, 15, &change);
  g_assert_cmpint (change.change_class, ==, PT_MEASURE_CHANGE_WORSE);
  pt_measure_change_compute (&ffi, 0, 10, &change);
  g_assert_true (isnan (change.percent_of_baseline));

  pt_measure_change_compute (&lefs, 40, 49, &change);
  g_assert_cmpfloat (change.improvement, ==, 9);
  g_assert_cmpfloat_with_epsilon (change.percent_of_baseline, 22.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (change.percent_of_range, 11.25, 1e-9);
  g_assert_cmpint (change.change_class, ==, PT_MEASURE_CHANGE_BETTER_IMPORTANT);
  pt_measure_change_compute (&lefs, 40, 48, &change);
  g_assert_cmpint (change.change_class, ==, PT_MEASURE_CHANGE_BETTER);
  pt_measure_change_compute (&lefs, 40, 31, &change);
  g_assert_cmpint (change.change_class, ==, PT_MEASURE_CHANGE_WORSE_IMPORTANT);
  pt_measure_change_compute (&lefs, 40, 40, &change);
  g_assert_cmpint (change.change_class, ==, PT_MEASURE_CHANGE_NONE);
}

static void
assert_sentence (PtMeasureKind          kind,
                 const PtMeasureCustom *custom,
                 double                 baseline,
                 double                 latest,
                 const char            *expected)
{
  g_autofree char *text = pt_measure_describe_change (kind, custom, baseline, latest);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_patient_sentence (void)
{
  const PtMeasureCustom hops = { "hop test", 0, 20, TRUE, NAN };

  assert_sentence (PT_MEASURE_KIND_FFI, NULL, 48, 12,
                   "Your foot function improved: your Foot Function Index went from 48 % to 12 % (lower is better).");
  assert_sentence (PT_MEASURE_KIND_FFI, NULL, 48, 44,
                   "Your foot function improved a little: your Foot Function Index went from 48 % to 44 % "
                   "(lower is better), less than the change most patients notice.");
  assert_sentence (PT_MEASURE_KIND_FFI, NULL, 12, 30,
                   "Your foot function got worse: your Foot Function Index went from 12 % to 30 % (lower is better).");
  /* 47.8 % and 48.2 % both read 48 %: no "improved from 48 % to 48 %". */
  assert_sentence (PT_MEASURE_KIND_FFI, NULL, 47.8, 48.2,
                   "Your Foot Function Index is unchanged at 48 % (lower is better).");
  assert_sentence (PT_MEASURE_KIND_LEFS, NULL, 40, 62,
                   "Your leg function improved: your LEFS score went from 40 to 62 (out of 80, higher is better).");
  assert_sentence (PT_MEASURE_KIND_LEFS, NULL, 40, 35,
                   "Your leg function is a little worse: your LEFS score went from 40 to 35 "
                   "(out of 80, higher is better), less than the change most patients notice.");
  assert_sentence (PT_MEASURE_KIND_VISA_A, NULL, 54, 80,
                   "Your Achilles tendon improved: your VISA-A score went from 54 to 80 (out of 100, higher is better).");
  /* No MCID: no claim about what patients notice. */
  assert_sentence (PT_MEASURE_KIND_CUSTOM, &hops, 5, 6,
                   "Your hop test improved: your hop test went from 5 to 6 (out of 20, higher is better).");
}

static void
test_custom (void)
{
  PtMeasureCustom custom = { "Pain-free hops", 0, 50, TRUE, 5 };
  PtMeasureScore score;
  PtMeasureScale scale;
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_measure_custom_validate (&custom, &error));
  g_assert_no_error (error);
  g_assert_true (pt_measure_custom_score (&custom, 32, &score, &error));
  g_assert_cmpfloat (score.total, ==, 32);
  g_assert_true (pt_measure_custom_score (&custom, 50, &score, &error));
  g_assert_true (pt_measure_custom_score (&custom, 0, &score, &error));

  g_assert_false (pt_measure_custom_score (&custom, 51, &score, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpstr (pt_error_get_field (error), ==, "total");
  g_assert_cmpstr (error->message, ==, "A score of “Pain-free hops” must be between 0 and 50 (got 51).");
  g_clear_error (&error);
  g_assert_false (pt_measure_custom_score (&custom, NAN, &score, &error));
  g_clear_error (&error);

  pt_measure_custom_get_scale (&custom, &scale);
  g_assert_true (scale.higher_is_better);
  g_assert_cmpfloat (scale.mcid, ==, 5);

  custom.name = "  ";
  g_assert_false (pt_measure_custom_validate (&custom, &error));
  g_assert_cmpstr (pt_error_get_field (error), ==, "name");
  g_clear_error (&error);
  custom.name = NULL;
  g_assert_false (pt_measure_custom_validate (&custom, &error));
  g_clear_error (&error);
  custom.name = "Pain-free hops";
  custom.max = 0;
  g_assert_false (pt_measure_custom_validate (&custom, &error));
  g_assert_cmpstr (pt_error_get_field (error), ==, "max");
  g_clear_error (&error);
  custom.max = 50;
  custom.mcid = 60;
  g_assert_false (pt_measure_custom_validate (&custom, &error));
  g_assert_cmpstr (pt_error_get_field (error), ==, "mcid");
  g_clear_error (&error);
  custom.mcid = 0;
  g_assert_false (pt_measure_custom_validate (&custom, &error));
  g_clear_error (&error);
  custom.mcid = NAN;
  g_assert_true (pt_measure_custom_validate (&custom, &error));
  custom.min = -INFINITY;
  g_assert_false (pt_measure_custom_validate (&custom, &error));
  g_assert_cmpstr (pt_error_get_field (error), ==, "min");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/measures/ffi/worked-example", test_ffi_worked_example);
  g_test_add_func ("/core/measures/ffi/full", test_ffi_full);
  g_test_add_func ("/core/measures/ffi/missing", test_ffi_missing);
  g_test_add_func ("/core/measures/ffi/out-of-range", test_ffi_out_of_range);
  g_test_add_func ("/core/measures/visa-a/worked-example", test_visa_a_worked_example);
  g_test_add_func ("/core/measures/visa-a/invalid", test_visa_a_invalid);
  g_test_add_func ("/core/measures/visa-a/missing", test_visa_a_missing);
  g_test_add_func ("/core/measures/lefs/worked-example", test_lefs_worked_example);
  g_test_add_func ("/core/measures/kujala/worked-example", test_kujala_worked_example);
  g_test_add_func ("/core/measures/definitions", test_definitions);
  g_test_add_func ("/core/measures/for-condition", test_for_condition);
  g_test_add_func ("/core/measures/change", test_change);
  g_test_add_func ("/core/measures/patient-sentence", test_patient_sentence);
  g_test_add_func ("/core/measures/custom", test_custom);

  return g_test_run ();
}
