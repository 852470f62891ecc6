/* pt-record-editor-private.h: shared by pt-record-editor.c and the rows
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-editor-fields.h"
#include "pt-record-editor.h"

G_BEGIN_DECLS

/* One field of the form: its description, its widgets and its state. */
typedef struct
{
  PtRecordEditor      *editor;
  const PtEditorField *desc;
  GParamSpec          *pspec;        /* the record property it edits */
  char                *label;        /* desc->label without the mnemonic */
  GtkWidget           *row;          /* the row in its group */
  GtkWidget           *widget;       /* what the user types in or picks */
  GtkWidget           *error_row;    /* shown under the row with the message */
  GtkWidget           *required_mark; /* "Required" on the row, or NULL */
  GtkLabel            *error_label;
  GArray              *ids;          /* references: the gint64 id of each item */
  gint64               only_active;  /* conditions: the one active condition, or 0 */
  gboolean             unchosen;     /* conditions: "Choose…" first, and still chosen */
  GPtrArray           *checks;       /* flags: one GtkCheckButton per value */
  guint               *check_values; /* flags: the value of each check button */
  char                *parse_error;  /* the text is not a number, a time, ... */
  char                *error;        /* the message shown, or NULL */
  gboolean             touched;      /* the user changed it */
  double               shown_value;  /* spin buttons: the value the text last showed */
} PtEditorFieldState;

struct _PtRecordEditor
{
  AdwWindow            parent_instance;

  /* Template children */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkLabel            *save_hint;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *problem_group;
  AdwActionRow        *problem_row;

  PtStore             *store;
  GSettings           *settings;
  PtRecord            *record;       /* the copy being edited */
  PtRecord            *original;     /* what the form started from */
  const PtEditorForm  *form;
  PtEditorFieldState  *fields;
  guint                n_fields;
  PtDistanceUnit       unit;          /* distances are typed in it */
  GError              *save_error;   /* a refused save, until the next edit */
  GtkWidget           *discard_dialog;
  GtkWidget           *conflict_dialog;
  PtRecord            *theirs;       /* after a conflict: the stored record */

  guint                is_new : 1;
  guint                valid : 1;
  guint                modified : 1;
  guint                loading : 1;
  guint                save_attempted : 1;
  guint                close_confirmed : 1;
};

/* pt-editor-parse.c: "%.6g"; TRUE with *@blank for empty text, FALSE for
 * text that is no number (a decimal comma or point); "h:mm:ss", "m:ss" or
 * minutes. */
char    *pt_editor_format_number  (double      value);
gboolean pt_editor_parse_number   (const char *text,
                                   double     *value,
                                   gboolean   *blank);
gboolean pt_editor_parse_duration (const char *text,
                                   gint64     *seconds);

/* pt-record-editor-rows.c */
void pt_editor_field_build      (PtEditorFieldState  *field,
                                 AdwPreferencesGroup *group);
void pt_editor_field_load       (PtEditorFieldState  *field);
void pt_editor_field_read       (PtEditorFieldState  *field);
void pt_editor_field_show_error (PtEditorFieldState  *field,
                                 const char          *message);
void pt_editor_field_clear      (PtEditorFieldState  *field);

/* pt-record-editor.c: called by the rows when the user changes a value */
void pt_record_editor_field_changed (PtEditorFieldState *field);
void pt_record_editor_try_save      (PtRecordEditor     *self);
/* The form edits @record now, as a change of @original: both shown. */
void pt_record_editor_set_records   (PtRecordEditor     *self,
                                     PtRecord           *record,
                                     PtRecord           *original);
/* Says ::saved with @stored, the record as it is stored now, and closes. */
void pt_record_editor_finish        (PtRecordEditor     *self,
                                     PtRecord           *stored);
/* Destroys the question in *@slot, if any, and clears it. */
void pt_record_editor_destroy_dialog (GtkWidget        **slot);

/* pt-record-editor-conflict.c: the save was refused with @error
 * (PT_ERROR_CONFLICT): asks whether to save these changes on top of the
 * other workstation's, keep editing, or give them up. */
void pt_record_editor_show_conflict (PtRecordEditor     *self,
                                     const GError       *error);

G_END_DECLS
