/* pt-application.c: the ProloTrack application
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application decides which database file new windows open (the
 * --database option, $PROLOTRACK_DATABASE, else the default path) and owns
 * the app actions and every keyboard accelerator. Command lines are handled
 * in the primary instance, so `prolotrack --database other.db` while the app
 * runs opens a window on that file.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-a11y.h"
#include "pt-application.h"
#include "pt-preferences-window.h"
#include "pt-store.h"
#include "pt-window.h"

struct _PtApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
};

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PtApplication, pt_application, ADW_TYPE_APPLICATION)

static GParamSpec *properties[N_PROPS];

static const GOptionEntry main_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the clinic record in the database file PATH"), N_("PATH") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

/* Relative paths are relative to the directory the command ran in, which
 * is not ours when another instance forwarded the command line. */
static char *
resolve_path (GApplicationCommandLine  *cmdline,
              const char               *arg,
              GError                  **error)
{
  g_autoptr(GFile) file = NULL;
  char *path;

  /* A clinic server's address is the store's to judge, not a file's. */
  if (pt_store_location_is_server (arg))
    return g_strdup (arg);

  file = g_application_command_line_create_file_for_arg (cmdline, arg);
  path = g_file_get_path (file);

  if (path == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("“%s” is not a local file; the database must be on this computer"), arg);

  return path;
}

static PtWindow *
find_window (PtApplication *self,
             const char    *database_path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (PT_IS_WINDOW (l->data) &&
          g_strcmp0 (pt_window_get_database_path (l->data), database_path) == 0)
        return l->data;
    }

  return NULL;
}

static void
present_window_for (PtApplication *self,
                    const char    *database_path)
{
  PtWindow *window = find_window (self, database_path);

  if (window == NULL)
    window = pt_window_new (self, database_path);

  gtk_window_present (GTK_WINDOW (window));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PtApplication *self = user_data;
  static const char *developers[] = { "The ProloTrack authors", NULL };
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("ProloTrack"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Record prolotherapy treatment of runners and follow "
                                      "how they recover"),
                        "developer-name", _("The ProloTrack authors"),
                        "developers", developers,
                        "copyright", "© 2026 The ProloTrack authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/prolotrack/ProloTrack",
                        "issue-url", "https://github.com/prolotrack/ProloTrack/issues",
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GSettings *settings;
  PtPreferencesWindow *preferences;

  if (!PT_IS_WINDOW (window))
    return;

  settings = pt_window_get_settings (PT_WINDOW (window));
  if (settings == NULL)
    {
      g_debug ("No settings schema: nothing to set");
      return;
    }

  preferences = pt_preferences_window_new (window, settings);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_activated_cb },
  { "about", about_activated_cb },
  { "quit", quit_activated_cb },
};

void
pt_application_add_actions (GtkApplication *app)
{
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
}

/* Every accelerator of the app, in one place (also ui/help-overlay.ui). */
void
pt_application_set_accels (GtkApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Primary>q", NULL } },
    { "app.preferences", { "<Primary>comma", NULL } },
    { "window.close", { "<Primary>w", NULL } },
    { "win.show-help-overlay", { "<Primary>question", NULL } },
    { "win.new-patient", { "<Primary>n", NULL } },
    { "win.search", { "<Primary>f", NULL } },
    { "win.new-session", { "<Primary><Shift>s", NULL } },
    { "win.new-pain", { "<Primary><Shift>p", NULL } },
    { "win.new-run", { "<Primary><Shift>r", NULL } },
    { "win.new-cross", { "<Primary><Shift>x", NULL } },
    { "win.new-condition", { "<Primary><Shift>i", NULL } },
    { "win.new-shoe", { "<Primary><Shift>h", NULL } },
    { "win.new-outcome", { "<Primary><Shift>o", NULL } },
    { "win.edit-patient", { "<Primary>e", NULL } },
    { "win.import-activities", { "<Primary>i", NULL } },
    { "win.patient-history", { "<Primary>h", NULL } },
    { "win.open-database", { "<Primary>o", NULL } },
    { "win.back", { "<Alt>Left", NULL } },
    { "win.print-report", { "<Primary>p", NULL } },
    { "win.undo", { "<Primary>z", NULL } },
    { "win.show-to-patient", { "<Primary><Shift>m", NULL } },   /* "my progress" */
    { "win.toggle-fullscreen", { "F11", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static int
pt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "prolotrack", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return G_APPLICATION_CLASS (pt_application_parent_class)->handle_local_options (app, options);
}

static int
pt_application_command_line (GApplication            *app,
                             GApplicationCommandLine *cmdline)
{
  PtApplication *self = PT_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *arg = NULL;

  if (!g_variant_dict_lookup (options, "database", "^&ay", &arg) || *arg == '\0')
    arg = g_application_command_line_getenv (cmdline, "PROLOTRACK_DATABASE");

  if (arg == NULL || *arg == '\0')
    {
      /* Nothing asked for: show what is open, or the default database. */
      g_application_activate (app);
      return EXIT_SUCCESS;
    }

  path = resolve_path (cmdline, arg, &error);
  if (path == NULL)
    {
      g_application_command_line_printerr (cmdline, "prolotrack: %s\n", error->message);
      return 2;
    }

  pt_application_set_database_path (self, path);
  present_window_for (self, path);

  return EXIT_SUCCESS;
}

static void
pt_application_activate (GApplication *app)
{
  PtApplication *self = PT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->database_path == NULL)
    {
      g_autofree char *path = pt_store_default_path ();

      pt_application_set_database_path (self, path);
    }

  present_window_for (self, self->database_path);
}

static void
pt_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (pt_application_parent_class)->startup (app);

  pt_application_add_actions (GTK_APPLICATION (app));
  pt_application_set_accels (GTK_APPLICATION (app));
  pt_a11y_install_window_hook ();
}

static void
pt_application_finalize (GObject *object)
{
  PtApplication *self = PT_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (pt_application_parent_class)->finalize (object);
}

static void
pt_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PtApplication *self = PT_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PtApplication *self = PT_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      pt_application_set_database_path (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_application_class_init (PtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pt_application_finalize;
  object_class->get_property = pt_application_get_property;
  object_class->set_property = pt_application_set_property;

  app_class->handle_local_options = pt_application_handle_local_options;
  app_class->command_line = pt_application_command_line;
  app_class->activate = pt_application_activate;
  app_class->startup = pt_application_startup;

  /**
   * PtApplication:database-path:
   *
   * The database file new windows open.
   */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_application_init (PtApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
}

PtApplication *
pt_application_new (void)
{
  return g_object_new (PT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_SEND_ENVIRONMENT,
                       /* The same resources for both profiles (the .Devel id
                        * would otherwise add a /Devel component). */
                       "resource-base-path", "/io/github/prolotrack/ProloTrack",
                       NULL);
}

const char *
pt_application_get_database_path (PtApplication *self)
{
  g_return_val_if_fail (PT_IS_APPLICATION (self), NULL);

  return self->database_path;
}

void
pt_application_set_database_path (PtApplication *self,
                                  const char    *database_path)
{
  g_return_if_fail (PT_IS_APPLICATION (self));

  if (g_strcmp0 (self->database_path, database_path) == 0)
    return;

  g_free (self->database_path);
  self->database_path = g_strdup (database_path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE_PATH]);
}
