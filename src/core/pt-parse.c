/* pt-parse.c: numbers as a person or a file writes them
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * g_ascii_strtod() alone takes far more than anyone types into a form or a
 * command line ("0x5", " 7", "1e-300", "infinity"); the syntax is checked
 * here first, and only then converted, locale-independently.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-parse.h"

#define MAX_NUMBER_LENGTH 30

gboolean
pt_parse_decimal (const char *text,
                  gboolean    decimal_comma,
                  double     *value)
{
  char copy[MAX_NUMBER_LENGTH + 1];
  const char separator = decimal_comma ? ',' : '.';
  guint n_digits = 0, n_separators = 0;
  gsize length;
  char *end = NULL;
  double v;

  if (text == NULL)
    return FALSE;

  length = strlen (text);
  if (length == 0 || length > MAX_NUMBER_LENGTH)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (g_ascii_isdigit (c))
        n_digits++;
      else if (c == separator && n_separators == 0 && i + 1 < length)
        n_separators++;
      else if (c == '-' && i == 0)
        continue;
      else
        return FALSE;
    }

  if (n_digits == 0)
    return FALSE;

  memcpy (copy, text, length + 1);
  if (decimal_comma)
    g_strdelimit (copy, ",", '.');

  v = g_ascii_strtod (copy, &end);
  if (end == NULL || *end != '\0' || !isfinite (v))
    return FALSE;

  *value = v;
  return TRUE;
}
