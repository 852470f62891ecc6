/* pt-record-private.h: the field tables behind every record type
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each record type describes its fields once (name, kind, limits, offset into
 * the instance struct). The table drives the GObject properties, the generic
 * SQL in pt-store-records.c and the first pass of validation in
 * pt-validate.c. The SQL schema (pt-schema.c) mirrors the same limits as
 * CHECK constraints.
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

typedef enum
{
  PT_FIELD_REF,    /* gint64 id of another record; 0 = none (NULL) */
  PT_FIELD_INT,    /* gint64; PT_NO_INT = none (NULL) */
  PT_FIELD_REAL,   /* double; NAN = none (NULL) */
  PT_FIELD_TEXT,   /* char *; NULL or "" = none (NULL) */
  PT_FIELD_DATE,   /* char * YYYY-MM-DD; NULL = none */
  PT_FIELD_BOOL,   /* gboolean, stored 0/1 */
  PT_FIELD_ENUM,   /* int, stored as the value's nick; with PT_FIELD_REQUIRED it
                    * starts as PT_NO_ENUM and must be chosen */
  PT_FIELD_FLAGS,  /* guint, stored as an integer bit set */
} PtFieldKind;

typedef enum
{
  PT_FIELD_REQUIRED   = 1 << 0,
  PT_FIELD_MULTILINE  = 1 << 1,  /* text may hold newlines and tabs */
  PT_FIELD_NOT_FUTURE = 1 << 2,  /* dates: not after today */
  PT_FIELD_HALF_STEPS = 1 << 3,  /* reals: multiples of 0.5 */
  PT_FIELD_CUSTOM     = 1 << 4,  /* range checked by the type's own validator */
  PT_FIELD_ORDER      = 1 << 5,  /* lists sort by this field (else the first required date) */
} PtFieldFlags;

typedef struct _PtField
{
  const char  *name;      /* column and property name */
  const char  *label;     /* N_() label used in messages: "Pain score" */
  PtFieldKind  kind;
  PtFieldFlags flags;
  gsize        offset;    /* into the instance struct */
  double       min;       /* numbers: lowest allowed */
  double       max;       /* numbers: highest allowed; text: most characters */
  GType      (*get_type) (void);  /* enums and flags */
} PtField;

#define PT_RECORD_FIELD(type, member) G_STRUCT_OFFSET (type, member)

void            pt_record_class_set_fields (PtRecordClass  *klass,
                                            const char     *table,
                                            const PtField  *fields,
                                            guint           n_fields);
const PtField  *pt_record_get_fields       (PtRecord       *self,
                                            guint          *n_fields);
const PtField  *pt_record_class_find_field (PtRecordClass  *klass,
                                            const char     *name);
const char     *pt_record_get_table        (PtRecord       *self);

/* Field access by table entry, for the store and the validator. */
#define PT_FIELD_PTR(record, field, ctype) \
  ((ctype *) (gpointer) ((guint8 *) (record) + (field)->offset))

void            pt_record_set_id           (PtRecord       *self,
                                            gint64          id);
void            pt_record_set_timestamps   (PtRecord       *self,
                                            const char     *created_at,
                                            const char     *updated_at);
void            pt_record_set_version      (PtRecord       *self,
                                            gint64          version);
/* Sets a text/date field, freeing the old value; notifies. */
void            pt_record_set_string       (PtRecord       *self,
                                            const char     *name,
                                            const char     *value);

G_END_DECLS
