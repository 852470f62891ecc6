/* pt-csv-export.h: the clinic record as CSV files for spreadsheets
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file per record type, for one patient or the whole clinic (RFC 4180,
 * see pt-csv-writer.h). The header row names every column and its unit:
 * distances in the chosen unit (distance_km or distance_mi), durations in
 * seconds (duration_s) or minutes (minutes), volumes in mL, concentrations
 * in %. Dates are ISO 8601, enums their nicks ("plantar-fasciitis"),
 * yes/no columns true/false, unset values empty cells. Every record type of
 * a patient carries patient_id and patient_record_number.
 *
 * Rows stream from the store one at a time, so memory stays constant
 * whatever the size of the clinic. A file is written under a temporary name
 * in its folder, flushed to disk and renamed into place only when complete:
 * a failed or cancelled export leaves no partial file.
 */

#pragma once

#include <gio/gio.h>

#include "pt-store.h"

G_BEGIN_DECLS

typedef enum
{
  PT_CSV_TABLE_PATIENTS,
  PT_CSV_TABLE_CONDITIONS,
  PT_CSV_TABLE_SESSIONS,
  PT_CSV_TABLE_PAIN,
  PT_CSV_TABLE_SHOES,
  PT_CSV_TABLE_RUNS,
  PT_CSV_TABLE_CROSS,
  PT_CSV_TABLE_OUTCOMES,
  PT_CSV_TABLE_PLANS,
  PT_CSV_TABLE_ALL,   /* one file per type into a folder */
} PtCsvTable;

/* "patients", "conditions", "sessions", "pain", "shoes", "runs", "cross",
 * "all". */
gboolean     pt_csv_table_from_name      (const char      *name,
                                          PtCsvTable      *table);
const char  *pt_csv_table_get_name       (PtCsvTable       table);
/* "runs.csv"; NULL for PT_CSV_TABLE_ALL. */
const char  *pt_csv_table_get_file_name  (PtCsvTable       table);
/* The record type of @table (PT_TYPE_RUN, ...); G_TYPE_NONE for ALL. */
GType        pt_csv_table_get_record_type (PtCsvTable      table);
/* "patients, conditions, ..., all", for messages. */
char        *pt_csv_table_list_names     (void);

/* Writes @table (not ALL) of one patient (@patient_id > 0) or the whole
 * clinic (0) to @stream or @fd, which stay open. @display_name names the
 * destination in errors. @n_rows (may be NULL) gets the rows written, the
 * header not counted. */
gboolean     pt_csv_export_to_stream     (PtStore         *store,
                                          PtCsvTable       table,
                                          gint64           patient_id,
                                          PtDistanceUnit   units,
                                          GOutputStream   *stream,
                                          const char      *display_name,
                                          guint64         *n_rows,
                                          GCancellable    *cancellable,
                                          GError         **error);
gboolean     pt_csv_export_to_fd         (PtStore         *store,
                                          PtCsvTable       table,
                                          gint64           patient_id,
                                          PtDistanceUnit   units,
                                          int              fd,
                                          const char      *display_name,
                                          guint64         *n_rows,
                                          GCancellable    *cancellable,
                                          GError         **error);

/* The name of @table's file (not ALL) in a folder: "PT-0008-runs.csv" for
 * the patient with that record number, "clinic-runs.csv" for the whole
 * clinic (@record_number NULL); @copy 2 and up gives "PT-0008-runs (2).csv".
 * Characters that would name another folder become "_". */
char        *pt_csv_export_file_name     (PtCsvTable       table,
                                          const char      *record_number,
                                          guint            copy);

/* Writes @table to the local file @dest, or into the folder @dest: for
 * PT_CSV_TABLE_ALL one file per type (the folder is created when missing),
 * for one table when @dest is an existing folder that table's file.
 *
 * Files in a folder are named with pt_csv_export_file_name(), after whose
 * records they hold, so two patients' exports into one folder never share
 * a name. They never replace a file: when any name of the set is taken,
 * the whole set takes the first free copy number ("PT-0008-runs (2).csv"),
 * so one export's files stay together and an earlier export stays as it
 * was; a file that appears while the export runs is not replaced either
 * (the export fails instead). We pick a new name rather than ask, so the
 * export layer needs no UI and the CLI behaves the same. A file path the
 * caller names itself (the CLI's -o FILE) is replaced, as asked, once the
 * new file is complete. */
gboolean     pt_csv_export_table         (PtStore         *store,
                                          PtCsvTable       table,
                                          gint64           patient_id,
                                          PtDistanceUnit   units,
                                          GFile           *dest,
                                          guint64         *n_rows,
                                          GCancellable    *cancellable,
                                          GError         **error);

/* The same in a worker thread, on a connection of its own to the store's
 * file, so the window keeps responding. */
void         pt_csv_export_table_async   (PtStore             *store,
                                          PtCsvTable           table,
                                          gint64               patient_id,
                                          PtDistanceUnit       units,
                                          GFile               *dest,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean     pt_csv_export_table_finish  (PtStore             *store,
                                          GAsyncResult        *result,
                                          guint64             *n_rows,
                                          GError             **error);

G_END_DECLS
