/* pt-csv-export.c: the clinic record as CSV files for spreadsheets
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "pt-csv-export.h"
#include "pt-export-file.h"
#include "pt-csv-writer.h"
#include "pt-error.h"
#include "pt-units.h"

/* Enough for a millimetre in km or mi, and for any value typed in the app. */
#define REAL_DECIMALS   6
/* How often a long export looks at its GCancellable. */
#define CANCEL_CHECK_ROWS 4096

typedef struct
{
  const char *name;
  const char *file_name;
  GType     (*get_type) (void);
} TableInfo;

static const TableInfo tables[] = {
  [PT_CSV_TABLE_PATIENTS]   = { "patients", "patients.csv", pt_patient_get_type },
  [PT_CSV_TABLE_CONDITIONS] = { "conditions", "conditions.csv", pt_condition_get_type },
  [PT_CSV_TABLE_SESSIONS]   = { "sessions", "sessions.csv", pt_session_get_type },
  [PT_CSV_TABLE_PAIN]       = { "pain", "pain_scores.csv", pt_pain_score_get_type },
  [PT_CSV_TABLE_SHOES]      = { "shoes", "shoes.csv", pt_shoe_get_type },
  [PT_CSV_TABLE_RUNS]       = { "runs", "runs.csv", pt_run_get_type },
  [PT_CSV_TABLE_CROSS]      = { "cross", "cross_training.csv", pt_cross_training_get_type },
  [PT_CSV_TABLE_OUTCOMES]   = { "outcomes", "outcomes.csv", pt_outcome_get_type },
  [PT_CSV_TABLE_PLANS]      = { "plans", "run_plans.csv", pt_run_plan_get_type },
  [PT_CSV_TABLE_ALL]        = { "all", NULL, NULL },
};

/* How one cursor column becomes one cell. */
typedef enum
{
  CELL_INT,
  CELL_REAL,
  CELL_DISTANCE,
  CELL_TEXT,    /* typed by a person: defused */
  CELL_VALUE,   /* dates and nicks */
  CELL_BOOL,
  CELL_FLAGS,
} CellKind;

typedef struct
{
  CellKind  kind;
  GType     flags_type;
} Cell;

gboolean
pt_csv_table_from_name (const char *name,
                        PtCsvTable *table)
{
  g_return_val_if_fail (table != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (tables); i++)
    {
      if (g_str_equal (name, tables[i].name))
        {
          *table = (PtCsvTable) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
pt_csv_table_get_name (PtCsvTable table)
{
  g_return_val_if_fail (table <= PT_CSV_TABLE_ALL, NULL);

  return tables[table].name;
}

const char *
pt_csv_table_get_file_name (PtCsvTable table)
{
  g_return_val_if_fail (table <= PT_CSV_TABLE_ALL, NULL);

  return tables[table].file_name;
}

GType
pt_csv_table_get_record_type (PtCsvTable table)
{
  g_return_val_if_fail (table <= PT_CSV_TABLE_ALL, G_TYPE_NONE);

  return tables[table].get_type != NULL ? tables[table].get_type () : G_TYPE_NONE;
}

char *
pt_csv_table_list_names (void)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "", tables[i].name);

  return g_string_free (names, FALSE);
}

/* The header row, and how each column is written. */
static Cell *
write_header (PtRecordCursor *cursor,
              PtDistanceUnit  units,
              PtCsvWriter    *writer)
{
  guint n = pt_record_cursor_get_n_columns (cursor);
  Cell *cells = g_new0 (Cell, n);

  for (guint i = 0; i < n; i++)
    {
      const char *name = pt_record_cursor_get_column_name (cursor, i);

      switch (pt_record_cursor_get_column_kind (cursor, i))
        {
        case PT_COLUMN_INT:
          cells[i].kind = CELL_INT;
          break;
        case PT_COLUMN_REAL:
          cells[i].kind = g_str_equal (name, "distance_m") ? CELL_DISTANCE : CELL_REAL;
          break;
        case PT_COLUMN_TEXT:
          cells[i].kind = CELL_TEXT;
          break;
        case PT_COLUMN_DATE:
        case PT_COLUMN_ENUM:
          cells[i].kind = CELL_VALUE;
          break;
        case PT_COLUMN_BOOL:
          cells[i].kind = CELL_BOOL;
          break;
        case PT_COLUMN_FLAGS:
          cells[i].kind = CELL_FLAGS;
          cells[i].flags_type = pt_record_cursor_get_column_enum_type (cursor, i);
          break;
        default:
          g_assert_not_reached ();
        }

      if (cells[i].kind == CELL_DISTANCE)
        name = units == PT_DISTANCE_UNIT_MI ? "distance_mi" : "distance_km";
      pt_csv_writer_add_value (writer, name, -1);
    }

  return cells;
}

static void
write_cell (PtRecordCursor *cursor,
            guint           column,
            const Cell     *cell,
            PtDistanceUnit  units,
            PtCsvWriter    *writer)
{
  const char *text;
  gsize length;

  switch (cell->kind)
    {
    case CELL_INT:
      if (pt_record_cursor_is_null (cursor, column))
        pt_csv_writer_add_empty (writer);
      else
        pt_csv_writer_add_int (writer, pt_record_cursor_get_int (cursor, column));
      break;
    case CELL_REAL:
      pt_csv_writer_add_real (writer, pt_record_cursor_get_real (cursor, column), REAL_DECIMALS);
      break;
    case CELL_DISTANCE:
      pt_csv_writer_add_real (writer,
                              pt_distance_from_metres (pt_record_cursor_get_real (cursor, column),
                                                       units),
                              REAL_DECIMALS);
      break;
    case CELL_TEXT:
      text = pt_record_cursor_get_text (cursor, column, &length);
      pt_csv_writer_add_text (writer, text, (gssize) length);
      break;
    case CELL_VALUE:
      text = pt_record_cursor_get_text (cursor, column, &length);
      pt_csv_writer_add_value (writer, text, (gssize) length);
      break;
    case CELL_BOOL:
      if (pt_record_cursor_get_int (cursor, column) != 0)
        pt_csv_writer_add_value (writer, "true", 4);
      else
        pt_csv_writer_add_value (writer, "false", 5);
      break;
    case CELL_FLAGS:
      {
        g_autofree char *nicks = pt_flags_to_nicks (cell->flags_type,
                                                    (guint) pt_record_cursor_get_int (cursor,
                                                                                      column));
        pt_csv_writer_add_value (writer, nicks, -1);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
check_patient (PtStore  *store,
               gint64    patient_id,
               GError  **error)
{
  g_autoptr(PtPatient) patient = NULL;

  if (patient_id == 0)
    return TRUE;

  patient = pt_store_get_patient (store, patient_id, error);
  return patient != NULL;
}

static gboolean
write_rows (PtStore         *store,
            PtCsvTable       table,
            gint64           patient_id,
            PtDistanceUnit   units,
            PtCsvWriter     *writer,
            guint64         *n_rows,
            GCancellable    *cancellable,
            GError         **error)
{
  g_autoptr(PtRecordCursor) cursor = NULL;
  g_autofree Cell *cells = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n_columns;

  cursor = pt_store_query_records (store, pt_csv_table_get_record_type (table), patient_id,
                                   error);
  if (cursor == NULL)
    return FALSE;

  n_columns = pt_record_cursor_get_n_columns (cursor);
  cells = write_header (cursor, units, writer);
  if (!pt_csv_writer_end_row (writer, error))
    return FALSE;

  while (pt_record_cursor_next (cursor, &local_error))
    {
      for (guint i = 0; i < n_columns; i++)
        write_cell (cursor, i, &cells[i], units, writer);

      if (!pt_csv_writer_end_row (writer, error))
        return FALSE;

      if (pt_record_cursor_get_position (cursor) % CANCEL_CHECK_ROWS == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !pt_csv_writer_flush (writer, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows += pt_record_cursor_get_position (cursor);
  return TRUE;
}

static gboolean
export_with_writer (PtStore         *store,
                    PtCsvTable       table,
                    gint64           patient_id,
                    PtDistanceUnit   units,
                    PtCsvWriter     *writer,
                    guint64         *n_rows,
                    GCancellable    *cancellable,
                    GError         **error)
{
  if (n_rows != NULL)
    *n_rows = 0;

  return check_patient (store, patient_id, error) &&
         write_rows (store, table, patient_id, units, writer, n_rows, cancellable, error);
}

gboolean
pt_csv_export_to_stream (PtStore         *store,
                         PtCsvTable       table,
                         gint64           patient_id,
                         PtDistanceUnit   units,
                         GOutputStream   *stream,
                         const char      *display_name,
                         guint64         *n_rows,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autoptr(PtCsvWriter) writer = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (table < PT_CSV_TABLE_ALL, FALSE);
  g_return_val_if_fail (patient_id >= 0, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer = pt_csv_writer_new_for_stream (stream, display_name, cancellable);
  return export_with_writer (store, table, patient_id, units, writer, n_rows, cancellable,
                             error);
}

gboolean
pt_csv_export_to_fd (PtStore         *store,
                     PtCsvTable       table,
                     gint64           patient_id,
                     PtDistanceUnit   units,
                     int              fd,
                     const char      *display_name,
                     guint64         *n_rows,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(PtCsvWriter) writer = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (table < PT_CSV_TABLE_ALL, FALSE);
  g_return_val_if_fail (patient_id >= 0, FALSE);
  g_return_val_if_fail (fd >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer = pt_csv_writer_new_for_fd (fd, display_name);
  return export_with_writer (store, table, patient_id, units, writer, n_rows, cancellable,
                             error);
}

/* ---- files: written under a temporary name, renamed when complete ---- */

#define NOTHING_EXPORTED _("nothing was exported")

/* Writes @table into a new temporary file next to @path. */
static PtExportFile *
write_pending_file (PtStore         *store,
                    PtCsvTable       table,
                    gint64           patient_id,
                    PtDistanceUnit   units,
                    const char      *path,
                    guint64         *n_rows,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autoptr(PtExportFile) file = pt_export_file_new (path, NOTHING_EXPORTED, error);
  g_autoptr(PtCsvWriter) writer = NULL;

  if (file == NULL)
    return NULL;

  writer = pt_csv_writer_new_for_fd (file->fd, path);
  if (!write_rows (store, table, patient_id, units, writer, n_rows, cancellable, error) ||
      !pt_export_file_finish (file, error))
    return NULL;

  return g_steal_pointer (&file);
}

/* Renames every pending file into place; with @no_replace, never over a
 * file that is there already. */
static gboolean
commit_files (GPtrArray  *files,
              const char *dir,
              gboolean    no_replace,
              GError    **error)
{
  for (guint i = 0; i < files->len; i++)
    {
      PtExportFile *file = g_ptr_array_index (files, i);

      if (!(no_replace ? pt_export_file_commit_new (file, error)
                       : pt_export_file_commit (file, error)))
        return FALSE;
    }

  pt_export_sync_folder (dir);
  return TRUE;
}

/* The folder for an "all" export, made when missing. */
static gboolean
prepare_folder (const char  *path,
                GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("“%s” is not a folder; exporting every table needs a folder to put "
                     "the files in"), path);
      return FALSE;
    }

  /* "-o e3.csv" meant a file: a folder of that name would surprise. */
  if ((g_str_has_suffix (path, ".csv") || g_str_has_suffix (path, ".CSV")) &&
      g_file_test (parent, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("“%s” looks like a file name; exporting every table writes one file per "
                     "table into a folder: give a folder"), path);
      return FALSE;
    }

  if (g_mkdir (path, 0700) != 0)
    {
      pt_export_set_errno_error (error, errno, _("Could not create the folder"), path,
                                 NOTHING_EXPORTED);
      return FALSE;
    }

  return TRUE;
}

/* The name stem of a file of @table: "runs" from "runs.csv". */
static char *
dup_stem (PtCsvTable table)
{
  const char *file_name = tables[table].file_name;

  return g_strndup (file_name, strlen (file_name) - strlen (".csv"));
}

char *
pt_csv_export_file_name (PtCsvTable  table,
                         const char *record_number,
                         guint       copy)
{
  g_autofree char *stem = NULL;
  g_autofree char *owner = NULL;

  g_return_val_if_fail (table < PT_CSV_TABLE_ALL, NULL);

  stem = dup_stem (table);
  /* A record number is free text: nothing in it may name another folder. */
  owner = g_strdup (record_number != NULL && *record_number != '\0' ? record_number : "clinic");
  g_strdelimit (owner, G_DIR_SEPARATOR_S "\\:", '_');
  for (char *p = owner; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || (p == owner && *p == '.'))
      *p = '_';

  if (copy <= 1)
    return g_strdup_printf ("%s-%s.csv", owner, stem);
  return g_strdup_printf ("%s-%s (%u).csv", owner, stem, copy);
}

/* The paths of @first..@last in @dir under the first copy number for
 * which none of them exists yet: a set of files stays together, and no
 * file in the folder is replaced. */
static GPtrArray *
choose_free_paths (const char *dir,
                   PtCsvTable  first,
                   PtCsvTable  last,
                   const char *record_number)
{
  for (guint copy = 1; ; copy++)
    {
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
      gboolean taken = FALSE;

      for (PtCsvTable t = first; t <= last; t++)
        {
          g_autofree char *name = pt_csv_export_file_name (t, record_number, copy);
          char *path = g_build_filename (dir, name, NULL);

          taken = taken || g_file_test (path, G_FILE_TEST_EXISTS);
          g_ptr_array_add (paths, path);
        }

      if (!taken)
        return g_steal_pointer (&paths);
    }
}

/* Into a folder (every table, or one table and a folder as @path), the
 * files are named after whose records they hold (pt_csv_export_file_name)
 * and never replace a file: see the header. A file path of the caller's
 * own is replaced once the new file is complete. */
static gboolean
export_files (PtStore         *store,
              PtCsvTable       table,
              gint64           patient_id,
              const char      *record_number,
              PtDistanceUnit   units,
              const char      *path,
              guint64         *n_rows,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) pt_export_file_free);
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *dir = NULL;
  PtCsvTable first = table, last = table;
  gboolean into_folder = TRUE;

  if (table == PT_CSV_TABLE_ALL)
    {
      if (!prepare_folder (path, error))
        return FALSE;
      first = 0;
      last = PT_CSV_TABLE_ALL - 1;
    }
  else if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    into_folder = FALSE;

  if (into_folder)
    {
      dir = g_strdup (path);
      paths = choose_free_paths (dir, first, last, record_number);
    }
  else
    {
      dir = g_path_get_dirname (path);
      paths = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (paths, g_strdup (path));
    }

  for (PtCsvTable t = first; t <= last; t++)
    {
      PtExportFile *file = write_pending_file (store, t, patient_id, units,
                                               g_ptr_array_index (paths, t - first), n_rows,
                                               cancellable, error);

      if (file == NULL)
        return FALSE;
      g_ptr_array_add (files, file);
    }

  return commit_files (files, dir, into_folder, error);
}

gboolean
pt_csv_export_table (PtStore         *store,
                     PtCsvTable       table,
                     gint64           patient_id,
                     PtDistanceUnit   units,
                     GFile           *dest,
                     guint64         *n_rows,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autofree char *path = NULL;
  g_autoptr(PtPatient) patient = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (table <= PT_CSV_TABLE_ALL, FALSE);
  g_return_val_if_fail (patient_id >= 0, FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_rows != NULL)
    *n_rows = 0;

  path = g_file_get_path (dest);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (dest);

      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot export to “%s”: choose a folder on this computer"), uri);
      return FALSE;
    }

  if (patient_id > 0 && (patient = pt_store_get_patient (store, patient_id, error)) == NULL)
    return FALSE;

  return export_files (store, table, patient_id,
                       patient != NULL ? pt_patient_get_record_number (patient) : NULL,
                       units, path, n_rows, cancellable, error);
}

/* ---- async ---- */

typedef struct
{
  char           *database;
  PtCsvTable      table;
  gint64          patient_id;
  PtDistanceUnit  units;
  GFile          *dest;
  guint64         n_rows;
} ExportTask;

static void
export_task_free (ExportTask *data)
{
  g_free (data->database);
  g_clear_object (&data->dest);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportTask *data = task_data;
  g_autoptr(PtStore) store = NULL;
  GError *error = NULL;

  /* A connection of the worker's own: the caller's stays with its thread. */
  store = pt_store_open_full (data->database, PT_STORE_OPEN_DEFAULT, &error);
  if (store == NULL ||
      !pt_csv_export_table (store, data->table, data->patient_id, data->units, data->dest,
                            &data->n_rows, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
pt_csv_export_table_async (PtStore             *store,
                           PtCsvTable           table,
                           gint64               patient_id,
                           PtDistanceUnit       units,
                           GFile               *dest,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportTask *data;

  g_return_if_fail (PT_IS_STORE (store));
  g_return_if_fail (table <= PT_CSV_TABLE_ALL);
  g_return_if_fail (patient_id >= 0);
  g_return_if_fail (G_IS_FILE (dest));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ExportTask, 1);
  data->database = g_strdup (pt_store_get_path (store));
  data->table = table;
  data->patient_id = patient_id;
  data->units = units;
  data->dest = g_object_ref (dest);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, pt_csv_export_table_async);
  g_task_set_task_data (task, data, (GDestroyNotify) export_task_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
pt_csv_export_table_finish (PtStore       *store,
                            GAsyncResult  *result,
                            guint64       *n_rows,
                            GError       **error)
{
  ExportTask *data;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pt_csv_export_table_async,
                        FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (n_rows != NULL)
    *n_rows = data->n_rows;

  return g_task_propagate_boolean (G_TASK (result), error);
}
