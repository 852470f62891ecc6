/* pt-pin-prompt.c: asks for the clinician's PIN
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used where the patient view is left and where the lock screen unlocks.
 * Core checks the PIN (pt_store_check_pin) and keeps the count of wrong
 * tries; while core asks to wait, the entry and the button are
 * insensitive and the message says for how long. The entry is emptied
 * after each try, right or wrong.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-error.h"
#include "pt-pin.h"
#include "pt-pin-prompt.h"

struct _PtPinPrompt
{
  GtkWidget  parent_instance;

  GtkWidget *entry;
  GtkWidget *button;
  GtkWidget *message;
  PtStore   *store;
  guint      wait_id;
};

G_DEFINE_FINAL_TYPE (PtPinPrompt, pt_pin_prompt, GTK_TYPE_WIDGET)

enum {
  ACCEPTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_message (PtPinPrompt *self,
             const char  *text)
{
  gtk_label_set_text (GTK_LABEL (self->message), text != NULL ? text : "");
  gtk_widget_set_visible (self->message, text != NULL && *text != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
}

static void
set_waiting (PtPinPrompt *self,
             gboolean     waiting)
{
  gtk_widget_set_sensitive (self->entry, !waiting);
  gtk_widget_set_sensitive (self->button, !waiting);
  if (!waiting)
    gtk_widget_grab_focus (self->entry);
}

static gboolean
wait_over_cb (gpointer data)
{
  PtPinPrompt *self = data;

  self->wait_id = 0;
  set_waiting (self, FALSE);
  set_message (self, _("Try the PIN again"));
  return G_SOURCE_REMOVE;
}

static void
try_pin (PtPinPrompt *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pin = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  guint wait;

  if (self->store == NULL || self->wait_id != 0)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  if (pt_store_check_pin (self->store, pin, &error))
    {
      set_message (self, NULL);
      g_signal_emit (self, signals[ACCEPTED], 0);
      return;
    }

  wait = pt_store_get_pin_wait (self->store);
  if (wait > 0)
    {
      guint seconds = (wait + 999) / 1000;
      g_autofree char *text =
        /* Translators: after several wrong PINs */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%s. Wait %u second before the next try.",
                                      "%s. Wait %u seconds before the next try.", seconds),
                         error->message, seconds);

      set_message (self, text);
      set_waiting (self, TRUE);
      self->wait_id = g_timeout_add (wait, wait_over_cb, self);
    }
  else
    set_message (self, error->message);
}

static void
pt_pin_prompt_dispose (GObject *object)
{
  PtPinPrompt *self = PT_PIN_PROMPT (object);
  GtkWidget *child;

  g_clear_handle_id (&self->wait_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pt_pin_prompt_parent_class)->dispose (object);
}

static void
pt_pin_prompt_class_init (PtPinPromptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_pin_prompt_dispose;

  /**
   * PtPinPrompt::accepted:
   *
   * The PIN typed was the clinician's.
   */
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pin-prompt");
}

static void
pt_pin_prompt_init (PtPinPrompt *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->entry = gtk_password_entry_new ();
  gtk_widget_set_hexpand (self->entry, TRUE);
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (self->entry), FALSE);
  g_object_set (self->entry, "placeholder-text", _("Clinician’s PIN"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clinician’s PIN"), -1);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (try_pin), self);

  self->button = gtk_button_new ();
  gtk_widget_add_css_class (self->button, "suggested-action");
  g_signal_connect_swapped (self->button, "clicked", G_CALLBACK (try_pin), self);

  gtk_box_append (GTK_BOX (row), self->entry);
  gtk_box_append (GTK_BOX (row), self->button);
  gtk_widget_set_parent (row, GTK_WIDGET (self));

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_widget_set_parent (self->message, GTK_WIDGET (self));
}

GtkWidget *
pt_pin_prompt_new (PtStore    *store,
                   const char *button_label)
{
  PtPinPrompt *self;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  self = g_object_new (PT_TYPE_PIN_PROMPT, NULL);
  self->store = g_object_ref (store);
  gtk_button_set_label (GTK_BUTTON (self->button), button_label);
  gtk_button_set_use_underline (GTK_BUTTON (self->button), TRUE);
  return GTK_WIDGET (self);
}

void
pt_pin_prompt_reset (PtPinPrompt *self)
{
  g_return_if_fail (PT_IS_PIN_PROMPT (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  if (self->wait_id == 0)
    {
      set_message (self, NULL);
      set_waiting (self, FALSE);
    }
}

const char *
pt_pin_prompt_get_message (PtPinPrompt *self)
{
  g_return_val_if_fail (PT_IS_PIN_PROMPT (self), NULL);

  return gtk_widget_get_visible (self->message) ? gtk_label_get_text (GTK_LABEL (self->message))
                                                : NULL;
}

GtkEditable *
pt_pin_prompt_get_entry (PtPinPrompt *self)
{
  g_return_val_if_fail (PT_IS_PIN_PROMPT (self), NULL);

  return GTK_EDITABLE (self->entry);
}
