/* pt-csv-import-header.c: a CSV file's header row, read into columns
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each header names a field of the record type (or is mapped to one, or
 * left out): the export's own names, "id", "patient_id" and
 * "patient_record_number", distances in km, mi or m, a run's duration in
 * seconds or minutes.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-csv-import-private.h"
#include "pt-error.h"
#include "pt-units.h"

gboolean
pt_csv_import_belongs_to_patient (PtCsvImport *self)
{
  return self->patient_field != NULL;
}

/* What @name (a header, or a mapping's target) reads into @column. */
static gboolean
describe_column (PtCsvImport *self,
                 const char  *name,
                 Column      *column)
{
  if (g_str_equal (name, "id"))
    column->kind = COLUMN_ID;
  else if (g_str_equal (name, "patient_id") && pt_csv_import_belongs_to_patient (self))
    column->kind = COLUMN_PATIENT_ID;
  else if (g_str_equal (name, "patient_record_number") && pt_csv_import_belongs_to_patient (self))
    column->kind = COLUMN_RECORD_NUMBER;
  else if (pt_record_type_has_field (self->record_type, "distance_m") &&
           (g_str_equal (name, "distance_km") || g_str_equal (name, "distance_mi") ||
            g_str_equal (name, "distance_m")))
    {
      column->kind = COLUMN_FIELD;
      column->field = g_strdup ("distance_m");
      column->handle = pt_record_type_find_field (self->record_type, "distance_m");
      column->scale = g_str_equal (name, "distance_km")
                      ? pt_distance_to_metres (1, PT_DISTANCE_UNIT_KM)
                      : g_str_equal (name, "distance_mi")
                      ? pt_distance_to_metres (1, PT_DISTANCE_UNIT_MI) : 1;
      return TRUE;
    }
  else if (g_str_equal (name, "duration_min") &&
           pt_record_type_has_field (self->record_type, "duration_s"))
    {
      column->kind = COLUMN_FIELD;
      column->field = g_strdup ("duration_s");
      column->handle = pt_record_type_find_field (self->record_type, "duration_s");
      column->scale = 60;
      return TRUE;
    }
  else if (pt_record_type_has_field (self->record_type, name))
    {
      column->kind = COLUMN_FIELD;
      column->field = g_strdup (name);
      column->handle = pt_record_type_find_field (self->record_type, name);
      column->scale = 1;
      column->text = pt_record_type_is_text_field (self->record_type, name);
      return TRUE;
    }
  else
    return FALSE;

  column->scale = 1;
  return TRUE;
}

static char *
known_columns (PtCsvImport *self)
{
  g_auto(GStrv) fields = pt_record_type_dup_field_names (self->record_type);
  GString *names = g_string_new ("id");

  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (g_str_equal (fields[i], "distance_m"))
        g_string_append (names, ", distance_km, distance_mi");
      else if (g_str_equal (fields[i], "duration_s"))
        g_string_append (names, ", duration_s, duration_min");
      else
        g_string_append_printf (names, ", %s", fields[i]);
      if (g_str_equal (fields[i], "patient_id"))
        g_string_append (names, ", patient_record_number");
    }

  return g_string_free (names, FALSE);
}

static gboolean
has_column (PtCsvImport *self,
            ColumnKind   kind,
            const char  *field)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      if (column->kind == kind && (field == NULL || g_strcmp0 (column->field, field) == 0))
        return TRUE;
    }

  return FALSE;
}

gboolean
pt_csv_import_read_header (PtCsvImport  *self,
             PtCsvReader  *reader,
             const char   *source_name,
             GError      **error)
{
  guint n = pt_csv_reader_get_n_cells (reader);
  g_autoptr(PtRecord) probe = g_object_new (self->record_type, NULL);
  g_auto(GStrv) fields = pt_record_type_dup_field_names (self->record_type);

  g_array_set_size (self->columns, 0);

  for (guint i = 0; i < n; i++)
    {
      const char *header = pt_csv_reader_get_cell (reader, i);
      const char *target = g_hash_table_lookup (self->mapping, header);
      Column column = { COLUMN_IGNORED, g_strdup (header), NULL, NULL, 1, FALSE };

      if (target == NULL)
        target = header;

      if (target[0] != '\0' && !describe_column (self, target, &column))
        {
          g_autofree char *known = known_columns (self);

          pt_csv_import_column_clear (&column);
          g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                       _("%s, row 1, column %u: “%s” is not a column ProloTrack knows; map it "
                         "to a field or leave it out. The columns are: %s"),
                       source_name, i + 1, header, known);
          return FALSE;
        }

      if (column.kind != COLUMN_IGNORED &&
          (column.kind == COLUMN_FIELD ? has_column (self, COLUMN_FIELD, column.field)
                                       : has_column (self, column.kind, NULL)))
        {
          pt_csv_import_column_clear (&column);
          g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                       _("%s, row 1, column %u: “%s” is a second column for the same field"),
                       source_name, i + 1, header);
          return FALSE;
        }

      g_array_append_val (self->columns, column);
    }

  for (guint i = 0; fields[i] != NULL; i++)
    {
      gboolean given;

      if (!pt_record_is_field_required (probe, fields[i]))
        continue;

      if (g_str_equal (fields[i], "patient_id"))
        given = self->patient_id > 0 || has_column (self, COLUMN_PATIENT_ID, NULL) ||
                has_column (self, COLUMN_RECORD_NUMBER, NULL);
      else
        given = has_column (self, COLUMN_FIELD, fields[i]);

      if (!given)
        {
          const char *name = g_str_equal (fields[i], "distance_m")
                             ? "distance_km" : fields[i];

          if (g_str_equal (fields[i], "patient_id"))
            g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                         _("%s has no patient_id or patient_record_number column; add one, or "
                           "choose the patient the rows belong to"), source_name);
          else
            g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                         _("%s has no “%s” column, which every row needs"), source_name, name);
          return FALSE;
        }
    }

  return TRUE;
}

