/* test-date-row.c: dates typed as people write them
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The forms' date row under Xvfb, typed into with real key presses
 * (pt-test-input.h), in the C locale (month first) and, as a second meson
 * test, in de_DE (day first): ISO or the locale's order is understood, the
 * hint beside the text says which date it understood, the calendar opens
 * on the typed month, and a patient's date of birth typed the locale's way
 * is stored in ISO.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "pt-date.h"
#include "pt-date-row.h"
#include "pt-record-editor.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"

#define SCHEMA_ID "io.github.prolotrack.ProloTrack"

static gboolean
day_first (void)
{
  return pt_date_locale_order () == PT_DATE_ORDER_DMY;
}

/* A window with one date row, focused. */
static PtDateRow *
open_row (GtkWindow **window)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = pt_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Date");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 500, 120);
  gtk_window_set_child (*window, list);
  pt_test_input_focus (*window);
  gtk_widget_grab_focus (row);
  pt_test_input_settle (50);
  return PT_DATE_ROW (row);
}

static void
close_row (GtkWindow *window)
{
  gtk_window_destroy (window);
  pt_test_input_settle (20);
}

/* Selects the text and types @text over it. */
static void
retype (const char *text)
{
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_key (GDK_KEY_BackSpace, 0);
  pt_test_input_type (text);
  pt_test_input_settle (30);
}

static void
assert_value (PtDateRow  *row,
              const char *expected)
{
  g_autofree char *value = pt_date_row_dup_value (row);

  g_assert_cmpstr (value, ==, expected);
}

/* ISO always; 12/04/1988 is read in the locale's order; the hint shows the
 * format while empty or not a date, the date in words when it is one. */
static void
test_typed (void)
{
  GtkWindow *window;
  PtDateRow *row = open_row (&window);
  g_autofree char *format = g_strdup (pt_date_row_get_hint (row));

  g_assert_cmpstr (format, ==, day_first () ? "DD/MM/YYYY" : "MM/DD/YYYY");
  assert_value (row, "");

  retype ("1988-04-12");
  assert_value (row, "1988-04-12");
  g_assert_cmpstr (pt_date_row_get_hint (row), !=, format);
  g_assert_true (strstr (pt_date_row_get_hint (row), "1988") != NULL);

  retype (day_first () ? "12.04.1988" : "12/04/1988");
  assert_value (row, day_first () ? "1988-04-12" : "1988-12-04");
  g_assert_true (strstr (pt_date_row_get_hint (row), day_first () ? "12" : "4") != NULL);

  /* Not a date: the text stays for core to refuse, the hint says how. */
  retype ("12/04/88");
  assert_value (row, "12/04/88");
  g_assert_cmpstr (pt_date_row_get_hint (row), ==, format);

  close_row (window);
}

/* The calendar, in the popover parented to the row's button. */
static GtkWidget *
find_calendar (GtkWidget *widget)
{
  if (GTK_IS_CALENDAR (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_calendar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The calendar opens on the typed date's month, even another year's. */
static void
test_calendar_month (void)
{
  GtkWindow *window;
  PtDateRow *row = open_row (&window);
  GtkWidget *calendar;
  int year = 0, month = -1, day = 0;

  /* Opened once on today (November 2026), then on a typed date. */
  pt_test_input_key (GDK_KEY_Down, GDK_ALT_MASK);
  pt_test_input_settle (200);
  pt_test_input_key (GDK_KEY_Escape, 0);
  pt_test_input_settle (200);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  retype ("2027-01-05");
  pt_test_input_key (GDK_KEY_Down, GDK_ALT_MASK);
  pt_test_input_settle (200);

  calendar = find_calendar (GTK_WIDGET (row));
  g_assert_nonnull (calendar);
  g_assert_true (gtk_widget_get_mapped (calendar));
  pt_test_input_save_shot (calendar, "date-row-calendar");
  g_object_get (calendar, "year", &year, "month", &month, "day", &day, NULL);
  g_assert_cmpint (year, ==, 2027);
  g_assert_cmpint (month, ==, 0);
  g_assert_cmpint (day, ==, 5);

  pt_test_input_key (GDK_KEY_Escape, 0);
  close_row (window);
}

/* A new patient's date of birth typed the locale's way is stored in ISO. */
static void
test_patient_birth (PtTestFixture *f,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(PtPatient) patient = pt_patient_new ();
  g_autoptr(PtPatient) stored = NULL;
  PtRecordEditor *editor = pt_record_editor_new (NULL, f->store, PT_RECORD (patient), settings);
  GtkWidget *birth;

  g_object_ref_sink (editor);
  pt_test_input_focus (GTK_WINDOW (editor));
  pt_test_input_settle (50);

  /* The name has the focus; the record number is suggested. */
  pt_test_input_type ("Ana Runner");
  birth = pt_record_editor_get_field_widget (editor, "date_of_birth");
  g_assert_true (PT_IS_DATE_ROW (birth));
  pt_test_input_click (birth);
  pt_test_input_type (day_first () ? "4.5.1990" : "5/4/1990");
  pt_test_input_settle (50);
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  pt_test_input_settle (300);

  stored = pt_store_find_patient (f->store, "PT-0001", NULL);
  g_assert_nonnull (stored);
  g_assert_cmpstr (pt_patient_get_name (stored), ==, "Ana Runner");
  g_assert_cmpstr (pt_patient_get_date_of_birth (stored), ==, "1990-05-04");

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("PROLOTRACK_TODAY", "2026-11-23", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/date-row/typed", test_typed);
  g_test_add_func ("/ui/date-row/calendar-month", test_calendar_month);
  PT_TEST_ADD_WITH_STORE ("/ui/date-row/patient-birth", test_patient_birth);

  return g_test_run ();
}
