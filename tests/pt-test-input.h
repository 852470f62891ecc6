/* pt-test-input.h: real keyboard and mouse input for the UI tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The UI tests run under Xvfb. These helpers send input through the X
 * server's XTEST extension, so each key press and click reaches GTK the way
 * a person's does: as an X event on the focused window, through GTK's
 * event controllers, focus handling and shortcuts. Setting a widget's
 * property skips all of that, and with it the paths where typed values get
 * lost.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Gives @window the X input focus and waits until GTK sees it as active. */
void     pt_test_input_focus       (GtkWindow       *window);

/* Presses and releases @keyval with @mods held (Control, Shift, Alt), then
 * lets GTK handle the events. */
void     pt_test_input_key         (guint            keyval,
                                    GdkModifierType  mods);

/* Types @text, one key press per character (ASCII and Latin-1). */
void     pt_test_input_type        (const char      *text);

/* Clicks the primary button at the centre of @widget. */
void     pt_test_input_click       (GtkWidget       *widget);

/* Runs the main loop until no event is pending and @ms have passed. */
void     pt_test_input_settle      (guint            ms);

/* Runs the main loop until @done (@data) is TRUE, for at most 10 s (a busy
 * machine); returns its last answer. Wait for what the input should lead
 * to, not for a fixed time. */
gboolean pt_test_input_wait_for    (gboolean       (*done) (gpointer data),
                                    gpointer         data);

/* @widget as it is drawn on screen now, at its size. */
GdkTexture *pt_test_input_render   (GtkWidget       *widget);
/* @texture's pixels, one 0xAARRGGBB word each, row by row; g_free() it. */
guint32   *pt_test_texture_pixels  (GdkTexture      *texture);

/* With PROLOTRACK_TEST_SHOTS=DIR, saves @widget as DIR/@name.png, so a
 * person can look at what a test saw; does nothing otherwise. */
void     pt_test_input_save_shot   (GtkWidget       *widget,
                                    const char      *name);

/* The widget that has the keyboard focus in @window. */
GtkWidget *pt_test_input_get_focus (GtkWindow       *window);

/* TRUE when @widget is @ancestor or inside it. */
gboolean pt_test_input_focus_in    (GtkWindow       *window,
                                    GtkWidget       *ancestor);

G_END_DECLS
