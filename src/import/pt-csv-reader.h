/* pt-csv-reader.h: CSV rows from a stream, one at a time
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180 as spreadsheets write it: cells separated by commas (or
 * semicolons, as spreadsheets write CSV where the decimal point is a
 * comma), quoted with " when they hold a separator, a quote or a line
 * break, rows ended by CRLF or LF; a UTF-8 byte order mark at the start is
 * skipped. Memory stays constant whatever the size of the file: one row
 * is held at a time, and a cell may be at most PT_CSV_MAX_CELL bytes.
 *
 * Rows are numbered as a spreadsheet shows them: the first row (the
 * header) is row 1, and a cell with line breaks does not start a new row.
 * Every error names the row and the column: a quoted cell that is never
 * closed, text after a closing quote, a cell too long, text that is not
 * UTF-8.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PT_CSV_MAX_CELL    (1024 * 1024)
#define PT_CSV_MAX_COLUMNS 512

typedef struct _PtCsvReader PtCsvReader;

/* @separator ',' or ';', or 0: the one the first row uses (more ';' than
 * ',' outside quotes means ';'). The reader does not close @stream. */
PtCsvReader *pt_csv_reader_new            (GInputStream  *stream,
                                           char           separator);
void         pt_csv_reader_free           (PtCsvReader   *reader);
/* Reads the next row: TRUE with a row, FALSE at the end of the file
 * (@error unset) or on an error (PT_ERROR_INVALID for the file's content,
 * else the stream's). An empty line is a row of one empty cell. */
gboolean     pt_csv_reader_next           (PtCsvReader   *reader,
                                           GCancellable  *cancellable,
                                           GError       **error);
/* The row just read, as a spreadsheet numbers it (1: the header). */
guint64      pt_csv_reader_get_row        (PtCsvReader   *reader);
/* Bytes of the file read so far, for progress. */
guint64      pt_csv_reader_get_offset     (PtCsvReader   *reader);
char         pt_csv_reader_get_separator  (PtCsvReader   *reader);
guint        pt_csv_reader_get_n_cells    (PtCsvReader   *reader);
/* Cell @i (0-based) of the row, NUL-terminated, without its quotes;
 * valid until the next pt_csv_reader_next(). */
const char  *pt_csv_reader_get_cell       (PtCsvReader   *reader,
                                           guint          i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtCsvReader, pt_csv_reader_free)

G_END_DECLS
