/* pt-record-table.h: a sortable table of one patient's records
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pt-record.h"
#include "pt-types.h"

G_BEGIN_DECLS

/* One column: its title ("%s" is replaced by the distance unit), the cell
 * text, and the value it sorts by (NULL: by the text).
 *
 * A cell that needs more than its record (a shoe's distance so far) sets
 * @format_with and @number_with instead of @format and @number: they get
 * the table's context too, what the page loaded from core beside the
 * records (pt_record_table_set_context()). */
typedef struct
{
  const char  *title;
  char      *(*format) (PtRecord *record, PtDistanceUnit unit);
  double     (*number) (PtRecord *record);
  gboolean     expand;
  gboolean     numeric;
  char      *(*format_with) (PtRecord *record, PtDistanceUnit unit, gpointer context);
  double     (*number_with) (PtRecord *record, gpointer context);
} PtColumn;

#define PT_TYPE_RECORD_TABLE (pt_record_table_get_type ())

G_DECLARE_FINAL_TYPE (PtRecordTable, pt_record_table, PT, RECORD_TABLE, GtkWidget)

/* The first column is the date the table sorts by, newest first. */
GtkWidget  *pt_record_table_new          (GType            record_type,
                                          const PtColumn  *columns,
                                          guint            n_columns,
                                          const char      *accessible_label);
GType       pt_record_table_get_record_type (PtRecordTable *self);
void        pt_record_table_set_records  (PtRecordTable   *self,
                                          GListModel      *records,
                                          PtDistanceUnit   unit);
/* What the columns' format_with/number_with read; the table owns it and
 * frees it with @destroy. Set it before pt_record_table_set_records(),
 * which redraws the rows. */
void        pt_record_table_set_context  (PtRecordTable   *self,
                                          gpointer         context,
                                          GDestroyNotify   destroy);
/* The shown rows in display order (sorted). */
GListModel *pt_record_table_get_model    (PtRecordTable   *self);
/* The selected record, or NULL. */
PtRecord   *pt_record_table_get_selected (PtRecordTable   *self);
gboolean    pt_record_table_select_id    (PtRecordTable   *self,
                                          gint64           id);

G_END_DECLS
