/* pt-store.h: the clinic record, kept in one SQLite file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write is one function here: it validates the record first (a
 * PT_ERROR_INVALID GError naming the field, nothing written), then writes it
 * in one transaction. Reads return record objects and GListModels; no SQL
 * leaves src/core.
 *
 * A store is used by the thread that opened it, and only by that one: a call
 * from another thread is a critical and fails with PT_ERROR_STORAGE. Work in
 * a worker thread opens a store of its own on the same file
 * (pt_csv_export_table_async does).
 */

#pragma once

#include <gio/gio.h>

#include "pt-condition.h"
#include "pt-cross-training.h"
#include "pt-outcome.h"
#include "pt-run-plan.h"
#include "pt-pain-score.h"
#include "pt-record-cursor.h"
#include "pt-patient-overview.h"
#include "pt-patient.h"
#include "pt-run.h"
#include "pt-session.h"
#include "pt-shoe.h"
#include "pt-types.h"

G_BEGIN_DECLS

#define PT_TYPE_STORE (pt_store_get_type ())

G_DECLARE_FINAL_TYPE (PtStore, pt_store, PT, STORE, GObject)

char        *pt_store_default_path        (void);
/* @location names a clinic server (postgresql://..., key=value settings,
 * service=NAME) rather than a file: such a location is given to
 * pt_store_open() as it is, never resolved as a path. */
gboolean     pt_store_location_is_server  (const char  *location);
/* Makes or updates the ProloTrack schema in the clinic server's database
 * at @location (connected as the database's owner, in its search path),
 * in one transaction, and when @app_role is given grants that role what a
 * workstation needs and no more. *@from_version: the format before, 0
 * for an empty database. */
/* One table of a copy: its rows and the SHA-256 of their values, read the
 * same way from a file and from a server. */
typedef struct
{
  const char *table;
  gint64      rows;
  char        checksum[65];
} PtStoreCount;
/* Copies every record, the clinic's settings and the audit trail from
 * @source into @target, which must hold none, in one transaction of
 * @target; each table is counted and checksummed on both sides before the
 * commit, and any difference rolls it back. *@counts: PtStoreCount per
 * table. A server target needs its owner role (pt-store-copy.c). */
gboolean     pt_store_copy                (PtStore     *source,
                                           PtStore     *target,
                                           GArray     **counts,
                                           GError     **error);
gboolean     pt_store_migrate_server      (const char  *location,
                                           const char  *app_role,
                                           guint       *from_version,
                                           GError     **error);
typedef enum
{
  PT_STORE_OPEN_DEFAULT   = 0,
  PT_STORE_OPEN_CREATE    = 1 << 0,  /* create the file (mode 0600) and its folder */
  PT_STORE_OPEN_READ_ONLY = 1 << 1,  /* never write, even when it could */
} PtStoreOpenFlags;

/* Whether the file can be written, and if not, why. A database that cannot
 * be written is opened read-only (nothing created beside it: no -wal or
 * -shm file) and every write fails with PT_ERROR_READ_ONLY. */
typedef enum
{
  PT_STORE_ACCESS_READ_WRITE,
  PT_STORE_ACCESS_READ_ONLY_FILE,    /* the file's permissions */
  PT_STORE_ACCESS_READ_ONLY_FOLDER,  /* its folder's permissions */
  PT_STORE_ACCESS_READ_ONLY_DRIVE,   /* a read-only file system */
  PT_STORE_ACCESS_READ_ONLY_ASKED,   /* PT_STORE_OPEN_READ_ONLY */
} PtStoreAccess;

/* What SQLite's quick_check said of the file since it was opened. The
 * first write checks an unchecked file; a damaged one takes no writes
 * (PT_ERROR_DAMAGED), only reads, so its records can still be looked at
 * while a backup is restored. */
typedef enum
{
  PT_STORE_INTEGRITY_UNCHECKED,
  PT_STORE_INTEGRITY_OK,
  PT_STORE_INTEGRITY_DAMAGED,
} PtStoreIntegrity;

/* Opens (creating, mode 0600, when missing) and migrates the database.
 * @path NULL means $PROLOTRACK_DATABASE, else pt_store_default_path(). */
PtStore     *pt_store_open                (const char  *path,
                                           GError     **error);
/* The same; without PT_STORE_OPEN_CREATE a missing file is
 * PT_ERROR_NOT_FOUND and nothing is created. */
PtStore     *pt_store_open_full           (const char        *path,
                                           PtStoreOpenFlags   flags,
                                           GError           **error);
/* Opens a clinic server's @location (pt_db_location_is_server) as
 * pt_store_open_full() does, the connection made in a worker so the
 * caller's main loop goes on while a server that does not answer is
 * waited for; @callback comes in the caller's thread, the store's.
 * @password is one a person typed (NULL: ~/.pgpass, then the desktop's
 * keyring); with PT_STORE_CONNECT_REMEMBER it goes into the keyring once
 * the server has taken it. Cancelling calls back at once. */
typedef enum
{
  PT_STORE_CONNECT_DEFAULT  = 0,
  PT_STORE_CONNECT_REMEMBER = 1 << 0,
} PtStoreConnectFlags;

void         pt_store_open_server_async   (const char          *location,
                                           const char          *password,
                                           PtStoreConnectFlags  connect_flags,
                                           PtStoreOpenFlags     flags,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
/* The store, or NULL with @error; *@keyring_problem (when not NULL; may
 * be NULL) says why a password to remember could not be kept: the
 * connection stands all the same. */
PtStore     *pt_store_open_server_finish  (GAsyncResult        *result,
                                           char               **keyring_problem,
                                           GError             **error);
const char  *pt_store_get_path            (PtStore     *self);
/* Watches for what other workstations and programs save to the clinic,
 * from now on: PtStore::changed-elsewhere is emitted, from the main loop
 * and between transactions, within a few seconds of each such save
 * (pt-store-watch.c). */
gboolean     pt_store_watch_changes       (PtStore     *self,
                                           GError     **error);
/* A clinic server's address from what a person typed: "postgresql://
 * USER@HOST[:PORT]/DATABASE", with "?sslmode=verify-full" when
 * @verify_tls (the server's certificate must be signed by the CA in
 * ~/.postgresql/root.crt and name HOST). @port 0 is the usual one. NULL
 * HOST may be the folder of a Unix socket ("/run/postgresql"). NULL
 * with a PT_ERROR_INVALID error naming the field ("host", "port",
 * "database", "user") when one is missing or not a value. */
char        *pt_store_build_server_address (const char  *host,
                                            guint        port,
                                            const char  *database,
                                            const char  *user,
                                            gboolean     verify_tls,
                                            GError     **error);
/* What a clinic server's address names, for the fields of a form. */
typedef enum
{
  PT_STORE_TLS_UNSAID = -1,  /* no sslmode: the form keeps its switch */
  PT_STORE_TLS_NO_VERIFY,    /* disable, allow, prefer, require */
  PT_STORE_TLS_VERIFY,       /* verify-ca, verify-full */
} PtStoreTlsCheck;

typedef struct
{
  char            *host;      /* "" when the address names none */
  char            *port;      /* NULL for each the address does not name */
  char            *database;
  char            *user;
  char            *password;  /* wiped by pt_store_server_parts_clear() */
  PtStoreTlsCheck  verify_tls;
} PtStoreServerParts;

void         pt_store_server_parts_clear  (PtStoreServerParts *parts);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PtStoreServerParts, pt_store_server_parts_clear)

/* A whole address, as pasted into the form's Server field
 * (pt_store_location_is_server), split into the form's fields; FALSE
 * with a PT_ERROR_INVALID @error naming "host" when it cannot be read,
 * is a service of pg_service.conf, or has settings the form has no
 * field for (those would be lost on the way to the server). */
gboolean     pt_store_split_server_address (const char          *address,
                                            PtStoreServerParts  *parts,
                                            GError             **error);
/* A database's name for a title: a file's name ("prolotrack.db"), a
 * server's user, host and database ("prolotrack_app@db.clinic/prolotrack"),
 * never a password or the rest of its settings. */
char        *pt_store_describe_location   (const char  *location);
/* FALSE while a clinic server cannot be reached (a file is always
 * connected); PtStore::connection-changed says when that changes, once
 * the store watches. */
gboolean     pt_store_is_connected        (PtStore     *self);
/* Asks now, rather than at the next interval: TRUE (and the signal
 * emitted) when another connection saved something since the last time. */
gboolean     pt_store_poll_changes        (PtStore     *self);
/* The unit the store's messages give distances in (a refused edit's
 * values, PT_ERROR_CONFLICT); kilometres until set. */
void         pt_store_set_distance_unit   (PtStore        *self,
                                           PtDistanceUnit  unit);
PtStoreAccess pt_store_get_access         (PtStore     *self);
gboolean     pt_store_is_read_only        (PtStore     *self);
/* "It is on a read-only drive." and the like, for a header or a message;
 * NULL when it can be written. */
const char  *pt_store_get_read_only_reason (PtStore    *self);
PtStoreIntegrity pt_store_get_integrity   (PtStore     *self);
/* SQLite's words for the damage; NULL unless damaged. */
const char  *pt_store_get_damage          (PtStore     *self);
/* Runs quick_check now: TRUE when the file is whole; FALSE with
 * PT_ERROR_DAMAGED (SQLite's detail and the way out in the message) when
 * not, or another error when it could not be read. */
gboolean     pt_store_check_integrity     (PtStore     *self,
                                           GError     **error);
/* Records the result of a quick_check run elsewhere (a worker thread's own
 * read-only store on the same file), so the first write need not run it. */
void         pt_store_note_integrity      (PtStore     *self,
                                           gboolean     whole,
                                           const char  *damage);
/* The schema version this build writes (PRAGMA user_version). */
guint        pt_store_get_schema_version  (void);
/* Reads back a connection setting (journal_mode, synchronous, foreign_keys,
 * busy_timeout, user_version, application_id) as text. */
char        *pt_store_dup_setting         (PtStore     *self,
                                           const char  *name,
                                           GError     **error);
/* integrity_check (or quick_check) and foreign_key_check: TRUE when clean;
 * otherwise FALSE with the problems found in @problems. */
gboolean     pt_store_check               (PtStore     *self,
                                           gboolean     quick,
                                           GStrv       *problems,
                                           GError     **error);
/* Rows of one record type (PT_TYPE_RUN, ...) in the whole database. */
gint64       pt_store_count_records       (PtStore     *self,
                                           GType        record_type,
                                           GError     **error);
gint64       pt_store_count_patients      (PtStore     *self,
                                           gboolean     include_archived,
                                           GError     **error);

/* Patients */
gint64       pt_store_add_patient         (PtStore     *self,
                                           PtPatient   *patient,
                                           GError     **error);
gboolean     pt_store_update_patient      (PtStore     *self,
                                           PtPatient   *patient,
                                           GError     **error);
PtPatient   *pt_store_get_patient         (PtStore     *self,
                                           gint64       id,
                                           GError     **error);
PtPatient   *pt_store_find_patient        (PtStore     *self,
                                           const char  *id_or_record_number,
                                           GError     **error);
/* Exactly that record number, digits only or not. */
PtPatient   *pt_store_find_patient_by_record_number (PtStore    *self,
                                                     const char *record_number,
                                                     GError    **error);
/* The next free record number in the clinic's pattern: the highest number
 * of the form PREFIX + digits, plus one, with its zero padding
 * ("PT-0015" after "PT-0014"); "PT-0001" in an empty clinic. Never one
 * that is taken, archived patients included. NULL with @error on storage
 * trouble. */
char        *pt_store_suggest_record_number (PtStore   *self,
                                             GError   **error);
GListModel  *pt_store_list_patients       (PtStore     *self,
                                           gboolean     include_archived,
                                           GError     **error);
/* PtPatientOverview items sorted by name, for patient lists. */
GListModel  *pt_store_list_patient_overviews (PtStore   *self,
                                              gboolean   include_archived,
                                              GError   **error);
gboolean     pt_store_set_patient_archived (PtStore    *self,
                                            gint64      id,
                                            gboolean    archived,
                                            GError    **error);
/* Refuses (PT_ERROR_HAS_RECORDS) while the patient has any record. */
gboolean     pt_store_delete_patient      (PtStore     *self,
                                           gint64       id,
                                           GError     **error);
/* Deletes the patient and every record of theirs, in one transaction. */
gboolean     pt_store_delete_patient_with_records (PtStore  *self,
                                                   gint64    id,
                                                   GError  **error);

/* Conditions, sessions, pain scores, shoes, runs and cross-training: the same
 * five operations each; list_* returns one patient's records oldest first
 * (by date, then by id). */
gint64       pt_store_add_condition (PtStore *self, PtCondition *record, GError **error);
gboolean     pt_store_update_condition (PtStore *self, PtCondition *record, GError **error);
PtCondition *pt_store_get_condition (PtStore *self, gint64 id, GError **error);
gboolean     pt_store_delete_condition (PtStore *self, gint64 id, GError **error);
GListModel  *pt_store_list_conditions (PtStore *self, gint64 patient_id, GError **error);

gint64       pt_store_add_session (PtStore *self, PtSession *record, GError **error);
gboolean     pt_store_update_session (PtStore *self, PtSession *record, GError **error);
PtSession *pt_store_get_session (PtStore *self, gint64 id, GError **error);
gboolean     pt_store_delete_session (PtStore *self, gint64 id, GError **error);
GListModel  *pt_store_list_sessions (PtStore *self, gint64 patient_id, GError **error);

gint64       pt_store_add_pain_score (PtStore *self, PtPainScore *record, GError **error);
gboolean     pt_store_update_pain_score (PtStore *self, PtPainScore *record, GError **error);
PtPainScore *pt_store_get_pain_score (PtStore *self, gint64 id, GError **error);
gboolean     pt_store_delete_pain_score (PtStore *self, gint64 id, GError **error);
GListModel  *pt_store_list_pain_scores (PtStore *self, gint64 patient_id, GError **error);

gint64       pt_store_add_shoe (PtStore *self, PtShoe *record, GError **error);
gboolean     pt_store_update_shoe (PtStore *self, PtShoe *record, GError **error);
PtShoe *pt_store_get_shoe (PtStore *self, gint64 id, GError **error);
gboolean     pt_store_delete_shoe (PtStore *self, gint64 id, GError **error);
GListModel  *pt_store_list_shoes (PtStore *self, gint64 patient_id, GError **error);

gint64       pt_store_add_run (PtStore *self, PtRun *record, GError **error);
gboolean     pt_store_update_run (PtStore *self, PtRun *record, GError **error);
PtRun *pt_store_get_run (PtStore *self, gint64 id, GError **error);
gboolean     pt_store_delete_run (PtStore *self, gint64 id, GError **error);
GListModel  *pt_store_list_runs (PtStore *self, gint64 patient_id, GError **error);

gint64       pt_store_add_cross_training (PtStore *self, PtCrossTraining *record, GError **error);
gboolean     pt_store_update_cross_training (PtStore *self, PtCrossTraining *record, GError **error);
PtCrossTraining *pt_store_get_cross_training (PtStore *self, gint64 id, GError **error);
gboolean     pt_store_delete_cross_training (PtStore *self, gint64 id, GError **error);
GListModel  *pt_store_list_cross_training (PtStore *self, gint64 patient_id, GError **error);

/* Outcome measures (pt-outcome.h): the total must be the score of the
 * answers when they are stored (pt_outcome_compute_total () sets it). */
gint64       pt_store_add_outcome (PtStore *self, PtOutcome *record, GError **error);
gboolean     pt_store_update_outcome (PtStore *self, PtOutcome *record, GError **error);
PtOutcome   *pt_store_get_outcome (PtStore *self, gint64 id, GError **error);
gboolean     pt_store_delete_outcome (PtStore *self, gint64 id, GError **error);
GListModel  *pt_store_list_outcomes (PtStore *self, gint64 patient_id, GError **error);

/* Return-to-run plans (pt-run-plan.h), oldest start first: a patient's
 * plan is the last one. */
gint64       pt_store_add_run_plan (PtStore *self, PtRunPlan *record, GError **error);
gboolean     pt_store_update_run_plan (PtStore *self, PtRunPlan *record, GError **error);
PtRunPlan   *pt_store_get_run_plan (PtStore *self, gint64 id, GError **error);
gboolean     pt_store_delete_run_plan (PtStore *self, gint64 id, GError **error);
GListModel  *pt_store_list_run_plans (PtStore *self, gint64 patient_id, GError **error);
/* Evaluates @run_plan over @runs and @pain_scores (the patient's) by its
 * rule (pt_plan_evaluate ()); NULL with @error when the stored steps are
 * not a plan. */
PtPlanProgress *pt_store_evaluate_run_plan (PtStore        *self,
                                            PtRunPlan      *run_plan,
                                            GListModel     *runs,
                                            GListModel     *pain_scores,
                                            PtDistanceUnit  unit,
                                            GError        **error);
/* Recomputes plan @id from the patient's logged runs and pain scores and
 * stores the step it is at now, in one transaction (an audit row when the
 * step changed; *@changed tells). @out_progress (may be NULL) gets the
 * evaluation. */
gboolean     pt_store_advance_run_plan (PtStore          *self,
                                        gint64            id,
                                        PtDistanceUnit    unit,
                                        PtPlanProgress  **out_progress,
                                        gboolean         *changed,
                                        GError          **error);

/* Any record type (forms, undo): the same validated writes as the typed
 * functions above. */
/* Runs every check a save would, writing nothing. */
gboolean     pt_store_validate            (PtStore     *self,
                                           PtRecord    *record,
                                           GError     **error);
/* The stored record of @type with @id, as it is now. */
PtRecord    *pt_store_get_record          (PtStore     *self,
                                           GType        type,
                                           gint64       id,
                                           GError     **error);
gint64       pt_store_add                 (PtStore     *self,
                                           PtRecord    *record,
                                           GError     **error);
gboolean     pt_store_update              (PtStore     *self,
                                           PtRecord    *record,
                                           GError     **error);
gboolean     pt_store_delete              (PtStore     *self,
                                           PtRecord    *record,
                                           GError     **error);
/* Puts a deleted record back with its id and timestamps (undo of a
 * delete), after the same checks as an add. */
gboolean     pt_store_restore             (PtStore     *self,
                                           PtRecord    *record,
                                           GError     **error);

/* Metres run in a shoe, summed over its runs. */
double       pt_store_get_shoe_distance   (PtStore     *self,
                                           gint64       shoe_id,
                                           GError     **error);

/* Metres run in each of a patient's shoes, in one query: a table from
 * shoe id (gint64 *) to metres (double *), without shoes that have no runs;
 * read it with pt_shoe_distances_lookup(). NULL with @error on failure. */
GHashTable  *pt_store_list_shoe_distances (PtStore     *self,
                                           gint64       patient_id,
                                           GError     **error);
/* A shoe's metres in such a table; 0 for a shoe without runs. */
double       pt_shoe_distances_lookup     (GHashTable  *distances,
                                           gint64       shoe_id);

/* Runs several writes as one transaction: @func returns FALSE and sets
 * @error to roll all of them back (imports, the demo clinic). */
typedef gboolean (*PtStoreBatchFunc) (PtStore   *store,
                                      gpointer   user_data,
                                      GError   **error);
gboolean     pt_store_run_batch           (PtStore          *self,
                                           PtStoreBatchFunc  func,
                                           gpointer          user_data,
                                           GError          **error);

G_END_DECLS
