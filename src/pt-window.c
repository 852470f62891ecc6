/* pt-window.c: the main window
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns what it shows: the store it opened and, once the patient
 * list lands, which patient is shown (so a patient-facing mode can pin it).
 * It talks to the record through the core API only.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-window.h"

struct _PtWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwStatusPage        *status_page;

  GSettings            *settings;      /* NULL when the schema is not installed */
  PtStore              *store;         /* NULL when the database could not be opened */
  char                 *database_path;
};

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

static void
show_status (PtWindow   *self,
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
}

static void
show_error (PtWindow     *self,
            const char   *title,
            const GError *error)
{
  show_status (self, "dialog-error-symbolic", title, error->message);
}

/* Counts go through %s: xgettext cannot see through G_GINT64_FORMAT. */
static char *
dup_summary_title (gint64 n_active)
{
  g_autofree char *count = NULL;

  if (n_active == 0)
    return g_strdup (_("No Active Patients"));

  count = g_strdup_printf ("%" G_GINT64_FORMAT, n_active);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s Patient", "%s Patients",
                                       (gulong) n_active),
                          count);
}

static char *
dup_summary_description (PtWindow *self,
                         gint64    n_archived)
{
  g_autofree char *count = NULL;

  if (n_archived == 0)
    /* Translators: %s is a file path */
    return g_strdup_printf (_("Recorded in %s"), self->database_path);

  count = g_strdup_printf ("%" G_GINT64_FORMAT, n_archived);

  /* Translators: the first %s is a number, the second a file path */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s archived patient; recorded in %s",
                                       "%s archived patients; recorded in %s",
                                       (gulong) n_archived),
                          count, self->database_path);
}

static void
update_summary (PtWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  gint64 n_active, n_all = -1;

  g_assert (self->store != NULL);

  n_active = pt_store_count_patients (self->store, FALSE, &error);
  if (n_active >= 0)
    n_all = pt_store_count_patients (self->store, TRUE, &error);
  if (n_active < 0 || n_all < 0)
    {
      show_error (self, _("Cannot Read Database"), error);
      return;
    }

  if (n_all == 0)
    {
      show_status (self, APP_ID "-symbolic", _("No Patients Yet"),
                   _("Patients you record will appear here, with their treatments, "
                     "pain scores and runs"));
      return;
    }

  title = dup_summary_title (n_active);
  description = dup_summary_description (self, n_all - n_active);
  show_status (self, APP_ID "-symbolic", title, description);
}

static void
open_store (PtWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean had_store = self->store != NULL;

  g_clear_object (&self->store);
  self->store = pt_store_open (self->database_path, &error);

  if (self->store != NULL)
    update_summary (self);
  else
    show_error (self, _("Cannot Open Database"), error);

  if (had_store || self->store != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static gboolean
pt_window_close_request (GtkWindow *window)
{
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
  open_store (self);
}

static void
pt_window_dispose (GObject *object)
{
  PtWindow *self = PT_WINDOW (object);

  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_WINDOW);

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
  gtk_widget_class_bind_template_child (widget_class, PtWindow, status_page);
}

static void
pt_window_init (PtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = create_settings ();
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
