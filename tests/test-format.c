/* test-format.c: every value as people read it and as data files hold it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt-format.h, in the C locale and, as a second meson test, in de_DE.UTF-8
 * (pt_test_decimal_comma()): people's text takes the locale's decimal
 * comma and month names, data files' text never does.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "pt-format.h"
#include "pt-record.h"
#include "pt-test-utils.h"
#include "pt-units.h"

/* What people read in C and under de_DE. */
#define SHOWN(c, de) (pt_test_decimal_comma () ? (de) : (c))

typedef struct
{
  double      value;
  const char *c;
  const char *de;
} Shown;

static void
assert_data (double      value,
             guint       max_decimals,
             const char *expected)
{
  char buffer[PT_FORMAT_NUMBER_SIZE];
  gsize length = pt_format_number_data (buffer, value, max_decimals);

  g_assert_cmpstr (buffer, ==, expected);
  g_assert_cmpuint (length, ==, strlen (expected));
}

/* A dot in every locale, the one rounding, no "-0", nothing for NAN. */
static void
test_number_data (void)
{
  char buffer[PT_FORMAT_NUMBER_SIZE];
  char expected[G_ASCII_DTOSTR_BUF_SIZE];

  assert_data (7, 6, "7");
  assert_data (7.25, 6, "7.25");
  assert_data (1234567.5, 6, "1234567.5");
  assert_data (0.0000004, 6, "0");
  assert_data (0.0000015, 6, "0.000002");
  assert_data (-0.5, 0, "-1");
  assert_data (0.5, 0, "1");
  assert_data (-0.0, 2, "0");
  assert_data (-0.001, 2, "0");
  assert_data (2.249999, 2, "2.25");
  /* Ties as the number reads in decimal: the doubles are a hair under. */
  assert_data (9.995, 2, "10");
  assert_data (2.245, 2, "2.25");
  assert_data (2.2449, 2, "2.24");
  assert_data (0.1 + 0.2, 9, "0.3");
  /* Whole numbers near 2^53 units stay whole (found by fuzz-number). */
  assert_data (1000000, 9, "1000000");
  assert_data (999999999999999, 0, "999999999999999");
  assert_data (1e12, 3, "1000000000000");
  assert_data (NAN, 6, "");
  assert_data (INFINITY, 6, "inf");

  /* Past 2^53 units of the last decimal: the text that reads back. */
  pt_format_number_data (buffer, 1e300, 6);
  g_assert_cmpstr (buffer, ==, g_ascii_dtostr (expected, sizeof expected, 1e300));
  g_assert_cmpfloat (g_ascii_strtod (buffer, NULL), ==, 1e300);
}

static void
test_int_data (void)
{
  static const struct { gint64 value; const char *expected; } cases[] = {
    { 0, "0" },
    { 1234567, "1234567" },
    { -3, "-3" },
    { G_MAXINT64, "9223372036854775807" },
    { G_MININT64, "-9223372036854775808" },
  };
  char buffer[PT_FORMAT_NUMBER_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = pt_format_int_data (buffer, cases[i].value);

      g_assert_cmpstr (buffer, ==, cases[i].expected);
      g_assert_cmpuint (length, ==, strlen (cases[i].expected));
    }
}

static void
test_number (void)
{
  static const Shown trimmed[] = {
    { 2.5, "2.5", "2,5" },
    { 8, "8", "8" },
    { 1234.25, "1234.25", "1234,25" },  /* never a thousands separator */
    { -1.5, "-1.5", "-1,5" },
    { -0.001, "0", "0" },
  };
  static const Shown fixed[] = {
    { 5, "5.0", "5,0" },
    { 2.25, "2.3", "2,3" },             /* a tie goes away from zero */
    { 9.95, "10.0", "10,0" },           /* printf's "%.1f" says 9.9 */
    { -0.04, "0.0", "0,0" },
    { 1234.5, "1234.5", "1234,5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (trimmed); i++)
    {
      g_autofree char *text = pt_format_number (trimmed[i].value, 2);

      g_assert_cmpstr (text, ==, SHOWN (trimmed[i].c, trimmed[i].de));
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_autofree char *text = pt_format_number_fixed (fixed[i].value, 1);

      g_assert_cmpstr (text, ==, SHOWN (fixed[i].c, fixed[i].de));
    }

  g_assert_null (pt_format_number (NAN, 2));
  g_assert_null (pt_format_number_fixed (NAN, 1));
}

/* At most two decimals, trailing zeros dropped. */
static void
test_pain (void)
{
  static const Shown cases[] = {
    { 7, "7", "7" },
    { 7.5, "7.5", "7,5" },
    { 2.25, "2.25", "2,25" },
    { 0, "0", "0" },
    { -0.0, "0", "0" },
    { 10, "10", "10" },
    { 2.249999, "2.25", "2,25" },
    { 9.995, "10", "10" },
    { 7.0 / 3, "2.33", "2,33" },        /* a day's mean of three scores */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pt_format_pain (cases[i].value);

      g_assert_cmpstr (text, ==, SHOWN (cases[i].c, cases[i].de));
    }

  g_assert_null (pt_format_pain (NAN));
}

static void
test_distance (void)
{
  static const struct {
    double         metres;
    PtDistanceUnit unit;
    guint          decimals;
    const char    *c;
    const char    *de;
  } numbers[] = {
    { 5250, PT_DISTANCE_UNIT_KM, 2, "5.25", "5,25" },
    { 5245, PT_DISTANCE_UNIT_KM, 2, "5.25", "5,25" },
    { 10000, PT_DISTANCE_UNIT_KM, 2, "10.00", "10,00" },
    { 312440, PT_DISTANCE_UNIT_KM, 1, "312.4", "312,4" },
    { 8046.72, PT_DISTANCE_UNIT_MI, 1, "5.0", "5,0" },
  }, with_unit[] = {
    { 12400, PT_DISTANCE_UNIT_KM, 1, "12.4 km", "12,4 km" },
    { 5250, PT_DISTANCE_UNIT_KM, 1, "5.3 km", "5,3 km" },  /* printf would say 5.2 */
    { 5000, PT_DISTANCE_UNIT_MI, 1, "3.1 mi", "3,1 mi" },
    { 0, PT_DISTANCE_UNIT_KM, 1, "0.0 km", "0,0 km" },
  }, whole[] = {
    { 30000, PT_DISTANCE_UNIT_KM, 0, "30 km", "30 km" },
    { 30499, PT_DISTANCE_UNIT_KM, 0, "30 km", "30 km" },
    { 30500, PT_DISTANCE_UNIT_KM, 0, "31 km", "31 km" },
    { 28968.192, PT_DISTANCE_UNIT_MI, 0, "18 mi", "18 mi" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = pt_format_distance (numbers[i].metres, numbers[i].unit,
                                                  numbers[i].decimals);

      g_assert_cmpstr (text, ==, SHOWN (numbers[i].c, numbers[i].de));
    }
  for (guint i = 0; i < G_N_ELEMENTS (with_unit); i++)
    {
      g_autofree char *text = pt_format_distance_with_unit (with_unit[i].metres,
                                                            with_unit[i].unit);

      g_assert_cmpstr (text, ==, SHOWN (with_unit[i].c, with_unit[i].de));
    }

  for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
    {
      g_autofree char *text = pt_format_distance_whole (whole[i].metres, whole[i].unit);

      g_assert_cmpstr (text, ==, SHOWN (whole[i].c, whole[i].de));
    }

  g_assert_null (pt_format_distance (NAN, PT_DISTANCE_UNIT_KM, 2));
  g_assert_null (pt_format_distance_with_unit (NAN, PT_DISTANCE_UNIT_MI));
  g_assert_null (pt_format_distance_whole (NAN, PT_DISTANCE_UNIT_KM));
}

/* The same in every locale; hours as long as needed. */
static void
test_duration (void)
{
  static const struct { gint64 seconds; const char *clock; const char *hms; } cases[] = {
    { 0, "0:00", "0:00:00" },
    { 5, "0:05", "0:00:05" },
    { 2890, "48:10", "0:48:10" },
    { 3599, "59:59", "0:59:59" },
    { 3600, "1:00:00", "1:00:00" },
    { 3765, "1:02:45", "1:02:45" },
    { 48 * 3600 + 1, "48:00:01", "48:00:01" },
    { -5, "-0:05", "-0:00:05" },
    { -60, "-1:00", "-0:01:00" },
    { G_MAXINT64, "2562047788015215:30:07", "2562047788015215:30:07" },
    { -G_MAXINT64, "-2562047788015215:30:07", "-2562047788015215:30:07" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *clock = pt_format_duration (cases[i].seconds);
      g_autofree char *hms = pt_format_duration_hms (cases[i].seconds);

      g_assert_cmpstr (clock, ==, cases[i].clock);
      g_assert_cmpstr (hms, ==, cases[i].hms);
    }

  g_assert_null (pt_format_duration (PT_NO_INT));
  g_assert_null (pt_format_duration_hms (PT_NO_INT));
}

static void
test_pace (void)
{
  g_autofree char *pace = NULL, *tie = NULL, *per_km = NULL, *per_mile = NULL;

  g_assert_cmpfloat_with_epsilon (pt_pace_seconds (5000, 1662, PT_DISTANCE_UNIT_KM), 332.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (pt_pace_seconds (1609.344, 480, PT_DISTANCE_UNIT_MI), 480, 1e-9);
  g_assert_true (isnan (pt_pace_seconds (0, 1662, PT_DISTANCE_UNIT_KM)));
  g_assert_true (isnan (pt_pace_seconds (5000, 0, PT_DISTANCE_UNIT_KM)));
  g_assert_true (isnan (pt_pace_seconds (5000, PT_NO_INT, PT_DISTANCE_UNIT_KM)));

  pace = pt_format_pace (332.4);
  tie = pt_format_pace (332.5);
  per_km = pt_format_pace_with_unit (332.4, PT_DISTANCE_UNIT_KM);
  per_mile = pt_format_pace_with_unit (535, PT_DISTANCE_UNIT_MI);
  g_assert_cmpstr (pace, ==, "5:32");
  g_assert_cmpstr (tie, ==, "5:33");
  g_assert_cmpstr (per_km, ==, "5:32 /km");
  g_assert_cmpstr (per_mile, ==, "8:55 /mi");
  g_assert_null (pt_format_pace (NAN));
  g_assert_null (pt_format_pace (INFINITY));
  g_assert_null (pt_format_pace_with_unit (NAN, PT_DISTANCE_UNIT_KM));
}

/* The locale's month names; unset stays unset, text that is no date stays. */
static void
test_date (void)
{
  g_autofree char *short_date = pt_format_date ("2026-03-04", PT_DATE_SHORT);
  g_autofree char *long_date = pt_format_date ("2026-03-04", PT_DATE_LONG);
  g_autofree char *weekday = pt_format_date ("2026-12-04", PT_DATE_WEEKDAY);
  g_autofree char *bad = pt_format_date ("2026-13-01", PT_DATE_SHORT);
  g_autofree char *christmas = NULL;
  GDate date;

  g_assert_cmpstr (short_date, ==, SHOWN ("4 Mar 2026", "4 Mär 2026"));
  g_assert_cmpstr (long_date, ==, SHOWN ("4 March 2026", "4 März 2026"));
  g_assert_cmpstr (weekday, ==, SHOWN ("Friday 4 December 2026", "Freitag 4 Dezember 2026"));
  g_assert_cmpstr (bad, ==, "2026-13-01");
  g_assert_null (pt_format_date (NULL, PT_DATE_SHORT));
  g_assert_null (pt_format_date ("", PT_DATE_LONG));

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 25, G_DATE_DECEMBER, 2026);
  christmas = pt_format_gdate (&date, PT_DATE_SHORT);
  g_assert_cmpstr (christmas, ==, SHOWN ("25 Dec 2026", "25 Dez 2026"));
}

/* Rounded once, half away from zero; "0 %" for what rounds to zero. */
static void
test_percent (void)
{
  static const struct {
    double      percent;
    double      rounded;
    const char *number;
    const char *words;
    const char *pain;
  } cases[] = {
    { -69.6, -70, "\u221270 %", "down 70 %", "70 % less pain than at baseline" },
    { -12.5, -13, "\u221213 %", "down 13 %", "13 % less pain than at baseline" },
    { 12.4, 12, "+12 %", "up 12 %", "12 % more pain than at baseline" },
    { 12.5, 13, "+13 %", "up 13 %", "13 % more pain than at baseline" },
    { -0.5, -1, "\u22121 %", "down 1 %", "1 % less pain than at baseline" },
    { -0.4, 0, "0 %", "no change", "No change since baseline" },
    { 0.4, 0, "0 %", "no change", "No change since baseline" },
    { -0.0, 0, "0 %", "no change", "No change since baseline" },
    { 1900, 1900, "+1900 %", "up 1900 %", "1900 % more pain than at baseline" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *number = pt_format_percent_change (cases[i].percent);
      g_autofree char *words = pt_format_percent_change_words (cases[i].percent);
      g_autofree char *pain = pt_format_pain_change (cases[i].percent);
      double rounded = pt_percent_round (cases[i].percent);

      g_assert_cmpfloat (rounded, ==, cases[i].rounded);
      g_assert_false (signbit (rounded) && rounded == 0);
      g_assert_cmpstr (number, ==, cases[i].number);
      g_assert_cmpstr (words, ==, cases[i].words);
      g_assert_cmpstr (pain, ==, cases[i].pain);
    }

  g_assert_true (isnan (pt_percent_round (NAN)));
  g_assert_null (pt_format_percent_change (NAN));
  g_assert_null (pt_format_percent_change_words (NAN));
  g_assert_null (pt_format_pain_change (NAN));
}

/* The de_DE run must really be in a decimal-comma locale. */
static void
test_locale (void)
{
  g_autofree char *pain = pt_format_pain (7.5);

  g_test_message ("LC_ALL=%s: 7.5 reads %s", g_getenv ("LC_ALL"), pain);
  if (pt_test_decimal_comma ())
    g_assert_cmpstr (pain, ==, "7,5");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/format/locale", test_locale);
  g_test_add_func ("/core/format/number-data", test_number_data);
  g_test_add_func ("/core/format/int-data", test_int_data);
  g_test_add_func ("/core/format/number", test_number);
  g_test_add_func ("/core/format/pain", test_pain);
  g_test_add_func ("/core/format/distance", test_distance);
  g_test_add_func ("/core/format/duration", test_duration);
  g_test_add_func ("/core/format/pace", test_pace);
  g_test_add_func ("/core/format/date", test_date);
  g_test_add_func ("/core/format/percent", test_percent);

  return g_test_run ();
}
