/* pt-csv-import.c: records from a CSV file, checked like typed ones
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-csv-import-private.h"
#include "pt-csv-reader.h"
#include "pt-error.h"
#include "pt-patient.h"
#include "pt-record-text.h"
#include "pt-store-import.h"
#include "pt-units.h"

#define PROGRESS_ROWS 4096

void
pt_csv_import_column_clear (Column *column)
{
  g_free (column->header);
  g_free (column->field);
}

PtCsvImport *
pt_csv_import_new (GType record_type)
{
  PtCsvImport *self;

  g_return_val_if_fail (g_type_is_a (record_type, PT_TYPE_RECORD), NULL);

  self = g_new0 (PtCsvImport, 1);
  self->record_type = record_type;
  if (record_type != PT_TYPE_PATIENT)
    self->patient_field = pt_record_type_find_field (record_type, "patient_id");
  self->mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, (GDestroyNotify) pt_csv_import_column_clear);
  self->messages = g_ptr_array_new_with_free_func (g_free);
  self->added_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->patients_by_number = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->numbers_by_patient = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_ptr_array_add (self->messages, NULL);
  return self;
}

void
pt_csv_import_free (PtCsvImport *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->rejects);
  g_hash_table_unref (self->mapping);
  g_array_unref (self->columns);
  g_ptr_array_unref (self->messages);
  g_array_unref (self->added_ids);
  g_hash_table_unref (self->patients_by_number);
  g_hash_table_unref (self->numbers_by_patient);
  g_free (self);
}

void
pt_csv_import_set_patient (PtCsvImport *self,
                           gint64       patient_id)
{
  self->patient_id = patient_id;
}

void
pt_csv_import_set_decimal_comma (PtCsvImport *self,
                                 gboolean     decimal_comma)
{
  self->decimal_comma = decimal_comma;
}

void
pt_csv_import_set_separator (PtCsvImport *self,
                             char         separator)
{
  g_return_if_fail (separator == 0 || separator == ',' || separator == ';');

  self->separator = separator;
}

void
pt_csv_import_set_keep_good (PtCsvImport *self,
                             gboolean     keep_good)
{
  self->keep_good = keep_good;
}

void
pt_csv_import_set_dry_run (PtCsvImport *self,
                           gboolean     dry_run)
{
  self->dry_run = dry_run;
}

void
pt_csv_import_set_remember_ids (PtCsvImport *self,
                                gboolean     remember)
{
  self->remember_ids = remember;
}

void
pt_csv_import_set_rejects (PtCsvImport   *self,
                           GOutputStream *rejects)
{
  g_set_object (&self->rejects, rejects);
}

void
pt_csv_import_map_column (PtCsvImport *self,
                          const char  *header,
                          const char  *field)
{
  g_return_if_fail (header != NULL);

  g_hash_table_replace (self->mapping, g_strdup (header), g_strdup (field ? field : ""));
}

void
pt_csv_import_set_progress (PtCsvImport         *self,
                            PtCsvImportProgress  func,
                            gpointer             user_data)
{
  self->progress = func;
  self->progress_data = user_data;
}

guint64
pt_csv_import_get_n_added (PtCsvImport *self)
{
  return self->n_added;
}

guint64
pt_csv_import_get_n_duplicates (PtCsvImport *self)
{
  return self->n_duplicates;
}

guint64
pt_csv_import_get_n_refused (PtCsvImport *self)
{
  return self->n_refused;
}

const char * const *
pt_csv_import_get_messages (PtCsvImport *self)
{
  return (const char * const *) self->messages->pdata;
}

const gint64 *
pt_csv_import_get_added_ids (PtCsvImport *self,
                             gsize       *n_ids)
{
  *n_ids = self->added_ids->len;
  return (const gint64 *) (gpointer) self->added_ids->data;
}

GType
pt_csv_import_get_record_type (PtCsvImport *self)
{
  return self->record_type;
}

/* ---- rows ---- */

/* The export puts a ' before text that a spreadsheet would take for a
 * formula (pt-csv-writer.h); it comes off again here. */
static const char *
undefuse (const char *text)
{
  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t\r\n'", text[1]) != NULL)
    return text + 1;
  return text;
}

/* Counts a refused row, and keeps its message (taken) among the first. */
static void
add_refusal (PtCsvImport *self,
             char        *message)
{
  self->n_refused++;
  if (self->messages->len > PT_CSV_IMPORT_MAX_MESSAGES)
    {
      g_free (message);
      return;
    }

  g_ptr_array_remove_index (self->messages, self->messages->len - 1);
  g_ptr_array_add (self->messages, message);
  g_ptr_array_add (self->messages, NULL);
}

static void
refuse (PtCsvImport *self,
        guint64      row,
        int          column,
        const char  *message)
{
  if (column >= 0)
    {
      const char *header = g_array_index (self->columns, Column, column).header;

      /* Translators: a refused row of an import: row, column, header, why */
      add_refusal (self, g_strdup_printf (_("Row %llu, column %d (%s): %s"),
                                          (unsigned long long) row, column + 1, header,
                                          message));
    }
  else
    add_refusal (self, g_strdup_printf (_("Row %llu: %s"), (unsigned long long) row, message));
}

/* The column of field @name (the field an error is about), or -1. */
static int
column_of_field (PtCsvImport *self,
                 const char  *name)
{
  for (guint i = 0; name != NULL && i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      if ((column->kind == COLUMN_FIELD && g_strcmp0 (column->field, name) == 0) ||
          (column->kind == COLUMN_ID && g_str_equal (name, "id")) ||
          (column->kind == COLUMN_PATIENT_ID && g_str_equal (name, "patient_id")))
        return (int) i;
    }

  return -1;
}

static gint64
patient_of_record_number (PtCsvImport  *self,
                          PtStore      *store,
                          const char   *number,
                          GError      **error)
{
  gint64 *cached = g_hash_table_lookup (self->patients_by_number, number);
  g_autoptr(PtPatient) patient = NULL;

  if (cached != NULL)
    return *cached;

  patient = pt_store_find_patient_by_record_number (store, number, error);
  if (patient == NULL)
    return 0;

  g_hash_table_insert (self->patients_by_number, g_strdup (number),
                       g_memdup2 (&(gint64) { pt_record_get_id (PT_RECORD (patient)) },
                                  sizeof (gint64)));
  return pt_record_get_id (PT_RECORD (patient));
}

static const char *
record_number_of_patient (PtCsvImport  *self,
                          PtStore      *store,
                          gint64        patient_id)
{
  const char *cached = g_hash_table_lookup (self->numbers_by_patient, &patient_id);
  g_autoptr(PtPatient) patient = NULL;

  if (cached != NULL)
    return cached;

  patient = pt_store_get_patient (store, patient_id, NULL);
  if (patient == NULL)
    return NULL;

  cached = g_strdup (pt_patient_get_record_number (patient));
  g_hash_table_insert (self->numbers_by_patient, g_memdup2 (&patient_id, sizeof patient_id),
                       (char *) cached);
  return cached;
}

/* Fills @record from the row; FALSE after refusing it. */
static gboolean
fill_record (PtCsvImport  *self,
             PtStore      *store,
             PtCsvReader  *reader,
             PtRecord     *record)
{
  guint64 row = pt_csv_reader_get_row (reader);
  guint n = pt_csv_reader_get_n_cells (reader);
  gint64 patient_id = self->patient_id;
  const char *number = NULL;
  int number_column = -1;

  if (n != self->columns->len && !(n == 1 && pt_csv_reader_get_cell (reader, 0)[0] == '\0'))
    {
      g_autofree char *message =
        g_strdup_printf (_("the row has %u cells, the header %u"), n, self->columns->len);

      refuse (self, row, -1, message);
      return FALSE;
    }

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);
      const char *cell = pt_csv_reader_get_cell (reader, i);
      g_autoptr(GError) local_error = NULL;

      switch (column->kind)
        {
        case COLUMN_IGNORED:
          break;

        case COLUMN_ID:
          if (!pt_record_set_field_from_text (record, "id", cell, FALSE, 1, &local_error))
            {
              refuse (self, row, (int) i, local_error->message);
              return FALSE;
            }
          break;

        case COLUMN_PATIENT_ID:
          {
            gint64 id = 0;

            if (cell[0] == '\0')
              break;
            if (!pt_record_set_field_text_at (record, self->patient_field, cell, FALSE, 1,
                                              &local_error))
              {
                refuse (self, row, (int) i, local_error->message);
                return FALSE;
              }
            id = pt_record_get_field_int_at (record, self->patient_field);
            if (self->patient_id > 0 && id != self->patient_id)
              {
                g_autofree char *message =
                  g_strdup_printf (_("the row is patient %lld’s, not patient %lld’s, whose "
                                     "records are being imported"),
                                   (long long) id, (long long) self->patient_id);

                refuse (self, row, (int) i, message);
                return FALSE;
              }
            patient_id = id;
            break;
          }

        case COLUMN_RECORD_NUMBER:
          if (cell[0] != '\0')
            {
              number = cell;
              number_column = (int) i;
            }
          break;

        case COLUMN_FIELD:
          if (!pt_record_set_field_text_at (record, column->handle,
                                            column->text ? undefuse (cell) : cell,
                                            self->decimal_comma, column->scale, &local_error))
            {
              refuse (self, row, (int) i, local_error->message);
              return FALSE;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* The record number agrees with the patient id, or names the patient. */
  if (number != NULL)
    {
      if (patient_id > 0)
        {
          const char *stored = record_number_of_patient (self, store, patient_id);

          if (stored != NULL && g_strcmp0 (stored, number) != 0)
            {
              g_autofree char *message =
                g_strdup_printf (_("patient %lld’s record number is %s, not %s"),
                                 (long long) patient_id, stored, number);

              refuse (self, row, number_column, message);
              return FALSE;
            }
        }
      else
        {
          g_autoptr(GError) local_error = NULL;

          patient_id = patient_of_record_number (self, store, number, &local_error);
          if (patient_id == 0)
            {
              refuse (self, row, number_column, local_error->message);
              return FALSE;
            }
        }
    }

  if (pt_csv_import_belongs_to_patient (self))
    pt_record_set_field_int_at (record, self->patient_field, MAX (patient_id, 0));

  return TRUE;
}

/* A CSV cell as RFC 4180 wants it, for the rejects file. */
static void
append_cell (GString    *line,
             const char *text,
             char        separator)
{
  if (strpbrk (text, "\"\r\n") == NULL && strchr (text, separator) == NULL)
    {
      g_string_append (line, text);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static gboolean
write_reject (PtCsvImport   *self,
              PtCsvReader   *reader,
              const char    *reason,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  char separator = pt_csv_reader_get_separator (reader);

  if (self->rejects == NULL)
    return TRUE;

  for (guint i = 0; i < pt_csv_reader_get_n_cells (reader); i++)
    {
      if (i > 0)
        g_string_append_c (line, separator);
      append_cell (line, pt_csv_reader_get_cell (reader, i), separator);
    }
  g_string_append_c (line, separator);
  append_cell (line, reason, separator);
  g_string_append (line, "\r\n");

  return g_output_stream_write_all (self->rejects, line->str, line->len, NULL, cancellable,
                                    error);
}

static gboolean
import_rows (PtCsvImport    *self,
             PtStore        *store,
             PtStoreImport  *import,
             PtCsvReader    *reader,
             GCancellable   *cancellable,
             GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  /* One record for every row: each row sets every column's field, and
   * the import keeps nothing of it. */
  g_autoptr(PtRecord) record = g_object_new (self->record_type, NULL);
  guint64 rows = 0;

  while (pt_csv_reader_next (reader, cancellable, &local_error))
    {
      g_autoptr(GError) row_error = NULL;
      guint64 refused = self->n_refused;
      guint64 row = pt_csv_reader_get_row (reader);

      if (++rows % PROGRESS_ROWS == 0)
        {
          if (self->progress != NULL)
            self->progress (pt_csv_reader_get_offset (reader), self->progress_data);
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
        }

      /* A blank line (a spreadsheet's last) is no record. */
      if (pt_csv_reader_get_n_cells (reader) == 1 && self->columns->len > 1 &&
          pt_csv_reader_get_cell (reader, 0)[0] == '\0')
        continue;

      pt_record_set_field_from_text (record, "id", "", FALSE, 1, NULL);
      if (fill_record (self, store, reader, record))
        {
          switch (pt_store_import_add (import, record, &row_error))
            {
            case PT_STORE_IMPORT_ADDED:
              self->n_added++;
              break;
            case PT_STORE_IMPORT_DUPLICATE:
              self->n_duplicates++;
              break;
            case PT_STORE_IMPORT_REFUSED:
              refuse (self, row, column_of_field (self, pt_error_get_field (row_error)),
                      row_error->message);
              break;
            case PT_STORE_IMPORT_FAILED:
            default:
              g_propagate_error (error, g_steal_pointer (&row_error));
              return FALSE;
            }
        }

      if (self->n_refused > refused && self->keep_good)
        {
          const char *reason = self->messages->len > 1
                               ? g_ptr_array_index (self->messages, self->messages->len - 2)
                               : "";

          if (self->messages->len > PT_CSV_IMPORT_MAX_MESSAGES && row_error != NULL)
            reason = row_error->message;
          if (!write_reject (self, reader, reason, cancellable, error))
            return FALSE;
        }
    }

  if (local_error != NULL)
    {
      /* The file itself is broken there: a refusal like a bad row's. */
      if (g_error_matches (local_error, PT_ERROR, PT_ERROR_INVALID))
        add_refusal (self, g_strdup (local_error->message));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static void
reset_counts (PtCsvImport *self)
{
  self->n_added = self->n_duplicates = self->n_refused = 0;
  g_ptr_array_set_size (self->messages, 0);
  g_ptr_array_add (self->messages, NULL);
  g_array_set_size (self->added_ids, 0);
  g_hash_table_remove_all (self->patients_by_number);
  g_hash_table_remove_all (self->numbers_by_patient);
}

gboolean
pt_csv_import_run (PtCsvImport   *self,
                   PtStore       *store,
                   GInputStream  *input,
                   const char    *source_name,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(PtCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  PtStoreImport *import;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (input), FALSE);

  reset_counts (self);
  reader = pt_csv_reader_new (input, self->separator);

  if (!pt_csv_reader_next (reader, cancellable, &local_error))
    {
      if (local_error == NULL)
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("%s is empty: it has no header row"), source_name);
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", source_name);
      return FALSE;
    }

  if (!pt_csv_import_read_header (self, reader, source_name, error))
    return FALSE;

  if (self->keep_good && self->rejects != NULL)
    {
      g_autoptr(GString) header = g_string_new (NULL);
      char separator = pt_csv_reader_get_separator (reader);

      for (guint i = 0; i < self->columns->len; i++)
        {
          append_cell (header, g_array_index (self->columns, Column, i).header, separator);
          g_string_append_c (header, separator);
        }
      /* Translators: the last column of a file of refused rows */
      append_cell (header, _("reason"), separator);
      g_string_append (header, "\r\n");
      if (!g_output_stream_write_all (self->rejects, header->str, header->len, NULL,
                                      cancellable, error))
        return FALSE;
    }

  import = pt_store_import_begin (store, source_name, error);
  if (import == NULL)
    return FALSE;
  pt_store_import_set_remember_ids (import, self->remember_ids);

  if (!import_rows (self, store, import, reader, cancellable, &local_error))
    {
      pt_store_import_abort (import);
      /* The file itself is broken (a quote left open): nothing is written
       * in either mode, and the message names the place. */
      if (g_error_matches (local_error, PT_ERROR, PT_ERROR_INVALID))
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", source_name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      self->n_added = 0;
      g_array_set_size (self->added_ids, 0);
      return FALSE;
    }

  if (self->remember_ids && !self->dry_run)
    {
      gsize n_ids = 0;
      const gint64 *ids = pt_store_import_get_added_ids (import, self->record_type, &n_ids,
                                                         &local_error);

      if (ids == NULL)
        {
          pt_store_import_abort (import);
          self->n_added = 0;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_array_append_vals (self->added_ids, ids, (guint) n_ids);
    }

  if (self->dry_run || (self->n_refused > 0 && !self->keep_good))
    {
      pt_store_import_abort (import);
      g_array_set_size (self->added_ids, 0);
    }
  else if (!pt_store_import_commit (import, error))
    {
      self->n_added = 0;
      g_array_set_size (self->added_ids, 0);
      return FALSE;
    }

  if (self->n_refused > 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: %llu row was refused",
                                "%s: %llu rows were refused",
                                (gulong) MIN (self->n_refused, G_MAXULONG)),
                   source_name, (unsigned long long) self->n_refused);
      return FALSE;
    }

  return TRUE;
}
