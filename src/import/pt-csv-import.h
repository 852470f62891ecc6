/* pt-csv-import.h: records from a CSV file, checked like typed ones
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One record type per file, with the columns the CSV export writes (so an
 * exported file comes back unchanged, ids included: pt-store-import.h),
 * or other headers mapped to fields (pt_csv_import_map_column). Distances
 * are in the unit their header names: distance_km, distance_mi or
 * distance_m; a run's duration in duration_s or duration_min. Every row becomes a record through core
 * (pt_record_set_field_from_text, then the checks of a typed save); a row
 * that fails is refused with its row and column.
 *
 * All or nothing (the default): one refused row and nothing is written,
 * though every row is still checked so the preview lists every problem.
 * Keep good rows: the good rows are written, and each refused row goes to
 * the rejects stream with its reason in a last column, so it can be fixed
 * and imported again. A dry run checks everything and writes nothing: the
 * preview. The file streams through: memory stays constant.
 */

#pragma once

#include <gio/gio.h>

#include "pt-store.h"

G_BEGIN_DECLS

typedef struct _PtCsvImport PtCsvImport;

/* At most this many refusals are kept as messages (all are counted). */
#define PT_CSV_IMPORT_MAX_MESSAGES 100

PtCsvImport *pt_csv_import_new              (GType          record_type);
void         pt_csv_import_free             (PtCsvImport   *self);
/* Rows belong to this patient (rows that name another are refused);
 * 0 (the default): each row's patient_id or patient_record_number. */
void         pt_csv_import_set_patient      (PtCsvImport   *self,
                                             gint64         patient_id);
/* Numbers with a decimal comma ("12,5"); then the separator is usually ';'. */
void         pt_csv_import_set_decimal_comma (PtCsvImport  *self,
                                              gboolean      decimal_comma);
/* ',' or ';'; 0 (the default): the one the header row uses. */
void         pt_csv_import_set_separator    (PtCsvImport   *self,
                                             char           separator);
void         pt_csv_import_set_keep_good    (PtCsvImport   *self,
                                             gboolean       keep_good);
void         pt_csv_import_set_dry_run      (PtCsvImport   *self,
                                             gboolean       dry_run);
/* Where refused rows go with keep-good (a CSV file: the header, a
 * "reason" column added, then each refused row as it was). */
void         pt_csv_import_set_rejects      (PtCsvImport   *self,
                                             GOutputStream *rejects);
/* Reads the column headed @header as field @field (a field name, "id",
 * "patient_record_number", or "distance_km"/"distance_mi"/"distance_m"),
 * or ignores it (@field NULL). Headers not mapped are read by their own
 * name; a header that names nothing is refused. */
void         pt_csv_import_map_column       (PtCsvImport   *self,
                                             const char    *header,
                                             const char    *field);
/* Called about every 4,096 rows with the bytes read so far. */
typedef void (*PtCsvImportProgress) (guint64   bytes_read,
                                     gpointer  user_data);
void         pt_csv_import_set_progress     (PtCsvImport         *self,
                                             PtCsvImportProgress  func,
                                             gpointer             user_data);

/* Imports @input (named @source_name in messages and the audit trail).
 * FALSE with @error when the file cannot be read as CSV at all (no header,
 * a quote left open: its row and column), when a required column is
 * missing or a header names nothing, when rows were refused in
 * all-or-nothing mode (PT_ERROR_INVALID; the counts and messages say which)
 * or on storage trouble. Nothing is written then, except that with
 * keep-good the good rows are, and FALSE only means rows were refused
 * (counts set). */
gboolean     pt_csv_import_run              (PtCsvImport   *self,
                                             PtStore       *store,
                                             GInputStream  *input,
                                             const char    *source_name,
                                             GCancellable  *cancellable,
                                             GError       **error);

/* After a run: rows added (or that would be, in a dry run), duplicates
 * (the same record stored already), refused. */
guint64      pt_csv_import_get_n_added      (PtCsvImport   *self);
guint64      pt_csv_import_get_n_duplicates (PtCsvImport   *self);
guint64      pt_csv_import_get_n_refused    (PtCsvImport   *self);
/* "Row 5, column 3 (distance_km): ..." for the first refused rows. */
const char * const *pt_csv_import_get_messages (PtCsvImport *self);
/* Keeps the ids of the records added, for an undo (8 bytes a row: off by
 * default, so a large file still imports in constant memory). */
void         pt_csv_import_set_remember_ids (PtCsvImport   *self,
                                             gboolean       remember);
/* The ids of the records added, in file order (with remember-ids). */
const gint64 *pt_csv_import_get_added_ids   (PtCsvImport   *self,
                                             gsize         *n_ids);
GType        pt_csv_import_get_record_type  (PtCsvImport   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtCsvImport, pt_csv_import_free)

G_END_DECLS
