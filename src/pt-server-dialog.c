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
 * The password is not asked for: libpq reads it from ~/.pgpass, so it is
 * never in the address, the settings or the window's title.
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
  GtkSwitch    *tls_switch;
  GtkWidget    *connect_button;
  GtkWidget    *problem_group;
  GtkLabel     *problem_label;
};

enum {
  ADDRESS_CHOSEN,
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

static void
connect_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PtServerDialog *self = PT_SERVER_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *address = NULL;
  const char *field;

  address = pt_store_build_server_address (gtk_editable_get_text (GTK_EDITABLE (self->host_row)),
                                           read_port (self),
                                           gtk_editable_get_text (GTK_EDITABLE (self->database_row)),
                                           gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
                                           gtk_switch_get_active (self->tls_switch), &error);
  if (address == NULL)
    {
      show_problem (self, error->message);
      field = pt_error_get_field (error);
      if (g_strcmp0 (field, "port") == 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->port_row));
      else if (g_strcmp0 (field, "database") == 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->database_row));
      else if (g_strcmp0 (field, "user") == 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->user_row));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->host_row));
      return;
    }

  show_problem (self, NULL);
  g_signal_emit (self, signals[ADDRESS_CHOSEN], 0, address);
  gtk_window_close (GTK_WINDOW (self));
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
pt_server_dialog_class_init (PtServerDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * PtServerDialog::address-chosen:
   * @address: the server's address, without a password
   */
  signals[ADDRESS_CHOSEN] = g_signal_new ("address-chosen", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-server-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, host_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, port_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, PtServerDialog, tls_switch);
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
