/* pt-test-clinic.h: the clinic a test works in, on either backend
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A test that opens its store with pt_test_clinic_new() (the PtTestFixture
 * does) runs on a SQLite file in a temporary folder, or, with
 * PROLOTRACK_TEST_BACKEND=postgresql, on the test server of
 * $PROLOTRACK_TEST_PG (build-aux/pg-test-server): a schema of its own made
 * by pt_store_migrate_server() as the owner role, the store connected as
 * the application role ($PROLOTRACK_TEST_PG_APP), as a workstation is.
 * tests/meson.build runs the store's suites both ways; without a server
 * the PostgreSQL runs are skipped.
 */

#pragma once

#include <glib.h>

#include "pt-db.h"

G_BEGIN_DECLS

/* Whether this run's clinics are on the test server. */
gboolean  pt_test_clinic_on_server (void);
/* A new, empty clinic's location: @dir/prolotrack.db, or a server address
 * whose search path is a new schema (*@schema, else NULL). */
char     *pt_test_clinic_new       (const char  *dir,
                                    char       **schema);
/* A new schema on the test server (*@schema): its address for the
 * application role, and for its owner in *@owner (may be NULL). Made and
 * granted by pt_store_migrate_server() when @migrate, else empty. */
char     *pt_test_clinic_new_schema (gboolean     migrate,
                                     char       **schema,
                                     char       **owner);
/* A connection of its own to the clinic at @location, as another program
 * has one: the SQLite file, or the server's schema as its owner (who may
 * change anything, as the sqlite3 tool may a file); only reading when
 * @read_only. */
PtDb     *pt_test_clinic_connect   (const char  *location,
                                    gboolean     read_only);
/* pt_db_exec() that must succeed. */
void      pt_test_db_exec       (PtDb        *db,
                                    const char  *sql);
/* The first column of the first row of @sql, which must give one. */
gint64    pt_test_db_query_int     (PtDb        *db,
                                    const char  *sql);
/* Stops or starts ("stop", "start") the whole test server
 * ($PROLOTRACK_TEST_PG_CTL, build-aux/pg-test-server), asserting success. */
void      pt_test_clinic_server_ctl (const char  *action);
/* Drops the schema of a server clinic (nothing for NULL). */
void      pt_test_clinic_drop      (const char  *schema);
/* @role's password on the test server, as its pgpass file
 * ($PGPASSFILE, host:port:database:user:password) has it. */
char     *pt_test_pg_password      (const char  *role);

G_END_DECLS
