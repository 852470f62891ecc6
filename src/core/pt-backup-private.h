/* pt-backup-private.h: what pt-backup.c and pt-store-backup.c share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "pt-backup.h"

G_BEGIN_DECLS

/* Opens @path read-only (never creating, migrating or writing it). */
sqlite3  *pt_backup_open_readonly  (const char  *path,
                                    GError     **error);
/* A PT_ERROR for SQLite's @rc on @db about the file @path. */
void      pt_backup_set_error      (sqlite3     *db,
                                    int          rc,
                                    const char  *path,
                                    GError     **error);
/* One integer from @sql on @db; -1 with @error on failure. */
gint64    pt_backup_query_int      (sqlite3     *db,
                                    const char  *sql,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
