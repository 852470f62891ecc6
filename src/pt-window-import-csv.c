/* pt-window-import-csv.c: a patient's records from a CSV file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import from CSV: the file (GtkFileChooserNative), then its columns and
 * options (PtCsvImportDialog), a dry run as the preview and the import,
 * both in a worker with a store of its own on the same file (an import
 * writes in one transaction there; the window's store only reads the
 * result). With "import the good rows", the refused rows go to a file the
 * clinician names, written whole or not at all (PtExportFile). The toast's
 * Undo deletes exactly the records added (their ids are remembered).
 */

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>

#include "pt-csv-import-dialog.h"
#include "pt-audit.h"
#include "pt-error.h"
#include "pt-export-file.h"
#include "pt-window-private.h"

typedef struct
{
  GWeakRef      window;
  char         *path;        /* the database */
  char         *clinician;
  GFile        *file;
  char         *name;
  PtCsvImport  *import;
  gboolean      dry_run;
  guint64       size;
  guint         permille;    /* atomic: the progress */
  PtExportFile *rejects_file;
  GOutputStream *rejects;
  char         *rejects_name;
  gboolean      ok;
  GError       *error;       /* of the run, counts or not */
} CsvJob;

static void
csv_job_free (CsvJob *job)
{
  g_weak_ref_clear (&job->window);
  g_free (job->path);
  g_free (job->clinician);
  g_clear_object (&job->file);
  g_free (job->name);
  g_clear_pointer (&job->import, pt_csv_import_free);
  g_clear_object (&job->rejects);
  g_clear_pointer (&job->rejects_file, pt_export_file_free);
  g_free (job->rejects_name);
  g_clear_error (&job->error);
  g_free (job);
}

static void
csv_progress_cb (guint64  bytes_read,
                 gpointer user_data)
{
  CsvJob *job = user_data;

  if (job->size > 0)
    g_atomic_int_set (&job->permille, (guint) MIN (1000, bytes_read * 1000 / job->size));
}

static void
csv_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  CsvJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open_full (job->path, PT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GFileInputStream) input = NULL;

  if (store == NULL || !(input = g_file_read (job->file, cancellable, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  pt_store_set_clinician (store, job->clinician);
  job->ok = pt_csv_import_run (job->import, store, G_INPUT_STREAM (input), job->name,
                               cancellable, &job->error);
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static gboolean
csv_progress_poll_cb (gpointer user_data)
{
  PtWindow *self = user_data;
  CsvJob *job = self->import_job;

  if (job != NULL && PT_IS_CSV_IMPORT_DIALOG (self->import_dialog))
    pt_csv_import_dialog_show_progress (PT_CSV_IMPORT_DIALOG (self->import_dialog),
                                        job->dry_run ? _("Checking the Rows…")
                                                     : _("Importing…"),
                                        g_atomic_int_get (&job->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

/* "Imported 12 runs". */
static char *
imported_title (GType   type,
                guint64 n)
{
  gulong count = (gulong) MIN (n, G_MAXULONG);
  unsigned long long number = n;

  if (type == PT_TYPE_RUN)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu run",
                                         "Imported %llu runs", count), number);
  if (type == PT_TYPE_CROSS_TRAINING)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu cross-training session",
                                         "Imported %llu cross-training sessions", count), number);
  if (type == PT_TYPE_PAIN_SCORE)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu pain score",
                                         "Imported %llu pain scores", count), number);
  if (type == PT_TYPE_SESSION)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu treatment session",
                                         "Imported %llu treatment sessions", count), number);
  if (type == PT_TYPE_CONDITION)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu condition",
                                         "Imported %llu conditions", count), number);
  if (type == PT_TYPE_SHOE)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu shoe",
                                         "Imported %llu shoes", count), number);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %llu record",
                                       "Imported %llu records", count), number);
}

/* The refused rows, with their reasons, into their file. */
static gboolean
write_rejects (CsvJob  *job,
               GError **error)
{
  if (job->rejects_file == NULL || pt_csv_import_get_n_refused (job->import) == 0)
    return TRUE;

  return g_output_stream_flush (job->rejects, NULL, error) &&
         pt_export_file_finish (job->rejects_file, error) &&
         pt_export_file_commit (job->rejects_file, error);
}

static void
import_done (PtWindow *self,
             CsvJob   *job)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GType type = pt_csv_import_get_record_type (job->import);
  guint64 n_added = pt_csv_import_get_n_added (job->import);
  gboolean keep_good = pt_csv_import_dialog_get_keep_good (PT_CSV_IMPORT_DIALOG (self->import_dialog));
  const gint64 *ids;
  gsize n_ids = 0;

  /* Keep-good is FALSE when rows were refused; the good ones are in. */
  if (!job->ok && !(keep_good && job->error != NULL &&
                    g_error_matches (job->error, PT_ERROR, PT_ERROR_INVALID) &&
                    pt_csv_import_get_n_refused (job->import) > 0))
    {
      pt_window_import_stop (self);
      pt_window_show_error (self, job->error);
      return;
    }

  title = imported_title (type, n_added);
  if (!write_rejects (job, &error))
    {
      pt_window_show_error (self, error);
    }
  else if (job->rejects_file != NULL && pt_csv_import_get_n_refused (job->import) > 0)
    {
      g_autofree char *more = NULL;

      /* Translators: "Imported 12 runs; 2 refused rows are in “runs-refused.csv”" */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %llu refused row is in “%s”",
                                           "%s; %llu refused rows are in “%s”",
                                           (gulong) MIN (pt_csv_import_get_n_refused (job->import),
                                                         G_MAXULONG)),
                              title, (unsigned long long) pt_csv_import_get_n_refused (job->import),
                              job->rejects_name);
      g_free (title);
      title = g_steal_pointer (&more);
    }

  ids = pt_csv_import_get_added_ids (job->import, &n_ids);
  pt_window_import_finished (self, title, NULL, type, ids, n_ids);
}

static void
csv_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  CsvJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(PtWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  gboolean ran = g_task_propagate_boolean (G_TASK (result), &error);

  if (self == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)) || self->import_job != job)
    return;

  g_clear_handle_id (&self->import_progress_id, g_source_remove);
  self->import_job = NULL;
  g_clear_object (&self->import_cancellable);

  if (!ran)
    {
      pt_window_import_stop (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pt_window_show_error (self, error);
      return;
    }

  if (job->dry_run)
    pt_csv_import_dialog_show_preview (PT_CSV_IMPORT_DIALOG (self->import_dialog), job->import,
                                       job->ok ? NULL : job->error);
  else
    import_done (self, job);
}

/* Runs the dialog's import (a dry run, or with @rejects for the refused
 * rows) in a worker. */
static void
start_run (PtWindow *self,
           gboolean  dry_run,
           GFile    *rejects)
{
  PtCsvImportDialog *dialog = PT_CSV_IMPORT_DIALOG (self->import_dialog);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  CsvJob *job;

  if (self->store == NULL || self->import_job != NULL)
    return;

  job = g_new0 (CsvJob, 1);
  g_weak_ref_init (&job->window, self);
  job->path = g_strdup (pt_store_get_path (self->store));
  job->clinician = g_strdup (pt_store_get_clinician (self->store));
  job->file = g_object_ref (pt_csv_import_dialog_get_file (dialog));
  job->name = g_file_get_basename (job->file);
  job->dry_run = dry_run;
  job->import = pt_csv_import_dialog_make_import (dialog);
  pt_csv_import_set_patient (job->import, self->import_patient_id);
  pt_csv_import_set_dry_run (job->import, dry_run);
  pt_csv_import_set_remember_ids (job->import, !dry_run);
  pt_csv_import_set_progress (job->import, csv_progress_cb, job);
  info = g_file_query_info (job->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  job->size = info != NULL ? (guint64) g_file_info_get_size (info) : 0;

  if (rejects != NULL)
    {
      g_autofree char *path = g_file_get_path (rejects);

      job->rejects_file = path != NULL
                          ? pt_export_file_new (path, _("the refused rows were not written"),
                                                &error)
                          : NULL;
      if (job->rejects_file == NULL)
        {
          if (error == NULL)
            g_set_error (&error, PT_ERROR, PT_ERROR_STORAGE,
                         _("The refused rows can only be saved to a local file."));
          csv_job_free (job);
          pt_window_show_error (self, error);
          return;
        }
      job->rejects_name = g_file_get_basename (rejects);
      job->rejects = g_unix_output_stream_new (job->rejects_file->fd, FALSE);
      pt_csv_import_set_rejects (job->import, job->rejects);
    }

  self->import_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->import_cancellable, csv_done_cb, NULL);
  g_task_set_source_tag (task, start_run);
  g_task_set_task_data (task, job, (GDestroyNotify) csv_job_free);
  pt_csv_import_dialog_show_progress (dialog, dry_run ? _("Checking the Rows…") : _("Importing…"), 0);
  pt_window_import_watch (self, job, csv_progress_poll_cb);
  g_task_run_in_thread (task, csv_thread);
}

static void
rejects_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   PtWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && self->import_dialog != NULL)
    start_run (self, FALSE, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

/* With refused rows kept aside: where they go, first. */
static void
choose_rejects (PtWindow *self)
{
  PtCsvImportDialog *dialog = PT_CSV_IMPORT_DIALOG (self->import_dialog);
  GFile *file = pt_csv_import_dialog_get_file (dialog);
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *stem = g_str_has_suffix (base, ".csv")
                          ? g_strndup (base, strlen (base) - 4) : g_strdup (base);
  /* Translators: the file of refused rows; %s is the imported file's name without .csv */
  g_autofree char *name = g_strdup_printf (_("%s-refused.csv"), stem);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Refused Rows"), GTK_WINDOW (dialog),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (rejects_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
csv_response_cb (PtCsvImportDialog *dialog,
                 const char        *response,
                 PtWindow          *self)
{
  if (g_str_equal (response, "check"))
    start_run (self, TRUE, NULL);
  else if (g_str_equal (response, "import"))
    {
      if (pt_csv_import_dialog_get_keep_good (dialog) &&
          pt_csv_import_dialog_get_n_refused (dialog) > 0)
        choose_rejects (self);
      else
        start_run (self, FALSE, NULL);
    }
  else
    pt_window_import_stop (self);
}

gboolean
pt_window_import_csv (PtWindow *self,
                      GFile    *file)
{
  g_autoptr(GError) error = NULL;
  PtCsvImportDialog *dialog;
  gint64 patient_id;

  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  patient_id = pt_window_import_get_patient_id (self);
  if (patient_id <= 0 || self->patient_view_id > 0 || !pt_window_can_write (self) ||
      self->import_dialog != NULL)
    return FALSE;

  dialog = pt_csv_import_dialog_new (GTK_WINDOW (self), file, &error);
  if (dialog == NULL)
    {
      pt_window_show_error (self, error);
      return FALSE;
    }

  self->import_patient_id = patient_id;
  self->import_dialog = GTK_WIDGET (dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (csv_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  pt_window_update_import_actions (self);
  return TRUE;
}

static void
csv_chosen_cb (GtkNativeDialog *chooser,
               int              response,
               PtWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    pt_window_import_csv (self, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
import_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (pt_window_import_get_patient_id (self) <= 0)
    return;

  chooser = gtk_file_chooser_native_new (_("Import from CSV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (csv_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
pt_window_class_install_import_csv_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_action);
}
