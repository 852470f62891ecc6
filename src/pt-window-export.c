/* pt-window-export.c: exports from the main window
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window picks the destination (GtkFileChooserNative, so it works in
 * a Flatpak sandbox) and src/export writes it in a worker thread: CSV
 * files of a patient or the clinic, or the patient's PDF progress report.
 * Printing uses GtkPrintOperation with the report's own page renderer, so
 * paper and PDF look the same. While it
 * runs, a toast says so and offers Cancel; when it is done, a toast offers
 * to open the result. A failed or cancelled export leaves no file behind
 * (the export layer writes to a temporary name first). CSV files are named
 * after the patient ("PT-0008-runs.csv") and never replace a file in the
 * folder: a second export of the same patient there gets "(2)" names (see
 * pt_csv_export_table()).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-audit.h"
#include "pt-csv-export.h"
#include "pt-date.h"
#include "pt-error.h"
#include "pt-export-file.h"
#include "pt-report.h"
#include "pt-report-dialog.h"
#include "pt-window-private.h"

typedef struct
{
  PtWindow     *window;
  GFile        *dest;
  /* For the audit trail: the store written from, what was made, whose. */
  PtStore      *store;
  PtAuditAction action;
  gint64        patient_id;
  char         *what;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->dest);
  g_clear_object (&job->store);
  g_free (job->what);
  g_free (job);
}

static ExportJob *
export_job_new (PtWindow      *self,
                GFile         *dest,
                PtAuditAction  action,
                gint64         patient_id,
                const char    *what)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->window = g_object_ref (self);
  job->dest = g_object_ref (dest);
  job->store = g_object_ref (self->store);
  job->action = action;
  job->patient_id = patient_id;
  job->what = g_strdup (what);
  return job;
}

/* The audit trail's note of a file written (pt_store_audit_event). */
static void
audit_written (PtWindow      *self,
               PtStore       *store,
               PtAuditAction  action,
               gint64         patient_id,
               const char    *what,
               GFile         *dest)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *where = dest != NULL ? g_file_get_parse_name (dest) : NULL;
  /* Translators: what was exported, and the file or folder it went to */
  g_autofree char *detail = where != NULL ? g_strdup_printf (_("%s to %s"), what, where)
                                          : g_strdup (what);

  /* A read-only or damaged database cannot take the note; its banner
   * says why already. */
  if (!pt_store_audit_event (store, action, patient_id, detail, &error) &&
      !g_error_matches (error, PT_ERROR, PT_ERROR_READ_ONLY) &&
      !g_error_matches (error, PT_ERROR, PT_ERROR_DAMAGED))
    pt_window_show_error (self, error);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static void
dismiss_progress (PtWindow *self)
{
  if (self->export_toast != NULL)
    pt_window_dismiss_toast (self, self->export_toast);
  g_clear_object (&self->export_toast);
  g_clear_object (&self->export_cancellable);
}

static void
show_done (PtWindow *self,
           GFile    *dest,
           guint64   count,
           gboolean  pages)
{
  g_autofree char *name = g_file_get_basename (dest);
  g_autofree char *number = g_strdup_printf ("%" G_GUINT64_FORMAT, count);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (pages)
    /* Translators: the first %s is a number of pages, the second a file name */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported a %s-page report to “%s”",
                                          "Exported a %s-page report to “%s”", (gulong) count),
                             number, name);
  else
    /* Translators: the first %s is a number of rows, the second a folder or file name */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %s row to “%s”",
                                          "Exported %s rows to “%s”", (gulong) count),
                             number, name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_timeout (toast, 10);

  g_set_object (&self->export_result, dest);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
start_progress (PtWindow *self)
{
  self->export_cancellable = g_cancellable_new ();
  self->export_toast = g_object_ref (adw_toast_new (_("Exporting…")));
  adw_toast_set_timeout (self->export_toast, 0);
  adw_toast_set_button_label (self->export_toast, _("_Cancel"));
  adw_toast_set_action_name (self->export_toast, "win.cancel-export");
  adw_toast_overlay_add_toast (self->toast_overlay, self->export_toast);
  pt_window_update_actions (self);
}

static void
finish_export (PtWindow     *self,
               const GError *error)
{
  dismiss_progress (self);
  pt_window_update_actions (self);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    pt_window_show_error (self, error);
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
  finish_export (self, error);

  if (done)
    {
      show_done (self, job->dest, n_rows, FALSE);
      audit_written (self, job->store, job->action, job->patient_id, job->what, job->dest);
    }
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

  job = export_job_new (self, dest, PT_AUDIT_EXPORT, patient_id,
                        patient_id > 0 ? _("The patient’s records as CSV")
                                       : _("The clinic’s records as CSV"));

  start_progress (self);
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
  PtPatient *patient = pt_window_get_shown_patient (self);
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

/* The shown patient's report, from the bundle the page shows (the same
 * records, condition and analysis, nothing read again), of the records
 * from @from (NULL: all). */
static PtReport *
build_report_of_kind (PtWindow    *self,
                      const char  *from,
                      gboolean     patient_copy,
                      GError     **error)
{
  g_autofree char *clinic = NULL;
  PtReportOptions options;
  PtPatientBundle *bundle = pt_patient_page_get_bundle (pt_window_ensure_patient_page (self));

  g_return_val_if_fail (bundle != NULL, NULL);

  pt_report_options_init (&options);
  if (self->settings != NULL)
    clinic = g_settings_get_string (self->settings, "clinic-name");
  options.clinic_name = clinic;
  options.unit = pt_window_get_unit (self);

  if (patient_copy)
    return pt_report_new_patient_copy (bundle, &options, error);
  return pt_report_new (bundle, from, NULL, &options, error);
}

static PtReport *
build_report (PtWindow    *self,
              const char  *from,
              GError     **error)
{
  return build_report_of_kind (self, from, FALSE, error);
}

static void
report_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;
  gboolean done;

  done = pt_report_write_pdf_finish (result, &n_pages, &error);
  finish_export (job->window, error);

  if (done)
    {
      show_done (job->window, job->dest, n_pages, TRUE);
      audit_written (job->window, job->store, job->action, job->patient_id, job->what,
                     job->dest);
    }
}

static void
export_report_of_kind (PtWindow   *self,
                       GFile      *dest,
                       const char *from,
                       gboolean    patient_copy)
{
  g_autoptr(PtReport) report = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;

  if (self->store == NULL || pt_window_get_shown_patient (self) == NULL ||
      self->export_cancellable != NULL)
    return;

  report = build_report_of_kind (self, from, patient_copy, &error);
  if (report == NULL)
    {
      pt_window_show_error (self, error);
      return;
    }

  job = export_job_new (self, dest, PT_AUDIT_REPORT,
                        pt_record_get_id (PT_RECORD (pt_window_get_shown_patient (self))),
                        patient_copy ? _("The patient’s copy (PDF)")
                                     : _("Progress report (PDF)"));

  start_progress (self);
  pt_report_write_pdf_async (report, dest, self->export_cancellable, report_written_cb, job);
}

void
pt_window_export_report (PtWindow   *self,
                         GFile      *dest,
                         const char *from)
{
  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (dest));

  export_report_of_kind (self, dest, from, FALSE);
}

void
pt_window_export_patient_copy (PtWindow *self,
                               GFile    *dest)
{
  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (dest));

  export_report_of_kind (self, dest, NULL, TRUE);
}

static void
report_file_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       PtWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  const char *from = g_object_get_data (G_OBJECT (dialog), "pt-report-from");

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    export_report_of_kind (self, file, from,
                           g_object_get_data (G_OBJECT (dialog), "pt-patient-copy") != NULL);

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

/* The file, once the period (and the clinic's name) are known. */
static void
choose_report_file (PtWindow   *self,
                    const char *from,
                    gboolean    patient_copy)
{
  PtPatient *patient = pt_window_get_shown_patient (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->store == NULL || patient == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export Progress Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (patient_copy)
    /* Translators: the file name of the patient's take-home copy; %s is their name */
    name = g_strdup_printf (_("%s – my progress.pdf"), pt_patient_get_name (patient));
  else
    /* Translators: the file name of a report; %s is the patient's name */
    name = g_strdup_printf (_("%s – progress report.pdf"), pt_patient_get_name (patient));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  g_object_set_data_full (G_OBJECT (dialog), "pt-report-from", g_strdup (from), g_free);
  g_object_set_data (G_OBJECT (dialog), "pt-patient-copy", GINT_TO_POINTER (patient_copy));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (report_file_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
report_dialog_response_cb (PtReportDialog *dialog,
                           const char     *response,
                           PtWindow       *self)
{
  if (g_str_equal (response, "export"))
    {
      g_autofree char *today = pt_date_today_string ();
      g_autofree char *from = pt_report_period_start (pt_report_dialog_get_period (dialog), today);

      choose_report_file (self, from, FALSE);
    }
}

/* Export Progress Report: the period and, the first time, the clinic's
 * name (pt-report-dialog.c), then the file. */
static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtReportDialog *dialog;

  if (self->store == NULL || pt_window_get_shown_patient (self) == NULL)
    return;

  dialog = pt_report_dialog_new (GTK_WINDOW (self), self->settings);
  g_signal_connect_object (dialog, "response", G_CALLBACK (report_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The patient's take-home copy. From the clinician's workspace, the file
 * is chosen; from the patient view no file chooser opens (it would show
 * the folder, other patients' files with it): the copy goes to the
 * Documents folder under a new name, for the clinician to print. */
static void
patient_copy_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtPatient *patient = pt_window_get_shown_patient (self);
  const char *documents;
  g_autofree char *dir = NULL, *name = NULL, *path = NULL;
  g_autoptr(GFile) dest = NULL;

  if (self->store == NULL || patient == NULL)
    return;

  if (pt_window_get_patient_view_id (self) == 0)
    {
      choose_report_file (self, NULL, TRUE);
      return;
    }

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  dir = g_strdup (documents != NULL ? documents : g_get_home_dir ());
  name = g_strdup_printf (_("%s – my progress.pdf"), pt_patient_get_name (patient));
  path = pt_export_unused_path (dir, name);
  dest = g_file_new_for_path (path);
  pt_window_export_patient_copy (self, dest);
}

/* Printing: the same pages as the PDF, laid out for the printer's paper. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PtReport          *report)
{
  /* Pango 1.50 has no autoptr for its context. */
  g_autoptr(GObject) pango = G_OBJECT (gtk_print_context_create_pango_context (context));
  guint n_pages = pt_report_paginate (report, PANGO_CONTEXT (pango),
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PtReport          *report)
{
  pt_report_draw_page (report, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PtWindow                *self)
{
  g_autoptr(GError) error = NULL;
  const char *filename = g_object_get_data (G_OBJECT (operation), "pt-export-filename");
  g_autoptr(GFile) dest = filename != NULL ? g_file_new_for_path (filename) : NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        pt_window_show_error (self, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->store != NULL)
    audit_written (self, self->store, PT_AUDIT_REPORT,
                   GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (operation), "pt-patient-id")),
                   _("Progress report, printed"), dest);
}

static void
release_report (gpointer  data,
                GClosure *closure)
{
  pt_report_unref (data);
}

gboolean
pt_window_print_report (PtWindow   *self,
                        const char *export_filename)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(PtReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);

  if (self->store == NULL || pt_window_get_shown_patient (self) == NULL)
    return FALSE;

  report = build_report (self, NULL, &error);
  if (report == NULL)
    {
      pt_window_show_error (self, error);
      return FALSE;
    }

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, pt_report_get_title (report));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         pt_report_ref (report), release_report, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  g_object_set_data_full (G_OBJECT (operation), "pt-export-filename",
                          g_strdup (export_filename), g_free);
  g_object_set_data (G_OBJECT (operation), "pt-patient-id",
                     GSIZE_TO_POINTER (pt_record_get_id (PT_RECORD (
                       pt_window_get_shown_patient (self)))));

  result = gtk_print_operation_run (operation,
                                    export_filename != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                            : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      pt_window_show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  pt_window_print_report (PT_WINDOW (widget), NULL);
}

void
pt_window_class_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.patient-copy", NULL, patient_copy_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-patient-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-clinic-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", NULL, open_export_action);
}
