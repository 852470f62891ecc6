/* test-virtual-list.c: the patient list's widget makes rows only for the screen
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PtVirtualList of 10,000 strings in a 300x400 window: it must make
 * about a screenful of row widgets, show the right strings where they
 * belong, follow the selection with the keyboard's actions, scroll to
 * what is selected, and emit ::activate.
 */

#include "config.h"

#include <adwaita.h>

#include "pt-virtual-list.h"

#define N_ITEMS 10000

typedef struct
{
  GtkWindow          *window;
  PtVirtualList      *list;
  GtkStringList      *strings;
  GtkSingleSelection *selection;
  GtkAdjustment      *vadjustment;
  guint               activated;
  guint               n_activated;
} Fixture;

static GtkWidget *
create_row (gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "row");
  gtk_widget_set_size_request (label, -1, 40);
  return label;
}

static void
bind_row (GtkWidget *row,
          gpointer   item,
          gpointer   user_data)
{
  gtk_label_set_text (GTK_LABEL (row), gtk_string_object_get_string (item));
}

static void
activate_cb (PtVirtualList *list,
             guint          position,
             Fixture       *fixture)
{
  fixture->activated = position;
  fixture->n_activated++;
}

static void
settle (Fixture *fixture)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  fixture->strings = gtk_string_list_new (NULL);
  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *text = g_strdup_printf ("Patient %05u", i);

      gtk_string_list_append (fixture->strings, text);
    }
  fixture->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (fixture->strings)));
  gtk_single_selection_set_autoselect (fixture->selection, FALSE);
  gtk_single_selection_set_can_unselect (fixture->selection, TRUE);
  gtk_single_selection_set_selected (fixture->selection, GTK_INVALID_LIST_POSITION);

  fixture->list = PT_VIRTUAL_LIST (pt_virtual_list_new ());
  pt_virtual_list_set_row_funcs (fixture->list, create_row, bind_row, NULL);
  pt_virtual_list_set_model (fixture->list, fixture->selection);
  g_signal_connect (fixture->list, "activate", G_CALLBACK (activate_cb), fixture);
  fixture->activated = GTK_INVALID_LIST_POSITION;

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture->list));
  fixture->vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 300, 400);
  gtk_window_set_child (fixture->window, scrolled);
  gtk_window_present (fixture->window);
  settle (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_object_unref (fixture->selection);
  g_object_unref (fixture->strings);
}

static const char *
row_text (Fixture *fixture,
          guint    position)
{
  GtkWidget *row = pt_virtual_list_get_row_widget (fixture->list, position);

  return row != NULL ? gtk_label_get_text (GTK_LABEL (row)) : NULL;
}

static gboolean
row_is_selected (Fixture *fixture,
                 guint    position)
{
  GtkWidget *row = pt_virtual_list_get_row_widget (fixture->list, position);

  g_assert_nonnull (row);
  return (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0;
}

/* 10,000 items, a 400-pixel window, 40-pixel rows: a screenful of widgets. */
static void
test_rows_for_the_screen (Fixture       *fixture,
                          gconstpointer  data)
{
  guint n_rows = pt_virtual_list_get_n_row_widgets (fixture->list);

  g_assert_cmpuint (n_rows, >=, 400 / 40);
  g_assert_cmpuint (n_rows, <=, 400 / 40 + 2);
  g_assert_cmpstr (row_text (fixture, 0), ==, "Patient 00000");
  g_assert_cmpstr (row_text (fixture, 5), ==, "Patient 00005");
  g_assert_null (row_text (fixture, 200));
  /* The scrollbar covers every row. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (fixture->vadjustment), ==, N_ITEMS * 40.0);
}

static void
test_keyboard_moves_selection (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *list = GTK_WIDGET (fixture->list);

  /* Nothing selected: Down selects the first row. */
  gtk_widget_activate_action (list, "list.move", "(ii)", 1, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 0);
  gtk_widget_activate_action (list, "list.move", "(ii)", 1, 0);
  settle (fixture);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 1);
  g_assert_true (row_is_selected (fixture, 1));
  g_assert_false (row_is_selected (fixture, 0));

  /* Up at the top stays on the top row. */
  gtk_widget_activate_action (list, "list.move", "(ii)", -5, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 0);

  /* A page is a screenful less one row. */
  gtk_widget_activate_action (list, "list.move", "(ii)", 1, 1);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 400 / 40 - 1);

  /* End: the last row, scrolled into view; the first row's widget is gone. */
  gtk_widget_activate_action (list, "list.move", "(ii)", G_MAXINT / 2, 0);
  settle (fixture);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, N_ITEMS - 1);
  g_assert_cmpstr (row_text (fixture, N_ITEMS - 1), ==, "Patient 09999");
  g_assert_true (row_is_selected (fixture, N_ITEMS - 1));
  g_assert_null (row_text (fixture, 0));
  g_assert_cmpfloat (gtk_adjustment_get_value (fixture->vadjustment), ==,
                     N_ITEMS * 40.0 - gtk_adjustment_get_page_size (fixture->vadjustment));
  g_assert_cmpuint (pt_virtual_list_get_n_row_widgets (fixture->list), <=, 400 / 40 + 2);

  /* Enter activates the selected row. */
  gtk_widget_activate_action (list, "list.activate-selected", NULL);
  g_assert_cmpuint (fixture->n_activated, ==, 1);
  g_assert_cmpuint (fixture->activated, ==, N_ITEMS - 1);
}

/* Scrolling by the scrollbar shows the rows below, each in its place. */
static void
test_scrolling (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *row;
  graphene_point_t point;

  gtk_adjustment_set_value (fixture->vadjustment, 40.0 * 5000 + 20);
  settle (fixture);

  g_assert_null (row_text (fixture, 4999));
  g_assert_cmpstr (row_text (fixture, 5000), ==, "Patient 05000");
  g_assert_cmpstr (row_text (fixture, 5009), ==, "Patient 05009");

  /* Row 5001 sits one row below the top, less the half row scrolled. */
  row = pt_virtual_list_get_row_widget (fixture->list, 5001);
  g_assert_true (gtk_widget_compute_point (row, GTK_WIDGET (fixture->list),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  g_assert_cmpfloat_with_epsilon (point.y, 20, 0.5);
}

/* The model changes under the list (a search): the rows follow. */
static void
test_model_changes (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *const few[] = { "Aisha Bello", "Claire Donnelly", NULL };

  gtk_single_selection_set_selected (fixture->selection, 3);
  pt_virtual_list_scroll_to (fixture->list, 3);
  settle (fixture);
  g_assert_true (row_is_selected (fixture, 3));

  gtk_string_list_splice (fixture->strings, 0, N_ITEMS, few);
  settle (fixture);

  g_assert_cmpstr (row_text (fixture, 0), ==, "Aisha Bello");
  g_assert_cmpstr (row_text (fixture, 1), ==, "Claire Donnelly");
  g_assert_null (row_text (fixture, 2));
  g_assert_cmpfloat (gtk_adjustment_get_value (fixture->vadjustment), ==, 0);
  /* Never less than a page, or the scrolled window draws overshoot. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (fixture->vadjustment), >=,
                     gtk_adjustment_get_page_size (fixture->vadjustment));

  gtk_string_list_splice (fixture->strings, 0, 2, NULL);
  settle (fixture);
  g_assert_null (row_text (fixture, 0));
}

static void
add_test (const char *path,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  add_test ("/ui/virtual-list/rows-for-the-screen", test_rows_for_the_screen);
  add_test ("/ui/virtual-list/keyboard", test_keyboard_moves_selection);
  add_test ("/ui/virtual-list/scrolling", test_scrolling);
  add_test ("/ui/virtual-list/model-changes", test_model_changes);

  return g_test_run ();
}
