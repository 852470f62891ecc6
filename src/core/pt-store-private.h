/* pt-store-private.h: what the pt-store-*.c files share (core-internal)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statements go through pt-db.h, the storage interface with a SQLite
 * and a PostgreSQL backend; only the SQLite file's own handling (opening,
 * WAL, quick_check, the backup API: pt-store-open.c, pt-store-backup.c)
 * reaches SQLite itself, through pt-db-sqlite.h.
 */

#pragma once

#include "pt-db.h"

#include "pt-record-private.h"
#include "pt-store.h"

G_BEGIN_DECLS

/* "PrLT": marks the file as ours (PRAGMA application_id). */
#define PT_APPLICATION_ID 0x50724c54

#define PT_STORE_BUSY_TIMEOUT_MS 5000

/* SQLite's BEGIN IMMEDIATE on a clinic server: one writer at a time, as
 * the file's write lock makes it, which the audit chain's order and the
 * checks that read before they write (a record number's uniqueness, a
 * record's version) rely on. The lock is the transaction's, keyed by our
 * application id and the schema, so two clinics on one server do not wait
 * for each other. */
#define PT_STORE_SERVER_BEGIN_WRITE \
  "BEGIN; SELECT pg_advisory_xact_lock (1349667924, hashtext (current_schema ()))"
/* SQLite's BEGIN DEFERRED, a snapshot that only reads: the server's
 * snapshot lasts for the transaction only in REPEATABLE READ. */
#define PT_STORE_SERVER_BEGIN_READ "BEGIN ISOLATION LEVEL REPEATABLE READ"

/* Wrong PINs in a row on this connection, and when the next try may come
 * (g_get_monotonic_time): pt-store-pin.c. */
typedef struct
{
  guint  failures;
  gint64 retry_at;
} PtPinAttempts;

/* The audit trail's state on this connection (pt-store-audit.c): who is
 * recorded, and whether the schema has the audit table yet (not while
 * the migrations before it run). */
typedef struct
{
  char     *clinician;  /* NULL: the login name */
  gboolean  ready;
} PtAuditState;

/* The connection's state: pt-store.c and pt-store-open.c use the fields;
 * every other file goes through the functions below. */
/* The last patient and references an import's checks looked up, so a
 * file sorted by patient asks the database once per patient, not once per
 * row (pt-store-import.c turns it on for its transaction, in which no
 * patient, shoe or condition changes). */
typedef struct
{
  gboolean  active;
  gint64    patient_id;     /* 0: none yet */
  char     *birth;
  gint64    ref_id[2];      /* shoes, conditions */
  gint64    ref_owner[2];
} PtLookupMemo;

/* pt-store-watch.c: whether other connections changed the clinic. */
typedef struct
{
  gboolean  active;
  guint     source_id;
  gint64    seen;       /* pt_db_poll_changes()' last answer */
  gboolean  missed;     /* a server's session was new: tell once */
  gboolean  connected;  /* as last told (connection-changed) */
  char     *payload;    /* a server's schema, the notifications' payload */
  /* A server's new session being made in a worker (pt-store-server.c):
   * cancelled when the store goes. */
  GCancellable *reconnecting;
} PtWatchState;

struct _PtStore
{
  GObject           parent_instance;

  char             *path;
  PtDb             *db;          /* with its cache of prepared statements */
  guint             tx_depth;
  GThread          *thread;      /* the one that opened it, the only one to use it */
  PtPinAttempts     pin_attempts;

  PtStoreAccess     access;      /* why it cannot be written, if it cannot */
  PtStoreIntegrity  integrity;
  char             *damage;      /* what SQLite found, when damaged */
  gboolean          checkpoint_wanted;  /* a delete in this transaction */
  PtAuditState      audit;
  PtLookupMemo      memo;
  /* A server's lost connection (pt-store-server.c): no new attempt before
   * retry_at (g_get_monotonic_time), then backoff_s more after a failed one. */
  gint64            retry_at;
  guint             backoff_s;
  PtDistanceUnit    unit;        /* of distances in messages */
  gboolean          tx_writes;   /* the open transaction is a write */
  PtWatchState      watch;
};

void      pt_store_set_lookup_memo    (PtStore     *self,
                                       gboolean     active);

/* A large write's page cache of @kib KiB, with statement journals in
 * memory, set before its transaction (temp_store cannot change inside
 * one); *@previous is the size pt_store_restore_cache() puts back. A
 * server's memory is its own: both do nothing there. */
gboolean  pt_store_grow_cache         (PtStore          *self,
                                       int               kib,
                                       gint64           *previous,
                                       GError          **error);
void      pt_store_restore_cache      (PtStore          *self,
                                       gint64            previous);

/* pt-store-conflict.c */
/* PT_ERROR_CONFLICT: @stored, read now, is a newer version than the one
 * @mine was edited from; the message says who changed it and when, and
 * both values of every field in which they differ. */
void      pt_store_set_conflict_error (PtStore          *self,
                                       PtRecord         *mine,
                                       PtRecord         *stored,
                                       GError          **error);

/* pt-store-watch.c */
/* Before a transaction's COMMIT: a server's other workstations hear of it. */
void      pt_store_watch_notify_commit (PtStore         *self);
/* After a server's session is new: LISTEN again, if watching. */
gboolean  pt_store_watch_listen       (PtStore          *self,
                                       GError          **error);
void      pt_store_watch_clear        (PtStore          *self);

/* pt-store-server.c */
/* Whether the store works on a clinic server rather than a file. */
gboolean  pt_store_is_server          (PtStore          *self);
/* TRUE when the store can run a statement: a file always can; a server's
 * lost connection is made again, at most once per backoff (1, 2, 4 … 60
 * s), else PT_ERROR_CONNECTION. Only between transactions. A store that
 * watches for changes (a window's) makes it in a worker and says
 * connection-changed when it is back; meanwhile this is FALSE. */
gboolean  pt_store_server_check_connection (PtStore     *self,
                                            GError     **error);
/* Connects to the server at self->path and checks its schema. */
gboolean  pt_store_open_server        (PtStore          *self,
                                       PtStoreOpenFlags  flags,
                                       GError          **error);
/* The same with a connection made already (pt-store-connect.c): the
 * store takes @db, also when it fails. */
gboolean  pt_store_server_take_db     (PtStore          *self,
                                       PtDb             *db,
                                       PtStoreOpenFlags  flags,
                                       GError          **error);

/* pt-store-open.c */
/* FALSE with PT_ERROR_READ_ONLY or PT_ERROR_DAMAGED when nothing may be
 * written to the file. */
gboolean  pt_store_check_writable     (PtStore     *self,
                                       GError     **error);
void      pt_store_set_damaged_error  (PtStore     *self,
                                       GError     **error);
/* After a transaction that deleted records: copies the log into the file
 * and empties it, so deleted data does not stay behind in the -wal. */
void      pt_store_checkpoint_deleted (PtStore     *self);
/* Asks for pt_store_checkpoint_deleted() when the transaction commits. */
void      pt_store_want_checkpoint    (PtStore     *self);

/* One text value of a statement (a PRAGMA); NULL with @error. */
char     *pt_store_query_text         (PtStore     *self,
                                       const char  *sql,
                                       GError     **error);

/* The current UTC time as the store writes timestamps, in SQL. */
#define NOW_UTC "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

/* The connection itself, for the backup API (pt-store-backup.c); NULL
 * with @error when called from another thread than the store's. */
PtDb     *pt_store_get_db         (PtStore     *self,
                                   GError     **error);

/* A cached prepared statement; g_autoptr(PtStmt) resets it when done. */
typedef PtDbStmt PtStmt;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtStmt, pt_db_reset)

PtStmt   *pt_store_prepare        (PtStore     *self,
                                   const char  *sql,
                                   GError     **error);
/* A statement of its own, not cached: the caller pt_db_stmt_free()s it.
 * For statements that stay open across other calls (a PtRecordCursor). */
PtStmt   *pt_store_prepare_owned  (PtStore     *self,
                                   const char  *sql,
                                   GError     **error);
PtPinAttempts *pt_store_get_pin_attempts (PtStore *self);

PtAuditState *pt_store_get_audit_state   (PtStore      *self);
void          pt_audit_state_clear       (PtAuditState *state);
/* Chains the rows without a hash, giving them this store's clinician, or
 * none when @outside (rows another program wrote before this transaction).
 * pt_store_begin() and pt_store_commit() call it at the outermost level. */
gboolean      pt_store_audit_seal        (PtStore      *self,
                                          gboolean      outside,
                                          GError      **error);
/* The insert triggers off for a fill that writes one audit row for all
 * its records, and on again in the same transaction. A server keeps them
 * (dropping a trigger is DDL, which its application role may not run):
 * there every record has its create row, and the fill's row too. */
gboolean      pt_store_audit_pause_inserts  (PtStore   *self,
                                             GError   **error);
gboolean      pt_store_audit_resume_inserts (PtStore   *self,
                                             GError   **error);
/* The create the triggers wrote for @record in this transaction was a
 * restore (undo of a delete). */
gboolean      pt_store_audit_mark_restore (PtStore     *self,
                                           PtRecord    *record,
                                           GError     **error);

/* Maps the connection's last failure (pt_db_get_fault) to a PT_ERROR with
 * a message for a clinician. */
void      pt_store_set_error      (PtStore     *self,
                                   GError     **error);
/* pt_db_step() that reports failures as GError; returns PT_DB_ROW or
 * PT_DB_DONE, or 0 (PT_DB_FAILED) after setting @error. */
int       pt_store_step           (PtStore     *self,
                                   PtStmt      *stmt,
                                   GError     **error);
/* The same for a statement that must give a row (RETURNING, aggregates):
 * TRUE on a row, FALSE with @error set otherwise. */
gboolean  pt_store_step_row       (PtStore     *self,
                                   PtStmt      *stmt,
                                   GError     **error);
gboolean  pt_store_exec           (PtStore     *self,
                                   const char  *sql,
                                   GError     **error);
/* pt_store_begin() for a note that changes no record (the audit trail's
 * export and report events): it skips the quick_check of a file not yet
 * checked, which reads the whole file, so that reading the clinic out
 * (prolotrack-cli export-csv, report) stays as fast as reading it. A
 * damaged or read-only file still refuses it. */
gboolean  pt_store_begin_note     (PtStore     *self,
                                   GError     **error);
/* Nestable: the outermost is BEGIN IMMEDIATE, inner ones are savepoints. */
gboolean  pt_store_begin          (PtStore     *self,
                                   GError     **error);
gboolean  pt_store_commit         (PtStore     *self,
                                   GError     **error);
/* A read-only snapshot (no write lock); ended with pt_store_rollback(). */
gboolean  pt_store_begin_read     (PtStore     *self,
                                   GError     **error);
void      pt_store_rollback       (PtStore     *self);
/* One integer from a query with at most one ? bound to @arg; -1 on error. */
gint64    pt_store_query_int      (PtStore     *self,
                                   const char  *sql,
                                   gint64       arg,
                                   GError     **error);

/* Generic record SQL driven by the field tables (pt-store-records.c). */
/* Binds one field of @record to parameter @index (NULL when unset). */
void        pt_store_bind_field      (PtStmt         *stmt,
                                      int             index,
                                      PtRecord       *record,
                                      const PtField  *field);
/* "patient_id, date, ...": the columns of the field table, in order. */
char       *pt_store_column_list     (PtRecordClass  *klass);
/* "(?, ?), (?, ?)": @n_rows rows of @n_columns parameters, for a
 * multi-row INSERT (the bulk and import paths). */
char       *pt_store_values_sql      (guint           n_columns,
                                      guint           n_rows);
/* The same for a batch of @n_rows rows of @klass's fields after leading
 * columns of the SQL types @leading_types (NULL-terminated, or NULL), its
 * first row CAST to the columns' types (INSERT ... SELECT * FROM (VALUES
 * ...) LIMIT ?, which a server cannot type otherwise). */
char       *pt_store_batch_values_sql (PtRecordClass      *klass,
                                       const char * const *leading_types,
                                       guint               n_rows);
gboolean    pt_store_insert_record   (PtStore     *self,
                                      PtRecord    *record,
                                      GError     **error);
/* Writes only when a field changed; *changed tells which. */
gboolean    pt_store_update_record   (PtStore     *self,
                                      PtRecord    *record,
                                      gboolean    *changed,
                                      GError     **error);
PtRecord   *pt_store_load_record     (PtStore     *self,
                                      GType        type,
                                      gint64       id,
                                      GError     **error);
/* Records whose @column equals @value (every record when @column is NULL),
 * in list order. */
GListModel *pt_store_load_records    (PtStore     *self,
                                      GType        type,
                                      const char  *column,
                                      gint64       value,
                                      GError     **error);
gboolean    pt_store_delete_record   (PtStore     *self,
                                      GType        type,
                                      gint64       id,
                                      GError     **error);

/* The validated write path every typed add/update goes through. */
typedef gboolean (*PtValidateFunc) (PtStore   *store,
                                    PtRecord  *record,
                                    GError   **error);
/* The store's own checks of a record type (pt_store_validate's second
 * half), for the import path. */
PtValidateFunc pt_store_get_validate_func (GType        type);
gint64      pt_store_add_checked     (PtStore        *self,
                                      PtRecord       *record,
                                      PtValidateFunc  validate,
                                      GError        **error);
gboolean    pt_store_update_checked  (PtStore        *self,
                                      PtRecord       *record,
                                      PtValidateFunc  validate,
                                      GError        **error);
/* Puts a deleted record back with its id (undo): the same checks as an add. */
gboolean    pt_store_restore_checked (PtStore        *self,
                                      PtRecord       *record,
                                      PtValidateFunc  validate,
                                      GError        **error);
/* The checks an add or update runs, without writing. */
gboolean    pt_store_validate_checked (PtStore        *self,
                                       PtRecord       *record,
                                       PtValidateFunc  validate,
                                       GError        **error);

/* The rules of each type that involve other records. */
gboolean    pt_store_validate_patient_record        (PtStore *self, PtRecord *record, GError **error);
gboolean    pt_store_validate_condition_record      (PtStore *self, PtRecord *record, GError **error);
gboolean    pt_store_validate_session_record        (PtStore *self, PtRecord *record, GError **error);
gboolean    pt_store_validate_pain_score_record     (PtStore *self, PtRecord *record, GError **error);
gboolean    pt_store_validate_shoe_record           (PtStore *self, PtRecord *record, GError **error);
gboolean    pt_store_validate_run_record            (PtStore *self, PtRecord *record, GError **error);
gboolean    pt_store_validate_cross_training_record (PtStore *self, PtRecord *record, GError **error);
gboolean    pt_store_validate_outcome_record        (PtStore *self, PtRecord *record, GError **error);
gboolean    pt_store_validate_run_plan_record       (PtStore *self, PtRecord *record, GError **error);

/* Deletes in a transaction after @guard (may be NULL) agrees. */
typedef gboolean (*PtDeleteGuard) (PtStore   *store,
                                   gint64     id,
                                   GError   **error);
gboolean    pt_store_delete_checked  (PtStore        *self,
                                      GType           type,
                                      gint64          id,
                                      PtDeleteGuard   guard,
                                      GError        **error);

/* The record's patient_id names an existing patient; @birth gets their
 * date of birth. */
gboolean    pt_store_check_patient   (PtStore        *self,
                                      PtRecord       *record,
                                      char          **birth,
                                      GError        **error);
/* The record's @field ("condition_id", "shoe_id"), when set, names a
 * record of the same patient. */
gboolean    pt_store_check_owned     (PtStore        *self,
                                      PtRecord       *record,
                                      const char     *field,
                                      GError        **error);
/* On update: refuses a patient change while @count_sql (?1 the record's id,
 * ?2 its new patient) counts records of the old patient that refer to it. */
gboolean    pt_store_check_children_stay (PtStore     *self,
                                          PtRecord    *record,
                                          const char  *count_sql,
                                          GError     **error);

G_END_DECLS
