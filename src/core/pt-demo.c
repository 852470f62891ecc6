/* pt-demo.c: the demo clinic of DOMAIN.md
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clinic is a table of patient courses (pt-demo-courses.c) played
 * through a few generators: a pain curve sampled as the patient's diary, a
 * course of sessions with a clinic score at each, and weekly training phases
 * of runs and cross-training. The reference case is written out by hand in
 * pt-demo-reference.c. Each patient draws from their own small seeded random
 * generator (splitmix64), never from global state, so the clinic is the same
 * on every run; every record goes through the store's validating writers.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-date.h"
#include "pt-demo.h"
#include "pt-demo-private.h"
#include "pt-error.h"
#include "pt-units.h"

#define SEED_BASE G_GUINT64_CONSTANT (0x50524f4c4f000000)  /* "PROLO" */

/* Weekdays (0 = Monday) of a week's runs, by the number of runs; the last
 * one, on Sunday, is the long run. Wednesdays stay free for the clinic. */
static const guint8 run_days[6][5] = {
  { 0 }, { 6 }, { 3, 6 }, { 1, 3, 6 }, { 1, 3, 5, 6 }, { 0, 1, 3, 5, 6 },
};

/* Cross-training goes on the free days, in this order. */
static const guint8 cross_days[7] = { 4, 2, 0, 5, 3, 1, 6 };

static const char *adverse_events[] = {
  "None",
  "None",
  "Post-injection soreness for 2 days",
  "Small bruise at an injection site",
  "Flare of pain for 3 days; settled with ice and paracetamol",
};

static const char *run_notes[] = {
  "Easy, felt good",
  "Hilly route",
  "With the club",
  "parkrun",
  "Tired legs after work",
  "Windy",
};

/* splitmix64 */
static guint64
next_random (PtDemo *demo)
{
  guint64 z = (demo->rng += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

int
pt_demo_random_int (PtDemo *demo,
                    int     lo,
                    int     hi)
{
  g_assert (lo <= hi);

  return lo + (int) (next_random (demo) % (guint64) (hi - lo + 1));
}

/* In [0, 1). */
double
pt_demo_random_real (PtDemo *demo)
{
  return (double) (next_random (demo) >> 11) / 9007199254740992.0;
}

static guint32
julian_of (const char *text)
{
  GDate date;

  if (!pt_date_parse (text, &date))
    g_assert_not_reached ();

  return g_date_get_julian (&date);
}

void
pt_demo_start (PtDemo     *demo,
               guint64     seed,
               const char *first_session)
{
  PtStore *store = demo->store;
  guint32 last = demo->last;

  *demo = (PtDemo) { .store = store, .last = last, .rng = seed, .next_monday = G_MININT };
  demo->anchor = julian_of (first_session);
}

static void
day_to_gdate (PtDemo *demo,
              int     day,
              GDate  *date)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) ((gint64) demo->anchor + day));
}

void
pt_demo_date (PtDemo *demo,
              int     day,
              char    out[11])
{
  GDate date;

  day_to_gdate (demo, day, &date);
  g_snprintf (out, 11, "%04d-%02d-%02d", (int) g_date_get_year (&date),
              (int) g_date_get_month (&date), (int) g_date_get_day (&date));
}

int
pt_demo_day_of (PtDemo     *demo,
                const char *date)
{
  return (int) ((gint64) julian_of (date) - (gint64) demo->anchor);
}

int
pt_demo_end_day (PtDemo *demo)
{
  return (int) ((gint64) demo->last - (gint64) demo->anchor);
}

/* 0 for Monday to 6 for Sunday. */
static int
weekday (PtDemo *demo,
         int     day)
{
  GDate date;

  day_to_gdate (demo, day, &date);
  return (int) g_date_get_weekday (&date) - 1;
}

/* Linear between the points; flat before the first and after the last. */
double
pt_demo_pain_at (const PtDemoPoint *points,
                 int                day)
{
  guint i;

  g_assert (points[0].day != G_MAXINT);

  if (day <= points[0].day)
    return points[0].pain;

  for (i = 1; i < PT_DEMO_MAX_POINTS && points[i].day != G_MAXINT; i++)
    {
      const PtDemoPoint *a = &points[i - 1];
      const PtDemoPoint *b = &points[i];

      g_assert (b->day > a->day);
      if (day <= b->day)
        return a->pain + (b->pain - a->pain) * (day - a->day) / (double) (b->day - a->day);
    }

  return points[i - 1].pain;
}

/* The pain scale: 0 to 10 in steps of 0.5. */
static double
pain_scale (double pain)
{
  return CLAMP (round (pain * 2) / 2, 0, 10);
}

/* Half a point up or down, or none. */
static double
pain_noise (PtDemo *demo)
{
  return 0.5 * pt_demo_random_int (demo, -1, 1);
}

static gboolean
is_session_day (PtDemo *demo,
                int     day)
{
  for (guint i = 0; i < demo->n_session_days; i++)
    if (demo->session_days[i] == day)
      return TRUE;

  return FALSE;
}

gboolean
pt_demo_add_patient (PtDemo              *demo,
                     const PtDemoPerson  *person,
                     GError             **error)
{
  g_autoptr(PtPatient) patient = pt_patient_new ();

  pt_patient_set_record_number (patient, person->record_number);
  pt_patient_set_name (patient, person->name);
  pt_patient_set_date_of_birth (patient, person->date_of_birth);
  pt_patient_set_sex (patient, person->sex);
  pt_patient_set_contact (patient, person->contact);
  pt_patient_set_notes (patient, person->notes);
  pt_patient_set_archived (patient, person->archived);

  demo->patient_id = pt_store_add_patient (demo->store, patient, error);
  return demo->patient_id != 0;
}

gboolean
pt_demo_add_condition (PtDemo                 *demo,
                       const PtDemoCondition  *spec,
                       GError                **error)
{
  g_autoptr(PtCondition) condition = pt_condition_new ();

  pt_condition_set_patient_id (condition, demo->patient_id);
  pt_condition_set_kind (condition, spec->kind);
  pt_condition_set_side (condition, spec->side);
  pt_condition_set_onset_date (condition, spec->onset);
  pt_condition_set_status (condition, spec->status);
  pt_condition_set_prior_treatments (condition, spec->prior);
  pt_condition_set_notes (condition, spec->notes);

  demo->condition_id = pt_store_add_condition (demo->store, condition, error);
  demo->pain = spec->pain;
  return demo->condition_id != 0;
}

/* Sets the patient, condition and date of @session and saves it; runs and
 * cross-training keep off session days. */
gboolean
pt_demo_add_session (PtDemo     *demo,
                     PtSession  *session,
                     int         day,
                     GError    **error)
{
  char date[11];

  g_assert (demo->n_session_days < G_N_ELEMENTS (demo->session_days));

  pt_demo_date (demo, day, date);
  pt_session_set_patient_id (session, demo->patient_id);
  pt_session_set_condition_id (session, demo->condition_id);
  pt_session_set_date (session, date);

  if (pt_store_add_session (demo->store, session, error) == 0)
    return FALSE;

  demo->session_days[demo->n_session_days++] = day;
  return TRUE;
}

gboolean
pt_demo_add_pain (PtDemo         *demo,
                  int             day,
                  double          score,
                  PtPainContext   context,
                  PtPainSource    source,
                  const char     *notes,
                  GError        **error)
{
  g_autoptr(PtPainScore) pain = pt_pain_score_new ();
  char date[11];

  pt_demo_date (demo, day, date);
  pt_pain_score_set_patient_id (pain, demo->patient_id);
  pt_pain_score_set_condition_id (pain, demo->condition_id);
  pt_pain_score_set_date (pain, date);
  pt_pain_score_set_score (pain, score);
  pt_pain_score_set_context (pain, context);
  pt_pain_score_set_source (pain, source);
  pt_pain_score_set_notes (pain, notes);

  return pt_store_add_pain_score (demo->store, pain, error) != 0;
}

/* Each shoe is retired the day before the next one starts. */
gboolean
pt_demo_add_shoes (PtDemo            *demo,
                   const PtDemoShoe  *shoes,
                   GError           **error)
{
  demo->shoes = shoes;
  demo->n_shoes = 0;

  for (guint i = 0; i < PT_DEMO_MAX_SHOES && shoes[i].name != NULL; i++)
    {
      g_autoptr(PtShoe) shoe = pt_shoe_new ();
      char date[11];

      pt_demo_date (demo, shoes[i].from, date);
      pt_shoe_set_patient_id (shoe, demo->patient_id);
      pt_shoe_set_name (shoe, shoes[i].name);
      pt_shoe_set_started (shoe, date);
      pt_shoe_set_notes (shoe, shoes[i].notes);
      if (i + 1 < PT_DEMO_MAX_SHOES && shoes[i + 1].name != NULL)
        {
          pt_demo_date (demo, shoes[i + 1].from - 1, date);
          pt_shoe_set_retired (shoe, date);
        }

      demo->shoe_ids[i] = pt_store_add_shoe (demo->store, shoe, error);
      if (demo->shoe_ids[i] == 0)
        return FALSE;
      demo->n_shoes++;
    }

  return TRUE;
}

static gint64
shoe_on_day (PtDemo *demo,
             int     day)
{
  for (guint i = demo->n_shoes; i > 0; i--)
    if (demo->shoes[i - 1].from <= day)
      return demo->shoe_ids[i - 1];

  return 0;
}

static PtSurface
pick_surface (PtDemo   *demo,
              gboolean  walk_run)
{
  int r = pt_demo_random_int (demo, 0, 99);

  if (walk_run)
    return r < 60 ? PT_SURFACE_GRASS : PT_SURFACE_TRACK;

  return r < 62 ? PT_SURFACE_ROAD :
         r < 76 ? PT_SURFACE_TRAIL :
         r < 86 ? PT_SURFACE_GRASS :
         r < 93 ? PT_SURFACE_TRACK : PT_SURFACE_TREADMILL;
}

/* @km is rounded to 100 m; the duration follows the patient's pace, slower
 * for a walk/run. @pain may be NAN. */
gboolean
pt_demo_add_run (PtDemo      *demo,
                 int          day,
                 double       km,
                 gboolean     walk_run,
                 double       pain,
                 const char  *notes,
                 GError     **error)
{
  g_autoptr(PtRun) run = pt_run_new ();
  double pace = demo->pace * (walk_run ? 1.35 : 1.0) * (0.96 + 0.08 * pt_demo_random_real (demo));
  double metres = MAX (round (km * 10) * 100, 500);
  double seconds = pt_distance_from_metres (metres, PT_DISTANCE_UNIT_KM) * pace;
  char date[11];

  g_assert (demo->pace > 0);

  pt_demo_date (demo, day, date);
  pt_run_set_patient_id (run, demo->patient_id);
  pt_run_set_date (run, date);
  pt_run_set_distance_m (run, metres);
  pt_run_set_duration_s (run, (gint64) round (seconds));
  pt_run_set_surface (run, pick_surface (demo, walk_run));
  pt_run_set_shoe_id (run, shoe_on_day (demo, day));
  pt_run_set_pain_during (run, pain);
  pt_run_set_notes (run, notes);

  return pt_store_add_run (demo->store, run, error) != 0;
}

static PtActivity
pick_activity (PtDemo *demo)
{
  const char *mix = demo->cross_mix != NULL ? demo->cross_mix : "bpe";

  switch (mix[pt_demo_random_int (demo, 0, (int) strlen (mix) - 1)])
    {
    case 'b': return PT_ACTIVITY_BIKE;
    case 'p': return PT_ACTIVITY_POOL;
    case 'e': return PT_ACTIVITY_ELLIPTICAL;
    case 's': return PT_ACTIVITY_STRENGTH;
    case 'w': return PT_ACTIVITY_WALK;
    default: return PT_ACTIVITY_OTHER;
    }
}

/* 30 to 50 minutes at an effort of 4 to 6 out of 10. */
static gboolean
add_cross_training (PtDemo  *demo,
                    int      day,
                    GError **error)
{
  g_autoptr(PtCrossTraining) entry = pt_cross_training_new ();
  char date[11];

  pt_demo_date (demo, day, date);
  pt_cross_training_set_patient_id (entry, demo->patient_id);
  pt_cross_training_set_date (entry, date);
  pt_cross_training_set_activity (entry, pick_activity (demo));
  pt_cross_training_set_minutes (entry, 5 * pt_demo_random_int (demo, 6, 10));
  pt_cross_training_set_effort (entry, pt_demo_random_int (demo, 4, 6));

  return pt_store_add_cross_training (demo->store, entry, error) != 0;
}

/* The context a patient scores their pain in, for each condition. */
static PtPainContext
diary_context (PtConditionKind   kind,
               const char      **note)
{
  *note = NULL;

  switch (kind)
    {
    case PT_CONDITION_KIND_PLANTAR_FASCIITIS:
      *note = "First steps out of bed";
      return PT_PAIN_CONTEXT_MORNING;
    case PT_CONDITION_KIND_ACHILLES_TENDINOPATHY:
      *note = "Morning stiffness";
      return PT_PAIN_CONTEXT_MORNING;
    case PT_CONDITION_KIND_HEEL_PAIN:
      *note = "End of the day";
      return PT_PAIN_CONTEXT_OTHER;
    case PT_CONDITION_KIND_RUNNERS_KNEE:
      *note = "Going down stairs";
      return PT_PAIN_CONTEXT_OTHER;
    case PT_CONDITION_KIND_HAMSTRING:
      *note = "Sitting for an hour";
      return PT_PAIN_CONTEXT_OTHER;
    case PT_CONDITION_KIND_SHIN_SPLINTS:
    case PT_CONDITION_KIND_ITBS:
    case PT_CONDITION_KIND_STRESS_FRACTURE:
    case PT_CONDITION_KIND_OTHER:
    default:
      return PT_PAIN_CONTEXT_REST;
    }
}

/* The patient's own scores: the condition's pain curve, every few days, give
 * or take half a point. */
gboolean
pt_demo_add_diary (PtDemo                 *demo,
                   const PtDemoCondition  *spec,
                   GError                **error)
{
  const char *note;
  PtPainContext context = diary_context (spec->kind, &note);
  int to = MIN (spec->diary_to, pt_demo_end_day (demo));

  g_assert (spec->diary_every > 0);

  for (int day = spec->diary_from; day <= to; day += spec->diary_every)
    {
      double score = pain_scale (pt_demo_pain_at (spec->pain, day) + pain_noise (demo));

      if (!pt_demo_add_pain (demo, day, score, context, PT_PAIN_SOURCE_PATIENT, note, error))
        return FALSE;
    }

  return TRUE;
}

/* Three runs a week while the distance is short, more as it grows. */
static guint
runs_in_week (double km,
              guint  max_runs)
{
  guint n = km < 12 ? 3 : km < 30 ? 4 : 5;

  return MIN (n, MIN (max_runs, 5));
}

static double
week_distance (PtDemo            *demo,
               const PtDemoPhase *phase,
               int                week,
               int                n_weeks)
{
  double km;

  if (phase->km_from <= 0)
    return 0;
  if (week == 0 || n_weeks < 2)
    return phase->km_from;

  km = phase->km_from * pow (phase->km_to / phase->km_from, (double) week / (n_weeks - 1));
  return km * (0.98 + 0.04 * pt_demo_random_real (demo));
}

/* Most runs carry a pain score, a little below the day's pain. */
static double
run_pain (PtDemo *demo,
          int     day)
{
  if (pt_demo_random_int (demo, 0, 3) == 0)
    return NAN;

  return pain_scale (pt_demo_pain_at (demo->pain, day) * 0.8 + pain_noise (demo));
}

static const char *
run_note (PtDemo   *demo,
          gboolean  walk_run,
          gboolean  long_run)
{
  int r = pt_demo_random_int (demo, 0, 99);

  if (walk_run)
    return "Walk/run: 1 minute running, 1 minute walking";
  if (long_run && r < 30)
    return "Long run";
  if (r < 6)
    return run_notes[r];

  return NULL;
}

static gboolean
add_week_runs (PtDemo  *demo,
               int      monday,
               double   km,
               guint    n_runs,
               GError **error)
{
  gboolean walk_run = km < 9;
  double long_share = walk_run ? 1.0 : 1.4;
  double shares = (n_runs - 1) + long_share;

  for (guint i = 0; i < n_runs; i++)
    {
      int day = monday + run_days[n_runs][i];
      gboolean long_run = i + 1 == n_runs && !walk_run;
      double run_km = km * (long_run ? long_share : 1.0) / shares;
      double pain;
      const char *note;

      if (day > pt_demo_end_day (demo) || is_session_day (demo, day))
        continue;

      /* One draw after the other: argument order is unspecified in C. */
      pain = run_pain (demo, day);
      note = run_note (demo, walk_run, long_run);
      if (!pt_demo_add_run (demo, day, run_km, walk_run, pain, note, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_run_day (guint n_runs,
            int   weekday_index)
{
  for (guint i = 0; i < n_runs; i++)
    if (run_days[n_runs][i] == weekday_index)
      return TRUE;

  return FALSE;
}

static gboolean
add_week_cross_training (PtDemo  *demo,
                         int      monday,
                         guint    n_runs,
                         guint    n_cross,
                         GError **error)
{
  guint added = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cross_days) && added < n_cross; i++)
    {
      int day = monday + cross_days[i];

      if (is_run_day (n_runs, cross_days[i]))
        continue;
      added++;
      if (day > pt_demo_end_day (demo) || is_session_day (demo, day))
        continue;
      if (!add_cross_training (demo, day, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_phase (PtDemo             *demo,
           const PtDemoPhase  *phase,
           GError            **error)
{
  int to = MIN (phase->to, pt_demo_end_day (demo));
  int first_monday = phase->from - weekday (demo, phase->from);
  int last_monday = to - weekday (demo, to);
  int n_weeks;

  first_monday = MAX (first_monday, demo->next_monday);
  n_weeks = (last_monday - first_monday) / 7 + 1;

  /* A week shared with the phase before stays with that one. */
  if (n_weeks > 0)
    demo->next_monday = last_monday + 7;

  for (int week = 0; week < n_weeks; week++)
    {
      int monday = first_monday + 7 * week;
      double km = week_distance (demo, phase, week, n_weeks);
      guint n_runs = km > 0 ? runs_in_week (km, phase->max_runs) : 0;

      if (!add_week_runs (demo, monday, km, n_runs, error) ||
          !add_week_cross_training (demo, monday, n_runs, phase->cross, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
pt_demo_add_phases (PtDemo             *demo,
                    const PtDemoPhase  *phases,
                    GError            **error)
{
  for (guint i = 0; i < PT_DEMO_MAX_PHASES; i++)
    {
      if (phases[i].km_from <= 0 && phases[i].cross == 0)
        break;
      if (!add_phase (demo, &phases[i], error))
        return FALSE;
    }

  return TRUE;
}

/* A session of the course, with the clinic's score before the injection. */
static gboolean
add_course_session (PtDemo                 *demo,
                    const PtDemoTreatment  *treatment,
                    guint                   index,
                    GError                **error)
{
  g_autoptr(PtSession) session = pt_session_new ();
  g_autofree char *notes = g_strdup_printf ("Session %u of %u", index + 1, treatment->n_sessions);
  int day = (int) index * treatment->interval;
  gboolean last = index + 1 == treatment->n_sessions;
  double before = pain_scale (pt_demo_pain_at (demo->pain, day));
  double after = before - 2 - 0.5 * pt_demo_random_int (demo, 0, 2);
  int injections = treatment->injections + pt_demo_random_int (demo, -1, 1);
  int adverse = pt_demo_random_int (demo, 0, G_N_ELEMENTS (adverse_events) - 1);
  char next_visit[11];

  /* The next session, or after the last one a six-week review; none when
   * that review would fall before the demo's last day: the course ended
   * there (a past visit that never happened would read as overdue). */
  int next_day = day + (last ? 42 : treatment->interval);

  pt_demo_date (demo, next_day, next_visit);
  pt_session_set_treatment (session, treatment->type);
  pt_session_set_solution (session, treatment->solution);
  pt_session_set_concentration_pct (session, treatment->concentration);
  pt_session_set_volume_ml (session, treatment->volume_ml + 0.5 * pt_demo_random_int (demo, -1, 1));
  pt_session_set_injection_count (session, MAX (1, injections));
  pt_session_set_structures (session, treatment->structures);
  pt_session_set_clinician (session, treatment->clinician);
  pt_session_set_site (session, treatment->site);
  pt_session_set_pain_before (session, before);
  pt_session_set_pain_after (session, MAX (0, after));
  pt_session_set_adverse_events (session, adverse_events[adverse]);
  pt_session_set_advice (session, treatment->advice);
  pt_session_set_next_visit (session, !last || next_day > pt_demo_end_day (demo) ? next_visit
                                                                               : NULL);
  pt_session_set_notes (session, notes);

  return pt_demo_add_session (demo, session, day, error) &&
         pt_demo_add_pain (demo, day, before, PT_PAIN_CONTEXT_REST, PT_PAIN_SOURCE_CLINIC,
                           "Before the injection", error);
}

static gboolean
add_course (PtDemo              *demo,
            const PtDemoCourse  *course,
            GError             **error)
{
  if (!pt_demo_add_patient (demo, &course->person, error))
    return FALSE;

  /* The older condition first, so the ids follow the story; the treated
   * one is written last and stays current. */
  for (int i = G_N_ELEMENTS (course->conditions) - 1; i >= 0; i--)
    {
      const PtDemoCondition *spec = &course->conditions[i];

      if (spec->onset == NULL)
        continue;
      if (!pt_demo_add_condition (demo, spec, error) || !pt_demo_add_diary (demo, spec, error))
        return FALSE;
    }

  for (guint i = 0; i < course->treatment.n_sessions; i++)
    if (!add_course_session (demo, &course->treatment, i, error))
      return FALSE;

  return pt_demo_add_shoes (demo, course->shoes, error) &&
         pt_demo_add_phases (demo, course->phases, error) &&
         pt_demo_add_outcomes (demo, course->conditions[0].kind, error);
}

/* Refuses a database with patients, or (@force) deletes them all. */
static gboolean
make_room (PtStore  *store,
           gboolean  force,
           GError  **error)
{
  g_autoptr(GListModel) patients = NULL;
  gint64 n = pt_store_count_patients (store, TRUE, error);

  if (n <= 0)
    return n == 0;

  if (!force)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "This database already has %d patient; the demo clinic fills "
                                "only an empty database, unless asked to replace them all",
                                "This database already has %d patients; the demo clinic fills "
                                "only an empty database, unless asked to replace them all",
                                (gulong) n),
                   (int) n);
      return FALSE;
    }

  if (!(patients = pt_store_list_patients (store, TRUE, error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (patients); i++)
    {
      g_autoptr(PtRecord) patient = g_list_model_get_item (patients, i);

      if (!pt_store_delete_patient_with_records (store, pt_record_get_id (patient), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_clinic (PtStore   *store,
             gpointer   user_data,
             GError   **error)
{
  PtDemo demo = { .store = store, .last = julian_of (PT_DEMO_LAST_DATE) };

  if (!make_room (store, GPOINTER_TO_INT (user_data), error))
    return FALSE;

  if (!pt_demo_fill_reference (&demo, error))
    {
      g_prefix_error (error, "%s: ", PT_DEMO_REFERENCE_RECORD);
      return FALSE;
    }

  for (guint i = 0; i < pt_demo_n_courses; i++)
    {
      const PtDemoCourse *course = &pt_demo_courses[i];

      pt_demo_start (&demo, SEED_BASE + i + 1, course->first_session);
      demo.cross_mix = course->cross_mix;
      demo.pace = course->pace;
      if (!add_course (&demo, course, error))
        {
          g_prefix_error (error, "%s: ", course->person.record_number);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
pt_demo_fill (PtStore   *store,
              gboolean   force,
              GError   **error)
{
  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return pt_store_run_batch (store, fill_clinic, GINT_TO_POINTER (force != FALSE), error);
}
