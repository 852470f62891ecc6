/* pt-store-records.c: generic SQL for records, driven by their field tables
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-error.h"
#include "pt-store-private.h"
#include "pt-validate.h"


/* Whole sentences per record type, so translators never glue a noun in. */
static void
set_not_found (GError     **error,
               const char  *table,
               gint64       id)
{
  const char *format;

  if (g_str_equal (table, "patients"))
    format = _("There is no patient with id %lld");
  else if (g_str_equal (table, "conditions"))
    format = _("There is no condition with id %lld");
  else if (g_str_equal (table, "sessions"))
    format = _("There is no treatment session with id %lld");
  else if (g_str_equal (table, "pain_scores"))
    format = _("There is no pain score with id %lld");
  else if (g_str_equal (table, "shoes"))
    format = _("There is no shoe with id %lld");
  else if (g_str_equal (table, "runs"))
    format = _("There is no run with id %lld");
  else
    format = _("There is no cross-training entry with id %lld");

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, PT_ERROR, PT_ERROR_NOT_FOUND, format, (long long) id);
#pragma GCC diagnostic pop
}

void
pt_store_bind_field (PtStmt        *stmt,
                     int            index,
                     PtRecord      *record,
                     const PtField *field)
{
  switch (field->kind)
    {
    case PT_FIELD_REF:
      {
        gint64 v = *PT_FIELD_PTR (record, field, gint64);
        if (v > 0)
          pt_db_bind_int64 (stmt, index, v);
        else
          pt_db_bind_null (stmt, index);
      }
      break;
    case PT_FIELD_INT:
      {
        gint64 v = *PT_FIELD_PTR (record, field, gint64);
        if (v == PT_NO_INT && !(field->flags & PT_FIELD_REQUIRED))
          pt_db_bind_null (stmt, index);
        else
          pt_db_bind_int64 (stmt, index, v);
      }
      break;
    case PT_FIELD_REAL:
      {
        double v = *PT_FIELD_PTR (record, field, double);
        if (isnan (v))
          pt_db_bind_null (stmt, index);
        else
          pt_db_bind_double (stmt, index, v);
      }
      break;
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      {
        const char *v = *PT_FIELD_PTR (record, field, char *);
        if (v != NULL && *v != '\0')
          pt_db_bind_text (stmt, index, v);
        else
          pt_db_bind_null (stmt, index);
      }
      break;
    case PT_FIELD_BOOL:
      pt_db_bind_int64 (stmt, index, *PT_FIELD_PTR (record, field, gboolean) ? 1 : 0);
      break;
    case PT_FIELD_ENUM:
      pt_db_bind_text_static (stmt, index,
                         pt_enum_to_nick (field->get_type (), *PT_FIELD_PTR (record, field, int)));
      break;
    case PT_FIELD_FLAGS:
      pt_db_bind_int64 (stmt, index, *PT_FIELD_PTR (record, field, guint));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
read_field (PtStmt        *stmt,
            int            index,
            PtRecord      *record,
            const PtField *field)
{
  gboolean is_null = pt_db_column_is_null (stmt, index);

  switch (field->kind)
    {
    case PT_FIELD_REF:
      *PT_FIELD_PTR (record, field, gint64) = is_null ? 0 : pt_db_column_int64 (stmt, index);
      break;
    case PT_FIELD_INT:
      *PT_FIELD_PTR (record, field, gint64) =
        is_null ? PT_NO_INT : pt_db_column_int64 (stmt, index);
      break;
    case PT_FIELD_REAL:
      *PT_FIELD_PTR (record, field, double) = is_null ? NAN : pt_db_column_double (stmt, index);
      break;
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      {
        char **slot = PT_FIELD_PTR (record, field, char *);
        g_free (*slot);
        *slot = g_strdup (pt_db_column_text (stmt, index));
      }
      break;
    case PT_FIELD_BOOL:
      *PT_FIELD_PTR (record, field, gboolean) = (int) pt_db_column_int64 (stmt, index) != 0;
      break;
    case PT_FIELD_ENUM:
      {
        int value = 0;
        /* The CHECK constraints allow only known nicks. */
        pt_enum_from_nick (field->get_type (), pt_db_column_text (stmt, index),
                           &value);
        *PT_FIELD_PTR (record, field, int) = value;
      }
      break;
    case PT_FIELD_FLAGS:
      *PT_FIELD_PTR (record, field, guint) = (guint) pt_db_column_int64 (stmt, index);
      break;
    default:
      g_assert_not_reached ();
    }
}

char *
pt_store_column_list (PtRecordClass *klass)
{
  GString *sql = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append_printf (sql, "%s%s", i ? ", " : "", klass->fields[i].name);

  return g_string_free (sql, FALSE);
}

/* The column that orders a list: the ORDER field, else the first required date. */
static const char *
order_column (PtRecordClass *klass)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & PT_FIELD_ORDER)
      return klass->fields[i].kind == PT_FIELD_TEXT ? "name COLLATE NOCASE"
                                                    : klass->fields[i].name;

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == PT_FIELD_DATE && (klass->fields[i].flags & PT_FIELD_REQUIRED))
      return klass->fields[i].name;

  return "id";
}

static PtRecord *
record_from_row (PtStmt *stmt,
                 GType   type)
{
  PtRecord *record = g_object_new (type, NULL);
  PtRecordClass *klass = PT_RECORD_GET_CLASS (record);

  pt_record_set_id (record, pt_db_column_int64 (stmt, 0));
  pt_record_set_timestamps (record,
                            pt_db_column_text (stmt, 1),
                            pt_db_column_text (stmt, 2));
  pt_record_set_version (record, pt_db_column_int64 (stmt, 3));
  for (guint i = 0; i < klass->n_fields; i++)
    read_field (stmt, (int) i + 4, record, &klass->fields[i]);

  return record;
}

char *
pt_store_values_sql (guint n_columns,
                     guint n_rows)
{
  GString *sql = g_string_new (NULL);

  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (sql, r ? ", (" : "(");
      for (guint i = 0; i < n_columns; i++)
        g_string_append (sql, i ? ", ?" : "?");
      g_string_append (sql, ")");
    }

  return g_string_free (sql, FALSE);
}

/* The SQL type a field is stored as, spelt as both dialects read it:
 * SQLite takes BIGINT and DOUBLE PRECISION for its INTEGER and REAL
 * affinities (PostgreSQL's INTEGER and REAL are 32 bits). */
static const char *
field_sql_type (const PtField *field)
{
  switch (field->kind)
    {
    case PT_FIELD_REAL:
      return "DOUBLE PRECISION";
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
    case PT_FIELD_ENUM:
      return "TEXT";
    case PT_FIELD_REF:
    case PT_FIELD_INT:
    case PT_FIELD_BOOL:
    case PT_FIELD_FLAGS:
    default:
      return "BIGINT";
    }
}

char *
pt_store_batch_values_sql (PtRecordClass      *klass,
                           const char * const *leading_types,
                           guint               n_rows)
{
  g_autofree char *rest = NULL;
  GString *sql = g_string_new ("(");
  guint n_leading = leading_types != NULL ? g_strv_length ((char **) leading_types) : 0;

  /* The first row says each column's type: a server infers a parameter's
   * type from where it is used, and a VALUES list under SELECT gives it
   * none (it takes text, which an integer column refuses). SQLite's CAST
   * changes nothing in a value bound with the column's own type. */
  for (guint i = 0; i < n_leading + klass->n_fields; i++)
    g_string_append_printf (sql, "%sCAST (? AS %s)", i ? ", " : "",
                            i < n_leading ? leading_types[i]
                                          : field_sql_type (&klass->fields[i - n_leading]));
  g_string_append (sql, ")");

  if (n_rows > 1)
    {
      rest = pt_store_values_sql (n_leading + klass->n_fields, n_rows - 1);
      g_string_append_printf (sql, ", %s", rest);
    }

  return g_string_free (sql, FALSE);
}

gboolean
pt_store_insert_record (PtStore   *self,
                        PtRecord  *record,
                        GError   **error)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (record);
  g_autofree char *columns = pt_store_column_list (klass);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(PtStmt) stmt = NULL;

  /* A record that already has an id is being restored (undo of a delete):
   * it comes back with its id and timestamps, and a version after the one
   * deleted, so a copy of it still open elsewhere cannot be saved over it
   * unawares. */
  gboolean restore = pt_record_get_id (record) > 0;
  int first = restore ? 5 : 1;

  g_string_append_printf (sql, "INSERT INTO %s (%s%s) VALUES (", klass->table,
                          restore ? "id, created_at, updated_at, version, " : "", columns);
  if (restore)
    g_string_append (sql, "?, COALESCE(?, " NOW_UTC "), COALESCE(?, " NOW_UTC "), ?, ");
  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append (sql, i ? ", ?" : "?");
  g_string_append (sql, ") RETURNING id, created_at, updated_at, version");

  stmt = pt_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  if (restore)
    {
      pt_db_bind_int64 (stmt, 1, pt_record_get_id (record));
      pt_db_bind_text (stmt, 2, pt_record_get_created_at (record));
      pt_db_bind_text (stmt, 3, pt_record_get_updated_at (record));
      pt_db_bind_int64 (stmt, 4, pt_record_get_version (record) + 1);
    }

  for (guint i = 0; i < klass->n_fields; i++)
    pt_store_bind_field (stmt, (int) i + first, record, &klass->fields[i]);

  if (!pt_store_step_row (self, stmt, error))
    return FALSE;

  pt_record_set_id (record, pt_db_column_int64 (stmt, 0));
  pt_record_set_timestamps (record,
                            pt_db_column_text (stmt, 1),
                            pt_db_column_text (stmt, 2));
  pt_record_set_version (record, pt_db_column_int64 (stmt, 3));
  return TRUE;
}

PtRecord *
pt_store_load_record (PtStore     *self,
                      GType        type,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(PtRecordClass) klass = g_type_class_ref (type);
  g_autofree char *columns = pt_store_column_list (klass);
  g_autofree char *sql = NULL;
  g_autoptr(PtStmt) stmt = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT id, created_at, updated_at, version, %s FROM %s WHERE id = ?",
                         columns, klass->table);
  stmt = pt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  pt_db_bind_int64 (stmt, 1, id);
  rc = pt_store_step (self, stmt, error);
  if (rc == 0)
    return NULL;

  if (rc != PT_DB_ROW)
    {
      set_not_found (error, klass->table, id);
      return NULL;
    }

  return record_from_row (stmt, type);
}

GListModel *
pt_store_load_records (PtStore     *self,
                       GType        type,
                       const char  *column,
                       gint64       value,
                       GError     **error)
{
  g_autoptr(PtRecordClass) klass = g_type_class_ref (type);
  g_autofree char *columns = pt_store_column_list (klass);
  g_autofree char *sql = NULL;
  g_autoptr(PtStmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (type);
  int rc;

  if (column != NULL)
    sql = g_strdup_printf ("SELECT id, created_at, updated_at, version, %s FROM %s WHERE %s = ? "
                           "ORDER BY %s, id",
                           columns, klass->table, column, order_column (klass));
  else
    sql = g_strdup_printf ("SELECT id, created_at, updated_at, version, %s FROM %s ORDER BY %s, id",
                           columns, klass->table, order_column (klass));
  stmt = pt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  if (column != NULL)
    pt_db_bind_int64 (stmt, 1, value);
  while ((rc = pt_store_step (self, stmt, error)) == PT_DB_ROW)
    {
      g_autoptr(PtRecord) record = record_from_row (stmt, type);
      g_list_store_append (list, record);
    }

  if (rc == 0)
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
pt_store_update_record (PtStore   *self,
                        PtRecord  *record,
                        gboolean  *changed,
                        GError   **error)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (record);
  gint64 id = pt_record_get_id (record);
  g_autoptr(PtRecord) stored = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(PtStmt) stmt = NULL;
  gint64 version;

  *changed = FALSE;

  stored = pt_store_load_record (self, G_OBJECT_TYPE (record), id, error);
  if (stored == NULL)
    return FALSE;

  /* Saving an unchanged record writes nothing, not even updated_at: it
   * is the stored version, whichever it was edited from. */
  if (pt_record_fields_equal (record, stored))
    {
      pt_record_set_timestamps (record, pt_record_get_created_at (stored),
                                pt_record_get_updated_at (stored));
      pt_record_set_version (record, pt_record_get_version (stored));
      return TRUE;
    }

  /* Edited from an older version: another workstation (or window) saved
   * the record meanwhile. Version 0 is a record not read from the store,
   * which the caller means to write as it is. The writers' lock (BEGIN
   * IMMEDIATE, or the server's advisory lock) keeps the version from
   * changing between this read and the UPDATE, whose WHERE checks it
   * again all the same. */
  version = pt_record_get_version (record);
  if (version != 0 && version != pt_record_get_version (stored))
    {
      pt_store_set_conflict_error (self, record, stored, error);
      return FALSE;
    }

  g_string_append_printf (sql, "UPDATE %s SET ", klass->table);
  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append_printf (sql, "%s = ?, ", klass->fields[i].name);
  g_string_append (sql, "updated_at = " NOW_UTC ", version = version + 1 "
                        "WHERE id = ? AND version = ? RETURNING created_at, updated_at, version");

  stmt = pt_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < klass->n_fields; i++)
    pt_store_bind_field (stmt, (int) i + 1, record, &klass->fields[i]);
  pt_db_bind_int64 (stmt, (int) klass->n_fields + 1, id);
  pt_db_bind_int64 (stmt, (int) klass->n_fields + 2, pt_record_get_version (stored));

  if (!pt_store_step_row (self, stmt, error))
    return FALSE;

  pt_record_set_timestamps (record,
                            pt_db_column_text (stmt, 0),
                            pt_db_column_text (stmt, 1));
  pt_record_set_version (record, pt_db_column_int64 (stmt, 2));
  *changed = TRUE;
  return TRUE;
}

gboolean
pt_store_delete_record (PtStore  *self,
                        GType     type,
                        gint64    id,
                        GError  **error)
{
  g_autoptr(PtRecordClass) klass = g_type_class_ref (type);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", klass->table);
  g_autoptr(PtStmt) stmt = pt_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  pt_db_bind_int64 (stmt, 1, id);
  if (pt_store_step (self, stmt, error) == 0)
    return FALSE;

  if (pt_db_changes (pt_db_stmt_get_db (stmt)) == 0)
    {
      set_not_found (error, klass->table, id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
id_taken (PtStore   *self,
          PtRecord  *record,
          gboolean  *taken,
          GError   **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?",
                                          pt_record_get_table (record));
  g_autoptr(PtStmt) stmt = pt_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  pt_db_bind_int64 (stmt, 1, pt_record_get_id (record));
  rc = pt_store_step (self, stmt, error);
  *taken = rc == PT_DB_ROW;
  return rc != 0;
}

/* Validates and inserts in one transaction. A record with an id is being
 * restored: it keeps its id unless another record took it in the meantime
 * (SQLite hands out the highest id again after it was deleted), and then
 * comes back under a new one. On failure the record keeps its old id. */
static gboolean
insert_checked (PtStore        *self,
                PtRecord       *record,
                PtValidateFunc  validate,
                GError        **error)
{
  gint64 old_id = pt_record_get_id (record);
  gint64 old_version = pt_record_get_version (record);
  gboolean taken = FALSE;
  gboolean ok;

  if (!pt_validate_fields (record, error) || !pt_store_begin (self, error))
    return FALSE;

  ok = old_id == 0 || id_taken (self, record, &taken, error);
  if (ok && taken)
    pt_record_set_id (record, 0);

  if (!ok ||
      (validate != NULL && !validate (self, record, error)) ||
      !pt_store_insert_record (self, record, error) ||
      (old_id != 0 && !pt_store_audit_mark_restore (self, record, error)))
    {
      pt_store_rollback (self);
      pt_record_set_id (record, old_id);
      pt_record_set_version (record, old_version);
      return FALSE;
    }

  if (!pt_store_commit (self, error))
    {
      pt_record_set_id (record, old_id);
      pt_record_set_version (record, old_version);
      return FALSE;
    }

  return TRUE;
}

gint64
pt_store_add_checked (PtStore         *self,
                      PtRecord        *record,
                      PtValidateFunc   validate,
                      GError         **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), 0);
  g_return_val_if_fail (PT_IS_RECORD (record), 0);

  if (pt_record_get_id (record) != 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("This record is already saved (id %lld)"),
                   (long long) pt_record_get_id (record));
      return 0;
    }

  if (!insert_checked (self, record, validate, error))
    return 0;

  return pt_record_get_id (record);
}

gboolean
pt_store_restore_checked (PtStore         *self,
                          PtRecord        *record,
                          PtValidateFunc   validate,
                          GError         **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);
  g_return_val_if_fail (pt_record_get_id (record) > 0, FALSE);

  return insert_checked (self, record, validate, error);
}

gboolean
pt_store_validate_checked (PtStore         *self,
                           PtRecord        *record,
                           PtValidateFunc   validate,
                           GError         **error)
{
  gboolean valid;

  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);

  if (!pt_validate_fields (record, error))
    return FALSE;

  if (validate == NULL)
    return TRUE;

  /* The same reads as a save, on one snapshot, without the write lock: a
   * form validates on every keystroke, and must not wait for another
   * program's write (the save checks again inside its own transaction). */
  if (!pt_store_begin_read (self, error))
    return FALSE;

  valid = validate (self, record, error);
  pt_store_rollback (self);
  return valid;
}

gboolean
pt_store_update_checked (PtStore         *self,
                         PtRecord        *record,
                         PtValidateFunc   validate,
                         GError         **error)
{
  g_autofree char *created_at = NULL;
  g_autofree char *updated_at = NULL;
  gboolean changed;
  gint64 version;

  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);

  if (pt_record_get_id (record) <= 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_FOUND,
                   _("This record has not been saved yet, so it cannot be updated"));
      return FALSE;
    }

  if (!pt_validate_fields (record, error) || !pt_store_begin (self, error))
    return FALSE;

  /* What the record says of its stored row, put back when the save fails
   * at any step, the commit too: saving it again must not look like an
   * edit of a version that was never stored. */
  version = pt_record_get_version (record);
  created_at = g_strdup (pt_record_get_created_at (record));
  updated_at = g_strdup (pt_record_get_updated_at (record));

  if ((validate != NULL && !validate (self, record, error)) ||
      !pt_store_update_record (self, record, &changed, error))
    {
      pt_store_rollback (self);
      pt_record_set_version (record, version);
      pt_record_set_timestamps (record, created_at, updated_at);
      return FALSE;
    }

  if (!pt_store_commit (self, error))
    {
      pt_record_set_version (record, version);
      pt_record_set_timestamps (record, created_at, updated_at);
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_store_check_patient (PtStore    *self,
                        PtRecord   *record,
                        char      **birth,
                        GError    **error)
{
  gint64 patient_id = pt_field_get_int (record, "patient_id");
  g_autoptr(PtStmt) stmt = NULL;
  int rc;

  if (self->memo.active && patient_id == self->memo.patient_id)
    {
      if (birth != NULL)
        *birth = g_strdup (self->memo.birth);
      return TRUE;
    }

  stmt = pt_store_prepare (self, "SELECT date_of_birth FROM patients WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  pt_db_bind_int64 (stmt, 1, patient_id);
  rc = pt_store_step (self, stmt, error);
  if (rc == 0)
    return FALSE;

  if (rc != PT_DB_ROW)
    {
      pt_set_field_error (error, "patient_id",
                          _("Patient %lld does not exist"), (long long) patient_id);
      return FALSE;
    }

  if (self->memo.active)
    {
      self->memo.patient_id = patient_id;
      g_free (self->memo.birth);
      self->memo.birth = g_strdup (pt_db_column_text (stmt, 0));
    }
  if (birth != NULL)
    *birth = g_strdup (pt_db_column_text (stmt, 0));
  return TRUE;
}

void
pt_store_set_lookup_memo (PtStore  *self,
                          gboolean  active)
{
  g_clear_pointer (&self->memo.birth, g_free);
  self->memo = (PtLookupMemo) { .active = active };
}

gboolean
pt_store_check_owned (PtStore     *self,
                      PtRecord    *record,
                      const char  *field,
                      GError     **error)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (record);
  const PtField *spec = pt_record_class_find_field (klass, field);
  gint64 id = pt_field_get_int (record, field);
  gint64 patient_id = pt_field_get_int (record, "patient_id");
  guint which = g_str_equal (field, "shoe_id") ? 0 : 1;
  g_autoptr(PtStmt) stmt = NULL;
  gint64 owner;
  int rc;

  if (id == 0)
    return TRUE;

  if (self->memo.active && self->memo.ref_id[which] == id)
    owner = self->memo.ref_owner[which];
  else
    {
      stmt = pt_store_prepare (self, which == 0 ? "SELECT patient_id FROM shoes WHERE id = ?"
                                                : "SELECT patient_id FROM conditions WHERE id = ?",
                               error);
      if (stmt == NULL)
        return FALSE;

      pt_db_bind_int64 (stmt, 1, id);
      rc = pt_store_step (self, stmt, error);
      if (rc == 0)
        return FALSE;

      if (rc != PT_DB_ROW)
        {
          pt_set_field_error (error, field, _("%s %lld does not exist"),
                              _(spec->label), (long long) id);
          return FALSE;
        }

      owner = pt_db_column_int64 (stmt, 0);
      if (self->memo.active)
        {
          self->memo.ref_id[which] = id;
          self->memo.ref_owner[which] = owner;
        }
    }

  if (owner != patient_id)
    {
      pt_set_field_error (error, field,
                          _("%s %lld belongs to another patient, not to "
                            "patient %lld"),
                          _(spec->label), (long long) id, (long long) patient_id);
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_store_check_children_stay (PtStore     *self,
                              PtRecord    *record,
                              const char  *count_sql,
                              GError     **error)
{
  g_autoptr(PtStmt) stmt = NULL;
  gint64 n;

  if (pt_record_get_id (record) == 0)
    return TRUE;

  stmt = pt_store_prepare (self, count_sql, error);
  if (stmt == NULL)
    return FALSE;

  pt_db_bind_int64 (stmt, 1, pt_record_get_id (record));
  pt_db_bind_int64 (stmt, 2, pt_field_get_int (record, "patient_id"));
  if (!pt_store_step_row (self, stmt, error))
    return FALSE;

  n = pt_db_column_int64 (stmt, 0);
  if (n > 0)
    {
      pt_set_field_error (error, "patient_id",
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%lld record of the current patient refers "
                                       "to this; it cannot move to another patient",
                                       "%lld records of the current patient refer "
                                       "to this; it cannot move to another patient",
                                       (gulong) n),
                          (long long) n);
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_store_delete_checked (PtStore       *self,
                         GType          type,
                         gint64         id,
                         PtDeleteGuard  guard,
                         GError       **error)
{
  if (!pt_store_begin (self, error))
    return FALSE;

  pt_store_want_checkpoint (self);
  if ((guard != NULL && !guard (self, id, error)) ||
      !pt_store_delete_record (self, type, id, error))
    {
      pt_store_rollback (self);
      return FALSE;
    }

  return pt_store_commit (self, error);
}
