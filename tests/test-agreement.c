/* test-agreement.c: every place that shows a patient says the same thing
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A rule lives in one core function (pt-analysis.h) and a patient's records
 * in one bundle (pt-patient-bundle.h); these tests read what a clinician
 * reads in each place, the patient list, the patient page, its chart, the
 * PDF report and prolotrack-cli, and check that they agree:
 *  - the latest pain of a patient with two conditions, in the list and on
 *    the page;
 *  - with weeks that start on Sunday (Preferences), the weeks over the 10 %
 *    rule: the page's warning, the chart's markers, the PDF's summary and
 *    `summary --week-start sunday`; and none of them with Monday weeks.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "pt-date.h"
#include "pt-patient-list.h"
#include "pt-patient-page.h"
#include "pt-patient-row.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window-private.h"

#define TODAY "2026-03-11"   /* a Wednesday */

typedef struct
{
  PtTestWindowFixture base;
  GSettings          *settings;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  pt_test_window_fixture_set_up (&fixture->base, NULL);
  fixture->settings = g_settings_new (PT_SETTINGS_SCHEMA_ID);
  g_settings_reset (fixture->settings, "week-start");
  g_settings_reset (fixture->settings, "distance-unit");
  pt_test_window_fixture_open (&fixture->base);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "week-start");
  g_clear_object (&fixture->settings);
  /* The exports' toasts hold the window until they go. */
  pt_test_window_fixture_tear_down (&fixture->base, GINT_TO_POINTER (TRUE));
}

/* The label of @row's that has the CSS class @css_class, or NULL. */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, css_class))
        return GTK_LABEL (child);
      if ((found = find_label (child, css_class)) != NULL)
        return found;
    }
  return NULL;
}

/* The pain badge of the list row that shows @name. */
static const char *
list_pain_of (GtkWidget  *root,
              const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found;

      if (PT_IS_PATIENT_ROW (child) && pt_test_has_label (child, name))
        return gtk_label_get_text (find_label (child, "pain-badge"));
      if ((found = list_pain_of (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* Two active conditions: the main one is the later (the heel); the knee's
 * later score is not its pain. The list's badge and the page's latest pain
 * (after the arrow of "6 → 6") are the same text. */
static void
test_latest_pain (Fixture       *fixture,
                  gconstpointer  data)
{
  PtWindow *window = fixture->base.window;
  PtStore *store = fixture->base.store;
  gint64 jane = pt_test_add_patient (store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  gint64 knee = pt_test_add_condition (store, jane, "2026-01-10");
  gint64 heel = pt_test_add_condition (store, jane, "2026-02-01");
  gint64 session = pt_test_add_session (store, jane, heel, "2026-02-20");
  g_autoptr(PtSession) visit = pt_store_get_session (store, session, NULL);
  PtPatientPage *page;
  const char *summary, *arrow, *badge;
  g_autofree char *page_latest = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_add_pain_score (store, jane, heel, "2026-02-10", 6);
  pt_test_add_pain_score (store, jane, knee, "2026-03-01", 9);
  /* The session's pain before counts, its pain after does not. */
  pt_session_set_pain_before (visit, 4.5);
  pt_session_set_pain_after (visit, 1);
  g_assert_true (pt_store_update (store, PT_RECORD (visit), &error));
  g_assert_no_error (error);

  pt_window_refresh (window);
  pt_window_show_patient (window, jane);
  g_assert_true (pt_test_window_wait_for_patient (window, "PT-1"));
  page = pt_window_get_patient_page (window);
  g_assert_cmpint (pt_patient_page_get_condition_id (page), ==, heel);

  summary = pt_patient_page_get_pain_summary (page);
  arrow = strstr (summary, "→ ");
  g_assert_nonnull (arrow);
  page_latest = g_strndup (arrow + strlen ("→ "), strcspn (arrow + strlen ("→ "), " "));
  pt_test_input_settle (200);
  badge = list_pain_of (GTK_WIDGET (pt_window_get_patient_list (window)), "Jane Doe");
  g_assert_nonnull (badge);
  g_assert_cmpstr (badge, ==, page_latest);
  /* 4.5, the session's: not 9 (the knee's), 1 (after the injection) or a mean. */
  g_assert_cmpstr (page_latest, ==, "4.5");
}

/* The weeks over the 10 % rule that each place flags. */
static GPtrArray *
chart_flagged_weeks (PtPatientPage *page)
{
  const PtChartLayout *layout = pt_chart_view_get_layout (pt_patient_page_get_chart_view (page));
  GPtrArray *weeks = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (layout);
  for (guint i = 0; i < layout->data->weeks->len; i++)
    {
      const PtChartWeek *week = &g_array_index (layout->data->weeks, PtChartWeek, i);
      GDate date;

      if (!week->over_ten_percent)
        continue;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, (guint32) week->start);
      g_ptr_array_add (weeks, pt_date_format (&date));
    }
  return weeks;
}

static GPtrArray *
cli_flagged_weeks (const char *database,
                   const char *week_start)
{
  const char *argv[] = { g_getenv ("PROLOTRACK_CLI"), "--database", database, "summary", "PT-1",
                         "--json", "--week-start", week_start, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GPtrArray *weeks = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);

  array = json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "running"),
    "weeks");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *week = json_array_get_object_element (array, i);

      if (json_object_get_boolean_member (week, "over_ten_percent"))
        g_ptr_array_add (weeks, g_strdup (json_object_get_string_member (week, "start")));
    }
  return weeks;
}

static gboolean
file_written (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static char *
report_text (Fixture    *fixture,
             const char *name)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, name, NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (path);

  pt_window_export_report (fixture->base.window, dest, NULL);
  g_assert_true (pt_test_input_wait_for (file_written, path));
  /* Renamed into place only when complete (pt_report_write_pdf). */
  return pt_test_pdf_text (path, 1, 0, FALSE);
}

static void
assert_weeks (GPtrArray  *weeks,
              const char *expected)
{
  g_autofree char *joined = NULL;

  g_ptr_array_add (weeks, NULL);
  joined = g_strjoinv (",", (char **) weeks->pdata);
  g_assert_cmpstr (joined, ==, expected);
}

/* Tuesday 10 km, Sunday 3 km, Tuesday 10 km: Monday weeks are 13 then 10
 * km (no rule broken); Sunday weeks are 10 then 13 km, up 30 %. */
static void
test_week_start (Fixture       *fixture,
                 gconstpointer  data)
{
  PtWindow *window = fixture->base.window;
  PtStore *store = fixture->base.store;
  gint64 jane = pt_test_add_patient (store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  PtPatientPage *page = pt_window_get_patient_page (window);
  g_autofree char *sunday_text = NULL;
  g_autofree char *monday_text = NULL;

  pt_test_add_run (store, jane, "2026-03-03", 10000, 0);
  pt_test_add_run (store, jane, "2026-03-08", 3000, 0);
  pt_test_add_run (store, jane, "2026-03-10", 10000, 0);
  pt_window_refresh (window);
  pt_window_show_patient (window, jane);
  g_assert_true (pt_test_window_wait_for_patient (window, "PT-1"));

  g_settings_set_string (fixture->settings, "week-start", "sunday");
  pt_test_input_settle (100);
  pt_test_assert_contains (pt_patient_page_get_warning (page), "up 30 %");
  assert_weeks (chart_flagged_weeks (page), "2026-03-08");
  sunday_text = report_text (fixture, "sunday.pdf");
  pt_test_assert_contains (sunday_text, "1 week of running rose more than 10 % on the week");
  pt_test_assert_contains (sunday_text, "the latest from 8 March 2026");
  assert_weeks (cli_flagged_weeks (fixture->base.path, "sunday"), "2026-03-08");

  g_settings_set_string (fixture->settings, "week-start", "monday");
  pt_test_input_settle (100);
  g_assert_null (pt_patient_page_get_warning (page));
  assert_weeks (chart_flagged_weeks (page), "");
  monday_text = report_text (fixture, "monday.pdf");
  g_assert_null (strstr (monday_text, "more than 10 %"));
  assert_weeks (cli_flagged_weeks (fixture->base.path, "monday"), "");
}

int
main (int   argc,
      char *argv[])
{
  /* The demo clinic, made first, needs today's date; the tests' days are
   * set after it. */
  pt_test_window_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);

  g_test_add ("/ui/agreement/latest-pain", Fixture, NULL, fixture_set_up, test_latest_pain,
              fixture_tear_down);
  g_test_add ("/ui/agreement/week-start", Fixture, NULL, fixture_set_up, test_week_start,
              fixture_tear_down);

  return pt_test_window_run ();
}
