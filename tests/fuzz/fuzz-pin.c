/* fuzz-pin.c: the clinician's PIN as it is typed
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_pin_validate is the gate before a PIN is hashed or compared. The input
 * is the typed text. Invariants: it is accepted exactly when it is 4 to 12
 * ASCII digits and nothing else; a refusal is a PT_ERROR_INVALID about the
 * field the caller named, with a UTF-8 message that is the same whatever
 * was typed (so it never repeats a PIN); the wait after failures (from the
 * input's first bytes) never shrinks as failures grow and stays within
 * 30 s.
 */

#include "config.h"

#include <string.h>

#include "pt-error.h"
#include "pt-fuzz.h"
#include "pt-pin.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  pt_fuzz_fatal_warnings ();
  return 0;
}

static gboolean
is_pin (const char *text)
{
  gsize n = strlen (text);

  if (n < PT_PIN_MIN_DIGITS || n > PT_PIN_MAX_DIGITS)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (text[i] < '0' || text[i] > '9')
      return FALSE;
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pt_fuzz_text (data, size);
  g_autoptr(GError) error = NULL;
  gboolean ok = pt_pin_validate (text, "new-pin", &error);
  guint failures = 0;

  PT_FUZZ_CHECK (ok == is_pin (text));
  if (ok)
    PT_FUZZ_CHECK (error == NULL);
  else
    {
      PT_FUZZ_CHECK (g_error_matches (error, PT_ERROR, PT_ERROR_INVALID));
      PT_FUZZ_CHECK (g_strcmp0 (pt_error_get_field (error), "new-pin") == 0);
      PT_FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      /* The same words whatever was typed: a PIN never reaches a message. */
      {
        g_autoptr(GError) plain = NULL;

        pt_pin_validate ("", "new-pin", &plain);
        PT_FUZZ_CHECK (g_strcmp0 (error->message, plain->message) == 0);
      }
    }

  PT_FUZZ_CHECK (!pt_pin_validate (NULL, "pin", NULL));

  if (size > 0)
    memcpy (&failures, data, MIN (size, sizeof failures));
  PT_FUZZ_CHECK (pt_pin_delay_ms (failures) <= 30000);
  if (failures < G_MAXUINT)
    PT_FUZZ_CHECK (pt_pin_delay_ms (failures) <= pt_pin_delay_ms (failures + 1));
  if (failures < 3)
    PT_FUZZ_CHECK (pt_pin_delay_ms (failures) == 0);

  return 0;
}
