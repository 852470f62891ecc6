/* pt-editor-fields.h: which fields each record form shows, and how
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The core's field tables say what a record holds; these tables say what a
 * clinician types: the order, the widget, the unit and the group of each
 * field. Fields not listed here (patient_id, archived) are not in the form.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PT_EDITOR_TEXT,       /* one line: AdwEntryRow */
  PT_EDITOR_MULTILINE,  /* a GtkTextView in a row */
  PT_EDITOR_DATE,       /* PtDateRow: YYYY-MM-DD or a calendar */
  PT_EDITOR_ENUM,       /* AdwComboRow over the enum's labels */
  PT_EDITOR_FLAGS,      /* check buttons in an AdwExpanderRow */
  PT_EDITOR_NUMBER,     /* GtkSpinButton; empty text = unset */
  PT_EDITOR_DISTANCE,   /* like NUMBER, in km or mi, stored in metres */
  PT_EDITOR_DURATION,   /* h:mm:ss, m:ss or minutes, stored in seconds */
  PT_EDITOR_CONDITION,  /* the patient's conditions */
  PT_EDITOR_SHOE,       /* the patient's shoes */
  PT_EDITOR_SWITCH,     /* a GtkSwitch in an AdwActionRow, for a boolean */
} PtEditorWidgetKind;

typedef enum
{
  PT_EDITOR_DEFAULT_TODAY     = 1 << 0,  /* a new record starts with today's date */
  PT_EDITOR_DEFAULT_CLINICIAN = 1 << 1,  /* a new record starts with "default-clinician" */
  PT_EDITOR_OPTIONAL          = 1 << 2,  /* references: offer "None" */
  PT_EDITOR_DEFAULT_RECORD_NUMBER = 1 << 3,  /* the store's suggested next record number */
} PtEditorFieldFlags;

typedef struct
{
  const char         *property;  /* the record property ("score") */
  const char         *label;     /* N_() with a mnemonic ("_Pain") */
  PtEditorWidgetKind  kind;
  guint               digits;    /* numbers: decimals shown by the +/- buttons */
  double              step;      /* numbers: +/- step */
  const char         *unit;      /* numbers: N_() suffix ("mL"); NULL for none */
  guint               group;     /* index into PtEditorForm.groups */
  PtEditorFieldFlags  flags;
} PtEditorField;

typedef struct
{
  GType              (*get_type) (void);
  const char          *new_title;   /* N_("New Pain Score") */
  const char          *edit_title;  /* N_("Edit Pain Score") */
  const char * const  *groups;      /* N_() group titles; "" for none */
  guint                n_groups;
  const PtEditorField *fields;
  guint                n_fields;
  /* Whether @property is part of @record as it is now (a clinic score's
   * definition is not part of a published questionnaire's); NULL: every
   * field always is. A field that is not is hidden, and the record holds
   * a new record's value for it meanwhile. */
  gboolean           (*applies) (GObject    *record,
                                 const char *property);
  /* A line under @property's row for @record as it is now ("0 to 100 %;
   * lower is better"), or NULL; NULL: no field has one. Rows with a
   * subtitle only (numbers, choices, switches). */
  char              *(*hint)    (GObject    *record,
                                 const char *property);
} PtEditorForm;

/* The form for @record_type (PT_TYPE_RUN, ...), or NULL. */
const PtEditorForm *pt_editor_form_lookup (GType record_type);

/* Translated label of one value of a PtSex, PtSide, ... enum. */
const char         *pt_editor_enum_label  (GType enum_type,
                                           int   value);

G_END_DECLS
