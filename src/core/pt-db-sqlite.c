/* pt-db-sqlite.c: the SQLite backend of pt-db.h
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin layer: every call is the sqlite3 call of the same name. Cached
 * statements are prepared persistent, as they live as long as the file
 * is open.
 */

#include "config.h"

#include <errno.h>

#include "pt-db-private.h"
#include "pt-db-sqlite.h"

typedef struct
{
  PtDb     parent;
  sqlite3 *connection;
} PtDbSqlite;

typedef struct
{
  PtDbStmt      parent;
  sqlite3_stmt *stmt;
} PtDbSqliteStmt;

#define CONNECTION(db) (((PtDbSqlite *) (db))->connection)
#define STMT(s) (((PtDbSqliteStmt *) (s))->stmt)

static PtDbFault
fault_of (sqlite3 *connection,
          int      rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
      return PT_DB_FAULT_NONE;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PT_DB_FAULT_BUSY;
    case SQLITE_NOTADB:
      return PT_DB_FAULT_NOT_DATABASE;
    case SQLITE_CORRUPT:
      return PT_DB_FAULT_CORRUPT;
    case SQLITE_FULL:
      return PT_DB_FAULT_FULL;
    case SQLITE_IOERR:
      /* Growing the -shm file or the log on a full disk is an I/O error
       * to SQLite; the system's error number says what happened. */
      if (connection != NULL &&
          (sqlite3_system_errno (connection) == ENOSPC ||
           sqlite3_system_errno (connection) == EDQUOT))
        return PT_DB_FAULT_FULL;
      return PT_DB_FAULT_IO;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      return PT_DB_FAULT_PERMISSION;
    case SQLITE_CONSTRAINT:
      return (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
               ? PT_DB_FAULT_UNIQUE : PT_DB_FAULT_CONSTRAINT;
    default:
      return PT_DB_FAULT_OTHER;
    }
}

void
pt_db_sqlite_take_error (PtDb *db,
                         int   rc)
{
  sqlite3 *connection = CONNECTION (db);
  g_autofree char *code = NULL;

  if (connection != NULL && rc == SQLITE_OK)
    rc = sqlite3_extended_errcode (connection);
  code = g_strdup_printf ("%d", rc);
  pt_db_set_fault (db, fault_of (connection, rc), code,
                   connection != NULL ? sqlite3_errmsg (connection) : sqlite3_errstr (rc));
}

static void
sqlite_free (PtDb *db)
{
  sqlite3_close_v2 (CONNECTION (db));
  g_free (db);
}

static gboolean
sqlite_exec (PtDb       *db,
             const char *sql)
{
  if (sqlite3_exec (CONNECTION (db), sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;

  pt_db_sqlite_take_error (db, SQLITE_OK);
  return FALSE;
}

static gint64
sqlite_changes (PtDb *db)
{
  return sqlite3_changes64 (CONNECTION (db));
}

static gint64
sqlite_last_insert_id (PtDb *db)
{
  return sqlite3_last_insert_rowid (CONNECTION (db));
}

static gboolean
sqlite_in_transaction (PtDb *db)
{
  return !sqlite3_get_autocommit (CONNECTION (db));
}

/* SQLite rolls a transaction back by itself after some errors (disk full,
 * I/O error, out of memory); the caller, who still counts it open, sees
 * that it has none. */
static gboolean
sqlite_transaction_failed (PtDb *db)
{
  return sqlite3_get_autocommit (CONNECTION (db));
}

static PtDbStmt *
sqlite_prepare (PtDb       *db,
                const char *sql,
                PtDbUse     use)
{
  sqlite3_stmt *stmt = NULL;
  PtDbSqliteStmt *self;
  int rc;

  /* A cached statement lives as long as the connection; a cursor's or a
   * caller's is short (SQLite steps through the file either way). */
  if (use == PT_DB_USE_CACHED)
    rc = sqlite3_prepare_v3 (CONNECTION (db), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  else
    rc = sqlite3_prepare_v2 (CONNECTION (db), sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      pt_db_sqlite_take_error (db, rc);
      return NULL;
    }

  self = g_new0 (PtDbSqliteStmt, 1);
  pt_db_init_stmt (&self->parent, db, sql);
  self->stmt = stmt;
  return &self->parent;
}

static void
sqlite_stmt_free (PtDbStmt *stmt)
{
  sqlite3_finalize (STMT (stmt));
  g_free (stmt->sql);
  g_free (stmt);
}

static int
sqlite_bind_count (PtDbStmt *stmt)
{
  return sqlite3_bind_parameter_count (STMT (stmt));
}

static void
sqlite_bind_int64 (PtDbStmt *stmt,
                   int       index,
                   gint64    value)
{
  sqlite3_bind_int64 (STMT (stmt), index, value);
}

static void
sqlite_bind_double (PtDbStmt *stmt,
                    int       index,
                    double    value)
{
  sqlite3_bind_double (STMT (stmt), index, value);
}

static void
sqlite_bind_text (PtDbStmt   *stmt,
                  int         index,
                  const char *value,
                  gboolean    copy)
{
  if (value == NULL)
    sqlite3_bind_null (STMT (stmt), index);
  else
    sqlite3_bind_text (STMT (stmt), index, value, -1, copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

static void
sqlite_bind_null (PtDbStmt *stmt,
                  int       index)
{
  sqlite3_bind_null (STMT (stmt), index);
}

static PtDbStep
sqlite_step (PtDbStmt *stmt)
{
  int rc = sqlite3_step (STMT (stmt));

  if (rc == SQLITE_ROW)
    return PT_DB_ROW;
  if (rc == SQLITE_DONE)
    return PT_DB_DONE;

  pt_db_sqlite_take_error (stmt->db, SQLITE_OK);
  return PT_DB_FAILED;
}

static void
sqlite_reset (PtDbStmt *stmt)
{
  sqlite3_reset (STMT (stmt));
  sqlite3_clear_bindings (STMT (stmt));
}

static int
sqlite_column_count (PtDbStmt *stmt)
{
  return sqlite3_column_count (STMT (stmt));
}

static gboolean
sqlite_column_is_null (PtDbStmt *stmt,
                       int       index)
{
  return sqlite3_column_type (STMT (stmt), index) == SQLITE_NULL;
}

static gint64
sqlite_column_int64 (PtDbStmt *stmt,
                     int       index)
{
  return sqlite3_column_int64 (STMT (stmt), index);
}

static double
sqlite_column_double (PtDbStmt *stmt,
                      int       index)
{
  return sqlite3_column_double (STMT (stmt), index);
}

static const char *
sqlite_column_text (PtDbStmt *stmt,
                    int       index)
{
  return (const char *) sqlite3_column_text (STMT (stmt), index);
}

static gsize
sqlite_column_bytes (PtDbStmt *stmt,
                     int       index)
{
  return (gsize) sqlite3_column_bytes (STMT (stmt), index);
}

/* A file's connection is never lost. */
static gboolean
sqlite_is_connected (PtDb *db)
{
  return TRUE;
}

/* data_version changes when another connection commits to the file. */
static gint64
sqlite_poll_changes (PtDb       *db,
                     const char *payload)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;

  if (sqlite3_prepare_v2 (CONNECTION (db), "PRAGMA data_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

static const PtDbClass sqlite_class = {
  .is_connected = sqlite_is_connected,
  .poll_changes = sqlite_poll_changes,
  .free = sqlite_free,
  .exec = sqlite_exec,
  .changes = sqlite_changes,
  .last_insert_id = sqlite_last_insert_id,
  .in_transaction = sqlite_in_transaction,
  .transaction_failed = sqlite_transaction_failed,
  .prepare = sqlite_prepare,
  .stmt_free = sqlite_stmt_free,
  .bind_count = sqlite_bind_count,
  .bind_int64 = sqlite_bind_int64,
  .bind_double = sqlite_bind_double,
  .bind_text = sqlite_bind_text,
  .bind_null = sqlite_bind_null,
  .step = sqlite_step,
  .reset = sqlite_reset,
  .column_count = sqlite_column_count,
  .column_is_null = sqlite_column_is_null,
  .column_int64 = sqlite_column_int64,
  .column_double = sqlite_column_double,
  .column_text = sqlite_column_text,
  .column_bytes = sqlite_column_bytes,
};

PtDb *
pt_db_new_sqlite (sqlite3 *connection)
{
  PtDbSqlite *self = g_new0 (PtDbSqlite, 1);

  pt_db_init (&self->parent, &sqlite_class, PT_DB_BACKEND_SQLITE);
  self->connection = connection;
  return &self->parent;
}

sqlite3 *
pt_db_sqlite_get_connection (PtDb *db)
{
  g_return_val_if_fail (db->backend == PT_DB_BACKEND_SQLITE, NULL);

  return CONNECTION (db);
}

sqlite3_stmt *
pt_db_sqlite_get_statement (PtDbStmt *stmt)
{
  g_return_val_if_fail (stmt->db->backend == PT_DB_BACKEND_SQLITE, NULL);

  return STMT (stmt);
}
