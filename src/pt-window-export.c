/* pt-window-export.c: exports from the main window
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window picks the destination (GtkFileChooserNative, so it works in
 * a Flatpak sandbox) and src/export writes it in a worker thread. While it
 * runs, a toast says so and offers Cancel; when it is done, a toast offers
 * to open the result. A failed or cancelled export leaves no file behind
 * (the export layer writes to a temporary name first).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-csv-export.h"
#include "pt-window-private.h"

typedef struct
{
  PtWindow *window;
  GFile    *dest;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->dest);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static void
dismiss_progress (PtWindow *self)
{
  if (self->export_toast != NULL)
    adw_toast_dismiss (self->export_toast);
  g_clear_object (&self->export_toast);
  g_clear_object (&self->export_cancellable);
}

static void
show_done (PtWindow *self,
           GFile    *dest,
           guint64   n_rows)
{
  g_autofree char *name = g_file_get_basename (dest);
  g_autofree char *count = g_strdup_printf ("%" G_GUINT64_FORMAT, n_rows);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: the first %s is a number of rows, the second a folder or file name */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %s row to “%s”",
                                        "Exported %s rows to “%s”", (gulong) n_rows),
                           count, name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_timeout (toast, 10);

  g_set_object (&self->export_result, dest);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  PtWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  guint64 n_rows = 0;
  gboolean done;

  done = pt_csv_export_table_finish (PT_STORE (source), result, &n_rows, &error);
  dismiss_progress (self);

  if (done)
    show_done (self, job->dest, n_rows);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    pt_window_show_error (self, error);
}

/* Starts exporting every table of @patient_id (0: the whole clinic) into
 * the folder @dest. */
void
pt_window_export_csv (PtWindow *self,
                      gint64    patient_id,
                      GFile    *dest)
{
  ExportJob *job;

  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (dest));

  if (self->store == NULL || self->export_cancellable != NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->window = g_object_ref (self);
  job->dest = g_object_ref (dest);

  self->export_cancellable = g_cancellable_new ();
  self->export_toast = g_object_ref (adw_toast_new (_("Exporting…")));
  adw_toast_set_timeout (self->export_toast, 0);
  adw_toast_set_button_label (self->export_toast, _("_Cancel"));
  adw_toast_set_action_name (self->export_toast, "win.cancel-export");
  adw_toast_overlay_add_toast (self->toast_overlay, self->export_toast);
  pt_window_update_actions (self);

  pt_csv_export_table_async (self->store, PT_CSV_TABLE_ALL, patient_id, pt_window_get_unit (self),
                             dest, self->export_cancellable, export_done_cb, job);
}

static void
folder_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  PtWindow        *self)
{
  gint64 patient_id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "pt-patient-id"));
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (folder != NULL)
    pt_window_export_csv (self, patient_id, folder);

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  gboolean clinic = g_str_equal (action_name, "win.export-clinic-csv");
  PtPatient *patient = pt_patient_page_get_patient (self->patient_page);
  GtkFileChooserNative *dialog;

  if (self->store == NULL || (!clinic && patient == NULL))
    return;

  dialog = gtk_file_chooser_native_new (clinic ? _("Export the Clinic as CSV")
                                               : _("Export the Patient as CSV"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Export"), _("_Cancel"));
  g_object_set_data (G_OBJECT (dialog), "pt-patient-id",
                     GINT_TO_POINTER (clinic ? 0 : (int) pt_record_get_id (PT_RECORD (patient))));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (folder_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  g_autofree char *uri = NULL;

  if (self->export_result == NULL)
    return;

  uri = g_file_get_uri (self->export_result);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

void
pt_window_class_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-patient-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-clinic-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", NULL, open_export_action);
}
