/* pt-csv-writer.h: RFC 4180 rows onto a file descriptor or a GOutputStream
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comma separated, CRLF line ends, UTF-8 passed through unchanged. A field
 * is quoted when it holds a comma, a double quote, CR or LF, and its quotes
 * are doubled. Numbers always use a dot, whatever the locale: they are
 * core's data-file numbers (pt_format_int_data(), pt_format_number_data()),
 * written straight into the buffer.
 *
 * Text a person typed goes through pt_csv_writer_add_text(), which defuses
 * spreadsheet formulas: a cell beginning with = + - @ tab CR or LF gets a
 * leading apostrophe, so "=HYPERLINK(...)" stays text in Excel and
 * LibreOffice. So does one beginning with an apostrophe, so the import
 * (src/import/pt-csv-import.c) can take exactly one off again.
 *
 * Output is buffered and written in large blocks; the add functions cannot
 * fail, pt_csv_writer_end_row() and pt_csv_writer_flush() report write
 * errors naming the file.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PtCsvWriter PtCsvWriter;

/* Writes to @fd, which stays open; @display_name names it in errors. */
PtCsvWriter *pt_csv_writer_new_for_fd     (int            fd,
                                           const char    *display_name);
PtCsvWriter *pt_csv_writer_new_for_stream (GOutputStream *stream,
                                           const char    *display_name,
                                           GCancellable  *cancellable);
/* Frees without flushing. */
void         pt_csv_writer_free           (PtCsvWriter   *self);

/* Free text from a person: defused, then quoted when needed. @length -1:
 * nul-terminated. NULL is an empty cell. */
void         pt_csv_writer_add_text       (PtCsvWriter   *self,
                                           const char    *text,
                                           gssize         length);
/* Text the program made (dates, nicks, headers): quoted when needed. */
void         pt_csv_writer_add_value      (PtCsvWriter   *self,
                                           const char    *text,
                                           gssize         length);
void         pt_csv_writer_add_int        (PtCsvWriter   *self,
                                           gint64         value);
/* At most @max_decimals (0-9) decimals, trailing zeros dropped ("7.5",
 * "12"), rounded half away from zero; NAN is an empty cell. */
void         pt_csv_writer_add_real       (PtCsvWriter   *self,
                                           double         value,
                                           guint          max_decimals);
void         pt_csv_writer_add_empty      (PtCsvWriter   *self);
/* Ends the row with CRLF; writes out the buffer when it is full. */
gboolean     pt_csv_writer_end_row        (PtCsvWriter   *self,
                                           GError       **error);
/* Writes out everything buffered. */
gboolean     pt_csv_writer_flush          (PtCsvWriter   *self,
                                           GError       **error);
/* Bytes written out or buffered so far. */
guint64      pt_csv_writer_get_size       (PtCsvWriter   *self);

/* TRUE when @text would be defused (begins with = + - @ tab CR LF or '). */
gboolean     pt_csv_text_needs_defusing   (const char    *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtCsvWriter, pt_csv_writer_free)

G_END_DECLS
