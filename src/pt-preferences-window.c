/* pt-preferences-window.c: the clinic's preferences
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row is bound to its GSettings key, so a change applies at once and
 * every window follows (the patient page redraws distances in the new
 * unit).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-pin.h"
#include "pt-pin-dialog.h"
#include "pt-preferences-window.h"
#include "pt-window.h"

struct _PtPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *clinic_name_row;
  AdwEntryRow          *clinician_row;
  AdwComboRow          *distance_row;
  AdwComboRow          *week_start_row;
  GtkSpinButton        *shoe_limit_spin;
  AdwActionRow         *pin_row;
  GtkButton            *pin_button;
  GtkSpinButton        *lock_spin;
  GtkSwitch            *entry_switch;
  GtkSpinButton        *backup_keep_spin;

  GSettings            *settings;
  PtStore              *store;      /* the window's, for the PIN; NULL without one */
};

G_DEFINE_FINAL_TYPE (PtPreferencesWindow, pt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Combo rows list the enum's nicks in this order. */
static const char *distance_nicks[] = { "km", "mi", NULL };
static const char *week_start_nicks[] = { "monday", "sunday", NULL };

static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[position]);
}

static void
bind_combo (PtPreferencesWindow *self,
            const char          *key,
            AdwComboRow         *row,
            const char         **nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick, (gpointer) nicks, NULL);
}

static void
update_pin_row (PtPreferencesWindow *self)
{
  gboolean has_pin = self->store != NULL && pt_store_has_pin (self->store, NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->pin_row), self->store != NULL);
  adw_action_row_set_subtitle (self->pin_row,
                               has_pin ? _("Set: asked for to leave the patient view and to unlock")
                                       : _("Not set: anyone can leave the patient view"));
  gtk_button_set_label (self->pin_button, has_pin ? _("Change…") : _("Set…"));
}

static void
pin_clicked_cb (PtPreferencesWindow *self)
{
  PtPinDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = pt_pin_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "changed", G_CALLBACK (update_pin_row), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pt_preferences_window_dispose (GObject *object)
{
  PtPreferencesWindow *self = PT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pt_preferences_window_parent_class)->dispose (object);
}

static void
pt_preferences_window_class_init (PtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, clinic_name_row);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, clinician_row);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, distance_row);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, week_start_row);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, shoe_limit_spin);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, pin_row);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, pin_button);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, lock_spin);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, entry_switch);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, backup_keep_spin);
  gtk_widget_class_bind_template_callback (widget_class, pin_clicked_cb);
}

static void
pt_preferences_window_init (PtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PtPreferencesWindow *
pt_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  PtPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind (settings, "clinic-name", self->clinic_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "default-clinician", self->clinician_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  bind_combo (self, "distance-unit", self->distance_row, distance_nicks);
  bind_combo (self, "week-start", self->week_start_row, week_start_nicks);
  g_settings_bind (settings, "shoe-limit-km", self->shoe_limit_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "lock-after-minutes", self->lock_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "patient-entry", self->entry_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "backup-keep", self->backup_keep_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);

  if (PT_IS_WINDOW (parent) && pt_window_get_store (PT_WINDOW (parent)) != NULL)
    self->store = g_object_ref (pt_window_get_store (PT_WINDOW (parent)));
  update_pin_row (self);

  return self;
}

GtkButton *
pt_preferences_window_get_pin_button (PtPreferencesWindow *self)
{
  g_return_val_if_fail (PT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->pin_button;
}
