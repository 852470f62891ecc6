/* bench-search.c: search-as-you-type in the patient list, per keystroke
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the real PtWindow on DB (as pt-screenshot does), waits for it to
 * settle, then types a patient's name into its search entry one character
 * at a time. Each keystroke is timed from setting the text, through the
 * list's "search-changed" handler (emitted at once instead of after the
 * entry's 150 ms typing delay) and the filter, to the end of the next
 * painted frame. Each keystroke inserts one character at the end, as a
 * key press does. The reference is the same keystrokes in a second window
 * of the same process: a GtkSearchEntry over a GtkListView of the same
 * names in an AdwWindow, filtered by GtkStringFilter (substring, ignoring
 * case) — what GTK and libadwaita give for free. Prints "pt MEDIAN MAX"
 * and "ref MEDIAN MAX" in ms.
 *
 *   bench-search --database DB [--rounds N]
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <string.h>

#include "bench-frame.h"
#include "pt-window.h"

typedef struct
{
  GMainLoop      *loop;
  PtWindow       *window;
  GtkWindow      *ref_window;
  GtkEditable    *ref_entry;
  GtkStringFilter *ref_filter;
  char           *query;
  GArray         *pt_times;
  GArray         *ref_times;
  guint           rounds;
  guint           round;
  guint           length;    /* characters typed so far */
  gboolean        typing_ref;
  gint64          started;
} Bench;

static void type_next (Bench *bench);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
print_stats (const char *name,
             GArray     *times)
{
  g_array_sort (times, compare_doubles);
  printf ("%s %.2f %.2f\n", name, g_array_index (times, double, times->len / 2),
          g_array_index (times, double, times->len - 1));
}

static gboolean
type_next_cb (gpointer user_data)
{
  type_next (user_data);
  return G_SOURCE_REMOVE;
}

static void
painted_cb (gpointer user_data)
{
  Bench *bench = user_data;
  double ms = (g_get_monotonic_time () - bench->started) / 1000.0;

  g_array_append_val (bench->typing_ref ? bench->ref_times : bench->pt_times, ms);
  /* A typist's pace; lets the entry's own delayed signal pass (a no-op). */
  g_timeout_add (180, type_next_cb, bench);
}

static void
press_key (Bench *bench)
{
  g_autofree char *text = g_utf8_substring (bench->query, 0, bench->length);
  GtkEditable *entry = bench->typing_ref
    ? bench->ref_entry
    : pt_patient_list_get_search_entry (pt_window_get_patient_list (bench->window));
  GtkWidget *window = bench->typing_ref ? GTK_WIDGET (bench->ref_window)
                                        : GTK_WIDGET (bench->window);

  const char *typed = g_utf8_offset_to_pointer (text, bench->length - 1);
  int position = (int) bench->length - 1;

  /* As a key press does: one character inserted at the end. Setting the
   * whole text would first empty the entry, and a GtkSearchEntry reports
   * an empty text at once, so each keystroke would also show everyone. */
  bench->started = g_get_monotonic_time ();
  gtk_editable_insert_text (entry, typed, (int) strlen (typed), &position);
  if (bench->typing_ref)
    gtk_string_filter_set_search (bench->ref_filter, text);
  else
    g_signal_emit_by_name (entry, "search-changed");
  gtk_widget_queue_draw (window);
  bench_after_next_frame (window, G_CALLBACK (painted_cb), bench);
}

static void
type_next (Bench *bench)
{
  if (bench->length < (guint) g_utf8_strlen (bench->query, -1))
    {
      bench->length++;
      press_key (bench);
      return;
    }

  /* Clear, switch sides, next round. */
  gtk_editable_set_text (bench->typing_ref ? bench->ref_entry
                         : pt_patient_list_get_search_entry (pt_window_get_patient_list (bench->window)),
                         "");
  if (!bench->typing_ref)
    g_signal_emit_by_name (pt_patient_list_get_search_entry (pt_window_get_patient_list (bench->window)),
                           "search-changed");
  else
    gtk_string_filter_set_search (bench->ref_filter, NULL);

  bench->length = 0;
  bench->typing_ref = !bench->typing_ref;
  if (!bench->typing_ref && ++bench->round >= bench->rounds)
    {
      g_main_loop_quit (bench->loop);
      return;
    }
  g_timeout_add (300, type_next_cb, bench);
}

static const char row_template[] =
  "<interface><template class='GtkListItem'><property name='child'><object class='GtkLabel'>"
  "<property name='xalign'>0</property><binding name='label'><lookup name='string' "
  "type='GtkStringObject'><lookup name='item'>GtkListItem</lookup></lookup></binding>"
  "</object></property></template></interface>";

/* The reference window: the same names in the plainest GTK list. */
static void
build_reference (Bench      *bench,
                 GListModel *patients)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory;
  GtkFilterListModel *filtered;
  GtkWidget *view;
  g_autoptr(GBytes) row_ui = g_bytes_new_static (row_template, sizeof row_template - 1);

  for (guint i = 0; i < g_list_model_get_n_items (patients); i++)
    {
      g_autoptr(PtPatientOverview) row = g_list_model_get_item (patients, i);
      gtk_string_list_append (names, pt_patient_overview_get_name (row));
    }

  bench->ref_filter = gtk_string_filter_new (gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                          NULL, "string"));
  gtk_string_filter_set_match_mode (bench->ref_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (bench->ref_filter, TRUE);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (names), GTK_FILTER (bench->ref_filter));
  factory = gtk_builder_list_item_factory_new_from_bytes (NULL, row_ui);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (filtered))),
                            factory);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  bench->ref_entry = GTK_EDITABLE (gtk_search_entry_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (bench->ref_entry));
  gtk_box_append (GTK_BOX (box), scrolled);

  /* An AdwWindow, as ProloTrack's is: with GL on a software rasterizer,
   * libadwaita's rounded window alone triples the cost of a frame. */
  bench->ref_window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (bench->ref_window), box);
  gtk_window_set_default_size (bench->ref_window, 1400, 900);
}

static gboolean
start_cb (gpointer user_data)
{
  Bench *bench = user_data;

  type_next (bench);
  return G_SOURCE_REMOVE;
}

/* The query: the name of the patient a third of the way down the list. */
static char *
pick_query (GListModel *patients)
{
  guint n = g_list_model_get_n_items (patients);
  g_autoptr(PtPatientOverview) row = NULL;

  if (n == 0)
    return NULL;
  row = g_list_model_get_item (patients, n / 3);
  return g_strdup (pt_patient_overview_get_name (row));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  int rounds = 3;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database file", "FILE" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Times to type the name", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time search keystrokes");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) patients = NULL;
  Bench bench = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--database FILE is required");
      return 2;
    }

  adw_init ();
  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.window = pt_window_new (NULL, database);
  /* A clinic server is connected to in a worker: the window's store comes
   * with the main loop, as in the app. */
  {
    gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    while (pt_store_location_is_server (database) && pt_window_get_store (bench.window) == NULL &&
           g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  bench.rounds = MAX (rounds, 1);
  bench.pt_times = g_array_new (FALSE, FALSE, sizeof (double));
  bench.ref_times = g_array_new (FALSE, FALSE, sizeof (double));
  if (pt_window_get_store (bench.window) == NULL ||
      !(patients = pt_store_list_patient_overviews (pt_window_get_store (bench.window), FALSE,
                                                    &error)))
    {
      g_printerr ("%s\n", error != NULL ? error->message : "cannot open the database");
      return 1;
    }
  bench.query = pick_query (patients);
  if (bench.query == NULL)
    {
      g_printerr ("no patients\n");
      return 1;
    }
  build_reference (&bench, patients);

  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1400, 900);
  gtk_window_present (GTK_WINDOW (bench.window));
  gtk_window_present (bench.ref_window);
  g_timeout_add (1000, start_cb, &bench);
  g_main_loop_run (bench.loop);

  printf ("query %s\n", bench.query);
  print_stats ("pt", bench.pt_times);
  print_stats ("ref", bench.ref_times);

  gtk_window_destroy (bench.ref_window);
  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_array_unref (bench.pt_times);
  g_array_unref (bench.ref_times);
  g_free (bench.query);
  g_main_loop_unref (bench.loop);
  return 0;
}
