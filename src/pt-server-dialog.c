/* pt-server-dialog.c: Connect to Clinic Server
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Beside Open Database: the clinic server's name, port, database and the
 * workstations' user name, and whether TLS checks the server's
 * certificate (on by default: sslmode=verify-full). Core checks what was
 * typed and makes the address (pt_store_build_server_address); a wrong
 * field is named under the form and gets the focus, and the dialog stays.
 *
 * A whole address pasted into the Server field is split into the
 * fields it names when Connect is pressed (pt_store_split_server_address).
 *
 * Connect connects from here, in a worker (pt_store_open_server_async):
 * the form waits, with a spinner, and the dialog closes only once the
 * server took the login, handing the window its store; a refusal is
 * shown above the form, which keeps what was typed. A password typed
 * here goes to the server and, with Remember on, to the keyring once
 * the server took it; empty, libpq's ~/.pgpass and then the keyring
 * answer. It is never in the address, the settings or a title. Cancel
 * or Escape closes, and stops waiting.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-error.h"
#include "pt-server-dialog.h"
#include "pt-store.h"

struct _PtServerDialog
{
  AdwWindow     parent_instance;

  AdwEntryRow  *host_row;
  AdwEntryRow  *port_row;
  AdwEntryRow  *database_row;
  AdwEntryRow  *user_row;
  AdwEntryRow  *password_row;
  GtkSwitch    *remember_switch;
  GtkSwitch    *tls_switch;
  GtkWidget    *connect_button;
  GtkWidget    *spinner;
  GtkWidget    *problem_group;
  GtkLabel     *problem_label;

  GCancellable *connecting;   /* while the server is waited for */
  char         *address;      /* what is being connected to */
};

enum {
  CONNECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PtServerDialog, pt_server_dialog, ADW_TYPE_WINDOW)

static void
show_problem (PtServerDialog *self,
              const char     *message)
{
  gtk_label_set_text (self->problem_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->problem_group, message != NULL);
}

/* The port as typed: 0 for none; G_MAXUINT for text that is no number. */
static guint
read_port (PtServerDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->port_row))));
  guint64 port = 0;

  if (*text == '\0')
    return 0;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT - 1, &port, NULL))
    return G_MAXUINT;
  return (guint) port;
}

/* The form stays as it is (a field that has the focus must not go
 * insensitive under it: GTK 4.8 loses its focus-out); Connect waits. */
static void
set_connecting (PtServerDialog *self,
                gboolean        connecting)
{
  gtk_widget_set_sensitive (self->connect_button, !connecting);
  gtk_widget_set_visible (self->spinner, connecting);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), connecting);
}

/* The field an error is about gets the focus: core names it. */
static void
focus_field (PtServerDialog *self,
             const GError   *error)
{
  const char *field = pt_error_get_field (error);

  if (g_strcmp0 (field, "port") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->port_row));
  else if (g_strcmp0 (field, "database") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->database_row));
  else if (g_strcmp0 (field, "user") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->user_row));
  else if (g_strcmp0 (field, "password") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->host_row));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* A whole address in the Server field, as an administrator hands it out
 * ("postgresql://prolotrack_app@db.clinic.example/prolotrack"), goes
 * into the fields it names before anything connects: what is sent is
 * what the form shows, and the password into its own, hidden field.
 * TRUE when the field held a server's name, or an address core could
 * split; FALSE with core's message naming the field. */
static gboolean
take_whole_address (PtServerDialog  *self,
                    GError         **error)
{
  g_auto(PtStoreServerParts) parts = { .verify_tls = PT_STORE_TLS_UNSAID };
  /* Read before the rows change: the parts are copies. */
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->host_row));

  if (!pt_store_location_is_server (text))
    return TRUE;
  if (!pt_store_split_server_address (text, &parts, error))
    return FALSE;

  set_row_text (self->host_row, parts.host);
  set_row_text (self->port_row, parts.port);
  set_row_text (self->database_row, parts.database);
  set_row_text (self->user_row, parts.user);
  set_row_text (self->password_row, parts.password);
  if (parts.verify_tls != PT_STORE_TLS_UNSAID)
    gtk_switch_set_active (self->tls_switch, parts.verify_tls == PT_STORE_TLS_VERIFY);
  return TRUE;
}

static void
connected_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PtServerDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *keyring_problem = NULL;
  g_autoptr(PtStore) store = NULL;

  store = pt_store_open_server_finish (result, &keyring_problem, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->connecting);
  set_connecting (self, FALSE);
  if (store == NULL)
    {
      show_problem (self, error->message);
      focus_field (self, error);
      return;
    }

  g_signal_emit (self, signals[CONNECTED], 0, self->address, store, keyring_problem);
  gtk_window_close (GTK_WINDOW (self));
}

static void
connect_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PtServerDialog *self = PT_SERVER_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *address = NULL;
  const char *password;

  if (self->connecting != NULL)
    return;

  if (take_whole_address (self, &error))
    address = pt_store_build_server_address (
      gtk_editable_get_text (GTK_EDITABLE (self->host_row)), read_port (self),
      gtk_editable_get_text (GTK_EDITABLE (self->database_row)),
      gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
      gtk_switch_get_active (self->tls_switch), &error);
  if (address == NULL)
    {
      show_problem (self, error->message);
      focus_field (self, error);
      return;
    }

  show_problem (self, NULL);
  g_free (self->address);
  self->address = g_steal_pointer (&address);
  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  self->connecting = g_cancellable_new ();
  set_connecting (self, TRUE);
  pt_store_open_server_async (self->address, *password != '\0' ? password : NULL,
                              gtk_switch_get_active (self->remember_switch)
                                ? PT_STORE_CONNECT_REMEMBER : PT_STORE_CONNECT_DEFAULT,
                              PT_STORE_OPEN_DEFAULT, self->connecting, connected_cb,
                              g_object_ref (self));
}

/* An edit answers the message about the last try. */
static void
field_changed_cb (PtServerDialog *self)
{
  show_problem (self, NULL);
}

/* Return in a field: Connect. */
static void
entry_activated_cb (PtServerDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "server.connect", NULL);
}

static void
pt_server_dialog_dispose (GObject *object)
{
  PtServerDialog *self = PT_SERVER_DIALOG (object);

  if (self->connecting != NULL)
    g_cancellable_cancel (self->connecting);
  g_clear_object (&self->connecting);
  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_SERVER_DIALOG);

  G_OBJECT_CLASS (pt_server_dialog_parent_class)->dispose (object);
}

static void
pt_server_dialog_finalize (GObject *object)
{
  PtServerDialog *self = PT_SERVER_DIALOG (object);

  g_free (self->address);

  G_OBJECT_CLASS (pt_server_dialog_parent_class)->finalize (object);
}

static void
pt_server_dialog_class_init (PtServerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_server_dialog_dispose;
  object_class->finalize = pt_server_dialog_finalize;

  /**
   * PtServerDialog::connected:
   * @address: the server's address, without a password
   * @store: the store connected to it, for the window to take
   * @keyring_problem: (nullable): why the password to remember could not
   *   be kept in the keyring
   */
  signals[CONNECTED] = g_signal_new ("connected", G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 3, G_TYPE_STRING, PT_TYPE_STORE,
                                     G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-server-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, host_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, port_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, tls_switch);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, connect_button);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, problem_group);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, problem_label);

  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_install_action (widget_class, "server.connect", NULL, connect_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pt_server_dialog_init (PtServerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->connect_button);
}

PtServerDialog *
pt_server_dialog_new (GtkWindow *parent)
{
  PtServerDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (PT_TYPE_SERVER_DIALOG, "transient-for", parent, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->host_row));
  return self;
}
