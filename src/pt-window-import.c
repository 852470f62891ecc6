/* pt-window-import.c: a patient's runs and cross-training from activity files
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import Activities (Ctrl+I) and files dropped on the patient page go the
 * same way: a worker thread reads the files and plans the records on a
 * read-only store of its own on the same file (the window's store stays
 * on the main thread), while the preview (PtImportDialog) shows the
 * progress and Cancel stops it. The preview lists what every file becomes;
 * its Import commits on the main thread with the window's store, in one
 * transaction, and a toast's Undo removes exactly the records added.
 * The worker holds the window weakly, as the health check does: closing
 * the window while files are read neither waits for them nor keeps the
 * window alive.
 *
 * The patient view allows win.import-activities (pt-window-lock.c): a
 * patient may bring their own runs in, for themselves only.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-import-dialog.h"
#include "pt-store-import.h"
#include "pt-window-private.h"
#include "pt-workout-import.h"

#define PROGRESS_INTERVAL_MS 100

typedef struct _PtImportUndo
{
  guint            serial;
  PtWorkoutImport *workouts;   /* or the ids of a CSV import: */
  GType            type;
  GArray          *ids;
  gint64           patient_id;
  AdwToast        *toast;
} PtImportUndo;

static void
import_undo_free (PtImportUndo *undo)
{
  if (undo->toast != NULL)
    g_signal_handlers_disconnect_matched (undo->toast, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                          undo);
  g_clear_object (&undo->workouts);
  g_clear_pointer (&undo->ids, g_array_unref);
  g_clear_object (&undo->toast);
  g_free (undo);
}

/* ---- what both imports share ---- */

gint64
pt_window_import_get_patient_id (PtWindow *self)
{
  PtPatient *patient;

  if (self->store == NULL || self->locked)
    return 0;
  if (self->patient_view_id > 0)
    return self->patient_view_id;

  patient = pt_window_get_shown_patient (self);
  if (patient == NULL ||
      !g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), "patient"))
    return 0;
  return pt_record_get_id (PT_RECORD (patient));
}

void
pt_window_update_import_actions (PtWindow *self)
{
  gboolean can = pt_window_import_get_patient_id (self) > 0 && pt_window_can_write (self) &&
                 self->import_dialog == NULL;

  pt_window_set_action_enabled (self, "win.import-activities", can);
  pt_window_set_action_enabled (self, "win.import-activities-folder", can);
  pt_window_set_action_enabled (self, "win.import-csv", can);
}

GtkWindow *
pt_window_get_import_dialog (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  return self->import_dialog != NULL ? GTK_WINDOW (self->import_dialog) : NULL;
}

static void
stop_import (PtWindow *self,
             gboolean  update)
{
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  g_clear_handle_id (&self->import_progress_id, g_source_remove);
  self->import_job = NULL;
  g_clear_object (&self->workout_import);
  if (self->import_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->import_dialog, self);
      gtk_window_destroy (GTK_WINDOW (self->import_dialog));
      g_clear_object (&self->import_dialog);
    }
  if (update)
    pt_window_update_import_actions (self);
}

void
pt_window_import_stop (PtWindow *self)
{
  stop_import (self, TRUE);
}

void
pt_window_import_watch (PtWindow    *self,
                        gpointer     job,
                        GSourceFunc  poll)
{
  g_clear_handle_id (&self->import_progress_id, g_source_remove);
  self->import_job = job;
  if (job != NULL)
    self->import_progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, poll, self);
}

void
pt_window_clear_import_undo (PtWindow *self)
{
  PtImportUndo *undo = g_steal_pointer (&self->import_undo);

  if (undo == NULL)
    return;
  pt_window_dismiss_toast (self, undo->toast);
  import_undo_free (undo);
}

/* The toast went: nothing to undo any more. */
static void
undo_toast_dismissed_cb (AdwToast     *toast,
                         PtImportUndo *undo)
{
  PtWindow *self = g_object_get_data (G_OBJECT (toast), "pt-window");

  if (self != NULL && self->import_undo == undo)
    {
      self->import_undo = NULL;
      import_undo_free (undo);
    }
}

/* What shows the patient shows the records added or removed now. */
static void
reload_patient (PtWindow *self,
                gint64    patient_id,
                GType     type)
{
  pt_window_refresh (self);
  if (self->patient_view_id > 0)
    {
      pt_window_reload_patient_view (self);
      return;
    }

  pt_window_show_patient (self, patient_id);
  if (type != G_TYPE_INVALID && pt_window_get_shown_patient (self) != NULL)
    pt_patient_page_show_table (pt_window_ensure_patient_page (self), type);
}

void
pt_window_import_finished (PtWindow        *self,
                           const char      *title,
                           PtWorkoutImport *workouts,
                           GType            type,
                           const gint64    *ids,
                           gsize            n_ids)
{
  PtImportUndo *undo;
  gint64 patient_id = self->import_patient_id;

  pt_window_import_stop (self);
  pt_window_clear_import_undo (self);
  reload_patient (self, patient_id, workouts != NULL ? PT_TYPE_RUN : type);

  undo = g_new0 (PtImportUndo, 1);
  undo->serial = ++self->import_serial;
  undo->patient_id = patient_id;
  undo->type = type;
  if (workouts != NULL)
    undo->workouts = g_object_ref (workouts);
  if (ids != NULL)
    {
      undo->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), (guint) n_ids);
      g_array_append_vals (undo->ids, ids, (guint) n_ids);
    }

  undo->toast = g_object_ref_sink (adw_toast_new (title));
  adw_toast_set_timeout (undo->toast, 10);
  adw_toast_set_priority (undo->toast, ADW_TOAST_PRIORITY_HIGH);
  if (workouts != NULL || n_ids > 0)
    {
      adw_toast_set_button_label (undo->toast, _("_Undo"));
      adw_toast_set_action_name (undo->toast, "win.undo-import");
      adw_toast_set_action_target_value (undo->toast, g_variant_new_uint32 (undo->serial));
    }
  g_object_set_data (G_OBJECT (undo->toast), "pt-window", self);
  g_signal_connect (undo->toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), undo);
  self->import_undo = undo;
  adw_toast_overlay_add_toast (self->toast_overlay, undo->toast);
}

static void
undo_import_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtImportUndo *undo = self->import_undo;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (undo == NULL || undo->serial != g_variant_get_uint32 (param) || self->store == NULL)
    return;

  /* The toast's own button dismisses it. */
  self->import_undo = NULL;
  if (undo->workouts != NULL)
    done = pt_workout_import_undo (undo->workouts, self->store, &error);
  else
    done = pt_store_delete_records (self->store, undo->type,
                                    (const gint64 *) (gpointer) undo->ids->data, undo->ids->len,
                                    &error);
  if (!done)
    pt_window_show_error (self, error);
  reload_patient (self, undo->patient_id, G_TYPE_INVALID);
  import_undo_free (undo);
}

/* ---- reading the files ---- */

typedef struct
{
  GWeakRef         window;
  char            *path;
  GPtrArray       *files;   /* GFile */
  PtWorkoutImport *import;
  guint            n_done;  /* atomic: the progress */
  guint            n_files;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_weak_ref_clear (&job->window);
  g_free (job->path);
  g_ptr_array_unref (job->files);
  g_clear_object (&job->import);
  g_free (job);
}

static void
read_progress_cb (guint    n_done,
                  guint    n_files,
                  gpointer user_data)
{
  ReadJob *job = user_data;

  g_atomic_int_set (&job->n_files, n_files);
  g_atomic_int_set (&job->n_done, n_done);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;

  if (!pt_workout_import_read (job->import, (GFile **) job->files->pdata, job->files->len,
                               read_progress_cb, job, cancellable, &error) ||
      !(store = pt_store_open_full (job->path, PT_STORE_OPEN_READ_ONLY, &error)) ||
      !pt_workout_import_plan (job->import, store, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static gboolean
read_progress_poll_cb (gpointer user_data)
{
  PtWindow *self = user_data;
  ReadJob *job = self->import_job;

  if (job != NULL && PT_IS_IMPORT_DIALOG (self->import_dialog))
    pt_import_dialog_set_progress (PT_IMPORT_DIALOG (self->import_dialog),
                                   g_atomic_int_get (&job->n_done),
                                   g_atomic_int_get (&job->n_files));
  return G_SOURCE_CONTINUE;
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ReadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(PtWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  gboolean read = g_task_propagate_boolean (G_TASK (result), &error);

  /* The window is gone, or this import was cancelled or replaced. */
  if (self == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)) || self->import_job != job)
    return;

  g_clear_handle_id (&self->import_progress_id, g_source_remove);
  self->import_job = NULL;
  g_clear_object (&self->import_cancellable);

  if (!read)
    {
      pt_window_import_stop (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pt_window_show_error (self, error);
      return;
    }

  g_set_object (&self->workout_import, job->import);
  pt_import_dialog_show_items (PT_IMPORT_DIALOG (self->import_dialog), job->import,
                               pt_window_get_unit (self));
}

/* "Imported 3 runs and 1 cross-training session". */
static char *
imported_title (PtWorkoutImport *import)
{
  guint n_runs = 0, n_cross = 0;
  g_autofree char *runs = NULL, *cross = NULL;

  for (guint i = 0; i < pt_workout_import_get_n_items (import); i++)
    {
      const PtWorkoutItem *item = pt_workout_import_get_item (import, i);

      if (item->status != PT_WORKOUT_ITEM_ADD || item->record == NULL)
        continue;
      if (PT_IS_RUN (item->record))
        n_runs++;
      else
        n_cross++;
    }

  runs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u run", "%u runs", n_runs), n_runs);
  cross = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cross-training session",
                                        "%u cross-training sessions", n_cross), n_cross);
  if (n_runs > 0 && n_cross > 0)
    /* Translators: "Imported 3 runs and 1 cross-training session" */
    return g_strdup_printf (_("Imported %s and %s"), runs, cross);
  /* Translators: "Imported 3 runs" */
  return g_strdup_printf (_("Imported %s"), n_cross > 0 ? cross : runs);
}

static void
commit_import (PtWindow *self)
{
  g_autoptr(PtWorkoutImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->workout_import == NULL || self->store == NULL)
    return;

  import = g_object_ref (self->workout_import);
  if (!pt_workout_import_commit (import, self->store, &error))
    {
      pt_window_import_stop (self);
      pt_window_show_error (self, error);
      return;
    }

  title = imported_title (import);
  pt_window_import_finished (self, title, import, G_TYPE_INVALID, NULL, 0);
}

static void
preview_response_cb (PtImportDialog *dialog,
                     const char     *response,
                     PtWindow       *self)
{
  if (g_str_equal (response, "import"))
    commit_import (self);
  else
    pt_window_import_stop (self);
}

/* Files without a sport are something else now: planned again, on the
 * window's store (the files are read already; this is quick). */
static void
sport_changed_cb (PtImportDialog *dialog,
                  guint           sport,
                  PtWindow       *self)
{
  g_autoptr(GError) error = NULL;

  if (self->workout_import == NULL || self->store == NULL)
    return;

  pt_workout_import_set_unknown_sport (self->workout_import, (PtWorkoutSport) sport);
  if (!pt_workout_import_plan (self->workout_import, self->store, &error))
    {
      pt_window_show_error (self, error);
      return;
    }
  pt_import_dialog_show_items (dialog, self->workout_import, pt_window_get_unit (self));
}

gboolean
pt_window_import_files (PtWindow  *self,
                        GFile    **files,
                        guint      n_files)
{
  g_autoptr(GTask) task = NULL;
  gint64 patient_id;
  ReadJob *job;

  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (files != NULL || n_files == 0, FALSE);

  patient_id = pt_window_import_get_patient_id (self);
  if (n_files == 0 || patient_id <= 0 || !pt_window_can_write (self) ||
      self->import_dialog != NULL)
    return FALSE;

  job = g_new0 (ReadJob, 1);
  g_weak_ref_init (&job->window, self);
  job->path = g_strdup (pt_store_get_path (self->store));
  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (job->files, g_object_ref (files[i]));
  job->import = pt_workout_import_new (patient_id);
  job->n_files = n_files;

  self->import_patient_id = patient_id;
  self->import_cancellable = g_cancellable_new ();
  self->import_dialog = g_object_ref_sink (GTK_WIDGET (pt_import_dialog_new (GTK_WINDOW (self))));
  g_signal_connect (self->import_dialog, "response", G_CALLBACK (preview_response_cb), self);
  g_signal_connect (self->import_dialog, "sport-changed", G_CALLBACK (sport_changed_cb), self);
  pt_import_dialog_set_progress (PT_IMPORT_DIALOG (self->import_dialog), 0, n_files);
  gtk_window_present (GTK_WINDOW (self->import_dialog));
  pt_window_update_import_actions (self);

  task = g_task_new (NULL, self->import_cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, pt_window_import_files);
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  pt_window_import_watch (self, job, read_progress_poll_cb);
  g_task_run_in_thread (task, read_thread);
  return TRUE;
}

/* ---- choosing the files ---- */

static void
files_chosen_cb (GtkNativeDialog *dialog,
                 int              response,
                 PtWindow        *self)
{
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
  if (files != NULL && g_list_model_get_n_items (files) > 0)
    {
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      pt_window_import_files (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
import_activities_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  gboolean folder = g_str_equal (action_name, "win.import-activities-folder");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  const char *patterns[] = { "*.fit", "*.tcx", "*.gpx", "*.fit.gz", "*.tcx.gz", "*.gpx.gz" };
  GtkFileChooserNative *dialog;

  if (pt_window_import_get_patient_id (self) <= 0)
    return;

  dialog = gtk_file_chooser_native_new (folder ? _("Import Activities from a Folder")
                                               : _("Import Activities"),
                                        GTK_WINDOW (self),
                                        folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                               : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  if (!folder)
    {
      gtk_file_filter_set_name (filter, _("Activity files (FIT, TCX, GPX)"));
      for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
        gtk_file_filter_add_suffix (filter, patterns[i] + 2);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
    }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (files_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- dropped files ---- */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PtWindow      *self)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = gdk_file_list_get_files (g_value_get_boxed (value)); l != NULL; l = l->next)
        g_ptr_array_add (array, g_object_ref (l->data));
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    g_ptr_array_add (array, g_value_dup_object (value));

  return pt_window_import_files (self, (GFile **) array->pdata, array->len);
}

static GdkDragAction
drop_enter_cb (GtkDropTarget *target,
               double         x,
               double         y,
               PtWindow      *self)
{
  gboolean can = pt_window_import_get_patient_id (self) > 0 && pt_window_can_write (self) &&
                 self->import_dialog == NULL;

  return can ? GDK_ACTION_COPY : 0;
}

void
pt_window_add_import_drop_target (PtWindow  *self,
                                  GtkWidget *widget)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

void
pt_window_init_page_import (PtWindow *self)
{
  pt_window_add_import_drop_target (self, GTK_WIDGET (self->patient_page));
}

/* ---- set-up ---- */

void
pt_window_class_install_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-activities", NULL,
                                   import_activities_action);
  gtk_widget_class_install_action (widget_class, "win.import-activities-folder", NULL,
                                   import_activities_action);
  gtk_widget_class_install_action (widget_class, "win.undo-import", "u", undo_import_action);
  pt_window_class_install_import_csv_actions (widget_class);
}

void
pt_window_init_import (PtWindow *self)
{
  self->import_serial = 0;
}

void
pt_window_dispose_import (PtWindow *self)
{
  stop_import (self, FALSE);
  g_clear_pointer (&self->import_undo, import_undo_free);
}
