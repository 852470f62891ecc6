/* pt-window.h: the main window
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-application.h"
#include "pt-patient-list.h"
#include "pt-patient-page.h"
#include "pt-store.h"

G_BEGIN_DECLS

#define PT_TYPE_WINDOW (pt_window_get_type ())

G_DECLARE_FINAL_TYPE (PtWindow, pt_window, PT, WINDOW, AdwApplicationWindow)

/* Opens the store at @database_path (NULL: the default path); a database
 * that cannot be opened is shown as an error page, never a crash. */
PtWindow   *pt_window_new               (PtApplication *application,
                                         const char    *database_path);
const char *pt_window_get_database_path (PtWindow      *self);
/* The open store, or NULL when the database could not be opened. */
PtStore    *pt_window_get_store         (PtWindow      *self);
/* Selects and shows the patient (0: none); the window's one record of
 * "which patient is shown". */
void        pt_window_show_patient      (PtWindow      *self,
                                         gint64         patient_id);
/* Reloads the list and the shown patient after a write. */
void        pt_window_refresh           (PtWindow      *self);
/* Exports every table of the patient (0: the whole clinic) as CSV files
 * into the folder @dest, in the background, with a toast to cancel and,
 * when done, one to open the folder. What File > Export does once the
 * folder is chosen. */
void        pt_window_export_csv        (PtWindow      *self,
                                         gint64         patient_id,
                                         GFile         *dest);
/* Writes the shown patient's progress report of the records from @from
 * (YYYY-MM-DD; NULL: all) as PDF to @dest, in the background (what Export
 * Progress Report does once the period and the file are chosen). */
void        pt_window_export_report     (PtWindow      *self,
                                         GFile         *dest,
                                         const char    *from);
/* Writes the shown patient's take-home copy ("My Progress") to @dest. */
void        pt_window_export_patient_copy (PtWindow    *self,
                                           GFile       *dest);
/* Prints the shown patient's report: the print dialog, or with
 * @export_filename straight to that PDF file through the print path. */
gboolean    pt_window_print_report      (PtWindow      *self,
                                         const char    *export_filename);
/* Imports the activity files or folders @files (FIT, TCX, GPX, .gz) for
 * the shown patient: reads and plans them in the background and shows the
 * preview; nothing is written before its Import. What Import Activities
 * and a drop on the patient page do once the files are known. FALSE when
 * no import can start now (no patient, read-only, one running). */
gboolean    pt_window_import_files      (PtWindow      *self,
                                         GFile        **files,
                                         guint          n_files);
/* The column mapping and preview of @file as CSV records of the shown
 * patient (what Import from CSV does once the file is chosen). */
gboolean    pt_window_import_csv        (PtWindow      *self,
                                         GFile         *file);
/* The import's dialog open now (preview or CSV), or NULL. */
GtkWindow  *pt_window_get_import_dialog (PtWindow      *self);
/* The app's settings, or NULL when the schema is not installed. */
GSettings  *pt_window_get_settings      (PtWindow      *self);
/* For tests and the patient-facing mode. */
PtPatientList *pt_window_get_patient_list (PtWindow   *self);
PtPatientPage *pt_window_get_patient_page (PtWindow   *self);

/* The patient view (pt-window-lock.c): the shown patient's own view of
 * their progress, with nothing else reachable; also win.show-to-patient. */
gboolean       pt_window_show_to_patient     (PtWindow   *self,
                                              GError    **error);
/* The patient in the patient view; 0 when it is not shown. */
gint64         pt_window_get_patient_view_id (PtWindow   *self);
struct _PtPatientView *pt_window_get_patient_view (PtWindow *self);
/* The actions the patient view leaves enabled ("win.leave-patient-view",
 * ...), NULL-terminated; every other is disabled. */
const char * const *pt_window_get_patient_view_actions (void);
/* Covers the window with the lock screen. */
void           pt_window_lock                (PtWindow   *self);
gboolean       pt_window_is_locked           (PtWindow   *self);
/* Locks the window when, at @now (g_get_monotonic_time), it has had no
 * input for the clinic's lock-after-minutes; the window checks every few
 * seconds, tests call it with the time they want. */
void           pt_window_check_idle          (PtWindow   *self,
                                              gint64      now);
gint64         pt_window_get_last_input      (PtWindow   *self);

G_END_DECLS
