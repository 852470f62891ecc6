/* pt-test-db.h: a database file read the way a test compares it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-store.h"

G_BEGIN_DECLS

/* Every row of every table of the file at @path (committed data, read on
 * a read-only connection of its own), table by table in name order, rows
 * by rowid, values as SQL literals (a text longer than 120 bytes as its
 * start, length and SHA-256): two dumps are equal when the stored records
 * are. */
char    *pt_test_db_dump          (const char *path);
/* The same without the created_at and updated_at columns, which say when
 * a record was written rather than what it holds. */
char    *pt_test_db_dump_records  (const char *path);
/* The rows of one table, as pt_test_db_dump() writes them. */
char    *pt_test_db_dump_table    (const char *path,
                                   const char *table);
/* Asserts integrity_check and foreign_key_check find nothing. */
void     pt_test_db_assert_clean  (PtStore    *store);
/* Asserts that no connection holds a write transaction on @path: a new
 * one takes the write lock at once. */
void     pt_test_db_assert_unlocked (const char *path);
/* PRAGMA user_version of the file at @path. */
gint64   pt_test_db_user_version  (const char *path);

G_END_DECLS
