/* pt-db-sqlite.h: the SQLite backend of pt-db.h (core-internal)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file's own concerns (permissions, WAL, quick_check, the backup API)
 * stay with the code that opens it (pt-store-open.c, pt-store-backup.c),
 * which reaches the sqlite3 handle here.
 */

#pragma once

#include <sqlite3.h>

#include "pt-db.h"

G_BEGIN_DECLS

/* Takes @connection, which pt_db_free() closes. */
PtDb         *pt_db_new_sqlite            (sqlite3    *connection);
sqlite3      *pt_db_sqlite_get_connection (PtDb       *db);
sqlite3_stmt *pt_db_sqlite_get_statement  (PtDbStmt   *stmt);
/* Records the connection's last error as the PtDb's fault; @rc the result
 * code when there is no connection yet. */
void          pt_db_sqlite_take_error     (PtDb       *db,
                                           int         rc);

G_END_DECLS
