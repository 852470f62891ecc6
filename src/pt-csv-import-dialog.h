/* pt-csv-import-dialog.h: the columns, options and preview of a CSV import
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-csv-import.h"

G_BEGIN_DECLS

#define PT_TYPE_CSV_IMPORT_DIALOG (pt_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PtCsvImportDialog, pt_csv_import_dialog, PT, CSV_IMPORT_DIALOG, AdwWindow)

/* Reads @file's header row (NULL with @error when it is not CSV) and
 * shows a row per column with the field it goes into. ::response is
 * "check" (the dry run), "import" or "cancel"; the dialog does not close
 * itself. */
PtCsvImportDialog *pt_csv_import_dialog_new          (GtkWindow          *parent,
                                                      GFile              *file,
                                                      GError            **error);
GFile         *pt_csv_import_dialog_get_file         (PtCsvImportDialog  *self);
GType          pt_csv_import_dialog_get_record_type  (PtCsvImportDialog  *self);
gboolean       pt_csv_import_dialog_get_keep_good    (PtCsvImportDialog  *self);
/* Refused rows in the last preview. */
guint64        pt_csv_import_dialog_get_n_refused    (PtCsvImportDialog  *self);
/* A new import of the chosen type with the chosen options and columns. */
PtCsvImport   *pt_csv_import_dialog_make_import      (PtCsvImportDialog  *self);

/* The pages: a worker's progress (@fraction < 0: pulse), the dry run's
 * counts and first refusals (or @error, when the file could not be read
 * as these records at all), and the columns again. */
void           pt_csv_import_dialog_show_progress    (PtCsvImportDialog  *self,
                                                      const char         *title,
                                                      double              fraction);
void           pt_csv_import_dialog_show_preview     (PtCsvImportDialog  *self,
                                                      PtCsvImport        *dry_run,
                                                      const GError       *error);
void           pt_csv_import_dialog_show_mapping     (PtCsvImportDialog  *self);

/* For tests: the column headed @header goes into @field (NULL: left
 * out); FALSE when there is no such column or field. */
gboolean       pt_csv_import_dialog_map_column       (PtCsvImportDialog  *self,
                                                      const char         *header,
                                                      const char         *field);
GtkWidget     *pt_csv_import_dialog_get_next_button  (PtCsvImportDialog  *self);
GtkWidget     *pt_csv_import_dialog_get_decimal_switch (PtCsvImportDialog *self);
const char    *pt_csv_import_dialog_get_summary      (PtCsvImportDialog  *self);

G_END_DECLS
