/* pt-window.c: the main window
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns what it shows: the store it opened and which patient is
 * shown (so a patient-facing mode can pin it). An AdwLeaflet holds the
 * patient list and the patient page and folds to one pane on a narrow
 * window. It talks to the record through the core API only; the actions
 * (new, edit, delete and undo, archive, databases) are in
 * pt-window-actions.c.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-error.h"
#include "pt-window-private.h"

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_STORE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PtWindow, pt_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

/* Running from the build tree without GSETTINGS_SCHEMA_DIR must not abort:
 * the window then simply does not remember its size. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, PT_SETTINGS_SCHEMA_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Settings schema %s is not installed; window size is not saved",
               PT_SETTINGS_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_window_state (PtWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (PtWindow *self)
{
  gboolean maximized;
  int width, height;

  if (self->settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  /* The default size of a maximised window is its size before maximising. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

void
pt_window_show_status (PtWindow   *self,
             const char *icon_name,
             const char *title,
             const char *description)
{
  g_autofree char *markup = NULL;

  /* The description is Pango markup; paths and error messages are text. */
  if (description != NULL)
    markup = g_markup_escape_text (description, -1);

  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, markup);
  gtk_stack_set_visible_child_name (self->main_stack, "status");
}

void
pt_window_set_status_buttons (PtWindow   *self,
                    const char *primary_label,
                    const char *primary_action,
                    const char *secondary_label,
                    const char *secondary_action)
{
  gtk_button_set_label (self->status_primary_button, primary_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->status_primary_button), primary_action);
  gtk_button_set_label (self->status_secondary_button, secondary_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->status_secondary_button), secondary_action);
}

static void
show_error_page (PtWindow     *self,
                 const char   *title,
                 const GError *error)
{
  pt_window_show_status (self, "dialog-error-symbolic", title, error->message);
  pt_window_set_status_buttons (self, _("_Open Another Database…"), "win.open-database",
                      _("_Create a New Database…"), "win.new-database");
}

static void
show_first_run (PtWindow *self)
{
  pt_window_show_status (self, APP_ID "-symbolic", _("No Patients Yet"),
               _("Patients you record will appear here, with their treatments, "
                 "pain scores and runs"));
  pt_window_set_status_buttons (self, _("_Add a Patient"), "win.new-patient",
                      _("Explore the _Demo Clinic"), "win.open-demo");
}

static void
update_titles (PtWindow *self)
{
  PtPatient *patient = pt_window_get_shown_patient (self);
  gboolean shown = g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), "patient");

  adw_window_title_set_title (self->content_title,
                              shown && patient != NULL ? pt_patient_get_name (patient) : "");
  adw_window_title_set_subtitle (self->content_title,
                                 shown && patient != NULL ? pt_patient_get_record_number (patient) : NULL);
  /* Nothing to record or export without a patient on screen. */
  gtk_widget_set_visible (self->new_entry_button, shown);
  gtk_widget_set_visible (self->patient_menu_button, shown);
}

/* The schema's enum: "sunday" is 0, "monday" 1. */
static GDateWeekday
get_week_start (PtWindow *self)
{
  if (self->settings != NULL && g_settings_get_enum (self->settings, "week-start") == 0)
    return G_DATE_SUNDAY;

  return G_DATE_MONDAY;
}

static int
get_shoe_limit_km (PtWindow *self)
{
  if (self->settings == NULL)
    return 700;

  return g_settings_get_int (self->settings, "shoe-limit-km");
}

static void
load_patient (PtWindow *self,
              gint64    patient_id)
{
  g_autoptr(GError) error = NULL;

  if (patient_id <= 0 || self->store == NULL)
    gtk_stack_set_visible_child_name (self->content_stack, "none");
  else if (pt_patient_page_load (pt_window_ensure_patient_page (self), self->store, patient_id,
                                 pt_window_get_unit (self), get_week_start (self),
                                 get_shoe_limit_km (self), &error))
    gtk_stack_set_visible_child_name (self->content_stack, "patient");
  else
    {
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      pt_window_show_error (self, error);
    }

  update_titles (self);
  pt_window_update_actions (self);
}

static void
load_clinic (PtWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 n_all;

  g_assert (self->store != NULL);

  n_all = pt_store_count_patients (self->store, TRUE, &error);
  if (n_all < 0 || !pt_patient_list_reload (self->patient_list, self->store, &error))
    {
      /* A clinic server that went away: what was read stays on screen,
       * and the banner says why nothing new comes (pt-window-health.c). */
      if (g_error_matches (error, PT_ERROR, PT_ERROR_CONNECTION) &&
          !pt_store_is_connected (self->store))
        {
          pt_window_update_health (self);
          pt_window_update_actions (self);
          return;
        }
      show_error_page (self, _("Cannot Read Database"), error);
      return;
    }

  if (n_all == 0)
    {
      show_first_run (self);
      load_patient (self, 0);
      return;
    }

  /* Not while the patient view or the lock screen covers the workspace. */
  if (!pt_window_is_restricted (self))
    gtk_stack_set_visible_child_name (self->main_stack, "clinic");
  load_patient (self, pt_patient_list_get_selected_id (self->patient_list));
}

/* Another workstation saved: the lists and the open patient's page are
 * read again, as after a save here. */
static void
store_changed_elsewhere_cb (PtWindow *self)
{
  g_debug ("The clinic was changed elsewhere: reading it again");
  pt_window_refresh (self);
}

/* The clinic server went away, or came back: the banner says so, the
 * actions that write follow, and what was missed meanwhile is read. */
static void
store_connection_changed_cb (PtWindow *self)
{
  pt_window_update_health (self);
  pt_window_update_actions (self);
  if (self->store != NULL && pt_store_is_connected (self->store))
    pt_window_refresh (self);
}

void
pt_window_take_store (PtWindow     *self,
                      PtStore      *store,
                      const GError *error)
{
  gboolean had_store = self->store != NULL;

  pt_window_clear_undo (self);
  g_clear_object (&self->store);
  pt_patient_list_select (self->patient_list, 0);
  self->store = store;

  pt_window_apply_clinician (self);
  if (self->store != NULL)
    {
      g_autoptr(GError) watch_error = NULL;

      pt_store_set_distance_unit (self->store, pt_window_get_unit (self));
      g_signal_connect_object (self->store, "changed-elsewhere",
                               G_CALLBACK (store_changed_elsewhere_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "connection-changed",
                               G_CALLBACK (store_connection_changed_cb), self,
                               G_CONNECT_SWAPPED);
      if (!pt_store_watch_changes (self->store, &watch_error))
        g_warning ("Other workstations' changes will show after a restart only: %s",
                   watch_error->message);
      load_clinic (self);
      pt_window_check_health_later (self);
    }
  else
    {
      pt_patient_list_reload (self->patient_list, NULL, NULL);
      if (error != NULL && pt_store_location_is_server (self->database_path))
        {
          show_error_page (self, _("Cannot Connect to the Clinic Server"), error);
          pt_window_set_status_buttons (self, _("_Connect to Clinic Server…"), "win.connect-server",
                                        _("_Open Another Database…"), "win.open-database");
        }
      else if (error != NULL)
        show_error_page (self, _("Cannot Open Database"), error);
    }
  pt_window_update_health (self);

  update_titles (self);
  pt_window_update_actions (self);

  if (had_store || self->store != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* A clinic server's address is connected to in a worker
 * (pt-window-connect.c); a file opens at once. */
static void
open_store (PtWindow *self,
            gboolean  create)
{
  g_autoptr(GError) error = NULL;
  PtStore *store;

  pt_window_cancel_connect (self);
  if (pt_store_location_is_server (self->database_path))
    {
      pt_window_take_store (self, NULL, NULL);
      pt_window_connect (self);
      return;
    }

  store = pt_store_open_full (self->database_path,
                              create ? PT_STORE_OPEN_CREATE : PT_STORE_OPEN_DEFAULT,
                              &error);
  pt_window_take_store (self, store, error);
}

static void
patient_selected_cb (PtWindow *self)
{
  load_patient (self, pt_patient_list_get_selected_id (self->patient_list));
}

static void
patient_activated_cb (PtWindow *self,
                      gint64    patient_id)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
unit_changed_cb (PtWindow *self)
{
  if (self->store != NULL)
    pt_store_set_distance_unit (self->store, pt_window_get_unit (self));
  load_patient (self, pt_patient_list_get_selected_id (self->patient_list));
}

static gboolean
pt_window_close_request (GtkWindow *window)
{
  if (!pt_window_close_allowed (PT_WINDOW (window)))
    return TRUE;

  save_window_state (PT_WINDOW (window));

  return GTK_WINDOW_CLASS (pt_window_parent_class)->close_request (window);
}

static void
pt_window_constructed (GObject *object)
{
  PtWindow *self = PT_WINDOW (object);

  G_OBJECT_CLASS (pt_window_parent_class)->constructed (object);

  /* The same rule as pt_store_open() for a missing path, so the window
   * can name the file even when opening it fails. */
  if (self->database_path == NULL)
    {
      const char *env = g_getenv ("PROLOTRACK_DATABASE");

      if (env != NULL && *env != '\0')
        self->database_path = g_strdup (env);
      else
        self->database_path = pt_store_default_path ();
    }

  restore_window_state (self);
  /* Like the CLI's add-patient: the default file, or one named on the
   * command line, is created on first use. File > Open only opens. */
  open_store (self, TRUE);
}

static void
pt_window_dispose (GObject *object)
{
  PtWindow *self = PT_WINDOW (object);

  g_clear_pointer (&self->undo_entries, g_ptr_array_unref);
  g_clear_handle_id (&self->dismiss_id, g_source_remove);
  pt_window_cancel_connect (self);
  pt_window_dispose_import (self);
  pt_window_dispose_lock (self);
  pt_window_dispose_health (self);
  pt_window_dispose_backup (self);
  g_queue_clear_full (&self->dismissals, g_object_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_WINDOW);
  self->patient_page = NULL;  /* the stack owned it */

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_toast);
  g_clear_object (&self->export_result);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pt_window_parent_class)->dispose (object);
}

static void
pt_window_finalize (GObject *object)
{
  PtWindow *self = PT_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (pt_window_parent_class)->finalize (object);
}

static void
pt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtWindow *self = PT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PtWindow *self = PT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_assert (self->database_path == NULL);
      self->database_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_window_class_init (PtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = pt_window_constructed;
  object_class->dispose = pt_window_dispose;
  object_class->finalize = pt_window_finalize;
  object_class->get_property = pt_window_get_property;
  object_class->set_property = pt_window_set_property;

  window_class->close_request = pt_window_close_request;

  /**
   * PtWindow:database-path:
   *
   * The database file the window shows; NULL at construction means
   * $PROLOTRACK_DATABASE or the default path.
   */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * PtWindow:store:
   *
   * The open store, or NULL when the database could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PT_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, health_revealer);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, health_label);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, health_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, status_primary_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, status_secondary_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, content);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, new_entry_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, patient_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, patient_list);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, content_stack);
  gtk_widget_class_bind_template_callback (widget_class, patient_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, patient_activated_cb);

  pt_window_class_install_actions (widget_class);
  pt_window_class_install_lock_actions (widget_class);
  pt_window_class_install_backup_actions (widget_class);
  pt_window_class_install_import_actions (widget_class);
}

static void
pt_window_init (PtWindow *self)
{
  g_type_ensure (PT_TYPE_PATIENT_LIST);
  g_type_ensure (PT_TYPE_PATIENT_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));
  pt_window_init_lock (self);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = create_settings ();
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::distance-unit",
                               G_CALLBACK (unit_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::week-start",
                               G_CALLBACK (unit_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::shoe-limit-km",
                               G_CALLBACK (unit_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::default-clinician",
                               G_CALLBACK (pt_window_apply_clinician), self, G_CONNECT_SWAPPED);
    }

  pt_window_init_actions (self);
  pt_window_init_backup (self);
  pt_window_init_import (self);
}

PtWindow *
pt_window_new (PtApplication *application,
               const char    *database_path)
{
  g_return_val_if_fail (application == NULL || PT_IS_APPLICATION (application), NULL);

  return g_object_new (PT_TYPE_WINDOW,
                       "application", application,
                       "database-path", database_path,
                       NULL);
}

const char *
pt_window_get_database_path (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  return self->database_path;
}

PtStore *
pt_window_get_store (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  return self->store;
}

PtDistanceUnit
pt_window_get_unit (PtWindow *self)
{
  if (self->settings == NULL)
    return PT_DISTANCE_UNIT_KM;

  return g_settings_get_enum (self->settings, "distance-unit") == PT_DISTANCE_UNIT_MI
         ? PT_DISTANCE_UNIT_MI : PT_DISTANCE_UNIT_KM;
}

void
pt_window_refresh (PtWindow *self)
{
  g_return_if_fail (PT_IS_WINDOW (self));

  if (self->store != NULL)
    load_clinic (self);
}

void
pt_window_show_patient (PtWindow *self,
                        gint64    patient_id)
{
  gint64 before;

  g_return_if_fail (PT_IS_WINDOW (self));

  before = pt_patient_list_get_selected_id (self->patient_list);

  /* An archived patient is hidden from the default list: show them anyway. */
  if (!pt_patient_list_select (self->patient_list, patient_id))
    {
      g_object_set (self->patient_list, "show-archived", TRUE, NULL);
      pt_patient_list_select (self->patient_list, patient_id);
    }

  /* A new selection has loaded the page already (patient_selected_cb). */
  if (before == patient_id)
    load_patient (self, patient_id);
  if (patient_id > 0)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

void
pt_window_switch_database (PtWindow   *self,
                           const char *path,
                           gboolean    create)
{
  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  pt_window_set_database_path (self, path);
  open_store (self, create);
}

void
pt_window_set_database_path (PtWindow   *self,
                             const char *path)
{
  g_free (self->database_path);
  self->database_path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE_PATH]);
}

/* libadwaita 1.2 frees a toast's state when its hide animation ends, but
 * its show animation, 500 ms when it replaced a toast that is still
 * hiding, can outlast that and then runs on freed memory: dismissing a
 * toast within 200 ms of its coming on screen crashed the app (Ctrl+Z
 * right after a delete; a quick export's "Exporting…"). Every dismissal
 * the window makes waits DISMISS_DELAY_MS, and they go one at a time, so
 * a toast that a dismissal brings back on screen is past its animation
 * before the next dismissal can reach it. */
#define DISMISS_DELAY_MS 800

static gboolean
dismiss_next_cb (gpointer user_data)
{
  PtWindow *self = user_data;
  g_autoptr(AdwToast) toast = g_queue_pop_head (&self->dismissals);

  adw_toast_dismiss (toast);
  if (!g_queue_is_empty (&self->dismissals))
    return G_SOURCE_CONTINUE;

  self->dismiss_id = 0;
  return G_SOURCE_REMOVE;
}

void
pt_window_dismiss_toast (PtWindow *self,
                         AdwToast *toast)
{
  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_queue_push_tail (&self->dismissals, g_object_ref (toast));
  if (self->dismiss_id == 0)
    self->dismiss_id = g_timeout_add (DISMISS_DELAY_MS, dismiss_next_cb, self);
}

void
pt_window_show_error (PtWindow     *self,
                      const GError *error)
{
  AdwToast *toast;

  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  toast = adw_toast_new (error->message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

PtPatientList *
pt_window_get_patient_list (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  return self->patient_list;
}

PtPatientPage *
pt_window_get_patient_page (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  return pt_window_ensure_patient_page (self);
}

PtPatientPage *
pt_window_ensure_patient_page (PtWindow *self)
{
  if (self->patient_page == NULL)
    {
      self->patient_page = g_object_new (PT_TYPE_PATIENT_PAGE, NULL);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->patient_page), "patient");
      pt_window_init_page_actions (self);
      pt_window_init_page_import (self);
    }

  return self->patient_page;
}

PtPatient *
pt_window_get_shown_patient (PtWindow *self)
{
  return self->patient_page != NULL ? pt_patient_page_get_patient (self->patient_page) : NULL;
}

GSettings *
pt_window_get_settings (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  return self->settings;
}
