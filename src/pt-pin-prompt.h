/* pt-pin-prompt.h: asks for the clinician's PIN
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-store.h"

G_BEGIN_DECLS

#define PT_TYPE_PIN_PROMPT (pt_pin_prompt_get_type ())

G_DECLARE_FINAL_TYPE (PtPinPrompt, pt_pin_prompt, PT, PIN_PROMPT, GtkWidget)

/* A PIN entry and a button labelled @button_label ("_Leave", "_Unlock")
 * that checks the PIN with @store (core counts wrong tries and makes the
 * next one wait) and emits ::accepted when it is right. */
GtkWidget   *pt_pin_prompt_new         (PtStore     *store,
                                        const char  *button_label);
/* Empties the entry and the message, and focuses the entry. */
void         pt_pin_prompt_reset       (PtPinPrompt *self);
/* The message under the entry ("That is not the clinician’s PIN"), or NULL. */
const char  *pt_pin_prompt_get_message (PtPinPrompt *self);
GtkEditable *pt_pin_prompt_get_entry   (PtPinPrompt *self);

G_END_DECLS
