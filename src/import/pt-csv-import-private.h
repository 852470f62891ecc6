/* pt-csv-import-private.h: what the files of CSV import share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt-csv-import.c reads the rows and imports them; pt-csv-import-header.c
 * reads the header row into the columns.
 */

#pragma once

#include "pt-csv-import.h"
#include "pt-csv-reader.h"
#include "pt-record-text.h"

G_BEGIN_DECLS

typedef enum
{
  COLUMN_IGNORED,
  COLUMN_FIELD,
  COLUMN_ID,
  COLUMN_PATIENT_ID,
  COLUMN_RECORD_NUMBER,
} ColumnKind;

typedef struct
{
  ColumnKind  kind;
  char       *header;
  char       *field;     /* COLUMN_FIELD */
  PtFieldHandle handle;  /* of @field */
  double      scale;     /* distances: metres per unit */
  gboolean    text;      /* typed text: defused by the export */
} Column;

struct _PtCsvImport
{
  GType                record_type;
  PtFieldHandle        patient_field;  /* NULL for patients */
  gint64               patient_id;
  gboolean             decimal_comma;
  char                 separator;
  gboolean             keep_good;
  gboolean             dry_run;
  gboolean             remember_ids;
  GOutputStream       *rejects;
  GHashTable          *mapping;      /* header -> field, "" to ignore */
  PtCsvImportProgress  progress;
  gpointer             progress_data;

  /* One run */
  GArray              *columns;      /* Column */
  GHashTable          *patients_by_number;  /* record number -> gint64 id */
  GHashTable          *numbers_by_patient;  /* gint64 id -> record number */
  guint64              n_added;
  guint64              n_duplicates;
  guint64              n_refused;
  GPtrArray           *messages;
  GArray              *added_ids;
};

void         pt_csv_import_column_clear       (Column       *column);
/* Whether the record type belongs to a patient (has patient_id). */
gboolean     pt_csv_import_belongs_to_patient (PtCsvImport  *self);
/* Reads the header row the reader holds into self->columns; FALSE with a
 * PT_ERROR_INVALID naming @source_name when a header names nothing, a
 * field has two columns or a required field has none. */
gboolean     pt_csv_import_read_header        (PtCsvImport  *self,
                                               PtCsvReader  *reader,
                                               const char   *source_name,
                                               GError      **error);

G_END_DECLS
