/* pt-pin.c: the clinician's PIN, which leaves the patient view
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-error.h"
#include "pt-pin.h"

#define MAX_DELAY_MS 30000

gboolean
pt_pin_validate (const char  *pin,
                 const char  *field,
                 GError     **error)
{
  gsize n = pin != NULL ? strlen (pin) : 0;

  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (pin[i]))
      n = 0;

  if (n >= PT_PIN_MIN_DIGITS && n <= PT_PIN_MAX_DIGITS)
    return TRUE;

  pt_set_field_error (error, field, _("A PIN is %d to %d digits, with nothing else"),
                      PT_PIN_MIN_DIGITS, PT_PIN_MAX_DIGITS);
  return FALSE;
}

guint
pt_pin_delay_ms (guint failures)
{
  if (failures < 3)
    return 0;
  if (failures - 3 >= 5)
    return MAX_DELAY_MS;
  return MIN (1000u << (failures - 3), MAX_DELAY_MS);
}
