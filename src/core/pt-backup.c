/* pt-backup.c: the backup folder: names, listing, rotation, when one is due
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copying itself (the backup API, restore) is in pt-store-backup.c.
 * A backup's name says what it is: the database's name, the UTC time it
 * was taken and its kind, "prolotrack-20261202T081500Z-automatic.db"
 * ("-2" before ".db" when two are taken in one second). Rotation and
 * pt_backup_is_due() read names only; the list opens each file read-only
 * for its counts.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pt-backup-private.h"
#include "pt-error.h"
#include "pt-record-private.h"
#include "pt-schema.h"
#include "pt-store-private.h"

/* A temporary file an interrupted backup left is removed after this. */
#define STALE_TEMP_SECONDS (60 * 60)

static const char * const kind_nicks[] = {
  [PT_BACKUP_AUTOMATIC] = "automatic",
  [PT_BACKUP_MANUAL] = "manual",
  [PT_BACKUP_BEFORE_RESTORE] = "before-restore",
};

static GType (* const record_types[]) (void) = {
  pt_condition_get_type, pt_session_get_type, pt_pain_score_get_type,
  pt_shoe_get_type, pt_run_get_type, pt_cross_training_get_type,
  pt_outcome_get_type, pt_run_plan_get_type,
};

struct _PtBackup
{
  GObject       parent_instance;

  char         *path;
  PtBackupKind  kind;
  GDateTime    *taken;
  guint         seq;          /* 1, or N of a "-N" name */
  gint64        n_patients;
  gint64        n_records;
  gint64        counts[G_N_ELEMENTS (record_types)];
  guint         schema_version;
  goffset       size;
  char         *problem;
};

G_DEFINE_FINAL_TYPE (PtBackup, pt_backup, G_TYPE_OBJECT)

static void
pt_backup_finalize (GObject *object)
{
  PtBackup *self = PT_BACKUP (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->taken, g_date_time_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (pt_backup_parent_class)->finalize (object);
}

static void
pt_backup_class_init (PtBackupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pt_backup_finalize;
}

static void
pt_backup_init (PtBackup *self)
{
  self->n_patients = -1;
  self->n_records = -1;
  for (guint i = 0; i < G_N_ELEMENTS (self->counts); i++)
    self->counts[i] = -1;
}

/* Helpers shared with pt-store-backup.c */

void
pt_backup_set_error (sqlite3     *db,
                     int          rc,
                     const char  *path,
                     GError     **error)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PT_ERROR, PT_ERROR_BUSY,
                   _("The database is in use by another program; try again in a moment"));
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_DATABASE,
                   _("“%s” is not a ProloTrack database, or it is damaged (%s)"), path, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("The disk is full; “%s” was not written"), path);
      break;
    default:
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, _("Cannot use “%s”: %s"), path, detail);
    }
}

sqlite3 *
pt_backup_open_readonly (const char  *path,
                         GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_FOUND, _("There is no file “%s”"), path);
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      pt_backup_set_error (db, rc, path, error);
      sqlite3_close_v2 (db);
      return NULL;
    }

  sqlite3_busy_timeout (db, 5000);
  return db;
}

gint64
pt_backup_query_int (sqlite3     *db,
                     const char  *sql,
                     const char  *path,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        value = sqlite3_column_int64 (stmt, 0);
    }

  if (rc != SQLITE_ROW)
    pt_backup_set_error (db, sqlite3_extended_errcode (db), path, error);

  sqlite3_finalize (stmt);
  return value;
}

/* Names */

const char *
pt_backup_kind_to_nick (PtBackupKind kind)
{
  g_return_val_if_fail (kind <= PT_BACKUP_BEFORE_RESTORE, NULL);

  return kind_nicks[kind];
}

const char *
pt_backup_kind_to_label (PtBackupKind kind)
{
  switch (kind)
    {
    case PT_BACKUP_AUTOMATIC:
      return _("Automatic");
    case PT_BACKUP_MANUAL:
      return _("By hand");
    case PT_BACKUP_BEFORE_RESTORE:
      return _("Before a restore");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "prolotrack" of "/x/prolotrack.db". */
static char *
dup_stem (const char *db_path)
{
  char *base = g_path_get_basename (db_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return base;
}

char *
pt_backup_get_dir (const char *db_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, "backups", NULL);
}

char *
pt_backup_make_path (const char   *db_path,
                     PtBackupKind  kind,
                     GDateTime    *when)
{
  g_autofree char *dir = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (when != NULL, NULL);

  dir = pt_backup_get_dir (db_path);
  stem = dup_stem (db_path);
  utc = g_date_time_to_utc (when);
  stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");

  for (guint seq = 1; ; seq++)
    {
      g_autofree char *name = seq == 1
        ? g_strdup_printf ("%s-%s-%s.db", stem, stamp, kind_nicks[kind])
        : g_strdup_printf ("%s-%s-%s-%u.db", stem, stamp, kind_nicks[kind], seq);
      char *path = g_build_filename (dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* Reads a backup's name: "STEM-YYYYMMDDTHHMMSSZ-KIND[-N].db". */
static gboolean
parse_name (const char    *stem,
            const char    *name,
            GDateTime    **taken,
            PtBackupKind  *kind,
            guint         *seq)
{
  gsize stem_len = strlen (stem);
  const char *p;
  int year, month, day, hour, minute, second;
  gint64 n = 1;

  if (strncmp (name, stem, stem_len) != 0 || name[stem_len] != '-')
    return FALSE;

  p = name + stem_len + 1;
  if (strlen (p) < 16 || p[8] != 'T' || p[15] != 'Z' ||
      !parse_digits (p, 4, &year) || !parse_digits (p + 4, 2, &month) ||
      !parse_digits (p + 6, 2, &day) || !parse_digits (p + 9, 2, &hour) ||
      !parse_digits (p + 11, 2, &minute) || !parse_digits (p + 13, 2, &second))
    return FALSE;
  p += 16;

  if (*p++ != '-')
    return FALSE;

  /* "before-restore" before any nick that could be its prefix. */
  for (int k = PT_BACKUP_BEFORE_RESTORE; ; k--)
    {
      gsize len;

      if (k < 0)
        return FALSE;

      len = strlen (kind_nicks[k]);
      if (strncmp (p, kind_nicks[k], len) != 0)
        continue;

      *kind = k;
      p += len;
      break;
    }

  if (*p == '-')
    {
      g_autofree char *digits = NULL;

      if (!g_str_has_suffix (p, ".db"))
        return FALSE;
      digits = g_strndup (p + 1, strlen (p + 1) - 3);
      if (!g_ascii_string_to_signed (digits, 10, 2, G_MAXUINT, &n, NULL))
        return FALSE;
    }
  else if (!g_str_equal (p, ".db"))
    return FALSE;

  *taken = g_date_time_new_utc (year, month, day, hour, minute, second);
  *seq = (guint) n;
  return *taken != NULL;
}

/* A backup's name, without opening it. */
typedef struct
{
  char         *path;
  GDateTime    *taken;
  PtBackupKind  kind;
  guint         seq;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->path);
  g_date_time_unref (entry->taken);
  g_free (entry);
}

/* Newest first; of one second, the later copy first. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = *(const Entry * const *) a;
  const Entry *y = *(const Entry * const *) b;
  int by_time = g_date_time_compare (y->taken, x->taken);

  if (by_time != 0)
    return by_time;
  return (y->seq > x->seq) - (y->seq < x->seq);
}

/* The backups of @db_path by their names, newest first; an empty array
 * when the folder does not exist. With @stale, also the paths of
 * temporary files an interrupted backup left. */
static GPtrArray *
scan_dir (const char  *db_path,
          GPtrArray   *stale,
          GError     **error)
{
  g_autofree char *dir = pt_backup_get_dir (db_path);
  g_autofree char *stem = dup_stem (db_path);
  g_autofree char *temp_prefix = g_strconcat (".", stem, "-", NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  listing = g_dir_open (dir, 0, &local_error);
  if (listing == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&entries);
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot read the backup folder “%s”: %s"), dir, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      Entry entry = { NULL, };

      if (stale != NULL && g_str_has_prefix (name, temp_prefix))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          GStatBuf st;

          if (g_stat (path, &st) == 0 && now - st.st_mtime > STALE_TEMP_SECONDS)
            g_ptr_array_add (stale, g_steal_pointer (&path));
          continue;
        }

      if (!parse_name (stem, name, &entry.taken, &entry.kind, &entry.seq))
        continue;

      entry.path = g_build_filename (dir, name, NULL);
      g_ptr_array_add (entries, g_memdup2 (&entry, sizeof entry));
    }

  g_ptr_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}

static gboolean
table_exists (sqlite3     *db,
              const char  *table,
              const char  *path,
              GError     **error)
{
  char *sql = sqlite3_mprintf ("SELECT count(*) FROM sqlite_schema "
                               "WHERE type = 'table' AND name = %Q", table);
  gint64 n = pt_backup_query_int (db, sql, path, error);

  sqlite3_free (sql);
  return n > 0;
}

static gint64
count_rows (sqlite3     *db,
            const char  *table,
            const char  *path,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *sql;
  gint64 n;

  if (!table_exists (db, table, path, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }

  sql = sqlite3_mprintf ("SELECT count(*) FROM \"%w\"", table);
  n = pt_backup_query_int (db, sql, path, error);
  sqlite3_free (sql);
  return n;
}

/* Reads the counts of one backup, on a read-only connection and in one
 * read transaction; a file that cannot be read gets its problem. */
static void
read_counts (PtBackup *self)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = pt_backup_open_readonly (self->path, &error);
  gint64 app_id = -1, version = -1;

  if (db != NULL && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
      (app_id = pt_backup_query_int (db, "PRAGMA application_id", self->path, &error)) >= 0 &&
      (version = pt_backup_query_int (db, "PRAGMA user_version", self->path, &error)) >= 0)
    {
      if (app_id != PT_APPLICATION_ID)
        g_set_error (&error, PT_ERROR, PT_ERROR_NOT_DATABASE,
                     _("Not a ProloTrack database"));
      else
        {
          self->schema_version = (guint) version;
          self->n_patients = count_rows (db, "patients", self->path, &error);
          self->n_records = 0;
          for (guint i = 0; i < G_N_ELEMENTS (record_types) && error == NULL; i++)
            {
              g_autoptr(PtRecordClass) klass = g_type_class_ref (record_types[i] ());

              self->counts[i] = count_rows (db, klass->table, self->path, &error);
              self->n_records += MAX (self->counts[i], 0);
            }
        }
    }

  if (db != NULL)
    sqlite3_close_v2 (db);

  if (error != NULL)
    {
      self->problem = g_strdup (error->message);
      self->n_patients = self->n_records = -1;
    }
}

GPtrArray *
pt_backup_list (const char  *db_path,
                GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  GPtrArray *backups;

  g_return_val_if_fail (db_path != NULL, NULL);

  entries = scan_dir (db_path, NULL, error);
  if (entries == NULL)
    return NULL;

  backups = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      PtBackup *backup = g_object_new (PT_TYPE_BACKUP, NULL);
      GStatBuf st;

      backup->path = g_strdup (entry->path);
      backup->kind = entry->kind;
      backup->taken = g_date_time_ref (entry->taken);
      backup->seq = entry->seq;
      if (g_stat (backup->path, &st) == 0)
        backup->size = st.st_size;
      read_counts (backup);
      g_ptr_array_add (backups, backup);
    }

  return backups;
}

gboolean
pt_backup_rotate (const char  *db_path,
                  guint        keep,
                  GError     **error)
{
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) entries = NULL;
  guint kept = 0;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  entries = scan_dir (db_path, stale, error);
  if (entries == NULL)
    return FALSE;

  for (guint i = 0; i < stale->len; i++)
    g_remove (g_ptr_array_index (stale, i));

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      if (entry->kind != PT_BACKUP_AUTOMATIC || ++kept <= keep)
        continue;

      if (g_remove (entry->path) != 0)
        {
          int saved = errno;

          g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                       _("Cannot delete the old backup “%s”: %s"), entry->path,
                       g_strerror (saved));
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
pt_backup_is_due (const char *db_path,
                  GDateTime  *now)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GDateTime) local_then = NULL;
  GTimeSpan age;
  Entry *newest = NULL;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  entries = scan_dir (db_path, NULL, NULL);
  for (guint i = 0; entries != NULL && i < entries->len && newest == NULL; i++)
    if (((Entry *) g_ptr_array_index (entries, i))->kind == PT_BACKUP_AUTOMATIC)
      newest = g_ptr_array_index (entries, i);

  if (newest == NULL)
    return TRUE;

  age = g_date_time_difference (now, newest->taken);
  if (age < 0 || age >= G_TIME_SPAN_DAY)
    return TRUE;

  local_now = g_date_time_to_local (now);
  local_then = g_date_time_to_local (newest->taken);
  return g_date_time_get_day_of_year (local_now) != g_date_time_get_day_of_year (local_then) ||
         g_date_time_get_year (local_now) != g_date_time_get_year (local_then);
}

/* The automatic backup in a worker */

typedef struct
{
  char  *db_path;
  guint  keep;
} AutomaticJob;

static void
automatic_job_free (AutomaticJob *job)
{
  g_free (job->db_path);
  g_free (job);
}

static void
automatic_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  AutomaticJob *job = task_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *path = NULL;
  GError *error = NULL;

  if (job->keep == 0 || !pt_backup_is_due (job->db_path, now))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  path = pt_backup_create (job->db_path, PT_BACKUP_AUTOMATIC, cancellable, &error);
  if (path == NULL || !pt_backup_rotate (job->db_path, job->keep, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&path), g_free);
}

void
pt_backup_automatic_async (const char          *db_path,
                           guint                keep,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AutomaticJob *job;

  g_return_if_fail (db_path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pt_backup_automatic_async);
  job = g_new0 (AutomaticJob, 1);
  job->db_path = g_strdup (db_path);
  job->keep = keep;
  g_task_set_task_data (task, job, (GDestroyNotify) automatic_job_free);
  g_task_run_in_thread (task, automatic_thread);
}

char *
pt_backup_automatic_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Getters */

const char *
pt_backup_get_path (PtBackup *self)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), NULL);
  return self->path;
}

PtBackupKind
pt_backup_get_kind (PtBackup *self)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), PT_BACKUP_AUTOMATIC);
  return self->kind;
}

GDateTime *
pt_backup_get_taken (PtBackup *self)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), NULL);
  return self->taken;
}

char *
pt_backup_format_taken (PtBackup *self)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (PT_IS_BACKUP (self), NULL);

  local = g_date_time_to_local (self->taken);
  /* Translators: a backup's date and time, see g_date_time_format() */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

gint64
pt_backup_get_n_patients (PtBackup *self)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), -1);
  return self->n_patients;
}

gint64
pt_backup_get_n_records (PtBackup *self)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), -1);
  return self->n_records;
}

gint64
pt_backup_get_count (PtBackup *self,
                     GType     record_type)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), -1);

  if (record_type == PT_TYPE_PATIENT)
    return self->n_patients;
  for (guint i = 0; i < G_N_ELEMENTS (record_types); i++)
    if (record_types[i] () == record_type)
      return self->counts[i];

  g_return_val_if_reached (-1);
}

guint
pt_backup_get_schema_version (PtBackup *self)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), 0);
  return self->schema_version;
}

goffset
pt_backup_get_size (PtBackup *self)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), 0);
  return self->size;
}

const char *
pt_backup_get_problem (PtBackup *self)
{
  g_return_val_if_fail (PT_IS_BACKUP (self), NULL);
  return self->problem;
}
