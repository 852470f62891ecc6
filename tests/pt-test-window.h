/* pt-test-window.h: the main window on the demo clinic, for the UI tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every test that drives the real PtWindow with real input needs:
 * GTK set up with a data folder of the test's own, an application that
 * carries the app's accelerators, the demo clinic made once and copied per
 * test, the window opened with the keyboard focus, and the finders that
 * look for what a person sees.
 */

#pragma once

#include "pt-window.h"

G_BEGIN_DECLS

/* In main(), before adding the tests: XDG_DATA_HOME of the test's own,
 * PROLOTRACK_TODAY=@today (NULL: leave it), gtk_test_init(), adw_init(),
 * an application with pt_application_set_accels(), the demo clinic. */
void       pt_test_window_init          (int         *argc,
                                         char      ***argv,
                                         const char  *today);
/* g_test_run(), then removes what pt_test_window_init() made. */
int        pt_test_window_run           (void);

/* A copy of the demo clinic in @dir; returns its path. */
char      *pt_test_window_copy_demo     (const char  *dir);
/* The window on @path, 1400x900, with the app's accelerators, shown and
 * with the X input focus; the caller owns the reference. */
PtWindow  *pt_test_window_open          (const char  *path);
/* Destroys @window, asserting it and its store are finalized. With
 * @wait_for_toasts, first waits out the toasts' animations (libadwaita 1.2
 * crashes when a window goes while a toast slides in). */
void       pt_test_window_close         (PtWindow    *window,
                                         gboolean     wait_for_toasts);

/* The usual fixture: a copy of the demo clinic in a folder of the test's
 * own, and the window on it once the test opens it. */
typedef struct
{
  char     *dir;
  char     *path;
  PtWindow *window;     /* NULL until pt_test_window_fixture_open() */
  PtStore  *store;      /* the window's */
} PtTestWindowFixture;

/* For g_test_add(); with @data non-NULL the tear-down waits out the
 * toasts first (pt_test_window_close()). */
void       pt_test_window_fixture_set_up    (PtTestWindowFixture *fixture,
                                             gconstpointer        data);
void       pt_test_window_fixture_open      (PtTestWindowFixture *fixture);
void       pt_test_window_fixture_tear_down (PtTestWindowFixture *fixture,
                                             gconstpointer        data);

/* The record number of the patient @window shows, or NULL. */
const char *pt_test_window_shown_record (PtWindow    *window);
/* Waits for @window to show the patient @record_number; FALSE on time-out. */
gboolean   pt_test_window_wait_for_patient (PtWindow   *window,
                                            const char *record_number);

/* The first widget under @root (popovers included) of @type, or NULL. */
GtkWidget *pt_test_find_widget          (GtkWidget   *root,
                                         GType        type);
/* The mapped button under @root that activates @action_name, or NULL. */
GtkWidget *pt_test_find_button          (GtkWidget   *root,
                                         const char  *action_name);
/* Whether a mapped label under @root reads exactly @text. */
gboolean   pt_test_has_label            (GtkWidget   *root,
                                         const char  *text);
/* The same for a label that contains @text. */
gboolean   pt_test_has_label_containing (GtkWidget   *root,
                                         const char  *text);
/* A mapped toplevel window of @type, or NULL. */
GtkWindow *pt_test_find_toplevel        (GType        type);
/* Waits for a window of @type to be on screen and gives it the focus. */
GtkWindow *pt_test_wait_for_window      (GType        type);

G_END_DECLS
