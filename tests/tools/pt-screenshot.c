/* pt-screenshot.c: renders the main window to a PNG, for data/screenshots
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/screenshots under Xvfb. It opens the real PtWindow on a
 * database at an exact size and style, optionally shows one patient, waits
 * for the layout to settle and saves what GTK drew (no window manager, no
 * screen grab, so every run gives the same picture).
 *
 *   pt-screenshot --database FILE --width W --height H [--dark]
 *                 [--patient RECORD_NUMBER [--patient-view]] [--search TEXT] -o FILE.png
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "pt-application.h"
#include "pt-window.h"

typedef struct
{
  GMainLoop *loop;
  PtWindow  *window;
  char      *output;
  int        width;
  int        height;
  gboolean   saved;
} Shot;

static gboolean
save_cb (gpointer user_data)
{
  Shot *shot = user_data;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (shot->window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (shot->window));
  int width = gtk_widget_get_width (GTK_WIDGET (shot->window));
  int height = gtk_widget_get_height (GTK_WIDGET (shot->window));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  if (node != NULL)
    {
      texture = gsk_renderer_render_texture (renderer, node,
                                             &GRAPHENE_RECT_INIT (0, 0, width, height));
      shot->saved = gdk_texture_save_to_png (texture, shot->output);
    }

  g_main_loop_quit (shot->loop);
  return G_SOURCE_REMOVE;
}

static gboolean
show_patient (PtWindow   *window,
              const char *record_number)
{
  PtStore *store = pt_window_get_store (window);
  g_autoptr(PtPatient) patient = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return FALSE;

  patient = pt_store_find_patient (store, record_number, &error);
  if (patient == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  pt_patient_list_select (pt_window_get_patient_list (window),
                          pt_record_get_id (PT_RECORD (patient)));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  g_autofree char *patient = NULL;
  g_autofree char *search = NULL;
  g_autofree char *table = NULL;
  gboolean dark = FALSE;
  gboolean patient_view = FALSE;
  Shot shot = { .width = 1400, .height = 900 };
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database file", "FILE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &shot.width, "Window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &shot.height, "Window height", "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "patient", 0, 0, G_OPTION_ARG_STRING, &patient, "Show this patient", "RECORD" },
    { "table", 0, 0, G_OPTION_ARG_STRING, &table,
      "Show the patient's table of this record type (PtShoe, PtRun, ...)", "TYPE" },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, "Type this in the search", "TEXT" },
    { "patient-view", 0, 0, G_OPTION_ARG_NONE, &patient_view,
      "Show the patient's own view (with --patient)", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &shot.output, "PNG to write", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- screenshot the main window");
  g_autoptr(GError) error = NULL;

  /* As src/main.c: the locale, and the build tree's catalogues when
   * PROLOTRACK_LOCALEDIR names them (the German screenshots). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PROLOTRACK_LOCALEDIR") != NULL
                                   ? g_getenv ("PROLOTRACK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || shot.output == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "-o FILE.png is required");
      return 2;
    }

  adw_init ();
  /* What AdwApplication does for the app: load its style sheet. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/prolotrack/ProloTrack/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);

  shot.loop = g_main_loop_new (NULL, FALSE);
  shot.window = pt_window_new (NULL, database);
  gtk_window_set_default_size (GTK_WINDOW (shot.window), shot.width, shot.height);
  if (patient != NULL && !show_patient (shot.window, patient))
    return 1;
  if (search != NULL)
    gtk_editable_set_text (pt_patient_list_get_search_entry (pt_window_get_patient_list (shot.window)),
                           search);
  gtk_window_present (GTK_WINDOW (shot.window));
  if (patient != NULL)
    pt_window_show_patient (shot.window, pt_patient_list_get_selected_id (pt_window_get_patient_list (shot.window)));
  if (patient != NULL && table != NULL)
    {
      GType type = g_type_from_name (table);

      if (type == G_TYPE_INVALID)
        {
          g_printerr ("No record type %s\n", table);
          return 2;
        }
      pt_patient_page_show_table (pt_window_get_patient_page (shot.window), type);
    }
  if (patient != NULL && patient_view && !pt_window_show_to_patient (shot.window, &error))
    {
      g_printerr ("Cannot show the patient view: %s\n", error != NULL ? error->message : "");
      return 1;
    }

  /* Long enough for the first layout, the search's own delay and the
   * leaflet's transition. */
  g_timeout_add (g_getenv ("PT_SHOT_DELAY") ? atoi (g_getenv ("PT_SHOT_DELAY")) : 1500, save_cb, &shot);
  g_main_loop_run (shot.loop);

  gtk_window_destroy (GTK_WINDOW (shot.window));
  g_main_loop_unref (shot.loop);
  g_free (shot.output);

  return shot.saved ? 0 : 1;
}
