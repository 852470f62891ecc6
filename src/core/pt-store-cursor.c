/* pt-store-cursor.c: PtRecordCursor, rows of one record type streamed from SQLite
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statement is the cursor's own (not the store's cache), so other reads
 * and writes can run while it is open. Values are read straight from the
 * statement: no record object, no copy, nothing allocated per row.
 */

#include "config.h"

#include <math.h>

#include "pt-record-cursor.h"
#include "pt-store-private.h"

typedef struct
{
  const char   *name;       /* static: the field table's name */
  PtColumnKind  kind;
  GType         enum_type;
} Column;

struct _PtRecordCursor
{
  GObject   parent_instance;

  PtStore  *store;
  PtStmt   *stmt;
  GArray   *columns;        /* of Column */
  guint64   position;
  gboolean  done;
};

G_DEFINE_FINAL_TYPE (PtRecordCursor, pt_record_cursor, G_TYPE_OBJECT)

static void
pt_record_cursor_finalize (GObject *object)
{
  PtRecordCursor *self = PT_RECORD_CURSOR (object);

  g_clear_pointer (&self->stmt, pt_db_stmt_free);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pt_record_cursor_parent_class)->finalize (object);
}

static void
pt_record_cursor_class_init (PtRecordCursorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pt_record_cursor_finalize;
}

static void
pt_record_cursor_init (PtRecordCursor *self)
{
  self->columns = g_array_new (FALSE, FALSE, sizeof (Column));
}

static PtColumnKind
column_kind (const PtField *field)
{
  switch (field->kind)
    {
    case PT_FIELD_REF:
    case PT_FIELD_INT:
      return PT_COLUMN_INT;
    case PT_FIELD_REAL:
      return PT_COLUMN_REAL;
    case PT_FIELD_TEXT:
      return PT_COLUMN_TEXT;
    case PT_FIELD_DATE:
      return PT_COLUMN_DATE;
    case PT_FIELD_BOOL:
      return PT_COLUMN_BOOL;
    case PT_FIELD_ENUM:
      return PT_COLUMN_ENUM;
    case PT_FIELD_FLAGS:
      return PT_COLUMN_FLAGS;
    default:
      g_assert_not_reached ();
    }
}

static void
add_column (PtRecordCursor *self,
            GString        *select,
            const char     *expression,
            const char     *name,
            PtColumnKind    kind,
            GType           enum_type)
{
  Column column = { name, kind, enum_type };

  g_string_append_printf (select, "%s%s", self->columns->len ? ", " : "", expression);
  g_array_append_val (self->columns, column);
}

/* One patient's records in list order (pt_store_load_records()); the whole
 * clinic in id order, a plain scan of the table: sorting a million runs by
 * patient and date would read them through the index in random order,
 * twice as slow, or sort them in memory. */
static void
append_order (PtRecordClass *klass,
              gint64         patient_id,
              GString       *sql)
{
  const char *order = NULL;

  g_string_append (sql, " ORDER BY ");
  if (patient_id == 0 && !g_str_equal (klass->table, "patients"))
    {
      g_string_append (sql, "t.id");
      return;
    }

  for (guint i = 0; i < klass->n_fields && order == NULL; i++)
    if (klass->fields[i].flags & PT_FIELD_ORDER)
      order = klass->fields[i].name;

  for (guint i = 0; i < klass->n_fields && order == NULL; i++)
    if (klass->fields[i].kind == PT_FIELD_DATE && (klass->fields[i].flags & PT_FIELD_REQUIRED))
      order = klass->fields[i].name;

  if (order != NULL && g_str_equal (order, "name"))
    g_string_append (sql, "t.name COLLATE NOCASE, ");
  else if (order != NULL)
    g_string_append_printf (sql, "t.%s, ", order);
  g_string_append (sql, "t.id");
}

/* SELECT t.id, t.patient_id, p.record_number, t.date, ... FROM runs AS t ... */
static char *
build_query (PtRecordCursor *self,
             PtRecordClass  *klass,
             gint64          patient_id)
{
  gboolean has_patient = pt_record_class_find_field (klass, "patient_id") != NULL;
  g_autoptr(GString) select = g_string_new ("SELECT ");

  add_column (self, select, "t.id", "id", PT_COLUMN_INT, G_TYPE_NONE);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PtField *field = &klass->fields[i];
      g_autofree char *expression = g_strdup_printf ("t.%s", field->name);

      add_column (self, select, expression, field->name, column_kind (field),
                  field->get_type != NULL ? field->get_type () : G_TYPE_NONE);
      if (g_str_equal (field->name, "patient_id"))
        add_column (self, select, "p.record_number", "patient_record_number",
                    PT_COLUMN_TEXT, G_TYPE_NONE);
    }

  g_string_append_printf (select, " FROM %s AS t", klass->table);
  if (has_patient)
    g_string_append (select, " JOIN patients AS p ON p.id = t.patient_id");
  if (patient_id > 0)
    g_string_append (select, has_patient ? " WHERE t.patient_id = ?1" : " WHERE t.id = ?1");
  append_order (klass, patient_id, select);

  return g_string_free (g_steal_pointer (&select), FALSE);
}

PtRecordCursor *
pt_store_query_records (PtStore  *store,
                        GType     record_type,
                        gint64    patient_id,
                        GError  **error)
{
  g_autoptr(PtRecordCursor) self = NULL;
  g_autoptr(PtRecordClass) klass = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, PT_TYPE_RECORD) &&
                        record_type != PT_TYPE_RECORD, NULL);
  g_return_val_if_fail (patient_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PT_TYPE_RECORD_CURSOR, NULL);
  self->store = g_object_ref (store);
  klass = g_type_class_ref (record_type);
  sql = build_query (self, klass, patient_id);

  self->stmt = pt_store_prepare_owned (store, sql, error);
  if (self->stmt == NULL)
    return NULL;

  if (patient_id > 0)
    pt_db_bind_int64 (self->stmt, 1, patient_id);

  return g_steal_pointer (&self);
}

gboolean
pt_record_cursor_next (PtRecordCursor  *self,
                       GError         **error)
{
  int rc;

  g_return_val_if_fail (PT_IS_RECORD_CURSOR (self), FALSE);

  if (self->done)
    return FALSE;

  rc = pt_store_step (self->store, self->stmt, error);
  if (rc != PT_DB_ROW)
    {
      self->done = TRUE;
      return FALSE;
    }

  self->position++;
  return TRUE;
}

guint64
pt_record_cursor_get_position (PtRecordCursor *self)
{
  g_return_val_if_fail (PT_IS_RECORD_CURSOR (self), 0);

  return self->position;
}

guint
pt_record_cursor_get_n_columns (PtRecordCursor *self)
{
  g_return_val_if_fail (PT_IS_RECORD_CURSOR (self), 0);

  return self->columns->len;
}

const char *
pt_record_cursor_get_column_name (PtRecordCursor *self,
                                  guint           column)
{
  g_return_val_if_fail (PT_IS_RECORD_CURSOR (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return g_array_index (self->columns, Column, column).name;
}

PtColumnKind
pt_record_cursor_get_column_kind (PtRecordCursor *self,
                                  guint           column)
{
  g_return_val_if_fail (PT_IS_RECORD_CURSOR (self), PT_COLUMN_TEXT);
  g_return_val_if_fail (column < self->columns->len, PT_COLUMN_TEXT);

  return g_array_index (self->columns, Column, column).kind;
}

GType
pt_record_cursor_get_column_enum_type (PtRecordCursor *self,
                                       guint           column)
{
  g_return_val_if_fail (PT_IS_RECORD_CURSOR (self), G_TYPE_NONE);
  g_return_val_if_fail (column < self->columns->len, G_TYPE_NONE);

  return g_array_index (self->columns, Column, column).enum_type;
}

int
pt_record_cursor_find_column (PtRecordCursor *self,
                              const char     *name)
{
  g_return_val_if_fail (PT_IS_RECORD_CURSOR (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_str_equal (g_array_index (self->columns, Column, i).name, name))
      return (int) i;

  return -1;
}

/* The getters run for every cell of every row: checks stay cheap. */
#define CHECK_ROW(self, column, value) \
  g_return_val_if_fail (PT_IS_RECORD_CURSOR (self), value); \
  g_return_val_if_fail ((column) < (self)->columns->len, value); \
  g_return_val_if_fail ((self)->position > 0 && !(self)->done, value)

gboolean
pt_record_cursor_is_null (PtRecordCursor *self,
                          guint           column)
{
  CHECK_ROW (self, column, TRUE);

  return pt_db_column_is_null (self->stmt, (int) column);
}

gint64
pt_record_cursor_get_int (PtRecordCursor *self,
                          guint           column)
{
  CHECK_ROW (self, column, 0);

  return pt_db_column_int64 (self->stmt, (int) column);
}

double
pt_record_cursor_get_real (PtRecordCursor *self,
                           guint           column)
{
  CHECK_ROW (self, column, NAN);

  if (pt_db_column_is_null (self->stmt, (int) column))
    return NAN;

  return pt_db_column_double (self->stmt, (int) column);
}

const char *
pt_record_cursor_get_text (PtRecordCursor *self,
                           guint           column,
                           gsize          *length)
{
  const char *text;

  if (length != NULL)
    *length = 0;
  CHECK_ROW (self, column, NULL);

  /* column_text before column_bytes, as SQLite documents. */
  text = pt_db_column_text (self->stmt, (int) column);
  if (length != NULL && text != NULL)
    *length = (gsize) pt_db_column_bytes (self->stmt, (int) column);

  return text;
}
