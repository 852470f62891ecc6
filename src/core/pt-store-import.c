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
#include "pt-schema.h"
#include "pt-store-import.h"
#include "pt-store-private.h"
#include "pt-validate.h"

#define MAX_TYPES 8

typedef struct
{
  GType           type;
  PtRecordClass  *klass;
  PtValidateFunc  validate;
  PtStmt         *insert;     /* without an id */
  PtStmt         *insert_id;  /* with one */
  guint64         n_added;
  gint64          patient_id; /* the one patient of every record added; -1 several */
} Table;

struct _PtStoreImport
{
  PtStore *store;
  char    *source;
  GDate    today;
  Table    tables[MAX_TYPES];
  guint    n_tables;
};

static void
import_free (PtStoreImport *import)
{
  for (guint i = 0; i < import->n_tables; i++)
    {
      sqlite3_finalize (import->tables[i].insert);
      sqlite3_finalize (import->tables[i].insert_id);
    }
  g_object_unref (import->store);
  g_free (import->source);
  g_free (import);
}

PtStoreImport *
pt_store_import_begin (PtStore     *store,
                       const char  *source,
                       GError     **error)
{
  PtStoreImport *import;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (!pt_store_begin (store, error))
    return NULL;

  if (!pt_store_exec (store, pt_schema_get_drop_audit_insert_triggers (), error))
    {
      pt_store_rollback (store);
      return NULL;
    }

  import = g_new0 (PtStoreImport, 1);
  import->store = g_object_ref (store);
  import->source = g_strdup (source);
  pt_date_today (&import->today);
  return import;
}

static Table *
table_for (PtStoreImport  *import,
           PtRecord       *record,
           GError        **error)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (record);
  GType type = G_OBJECT_TYPE (record);
  g_autofree char *columns = NULL;
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autofree char *sql = NULL;
  g_autofree char *sql_id = NULL;
  Table *table;

  for (guint i = 0; i < import->n_tables; i++)
    if (import->tables[i].type == type)
      return &import->tables[i];

  g_assert (import->n_tables < MAX_TYPES);

  columns = pt_store_column_list (klass);
  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append (marks, i ? ", ?" : "?");
  sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", klass->table, columns, marks->str);
  sql_id = g_strdup_printf ("INSERT INTO %s (id, %s) VALUES (?, %s)", klass->table, columns,
                            marks->str);

  table = &import->tables[import->n_tables];
  *table = (Table) {
    .type = type,
    .klass = klass,
    .validate = pt_store_get_validate_func (type),
    .patient_id = 0,
  };
  table->insert = pt_store_prepare_owned (import->store, sql, error);
  if (table->insert == NULL)
    return NULL;
  table->insert_id = pt_store_prepare_owned (import->store, sql_id, error);
  if (table->insert_id == NULL)
    {
      sqlite3_finalize (table->insert);
      return NULL;
    }

  import->n_tables++;
  return table;
}

/* A record of @table with @record's id: none (ADDED: go on), the same
 * (DUPLICATE) or another (REFUSED). */
static PtStoreImportResult
compare_with_stored (PtStoreImport  *import,
                     Table          *table,
                     PtRecord       *record,
                     GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PtRecord) stored = pt_store_load_record (import->store, table->type,
                                                     pt_record_get_id (record), &local_error);

  if (stored == NULL)
    {
      if (g_error_matches (local_error, PT_ERROR, PT_ERROR_NOT_FOUND))
        return PT_STORE_IMPORT_ADDED;

      g_propagate_error (error, g_steal_pointer (&local_error));
      return PT_STORE_IMPORT_FAILED;
    }

  if (pt_record_fields_equal (stored, record))
    return PT_STORE_IMPORT_DUPLICATE;

  pt_set_field_error (error, "id",
                      _("Record %lld already exists with other values; it was not replaced"),
                      (long long) pt_record_get_id (record));
  return PT_STORE_IMPORT_REFUSED;
}

static PtStoreImportResult
refused_or_failed (GError **error)
{
  return error != NULL && *error != NULL && !g_error_matches (*error, PT_ERROR, PT_ERROR_INVALID)
         ? PT_STORE_IMPORT_FAILED : PT_STORE_IMPORT_REFUSED;
}

PtStoreImportResult
pt_store_import_add (PtStoreImport  *import,
                     PtRecord       *record,
                     GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = pt_record_get_id (record);
  PtStoreImportResult result;
  PtStmt *stmt;
  Table *table;
  int first;

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

  stmt = id > 0 ? table->insert_id : table->insert;
  first = id > 0 ? 2 : 1;
  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  for (guint i = 0; i < table->klass->n_fields; i++)
    pt_store_bind_field (stmt, (int) i + first, record, &table->klass->fields[i]);

  /* A CHECK or foreign key the validation did not foresee is a refusal
   * of this record (its statement is taken back); a full disk or an I/O
   * error ends the import. */
  if (pt_store_step (import->store, stmt, &local_error) == 0)
    {
      sqlite3_reset (stmt);
      result = refused_or_failed (&local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return result;
    }
  sqlite3_reset (stmt);

  if (id <= 0)
    pt_record_set_id (record, sqlite3_last_insert_rowid (sqlite3_db_handle (stmt)));

  {
    gint64 patient_id = G_OBJECT_TYPE (record) == PT_TYPE_PATIENT
                        ? pt_record_get_id (record) : pt_field_get_int (record, "patient_id");

    if (table->patient_id == 0)
      table->patient_id = patient_id;
    else if (table->patient_id != patient_id)
      table->patient_id = -1;
  }

  table->n_added++;
  return PT_STORE_IMPORT_ADDED;
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

/* "Imported 12 runs from garmin.fit", per record type with records. */
static gboolean
audit_import (PtStoreImport  *import,
              GError        **error)
{
  if (!pt_store_exec (import->store, pt_schema_get_audit_insert_triggers (), error))
    return FALSE;

  for (guint i = 0; i < import->n_tables; i++)
    {
      Table *table = &import->tables[i];
      g_autoptr(PtStmt) stmt = NULL;
      g_autofree char *detail = NULL;

      if (table->n_added == 0)
        continue;

      /* Translators: the audit trail's entry for an import: a count, the
       * table the records went into ("runs") and the file or folder they
       * came from */
      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Imported %llu record into %s from %s",
                                             "Imported %llu records into %s from %s",
                                             (gulong) MIN (table->n_added, G_MAXULONG)),
                                (unsigned long long) table->n_added, table->klass->table,
                                import->source);
      stmt = pt_store_prepare (import->store,
                               "INSERT INTO audit (action, table_name, patient_id, detail) "
                               "VALUES ('create', ?, nullif(?, -1), substr(?, 1, 2000))", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, table->klass->table, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, table->patient_id);
      sqlite3_bind_text (stmt, 3, detail, -1, SQLITE_STATIC);
      if (pt_store_step (import->store, stmt, error) == 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
pt_store_import_commit (PtStoreImport  *import,
                        GError        **error)
{
  PtStore *store;
  gboolean ok;

  g_return_val_if_fail (import != NULL, FALSE);

  store = g_object_ref (import->store);
  ok = audit_import (import, error);
  import_free (import);

  if (ok)
    ok = pt_store_commit (store, error);
  else
    pt_store_rollback (store);

  g_object_unref (store);
  return ok;
}

void
pt_store_import_abort (PtStoreImport *import)
{
  PtStore *store;

  g_return_if_fail (import != NULL);

  store = g_object_ref (import->store);
  import_free (import);
  pt_store_rollback (store);
  g_object_unref (store);
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
