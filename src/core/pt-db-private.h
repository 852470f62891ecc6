/* pt-db-private.h: what a backend of pt-db.h implements (core-internal)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backend's connection embeds PtDb first, its statement PtDbStmt first;
 * pt-db.c dispatches through the class and keeps what is common: the
 * statement cache and the last failure.
 */

#pragma once

#include "pt-db.h"

G_BEGIN_DECLS

/* What a statement is prepared for. */
typedef enum
{
  PT_DB_USE_CACHED,   /* kept until the connection closes */
  PT_DB_USE_OWNED,    /* the caller's, short-lived */
  PT_DB_USE_CURSOR,   /* the caller's, of many rows */
} PtDbUse;

typedef struct
{
  void        (*free)               (PtDb       *db);
  gboolean    (*exec)               (PtDb       *db,
                                     const char *sql);
  gint64      (*changes)            (PtDb       *db);
  gint64      (*last_insert_id)     (PtDb       *db);
  gboolean    (*in_transaction)     (PtDb       *db);
  gboolean    (*transaction_failed) (PtDb       *db);
  gboolean    (*is_connected)       (PtDb       *db);
  /* A new session in place of a lost one, in three steps so that the
   * slow one can run in a worker (pt_db_reconnect_begin): a plan, copied
   * from @db (NULL for none: a file's connection is never lost); a new
   * connection made from the plan alone, in any thread (NULL, with
   * *detail, when it cannot be made); and @db taking it in place of its
   * lost one, in its own thread, its cache empty by then. */
  gpointer    (*reconnect_begin)    (PtDb       *db);
  gpointer    (*reconnect_connect)  (gpointer    plan,
                                     char      **detail);
  void        (*reconnect_finish)   (PtDb       *db,
                                     gpointer    connection);
  /* The plan, and the connection when no finish took it. */
  void        (*reconnect_free)     (gpointer    plan,
                                     gpointer    connection);
  gint64      (*poll_changes)       (PtDb       *db,
                                     const char *payload);
  /* NULL after pt_db_set_fault (). */
  PtDbStmt   *(*prepare)            (PtDb       *db,
                                     const char *sql,
                                     PtDbUse     use);

  void        (*stmt_free)          (PtDbStmt   *stmt);
  int         (*bind_count)         (PtDbStmt   *stmt);
  void        (*bind_int64)         (PtDbStmt   *stmt,
                                     int         index,
                                     gint64      value);
  void        (*bind_double)        (PtDbStmt   *stmt,
                                     int         index,
                                     double      value);
  void        (*bind_text)          (PtDbStmt   *stmt,
                                     int         index,
                                     const char *value,
                                     gboolean    copy);
  void        (*bind_null)          (PtDbStmt   *stmt,
                                     int         index);
  PtDbStep    (*step)               (PtDbStmt   *stmt);
  void        (*reset)              (PtDbStmt   *stmt);
  int         (*column_count)       (PtDbStmt   *stmt);
  gboolean    (*column_is_null)     (PtDbStmt   *stmt,
                                     int         index);
  gint64      (*column_int64)       (PtDbStmt   *stmt,
                                     int         index);
  double      (*column_double)      (PtDbStmt   *stmt,
                                     int         index);
  const char *(*column_text)        (PtDbStmt   *stmt,
                                     int         index);
  gsize       (*column_bytes)       (PtDbStmt   *stmt,
                                     int         index);
} PtDbClass;

struct _PtDb
{
  const PtDbClass *klass;
  PtDbBackend      backend;
  GHashTable      *cache;    /* SQL text -> PtDbStmt */
  PtDbFault        fault;
  char            *message;
  char            *code;
  gboolean         closing;  /* pt_db_free() is freeing the cache */
};

struct _PtDbStmt
{
  PtDb *db;
  char *sql;                 /* as the caller wrote it */
};

/* For a backend's constructor: the common part of @db. */
void      pt_db_init            (PtDb            *db,
                                 const PtDbClass *klass,
                                 PtDbBackend      backend);
void      pt_db_init_stmt       (PtDbStmt        *stmt,
                                 PtDb            *db,
                                 const char      *sql);
/* Records a failure (@code may be NULL); clears it with PT_DB_FAULT_NONE. */
void      pt_db_set_fault       (PtDb            *db,
                                 PtDbFault        fault,
                                 const char      *code,
                                 const char      *message);

/* @sql with SQLite's "?" and "?NNN" parameters written as PostgreSQL's
 * "$NNN" (not inside quotes or comments); *n_params gets the highest, and
 * *used (when not NULL; g_free() it) n_params + 1 flags, TRUE at the
 * numbers the SQL names (SQLite lets "?3" stand without ?1 and ?2). */
char     *pt_db_sql_to_numbered (const char      *sql,
                                 int             *n_params,
                                 gboolean       **used);

/* Which server, database and user a password is kept for in the
 * desktop's keyring (pt-db-secret.c); NULL fields are not looked at. */
typedef struct
{
  const char *host;
  const char *port;
  const char *database;
  const char *user;
} PtDbServerKey;

/* The password the keyring keeps for @key: NULL, without @error, when it
 * keeps none; NULL with @error when there is no keyring to ask (no
 * Secret Service, or a build without libsecret). Blocks on D-Bus: call
 * it from a worker when a window waits. Wipe it before g_free(). */
char     *pt_db_secret_lookup   (const PtDbServerKey *key,
                                 GError             **error);
gboolean  pt_db_secret_store    (const PtDbServerKey *key,
                                 const char          *password,
                                 GError             **error);
gboolean  pt_db_secret_clear    (const PtDbServerKey *key,
                                 GError             **error);

G_END_DECLS
