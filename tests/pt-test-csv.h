/* pt-test-csv.h: a strict RFC 4180 parser for the CSV tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Rows (GPtrArray of GPtrArray of char *); NULL with @problem set when the
 * text breaks RFC 4180: a row not ended by CRLF, a bare CR or LF outside
 * quotes, a quote inside an unquoted field, text after a closing quote, or
 * invalid UTF-8. */
GPtrArray  *pt_test_parse_csv          (const char  *data,
                                        gsize        len,
                                        char       **problem);
/* The same, failing the test on bad CSV or rows of unequal length. */
GPtrArray  *pt_test_parse_csv_or_fail  (const char  *data,
                                        gsize        len);
/* The cell of @column (a header name) in @row (1 = the first data row). */
const char *pt_test_csv_cell           (GPtrArray   *rows,
                                        guint        row,
                                        const char  *column);
/* The cell a spreadsheet must see for typed @text: an apostrophe before a
 * leading = + - @ tab CR or LF. */
char       *pt_test_csv_defused        (const char  *text);

G_END_DECLS
