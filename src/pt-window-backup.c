/* pt-window-backup.c: the window's automatic backups, and Restore from Backup
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start-up is timed, so the first backup waits: once the window has
 * drawn its first frame, BACKUP_START_DELAY_S later, core checks in a
 * worker thread whether one is due (none yet today) and, if so, copies
 * the database on a read-only connection of its own and rotates the
 * folder to the newest "backup-keep" automatic backups. The same check
 * runs every BACKUP_CHECK_S while the window is open, which makes it
 * daily.
 *
 * win.restore-backup shows PtRestoreDialog; a confirmed choice is
 * restored through the window's store (core keeps the replaced data as a
 * backup first), then the window opens the file afresh, as File › Open
 * would, so nothing of the replaced data stays in the list, the page or
 * Undo.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-backup.h"
#include "pt-restore-dialog.h"
#include "pt-error.h"
#include "pt-window-private.h"

#define BACKUP_START_DELAY_S 3
#define BACKUP_CHECK_S       (60 * 60)
#define DEFAULT_KEEP         7

static gboolean backup_tick_cb (gpointer user_data);

static void
automatic_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(PtWindow) self = g_weak_ref_get (ref);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pt_backup_automatic_finish (result, &error);

  g_weak_ref_clear (ref);
  g_free (ref);

  if (self == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->backup_cancellable);

  /* A copy of a damaged database fails its check: the banner says what is
   * wrong with the database itself (pt-window-health.c), not a toast. */
  if ((g_error_matches (error, PT_ERROR, PT_ERROR_DAMAGED) ||
       g_error_matches (error, PT_ERROR, PT_ERROR_NOT_DATABASE)) &&
      self->store != NULL && pt_store_get_integrity (self->store) != PT_STORE_INTEGRITY_OK)
    {
      if (pt_store_get_integrity (self->store) == PT_STORE_INTEGRITY_UNCHECKED)
        pt_window_check_health_later (self);
      return;
    }

  if (error != NULL)
    {
      g_autoptr(GError) shown = g_error_new (error->domain, error->code,
                                             _("The automatic backup failed: %s"),
                                             error->message);
      pt_window_show_error (self, shown);
    }
  else if (path != NULL)
    g_debug ("Automatic backup written to %s", path);
}

/* Starts the automatic backup in a worker, unless one runs already. */
static void
run_automatic_backup (PtWindow *self)
{
  GWeakRef *ref;
  int keep = self->settings != NULL ? g_settings_get_int (self->settings, "backup-keep")
                                    : DEFAULT_KEEP;

  /* A backup of a damaged database is worth nothing (and fails). */
  if (self->store == NULL || keep <= 0 || self->backup_cancellable != NULL ||
      pt_store_get_integrity (self->store) == PT_STORE_INTEGRITY_DAMAGED)
    return;

  self->backup_cancellable = g_cancellable_new ();
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  pt_backup_automatic_async (self->database_path, (guint) keep, self->backup_cancellable,
                             automatic_done_cb, ref);
}

static gboolean
backup_tick_cb (gpointer user_data)
{
  PtWindow *self = user_data;

  self->backup_timer_id = g_timeout_add_seconds (BACKUP_CHECK_S, backup_tick_cb, self);
  run_automatic_backup (self);
  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *clock,
                PtWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  if (self->backup_timer_id == 0)
    self->backup_timer_id = g_timeout_add_seconds (BACKUP_START_DELAY_S, backup_tick_cb, self);
}

static void
mapped_cb (PtWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || self->first_frame_id != 0 || self->backup_timer_id != 0)
    return;

  /* Disconnected when the window goes, if it goes before drawing. */
  self->first_frame_id = g_signal_connect_object (clock, "after-paint",
                                                  G_CALLBACK (first_frame_cb), self, 0);
}

static void
backup_chosen_cb (PtRestoreDialog *dialog,
                  PtBackup        *backup,
                  PtWindow        *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *path = g_strdup (self->database_path);
  g_autofree char *taken = pt_backup_format_taken (backup);
  g_autofree char *message = NULL;
  AdwToast *toast;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (self->store == NULL)
    return;

  if (!pt_store_restore_from (self->store, pt_backup_get_path (backup), &kept, &error))
    {
      pt_window_show_error (self, error);
      return;
    }

  /* The store read the old data and may migrate the restored file:
   * open it afresh, as File › Open does (the list, the page and Undo
   * start over). */
  pt_window_switch_database (self, path, FALSE);
  if (self->store != NULL &&
      !pt_backup_audit_restore (self->store, pt_backup_get_path (backup), kept, &error))
    pt_window_show_error (self, error);

  message = g_strdup_printf (_("Restored the backup of %s; the replaced data was kept as a "
                               "backup"), taken);
  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtRestoreDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = pt_restore_dialog_new (GTK_WINDOW (self), self->database_path);
  g_signal_connect_object (dialog, "backup-chosen", G_CALLBACK (backup_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pt_window_class_install_backup_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL,
                                   restore_backup_action);
}

void
pt_window_init_backup (PtWindow *self)
{
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}

void
pt_window_dispose_backup (PtWindow *self)
{
  g_clear_handle_id (&self->backup_timer_id, g_source_remove);
  if (self->backup_cancellable != NULL)
    g_cancellable_cancel (self->backup_cancellable);
  g_clear_object (&self->backup_cancellable);
}
