/* pt-pin-dialog.h: sets, changes or removes the clinician's PIN
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-store.h"

G_BEGIN_DECLS

#define PT_TYPE_PIN_DIALOG (pt_pin_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PtPinDialog, pt_pin_dialog, PT, PIN_DIALOG, AdwWindow)

/* Asks for the current PIN (when one is set), the new one twice, and
 * saves it through @store; closes itself when done and emits ::changed. */
PtPinDialog *pt_pin_dialog_new         (GtkWindow   *parent,
                                        PtStore     *store);
/* The message shown (an error from core), or NULL. */
const char  *pt_pin_dialog_get_message (PtPinDialog *self);

G_END_DECLS
