/* pt-date.c: ISO 8601 calendar dates
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>
#include <string.h>

#include "pt-date.h"

static gboolean
parse_digits (const char *p,
              guint       n,
              guint      *value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (guint) (p[i] - '0');
    }

  *value = v;
  return TRUE;
}

gboolean
pt_date_parse (const char *text,
               GDate      *out)
{
  guint y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  if (!parse_digits (text, 4, &y) ||
      !parse_digits (text + 5, 2, &m) ||
      !parse_digits (text + 8, 2, &d))
    return FALSE;

  if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

PtDateOrder
pt_date_locale_order (void)
{
  const char *format = nl_langinfo (D_FMT);
  const char *d = strstr (format, "%d"), *m = strstr (format, "%m");
  const char *y = strstr (format, "%Y");

  if (d == NULL)
    d = strstr (format, "%e");
  if (y == NULL)
    y = strstr (format, "%y");
  if (d == NULL || m == NULL || y == NULL)
    return PT_DATE_ORDER_DMY;
  if (y < m && m < d)
    return PT_DATE_ORDER_YMD;
  if (m < d)
    return PT_DATE_ORDER_MDY;
  return PT_DATE_ORDER_DMY;
}

/* Reads up to @max digits at *@p (at least one), then skips spaces. */
static gboolean
read_number (const char **p,
             guint        max,
             guint       *value,
             guint       *n_digits)
{
  guint n = 0, v = 0;

  while (g_ascii_isdigit (**p) && n < max)
    {
      v = v * 10 + (guint) (**p - '0');
      (*p)++;
      n++;
    }
  if (n == 0 || g_ascii_isdigit (**p))
    return FALSE;
  while (**p == ' ')
    (*p)++;
  *value = v;
  *n_digits = n;
  return TRUE;
}

gboolean
pt_date_parse_input (const char  *text,
                     PtDateOrder  order,
                     GDate       *out)
{
  g_autofree char *copy = NULL;
  const char *p;
  guint parts[3], digits[3], d, m, y;
  char separator = 0;

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  if (pt_date_parse (copy, out))
    return TRUE;

  p = copy;
  for (guint i = 0; i < 3; i++)
    {
      if (!read_number (&p, 4, &parts[i], &digits[i]))
        return FALSE;
      if (i == 2)
        break;
      /* One separator, the same twice: 12/04/1988, not 12/04.1988. */
      if ((*p != '/' && *p != '.' && *p != '-') || (separator != 0 && *p != separator))
        return FALSE;
      separator = *p++;
      while (*p == ' ')
        p++;
    }
  if (*p != '\0')
    return FALSE;

  switch (order)
    {
    case PT_DATE_ORDER_MDY:
      m = parts[0], d = parts[1], y = parts[2];
      if (digits[2] != 4 || digits[0] > 2 || digits[1] > 2)
        return FALSE;
      break;
    case PT_DATE_ORDER_YMD:
      y = parts[0], m = parts[1], d = parts[2];
      if (digits[0] != 4 || digits[1] > 2 || digits[2] > 2)
        return FALSE;
      break;
    case PT_DATE_ORDER_DMY:
    default:
      d = parts[0], m = parts[1], y = parts[2];
      if (digits[2] != 4 || digits[0] > 2 || digits[1] > 2)
        return FALSE;
      break;
    }

  if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

char *
pt_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

void
pt_date_today (GDate *out)
{
  const char *pinned = g_getenv ("PROLOTRACK_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (pinned != NULL && pt_date_parse (pinned, out))
    return;

  now = g_date_time_new_now_local ();
  g_date_clear (out, 1);
  g_date_set_dmy (out,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

char *
pt_date_today_string (void)
{
  GDate today;

  pt_date_today (&today);
  return pt_date_format (&today);
}

int
pt_date_days_between (const char *from,
                      const char *to)
{
  GDate a, b;

  if (!pt_date_parse (from, &a) || !pt_date_parse (to, &b))
    g_return_val_if_reached (0);

  return g_date_days_between (&a, &b);
}

int
pt_date_age_years (const char *birth,
                   const char *today)
{
  GDate b, t;
  int years;

  if (!pt_date_parse (birth, &b) || !pt_date_parse (today, &t))
    g_return_val_if_reached (0);

  years = g_date_get_year (&t) - g_date_get_year (&b);
  if (g_date_get_month (&t) < g_date_get_month (&b) ||
      (g_date_get_month (&t) == g_date_get_month (&b) && g_date_get_day (&t) < g_date_get_day (&b)))
    years--;

  return years;
}

char *
pt_date_months_before (const char *date,
                       guint       months)
{
  GDate d;

  if (!pt_date_parse (date, &d))
    return NULL;

  /* GLib clamps the day to the shorter month. */
  g_date_subtract_months (&d, months);
  return pt_date_format (&d);
}

char *
pt_date_add_days (const char *date,
                  int         days)
{
  GDate d;

  if (!pt_date_parse (date, &d))
    g_return_val_if_reached (NULL);

  if (days >= 0)
    g_date_add_days (&d, (guint) days);
  else
    g_date_subtract_days (&d, (guint) -days);

  return pt_date_format (&d);
}

void
pt_date_week_start (const GDate *date,
                    GDate       *monday)
{
  pt_date_week_start_on (date, G_DATE_MONDAY, monday);
}

void
pt_date_week_start_on (const GDate  *date,
                       GDateWeekday  first_day,
                       GDate        *start)
{
  *start = *date;
  g_date_subtract_days (start, (g_date_get_weekday (date) - first_day + 7) % 7);
}

gboolean
pt_date_weekday_from_name (const char   *name,
                           GDateWeekday *weekday)
{
  static const char * const names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };

  g_return_val_if_fail (weekday != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *weekday = (GDateWeekday) (G_DATE_MONDAY + i);
        return TRUE;
      }

  return FALSE;
}
