/* pt-pin-dialog.c: sets, changes or removes the clinician's PIN
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Core checks everything (pt_store_set_pin: the current PIN, 4 to 12
 * digits) and stores only a hash; this window only asks, shows core's
 * message next to the field it names, and never keeps the PINs typed.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-error.h"
#include "pt-pin.h"
#include "pt-pin-dialog.h"

struct _PtPinDialog
{
  AdwWindow  parent_instance;

  GtkWidget *save_button;
  GtkWidget *remove_button;
  GtkWidget *old_row;
  GtkWidget *new_row;
  GtkWidget *repeat_row;
  GtkWidget *message;
  PtStore   *store;
};

G_DEFINE_FINAL_TYPE (PtPinDialog, pt_pin_dialog, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (PtPinDialog  *self,
            const GError *error)
{
  const char *field = pt_error_get_field (error);
  GtkWidget *rows[] = { self->old_row, self->new_row, self->repeat_row };

  gtk_label_set_text (GTK_LABEL (self->message), error->message);
  gtk_widget_set_visible (self->message, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  if (g_strcmp0 (field, "old-pin") == 0)
    gtk_widget_add_css_class (self->old_row, "error");
  else if (g_strcmp0 (field, "new-pin") == 0)
    gtk_widget_add_css_class (self->new_row, "error");
}

static const char *
text_of (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
apply (PtPinDialog *self,
       gboolean     remove)
{
  g_autoptr(GError) error = NULL;
  const char *old_pin = gtk_widget_get_visible (self->old_row) ? text_of (self->old_row) : NULL;

  if (!remove && g_strcmp0 (text_of (self->new_row), text_of (self->repeat_row)) != 0)
    {
      pt_set_field_error (&error, "new-pin", _("The two new PINs are not the same"));
      show_error (self, error);
      return;
    }
  if (!remove && *text_of (self->new_row) == '\0')
    {
      pt_set_field_error (&error, "new-pin", _("Type the new PIN, %d to %d digits"),
                          PT_PIN_MIN_DIGITS, PT_PIN_MAX_DIGITS);
      show_error (self, error);
      return;
    }

  if (!pt_store_set_pin (self->store, old_pin, remove ? NULL : text_of (self->new_row), &error))
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_clicked_cb (PtPinDialog *self)
{
  apply (self, FALSE);
}

static void
remove_clicked_cb (PtPinDialog *self)
{
  apply (self, TRUE);
}

static void
pt_pin_dialog_dispose (GObject *object)
{
  PtPinDialog *self = PT_PIN_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (pt_pin_dialog_parent_class)->dispose (object);
}

static void
pt_pin_dialog_class_init (PtPinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_pin_dialog_dispose;

  /**
   * PtPinDialog::changed:
   *
   * The PIN was set, changed or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
password_row (GtkWidget  *group,
              const char *title)
{
  GtkWidget *row = adw_password_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static void
pt_pin_dialog_init (PtPinDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Clinician PIN"));
  gtk_window_set_default_size (GTK_WINDOW (self), 420, -1);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);

  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (box), header);

  g_object_set (content, "margin-top", 18, "margin-bottom", 24, "margin-start", 18,
                "margin-end", 18, NULL);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The PIN leaves the patient view and unlocks the "
                                           "window; 4 to 12 digits. It is stored only in a "
                                           "form that cannot be read back."));
  self->old_row = password_row (group, _("C_urrent PIN"));
  self->new_row = password_row (group, _("_New PIN"));
  self->repeat_row = password_row (group, _("_Repeat the New PIN"));
  g_signal_connect_swapped (self->old_row, "entry-activated", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect_swapped (self->new_row, "entry-activated", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect_swapped (self->repeat_row, "entry-activated", G_CALLBACK (save_clicked_cb), self);
  gtk_box_append (GTK_BOX (content), group);

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_box_append (GTK_BOX (content), self->message);

  self->remove_button = gtk_button_new_with_mnemonic (_("Re_move the PIN"));
  gtk_widget_add_css_class (self->remove_button, "destructive-action");
  gtk_widget_set_halign (self->remove_button, GTK_ALIGN_START);
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (content), self->remove_button);

  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

PtPinDialog *
pt_pin_dialog_new (GtkWindow *parent,
                   PtStore   *store)
{
  PtPinDialog *self;
  gboolean has_pin;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  self = g_object_new (PT_TYPE_PIN_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  has_pin = pt_store_has_pin (store, NULL);
  gtk_widget_set_visible (self->old_row, has_pin);
  gtk_widget_set_visible (self->remove_button, has_pin);
  gtk_window_set_focus (GTK_WINDOW (self), has_pin ? self->old_row : self->new_row);
  return self;
}

const char *
pt_pin_dialog_get_message (PtPinDialog *self)
{
  g_return_val_if_fail (PT_IS_PIN_DIALOG (self), NULL);

  return gtk_widget_get_visible (self->message) ? gtk_label_get_text (GTK_LABEL (self->message))
                                                : NULL;
}
