/* pt-store-bulk.h: the bulk write path (core-internal)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a writer that makes many records it vouches for (the synthetic clinic
 * of pt-generate.c; later, perhaps, a trusted import). Everything happens in
 * one transaction: pt_store_bulk_commit() makes all of it visible at once,
 * pt_store_bulk_abort() (or any failure) leaves the file as it was, so a
 * half-written clinic never looks complete.
 *
 * What it checks, and what it leaves to the caller: every record passes
 * pt_validate_fields() (the field table: required, lengths, control
 * characters, dates and not-in-the-future, ranges, 0.5 steps, enums), then
 * the schema's CHECK constraints and foreign keys. It skips the per-record
 * SELECTs of pt_store_add_checked() (the patient exists, a date is not
 * before the patient's birth, a condition or shoe belongs to the same
 * patient) and the ranges of PT_FIELD_CUSTOM fields that the type's own
 * validator checks (the CHECK constraints still enforce those): the caller
 * guarantees them. Typed input never comes this way; it goes through the
 * pt_store_add_* functions.
 */

#pragma once

#include "pt-store.h"

G_BEGIN_DECLS

typedef struct _PtStoreBulk PtStoreBulk;

/* Starts the transaction. Refuses (PT_ERROR_HAS_RECORDS, naming @what) a
 * database that has patients unless @replace, which deletes every record
 * first, inside the same transaction. */
PtStoreBulk *pt_store_bulk_begin   (PtStore      *store,
                                    gboolean      replace,
                                    const char   *what,
                                    GError      **error);
/* Validates and inserts @record; sets and returns its new id, 0 with
 * @error set (the caller then aborts). @record may be reused for the next
 * row. */
gint64       pt_store_bulk_insert  (PtStoreBulk  *bulk,
                                    PtRecord     *record,
                                    GError      **error);
/* The same for a record whose id the caller does not need: written in
 * batches (faster), at the latest by pt_store_bulk_commit(); a CHECK or
 * foreign-key failure then names no single row. */
gboolean     pt_store_bulk_append  (PtStoreBulk  *bulk,
                                    PtRecord     *record,
                                    GError      **error);
/* Writes what is pending, commits and frees @bulk; on failure everything is rolled back. */
gboolean     pt_store_bulk_commit  (PtStoreBulk  *bulk,
                                    GError      **error);
/* Rolls back and frees @bulk. */
void         pt_store_bulk_abort   (PtStoreBulk  *bulk);

G_END_DECLS
