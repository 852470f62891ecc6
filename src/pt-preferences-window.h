/* pt-preferences-window.h: the clinic's preferences
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PT_TYPE_PREFERENCES_WINDOW (pt_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PtPreferencesWindow, pt_preferences_window, PT, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* Edits @settings (io.github.prolotrack.ProloTrack) directly: GNOME
 * preferences apply as they change. */
PtPreferencesWindow *pt_preferences_window_new (GtkWindow *parent,
                                                GSettings *settings);

/* The button that sets the clinician's PIN (for tests). */
GtkButton           *pt_preferences_window_get_pin_button (PtPreferencesWindow *self);

G_END_DECLS
