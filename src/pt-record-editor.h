/* pt-record-editor.h: the form that adds or edits one record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-store.h"

G_BEGIN_DECLS

#define PT_TYPE_RECORD_EDITOR (pt_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (PtRecordEditor, pt_record_editor, PT, RECORD_EDITOR, AdwWindow)

/* Edits a copy of @record (an unsaved record with patient_id set = "new", or
 * one loaded from @store = "edit"); modal and transient for @parent.
 * @settings may be NULL (km). */
PtRecordEditor *pt_record_editor_new               (GtkWindow      *parent,
                                                    PtStore        *store,
                                                    PtRecord       *record,
                                                    GSettings      *settings);
/* The edited copy. */
PtRecord       *pt_record_editor_get_record        (PtRecordEditor *self);
gboolean        pt_record_editor_get_valid         (PtRecordEditor *self);
gboolean        pt_record_editor_get_modified      (PtRecordEditor *self);
/* For tests: the entry, spin button, combo row, date row, text view or
 * expander row that edits @property ("score", "date", ...). */
GtkWidget      *pt_record_editor_get_field_widget  (PtRecordEditor *self,
                                                    const char     *property);
/* For tests: the inline error shown on @property's row, or NULL. */
const char     *pt_record_editor_get_field_error   (PtRecordEditor *self,
                                                    const char     *property);
/* For tests: what the form shows next to a Save that is off, or NULL. */
const char     *pt_record_editor_get_save_hint     (PtRecordEditor *self);
/* For tests: TRUE when @property's row is marked "Required". */
gboolean        pt_record_editor_get_field_required (PtRecordEditor *self,
                                                     const char     *property);

G_END_DECLS
