/* pt-window-lock.c: the patient view, the lock screen, and what they allow
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Show to Patient" turns the window into the patient's view of their own
 * progress (PtPatientView). While it is shown, nothing of any other patient
 * may be reachable, from the mouse, the keyboard or a menu: every action
 * of the window and of the application is disabled unless it is on the
 * patient view's allow-list (patient_allowed, below). The rule is applied
 * to every action there is, not to a list of the dangerous ones, so an
 * action added later is locked by default. The window's code sets an
 * action's state through pt_window_set_action_enabled, which remembers
 * what the workspace wants and applies it only where the mode allows.
 * GActions of the window's action map (win.sort, win.show-archived, the
 * help overlay) cannot be disabled, so they are taken out of the map while
 * the window is restricted, and put back after.
 *
 * The lock screen covers the window after the clinic's idle time
 * (lock-after-minutes) or at once; it allows even less. Leaving the
 * patient view and unlocking ask for the clinician's PIN when one is set
 * (PtPinPrompt; core checks it and makes repeated wrong tries wait).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-patient-view.h"
#include "pt-pin.h"
#include "pt-pin-prompt.h"
#include "pt-window-private.h"

#define IDLE_CHECK_SECONDS 15

/* What the patient view allows: leaving it (with the PIN), full screen,
 * and what is about this patient only. */
static const char * const patient_allowed[] = {
  "win.leave-patient-view",
  "win.toggle-fullscreen",
  "win.patient-copy",
  "win.patient-entry",
  /* A patient brings their own runs in by dropping the watch's files on
   * the view (pt-window-import.c), for this patient only; not through a
   * file chooser, which would show the clinic's folders (as the take-home
   * copy opens none here either). */
  "win.undo-import",
  "window.minimize",
  "window.toggle-maximized",
  "app.about",
  NULL
};

/* What the lock screen allows. */
static const char * const locked_allowed[] = {
  "window.minimize",
  "window.toggle-maximized",
  NULL
};

const char * const *
pt_window_get_patient_view_actions (void)
{
  return patient_allowed;
}

gboolean
pt_window_is_restricted (PtWindow *self)
{
  return self->locked || self->patient_view_id > 0;
}

static gboolean
action_allowed (PtWindow   *self,
                const char *name)
{
  if (self->locked)
    return g_strv_contains (locked_allowed, name);
  if (self->patient_view_id > 0)
    return g_strv_contains (patient_allowed, name);
  return TRUE;
}

void
pt_window_set_action_enabled (PtWindow   *self,
                              const char *name,
                              gboolean    enabled)
{
  g_hash_table_insert (self->actions_wanted, g_strdup (name), GINT_TO_POINTER (enabled));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), name, enabled && action_allowed (self, name));
}

static gboolean
action_wanted (PtWindow   *self,
               const char *name)
{
  gpointer wanted;

  if (!g_hash_table_lookup_extended (self->actions_wanted, name, NULL, &wanted))
    return TRUE;
  return GPOINTER_TO_INT (wanted);
}

/* The window's GActions: out of the map while restricted. */
static void
restrict_action_map (PtWindow *self)
{
  GActionMap *map = G_ACTION_MAP (self);

  if (!pt_window_is_restricted (self))
    {
      for (guint i = 0; i < self->removed_actions->len; i++)
        g_action_map_add_action (map, g_ptr_array_index (self->removed_actions, i));
      g_ptr_array_set_size (self->removed_actions, 0);
      return;
    }

  {
    g_auto(GStrv) names = g_action_group_list_actions (G_ACTION_GROUP (self));

    for (guint i = 0; names[i] != NULL; i++)
      {
        g_autofree char *full = g_strconcat ("win.", names[i], NULL);
        GAction *action = g_action_map_lookup_action (map, names[i]);

        if (action == NULL || action_allowed (self, full))
          continue;
        g_ptr_array_add (self->removed_actions, g_object_ref (action));
        g_action_map_remove_action (map, names[i]);
      }
  }
}

/* The application's actions (app.preferences, app.quit, ...). */
static void
restrict_application (PtWindow *self)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_auto(GStrv) names = NULL;

  /* Remembered: a window destroyed while restricted gives them back. */
  if (app == NULL)
    app = self->restricted_app;
  if (app == NULL)
    return;
  if (pt_window_is_restricted (self))
    g_set_object (&self->restricted_app, app);
  else
    g_clear_object (&self->restricted_app);

  names = g_action_group_list_actions (G_ACTION_GROUP (app));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *full = g_strconcat ("app.", names[i], NULL);
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (app), names[i]);

      if (G_IS_SIMPLE_ACTION (action))
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), action_allowed (self, full));
    }
}

static void
apply_restrictions (PtWindow *self)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (self);
  const GVariantType *parameter;
  const char *name, *property;
  GType owner;

  /* GTK 4.8 writes every out argument. */
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter, &property);
       i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), name,
                                   action_wanted (self, name) && action_allowed (self, name));

  restrict_action_map (self);
  restrict_application (self);
  /* Nothing behind the page shown takes the keyboard focus either. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->leaflet), !pt_window_is_restricted (self));
}

/* ---- the patient view ---- */

static void
leave_patient_view (PtWindow *self)
{
  gint64 id = self->patient_view_id;

  if (id == 0)
    return;

  self->patient_view_id = 0;
  /* Off the PIN entry, which is hidden now (and whose input method would
   * otherwise keep it, and the store, after the window closes). */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "clinic");
  apply_restrictions (self);
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  /* The patient may have recorded something: the page shows it now. */
  pt_window_show_patient (self, id);
}

static gboolean load_patient_view (PtWindow *self, GError **error);

/* What the patient recorded: the page and the view show it. */
static void
patient_recorded_cb (PtWindow *self)
{
  g_autoptr(GError) error = NULL;

  pt_window_show_patient (self, self->patient_view_id);
  if (!load_patient_view (self, &error))
    pt_window_show_error (self, error);
}

void
pt_window_reload_patient_view (PtWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->patient_view_id > 0 && !load_patient_view (self, &error))
    pt_window_show_error (self, error);
}

static PtPatientView *
ensure_patient_view (PtWindow *self)
{
  if (self->patient_view == NULL)
    {
      self->patient_view = pt_patient_view_new ();
      gtk_stack_add_named (self->main_stack, self->patient_view, "patient");
      g_signal_connect_object (self->patient_view, "leave", G_CALLBACK (leave_patient_view),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->patient_view, "recorded", G_CALLBACK (patient_recorded_cb),
                               self, G_CONNECT_SWAPPED);
      pt_window_add_import_drop_target (self, self->patient_view);
    }
  return PT_PATIENT_VIEW (self->patient_view);
}

/* The view of the page's bundle: the same records and analysis. */
static gboolean
load_patient_view (PtWindow  *self,
                   GError   **error)
{
  PtPatientBundle *bundle = pt_patient_page_get_bundle (pt_window_ensure_patient_page (self));
  gboolean entry;

  if (self->store == NULL || bundle == NULL)
    return FALSE;

  entry = self->settings != NULL && g_settings_get_boolean (self->settings, "patient-entry");
  return pt_patient_view_load (ensure_patient_view (self), self->store, bundle,
                               pt_window_get_unit (self), entry, error);
}

gboolean
pt_window_show_to_patient (PtWindow  *self,
                           GError   **error)
{
  PtPatientBundle *bundle;

  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);

  bundle = pt_patient_page_get_bundle (pt_window_ensure_patient_page (self));
  if (bundle == NULL || self->locked || !load_patient_view (self, error))
    return FALSE;

  self->patient_view_id = pt_patient_bundle_get_patient_id (bundle);
  gtk_stack_set_visible_child_name (self->main_stack, "patient");
  apply_restrictions (self);
  gtk_widget_grab_focus (self->patient_view);
  return TRUE;
}

gint64
pt_window_get_patient_view_id (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), 0);

  return self->patient_view_id;
}

PtPatientView *
pt_window_get_patient_view (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  return self->patient_view != NULL ? PT_PATIENT_VIEW (self->patient_view) : NULL;
}

static void
show_to_patient_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  g_autoptr(GError) error = NULL;

  if (!pt_window_show_to_patient (PT_WINDOW (widget), &error) && error != NULL)
    pt_window_show_error (PT_WINDOW (widget), error);
}

static void
leave_patient_view_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);

  if (self->patient_view_id > 0)
    pt_patient_view_ask_to_leave (PT_PATIENT_VIEW (self->patient_view),
                                  pt_store_has_pin (self->store, NULL));
}

static void
toggle_fullscreen_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* ---- the lock screen ---- */

static void
unlock (PtWindow *self)
{
  if (!self->locked)
    return;

  self->locked = FALSE;
  self->last_input = g_get_monotonic_time ();
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_stack_set_visible_child_name (self->main_stack,
                                    self->patient_view_id > 0 ? "patient" : "clinic");
  apply_restrictions (self);
}

static GtkWidget *
ensure_lock_page (PtWindow *self)
{
  GtkWidget *box;

  if (self->lock_page != NULL)
    return self->lock_page;

  self->lock_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->lock_page), "system-lock-screen-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->lock_page), _("Locked"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (box, 280, -1);
  self->lock_prompt = pt_pin_prompt_new (self->store, _("_Unlock"));
  g_signal_connect_object (self->lock_prompt, "accepted", G_CALLBACK (unlock), self,
                           G_CONNECT_SWAPPED);
  self->unlock_button = gtk_button_new_with_mnemonic (_("_Unlock"));
  gtk_widget_add_css_class (self->unlock_button, "pill");
  gtk_widget_add_css_class (self->unlock_button, "suggested-action");
  gtk_widget_set_halign (self->unlock_button, GTK_ALIGN_CENTER);
  g_signal_connect_object (self->unlock_button, "clicked", G_CALLBACK (unlock), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), self->lock_prompt);
  gtk_box_append (GTK_BOX (box), self->unlock_button);
  adw_status_page_set_child (ADW_STATUS_PAGE (self->lock_page), box);

  gtk_stack_add_named (self->main_stack, self->lock_page, "locked");
  return self->lock_page;
}

void
pt_window_lock (PtWindow *self)
{
  gboolean has_pin;
  int minutes;
  g_autofree char *description = NULL;

  g_return_if_fail (PT_IS_WINDOW (self));

  if (self->locked || self->store == NULL)
    return;

  ensure_lock_page (self);
  has_pin = pt_store_has_pin (self->store, NULL);
  minutes = self->settings != NULL ? g_settings_get_int (self->settings, "lock-after-minutes") : 0;
  if (minutes > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Locked after %d minute without use.",
                                                "Locked after %d minutes without use.", minutes),
                                   minutes);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->lock_page),
                                   has_pin ? _("Enter the clinician’s PIN to go on.")
                                           : description);
  gtk_widget_set_visible (self->lock_prompt, has_pin);
  gtk_widget_set_visible (self->unlock_button, !has_pin);
  pt_pin_prompt_reset (PT_PIN_PROMPT (self->lock_prompt));

  self->locked = TRUE;
  gtk_stack_set_visible_child_name (self->main_stack, "locked");
  apply_restrictions (self);
  gtk_widget_grab_focus (has_pin ? self->lock_prompt : self->unlock_button);
}

gboolean
pt_window_is_locked (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);

  return self->locked;
}

/* ---- idle time ---- */

static void
note_input (PtWindow *self)
{
  self->last_input = g_get_monotonic_time ();
}

gint64
pt_window_get_last_input (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), 0);

  return self->last_input;
}

void
pt_window_check_idle (PtWindow *self,
                      gint64    now)
{
  int minutes;

  g_return_if_fail (PT_IS_WINDOW (self));

  if (self->settings == NULL || self->locked)
    return;

  minutes = g_settings_get_int (self->settings, "lock-after-minutes");
  if (minutes > 0 && now - self->last_input >= (gint64) minutes * 60 * G_USEC_PER_SEC)
    pt_window_lock (self);
}

static gboolean
idle_tick_cb (gpointer data)
{
  pt_window_check_idle (PT_WINDOW (data), g_get_monotonic_time ());
  return G_SOURCE_CONTINUE;
}

/* Every event of the window passes here first (a legacy controller in the
 * capture phase) and goes on to its widget. A click gesture there would
 * take part in the widgets' pressed state. */
static gboolean
event_cb (PtWindow *self,
          GdkEvent *event)
{
  switch (gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_BUTTON_PRESS:
    case GDK_MOTION_NOTIFY:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
      note_input (self);
      break;
    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

/* ---- set-up ---- */

gboolean
pt_window_close_allowed (PtWindow *self)
{
  /* Closing would open on the clinician's workspace next time. */
  if (self->locked)
    return FALSE;
  if (self->patient_view_id > 0)
    {
      leave_patient_view_action (GTK_WIDGET (self), NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

void
pt_window_init_lock (PtWindow *self)
{
  GtkEventController *events = gtk_event_controller_legacy_new ();

  self->actions_wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->removed_actions = g_ptr_array_new_with_free_func (g_object_unref);
  self->last_input = g_get_monotonic_time ();

  gtk_event_controller_set_propagation_phase (events, GTK_PHASE_CAPTURE);
  g_signal_connect_object (events, "event", G_CALLBACK (event_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), events);

  self->idle_id = g_timeout_add_seconds (IDLE_CHECK_SECONDS, idle_tick_cb, self);
}

void
pt_window_dispose_lock (PtWindow *self)
{
  /* Destroyed while restricted: the application's actions come back. */
  if (self->restricted_app != NULL)
    {
      self->locked = FALSE;
      self->patient_view_id = 0;
      restrict_application (self);
    }
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->actions_wanted, g_hash_table_unref);
  g_clear_pointer (&self->removed_actions, g_ptr_array_unref);
  /* The stack owns the pages. */
  self->patient_view = NULL;
  self->lock_page = NULL;
  self->lock_prompt = NULL;
  self->unlock_button = NULL;
}

void
pt_window_class_install_lock_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-to-patient", NULL,
                                   show_to_patient_action);
  gtk_widget_class_install_action (widget_class, "win.leave-patient-view", NULL,
                                   leave_patient_view_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-fullscreen", NULL,
                                   toggle_fullscreen_action);
}
