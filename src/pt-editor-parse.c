/* pt-editor-parse.c: numbers and times as a form's text
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the record form's rows (pt-record-editor-rows.c) read from what was
 * typed and write back: numbers with the locale's decimal comma or a
 * point, and durations as h:mm:ss, m:ss or minutes.
 */

#include "config.h"

#include <math.h>

#include "pt-record-editor-private.h"

char *
pt_editor_format_number (double value)
{
  return g_strdup_printf ("%.6g", value);
}

/* TRUE with *@blank set for empty text; FALSE when not a number. Accepts
 * the locale's decimal comma as well as a point. */
gboolean
pt_editor_parse_number (const char *text,
                        double     *value,
                        gboolean   *blank)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  *blank = copy[0] == '\0';
  if (*blank)
    return TRUE;

  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);

  return end != copy && *end == '\0' && isfinite (*value);
}

static gboolean
parse_clock_part (const char *text,
                  gint64      limit,
                  gint64     *value)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, 0, limit, &number, NULL))
    return FALSE;

  *value = (gint64) number;
  return TRUE;
}

/* "h:mm:ss", "m:ss" or a number of minutes. */
gboolean
pt_editor_parse_duration (const char *text,
                          gint64     *seconds)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  g_auto(GStrv) parts = g_strsplit (copy, ":", -1);
  guint n = g_strv_length (parts);
  gint64 h = 0, m = 0, s = 0;
  double minutes;
  gboolean blank;

  if (n == 1)
    {
      if (!pt_editor_parse_number (copy, &minutes, &blank) || blank || fabs (minutes) > 1e9)
        return FALSE;
      *seconds = (gint64) round (minutes * 60);
      return TRUE;
    }

  if (n == 2 && parse_clock_part (parts[0], 1000000, &m) && parse_clock_part (parts[1], 59, &s))
    {
      *seconds = m * 60 + s;
      return TRUE;
    }

  if (n == 3 && parse_clock_part (parts[0], 100000, &h) &&
      parse_clock_part (parts[1], 59, &m) && parse_clock_part (parts[2], 59, &s))
    {
      *seconds = h * 3600 + m * 60 + s;
      return TRUE;
    }

  return FALSE;
}
