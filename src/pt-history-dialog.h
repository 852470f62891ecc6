/* pt-history-dialog.h: who changed what and when, for a patient or a record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-audit.h"

G_BEGIN_DECLS

#define PT_TYPE_HISTORY_DIALOG (pt_history_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PtHistoryDialog, pt_history_dialog, PT, HISTORY_DIALOG, AdwWindow)

/* Shows @entries (PtAuditEntry, newest first: pt_store_list_audit or
 * pt_store_list_record_audit); @subtitle names whose history it is. */
PtHistoryDialog *pt_history_dialog_new           (GtkWindow      *parent,
                                                  const char     *subtitle,
                                                  GPtrArray      *entries,
                                                  PtDistanceUnit  unit);
guint            pt_history_dialog_get_n_entries (PtHistoryDialog *self);
/* Entry @index's row (newest first), or NULL. */
GtkWidget       *pt_history_dialog_get_row       (PtHistoryDialog *self,
                                                  guint            index);

G_END_DECLS
