/* pt-server-dialog.h: Connect to Clinic Server
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PT_TYPE_SERVER_DIALOG (pt_server_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PtServerDialog, pt_server_dialog, PT, SERVER_DIALOG, AdwWindow)

/* Asks for a clinic server's name, port, database and user, and whether
 * to check its certificate; Connect (or Return in a field) emits
 * ::address-chosen with the address core made of them
 * (pt_store_build_server_address) and closes, or says which field is
 * wrong and stays. */
PtServerDialog *pt_server_dialog_new (GtkWindow *parent);

G_END_DECLS
