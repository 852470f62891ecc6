/* test-patient-words.c: the patient's progress in their own words
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hand-made bundles take each wording of pt-patient-words.h (pain down,
 * up, the same, from 0, one day; treatments; this week in the clinic's
 * weeks; the 10 % rule's advice; the next visit; the visits); the demo's
 * reference patient reads as DOMAIN.md says, and her headline numbers are
 * those of `prolotrack-cli summary PT-0001 --json`. No sentence uses a
 * clinician's word.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "pt-demo.h"
#include "pt-format.h"
#include "pt-patient-words.h"
#include "pt-test-utils.h"

/* The demo clinic ends on Sunday 15 November 2026. */
#define DEMO_TODAY "2026-11-15"

static const char * const jargon[] = { "baseline", "session", "ACWR", "acute", "chronic",
                                       "workload", "NRS", "mL", "post-injection" };

static void
assert_plain (const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL)
    return;
  lower = g_utf8_strdown (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (jargon); i++)
    {
      g_autofree char *word = g_utf8_strdown (jargon[i], -1);

      if (strstr (lower, word) != NULL)
        g_error ("“%s” is a clinician's word, in “%s”", jargon[i], text);
    }
}

static void
assert_words_plain (const PtPatientWords *words)
{
  const char *all[] = { words->pain, words->treatments, words->running,
                        words->back_to_running, words->next_visit, words->load_advice };

  /* The advice is the clinician's own text, shown as written. */
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    assert_plain (all[i]);
}

/* A bundle of @s's records as of @today, weeks starting on @week_start. */
static PtPatientBundle *
bundle_on (PtTestSeries *s,
           GDateWeekday  week_start,
           const char   *today)
{
  return pt_patient_bundle_new (NULL, NULL, G_LIST_MODEL (s->sessions), G_LIST_MODEL (s->pain),
                                G_LIST_MODEL (s->runs), G_LIST_MODEL (s->cross), NULL, 0,
                                week_start, today);
}

static PtPatientWords *
words_of (PtTestSeries *s,
          const char   *today)
{
  g_autoptr(PtPatientBundle) bundle = bundle_on (s, G_DATE_MONDAY, today);
  PtPatientWords *words = pt_patient_words_new (bundle, PT_DISTANCE_UNIT_KM);

  assert_words_plain (words);
  return words;
}

static PtSession *
add_session (PtTestSeries *s,
             gint64        condition_id,
             const char   *date,
             double        before,
             double        after)
{
  g_autoptr(PtSession) session = pt_test_new_session (1, condition_id, date);

  pt_session_set_pain_before (session, before);
  pt_session_set_pain_after (session, after);
  g_list_store_append (s->sessions, session);
  return session;   /* the store keeps it */
}

/* ---- pain ---- */

static char *
pain_of (const char *first_date,
         double      first,
         const char *last_date,
         double      last,
         double      last_too)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtPatientWords) words = NULL;

  pt_test_series_init (&s);
  add_session (&s, 0, first_date, first, NAN);
  if (last_date != NULL)
    {
      pt_test_series_add_pain (&s, last_date, PT_PAIN_CONTEXT_MORNING, last);
      if (!isnan (last_too))
        pt_test_series_add_pain (&s, last_date, PT_PAIN_CONTEXT_REST, last_too);
    }
  words = words_of (&s, "2026-06-01");
  return g_strdup (words->pain);
}

static void
test_pain (void)
{
  static const struct {
    double      first;
    const char *last_date;
    double      last, last_too;
    const char *expected;
  } cases[] = {
    { 7.5, "2026-05-01", 2, 2.5,
      "Your pain is down 70 % since your first visit, from 7.5 to 2.25" },
    { 5, "2026-05-01", 6, NAN, "Your pain is up 20 % since your first visit, from 5 to 6" },
    /* -23.3 % and +5.6 %, rounded once */
    { 7.5, "2026-05-01", 5.5, 6,
      "Your pain is down 23 % since your first visit, from 7.5 to 5.75" },
    { 4.5, "2026-05-01", 4.5, 5, "Your pain is up 6 % since your first visit, from 4.5 to 4.75" },
    { 7.5, "2026-05-01", 7, 8, "Your pain is 7.5, the same as at your first visit" },
    /* no percent from 0 */
    { 0, "2026-05-01", 2, NAN, "Your pain was 0 at your first visit and is 2 now" },
    { 7.5, NULL, 0, NAN, "Your pain was 7.5 at your first visit" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *pain = pain_of ("2026-03-04", cases[i].first, cases[i].last_date,
                                       cases[i].last, cases[i].last_too);

      g_assert_cmpstr (pain, ==, cases[i].expected);
    }
}

/* No pain at all: no sentence, however much else there is. */
static void
test_no_pain (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtPatientWords) words = NULL;

  pt_test_series_init (&s);
  add_session (&s, 0, "2026-03-04", NAN, NAN);
  pt_test_series_add_run (&s, "2026-03-10", 3000);
  words = words_of (&s, "2026-03-12");
  g_assert_null (words->pain);
  g_assert_cmpstr (words->treatments, ==, "1 treatment so far");
  g_assert_cmpstr (words->back_to_running, ==,
                   "Back to running 6 days after your first treatment");
}

/* ---- treatments and running back ---- */

static void
test_treatments (void)
{
  g_auto(PtTestSeries) none = { NULL };
  g_auto(PtTestSeries) same_day = { NULL };
  g_auto(PtTestSeries) next_day = { NULL };
  g_autoptr(PtPatientWords) words = NULL;

  pt_test_series_init (&none);
  pt_test_series_add_pain (&none, "2026-03-01", PT_PAIN_CONTEXT_REST, 6);
  pt_test_series_add_run (&none, "2026-03-02", 3000);
  words = words_of (&none, "2026-03-04");
  g_assert_cmpstr (words->treatments, ==, "No treatments yet");
  /* Running, but nothing to be back from. */
  g_assert_null (words->back_to_running);
  g_clear_pointer (&words, pt_patient_words_free);

  pt_test_series_init (&same_day);
  pt_test_series_add_run (&same_day, "2026-03-01", 3000);   /* before: not back */
  add_session (&same_day, 0, "2026-03-04", 6, NAN);
  words = words_of (&same_day, "2026-03-05");
  g_assert_null (words->back_to_running);
  g_clear_pointer (&words, pt_patient_words_free);
  pt_test_series_add_run (&same_day, "2026-03-04", 2000);
  add_session (&same_day, 0, "2026-04-01", 5, NAN);
  words = words_of (&same_day, "2026-04-05");
  g_assert_cmpstr (words->treatments, ==, "2 treatments so far");
  g_assert_cmpstr (words->back_to_running, ==,
                   "Back to running on the day of your first treatment");
  g_clear_pointer (&words, pt_patient_words_free);

  pt_test_series_init (&next_day);
  add_session (&next_day, 0, "2026-03-04", 6, NAN);
  pt_test_series_add_run (&next_day, "2026-03-05", 2000);
  words = words_of (&next_day, "2026-03-06");
  g_assert_cmpstr (words->back_to_running, ==,
                   "Back to running 1 day after your first treatment");
}

/* ---- this week and the 10 % rule ---- */

static void
test_this_week (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtPatientBundle) monday = NULL, sunday = NULL, later = NULL;
  g_autoptr(PtPatientWords) words = NULL;

  /* Sunday 15 March 2026: Monday weeks make this week 9 to 15 March, 12 km
   * after 10 km (+20 %); Sunday weeks make it the 15th alone, 2 km after
   * 10 km. */
  pt_test_series_init (&s);
  pt_test_series_add_run (&s, "2026-03-02", 10000);
  pt_test_series_add_run (&s, "2026-03-09", 10000);
  pt_test_series_add_run (&s, "2026-03-15", 2000);

  monday = bundle_on (&s, G_DATE_MONDAY, "2026-03-15");
  words = pt_patient_words_new (monday, PT_DISTANCE_UNIT_KM);
  assert_words_plain (words);
  g_assert_cmpstr (words->running, ==, "You ran 12.0 km this week");
  g_assert_cmpstr (words->load_advice, ==,
                   "Your running went up 20 % this week: keep next week at or below 13 km");
  g_clear_pointer (&words, pt_patient_words_free);

  words = pt_patient_words_new (monday, PT_DISTANCE_UNIT_MI);
  g_assert_cmpstr (words->running, ==, "You ran 7.5 mi this week");
  /* 7.46 mi x 1.1 = 8.2 */
  g_assert_cmpstr (words->load_advice, ==,
                   "Your running went up 20 % this week: keep next week at or below 8 mi");
  g_clear_pointer (&words, pt_patient_words_free);

  sunday = bundle_on (&s, G_DATE_SUNDAY, "2026-03-15");
  words = pt_patient_words_new (sunday, PT_DISTANCE_UNIT_KM);
  g_assert_cmpstr (words->running, ==, "You ran 2.0 km this week");
  g_assert_null (words->load_advice);
  g_clear_pointer (&words, pt_patient_words_free);

  /* A week later nothing is logged: no running this week, no advice. */
  later = bundle_on (&s, G_DATE_MONDAY, "2026-03-22");
  words = pt_patient_words_new (later, PT_DISTANCE_UNIT_KM);
  g_assert_cmpstr (words->running, ==, "No running this week yet");
  g_assert_null (words->load_advice);
}

/* The example: 25 km, then 29.5 km is 18 % up; 32.45 rounds down. */
static void
test_load_advice (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtPatientWords) words = NULL;

  pt_test_series_init (&s);
  pt_test_series_add_run (&s, "2026-03-03", 25000);
  pt_test_series_add_run (&s, "2026-03-10", 29500);
  words = words_of (&s, "2026-03-11");
  g_assert_cmpstr (words->load_advice, ==,
                   "Your running went up 18 % this week: keep next week at or below 32 km");
}

/* ---- what comes next ---- */

static void
test_next_visit (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtPatientWords) words = NULL;
  PtSession *session;

  pt_test_series_init (&s);
  session = add_session (&s, 0, "2026-11-02", 5, NAN);
  pt_session_set_next_visit (session, "2026-12-04");
  pt_session_set_advice (session, "  Ice after runs.\n");

  words = words_of (&s, "2026-11-20");
  g_assert_cmpstr (words->next_visit, ==, "Your next visit: Friday 4 December 2026");
  g_assert_cmpstr (words->advice, ==, "Ice after runs.");
  g_clear_pointer (&words, pt_patient_words_free);

  /* On the day itself it is still to come; the day after it has passed. */
  words = words_of (&s, "2026-12-04");
  g_assert_cmpstr (words->next_visit, ==, "Your next visit: Friday 4 December 2026");
  g_clear_pointer (&words, pt_patient_words_free);
  words = words_of (&s, "2026-12-05");
  g_assert_null (words->next_visit);
  g_clear_pointer (&words, pt_patient_words_free);

  /* A later session without advice or a booking: none of either. */
  add_session (&s, 0, "2026-12-04", 4, NAN);
  words = words_of (&s, "2026-12-04");
  g_assert_null (words->next_visit);
  g_assert_null (words->advice);
}

/* ---- visits ---- */

static void
test_visits (void)
{
  g_auto(PtTestSeries) s = { NULL };
  g_autoptr(PtPatientBundle) bundle = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  const PtPatientVisit *visit;
  PtSession *session;

  pt_test_series_init (&s);
  session = add_session (&s, 7, "2026-03-04", 7.5, 5);
  pt_session_set_advice (session, "No running until the next visit.");
  add_session (&s, 8, "2026-03-11", 6, 4);    /* the other knee: not this course */
  session = add_session (&s, 7, "2026-04-01", 5.5, NAN);
  pt_session_set_treatment (session, PT_TREATMENT_PRP);
  pt_session_set_advice (session, " \n ");
  add_session (&s, 0, "2026-04-29", NAN, 2.5);  /* no condition: belongs to each */
  add_session (&s, 7, "2026-05-27", NAN, NAN);

  bundle = pt_patient_bundle_new (NULL, NULL, G_LIST_MODEL (s.sessions), NULL, NULL, NULL, NULL,
                                  7, G_DATE_MONDAY, "2026-06-01");
  visits = pt_patient_words_visits (bundle);
  g_assert_cmpuint (visits->len, ==, 4);
  g_assert_cmpuint (visits->len, ==, pt_patient_bundle_get_recovery (bundle)->n_sessions);

  visit = g_ptr_array_index (visits, 0);
  g_assert_cmpuint (visit->number, ==, 1);
  g_assert_cmpstr (visit->date, ==, "4 March 2026");
  g_assert_cmpstr (visit->treatment, ==, "Dextrose injection");
  g_assert_cmpstr (visit->pain, ==, "Pain 7.5 before, 5 just after");
  g_assert_cmpstr (visit->advice, ==, "No running until the next visit.");

  visit = g_ptr_array_index (visits, 1);
  g_assert_cmpuint (visit->number, ==, 2);
  g_assert_cmpstr (visit->date, ==, "1 April 2026");
  g_assert_cmpstr (visit->treatment, ==, "Platelet-rich plasma (PRP) injection");
  g_assert_cmpstr (visit->pain, ==, "Pain 5.5 before");
  g_assert_null (visit->advice);

  visit = g_ptr_array_index (visits, 2);
  g_assert_cmpstr (visit->pain, ==, "Pain 2.5 just after");
  visit = g_ptr_array_index (visits, 3);
  g_assert_cmpuint (visit->number, ==, 4);
  g_assert_null (visit->pain);

  for (guint i = 0; i < visits->len; i++)
    {
      visit = g_ptr_array_index (visits, i);
      assert_plain (visit->treatment);
      assert_plain (visit->pain);
    }
}

/* Every treatment type has words of its own, none a clinician's. */
static void
test_treatment_words (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int type = PT_TREATMENT_DEXTROSE; type <= PT_TREATMENT_OTHER; type++)
    {
      const char *words = pt_patient_words_treatment (type);

      g_assert_nonnull (words);
      g_assert_cmpuint (strlen (words), >, 0);
      assert_plain (words);
      g_assert_false (g_hash_table_contains (seen, words));
      g_hash_table_add (seen, (gpointer) words);
    }
}

/* ---- the reference patient ---- */

static PtPatientBundle *
load_reference (PtTestFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  PtPatientBundle *bundle;

  g_assert_true (pt_demo_fill (f->store, FALSE, &error));
  g_assert_no_error (error);
  patient = pt_store_find_patient (f->store, PT_DEMO_REFERENCE_RECORD, &error);
  g_assert_no_error (error);
  bundle = pt_patient_bundle_load (f->store, pt_record_get_id (PT_RECORD (patient)),
                                   PT_MAIN_CONDITION, G_DATE_MONDAY, DEMO_TODAY, &error);
  g_assert_no_error (error);
  return bundle;
}

static void
test_reference (PtTestFixture *f,
                gconstpointer  data)
{
  g_autoptr(PtPatientBundle) bundle = load_reference (f);
  g_autoptr(PtPatientWords) words = pt_patient_words_new (bundle, PT_DISTANCE_UNIT_KM);
  g_autoptr(PtPatientWords) miles = pt_patient_words_new (bundle, PT_DISTANCE_UNIT_MI);
  g_autoptr(GPtrArray) visits = pt_patient_words_visits (bundle);
  const PtPatientVisit *first;

  assert_words_plain (words);
  g_assert_cmpstr (words->pain, ==,
                   "Your pain is down 70 % since your first visit, from 7.5 to 2.25");
  g_assert_cmpstr (words->treatments, ==, "3 treatments so far");
  g_assert_cmpstr (words->running, ==, "You ran 27.7 km this week");
  g_assert_cmpstr (miles->running, ==, "You ran 17.2 mi this week");
  g_assert_cmpstr (words->back_to_running, ==,
                   "Back to running 48 days after your first treatment");
  /* Her course ended at the third visit: nothing booked. */
  g_assert_null (words->next_visit);
  pt_test_assert_contains (words->advice, "Build weekly distance by no more than 10 % a week");
  /* 27.7 km after 27.7 km: within the rule. */
  g_assert_null (words->load_advice);

  g_assert_cmpuint (visits->len, ==, 3);
  first = g_ptr_array_index (visits, 0);
  g_assert_cmpstr (first->date, ==, "4 March 2026");
  g_assert_cmpstr (first->treatment, ==, "Dextrose injection");
  g_assert_cmpstr (first->pain, ==, "Pain 7.5 before, 5 just after");
  pt_test_assert_contains (first->advice, "No running until the next visit");
  g_assert_cmpuint (((PtPatientVisit *) g_ptr_array_index (visits, 2))->number, ==, 3);
}

/* `prolotrack-cli summary PT-0001 --json`, as a script reads it. */
static JsonObject *
cli_summary (const char *db,
             JsonParser *parser)
{
  const char *argv[] = { g_getenv ("PROLOTRACK_CLI"), "--database", db, "summary",
                         PT_DEMO_REFERENCE_RECORD, "--json", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("prolotrack-cli summary failed: %s", err);

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* The headline's numbers are the CLI's, read from its JSON and written
 * by pt-format: 7.5, 2.25, 70 %, 3 treatments, 48 days. */
static void
test_cli_agrees (PtTestFixture *f,
                 gconstpointer  data)
{
  g_autoptr(PtPatientBundle) bundle = load_reference (f);
  g_autoptr(PtPatientWords) words = pt_patient_words_new (bundle, PT_DISTANCE_UNIT_KM);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *summary = cli_summary (f->path, parser);
  JsonObject *pain = json_object_get_object_member (summary, "pain");
  JsonObject *sessions = json_object_get_object_member (summary, "sessions");
  JsonObject *running = json_object_get_object_member (summary, "running");
  g_autofree char *baseline = pt_format_pain (json_object_get_double_member (pain, "baseline"));
  g_autofree char *latest = pt_format_pain (json_object_get_double_member (pain, "latest"));
  g_autofree char *change =
    pt_format_percent_change_words (json_object_get_double_member (pain, "percent_change"));
  g_autofree char *from_to = g_strdup_printf ("from %s to %s", baseline, latest);
  g_autofree char *treatments = g_strdup_printf (
    "%" G_GINT64_FORMAT " treatments", json_object_get_int_member (sessions, "count"));
  g_autofree char *days = g_strdup_printf (
    "%" G_GINT64_FORMAT " days", json_object_get_int_member (running, "days_to_first_run"));

  /* The CLI's numbers are the reference case's... */
  g_assert_cmpstr (baseline, ==, "7.5");
  g_assert_cmpstr (latest, ==, "2.25");
  g_assert_cmpstr (change, ==, "down 70 %");
  g_assert_cmpstr (treatments, ==, "3 treatments");
  g_assert_cmpstr (days, ==, "48 days");
  /* ... and the patient reads the same. */
  pt_test_assert_contains (words->pain, change);
  pt_test_assert_contains (words->pain, from_to);
  pt_test_assert_contains (words->treatments, treatments);
  pt_test_assert_contains (words->back_to_running, days);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* The CLI's bundle is as of today: the demo's last day. */
  g_setenv ("PROLOTRACK_TODAY", DEMO_TODAY, TRUE);

  g_test_add_func ("/core/patient-words/pain", test_pain);
  g_test_add_func ("/core/patient-words/no-pain", test_no_pain);
  g_test_add_func ("/core/patient-words/treatments", test_treatments);
  g_test_add_func ("/core/patient-words/this-week", test_this_week);
  g_test_add_func ("/core/patient-words/load-advice", test_load_advice);
  g_test_add_func ("/core/patient-words/next-visit", test_next_visit);
  g_test_add_func ("/core/patient-words/visits", test_visits);
  g_test_add_func ("/core/patient-words/treatment-words", test_treatment_words);
  PT_TEST_ADD_WITH_STORE ("/core/patient-words/reference", test_reference);
  PT_TEST_ADD_WITH_STORE ("/core/patient-words/cli-agrees", test_cli_agrees);

  return g_test_run ();
}
