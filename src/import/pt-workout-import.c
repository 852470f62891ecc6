/* pt-workout-import.c: a patient's runs and cross-training from activity files
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-cross-training.h"
#include "pt-error.h"
#include "pt-run.h"
#include "pt-store-import.h"
#include "pt-workout-import-private.h"
#include "pt-workout-xml.h"


G_DEFINE_FINAL_TYPE (PtWorkoutImport, pt_workout_import, G_TYPE_OBJECT)

static void
item_clear (PtWorkoutItem *item)
{
  g_free (item->file_name);
  g_free (item->path);
  g_clear_pointer (&item->workout, pt_workout_free);
  g_clear_object (&item->record);
  g_free (item->reason);
}

static void
pt_workout_import_finalize (GObject *object)
{
  PtWorkoutImport *self = PT_WORKOUT_IMPORT (object);

  g_time_zone_unref (self->time_zone);
  g_array_unref (self->items);
  g_array_unref (self->run_ids);
  g_array_unref (self->cross_ids);

  G_OBJECT_CLASS (pt_workout_import_parent_class)->finalize (object);
}

static void
pt_workout_import_class_init (PtWorkoutImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pt_workout_import_finalize;
}

static void
pt_workout_import_init (PtWorkoutImport *self)
{
  self->time_zone = g_time_zone_new_local ();
  self->unknown_sport = PT_WORKOUT_SPORT_RUNNING;
  self->items = g_array_new (FALSE, TRUE, sizeof (PtWorkoutItem));
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
  self->run_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cross_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

PtWorkoutImport *
pt_workout_import_new (gint64 patient_id)
{
  PtWorkoutImport *self = g_object_new (PT_TYPE_WORKOUT_IMPORT, NULL);

  self->patient_id = patient_id;
  return self;
}

gint64
pt_workout_import_get_patient_id (PtWorkoutImport *self)
{
  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), 0);

  return self->patient_id;
}

void
pt_workout_import_set_time_zone (PtWorkoutImport *self,
                                 GTimeZone       *time_zone)
{
  g_return_if_fail (PT_IS_WORKOUT_IMPORT (self));
  g_return_if_fail (time_zone != NULL);

  g_time_zone_unref (self->time_zone);
  self->time_zone = g_time_zone_ref (time_zone);
}

void
pt_workout_import_set_unknown_sport (PtWorkoutImport *self,
                                     PtWorkoutSport   sport)
{
  g_return_if_fail (PT_IS_WORKOUT_IMPORT (self));
  g_return_if_fail (sport != PT_WORKOUT_SPORT_UNKNOWN && sport != PT_WORKOUT_SPORT_TRANSITION);

  self->unknown_sport = sport;
}

PtWorkoutSport
pt_workout_import_get_unknown_sport (PtWorkoutImport *self)
{
  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), PT_WORKOUT_SPORT_RUNNING);

  return self->unknown_sport;
}

/* ---- reading ---- */

static void
add_item (PtWorkoutImport *self,
          const char      *file_name,
          const char      *path,
          guint            leg,
          PtWorkout       *workout,
          const char      *refusal)
{
  PtWorkoutItem item = {
    .file_name = g_strdup (file_name),
    .path = g_strdup (path),
    .leg = leg,
    .status = refusal != NULL ? PT_WORKOUT_ITEM_REFUSED : PT_WORKOUT_ITEM_ADD,
    .workout = workout,
    .reason = g_strdup (refusal),
  };

  g_array_append_val (self->items, item);
}

void
pt_workout_import_add_workouts (PtWorkoutImport *self,
                                const char      *file_name,
                                GPtrArray       *workouts)
{
  g_return_if_fail (PT_IS_WORKOUT_IMPORT (self));
  g_return_if_fail (file_name != NULL && workouts != NULL);

  if (workouts->len == 0)
    add_item (self, file_name, NULL, 0, NULL,
              _("The file holds no activity: there is nothing to import."));

  for (guint i = 0; i < workouts->len; i++)
    {
      const PtWorkout *workout = g_ptr_array_index (workouts, i);

      add_item (self, file_name, NULL, workout->leg, pt_workout_copy (workout), NULL);
    }
}

static gboolean
is_activity_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  const char *suffixes[] = { ".fit", ".tcx", ".gpx", ".fit.gz", ".tcx.gz", ".gpx.gz" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;

  return FALSE;
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *pa = g_file_get_path (*(GFile * const *) a);
  g_autofree char *pb = g_file_get_path (*(GFile * const *) b);

  return g_strcmp0 (pa, pb);
}

/* The activity files in @folder and its subfolders, in name order. */
static gboolean
list_folder (GFile         *folder,
             GPtrArray     *files,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);
  if (children == NULL)
    return FALSE;

  for (;;)
    {
      GFileInfo *info;
      GFile *child;

      if (!g_file_enumerator_iterate (children, &info, &child, cancellable, error))
        return FALSE;
      if (info == NULL)
        break;

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY ||
          (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
           is_activity_name (g_file_info_get_name (info))))
        g_ptr_array_add (found, g_object_ref (child));
    }

  g_ptr_array_sort (found, compare_files);
  for (guint i = 0; i < found->len; i++)
    {
      GFile *child = g_ptr_array_index (found, i);

      if (g_file_query_file_type (child, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable) ==
          G_FILE_TYPE_DIRECTORY)
        {
          if (!list_folder (child, files, cancellable, error))
            return FALSE;
        }
      else
        g_ptr_array_add (files, g_object_ref (child));
    }

  return TRUE;
}

static char *
display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_basename (path != NULL ? path : base);
}

gboolean
pt_workout_import_read (PtWorkoutImport          *self,
                        GFile                   **files,
                        guint                     n_files,
                        PtWorkoutImportProgress   progress,
                        gpointer                  user_data,
                        GCancellable             *cancellable,
                        GError                  **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), FALSE);
  g_return_val_if_fail (files != NULL || n_files == 0, FALSE);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GError) local_error = NULL;
      GFileType type = g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, cancellable);

      if (type == G_FILE_TYPE_DIRECTORY)
        {
          if (!list_folder (files[i], all, cancellable, error))
            return FALSE;
        }
      else if (type == G_FILE_TYPE_UNKNOWN)
        {
          g_autofree char *name = g_file_get_parse_name (files[i]);

          g_set_error (error, PT_ERROR, PT_ERROR_NOT_FOUND,
                       _("“%s” does not exist: nothing was imported"), name);
          return FALSE;
        }
      else
        g_ptr_array_add (all, g_object_ref (files[i]));
    }

  for (guint i = 0; i < all->len; i++)
    {
      GFile *file = g_ptr_array_index (all, i);
      g_autofree char *name = display_name (file);
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GPtrArray) workouts = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      workouts = pt_workout_read_file (file, cancellable, &local_error);
      if (workouts == NULL)
        {
          /* The readers name the file; the item already does. */
          gsize n = strlen (name);
          const char *message = local_error->message;

          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          if (strncmp (message, name, n) == 0 && strncmp (message + n, ": ", 2) == 0)
            message += n + 2;
          add_item (self, name, path, 0, NULL, message);
        }
      else
        {
          guint first = self->items->len;

          pt_workout_import_add_workouts (self, name, workouts);
          for (guint j = first; j < self->items->len; j++)
            g_array_index (self->items, PtWorkoutItem, j).path = g_strdup (path);
        }

      if (progress != NULL)
        progress (i + 1, all->len, user_data);
    }

  return TRUE;
}

guint
pt_workout_import_get_n_items (PtWorkoutImport *self)
{
  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), 0);

  return self->items->len;
}

const PtWorkoutItem *
pt_workout_import_get_item (PtWorkoutImport *self,
                            guint            i)
{
  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), NULL);
  g_return_val_if_fail (i < self->items->len, NULL);

  return &g_array_index (self->items, PtWorkoutItem, i);
}

guint
pt_workout_import_count (PtWorkoutImport     *self,
                         PtWorkoutItemStatus  status)
{
  guint n = 0;

  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    n += g_array_index (self->items, PtWorkoutItem, i).status == status;
  return n;
}

gboolean
pt_workout_import_has_no_sport (PtWorkoutImport *self)
{
  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      const PtWorkoutItem *item = &g_array_index (self->items, PtWorkoutItem, i);

      if (item->workout != NULL && item->workout->sport == PT_WORKOUT_SPORT_UNKNOWN)
        return TRUE;
    }

  return FALSE;
}

/* ---- writing ---- */

static char *
source_name (PtWorkoutImport *self)
{
  g_autoptr(GHashTable) files = g_hash_table_new (g_str_hash, g_str_equal);

  const char *one = NULL;

  /* The files something comes from. */
  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, PtWorkoutItem, i).status == PT_WORKOUT_ITEM_ADD)
      g_hash_table_add (files, (gpointer) (one = g_array_index (self->items, PtWorkoutItem,
                                                                 i).file_name));

  if (g_hash_table_size (files) == 1)
    return g_strdup (one);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity file",
                                       "%u activity files", g_hash_table_size (files)),
                          g_hash_table_size (files));
}

gboolean
pt_workout_import_commit (PtWorkoutImport  *self,
                          PtStore          *store,
                          GError          **error)
{
  g_autofree char *source = NULL;
  PtStoreImport *import;
  const gint64 *ids;
  gsize n_runs = 0, n_cross = 0;

  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), FALSE);
  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  g_array_set_size (self->run_ids, 0);
  g_array_set_size (self->cross_ids, 0);

  source = source_name (self);
  import = pt_store_import_begin (store, source, error);
  if (import == NULL)
    return FALSE;
  pt_store_import_set_remember_ids (import, TRUE);

  for (guint i = 0; i < self->items->len; i++)
    {
      PtWorkoutItem *item = &g_array_index (self->items, PtWorkoutItem, i);
      g_autoptr(GError) local_error = NULL;

      if (item->status != PT_WORKOUT_ITEM_ADD)
        continue;

      /* Planned against this store a moment ago: a refusal now means the
       * record changed since (another program), and nothing is written. */
      if (pt_store_import_add (import, item->record, &local_error) != PT_STORE_IMPORT_ADDED)
        {
          pt_store_import_abort (import);
          if (local_error != NULL)
            g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ",
                                        item->file_name);
          else
            g_set_error (error, PT_ERROR, PT_ERROR_DUPLICATE,
                         _("%s: recorded already; nothing was imported"), item->file_name);
          return FALSE;
        }
    }

  if (!(ids = pt_store_import_get_added_ids (import, PT_TYPE_RUN, &n_runs, error)))
    {
      pt_store_import_abort (import);
      return FALSE;
    }
  g_array_append_vals (self->run_ids, ids, (guint) n_runs);
  if (!(ids = pt_store_import_get_added_ids (import, PT_TYPE_CROSS_TRAINING, &n_cross, error)))
    {
      pt_store_import_abort (import);
      g_array_set_size (self->run_ids, 0);
      return FALSE;
    }
  g_array_append_vals (self->cross_ids, ids, (guint) n_cross);

  if (!pt_store_import_commit (import, error))
    {
      g_array_set_size (self->run_ids, 0);
      g_array_set_size (self->cross_ids, 0);
      return FALSE;
    }

  return TRUE;
}

guint
pt_workout_import_get_n_added (PtWorkoutImport *self)
{
  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), 0);

  return self->run_ids->len + self->cross_ids->len;
}

static gboolean
delete_added (PtStore   *store,
              gpointer   user_data,
              GError   **error)
{
  PtWorkoutImport *self = user_data;

  return pt_store_delete_records (store, PT_TYPE_RUN, (const gint64 *) (gpointer) self->run_ids->data,
                                  self->run_ids->len, error) &&
         pt_store_delete_records (store, PT_TYPE_CROSS_TRAINING,
                                  (const gint64 *) (gpointer) self->cross_ids->data,
                                  self->cross_ids->len, error);
}

gboolean
pt_workout_import_undo (PtWorkoutImport  *self,
                        PtStore          *store,
                        GError          **error)
{
  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), FALSE);
  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  /* Runs and cross-training point at nothing of each other: two deletes,
   * but one transaction, so an undo is whole or not at all. */
  if (!pt_store_run_batch (store, delete_added, self, error))
    return FALSE;

  g_array_set_size (self->run_ids, 0);
  g_array_set_size (self->cross_ids, 0);
  return TRUE;
}

char *
pt_workout_import_describe (PtWorkoutImport *self)
{
  guint n_runs = 0, n_cross = 0;
  guint duplicates = pt_workout_import_count (self, PT_WORKOUT_ITEM_DUPLICATE);
  guint refused = pt_workout_import_count (self, PT_WORKOUT_ITEM_REFUSED);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      const PtWorkoutItem *item = &g_array_index (self->items, PtWorkoutItem, i);

      if (item->status == PT_WORKOUT_ITEM_ADD)
        {
          if (PT_IS_RUN (item->record))
            n_runs++;
          else
            n_cross++;
        }
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u run", "%u runs", n_runs),
                          n_runs);
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u cross-training session",
                                             "%u cross-training sessions", n_cross), n_cross);
  /* Translators: after "3 runs, 1 cross-training session" */
  g_string_append (text, _(" to add"));
  if (duplicates > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %u already recorded",
                                               ", %u already recorded", duplicates), duplicates);
  if (refused > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %u refused", ", %u refused",
                                               refused), refused);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
