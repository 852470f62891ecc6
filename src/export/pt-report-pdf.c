/* pt-report-pdf.c: the progress report as a PDF file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written like the CSV export: into a temporary file in the destination's
 * folder (mode 0600: a health record), synced, and renamed into place only
 * when every page is out, so a full disk, a read-only folder or a
 * cancellation leaves no partial file.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pt-error.h"
#include "pt-export-file.h"
#include "pt-report-private.h"

#define NO_REPORT _("no report was written")

typedef struct
{
  int fd;
  int saved_errno;   /* the first write error, 0 for none */
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0 && sink->saved_errno == 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          break;
        }
      data += written;
      length -= (unsigned int) written;
    }

  return sink->saved_errno == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
set_metadata (const PtReport  *report,
              cairo_surface_t *surface)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, report->subject);
  if (*report->clinic_name)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, report->clinic_name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "ProloTrack " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

/* Draws every page onto a PDF surface writing to @sink. */
static gboolean
render_pdf (const PtReport  *report,
            Sink            *sink,
            const char      *path,
            guint           *n_pages,
            GCancellable    *cancellable,
            GError         **error)
{
  g_autoptr(PtReportPages) pages = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  gboolean cancelled = FALSE;
  cairo_t *cr;
  guint n;

  pt_paper_get_size (report->paper, &width, &height);
  pages = pt_report_pages_new (report, NULL, width, height);
  n = pt_report_pages_get_n (pages);

  surface = cairo_pdf_surface_create_for_stream (write_cb, sink, width, height);
  set_metadata (report, surface);
  cr = cairo_create (surface);
  for (guint i = 0; i < n && !cancelled && sink->saved_errno == 0; i++)
    {
      pt_report_pages_draw (pages, cr, i);
      cairo_show_page (cr);
      cancelled = g_cancellable_is_cancelled (cancellable);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (sink->saved_errno != 0)
    {
      pt_export_set_errno_error (error, sink->saved_errno, _("Could not write"), path, NO_REPORT);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, _("Could not write “%s”: %s; %s"), path,
                   cairo_status_to_string (status), NO_REPORT);
      return FALSE;
    }

  if (n_pages != NULL)
    *n_pages = n;
  return TRUE;
}

static gboolean
write_file (const PtReport  *report,
            const char      *path,
            guint           *n_pages,
            GCancellable    *cancellable,
            GError         **error)
{
  g_autoptr(PtExportFile) file = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  Sink sink = { 0 };

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("“%s” is a folder; give the name of the PDF file to write"), path);
      return FALSE;
    }

  file = pt_export_file_new (path, NO_REPORT, error);
  if (file == NULL)
    return FALSE;

  sink.fd = file->fd;
  if (!render_pdf (report, &sink, path, n_pages, cancellable, error) ||
      !pt_export_file_finish (file, error) ||
      !pt_export_file_commit (file, error))
    return FALSE;

  pt_export_sync_folder (dir);
  return TRUE;
}

gboolean
pt_report_write_pdf (PtReport      *report,
                     GFile         *dest,
                     guint         *n_pages,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_pages != NULL)
    *n_pages = 0;

  path = g_file_get_path (dest);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (dest);

      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("Cannot save the report to “%s”: choose a folder on this computer"), uri);
      return FALSE;
    }

  return write_file (report, path, n_pages, cancellable, error);
}

/* ---- async ---- */

typedef struct
{
  PtReport *report;
  GFile    *dest;
  guint     n_pages;
} WriteTask;

static void
write_task_free (WriteTask *data)
{
  pt_report_unref (data->report);
  g_object_unref (data->dest);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteTask *data = task_data;
  GError *error = NULL;

  /* The report is not changed once built (the layout and the writer only
   * get it const, so the compiler holds them to that); the pages and the
   * Pango context used here are this thread's own. */
  if (pt_report_write_pdf (data->report, data->dest, &data->n_pages, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
pt_report_write_pdf_async (PtReport            *report,
                           GFile               *dest,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteTask *data;

  g_return_if_fail (report != NULL);
  g_return_if_fail (G_IS_FILE (dest));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (WriteTask, 1);
  data->report = pt_report_ref (report);
  data->dest = g_object_ref (dest);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pt_report_write_pdf_async);
  g_task_set_task_data (task, data, (GDestroyNotify) write_task_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
pt_report_write_pdf_finish (GAsyncResult  *result,
                            guint         *n_pages,
                            GError       **error)
{
  WriteTask *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pt_report_write_pdf_async,
                        FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (n_pages != NULL)
    *n_pages = g_task_had_error (G_TASK (result)) ? 0 : data->n_pages;

  return g_task_propagate_boolean (G_TASK (result), error);
}
