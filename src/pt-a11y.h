/* pt-a11y.h: what GTK 4.8 tells assistive technology, corrected
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pt_a11y_name_mnemonic_buttons (GtkWidget *root);
void pt_a11y_install_window_hook   (void);

G_END_DECLS
