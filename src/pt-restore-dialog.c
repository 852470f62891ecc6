/* pt-restore-dialog.c: the list of backups to restore one from
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per backup of core's pt_backup_list(): when it was taken, in
 * local time, its patients and records, and its kind. A backup that cannot
 * be restored (damaged, not ProloTrack's) is shown greyed with the reason.
 * Activating a row asks for confirmation in an AdwMessageDialog; the
 * window does the restore (pt-window-backup.c).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-restore-dialog.h"

struct _PtRestoreDialog
{
  AdwWindow      parent_instance;

  GtkStack      *stack;
  GtkListBox    *list_box;
  GtkLabel      *folder_label;
  AdwStatusPage *empty_page;

  GPtrArray     *backups;   /* PtBackup, in the list's order */
  PtBackup      *chosen;    /* confirmed, until ::backup-chosen */
};

enum {
  BACKUP_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PtRestoreDialog, pt_restore_dialog, ADW_TYPE_WINDOW)

static GtkWidget *
make_row (PtBackup *backup)
{
  g_autofree char *title = pt_backup_format_taken (backup);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (pt_backup_get_problem (backup) != NULL)
    subtitle = g_strdup_printf (_("Cannot be restored: %s"), pt_backup_get_problem (backup));
  else
    {
      g_autofree char *counts = pt_restore_dialog_format_counts (backup);

      /* Translators: "14 patients, 3,926 records · Automatic" */
      subtitle = g_strdup_printf (_("%s · %s"), counts,
                                  pt_backup_kind_to_label (pt_backup_get_kind (backup)));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_tooltip_text (row, pt_backup_get_path (backup));

  if (pt_backup_get_problem (backup) != NULL)
    gtk_widget_set_sensitive (row, FALSE);
  else
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
    }

  return row;
}

/* After the confirmation has closed: the handler may close this dialog,
 * and the confirmation must not outlive the window it belongs to. */
static gboolean
emit_chosen_cb (gpointer user_data)
{
  PtRestoreDialog *self = user_data;
  g_autoptr(PtBackup) backup = g_steal_pointer (&self->chosen);

  if (backup != NULL)
    g_signal_emit (self, signals[BACKUP_CHOSEN], 0, backup);
  return G_SOURCE_REMOVE;
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PtRestoreDialog  *self)
{
  PtBackup *backup = g_object_get_data (G_OBJECT (dialog), "backup");

  if (!g_str_equal (response, "restore") || self->chosen != NULL)
    return;

  self->chosen = g_object_ref (backup);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, emit_chosen_cb, g_object_ref (self), g_object_unref);
}

static void
row_activated_cb (PtRestoreDialog *self,
                  GtkListBoxRow   *row)
{
  int index = gtk_list_box_row_get_index (row);
  PtBackup *backup;
  g_autofree char *taken = NULL;
  g_autofree char *counts = NULL;
  GtkWidget *dialog;

  if (index < 0 || (guint) index >= self->backups->len)
    return;

  backup = g_ptr_array_index (self->backups, index);
  taken = pt_backup_format_taken (backup);
  counts = pt_restore_dialog_format_counts (backup);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     _("Restore the Backup of %s?"), taken);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The clinic’s data will be replaced by this backup’s (%s). "
                                    "The data in the database now is kept as a backup first, so "
                                    "you can go back to it."), counts);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  /* Undoable (the replaced data is kept), so Return may confirm. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_object_ref (backup), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load (PtRestoreDialog *self,
      const char      *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = pt_backup_get_dir (db_path);
  g_autofree char *where = NULL;

  self->backups = pt_backup_list (db_path, &error);
  if (self->backups == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Cannot Read the Backups"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      self->backups = g_ptr_array_new_with_free_func (g_object_unref);
      return;
    }

  for (guint i = 0; i < self->backups->len; i++)
    gtk_list_box_append (self->list_box, make_row (g_ptr_array_index (self->backups, i)));

  where = g_strdup_printf (_("Backups are kept in %s"), dir);
  gtk_label_set_text (self->folder_label, where);

  if (self->backups->len == 0)
    {
      g_autofree char *markup = g_markup_printf_escaped (
        _("ProloTrack makes one when it starts and once a day, in %s"), dir);

      adw_status_page_set_description (self->empty_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
pt_restore_dialog_dispose (GObject *object)
{
  PtRestoreDialog *self = PT_RESTORE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_RESTORE_DIALOG);
  g_clear_pointer (&self->backups, g_ptr_array_unref);
  g_clear_object (&self->chosen);

  G_OBJECT_CLASS (pt_restore_dialog_parent_class)->dispose (object);
}

static void
pt_restore_dialog_class_init (PtRestoreDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_restore_dialog_dispose;

  /**
   * PtRestoreDialog::backup-chosen:
   * @backup: the PtBackup to restore
   *
   * A backup was chosen and the restore confirmed.
   */
  signals[BACKUP_CHOSEN] =
    g_signal_new ("backup-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, PT_TYPE_BACKUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-restore-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PtRestoreDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PtRestoreDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, PtRestoreDialog, folder_label);
  gtk_widget_class_bind_template_child (widget_class, PtRestoreDialog, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pt_restore_dialog_init (PtRestoreDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PtRestoreDialog *
pt_restore_dialog_new (GtkWindow  *parent,
                       const char *db_path)
{
  PtRestoreDialog *self;
  GtkListBoxRow *first;

  g_return_val_if_fail (db_path != NULL, NULL);

  self = g_object_new (PT_TYPE_RESTORE_DIALOG, "transient-for", parent, NULL);
  load (self, db_path);

  /* The keyboard starts on the newest backup. */
  first = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));

  return self;
}

GPtrArray *
pt_restore_dialog_get_backups (PtRestoreDialog *self)
{
  g_return_val_if_fail (PT_IS_RESTORE_DIALOG (self), NULL);

  return self->backups;
}

char *
pt_restore_dialog_format_counts (PtBackup *backup)
{
  gint64 n_patients = pt_backup_get_n_patients (backup);
  gint64 n_records = pt_backup_get_n_records (backup);
  g_autofree char *patients = NULL;

  g_return_val_if_fail (PT_IS_BACKUP (backup), NULL);

  patients = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'lld patient", "%'lld patients",
                                           (gulong) n_patients), (long long) n_patients);
  /* Translators: "14 patients, 3,926 records" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %'lld record", "%s, %'lld records",
                                       (gulong) n_records), patients, (long long) n_records);
}
