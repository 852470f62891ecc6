/* pt-store-audit.c: sealing, reading and verifying the audit trail
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows themselves are written by the triggers of migration 6
 * (pt-schema.c) in the statement that changes a record. Here, just before
 * the outermost COMMIT (pt_store_commit), the store gives the transaction's
 * new rows its clinician and chains them: each row's prev_hash is the
 * previous row's hash, its hash pt_audit_hash() of prev_hash and the row.
 * Rows another program wrote (the sqlite3 tool) have no hash when the
 * store's next write transaction begins; they are sealed then with no
 * clinician ("another program"). clinic_settings' "audit-head" holds the
 * id and hash of the newest sealed row, so deleting the newest rows is
 * found too: the next row is chained to the head's hash.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-audit.h"
#include "pt-error.h"
#include "pt-schema.h"
#include "pt-store-private.h"

/* Rows hashed per read of the unsealed ones: the rows of a read are
 * updated after it, never while it runs. */
#define SEAL_CHUNK 256

/* A verification stops listing problems after this many. */
#define MAX_PROBLEMS 100

/* The columns that the hash covers, in its order. */
#define AUDIT_COLUMNS \
  "id, at, clinician, action, table_name, record_id, patient_id, detail, before, after"
#define N_AUDIT_COLUMNS 10

#define HEAD_KEY "audit-head"

/* At most @max characters of @text (g_utf8_substring must not reach past
 * the end on GLib 2.74). */
static char *
truncate_text (const char *text,
               glong       max)
{
  if (text == NULL)
    return NULL;
  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  return g_utf8_substring (text, 0, max);
}

void
pt_audit_state_clear (PtAuditState *state)
{
  g_clear_pointer (&state->clinician, g_free);
}

void
pt_store_set_clinician (PtStore    *store,
                        const char *name)
{
  PtAuditState *state;
  g_autofree char *stripped = NULL;

  g_return_if_fail (PT_IS_STORE (store));

  state = pt_store_get_audit_state (store);
  stripped = name != NULL ? g_strstrip (g_strdup (name)) : NULL;
  g_free (state->clinician);
  state->clinician = stripped != NULL && *stripped != '\0' ? truncate_text (stripped, 200) : NULL;
}

const char *
pt_store_get_clinician (PtStore *store)
{
  PtAuditState *state;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  state = pt_store_get_audit_state (store);
  return state->clinician != NULL ? state->clinician : g_get_user_name ();
}

static void
read_row (PtStmt *stmt,
          char  **values)
{
  for (int i = 0; i < N_AUDIT_COLUMNS; i++)
    values[i] = g_strdup (pt_db_column_text (stmt, i));
}

static void
clear_row (char **values)
{
  for (int i = 0; i < N_AUDIT_COLUMNS; i++)
    g_clear_pointer (&values[i], g_free);
}

/* The hash the next row follows: the newest the trail sealed, as the head
 * records it. Not the hash of the row before: when the newest rows were
 * deleted (and SQLite hands their ids out again), the next row still
 * follows the deleted one, so the walk finds the break for good. Without
 * a head (a new trail), the row before @first_unsealed, or none. */
static gboolean
previous_hash (PtStore  *self,
               gint64    first_unsealed,
               char    **hash,
               GError  **error)
{
  g_autoptr(PtStmt) stmt = pt_store_prepare (self,
                                             "SELECT coalesce((SELECT substr(value, instr(value, "
                                             "' ') + 1) FROM clinic_settings WHERE key = '"
                                             HEAD_KEY "'), (SELECT hash FROM audit WHERE id < ? "
                                             "ORDER BY id DESC LIMIT 1))", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  pt_db_bind_int64 (stmt, 1, first_unsealed);
  rc = pt_store_step (self, stmt, error);
  *hash = rc == PT_DB_ROW ? g_strdup (pt_db_column_text (stmt, 0)) : NULL;
  return rc != 0;
}

/* Gives up to SEAL_CHUNK unsealed rows after @last_id their @clinician
 * (NULL: another program's) and hash; *n the count. */
static gboolean
seal_chunk (PtStore     *self,
            const char  *clinician,
            gint64      *last_id,
            char       **prev,
            guint       *n,
            GError     **error)
{
  g_autoptr(PtStmt) select = NULL;
  g_autoptr(GPtrArray) hashes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  select = pt_store_prepare (self, "SELECT " AUDIT_COLUMNS " FROM audit "
                             "WHERE hash IS NULL AND id > ? ORDER BY id LIMIT "
                             G_STRINGIFY (SEAL_CHUNK), error);
  if (select == NULL)
    return FALSE;

  pt_db_bind_int64 (select, 1, *last_id);
  while ((rc = pt_store_step (self, select, error)) == PT_DB_ROW)
    {
      char *values[N_AUDIT_COLUMNS];
      gint64 id = pt_db_column_int64 (select, 0);

      read_row (select, values);
      g_free (values[2]);
      values[2] = g_strdup (clinician);
      g_ptr_array_add (hashes, g_strdup (*prev));
      g_free (*prev);
      *prev = pt_audit_hash (hashes->pdata[hashes->len - 1],
                             (const char * const *) values, N_AUDIT_COLUMNS);
      g_ptr_array_add (hashes, g_strdup (*prev));
      g_array_append_val (ids, id);
      clear_row (values);
    }
  if (rc == 0)
    return FALSE;
  pt_db_reset (select);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PtStmt) update = pt_store_prepare (self, "UPDATE audit SET clinician = ?, "
                                                   "prev_hash = ?, hash = ? WHERE id = ?",
                                                   error);

      if (update == NULL)
        return FALSE;
      pt_db_bind_text_static (update, 1, clinician);
      pt_db_bind_text_static (update, 2, hashes->pdata[2 * i]);
      pt_db_bind_text_static (update, 3, hashes->pdata[2 * i + 1]);
      pt_db_bind_int64 (update, 4, g_array_index (ids, gint64, i));
      if (pt_store_step (self, update, error) == 0)
        return FALSE;
    }

  *n = ids->len;
  if (ids->len > 0)
    *last_id = g_array_index (ids, gint64, ids->len - 1);
  return TRUE;
}

/* The deletes that came with their patient's. */
static gboolean
mark_cascades (PtStore  *self,
               GError  **error)
{
  return pt_store_exec (self,
                        "UPDATE audit SET detail = '" PT_AUDIT_DETAIL_WITH_PATIENT "' "
                        "WHERE hash IS NULL AND action = 'delete' AND table_name <> 'patients' "
                        "AND patient_id IN (SELECT patient_id FROM audit WHERE hash IS NULL "
                        "AND action = 'delete' AND table_name = 'patients')", error);
}

static gboolean
write_head (PtStore     *self,
            gint64       id,
            const char  *hash,
            GError     **error)
{
  g_autoptr(PtStmt) stmt = pt_store_prepare (self,
                                             "INSERT INTO clinic_settings (key, value) "
                                             "VALUES ('" HEAD_KEY "', ?) ON CONFLICT (key) "
                                             "DO UPDATE SET value = excluded.value", error);
  g_autofree char *value = NULL;

  if (stmt == NULL)
    return FALSE;

  value = g_strdup_printf ("%" G_GINT64_FORMAT " %s", id, hash);
  pt_db_bind_text (stmt, 1, value);
  return pt_store_step (self, stmt, error) != 0;
}

gboolean
pt_store_audit_seal (PtStore   *self,
                     gboolean   outside,
                     GError   **error)
{
  g_autofree char *prev = NULL;
  gint64 first, last_id;
  guint n;

  if (!pt_store_get_audit_state (self)->ready)
    return TRUE;

  first = pt_store_query_int (self, "SELECT coalesce(min(id), 0) FROM audit WHERE hash IS NULL",
                              0, error);
  if (first <= 0)
    return first == 0;

  if ((!outside && !mark_cascades (self, error)) || !previous_hash (self, first, &prev, error))
    return FALSE;

  last_id = first - 1;
  do
    {
      if (!seal_chunk (self, outside ? NULL : pt_store_get_clinician (self), &last_id, &prev, &n,
                       error))
        return FALSE;
    }
  while (n == SEAL_CHUNK);

  return write_head (self, last_id, prev, error);
}

gboolean
pt_store_audit_mark_restore (PtStore   *self,
                             PtRecord  *record,
                             GError   **error)
{
  g_autoptr(PtStmt) stmt = NULL;

  if (!pt_store_get_audit_state (self)->ready)
    return TRUE;

  stmt = pt_store_prepare (self, "UPDATE audit SET action = 'restore' WHERE hash IS NULL AND "
                           "action = 'create' AND table_name = ? AND record_id = ?", error);
  if (stmt == NULL)
    return FALSE;

  pt_db_bind_text_static (stmt, 1, pt_record_get_table (record));
  pt_db_bind_int64 (stmt, 2, pt_record_get_id (record));
  return pt_store_step (self, stmt, error) != 0;
}

gboolean
pt_store_audit_event (PtStore       *store,
                      PtAuditAction  action,
                      gint64         patient_id,
                      const char    *detail,
                      GError       **error)
{
  g_autoptr(PtStmt) stmt = NULL;
  g_autofree char *short_detail = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (action == PT_AUDIT_EXPORT || action == PT_AUDIT_REPORT ||
                        action == PT_AUDIT_RESTORE, FALSE);

  short_detail = truncate_text (detail, 2000);

  if (!pt_store_begin_note (store, error))
    return FALSE;

  stmt = pt_store_prepare (store, "INSERT INTO audit (action, patient_id, detail) "
                           "VALUES (?, nullif(?, 0), ?)", error);
  if (stmt != NULL)
    {
      pt_db_bind_text_static (stmt, 1, pt_audit_action_to_nick (action));
      pt_db_bind_int64 (stmt, 2, patient_id);
      pt_db_bind_text_static (stmt, 3, short_detail);
    }

  if (stmt == NULL || pt_store_step (store, stmt, error) == 0)
    {
      pt_store_rollback (store);
      return FALSE;
    }

  pt_db_reset (stmt);
  return pt_store_commit (store, error);
}

/* ---- reading ---- */

static PtAuditEntry *
entry_from_row (PtStmt *stmt)
{
  PtAuditAction action = PT_AUDIT_CREATE;

  pt_audit_action_from_nick (pt_db_column_text (stmt, 3), &action);
  return pt_audit_entry_new (pt_db_column_int64 (stmt, 0),
                             pt_db_column_text (stmt, 1),
                             pt_db_column_text (stmt, 2),
                             action,
                             pt_db_column_text (stmt, 4),
                             pt_db_column_int64 (stmt, 5),
                             pt_db_column_int64 (stmt, 6),
                             pt_db_column_text (stmt, 7),
                             pt_db_column_text (stmt, 8),
                             pt_db_column_text (stmt, 9));
}

static GPtrArray *
list_entries (PtStore     *self,
              const char  *table,
              gint64       id,
              GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PtStmt) stmt = NULL;
  int rc;

  if (table != NULL)
    stmt = pt_store_prepare (self, "SELECT " AUDIT_COLUMNS " FROM audit WHERE record_id = ?1 "
                             "AND table_name = ?2 ORDER BY id DESC", error);
  else
    stmt = pt_store_prepare (self, "SELECT " AUDIT_COLUMNS " FROM audit WHERE patient_id = ?1 "
                             "ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;

  pt_db_bind_int64 (stmt, 1, id);
  if (table != NULL)
    pt_db_bind_text_static (stmt, 2, table);
  while ((rc = pt_store_step (self, stmt, error)) == PT_DB_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  if (rc == 0)
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    pt_audit_entry_add_changes_from_fields (entries->pdata[i]);

  return g_steal_pointer (&entries);
}

GPtrArray *
pt_store_list_audit (PtStore     *store,
                     const char  *table,
                     gint64       record_id,
                     GError     **error)
{
  GPtrArray *entries;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  if (!pt_store_begin_read (store, error))
    return NULL;

  entries = list_entries (store, table, record_id, error);
  pt_store_rollback (store);
  return entries;
}

GPtrArray *
pt_store_list_record_audit (PtStore   *store,
                            PtRecord  *record,
                            GError   **error)
{
  g_return_val_if_fail (PT_IS_RECORD (record), NULL);

  return pt_store_list_audit (store, pt_record_get_table (record),
                              pt_record_get_id (record), error);
}

/* ---- verifying ---- */

typedef struct
{
  GPtrArray *problems;
  guint      n_problems;   /* all found, listed or not */
  gint64     prev_id;      /* the last row seen, 0 before the first */
  char      *prev_hash;    /* its hash (NULL when unsealed or none) */
  gint64     last_sealed;
  gint64     first_unsealed;  /* of the run of unsealed rows since the last sealed one */
} Walk;

static void
problem (Walk       *walk,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (Walk       *walk,
         const char *format,
         ...)
{
  va_list args;

  walk->n_problems++;
  if (walk->problems->len >= MAX_PROBLEMS)
    return;

  va_start (args, format);
  g_ptr_array_add (walk->problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
check_link (Walk        *walk,
            gint64       id,
            const char  *prev_hash)
{
  /* Ids with no row between two rows that are chained to each other were
   * never sealed: a server's sequence skips the ids of a transaction that
   * rolled back. A row deleted from the chain breaks the link. */
  if (id > walk->prev_id + 1 && g_strcmp0 (prev_hash, walk->prev_hash) != 0)
    {
      if (id == walk->prev_id + 2)
        problem (walk, _("Audit row %lld is missing: it was deleted"),
                 (long long) walk->prev_id + 1);
      else
        problem (walk, _("Audit rows %lld to %lld are missing: they were deleted"),
                 (long long) walk->prev_id + 1, (long long) id - 1);
    }
  else if (g_strcmp0 (prev_hash, walk->prev_hash) != 0)
    problem (walk, _("Audit row %lld does not follow row %lld: rows were moved, replaced or "
                     "changed"), (long long) id, (long long) walk->prev_id);
}

static void
check_row (Walk         *walk,
           PtStmt       *stmt)
{
  char *values[N_AUDIT_COLUMNS];
  gint64 id = pt_db_column_int64 (stmt, 0);
  const char *prev_hash = pt_db_column_text (stmt, N_AUDIT_COLUMNS);
  const char *hash = pt_db_column_text (stmt, N_AUDIT_COLUMNS + 1);
  g_autofree char *expected = NULL;

  if (hash == NULL)
    {
      /* Another program's change, sealed at the store's next write. */
      if (walk->first_unsealed == 0)
        walk->first_unsealed = id;
      walk->prev_id = id;
      return;
    }

  if (walk->first_unsealed != 0)
    {
      problem (walk, _("Audit row %lld has lost its seal (its hash was "
                       "removed)"), (long long) walk->first_unsealed);
      walk->first_unsealed = 0;
      g_clear_pointer (&walk->prev_hash, g_free);
      walk->prev_hash = g_strdup (prev_hash);  /* go on from this row */
    }
  else
    check_link (walk, id, prev_hash);

  read_row (stmt, values);
  expected = pt_audit_hash (prev_hash, (const char * const *) values, N_AUDIT_COLUMNS);
  clear_row (values);
  if (!g_str_equal (expected, hash))
    problem (walk, _("Audit row %lld was changed after it was written (its "
                     "hash does not match)"), (long long) id);

  walk->prev_id = id;
  walk->last_sealed = id;
  g_free (walk->prev_hash);
  walk->prev_hash = g_strdup (hash);
}

/* The newest sealed row is the one the last seal recorded. */
static void
check_head (Walk       *walk,
            const char *head)
{
  g_auto(GStrv) parts = head != NULL ? g_strsplit (head, " ", 2) : NULL;
  gint64 head_id = 0;

  if (head == NULL)
    {
      if (walk->last_sealed > 0)
        problem (walk, _("The audit trail’s record of its newest row is missing"));
      return;
    }

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_signed (parts[0], 10, 1, G_MAXINT64, &head_id, NULL))
    {
      problem (walk, _("The audit trail’s record of its newest row is damaged"));
      return;
    }

  if (walk->first_unsealed != 0 && walk->first_unsealed <= head_id)
    problem (walk, _("Audit row %lld has lost its seal (its hash was "
                     "removed)"), (long long) walk->first_unsealed);
  else if (walk->last_sealed < head_id)
    problem (walk, _("Audit rows after row %lld are missing: the newest, row %lld, was "
                     "deleted"), (long long) walk->last_sealed, (long long) head_id);
  else if (walk->last_sealed > head_id || g_strcmp0 (walk->prev_hash, parts[1]) != 0)
    problem (walk, _("Audit row %lld is not the newest row the trail sealed"),
             (long long) walk->last_sealed);
}

static gboolean
walk_chain (PtStore  *self,
            Walk     *walk,
            GError  **error)
{
  g_autoptr(PtStmt) stmt = NULL;
  g_autoptr(PtStmt) head_stmt = NULL;
  g_autofree char *head = NULL;
  int rc;

  head_stmt = pt_store_prepare (self, "SELECT value FROM clinic_settings WHERE key = '"
                                HEAD_KEY "'", error);
  if (head_stmt == NULL || (rc = pt_store_step (self, head_stmt, error)) == 0)
    return FALSE;
  if (rc == PT_DB_ROW)
    head = g_strdup (pt_db_column_text (head_stmt, 0));

  stmt = pt_store_prepare (self, "SELECT " AUDIT_COLUMNS ", prev_hash, hash FROM audit "
                           "ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = pt_store_step (self, stmt, error)) == PT_DB_ROW)
    check_row (walk, stmt);
  if (rc == 0)
    return FALSE;

  check_head (walk, head);
  return TRUE;
}

gboolean
pt_store_verify_audit (PtStore   *store,
                       GStrv     *problems,
                       GError   **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  Walk walk = { found, 0, 0, NULL, 0, 0 };
  gboolean ok;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  if (!pt_store_begin_read (store, error))
    return FALSE;
  ok = walk_chain (store, &walk, error);
  pt_store_rollback (store);
  g_free (walk.prev_hash);
  if (!ok)
    return FALSE;

  if (walk.n_problems > found->len)
    g_ptr_array_add (found, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "… and %u more problem",
                                                          "… and %u more problems",
                                                          walk.n_problems - found->len),
                                             walk.n_problems - found->len));
  if (problems != NULL)
    {
      g_ptr_array_add (found, NULL);
      *problems = (GStrv) g_ptr_array_steal (found, NULL);
    }

  return walk.n_problems == 0;
}

gboolean
pt_store_audit_pause_inserts (PtStore  *self,
                              GError  **error)
{
  return pt_store_is_server (self) ||
         pt_store_exec (self, pt_schema_get_drop_audit_insert_triggers (), error);
}

gboolean
pt_store_audit_resume_inserts (PtStore  *self,
                               GError  **error)
{
  return pt_store_is_server (self) ||
         pt_store_exec (self, pt_schema_get_audit_insert_triggers (), error);
}
