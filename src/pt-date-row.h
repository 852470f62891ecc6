/* pt-date-row.h: an entry row for a YYYY-MM-DD date, with a calendar
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PT_TYPE_DATE_ROW (pt_date_row_get_type ())

G_DECLARE_FINAL_TYPE (PtDateRow, pt_date_row, PT, DATE_ROW, AdwEntryRow)

GtkWidget  *pt_date_row_new       (void);
/* The date typed, as YYYY-MM-DD; "" when empty; the text itself (trimmed)
 * when it is not a date, for core to refuse with the field's name. */
char       *pt_date_row_dup_value (PtDateRow *self);
/* What the hint beside the text says: the format, or the date in words. */
const char *pt_date_row_get_hint  (PtDateRow *self);

G_END_DECLS
