/* pt-backup.h: backups of the clinic's database, and restoring one
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup is a complete SQLite file made with SQLite's online backup API
 * from one read snapshot, so it is consistent even while another program
 * writes. It is written under a temporary name in its folder (mode 0600),
 * checked with quick_check and renamed into place only when complete.
 *
 * Backups live in the folder "backups" next to the database (mode 0700),
 * named after the database and the UTC time they were taken:
 * "prolotrack-20261202T081500Z-automatic.db". Automatic ones (on start and
 * daily) are rotated; those made by hand and those a restore makes of the
 * data it replaces ("before-restore") are kept until deleted by hand.
 */

#pragma once

#include <gio/gio.h>

#include "pt-store.h"

G_BEGIN_DECLS

typedef enum
{
  PT_BACKUP_AUTOMATIC,       /* on start and daily; rotated */
  PT_BACKUP_MANUAL,          /* prolotrack-cli backup */
  PT_BACKUP_BEFORE_RESTORE,  /* the data a restore replaced */
} PtBackupKind;

/* "automatic", "manual", "before-restore" (in file names and JSON). */
const char  *pt_backup_kind_to_nick     (PtBackupKind  kind);
/* For people: "Automatic", "By hand", "Before a restore". */
const char  *pt_backup_kind_to_label    (PtBackupKind  kind);

#define PT_TYPE_BACKUP (pt_backup_get_type ())

G_DECLARE_FINAL_TYPE (PtBackup, pt_backup, PT, BACKUP, GObject)

/* One backup file, as pt_backup_list() found it. */
const char  *pt_backup_get_path           (PtBackup     *self);
PtBackupKind pt_backup_get_kind           (PtBackup     *self);
/* When it was taken, in UTC. */
GDateTime   *pt_backup_get_taken          (PtBackup     *self);
/* The same for people, in local time: "23 November 2026, 08:15". */
char        *pt_backup_format_taken       (PtBackup     *self);
/* Patients (archived ones too) and records of every other type; -1 when
 * the file could not be read (see pt_backup_get_problem()). */
gint64       pt_backup_get_n_patients     (PtBackup     *self);
gint64       pt_backup_get_n_records      (PtBackup     *self);
/* Rows of one record type (PT_TYPE_RUN, ...); -1 without that table. */
gint64       pt_backup_get_count          (PtBackup     *self,
                                           GType         record_type);
guint        pt_backup_get_schema_version (PtBackup     *self);
goffset      pt_backup_get_size           (PtBackup     *self);
/* Why it cannot be restored (not ProloTrack's, unreadable), or NULL. */
const char  *pt_backup_get_problem        (PtBackup     *self);

/* The folder of @db_path's backups: "backups" beside it. */
char        *pt_backup_get_dir            (const char   *db_path);
/* A free name in that folder for a backup of @kind taken at @when (any
 * time zone; named in UTC). */
char        *pt_backup_make_path          (const char   *db_path,
                                           PtBackupKind  kind,
                                           GDateTime    *when);

/* Copies the open database into @dest_path from one read snapshot,
 * replacing a file there only once the copy is complete and checked.
 * Creates @dest_path's folder (0700) when missing; the file is 0600. */
gboolean     pt_store_backup_to           (PtStore      *store,
                                           const char   *dest_path,
                                           GCancellable *cancellable,
                                           GError      **error);
/* The same from the file @db_path, on a read-only connection of its own
 * (never migrating or writing it), into the backup folder as @kind.
 * Returns the new backup's path. For a worker thread. */
char        *pt_backup_create             (const char   *db_path,
                                           PtBackupKind  kind,
                                           GCancellable *cancellable,
                                           GError      **error);

/* The backups of @db_path, newest first (each read read-only). */
GPtrArray   *pt_backup_list               (const char   *db_path,
                                           GError      **error);
/* Deletes automatic backups of @db_path past the newest @keep (> 0), and
 * temporary files an interrupted backup left. Others are never deleted. */
gboolean     pt_backup_rotate             (const char   *db_path,
                                           guint         keep,
                                           GError      **error);
/* Whether an automatic backup is due at @now: none yet, or the newest is
 * from an earlier day (local time), or 24 hours old, or from the future. */
gboolean     pt_backup_is_due             (const char   *db_path,
                                           GDateTime    *now);

/* The automatic backup in a worker thread: when due (pt_backup_is_due,
 * now), pt_backup_create() then pt_backup_rotate (@keep). Finishes with
 * the new backup's path, or NULL and no error when none was due. */
void         pt_backup_automatic_async    (const char          *db_path,
                                           guint                keep,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
char        *pt_backup_automatic_finish   (GAsyncResult        *result,
                                           GError             **error);

/* Replaces the contents of @store's database with the backup at
 * @backup_path: checks the backup (ProloTrack's, quick_check, a format
 * this version knows), backs up the current data first as a
 * "before-restore" backup (its path in @kept_path), then copies the backup
 * in with the backup API and truncates the write-ahead log, so no page of
 * the replaced data is left in it. A refused backup changes nothing.
 *
 * Afterwards close @store and open the file again: that migrates a backup
 * of an older format, and gives a store with no state of the old data. */
gboolean     pt_store_restore_from        (PtStore      *store,
                                           const char   *backup_path,
                                           char        **kept_path,
                                           GError      **error);

/* After a restore and opening the file again: the audit trail's entry,
 * naming the backup and where the replaced data was kept. */
gboolean     pt_backup_audit_restore (PtStore     *store,
                                      const char  *backup_path,
                                      const char  *kept_path,
                                      GError     **error);

G_END_DECLS
