/* pt-store-import.c: many records from a file, in one transaction
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See pt-store-import.h. The INSERT of each record type is prepared once
 * (one with an id, one without) and reused; each record is one statement,
 * so a CHECK or foreign-key failure takes back that statement only and the
 * import can go on without it. Like the bulk path (pt-store-bulk.c), the
 * audit trail's insert triggers are dropped inside the transaction and
 * recreated before COMMIT, with one audit row per record type instead.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-date.h"
#include "pt-error.h"
#include "pt-store-import.h"
#include "pt-store-private.h"
#include "pt-validate.h"

#define MAX_TYPES 8

/* id, created_at and updated_at, before the record's fields. */
#define EXTRA_COLUMNS 3
static const char * const extra_types[EXTRA_COLUMNS + 1] = { "BIGINT", "TEXT", "TEXT", NULL };

/* Rows per INSERT of a batch: SQLite builds the lookup tables of the
 * schema's CHECK (x IN (...)) constraints once per statement run, so a
 * statement of many rows costs much less per row (pt-store-bulk.c). */
#define BATCH_ROWS 128

/* KiB of page cache while an import runs: with SQLite's default of 2 MiB,
 * pages that are still filling spill to the -wal again and again (ten
 * writes a page for 200,000 runs). */
#define IMPORT_CACHE_KIB 32768

typedef struct
{
  GType           type;
  PtRecordClass  *klass;
  PtValidateFunc  validate;
  gboolean        batched;    /* FALSE for patients: their checks read their own table */
  PtStmt         *single;     /* INSERT ... (id, fields) VALUES (one row) */
  PtStmt         *batch;      /* INSERT ... SELECT * FROM (VALUES BATCH_ROWS rows) LIMIT ? */
  PtStmt         *exists;     /* SELECT 1 ... WHERE id = ? */
  gint64          stored_max; /* the highest id in the table when the import began */
  guint           pending;    /* rows bound to @batch, not yet written */
  gboolean        pending_ids;  /* whether the pending rows came with ids */
  gint64          max_id;     /* the highest id given to a record of this import */
  guint64         n_added;
  gint64          patient_id; /* the one patient of every record added; -1 several */
  GArray         *added_ids;  /* with remember_ids */
} Table;

struct _PtStoreImport
{
  PtStore  *store;
  gint64    cache_size;  /* to put back */
  char     *now;         /* created_at and updated_at of every record: one moment */
  char     *source;
  gboolean  remember_ids;
  GDate     today;
  Table     tables[MAX_TYPES];
  guint     n_tables;
};

static void
import_free (PtStoreImport *import)
{
  for (guint i = 0; i < import->n_tables; i++)
    {
      pt_db_stmt_free (import->tables[i].single);
      pt_db_stmt_free (import->tables[i].batch);
      pt_db_stmt_free (import->tables[i].exists);
      g_clear_pointer (&import->tables[i].added_ids, g_array_unref);
    }
  pt_store_restore_cache (import->store, import->cache_size);
  pt_store_set_lookup_memo (import->store, FALSE);
  g_object_unref (import->store);
  g_free (import->now);
  g_free (import->source);
  g_free (import);
}

PtStoreImport *
pt_store_import_begin (PtStore     *store,
                       const char  *source,
                       GError     **error)
{
  PtStoreImport *import;
  gint64 cache_size;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (!pt_store_grow_cache (store, IMPORT_CACHE_KIB, &cache_size, error))
    return NULL;

  if (!pt_store_begin (store, error))
    {
      pt_store_restore_cache (store, cache_size);
      return NULL;
    }

  if (!pt_store_audit_pause_inserts (store, error))
    {
      pt_store_rollback (store);
      pt_store_restore_cache (store, cache_size);
      return NULL;
    }

  import = g_new0 (PtStoreImport, 1);
  import->store = g_object_ref (store);
  import->cache_size = cache_size;
  pt_store_set_lookup_memo (store, TRUE);
  import->now = pt_store_query_text (store, "SELECT " NOW_UTC, error);
  if (import->now == NULL)
    {
      pt_store_import_abort (import);
      return NULL;
    }
  import->source = g_strdup (source);
  pt_date_today (&import->today);
  return import;
}

void
pt_store_import_set_remember_ids (PtStoreImport *import,
                                  gboolean       remember)
{
  g_return_if_fail (import != NULL);

  import->remember_ids = remember;
}

static Table *
table_for (PtStoreImport  *import,
           PtRecord       *record,
           GError        **error)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (record);
  GType type = G_OBJECT_TYPE (record);
  g_autofree char *columns = NULL;
  g_autofree char *one = NULL;
  g_autofree char *many = NULL;
  g_autofree char *single = NULL;
  g_autofree char *batch = NULL;
  g_autofree char *exists = NULL;
  g_autofree char *max_sql = NULL;
  Table *table;

  for (guint i = 0; i < import->n_tables; i++)
    if (import->tables[i].type == type)
      return &import->tables[i];

  g_assert (import->n_tables < MAX_TYPES);

  columns = pt_store_column_list (klass);
  one = pt_store_values_sql (klass->n_fields + EXTRA_COLUMNS, 1);
  many = pt_store_batch_values_sql (klass, extra_types, BATCH_ROWS);
  /* A NULL id is a new one. VALUES rows come out in order, so new ids
   * follow the order of the rows. The timestamps are bound, not the
   * columns' defaults: strftime() twice a row was a fifth of an insert. */
  single = g_strdup_printf ("INSERT INTO %s (id, created_at, updated_at, %s) VALUES %s",
                            klass->table, columns, one);
  batch = g_strdup_printf ("INSERT INTO %s (id, created_at, updated_at, %s) "
                           "SELECT * FROM (VALUES %s) AS v LIMIT ?", klass->table, columns, many);
  exists = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?", klass->table);

  table = &import->tables[import->n_tables];
  *table = (Table) {
    .type = type,
    .klass = klass,
    .validate = pt_store_get_validate_func (type),
    .batched = type != PT_TYPE_PATIENT,
  };
  if (import->remember_ids)
    table->added_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  import->n_tables++;

  if (!(table->single = pt_store_prepare_owned (import->store, single, error)) ||
      !(table->batch = pt_store_prepare_owned (import->store, batch, error)) ||
      !(table->exists = pt_store_prepare_owned (import->store, exists, error)))
    return NULL;

  max_sql = g_strdup_printf ("SELECT coalesce(max(id), 0) FROM %s", klass->table);
  table->stored_max = pt_store_query_int (import->store, max_sql, 0, error);
  if (table->stored_max < 0)
    return NULL;

  return table;
}

/* Runs @stmt once; the last id it gave is in *@last_id. */
static gboolean
step (PtStoreImport  *import,
      PtStmt         *stmt,
      gint64         *last_id,
      GError        **error)
{
  int rc = pt_store_step (import->store, stmt, error);

  pt_db_reset (stmt);
  if (rc != 0 && last_id != NULL)
    *last_id = pt_db_last_insert_id (pt_db_stmt_get_db (stmt));
  return rc != 0;
}

/* Writes the pending rows. New ids (rows that came without one) are the
 * next ones after the highest in the table, one after the other, so the
 * last one tells them all. */
static gboolean
flush (PtStoreImport  *import,
       Table          *table,
       GError        **error)
{
  guint n = table->pending;
  gint64 last_id = 0;

  if (n == 0)
    return TRUE;

  table->pending = 0;
  pt_db_bind_int64 (table->batch,
                    (int) (BATCH_ROWS * (table->klass->n_fields + EXTRA_COLUMNS) + 1), (int) n);
  if (!step (import, table->batch, &last_id, error))
    return FALSE;

  if (table->added_ids != NULL && !table->pending_ids)
    for (gint64 id = last_id - n + 1; id <= last_id; id++)
      g_array_append_val (table->added_ids, id);
  table->max_id = MAX (table->max_id, last_id);

  return TRUE;
}

static gboolean
flush_all (PtStoreImport  *import,
           GError        **error)
{
  for (guint i = 0; i < import->n_tables; i++)
    if (!flush (import, &import->tables[i], error))
      return FALSE;

  return TRUE;
}

/* A record of @table with @record's id: none (ADDED: go on), the same
 * (DUPLICATE) or another (REFUSED). */
static PtStoreImportResult
compare_with_stored (PtStoreImport  *import,
                     Table          *table,
                     PtRecord       *record,
                     GError        **error)
{
  g_autoptr(PtRecord) stored = NULL;
  gint64 id = pt_record_get_id (record);
  int rc;

  /* Above every id stored or given so far: no record has it. */
  if (id > table->stored_max && id > table->max_id)
    return PT_STORE_IMPORT_ADDED;

  /* A file whose ids do not only grow may repeat one still pending. */
  if (id <= table->max_id && !flush (import, table, error))
    return PT_STORE_IMPORT_FAILED;

  pt_db_bind_int64 (table->exists, 1, id);
  rc = pt_store_step (import->store, table->exists, error);
  pt_db_reset (table->exists);
  if (rc == 0)
    return PT_STORE_IMPORT_FAILED;
  if (rc != PT_DB_ROW)
    return PT_STORE_IMPORT_ADDED;

  stored = pt_store_load_record (import->store, table->type, id, error);
  if (stored == NULL)
    return PT_STORE_IMPORT_FAILED;

  if (pt_record_fields_equal (stored, record))
    return PT_STORE_IMPORT_DUPLICATE;

  pt_set_field_error (error, "id",
                      _("Record %lld already exists with other values; it was not replaced"),
                      (long long) id);
  return PT_STORE_IMPORT_REFUSED;
}

static PtStoreImportResult
refused_or_failed (GError **error)
{
  return error != NULL && *error != NULL && !g_error_matches (*error, PT_ERROR, PT_ERROR_INVALID)
         ? PT_STORE_IMPORT_FAILED : PT_STORE_IMPORT_REFUSED;
}

static void
count_added (Table  *table,
             gint64  patient_id)
{
  if (table->patient_id == 0)
    table->patient_id = patient_id;
  else if (table->patient_id != patient_id)
    table->patient_id = -1;

  table->n_added++;
}

/* Binds @record (with @id, or NULL for a new one) from parameter @first. */
static void
bind_record (PtStoreImport  *import,
             PtStmt         *stmt,
             Table          *table,
             int             first,
             gint64          id,
             PtRecord       *record)
{
  if (id > 0)
    pt_db_bind_int64 (stmt, first, id);
  else
    pt_db_bind_null (stmt, first);
  pt_db_bind_text_static (stmt, first + 1, import->now);
  pt_db_bind_text_static (stmt, first + 2, import->now);

  for (guint i = 0; i < table->klass->n_fields; i++)
    pt_store_bind_field (stmt, first + EXTRA_COLUMNS + (int) i, record, &table->klass->fields[i]);
}

PtStoreImportResult
pt_store_import_add (PtStoreImport  *import,
                     PtRecord       *record,
                     GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = pt_record_get_id (record);
  PtStoreImportResult result;
  gint64 patient_id;
  Table *table;

  g_return_val_if_fail (import != NULL, PT_STORE_IMPORT_FAILED);
  g_return_val_if_fail (PT_IS_RECORD (record), PT_STORE_IMPORT_FAILED);

  table = table_for (import, record, &local_error);
  if (table == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return PT_STORE_IMPORT_FAILED;
    }

  if (!pt_validate_fields_on (record, &import->today, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return PT_STORE_IMPORT_REFUSED;
    }

  if (id > 0)
    {
      result = compare_with_stored (import, table, record, error);
      if (result != PT_STORE_IMPORT_ADDED)
        return result;
    }

  if (table->validate != NULL && !table->validate (import->store, record, &local_error))
    {
      result = refused_or_failed (&local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return result;
    }

  patient_id = table->type == PT_TYPE_PATIENT ? id : pt_field_get_int (record, "patient_id");

  if (!table->batched)
    {
      gint64 last_id = 0;

      /* A CHECK or foreign key that validation did not foresee refuses
       * this record only (its statement is taken back); a full disk or an
       * I/O error ends the import. */
      bind_record (import, table->single, table, 1, id, record);
      if (!step (import, table->single, &last_id, &local_error))
        {
          result = refused_or_failed (&local_error);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return result;
        }
      if (table->type == PT_TYPE_PATIENT)
        patient_id = last_id;
      if (table->added_ids != NULL)
        g_array_append_val (table->added_ids, last_id);
      count_added (table, patient_id);
      table->max_id = MAX (table->max_id, last_id);
      return PT_STORE_IMPORT_ADDED;
    }

  /* Batched: the checks above are a typed save's, and the schema's
   * constraints mirror them, so a batch does not fail on a record's
   * values; if it does, the import stops (FAILED) rather than guess
   * which of its rows was at fault. */
  if (table->pending > 0 && table->pending_ids != (id > 0) && !flush (import, table, error))
    return PT_STORE_IMPORT_FAILED;

  bind_record (import, table->batch, table,
               1 + (int) (table->pending * (table->klass->n_fields + EXTRA_COLUMNS)), id, record);
  table->pending_ids = id > 0;
  if (id > 0 && table->added_ids != NULL)
    g_array_append_val (table->added_ids, id);
  table->max_id = MAX (table->max_id, id);
  count_added (table, patient_id);

  if (++table->pending == BATCH_ROWS && !flush (import, table, error))
    return PT_STORE_IMPORT_FAILED;

  return PT_STORE_IMPORT_ADDED;
}

const gint64 *
pt_store_import_get_added_ids (PtStoreImport *import,
                               GType          type,
                               gsize         *n_ids,
                               GError       **error)
{
  g_return_val_if_fail (import != NULL, NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = 0;
  if (!flush_all (import, error))
    return NULL;

  for (guint i = 0; i < import->n_tables; i++)
    if (import->tables[i].type == type && import->tables[i].added_ids != NULL)
      {
        *n_ids = import->tables[i].added_ids->len;
        return (const gint64 *) (gpointer) import->tables[i].added_ids->data;
      }

  return (const gint64 *) "";
}

guint64
pt_store_import_get_n_added (PtStoreImport *import)
{
  guint64 n = 0;

  g_return_val_if_fail (import != NULL, 0);

  for (guint i = 0; i < import->n_tables; i++)
    n += import->tables[i].n_added;
  return n;
}

/* "Imported 12 runs from garmin.fit" */
static char *
describe_count (const char  *table,
                guint64      n,
                const char  *source)
{
  gulong count = (gulong) MIN (n, G_MAXULONG);
  unsigned long long shown = (unsigned long long) n;

  /* Translators: the audit trail's entries for an import: how many records
   * of a kind, and the file or folder they came from */
  if (g_str_equal (table, "patients"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu patient from %s", "Imported %llu patients from %s", count),
                            shown, source);
  if (g_str_equal (table, "conditions"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu condition from %s", "Imported %llu conditions from %s", count),
                            shown, source);
  if (g_str_equal (table, "sessions"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu treatment session from %s", "Imported %llu treatment sessions from %s", count),
                            shown, source);
  if (g_str_equal (table, "pain_scores"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu pain score from %s", "Imported %llu pain scores from %s", count),
                            shown, source);
  if (g_str_equal (table, "shoes"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu shoe from %s", "Imported %llu shoes from %s", count),
                            shown, source);
  if (g_str_equal (table, "runs"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu run from %s", "Imported %llu runs from %s", count),
                            shown, source);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu cross-training session from %s", "Imported %llu cross-training sessions from %s", count),
                            shown, source);
}

/* One audit row per record type with records. */
static gboolean
audit_import (PtStoreImport  *import,
              GError        **error)
{
  if (!pt_store_audit_resume_inserts (import->store, error))
    return FALSE;

  for (guint i = 0; i < import->n_tables; i++)
    {
      Table *table = &import->tables[i];
      g_autoptr(PtStmt) stmt = NULL;
      g_autofree char *detail = NULL;

      if (table->n_added == 0)
        continue;

      detail = describe_count (table->klass->table, table->n_added, import->source);
      stmt = pt_store_prepare (import->store,
                               "INSERT INTO audit (action, table_name, patient_id, detail) "
                               "VALUES ('create', ?, nullif(?, -1), substr(?, 1, 2000))", error);
      if (stmt == NULL)
        return FALSE;

      pt_db_bind_text_static (stmt, 1, table->klass->table);
      pt_db_bind_int64 (stmt, 2, table->patient_id);
      pt_db_bind_text_static (stmt, 3, detail);
      if (pt_store_step (import->store, stmt, error) == 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
pt_store_import_commit (PtStoreImport  *import,
                        GError        **error)
{
  gboolean ok;

  g_return_val_if_fail (import != NULL, FALSE);

  ok = flush_all (import, error) && audit_import (import, error);
  if (ok)
    ok = pt_store_commit (import->store, error);
  else
    pt_store_rollback (import->store);

  /* Only now the page cache shrinks back: before the commit, that would
   * spill its pages to the -wal. */
  import_free (import);
  return ok;
}

void
pt_store_import_abort (PtStoreImport *import)
{
  g_return_if_fail (import != NULL);

  pt_store_rollback (import->store);
  import_free (import);
}

gboolean
pt_store_delete_records (PtStore       *store,
                         GType          type,
                         const gint64  *ids,
                         gsize          n_ids,
                         GError       **error)
{
  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_type_is_a (type, PT_TYPE_RECORD), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (!pt_store_begin (store, error))
    return FALSE;

  for (gsize i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!pt_store_delete_record (store, type, ids[i], &local_error) &&
          !g_error_matches (local_error, PT_ERROR, PT_ERROR_NOT_FOUND))
        {
          pt_store_rollback (store);
          if (g_error_matches (local_error, PT_ERROR, PT_ERROR_STORAGE) && type == PT_TYPE_PATIENT)
            g_set_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS,
                         _("Patient %lld has records; they are kept"), (long long) ids[i]);
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  pt_store_want_checkpoint (store);
  return pt_store_commit (store, error);
}
