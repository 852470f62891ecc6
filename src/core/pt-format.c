/* pt-format.c: every value as people read it and as data files hold it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers are made in integers (fixed point, exact up to 2^53 units of the
 * last decimal) with a '.', never through printf's "%f": that one rounds
 * the binary value, ties to even, and reads LC_NUMERIC, which is how the
 * copies this module replaced came to disagree ("%.1f" of 5.25 is "5.2",
 * of 9.95 "9.9"). People's text then swaps the '.' for the locale's
 * separator.
 */

#include "config.h"

#include <float.h>
#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <math.h>
#include <string.h>

#include "pt-date.h"
#include "pt-format.h"
#include "pt-record.h"
#include "pt-units.h"

#define MAX_DECIMALS 9
#define EXACT_LIMIT  9007199254740992.0  /* 2^53 */
/* Beyond this a pace is no clock (and would not fit a gint64). */
#define MAX_CLOCK_SECONDS 1e18

static const double scales[MAX_DECIMALS + 1] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };

/* ---- numbers ---- */

/* Digits of @value at @out; returns the end. */
static char *
put_unsigned (char    *out,
              guint64  value)
{
  char digits[24];
  int n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);

  while (n > 0)
    *out++ = digits[--n];

  return out;
}

/* @scaled (not negative) rounded half up, where a double within a few units
 * in the last place under a tie counts as the tie: 9.995 is stored as
 * 9.99499999…, and 9.995 × 100 is 999.4999999999999, which a person reads
 * as 999.5. From about 5.6e14 on, four units in the last place are half a
 * unit or more: the slack stops at a quarter, or a whole number would
 * round up to the next (1000000 with 9 decimals was 1000000.000000001). */
static double
round_half_up (double scaled)
{
  double whole = floor (scaled);

  return scaled - whole >= 0.5 - MIN (scaled * 4 * DBL_EPSILON, 0.25) ? whole + 1 : whole;
}

/* @value rounded half away from zero to @decimals decimals at @buffer
 * (PT_FORMAT_NUMBER_SIZE bytes), '.' as the separator; @trim drops the
 * trailing zeros. Returns the length. */
static gsize
put_decimal (char     *buffer,
             double    value,
             guint     decimals,
             gboolean  trim)
{
  char *out = buffer;
  double scaled;
  guint64 unit, whole, fraction;

  g_assert (decimals <= MAX_DECIMALS);

  if (isnan (value))
    {
      *buffer = '\0';
      return 0;
    }

  scaled = round_half_up (fabs (value) * scales[decimals]);
  if (!(scaled < EXACT_LIMIT)) /* also infinity */
    {
      g_ascii_dtostr (buffer, PT_FORMAT_NUMBER_SIZE, value);
      return strlen (buffer);
    }

  unit = (guint64) scales[decimals];
  whole = (guint64) scaled / unit;
  fraction = (guint64) scaled % unit;
  if (value < 0 && scaled > 0)
    *out++ = '-';
  out = put_unsigned (out, whole);

  while (trim && decimals > 0 && fraction % 10 == 0)
    {
      fraction /= 10;
      decimals--;
    }
  if (decimals > 0)
    {
      *out++ = '.';
      for (guint i = decimals; i > 0; i--)
        {
          out[i - 1] = (char) ('0' + fraction % 10);
          fraction /= 10;
        }
      out += decimals;
    }

  *out = '\0';
  return (gsize) (out - buffer);
}

/* @digits with the locale's decimal separator instead of '.'. */
static char *
localize (const char *digits)
{
  const char *point = nl_langinfo (RADIXCHAR);
  const char *dot = strchr (digits, '.');
  GString *out;

  if (dot == NULL || point == NULL || *point == '\0' || strcmp (point, ".") == 0)
    return g_strdup (digits);

  out = g_string_new_len (digits, dot - digits);
  g_string_append (out, point);
  g_string_append (out, dot + 1);
  return g_string_free (out, FALSE);
}

static char *
format_for_people (double   value,
                   guint    decimals,
                   gboolean trim)
{
  char buffer[PT_FORMAT_NUMBER_SIZE];

  g_return_val_if_fail (decimals <= MAX_DECIMALS, NULL);

  if (isnan (value))
    return NULL;

  put_decimal (buffer, value, decimals, trim);
  return localize (buffer);
}

gsize
pt_format_int_data (char   *buffer,
                    gint64  value)
{
  char *out = buffer;

  g_return_val_if_fail (buffer != NULL, 0);

  if (value < 0)
    *out++ = '-';
  out = put_unsigned (out, value < 0 ? (guint64) 0 - (guint64) value : (guint64) value);
  *out = '\0';
  return (gsize) (out - buffer);
}

gsize
pt_format_number_data (char   *buffer,
                       double  value,
                       guint   max_decimals)
{
  g_return_val_if_fail (buffer != NULL, 0);
  g_return_val_if_fail (max_decimals <= MAX_DECIMALS, (*buffer = '\0', 0));

  return put_decimal (buffer, value, max_decimals, TRUE);
}

char *
pt_format_number (double value,
                  guint  max_decimals)
{
  return format_for_people (value, max_decimals, TRUE);
}

char *
pt_format_number_fixed (double value,
                        guint  decimals)
{
  return format_for_people (value, decimals, FALSE);
}

/* ---- pain ---- */

char *
pt_format_pain (double pain)
{
  /* Scores are in half steps; a day's mean can be a quarter. */
  return pt_format_number (pain, 2);
}

/* ---- distances ---- */

char *
pt_format_distance (double         metres,
                    PtDistanceUnit unit,
                    guint          decimals)
{
  return pt_format_number_fixed (pt_distance_from_metres (metres, unit), decimals);
}

static char *
distance_with_unit (double         metres,
                    PtDistanceUnit unit,
                    guint          decimals)
{
  g_autofree char *number = pt_format_distance (metres, unit, decimals);

  if (number == NULL)
    return NULL;

  /* Translators: a distance and its unit symbol, "12.4 km" */
  return g_strdup_printf (C_("distance", "%s %s"), number, pt_distance_unit_symbol (unit));
}

char *
pt_format_distance_with_unit (double         metres,
                              PtDistanceUnit unit)
{
  return distance_with_unit (metres, unit, 1);
}

char *
pt_format_distance_whole (double         metres,
                          PtDistanceUnit unit)
{
  return distance_with_unit (metres, unit, 0);
}

/* ---- durations and paces ---- */

static char *
format_clock (gint64   seconds,
              gboolean with_hours)
{
  const char *sign = seconds < 0 ? "-" : "";
  guint64 magnitude;

  if (seconds == PT_NO_INT)
    return NULL;

  magnitude = seconds < 0 ? -(guint64) seconds : (guint64) seconds;
  if (with_hours || magnitude >= 3600)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ":%02u:%02u", sign, magnitude / 3600,
                            (guint) (magnitude / 60 % 60), (guint) (magnitude % 60));

  return g_strdup_printf ("%s%u:%02u", sign, (guint) (magnitude / 60), (guint) (magnitude % 60));
}

char *
pt_format_duration (gint64 seconds)
{
  return format_clock (seconds, FALSE);
}

char *
pt_format_duration_hms (gint64 seconds)
{
  return format_clock (seconds, TRUE);
}

char *
pt_format_pace (double seconds_per_unit)
{
  if (!(fabs (seconds_per_unit) < MAX_CLOCK_SECONDS))
    return NULL;

  return format_clock ((gint64) round (seconds_per_unit), FALSE);
}

char *
pt_format_pace_with_unit (double         seconds_per_unit,
                          PtDistanceUnit unit)
{
  g_autofree char *pace = pt_format_pace (seconds_per_unit);

  if (pace == NULL)
    return NULL;

  /* Translators: a pace and the unit it is per, "5:32 /km" */
  return g_strdup_printf (C_("pace", "%s /%s"), pace, pt_distance_unit_symbol (unit));
}

/* ---- dates for people ---- */

char *
pt_format_gdate (const GDate *date,
                 PtDateStyle  style)
{
  g_autoptr(GDateTime) time = NULL;
  const char *format;
  char *text;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  if (style == PT_DATE_WEEKDAY)
    /* Translators: a day to come in sentences, see g_date_time_format():
     * "Friday 4 December 2026" */
    format = _("%A %-d %B %Y");
  else if (style == PT_DATE_LONG)
    /* Translators: a date in sentences, see g_date_time_format(): "4 March 2026" */
    format = _("%-d %B %Y");
  else
    /* Translators: a date in tables, see g_date_time_format(): "4 Mar 2026" */
    format = _("%-d %b %Y");

  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  text = g_date_time_format (time, format);

  /* A translation g_date_time_format() cannot read: ISO, not nothing. */
  return text != NULL ? text : pt_date_format (date);
}

char *
pt_format_date (const char  *iso_date,
                PtDateStyle  style)
{
  GDate date;

  if (iso_date == NULL || *iso_date == '\0')
    return NULL;
  if (!pt_date_parse (iso_date, &date))
    return g_strdup (iso_date);

  return pt_format_gdate (&date, style);
}

/* ---- percent change ---- */

double
pt_percent_round (double percent)
{
  /* round(), as pt_analysis_classify_change() does, so the colour of a
   * change and its number never disagree; -0.4 rounds to -0, which printf
   * would show as "-0". */
  double rounded = round (percent);

  return rounded == 0 ? 0 : rounded;
}

typedef enum
{
  CHANGE_NUMBER,
  CHANGE_WORDS,
  CHANGE_PAIN,
} ChangeForm;

/* The three ways a change is written, from the one rounding. */
static char *
format_change (double     percent,
               ChangeForm form)
{
  double rounded = pt_percent_round (percent);
  double size = fabs (rounded);

  if (!isfinite (rounded))
    return NULL;

  switch (form)
    {
    case CHANGE_NUMBER:
      /* U+2212 MINUS SIGN: as wide as the plus, and what typesetting wants. */
      return rounded < 0 ? g_strdup_printf ("\u2212%.0f %%", size)
           : rounded > 0 ? g_strdup_printf ("+%.0f %%", size) : g_strdup ("0 %");
    case CHANGE_WORDS:
      /* Translators: a change inside a sentence, "Pain went from 7.5 to 2.25, down 70 %",
       * "Weekly distance is up 12 % on last week", or one that rounds to 0 % */
      return rounded < 0 ? g_strdup_printf (_("down %.0f %%"), size)
           : rounded > 0 ? g_strdup_printf (_("up %.0f %%"), size) : g_strdup (_("no change"));
    case CHANGE_PAIN:
    default:
      /* Translators: the change of pain since the baseline score */
      return rounded < 0 ? g_strdup_printf (_("%.0f %% less pain than at baseline"), size)
           : rounded > 0 ? g_strdup_printf (_("%.0f %% more pain than at baseline"), size)
           : g_strdup (_("No change since baseline"));
    }
}

char *
pt_format_percent_change (double percent)
{
  return format_change (percent, CHANGE_NUMBER);
}

char *
pt_format_percent_change_words (double percent)
{
  return format_change (percent, CHANGE_WORDS);
}

char *
pt_format_pain_change (double percent)
{
  return format_change (percent, CHANGE_PAIN);
}
