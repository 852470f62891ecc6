/* pt-test-pg.h: a PostgreSQL schema of its own for a test case
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-db.h"
#include "pt-test-clinic.h"

G_BEGIN_DECLS

#define PT_TEST_PG_SKIP_MESSAGE "no PostgreSQL server: set PROLOTRACK_TEST_PG, or run build-aux/test"

/* A connection to $PROLOTRACK_TEST_PG working in a new schema named
 * PREFIX_PID_N (*schema), or NULL when the variable is unset. */
PtDb  *pt_test_pg_open_schema  (const char  *prefix,
                                char       **schema);
/* Rolls back what is open, drops @schema and closes @db (may be NULL). */
void   pt_test_pg_drop_schema  (PtDb        *db,
                                const char  *schema);

G_END_DECLS
