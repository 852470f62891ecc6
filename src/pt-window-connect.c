/* pt-window-connect.c: the window on a clinic server
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A server's address (--database, PROLOTRACK_DATABASE, the last one
 * used) is connected to in a worker (pt_store_open_server_async): the
 * window says it is connecting, and stays a window meanwhile, to move,
 * close, or to open another database with. Connect to Clinic Server
 * (PtServerDialog) connects from its own form, and hands the window the
 * store once the server took the login.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-error.h"
#include "pt-server-dialog.h"
#include "pt-window-private.h"

void
pt_window_cancel_connect (PtWindow *self)
{
  if (self->connecting != NULL)
    g_cancellable_cancel (self->connecting);
  g_clear_object (&self->connecting);
}

static void
connected_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  PtStore *store = pt_store_open_server_finish (result, NULL, &error);

  /* Cancelled: another database was chosen, or the window went. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->connecting);
  pt_window_take_store (self, store, error);
}

void
pt_window_connect (PtWindow *self)
{
  g_autofree char *where = pt_store_describe_location (self->database_path);
  g_autofree char *description = NULL;

  pt_window_cancel_connect (self);
  self->connecting = g_cancellable_new ();

  /* TRANSLATORS: %s is the clinic server, "prolotrack_app@db.example.org/prolotrack". */
  description = g_strdup_printf (_("Waiting for %s to answer"), where);
  pt_window_show_status (self, "network-server-symbolic", _("Connecting to the Clinic Server…"),
                         description);
  pt_window_set_status_buttons (self, _("_Open Another Database…"), "win.open-database",
                                _("Connect to _Another Server…"), "win.connect-server");

  pt_store_open_server_async (self->database_path, NULL, PT_STORE_CONNECT_DEFAULT,
                              PT_STORE_OPEN_DEFAULT, self->connecting, connected_cb,
                              g_object_ref (self));
}

static void
server_connected_cb (PtWindow   *self,
                     const char *address,
                     PtStore    *store,
                     const char *keyring_problem)
{
  pt_window_cancel_connect (self);
  pt_window_set_database_path (self, address);
  pt_window_take_store (self, g_object_ref (store), NULL);

  /* Connected all the same; the password will be asked for next time. */
  if (keyring_problem != NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (PT_ERROR, PT_ERROR_STORAGE, keyring_problem);

      pt_window_show_error (self, error);
    }
}

static void
connect_server_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtServerDialog *dialog = pt_server_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "connected", G_CALLBACK (server_connected_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pt_window_class_install_connect_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.connect-server", NULL,
                                   connect_server_action);
}
