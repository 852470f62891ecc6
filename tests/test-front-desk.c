/* test-front-desk.c: finding the right patient with the keyboard
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real PtWindow on the demo clinic under Xvfb, with the app's
 * accelerators, driven by key presses sent through the X server
 * (pt-test-input.h): the search's Enter acts on the list as it will be
 * for the text typed, and search ignores accents, case and spaces.
 */

#include "config.h"

#include "pt-patient-row.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

typedef PtTestWindowFixture Fixture;

static const char *
shown_record_number (Fixture *fixture)
{
  return pt_test_window_shown_record (fixture->window);
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (pt_patient_list_get_model (
                                     pt_window_get_patient_list (fixture->window)));
}

/* Presses Enter and waits for @record_number to be shown; asserts it. */
static void
enter_opens (Fixture    *fixture,
             const char *record_number)
{
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_window_wait_for_patient (fixture->window, record_number);
  /* Nothing else comes after it. */
  pt_test_input_settle (200);
  g_assert_cmpstr (shown_record_number (fixture), ==, record_number);
}

/* Ctrl+F, the text and Enter at typing speed: the patient opened is the
 * one the typed text finds, not the first of the list before the search's
 * delay ran out. */
static void
test_search_enter (Fixture       *fixture,
                   gconstpointer  data)
{
  pt_test_window_fixture_open (fixture);
  pt_test_input_settle (200);

  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (fixture->window),
                                         GTK_WIDGET (pt_patient_list_get_search_entry (
                                           pt_window_get_patient_list (fixture->window)))));
  pt_test_input_type ("Raj");
  enter_opens (fixture, "PT-0008");

  /* Again, with text that the list already narrowed to. */
  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type ("Wojcik");
  enter_opens (fixture, "PT-0009");
}

/* A record number typed the moment the window is up. */
static void
test_search_enter_at_startup (Fixture       *fixture,
                              gconstpointer  data)
{
  pt_test_window_fixture_open (fixture);

  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type ("pt-0011");
  enter_opens (fixture, "PT-0011");
}

/* Enter with text that finds no one opens no one. */
static void
test_search_enter_no_match (Fixture       *fixture,
                            gconstpointer  data)
{
  pt_test_window_fixture_open (fixture);

  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  pt_test_input_type ("nobody");
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (400);
  g_assert_null (shown_record_number (fixture));
}

static const char *
record_number_at (Fixture *fixture,
                  guint    position)
{
  g_autoptr(PtPatientOverview) overview =
    g_list_model_get_item (pt_patient_list_get_model (pt_window_get_patient_list (fixture->window)),
                           position);

  g_assert_nonnull (overview);
  return pt_patient_overview_get_record_number (overview);
}

typedef struct
{
  const char *expected;
  gboolean    done;
} SearchWait;

static void
search_changed_cb (GtkSearchEntry *entry,
                   SearchWait     *wait)
{
  /* Replacing a selection by typing first empties the entry, which GTK
   * reports at once; only the change to the whole text counts. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), wait->expected) == 0)
    wait->done = TRUE;
}

static gboolean
search_done (gpointer data)
{
  return ((SearchWait *) data)->done;
}

/* Ctrl+F, then @keys (a function that types), then waits until the entry
 * reports @expected after its delay (the list connected first, so it has
 * filtered by then) and the window has drawn the rows. */
static void
search_with (Fixture    *fixture,
             void      (*keys) (const char *text),
             const char *text,
             const char *expected)
{
  GtkEditable *entry = pt_patient_list_get_search_entry (pt_window_get_patient_list (fixture->window));
  SearchWait wait = { expected, FALSE };
  gulong id = g_signal_connect (entry, "search-changed", G_CALLBACK (search_changed_cb), &wait);

  pt_test_input_key (GDK_KEY_f, GDK_CONTROL_MASK);
  keys (text);
  g_assert_true (pt_test_input_wait_for (search_done, &wait));
  g_signal_handler_disconnect (entry, id);
  /* The list's rows are laid out at the next frame. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
type_backspace (const char *text)
{
  pt_test_input_key (GDK_KEY_BackSpace, 0);
}

static void
search_for (Fixture    *fixture,
            const char *text)
{
  search_with (fixture, pt_test_input_type, text, text);
}

/* Accents, case and the spaces inside a name do not matter: "zoe" finds
 * the demo's Zoë Ångström, "nibhriain" Siobhán Ní Bhriain; typed accents
 * find the plain spelling too. */
static void
test_search_folds (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PtStore) store = pt_store_open (fixture->path, NULL);

  /* Spelt without the accent, beside the one with it. */
  g_assert_nonnull (store);
  pt_test_add_patient (store, "Lucia Fernandez", "PT-0101", "1990-02-03");
  g_clear_object (&store);

  pt_test_window_fixture_open (fixture);

  search_for (fixture, "zoe");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0002");

  search_for (fixture, "ANGSTROM");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0002");

  search_for (fixture, "nibhriain");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0007");

  search_for (fixture, "siobhan ni");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0007");

  search_for (fixture, "wojcik");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (record_number_at (fixture, 0), ==, "PT-0009");

  /* Typed with the accent: both spellings. */
  search_for (fixture, "lucía");
  g_assert_cmpuint (n_shown (fixture), ==, 2);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (PT_IS_PATIENT_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The texts of a row's labels, top to bottom, joined by newlines. */
static void
append_labels (GtkWidget *widget,
               GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_labels (child, out);
}

/* Three patients of one name: each row in the list says the record number
 * and the age, so the clinician can tell which is which; the pain badge
 * says what its number is to a screen reader. */
static void
test_same_name (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PtStore) store = pt_store_open (fixture->path, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 freya;

  g_assert_nonnull (store);
  freya = pt_test_add_patient (store, "Freya Kowalski", "PT-0201", "1990-11-24");
  pt_test_add_patient (store, "Freya Kowalski", "PT-0202", "1975-03-02");
  pt_test_add_patient (store, "Freya Kowalski", "PT-0203", "2001-07-15");
  pt_test_add_pain_score (store, freya, pt_test_add_condition (store, freya, "2026-10-01"),
                          "2026-10-02", 6);
  g_clear_object (&store);

  pt_test_window_fixture_open (fixture);
  search_for (fixture, "freya kowalski");
  g_assert_cmpuint (n_shown (fixture), ==, 3);

  collect_rows (GTK_WIDGET (fixture->window), rows);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      append_labels (g_ptr_array_index (rows, i), text);
      g_assert_true (g_str_has_prefix (text->str, "Freya Kowalski\n"));
      g_assert_true (g_hash_table_add (seen, g_string_free (g_steal_pointer (&text), FALSE)));
    }
  /* PROLOTRACK_TODAY is 2026-11-23: the first is 35, one day short of 36.
   * Her latest pain reads "6", as on her page, chart, report and CLI. */
  g_assert_true (g_hash_table_contains (seen, "Freya Kowalski\nPT-0201 · 35 years · "
                                        "Plantar fasciitis, left\n6\n"));
  g_assert_true (g_hash_table_contains (seen, "Freya Kowalski\nPT-0202 · 51 years\n"));
  g_assert_true (g_hash_table_contains (seen, "Freya Kowalski\nPT-0203 · 25 years\n"));

  /* The badge, as a screen reader reads it. */
  for (guint i = 0; i < rows->len; i++)
    for (GtkWidget *child = gtk_widget_get_last_child (g_ptr_array_index (rows, i));
         child != NULL && GTK_IS_LABEL (child) && gtk_widget_get_visible (child);
         child = NULL)
      {
        g_autofree char *expected = g_strdup_printf ("Latest pain %s of 10",
                                                     gtk_label_get_text (GTK_LABEL (child)));

        gtk_test_accessible_assert_property (GTK_ACCESSIBLE (child),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
      }
}

static gint64
add_booked_patient (PtStore    *store,
                    const char *name,
                    const char *record_number,
                    const char *visit,
                    const char *next_visit)
{
  gint64 patient = pt_test_add_patient (store, name, record_number, "1980-05-05");
  gint64 condition = pt_test_add_condition (store, patient, "2026-09-01");
  g_autoptr(PtSession) session = pt_test_new_session (patient, condition, visit);

  pt_session_set_next_visit (session, next_visit);
  pt_test_expect_saved (store, session);
  return patient;
}

/* The next visit booked: on the patient's page with how far off it is,
 * "Overdue" in the list when it has passed, and a sort by it. */
static void
test_next_visit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PtStore) store = pt_store_open (fixture->path, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GListModel *model;
  const char *previous = "";
  gboolean none_yet = FALSE;
  guint nina = G_MAXUINT, nora = G_MAXUINT;

  g_assert_nonnull (store);
  add_booked_patient (store, "Nina Quayle", "PT-0301", "2026-10-27", "2026-11-10");
  add_booked_patient (store, "Nora Quayle", "PT-0302", "2026-11-19", "2026-12-03");
  g_clear_object (&store);

  pt_test_window_fixture_open (fixture);
  search_for (fixture, "quayle");
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  collect_rows (GTK_WIDGET (fixture->window), rows);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      gboolean is_nina = pt_test_has_label (g_ptr_array_index (rows, i), "Nina Quayle");

      g_assert_cmpint (pt_test_has_label (g_ptr_array_index (rows, i), "Overdue"), ==, is_nina);
    }

  /* Enter opens the first; the page says when the next visit is. */
  enter_opens (fixture, "PT-0301");
  g_assert_true (pt_test_has_label (GTK_WIDGET (pt_window_get_patient_page (fixture->window)),
                            "10 Nov 2026"));
  g_assert_true (pt_test_has_label (GTK_WIDGET (pt_window_get_patient_page (fixture->window)),
                            "Overdue by 13 days"));

  search_for (fixture, "nora quayle");
  enter_opens (fixture, "PT-0302");
  g_assert_true (pt_test_has_label (GTK_WIDGET (pt_window_get_patient_page (fixture->window)),
                            "In 10 days"));

  /* Sorted by next visit: soonest (so the overdue) first, none last. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sort", "s",
                                             "next-visit"));
  search_with (fixture, type_backspace, NULL, "");
  model = pt_patient_list_get_model (pt_window_get_patient_list (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 2);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PtPatientOverview) row = g_list_model_get_item (model, i);
      const char *next = pt_patient_overview_get_next_visit (row);

      if (next == NULL)
        {
          none_yet = TRUE;
          continue;
        }
      g_assert_false (none_yet);
      g_assert_cmpstr (previous, <=, next);
      previous = next;
      if (g_str_equal (pt_patient_overview_get_record_number (row), "PT-0301"))
        nina = i;
      else if (g_str_equal (pt_patient_overview_get_record_number (row), "PT-0302"))
        nora = i;
    }
  g_assert_cmpuint (nina, <, nora);
  g_assert_cmpuint (nora, <, g_list_model_get_n_items (model));
}

/* Counts the mapped labels under @widget that look like a date or a number,
 * and asserts none of them is cut. */
static guint
assert_whole (GtkWidget *widget,
              GRegex    *pattern)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_regex_match (pattern, gtk_label_get_text (GTK_LABEL (widget)), 0, NULL))
    {
      if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
        g_error ("“%s” is cut", gtk_label_get_text (GTK_LABEL (widget)));
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_whole (child, pattern);
  return n;
}

/* In the patient's tables, dates and numbers are shown whole ("29 Apr
 * 2026", never "29 Apr 2…"), in every table of a 1400-pixel window. */
static void
test_tables_whole (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GRegex) pattern = g_regex_new ("^([0-9]{1,2} [^ ]+ [0-9]{4}|[0-9.:,]+)$", 0, 0, NULL);
  GType types[5];
  PtPatientPage *page;

  pt_test_window_fixture_open (fixture);
  search_for (fixture, "claire");
  enter_opens (fixture, "PT-0001");
  page = pt_window_get_patient_page (fixture->window);

  types[0] = PT_TYPE_SESSION;
  types[1] = PT_TYPE_PAIN_SCORE;
  types[2] = PT_TYPE_RUN;
  types[3] = PT_TYPE_CROSS_TRAINING;
  types[4] = PT_TYPE_CONDITION;
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      PtRecordTable *table = pt_patient_page_get_table (page, types[i]);

      g_assert_nonnull (table);
      pt_patient_page_show_table (page, types[i]);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
      pt_test_input_settle (50);
      g_assert_cmpuint (assert_whole (GTK_WIDGET (table), pattern), >, 0);
    }
}

/* Labels under @widget that are mapped and cut. */
static guint
count_cut_labels (GtkWidget *widget)
{
  guint n = GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
            pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_cut_labels (child);
  return n;
}

/* The drop-down of the tables (the chart has one for its time range). */
static GtkWidget *
find_table_dropdown (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Table") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_table_dropdown (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* In a narrow window the six tables do not fit as tabs with their names:
 * they are offered by name in a drop-down, which the keyboard works; at
 * every width no tab's name is cut. */
static void
test_narrow_tables (Fixture       *fixture,
                    gconstpointer  data)
{
  const int widths[] = { 1400, 1000, 700, 400 };
  PtPatientPage *page;
  GtkWidget *dropdown;

  pt_test_window_fixture_open (fixture);
  search_for (fixture, "claire");
  enter_opens (fixture, "PT-0001");
  page = pt_window_get_patient_page (fixture->window);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GtkWidget *switcher;

      gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[i], 900);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
      pt_test_input_settle (100);
      switcher = pt_test_find_widget (GTK_WIDGET (page), ADW_TYPE_VIEW_SWITCHER);
      for (; switcher != NULL; switcher = gtk_widget_get_next_sibling (switcher))
        if (ADW_IS_VIEW_SWITCHER (switcher) && gtk_widget_get_mapped (switcher))
          g_assert_cmpuint (count_cut_labels (switcher), ==, 0);
    }

  /* At 400 pixels: the drop-down, and Shoes chosen with the keyboard. */
  dropdown = find_table_dropdown (GTK_WIDGET (page));
  g_assert_nonnull (dropdown);
  g_assert_true (gtk_widget_get_mapped (dropdown));
  g_assert_true (pt_patient_page_get_visible_table (page) ==
                 pt_patient_page_get_table (page, PT_TYPE_SESSION));
  /* Below the chart: focused (which scrolls it into view, as Tab does),
   * opened with Space, Shoes (the sixth table) picked with Down and Enter. */
  g_assert_true (gtk_widget_child_focus (dropdown, GTK_DIR_TAB_FORWARD));
  pt_test_input_settle (300);
  pt_test_input_key (GDK_KEY_space, 0);
  pt_test_input_settle (300);
  for (guint i = 0; i < 5; i++)
    pt_test_input_key (GDK_KEY_Down, 0);
  pt_test_input_key (GDK_KEY_Return, 0);
  pt_test_input_settle (300);
  g_assert_true (pt_patient_page_get_visible_table (page) ==
                 pt_patient_page_get_table (page, PT_TYPE_SHOE));
}

static void
add_test (const char *path,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, pt_test_window_fixture_set_up, func,
              pt_test_window_fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, "2026-11-23");

  add_test ("/ui/front-desk/search/enter", test_search_enter);
  add_test ("/ui/front-desk/search/enter-at-startup", test_search_enter_at_startup);
  add_test ("/ui/front-desk/search/enter-no-match", test_search_enter_no_match);
  add_test ("/ui/front-desk/search/folds", test_search_folds);
  add_test ("/ui/front-desk/list/same-name", test_same_name);
  add_test ("/ui/front-desk/next-visit", test_next_visit);
  add_test ("/ui/front-desk/tables-whole", test_tables_whole);
  add_test ("/ui/front-desk/narrow-tables", test_narrow_tables);

  return pt_test_window_run ();
}
