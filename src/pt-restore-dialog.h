/* pt-restore-dialog.h: the list of backups to restore one from
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-backup.h"

G_BEGIN_DECLS

#define PT_TYPE_RESTORE_DIALOG (pt_restore_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PtRestoreDialog, pt_restore_dialog, PT, RESTORE_DIALOG, AdwWindow)

/* Lists the backups of @db_path, newest first, with the date each was
 * taken (local time) and its patients and records. Choosing one asks for
 * confirmation, then emits ::backup-chosen (PtBackup *); the caller
 * restores it and closes the dialog. */
PtRestoreDialog *pt_restore_dialog_new         (GtkWindow       *parent,
                                                const char      *db_path);
/* The backups listed, newest first (PtBackup). */
GPtrArray       *pt_restore_dialog_get_backups (PtRestoreDialog *self);
/* "14 patients, 3,926 records" */
char            *pt_restore_dialog_format_counts (PtBackup      *backup);

G_END_DECLS
