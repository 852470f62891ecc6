/* fuzz-date.c: dates as a record stores them and as people type them
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_date_parse (strict ISO) and pt_date_parse_input (what the date rows and
 * the CLI accept) in every day order, in the locale of the environment
 * (tests/fuzz/meson.build replays the corpus in C and in de_DE, a locale
 * that writes the day first). Invariants: a parsed date is valid and in
 * 1900 to 2200; it formats to ISO text that parses back to the same day; an
 * ISO text that parses is exactly what pt_date_format writes; what
 * pt_date_parse accepts pt_date_parse_input accepts the same in any order;
 * the date typed back in the order it was read in gives the same day; the
 * people's forms of a parsed date are valid UTF-8.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "pt-date.h"
#include "pt-format.h"
#include "pt-fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  setlocale (LC_ALL, "");
  pt_fuzz_fatal_warnings ();
  return 0;
}

static void
check_date (const GDate *date)
{
  g_autofree char *iso = NULL;
  GDate again;

  PT_FUZZ_CHECK (g_date_valid (date));
  PT_FUZZ_CHECK (g_date_get_year (date) >= 1900 && g_date_get_year (date) <= 2200);

  iso = pt_date_format (date);
  PT_FUZZ_CHECK (iso != NULL && strlen (iso) == 10);
  PT_FUZZ_CHECK (pt_date_parse (iso, &again));
  PT_FUZZ_CHECK (g_date_compare (date, &again) == 0);
}

/* @date written in @order with @separator, as a person would type it. */
static char *
type_date (const GDate *date,
           PtDateOrder  order,
           char         separator)
{
  guint d = g_date_get_day (date), m = g_date_get_month (date), y = g_date_get_year (date);

  switch (order)
    {
    case PT_DATE_ORDER_MDY:
      return g_strdup_printf ("%u%c%u%c%04u", m, separator, d, separator, y);
    case PT_DATE_ORDER_YMD:
      return g_strdup_printf ("%04u%c%02u%c%02u", y, separator, m, separator, d);
    case PT_DATE_ORDER_DMY:
    default:
      return g_strdup_printf ("%02u%c%02u%c%04u", d, separator, m, separator, y);
    }
}

static char
separator_of (const char *text)
{
  const char *p = text;

  while (*p == ' ' || g_ascii_isdigit (*p))
    p++;
  return (*p == '/' || *p == '.' || *p == '-') ? *p : '/';
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pt_fuzz_text (data, size);
  const PtDateOrder orders[] = { PT_DATE_ORDER_DMY, PT_DATE_ORDER_MDY, PT_DATE_ORDER_YMD };
  GDate iso_date, typed;
  gboolean iso_ok;

  iso_ok = pt_date_parse (text, &iso_date);
  if (iso_ok)
    {
      g_autofree char *again = pt_date_format (&iso_date);
      g_autofree char *shown = pt_format_date (text, PT_DATE_SHORT);
      g_autofree char *long_form = pt_format_date (text, PT_DATE_LONG);
      g_autofree char *weekday = pt_format_date (text, PT_DATE_WEEKDAY);
      g_autofree char *earlier = pt_date_months_before (text, (guint) (size % 40));
      GDate earlier_date;

      check_date (&iso_date);
      PT_FUZZ_CHECK (strcmp (again, text) == 0);
      PT_FUZZ_CHECK (shown != NULL && g_utf8_validate (shown, -1, NULL));
      PT_FUZZ_CHECK (long_form != NULL && g_utf8_validate (long_form, -1, NULL));
      PT_FUZZ_CHECK (weekday != NULL && g_utf8_validate (weekday, -1, NULL));

      /* 1900-01-31 less some months leaves the range: then it need not parse. */
      PT_FUZZ_CHECK (earlier != NULL);
      if (pt_date_parse (earlier, &earlier_date))
        PT_FUZZ_CHECK (pt_date_days_between (earlier, text) >= 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (orders) + 1; i++)
    {
      PtDateOrder order = i < G_N_ELEMENTS (orders) ? orders[i] : pt_date_locale_order ();
      gboolean ok = pt_date_parse_input (text, order, &typed);

      if (iso_ok)
        {
          PT_FUZZ_CHECK (ok);
          PT_FUZZ_CHECK (g_date_compare (&typed, &iso_date) == 0);
        }
      if (ok)
        {
          g_autofree char *retyped = type_date (&typed, order, separator_of (text));
          GDate back;

          check_date (&typed);
          PT_FUZZ_CHECK (pt_date_parse_input (retyped, order, &back));
          PT_FUZZ_CHECK (g_date_compare (&typed, &back) == 0);
        }
    }

  return 0;
}
