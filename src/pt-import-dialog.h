/* pt-import-dialog.h: the preview of an activity import
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-units.h"
#include "pt-workout-import.h"

G_BEGIN_DECLS

#define PT_TYPE_IMPORT_DIALOG (pt_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PtImportDialog, pt_import_dialog, PT, IMPORT_DIALOG, AdwWindow)

/* Shows the progress page until pt_import_dialog_show_items(). Signals:
 * ::response ("import" or "cancel"; the dialog does not close itself)
 * and ::sport-changed (a PtWorkoutSport for files without a sport). */
PtImportDialog *pt_import_dialog_new           (GtkWindow       *parent);
void            pt_import_dialog_set_progress  (PtImportDialog  *self,
                                                guint            n_done,
                                                guint            n_files);
/* One row per item of @import (read and planned): the file, what it
 * becomes and its status; "Import N" counts the items to add. */
void            pt_import_dialog_show_items    (PtImportDialog  *self,
                                                PtWorkoutImport *import,
                                                PtDistanceUnit   unit);
/* For tests: the list of items, and the Import button. */
GtkListBox     *pt_import_dialog_get_item_list (PtImportDialog  *self);
GtkWidget      *pt_import_dialog_get_import_button (PtImportDialog *self);
GtkWidget      *pt_import_dialog_get_sport_row (PtImportDialog  *self);

/* "Run, 9.01 km, 47:12, 15 Aug 2015" or "Cross-training: Bike, 60 min,
 * 15 Aug 2015". */
char           *pt_import_describe_record      (PtRecord        *record,
                                                PtDistanceUnit   unit);

G_END_DECLS
