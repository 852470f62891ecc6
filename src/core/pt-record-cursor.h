/* pt-record-cursor.h: stream the rows of one record type, one at a time
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For exports and other readers of many rows: no record object and no
 * allocation per row, so a million runs stream in constant memory. The
 * columns are typed values read straight from the store:
 *
 *   id, then the record's fields in their table order; a type that belongs
 *   to a patient has "patient_record_number" right after "patient_id", so a
 *   clinic-wide file tells whose each row is.
 *
 * Values stay valid until the next pt_record_cursor_next(). A cursor uses
 * its store's connection: use both from one thread.
 */

#pragma once

#include <glib-object.h>

#include "pt-types.h"

G_BEGIN_DECLS

typedef enum
{
  PT_COLUMN_INT,    /* gint64: ids, references, counts, seconds */
  PT_COLUMN_REAL,   /* double, in the store's SI unit (metres, mL, %) */
  PT_COLUMN_TEXT,   /* UTF-8 typed by a person */
  PT_COLUMN_DATE,   /* text, YYYY-MM-DD */
  PT_COLUMN_BOOL,   /* gint64 0 or 1 */
  PT_COLUMN_ENUM,   /* text: the value's nick ("plantar-fasciitis") */
  PT_COLUMN_FLAGS,  /* gint64 bit set of the column's flags type */
} PtColumnKind;

#define PT_TYPE_RECORD_CURSOR (pt_record_cursor_get_type ())

G_DECLARE_FINAL_TYPE (PtRecordCursor, pt_record_cursor, PT, RECORD_CURSOR, GObject)

/* Rows of @record_type (PT_TYPE_RUN, ...) of one patient, or of the whole
 * clinic when @patient_id is 0. Patients come by name; one patient's
 * records in list order (date, then id); the whole clinic's records in id
 * order, the order they were entered (a plain scan, fastest for a million
 * rows). The cursor starts before the first row. */
PtRecordCursor *pt_store_query_records             (PtStore         *store,
                                                    GType            record_type,
                                                    gint64           patient_id,
                                                    GError         **error);

/* Moves to the next row: TRUE on a row; FALSE at the end, or with @error
 * set when the store failed. */
gboolean        pt_record_cursor_next              (PtRecordCursor  *self,
                                                    GError         **error);
/* Rows read so far. */
guint64         pt_record_cursor_get_position      (PtRecordCursor  *self);

guint           pt_record_cursor_get_n_columns     (PtRecordCursor  *self);
/* The column name ("distance_m"), in the store's unit. */
const char     *pt_record_cursor_get_column_name   (PtRecordCursor  *self,
                                                    guint            column);
PtColumnKind    pt_record_cursor_get_column_kind   (PtRecordCursor  *self,
                                                    guint            column);
/* The enum or flags GType of a PT_COLUMN_ENUM/FLAGS column, else G_TYPE_NONE. */
GType           pt_record_cursor_get_column_enum_type (PtRecordCursor *self,
                                                       guint           column);
/* The column's index, or -1 when the type has no such column. */
int             pt_record_cursor_find_column       (PtRecordCursor  *self,
                                                    const char      *name);

/* The current row's values. An unset value is NULL: is_null() says so,
 * get_text() returns NULL, get_int() 0 and get_real() NAN. */
gboolean        pt_record_cursor_is_null           (PtRecordCursor  *self,
                                                    guint            column);
gint64          pt_record_cursor_get_int           (PtRecordCursor  *self,
                                                    guint            column);
double          pt_record_cursor_get_real          (PtRecordCursor  *self,
                                                    guint            column);
/* @length (may be NULL) gets the length in bytes. */
const char     *pt_record_cursor_get_text          (PtRecordCursor  *self,
                                                    guint            column,
                                                    gsize           *length);

G_END_DECLS
