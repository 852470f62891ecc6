/* test-dates.c: calendar rules of pt-date.h that are not about weeks
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

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

/* Whole months back, the day clamped to a shorter month. */
static void
test_months_before (void)
{
  static const struct { const char *date; guint months; const char *expected; } cases[] = {
    { "2026-11-23", 3, "2026-08-23" },
    { "2026-11-23", 12, "2025-11-23" },
    { "2026-05-31", 3, "2026-02-28" },
    { "2024-05-31", 3, "2024-02-29" },
    { "2026-01-15", 6, "2025-07-15" },
    { "2026-03-31", 1, "2026-02-28" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = pt_date_months_before (cases[i].date, cases[i].months);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
  g_assert_null (pt_date_months_before ("2026-13-01", 1));
}

static void
assert_input (const char  *text,
              PtDateOrder  order,
              const char  *expected)
{
  GDate date;
  gboolean ok = pt_date_parse_input (text, order, &date);

  if (expected == NULL)
    {
      if (ok)
        g_error ("“%s” was read as a date", text);
      return;
    }
  g_assert_true (ok);
  {
    g_autofree char *iso = pt_date_format (&date);

    g_assert_cmpstr (iso, ==, expected);
  }
}

/* ISO always; the locale's order of day, month and year with a full year;
 * nothing vague. */
static void
test_input (void)
{
  assert_input ("1988-04-12", PT_DATE_ORDER_DMY, "1988-04-12");
  assert_input ("1988-04-12", PT_DATE_ORDER_MDY, "1988-04-12");
  assert_input (" 1988-04-12 ", PT_DATE_ORDER_DMY, "1988-04-12");
  assert_input ("12/04/1988", PT_DATE_ORDER_DMY, "1988-04-12");
  assert_input ("12/04/1988", PT_DATE_ORDER_MDY, "1988-12-04");
  assert_input ("12.04.1988", PT_DATE_ORDER_DMY, "1988-04-12");
  assert_input ("1.4.1988", PT_DATE_ORDER_DMY, "1988-04-01");
  assert_input ("12 / 04 / 1988", PT_DATE_ORDER_DMY, "1988-04-12");
  assert_input ("1988/04/12", PT_DATE_ORDER_YMD, "1988-04-12");
  assert_input ("5-1-2027", PT_DATE_ORDER_DMY, "2027-01-05");
  assert_input ("29/02/2024", PT_DATE_ORDER_DMY, "2024-02-29");

  assert_input ("29/02/2026", PT_DATE_ORDER_DMY, NULL);   /* no such day */
  assert_input ("13/13/1988", PT_DATE_ORDER_DMY, NULL);
  assert_input ("12/04/88", PT_DATE_ORDER_DMY, NULL);     /* which century? */
  assert_input ("12/04.1988", PT_DATE_ORDER_DMY, NULL);
  assert_input ("12/04/1988/1", PT_DATE_ORDER_DMY, NULL);
  assert_input ("12/04", PT_DATE_ORDER_DMY, NULL);
  assert_input ("12 April 1988", PT_DATE_ORDER_DMY, NULL);
  assert_input ("1988/04/12", PT_DATE_ORDER_DMY, NULL);
  assert_input ("123/04/1988", PT_DATE_ORDER_DMY, NULL);
  assert_input ("01/01/1899", PT_DATE_ORDER_DMY, NULL);
  assert_input ("", PT_DATE_ORDER_DMY, NULL);
  assert_input ("0x5/1/2026", PT_DATE_ORDER_DMY, NULL);
}

/* The locale says the order: C (and the United States) month first,
 * German day first. */
static void
test_locale_order (void)
{
  const char *locale = setlocale (LC_TIME, NULL);

  if (g_str_has_prefix (locale, "de_DE"))
    g_assert_cmpint (pt_date_locale_order (), ==, PT_DATE_ORDER_DMY);
  else if (g_str_equal (locale, "C") || g_str_has_prefix (locale, "C."))
    g_assert_cmpint (pt_date_locale_order (), ==, PT_DATE_ORDER_MDY);
  else
    g_test_message ("LC_TIME=%s: order %d", locale, pt_date_locale_order ());
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/dates/age", test_age);
  g_test_add_func ("/core/dates/input", test_input);
  g_test_add_func ("/core/dates/months-before", test_months_before);
  g_test_add_func ("/core/dates/locale-order", test_locale_order);

  return g_test_run ();
}
