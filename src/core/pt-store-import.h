/* pt-store-import.h: many records from a file, in one transaction
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an import (src/import: activity files, CSV) writes through. Every
 * record gets exactly the checks of a typed save (pt_store_validate: the
 * field table, then the store's own: the patient exists, a date is not
 * before birth, a shoe or condition is the same patient's, a session is
 * not before its condition's onset), and a refused record leaves no trace:
 * the import goes on or is abandoned, as its caller decides. Nothing is
 * visible to anyone else until pt_store_import_commit(); abandoning it (or
 * a failure) leaves the file as it was, so a preview is an import that is
 * abandoned at the end.
 *
 * A record that comes with an id (a CSV file that ProloTrack exported)
 * keeps it: when a record of that type already has the id with the same
 * fields, the row is a duplicate and is skipped; with other fields, it is
 * refused. A record without an id gets a new one.
 *
 * The audit trail gets one row per record type at the commit ("Imported
 * 12 runs from garmin.fit"), not one per record: a row per record made an
 * import of a million runs several times slower. Later edits and deletes of
 * imported records are audited row by row, like any other.
 */

#pragma once

#include "pt-store.h"

G_BEGIN_DECLS

typedef struct _PtStoreImport PtStoreImport;

typedef enum
{
  PT_STORE_IMPORT_ADDED,
  PT_STORE_IMPORT_DUPLICATE,  /* the same record, id and fields, is stored already */
  PT_STORE_IMPORT_REFUSED,    /* @error says why (PT_ERROR_INVALID); nothing written */
  PT_STORE_IMPORT_FAILED,     /* the store failed (@error); abort the import */
} PtStoreImportResult;

/* Starts the transaction. @source names what is imported, for the audit
 * trail ("runs.csv", "3 files"). */
PtStoreImport       *pt_store_import_begin   (PtStore        *store,
                                              const char     *source,
                                              GError        **error);
/* Keeps the ids of the records added, for an undo (off by default: 8
 * bytes a record). */
void                 pt_store_import_set_remember_ids (PtStoreImport *import,
                                                       gboolean       remember);
/* Checks @record and, unless refused, adds it (in batches: a record may
 * be written a little later, and the id of a record that came without
 * one is known from pt_store_import_get_added_ids()). @record is not
 * kept and may be reused for the next row. FAILED means the import must
 * be abandoned. */
PtStoreImportResult  pt_store_import_add     (PtStoreImport  *import,
                                              PtRecord       *record,
                                              GError        **error);
/* The ids of the @type records added so far, in order (with
 * remember-ids); NULL with @error when pending rows could not be
 * written. Valid until the next add or the commit. */
const gint64        *pt_store_import_get_added_ids (PtStoreImport  *import,
                                                    GType           type,
                                                    gsize          *n_ids,
                                                    GError        **error);
/* Records added so far, of every type. */
guint64              pt_store_import_get_n_added (PtStoreImport *import);
/* Writes the audit rows, commits and frees @import; on failure nothing is
 * written. */
gboolean             pt_store_import_commit  (PtStoreImport  *import,
                                              GError        **error);
/* Rolls back and frees @import. */
void                 pt_store_import_abort   (PtStoreImport  *import);

/* Deletes the records of @type with the @n_ids @ids (an import to undo)
 * in one transaction; a record already gone is skipped. A patient with
 * records is refused (PT_ERROR_HAS_RECORDS): undo the records first. */
gboolean             pt_store_delete_records (PtStore        *store,
                                              GType           type,
                                              const gint64   *ids,
                                              gsize           n_ids,
                                              GError        **error);

G_END_DECLS
