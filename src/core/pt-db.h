/* pt-db.h: one connection to the clinic's database, whichever kind it is
 * (core-internal)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The storage interface of issue 20: the embedded SQLite file or a
 * PostgreSQL server, behind one set of calls with the shape of SQLite's
 * (prepare, bind, step, read the columns, reset). SQL is written once, in
 * the dialect both understand: parameters are "?" or "?NNN" (PostgreSQL's
 * "$NNN" is made from them, pt-db.c), and where the two differ (dates,
 * upserts, STRICT types, PRAGMAs) the statement is chosen by
 * pt_db_get_backend() next to it, with a comment.
 *
 * A PtDb is used by one thread. Failures leave a PtDbFault and the
 * backend's own message (pt_db_get_fault(), pt_db_get_message()); the
 * store turns them into a PT_ERROR for a clinician (pt_store_set_error).
 *
 * What the two backends do differently, and callers must know:
 *  - PostgreSQL aborts the whole transaction at the first error in it (a
 *    refused CHECK included); every later statement fails until the
 *    rollback (pt_db_transaction_failed()). SQLite goes on.
 *  - A PostgreSQL statement's rows are all read when it is first stepped;
 *    a query of millions of rows goes through pt_db_prepare_cursor, which
 *    reads them in batches.
 *  - Column values of PostgreSQL come as text and are converted on reading:
 *    pt_db_column_text() of a REAL is PostgreSQL's text of it ("5", not
 *    SQLite's "5.0").
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PT_DB_BACKEND_SQLITE,
  PT_DB_BACKEND_POSTGRESQL,
} PtDbBackend;

/* What went wrong, in terms both backends can name. */
typedef enum
{
  PT_DB_FAULT_NONE,
  PT_DB_FAULT_BUSY,          /* locked by another writer, or a serialization failure */
  PT_DB_FAULT_UNIQUE,        /* a UNIQUE or PRIMARY KEY constraint */
  PT_DB_FAULT_CONSTRAINT,    /* a CHECK, NOT NULL or FOREIGN KEY constraint */
  PT_DB_FAULT_NOT_DATABASE,  /* the file is not a database */
  PT_DB_FAULT_CORRUPT,       /* the database is damaged */
  PT_DB_FAULT_FULL,          /* the disk (the server's, too) is full */
  PT_DB_FAULT_IO,            /* a read or write failed */
  PT_DB_FAULT_PERMISSION,    /* a read-only file, or a role without the privilege */
  PT_DB_FAULT_CONNECTION,    /* the server cannot be reached, or the connection was lost */
  PT_DB_FAULT_AUTH,          /* the server refused the login */
  PT_DB_FAULT_ABORTED,       /* an earlier error in this transaction cancelled it */
  PT_DB_FAULT_OTHER,
} PtDbFault;

typedef enum
{
  PT_DB_FAILED = 0,  /* see pt_db_get_fault () */
  PT_DB_ROW,
  PT_DB_DONE,
} PtDbStep;

typedef struct _PtDb     PtDb;
typedef struct _PtDbStmt PtDbStmt;

/* Where the clinic's records are: a file, or a PostgreSQL server named by
 * a URI (postgresql://user@host/db), libpq key=value settings, or a
 * service of pg_service.conf (service=NAME). */
gboolean     pt_db_location_is_server (const char  *location);
/* A server location's settings, checked: it parses, and it holds no
 * password (those belong in ~/.pgpass or the keyring). FALSE with a
 * PT_ERROR_INVALID @error naming what is wrong. */
gboolean     pt_db_check_server_location (const char  *location,
                                          GError     **error);
/* A server location's settings as libpq reads them: keyword ("host",
 * "port", "dbname", "user", "password", "sslmode", "service", …) to
 * value, only those it sets. NULL with a PT_ERROR_INVALID @error when it
 * is no server location or cannot be read. */
GHashTable  *pt_db_read_server_location (const char  *location,
                                         GError     **error);
/* The location without what a log or a title should not show: the server,
 * database and user ("clinic@db.example.org/prolotrack"). */
char        *pt_db_describe_location  (const char  *location);

/* Connects to a server location (pt_db_check_server_location() first).
 * A PT_ERROR_STORAGE @error says why not: unreachable, refused login,
 * no such database. */
PtDb        *pt_db_open_postgresql    (const char  *location,
                                       GError     **error);
/* The same with the password a person typed (NULL: ~/.pgpass, then, if
 * the server asks for one, the desktop's keyring). The connection keeps
 * it for its next session (pt_db_reconnect) and no further. */
PtDb        *pt_db_open_postgresql_full (const char  *location,
                                         const char  *password,
                                         GError     **error);
/* Keeps the password @db was opened with in the desktop's keyring, under
 * its server, port, database and user, for the next connection to find;
 * TRUE with nothing done when it had none of its own. */
gboolean     pt_db_remember_password  (PtDb        *db,
                                       GError     **error);
void         pt_db_free               (PtDb        *db);
PtDbBackend  pt_db_get_backend        (PtDb        *db);

/* The last failure on this connection. */
PtDbFault    pt_db_get_fault          (PtDb        *db);
const char  *pt_db_get_message        (PtDb        *db);
/* For PostgreSQL, the SQLSTATE of the last failure ("23514"); for SQLite
 * its extended result code as text. NULL when none. */
const char  *pt_db_get_code           (PtDb        *db);

/* One or more statements without parameters or rows. */
gboolean     pt_db_exec               (PtDb        *db,
                                       const char  *sql);
/* Rows the last INSERT, UPDATE or DELETE changed. */
gint64       pt_db_changes            (PtDb        *db);
/* The id the last INSERT gave its row (SQLite's rowid; PostgreSQL's
 * lastval(), the identity sequence's value in this session). */
gint64       pt_db_last_insert_id     (PtDb        *db);
/* Inside BEGIN ... COMMIT. */
gboolean     pt_db_in_transaction     (PtDb        *db);
/* The open transaction can only be rolled back: PostgreSQL after any
 * error in it, SQLite after one it rolled back itself (disk full, I/O). */
gboolean     pt_db_transaction_failed (PtDb        *db);
/* Whether the connection still stands: a file's always does; a server's
 * is lost when a statement found it gone (PT_DB_FAULT_CONNECTION). */
gboolean     pt_db_is_connected       (PtDb        *db);
/* Connects again, with the same settings, after the connection was lost:
 * FALSE with the fault set when the server still cannot be reached. The
 * cached statements are forgotten (the server forgot them with the old
 * session); no statement of the caller's may be open. */
gboolean     pt_db_reconnect          (PtDb        *db);
/* pt_db_reconnect() in steps, for a window that cannot wait for a server
 * that does not answer: _begin() in @db's thread copies what the new
 * session needs, _run() makes it in any thread (a worker: it blocks for
 * up to the connect timeout) without touching @db, and _finish() in
 * @db's thread puts it in place of the lost one, FALSE with the fault set
 * when it could not be made. _free() in any thread; a session no finish
 * took is closed. */
typedef struct _PtDbReconnect PtDbReconnect;
PtDbReconnect *pt_db_reconnect_begin  (PtDb          *db);
void         pt_db_reconnect_run      (PtDbReconnect *reconnect);
gboolean     pt_db_reconnect_finish   (PtDb          *db,
                                       PtDbReconnect *reconnect);
void         pt_db_reconnect_free     (PtDbReconnect *reconnect);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtDbReconnect, pt_db_reconnect_free)
/* What other connections committed, as far as this one can tell without
 * waiting: a number that differs from the previous call's when they
 * changed something since. A file's PRAGMA data_version; on a server, the
 * notifications with @payload (NULL: any) that other sessions sent on a
 * channel this one LISTENs to, counted. -1 when it cannot tell (a lost
 * connection, or inside a transaction). */
gint64       pt_db_poll_changes       (PtDb        *db,
                                       const char  *payload);

/* A statement of the connection's cache (kept until pt_db_free, keyed by
 * the SQL text): the caller pt_db_reset()s it when done, never frees it. */
PtDbStmt    *pt_db_prepare_cached     (PtDb        *db,
                                       const char  *sql);
/* A statement of the caller's, freed with pt_db_stmt_free (). */
PtDbStmt    *pt_db_prepare            (PtDb        *db,
                                       const char  *sql);
/* The same for a query that may give more rows than fit in memory at
 * once: PostgreSQL reads them through a cursor, in batches, inside the
 * transaction the caller holds open until the statement is freed. */
PtDbStmt    *pt_db_prepare_cursor     (PtDb        *db,
                                       const char  *sql);
void         pt_db_stmt_free          (PtDbStmt    *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtDbStmt, pt_db_stmt_free)

PtDb        *pt_db_stmt_get_db        (PtDbStmt    *stmt);
const char  *pt_db_stmt_get_sql       (PtDbStmt    *stmt);
int          pt_db_bind_count         (PtDbStmt    *stmt);

/* Parameters count from 1, as SQLite's. Text is copied. */
void         pt_db_bind_int64         (PtDbStmt    *stmt,
                                       int          index,
                                       gint64       value);
void         pt_db_bind_double        (PtDbStmt    *stmt,
                                       int          index,
                                       double       value);
void         pt_db_bind_text          (PtDbStmt    *stmt,
                                       int          index,
                                       const char  *value);
/* The same without a copy: @value lives until the statement is reset. */
void         pt_db_bind_text_static   (PtDbStmt    *stmt,
                                       int          index,
                                       const char  *value);
void         pt_db_bind_null          (PtDbStmt    *stmt,
                                       int          index);

PtDbStep     pt_db_step               (PtDbStmt    *stmt);
/* Back to before the first step, with every parameter unbound. */
void         pt_db_reset              (PtDbStmt    *stmt);

/* Columns count from 0, as SQLite's; valid after a PT_DB_ROW. */
int          pt_db_column_count       (PtDbStmt    *stmt);
gboolean     pt_db_column_is_null     (PtDbStmt    *stmt,
                                       int          index);
gint64       pt_db_column_int64       (PtDbStmt    *stmt,
                                       int          index);
double       pt_db_column_double      (PtDbStmt    *stmt,
                                       int          index);
/* NULL for NULL; valid until the next step or reset. */
const char  *pt_db_column_text        (PtDbStmt    *stmt,
                                       int          index);
gsize        pt_db_column_bytes       (PtDbStmt    *stmt,
                                       int          index);

G_END_DECLS
