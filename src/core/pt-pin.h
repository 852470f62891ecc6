/* pt-pin.h: the clinician's PIN, which leaves the patient view
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PIN is kept only as a salted, slow hash (libsodium's
 * crypto_pwhash_str: Argon2id with its "interactive" limits, a fresh salt
 * each time), in the clinic's database (clinic_settings, migration 5), so
 * it goes with the clinic's file and never into GSettings, a log or a
 * message. Setting, changing or removing it needs the PIN that is set.
 */

#pragma once

#include <glib.h>

#include "pt-types.h"

G_BEGIN_DECLS

#define PT_PIN_MIN_DIGITS 4
#define PT_PIN_MAX_DIGITS 12

/* FALSE with a PT_ERROR_INVALID error about @field when @pin is not 4 to
 * 12 digits. */
gboolean  pt_pin_validate        (const char  *pin,
                                  const char  *field,
                                  GError     **error);
/* After @failures wrong PINs in a row, how long to wait before the next
 * try, in milliseconds: none for the first two, then 1 s, doubling up
 * to 30 s. */
guint     pt_pin_delay_ms        (guint        failures);

/* Whether a PIN is set. */
gboolean  pt_store_has_pin       (PtStore     *store,
                                  GError     **error);
/* Sets the PIN to @new_pin (NULL or "": none). @old_pin must be the PIN
 * that is set (ignored when none is): PT_ERROR_INVALID about "old-pin"
 * otherwise, and nothing changes. */
gboolean  pt_store_set_pin       (PtStore     *store,
                                  const char  *old_pin,
                                  const char  *new_pin,
                                  GError     **error);
/* Whether @pin is the PIN that is set: FALSE with PT_ERROR_INVALID about
 * "pin" when it is not (or none is set), a storage error otherwise. After
 * wrong PINs in a row, tries come no faster than pt_pin_delay_ms allows:
 * one sooner is refused (PT_ERROR_BUSY, saying how long to wait) without
 * being checked, whatever the PIN. */
gboolean  pt_store_check_pin     (PtStore     *store,
                                  const char  *pin,
                                  GError     **error);
/* How long, in milliseconds, before pt_store_check_pin takes a try again;
 * 0: now. */
guint     pt_store_get_pin_wait  (PtStore     *store);

G_END_DECLS
