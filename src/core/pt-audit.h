/* pt-audit.h: the audit trail: who changed what, when, before and after
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every create, update, delete and restore of a record is written to the
 * audit table by the schema's triggers in the writing statement (pt-schema.c,
 * migration 6); exports and reports by pt_store_audit_event(). Just before
 * the outermost COMMIT the store fills in the clinician and chains the new
 * rows by SHA-256 (pt_audit_hash()), so pt_store_verify_audit() finds a row
 * that was edited, deleted or moved afterwards. See docs/ARCHITECTURE.md.
 */

#pragma once

#include <gio/gio.h>

#include "pt-store.h"
#include "pt-types.h"

G_BEGIN_DECLS

typedef enum
{
  PT_AUDIT_CREATE,
  PT_AUDIT_UPDATE,
  PT_AUDIT_DELETE,
  PT_AUDIT_RESTORE,
  PT_AUDIT_EXPORT,
  PT_AUDIT_REPORT,
} PtAuditAction;

/* "create", "update", ... as stored; NULL for a value out of range. */
const char    *pt_audit_action_to_nick   (PtAuditAction  action);
gboolean       pt_audit_action_from_nick (const char    *nick,
                                          PtAuditAction *action);

/* The detail of a record deleted because its patient was. */
#define PT_AUDIT_DETAIL_WITH_PATIENT "with-patient"

/* One field that a change touched. Values are as the database holds them
 * (SI units, ISO dates, enum nicks; C-locale numbers), NULL when not
 * recorded; pt_audit_format_value() says them in people's words. */
typedef struct
{
  char *field;   /* the column: "score" */
  char *before;  /* NULL for a create, or a field that was empty */
  char *after;   /* NULL for a delete, or a field emptied */
} PtAuditChange;

#define PT_TYPE_AUDIT_ENTRY (pt_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (PtAuditEntry, pt_audit_entry, PT, AUDIT_ENTRY, GObject)

gint64         pt_audit_entry_get_id         (PtAuditEntry *self);
/* UTC, ISO 8601 with milliseconds: "2026-12-02T01:30:00.123Z". */
const char    *pt_audit_entry_get_at         (PtAuditEntry *self);
/* The same as a GDateTime (UTC); NULL if the text is no timestamp. */
GDateTime     *pt_audit_entry_dup_time       (PtAuditEntry *self);
/* NULL: written by another program than ProloTrack. */
const char    *pt_audit_entry_get_clinician  (PtAuditEntry *self);
PtAuditAction  pt_audit_entry_get_action     (PtAuditEntry *self);
/* "pain_scores", or NULL for an export or a report. */
const char    *pt_audit_entry_get_table      (PtAuditEntry *self);
gint64         pt_audit_entry_get_record_id  (PtAuditEntry *self);
gint64         pt_audit_entry_get_patient_id (PtAuditEntry *self);
/* What an export or report wrote, or PT_AUDIT_DETAIL_WITH_PATIENT; may be NULL. */
const char    *pt_audit_entry_get_detail     (PtAuditEntry *self);
/* The record's fields as JSON objects, or NULL. */
const char    *pt_audit_entry_get_before     (PtAuditEntry *self);
const char    *pt_audit_entry_get_after      (PtAuditEntry *self);
/* The fields whose value differs between before and after, in the
 * record's column order: every recorded field for a create or a delete. */
const PtAuditChange *pt_audit_entry_get_changes (PtAuditEntry *self,
                                                 guint        *n_changes);

/* "Changed the pain score", "Deleted the run with the patient",
 * "Exported records": the entry in a few words (translated). */
char          *pt_audit_entry_describe       (PtAuditEntry *self);
/* A field's label in the record's form ("Pain"); the column name for a
 * column no record type knows. */
const char    *pt_audit_field_label          (const char     *table,
                                              const char     *field);
/* A stored value in people's words: pain "7.5", a distance in @unit
 * ("12.4 km"), a date ("4 Mar 2026"), a duration ("48:10"), an enum's
 * label ("Plantar fasciitis"); "—" for NULL. */
char          *pt_audit_format_value         (const char     *table,
                                              const char     *field,
                                              const char     *value,
                                              PtDistanceUnit  unit);
/* "Pain: 6 → 4"; "Pain: 6" for a create, a restore or a delete. */
char          *pt_audit_change_describe      (PtAuditEntry        *self,
                                              const PtAuditChange *change,
                                              PtDistanceUnit       unit);

/* The chain's hash of a row: lower-case hex SHA-256 of @prev_hash (the
 * previous row's hash, "" for the first row) followed by the canonical
 * serialization of the row's @n_values values in column order (id, at,
 * clinician, action, table_name, record_id, patient_id, detail, before,
 * after): each value NULL as "N;", else "S" <byte length> ":" <UTF-8
 * bytes> ";", integers in decimal. */
char          *pt_audit_hash                 (const char          *prev_hash,
                                              const char * const  *values,
                                              guint                n_values);

/* For the store. */
PtAuditEntry  *pt_audit_entry_new            (gint64         id,
                                              const char    *at,
                                              const char    *clinician,
                                              PtAuditAction  action,
                                              const char    *table,
                                              gint64         record_id,
                                              gint64         patient_id,
                                              const char    *detail,
                                              const char    *before,
                                              const char    *after);
void           pt_audit_entry_add_change     (PtAuditEntry  *self,
                                              const char    *field,
                                              const char    *before,
                                              const char    *after);
/* The changes of the fields that differ between the entry's before and
 * after objects, in the record's column order (pt-audit-fields.c). */
void           pt_audit_entry_add_changes_from_fields (PtAuditEntry *self);

/* ---- the store's side (pt-store-audit.c) ---- */

/* Who is recorded for the changes this store writes from now on: the
 * app's Preferences (default-clinician), prolotrack-cli's --clinician;
 * NULL or "" gives the login name (g_get_user_name()). */
void           pt_store_set_clinician        (PtStore      *store,
                                              const char   *name);
const char    *pt_store_get_clinician        (PtStore      *store);
/* Records an export, a report or the restore of a backup (@action
 * PT_AUDIT_EXPORT, PT_AUDIT_REPORT or PT_AUDIT_RESTORE) of @patient_id (0: of several patients), with @detail
 * (what and where: "runs CSV to /tmp/runs.csv"), in its own transaction
 * or in the caller's. */
gboolean       pt_store_audit_event          (PtStore      *store,
                                              PtAuditAction action,
                                              gint64        patient_id,
                                              const char   *detail,
                                              GError      **error);
/* The history of one record (@table "pain_scores", @record_id) or, with
 * @table NULL, of everything about the patient @record_id; newest first.
 * A GPtrArray of PtAuditEntry. */
GPtrArray     *pt_store_list_audit           (PtStore      *store,
                                              const char   *table,
                                              gint64        record_id,
                                              GError      **error);
/* The same for a saved record (its table and id). */
GPtrArray     *pt_store_list_record_audit    (PtStore      *store,
                                              PtRecord     *record,
                                              GError      **error);
/* Walks the chain from the first row: TRUE when every row is as written.
 * Otherwise FALSE with @problems (may be NULL) naming each broken link in
 * row order ("Audit row 17 was changed after it was written"), the first
 * bad row first. FALSE with @error set when the walk itself failed. */
gboolean       pt_store_verify_audit         (PtStore      *store,
                                              GStrv        *problems,
                                              GError      **error);

G_END_DECLS
