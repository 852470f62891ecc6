/* pt-demo-reference.c: PT-0001, the reference case of DOMAIN.md
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 42-year-old runner with chronic plantar fasciitis who had not improved
 * with rest, orthotics and physical therapy has three dextrose prolotherapy
 * sessions four weeks apart, reports 70 % less pain and is back to running
 * within two months.
 *
 * The app computes the 70 % itself (pt-analysis.h): the baseline is the day
 * of the first session, 2026-03-04, scored morning 8 and rest 7 (mean 7.5);
 * the last day with scores, 2026-11-11, is morning 2.5 and rest 2 (mean
 * 2.25); (2.25 - 7.5) / 7.5 = -70 %. Keep those two days, and nothing scored
 * after the last, when editing the tables below. The first run on or after
 * the first session is the walk/run of Tuesday 2026-04-21, day 48.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-demo.h"
#include "pt-demo-private.h"
#include "pt-store.h"

#define FIRST_SESSION "2026-03-04"
#define SEED G_GUINT64_CONSTANT (0x5054303030310000)  /* "PT0001" */

static const PtDemoPerson person = {
  .record_number = PT_DEMO_REFERENCE_RECORD,
  .name = "Claire Donnelly",
  .date_of_birth = "1983-06-14",
  .sex = PT_SEX_FEMALE,
  .contact = "07700 900142\nclaire.donnelly@example.org",
  .notes = "Club runner, 25-30 km a week and 10 km in 46 minutes before the injury. "
           "Office job; on her feet at weekends. Goal: back to parkrun and 10 km races.",
};

/* The diary below is written out by hand; this curve only sets the pain
 * during the generated runs. */
static const PtDemoCondition condition = {
  .kind = PT_CONDITION_KIND_PLANTAR_FASCIITIS,
  .side = PT_SIDE_LEFT,
  .onset = "2025-06-02",
  .status = PT_CONDITION_STATUS_ACTIVE,
  .prior = PT_PRIOR_TREATMENT_REST | PT_PRIOR_TREATMENT_ORTHOTICS |
           PT_PRIOR_TREATMENT_PHYSICAL_THERAPY,
  .notes = "Failed rest, orthotics and physical therapy",
  .pain = {
    { -120, 8 }, { 0, 7.5 }, { 28, 5.5 }, { 56, 4 }, { 100, 3.5 }, { 200, 2.5 }, { 252, 2.25 },
    PT_DEMO_POINTS_END,
  },
};

typedef struct
{
  const char *date;
  double      volume_ml;
  int         injections;
  double      pain_before;
  double      pain_after;
  const char *adverse_events;
  const char *advice;
  const char *next_visit;
  const char *notes;
} Visit;

static const Visit visits[] = {
  { "2026-03-04", 3.5, 4, 7.5, 5, "Mild soreness for 2 days",
    "No running until the next visit. Bike, pool or elliptical 30-45 minutes, "
    "4 times a week at an easy effort. Calf and plantar fascia stretches twice a day; "
    "keep wearing the orthotics.",
    "2026-04-01",
    "Ultrasound: plantar fascia 5.8 mm thick at the origin (right 3.4 mm). Session 1 of 3." },
  { "2026-04-01", 4, 5, 5.5, 3.5, "None",
    "Walk only for 2 weeks, then walk/run: 1 minute running, 1 minute walking, "
    "on grass or a track, 3 times a week. Replace the worn running shoes first.",
    "2026-04-29",
    "First steps in the morning clearly easier. Session 2 of 3." },
  { "2026-04-29", 3.5, 4, 4, 2.5, "Small bruise at an injection site",
    "Build weekly distance by no more than 10 % a week; keep one cross-training day. "
    "Book again if the morning pain comes back.",
    NULL,   /* the course ends here: nothing booked, so nothing overdue */
    "Walk/run going well, no worse the next morning. Session 3 of 3." },
};

typedef struct
{
  const char   *date;
  PtPainContext context;
  double        score;
  PtPainSource  source;
  const char   *notes;
} Score;

#define MORNING PT_PAIN_CONTEXT_MORNING
#define REST PT_PAIN_CONTEXT_REST
#define AFTER_RUN PT_PAIN_CONTEXT_AFTER_RUN
#define CLINIC PT_PAIN_SOURCE_CLINIC
#define PATIENT PT_PAIN_SOURCE_PATIENT

static const Score scores[] = {
  { "2026-02-04", MORNING, 8, PATIENT, "First steps out of bed" },
  { "2026-02-04", REST, 6.5, PATIENT, NULL },
  { "2026-02-11", MORNING, 8.5, CLINIC, "Initial assessment" },
  { "2026-02-11", REST, 7, CLINIC, NULL },
  { "2026-02-18", MORNING, 8, PATIENT, NULL },
  { "2026-02-18", REST, 7, PATIENT, NULL },
  { "2026-02-25", MORNING, 8.5, PATIENT, NULL },
  { "2026-02-25", REST, 7.5, PATIENT, NULL },
  /* The baseline: the last day with scores on or before the first session. */
  { "2026-03-04", MORNING, 8, CLINIC, "Before the first injection" },
  { "2026-03-04", REST, 7, CLINIC, NULL },
  { "2026-03-11", MORNING, 8, PATIENT, "Sore after the injection" },
  { "2026-03-11", REST, 6.5, PATIENT, NULL },
  { "2026-03-18", MORNING, 7, PATIENT, NULL },
  { "2026-03-18", REST, 6, PATIENT, NULL },
  { "2026-03-25", MORNING, 6.5, PATIENT, NULL },
  { "2026-03-25", REST, 5.5, PATIENT, NULL },
  { "2026-04-01", MORNING, 6, CLINIC, "Before the second injection" },
  { "2026-04-01", REST, 5, CLINIC, NULL },
  { "2026-04-08", MORNING, 5.5, PATIENT, NULL },
  { "2026-04-08", REST, 4.5, PATIENT, NULL },
  { "2026-04-15", MORNING, 5, PATIENT, NULL },
  { "2026-04-15", REST, 4, PATIENT, NULL },
  { "2026-04-21", AFTER_RUN, 3.5, PATIENT, "First walk/run, 2 km on grass" },
  { "2026-04-22", MORNING, 4.5, PATIENT, "No worse after yesterday’s walk/run" },
  { "2026-04-22", REST, 3.5, PATIENT, NULL },
  { "2026-04-29", MORNING, 4.5, CLINIC, "Before the third injection" },
  { "2026-04-29", REST, 3.5, CLINIC, NULL },
  { "2026-05-13", MORNING, 4, PATIENT, NULL },
  { "2026-05-13", REST, 3, PATIENT, NULL },
  { "2026-05-24", AFTER_RUN, 3, PATIENT, "After the Sunday walk/run" },
  { "2026-05-27", MORNING, 4, PATIENT, NULL },
  { "2026-05-27", REST, 3, PATIENT, NULL },
  { "2026-06-10", MORNING, 3.5, CLINIC, "Review" },
  { "2026-06-10", REST, 2.5, CLINIC, NULL },
  { "2026-06-24", MORNING, 3.5, PATIENT, NULL },
  { "2026-06-24", REST, 3, PATIENT, NULL },
  { "2026-07-08", MORNING, 3, PATIENT, NULL },
  { "2026-07-08", REST, 2.5, PATIENT, NULL },
  { "2026-07-19", AFTER_RUN, 3.5, PATIENT, "Long run on concrete" },
  { "2026-07-22", MORNING, 3.5, PATIENT, "Sore after Sunday’s long run" },
  { "2026-07-22", REST, 2.5, PATIENT, NULL },
  { "2026-08-05", MORNING, 3, PATIENT, NULL },
  { "2026-08-05", REST, 2.5, PATIENT, NULL },
  { "2026-08-19", MORNING, 3, PATIENT, NULL },
  { "2026-08-19", REST, 2, PATIENT, NULL },
  { "2026-09-02", MORNING, 3, PATIENT, NULL },
  { "2026-09-02", REST, 2.5, PATIENT, NULL },
  { "2026-09-16", MORNING, 2.5, CLINIC, "Review" },
  { "2026-09-16", REST, 2, CLINIC, NULL },
  { "2026-09-30", MORNING, 3, PATIENT, NULL },
  { "2026-09-30", REST, 2, PATIENT, NULL },
  { "2026-10-14", MORNING, 2.5, PATIENT, NULL },
  { "2026-10-14", REST, 2.5, PATIENT, NULL },
  { "2026-10-28", MORNING, 2.5, PATIENT, NULL },
  { "2026-10-28", REST, 2, PATIENT, NULL },
  /* The latest day with scores: nothing is scored after it. */
  { "2026-11-11", MORNING, 2.5, CLINIC, "Final review" },
  { "2026-11-11", REST, 2, CLINIC, NULL },
};

static const PtDemoShoe shoes[PT_DEMO_MAX_SHOES] = {
  { "Brooks Ghost 15", -420, "About 1,000 km by March 2026; replaced on advice" },
  { "Hoka Bondi 8", 46, "Cushioned, with a rocker sole; worn with the orthotics" },
};

/* No running for seven weeks around the first sessions, cross-training
 * instead; then walk/run from 6 km a week, growing about 6 % a week. */
static const PtDemoPhase phases[PT_DEMO_MAX_PHASES] = {
  { -44, 46, 0, 0, 0, 4 },                   /* 2026-01-19 to 04-19 */
  { 47, 214, 6, 24, 4, 2 },                  /* 2026-04-20 to 10-04 */
  { 215, PT_DEMO_UNTIL_END, 24, 28, 4, 1 },  /* 2026-10-05 to 11-15 */
};

static gboolean
add_visits (PtDemo  *demo,
            GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (visits); i++)
    {
      const Visit *visit = &visits[i];
      g_autoptr(PtSession) session = pt_session_new ();

      pt_session_set_treatment (session, PT_TREATMENT_DEXTROSE);
      pt_session_set_solution (session, "Dextrose 15% with 0.5% lidocaine");
      pt_session_set_concentration_pct (session, 15);
      pt_session_set_volume_ml (session, visit->volume_ml);
      pt_session_set_injection_count (session, visit->injections);
      pt_session_set_structures (session, "Plantar fascia origin, medial calcaneal tubercle");
      pt_session_set_clinician (session, "Dr Priya Raman");
      pt_session_set_site (session, "London");
      pt_session_set_pain_before (session, visit->pain_before);
      pt_session_set_pain_after (session, visit->pain_after);
      pt_session_set_adverse_events (session, visit->adverse_events);
      pt_session_set_advice (session, visit->advice);
      pt_session_set_next_visit (session, visit->next_visit);
      pt_session_set_notes (session, visit->notes);

      if (!pt_demo_add_session (demo, session, pt_demo_day_of (demo, visit->date), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_scores (PtDemo  *demo,
            GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    {
      const Score *score = &scores[i];

      if (!pt_demo_add_pain (demo, pt_demo_day_of (demo, score->date), score->score,
                             score->context, score->source, score->notes, error))
        return FALSE;
    }

  return TRUE;
}

/* Two attempts before the injections, both cut short by the heel; they are
 * before the first session, so they do not count as being back. */
static gboolean
add_early_runs (PtDemo  *demo,
                GError **error)
{
  return pt_demo_add_run (demo, pt_demo_day_of (demo, "2025-12-06"), 5, FALSE, 6,
                          "Heel pain from the first kilometre; stopped at 5 km", error) &&
         pt_demo_add_run (demo, pt_demo_day_of (demo, "2026-01-10"), 3, FALSE, 7,
                          "Had to stop after 3 km", error);
}

/* The Foot Function Index (pt-measure-defs.c: 23 items, 0-10 each) at the
 * reviews, falling with her pain: each item is the day's level plus the
 * item's own offset (first steps in the morning worst, walking barefoot
 * and the activity limitations least), from 48.7 % at the first session
 * to 12.2 % at the final review. */
typedef struct
{
  const char *date;
  double      level;  /* 0-10 */
} FfiReview;

static const FfiReview ffi_reviews[] = {
  { "2026-02-11", 5.2 },
  { "2026-03-04", 4.8 },
  { "2026-04-01", 3.6 },
  { "2026-04-29", 2.8 },
  { "2026-06-10", 2.0 },
  { "2026-09-16", 1.4 },
  { "2026-11-11", 1.0 },
};

/* Tenths, so that the items do not all move at once. */
static const double ffi_offsets[] = {
  2.2, 2.9, 1.4, 0.8, 0.3, 1.1, 1.7, -0.2, 0.6,       /* pain */
  0.1, 0.9, -0.6, 0.4, 1.3, -0.9, 0.2, -1.3, -0.4,    /* disability */
  -1.8, -1.1, -2.4, -2.9, -1.6,                       /* activity limitation */
};

static gboolean
add_ffi (PtDemo  *demo,
         GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (ffi_reviews); i++)
    {
      g_autoptr(PtOutcome) outcome = pt_outcome_new ();
      double answers[G_N_ELEMENTS (ffi_offsets)];

      for (guint j = 0; j < G_N_ELEMENTS (ffi_offsets); j++)
        answers[j] = CLAMP (round (ffi_reviews[i].level + ffi_offsets[j]), 0, 10);

      pt_outcome_set_patient_id (outcome, demo->patient_id);
      pt_outcome_set_condition_id (outcome, demo->condition_id);
      pt_outcome_set_date (outcome, ffi_reviews[i].date);
      pt_outcome_set_kind (outcome, PT_MEASURE_KIND_FFI);
      pt_outcome_set_answer_values (outcome, answers, G_N_ELEMENTS (answers));
      if (!pt_outcome_compute_total (outcome, NULL, error) ||
          pt_store_add_outcome (demo->store, outcome, error) == 0)
        return FALSE;
    }

  return TRUE;
}

#define PLAN_START "2026-04-20"
/* The last morning her diary may take: the day of the final review. */
#define LAST_SCORED "2026-11-11"

/* The morning scores of the diary above, as of @date: the last on or
 * before it (NAN before the first). */
static double
diary_morning (const char *date)
{
  double level = NAN;

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    if (scores[i].context == MORNING && strcmp (scores[i].date, date) <= 0)
      level = scores[i].score;
  return level;
}

/* On the plan she scores the morning after every run, as the pain-
 * monitoring model asks (it is what the plan reads): her usual level, from
 * the diary above; and the pain during every run. The diary's own
 * mornings stay as they are (the one after the long run on concrete is
 * worse: the plan steps back there), and nothing is scored after the final
 * review, so the 70 % still holds (see the top of this file). */
static gboolean
add_plan_diary (PtDemo  *demo,
                GError **error)
{
  g_autoptr(GListModel) runs = pt_store_list_runs (demo->store, demo->patient_id, error);
  g_autoptr(GHashTable) scored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (runs == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    if (scores[i].context == MORNING)
      g_hash_table_add (scored, g_strdup (scores[i].date));

  for (guint i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);
      const char *date = pt_run_get_date (run);
      double usual = diary_morning (date);
      int next_day = pt_demo_day_of (demo, date) + 1;
      char next[11];

      if (strcmp (date, PLAN_START) < 0)
        continue;

      if (!pt_has_value (pt_run_get_pain_during (run)))
        {
          pt_run_set_pain_during (run, MAX (0, usual - 1));
          if (!pt_store_update_run (demo->store, run, error))
            return FALSE;
        }

      pt_demo_date (demo, next_day, next);
      if (strcmp (next, LAST_SCORED) >= 0 || g_hash_table_contains (scored, next))
        continue;
      g_hash_table_add (scored, g_strdup (next));
      if (!pt_demo_add_pain (demo, next_day, usual, MORNING, PATIENT, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* The walk/run plan she started the day before her first walk/run, to her
 * 28 km a week before the injury, by the Silbernagel rule. */
static gboolean
add_plan (PtDemo  *demo,
          GError **error)
{
  g_autoptr(PtPlan) plan = NULL;
  g_autoptr(PtRunPlan) run_plan = pt_run_plan_new ();

  plan = pt_plan_new_from_template (PT_PLAN_TEMPLATE_WALK_RUN, PLAN_START, 0, 28000, error);
  if (plan == NULL)
    return FALSE;

  pt_run_plan_set_patient_id (run_plan, demo->patient_id);
  pt_run_plan_set_condition_id (run_plan, demo->condition_id);
  pt_run_plan_set_plan (run_plan, plan);
  pt_run_plan_set_notes (run_plan, "Back to parkrun and 10 km races");
  return pt_store_add_run_plan (demo->store, run_plan, error) != 0 &&
         pt_store_advance_run_plan (demo->store, pt_record_get_id (PT_RECORD (run_plan)),
                                    PT_DISTANCE_UNIT_KM, NULL, NULL, error);
}

gboolean
pt_demo_fill_reference (PtDemo  *demo,
                        GError **error)
{
  pt_demo_start (demo, SEED, FIRST_SESSION);
  demo->pace = 345;
  demo->cross_mix = "bpe";

  return pt_demo_add_patient (demo, &person, error) &&
         pt_demo_add_condition (demo, &condition, error) &&
         add_visits (demo, error) &&
         add_scores (demo, error) &&
         pt_demo_add_shoes (demo, shoes, error) &&
         add_early_runs (demo, error) &&
         pt_demo_add_phases (demo, phases, error) &&
         add_ffi (demo, error) &&
         add_plan_diary (demo, error) &&
         add_plan (demo, error);
}
