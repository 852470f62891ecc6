/* pt-generate.c: a synthetic clinic of any size, for benchmarks
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Borrows the demo clinic's ideas (pain curves falling over a course of
 * injections, a patient's own diary, weekly training that grows week on
 * week, cross-training on the free days) but none of its patients: every
 * value comes from one GRand seeded by the caller, so a seed and a today
 * give the same clinic on every machine.
 *
 * Speed: a 10,000-patient, ten-year clinic is over a million rows. One
 * record object per type is reused for every row and written through
 * pt-store-bulk.h (field validation, one transaction, statements prepared
 * once, no per-row SELECT). The cross-record rules the bulk path skips hold
 * by construction here: each record names the patient just written, dates
 * lie between the patient's 18th birthday and today, and conditions and
 * shoes are the patient's own.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-date.h"
#include "pt-error.h"
#include "pt-generate.h"
#include "pt-store-bulk.h"
#include "pt-units.h"

/* Days before the clinic's first day that records can reach (an onset up
 * to two years before a patient's first visit). */
#define DATE_MARGIN 800
#define MAX_SHOES   16
#define MAX_SESSIONS 6

static const char * const female_names[] = {
  "Amelia", "Olivia", "Isla", "Ava", "Mia", "Grace", "Freya", "Lily", "Emily", "Sophie",
  "Hannah", "Chloe", "Ruth", "Priya", "Aisha", "Zara", "Maria", "Anna", "Elena", "Nadia",
  "Claire", "Joanne", "Fiona", "Megan", "Leah", "Yasmin", "Erin", "Holly", "Bethan", "Siobhan",
};

static const char * const male_names[] = {
  "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Oscar", "Charlie", "James",
  "Thomas", "Daniel", "Samuel", "Rohan", "Omar", "Tariq", "Marco", "Pavel", "Lukas", "Dmitri",
  "Gareth", "Owen", "Callum", "Rhys", "Ewan", "Kwame", "Tomasz", "Hamish", "Declan", "Felix",
};

static const char * const surnames[] = {
  "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
  "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
  "Thomas", "Clarke", "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper",
  "Hill", "Ward", "Hughes", "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee",
  "Allen", "Morris", "Khan", "Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young",
  "Price", "Phillips", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins",
  "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Marshall", "Anderson",
  "Simpson", "Ellis", "Adams", "Singh", "Begum", "Nowak", "Kowalski", "Okafor", "Mensah",
  "O'Brien", "MacDonald", "Campbell", "Stewart", "Reid", "Murray", "Donnelly", "Fraser",
};

/* Condition kinds, weighted as a runners' clinic sees them. */
static const PtConditionKind kinds[] = {
  PT_CONDITION_KIND_PLANTAR_FASCIITIS, PT_CONDITION_KIND_PLANTAR_FASCIITIS,
  PT_CONDITION_KIND_PLANTAR_FASCIITIS, PT_CONDITION_KIND_ACHILLES_TENDINOPATHY,
  PT_CONDITION_KIND_ACHILLES_TENDINOPATHY, PT_CONDITION_KIND_ACHILLES_TENDINOPATHY,
  PT_CONDITION_KIND_RUNNERS_KNEE, PT_CONDITION_KIND_RUNNERS_KNEE, PT_CONDITION_KIND_HAMSTRING,
  PT_CONDITION_KIND_HAMSTRING, PT_CONDITION_KIND_ITBS, PT_CONDITION_KIND_ITBS,
  PT_CONDITION_KIND_SHIN_SPLINTS, PT_CONDITION_KIND_STRESS_FRACTURE,
  PT_CONDITION_KIND_HEEL_PAIN, PT_CONDITION_KIND_OTHER,
};

static const char * const structures[] = {
  [PT_CONDITION_KIND_RUNNERS_KNEE] = "Patellar tendon, medial retinaculum",
  [PT_CONDITION_KIND_ACHILLES_TENDINOPATHY] = "Achilles tendon insertion",
  [PT_CONDITION_KIND_HAMSTRING] = "Proximal hamstring origin, ischial tuberosity",
  [PT_CONDITION_KIND_PLANTAR_FASCIITIS] = "Plantar fascia origin, medial calcaneal tubercle",
  [PT_CONDITION_KIND_SHIN_SPLINTS] = "Posteromedial tibial border",
  [PT_CONDITION_KIND_ITBS] = "Iliotibial band at the lateral femoral epicondyle",
  [PT_CONDITION_KIND_STRESS_FRACTURE] = "Periosteum over the healed fracture site",
  [PT_CONDITION_KIND_HEEL_PAIN] = "Retrocalcaneal bursa",
  [PT_CONDITION_KIND_OTHER] = "Painful attachment",
};

static const char * const clinicians[] = {
  "Dr A. Okoye", "Dr H. Lindqvist", "Dr S. Mehta", "Dr R. Fairbairn", "Dr J. Castillo",
  "Dr E. Novak",
};

static const char * const sites[] = { "London", "Manchester", "Bedford" };

static const char * const adverse_events[] = {
  "None", "None", "None", "Post-injection soreness for 2 days",
  "Small bruise at an injection site", "Flare of pain for 3 days; settled with ice",
};

static const char * const advice[] = {
  "Relative rest 3 days, then walking; no running for 2 weeks",
  "Cross-training only until the next visit",
  "Walk/run from next week, keep to the 10 % rule",
  "Calf and foot strengthening daily; replace worn shoes",
};

static const char * const shoe_models[] = {
  "Pegasus", "Ghost", "Clifton", "Novablast", "Kayano", "Ride", "Glycerin", "Cloudmonster",
};

static const char * const run_notes[] = {
  "Easy, felt good", "Hilly route", "With the club", "parkrun", "Tired legs", "Windy",
  "Intervals on the track", "Long run",
};

/* Weekdays (0 = Monday) of a week's runs by their number; Wednesdays stay
 * free for the clinic while there are fewer than 6. */
static const guint8 run_days[7][6] = {
  { 0 }, { 6 }, { 3, 6 }, { 1, 3, 6 }, { 1, 3, 5, 6 }, { 0, 1, 3, 5, 6 }, { 0, 1, 2, 3, 5, 6 },
};

typedef struct
{
  PtStoreBulk      *bulk;
  GRand            *rand;
  guint32           first;     /* julian day of the clinic's first day */
  guint32           last;      /* today */
  char             *dates;     /* 11 bytes per day, from first - DATE_MARGIN */
  PtGenerateCounts  counts;

  /* One object per type, reused for every row. */
  PtPatient        *patient;
  PtCondition      *condition;
  PtSession        *session;
  PtPainScore      *pain;
  PtShoe           *shoe;
  PtRun            *run;
  PtCrossTraining  *cross;

  /* The patient being written */
  gint64            patient_id;
  gint64            condition_id;
  PtConditionKind   kind;
  guint32           join;      /* first visit */
  guint32           end;       /* last day of their records */
  double            baseline;  /* pain before treatment */
  double            relief;    /* share of it gone at the end of the course */
  guint32           relief_from;
  guint32           relief_to;
  guint32           session_days[MAX_SESSIONS];
  guint             n_sessions;
  gint64            shoe_ids[MAX_SHOES];
  guint32           shoe_from[MAX_SHOES];
  guint             n_shoes;
  int               pace;      /* easy running, seconds per km */
} Gen;

static int
rand_int (Gen *gen,
          int  lo,
          int  hi)
{
  return g_rand_int_range (gen->rand, lo, hi + 1);
}

static double
rand_real (Gen    *gen,
           double  lo,
           double  hi)
{
  return g_rand_double_range (gen->rand, lo, hi);
}

static gboolean
chance (Gen    *gen,
        double  p)
{
  return g_rand_double (gen->rand) < p;
}

#define PICK(gen, array) ((array)[rand_int ((gen), 0, G_N_ELEMENTS (array) - 1)])

static const char *
date_of (Gen     *gen,
         guint32  julian)
{
  g_assert (julian + DATE_MARGIN >= gen->first && julian <= gen->last);

  return gen->dates + 11 * (gsize) (julian + DATE_MARGIN - gen->first);
}

static void
format_julian (guint32  julian,
               char     out[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (out, 11, "%04d-%02d-%02d", (int) g_date_get_year (&date),
              (int) g_date_get_month (&date), (int) g_date_get_day (&date));
}

/* 0 for Monday to 6 for Sunday (julian day 1 was a Monday). */
static int
weekday_of (guint32 julian)
{
  return (int) ((julian - 1) % 7);
}

static double
pain_scale (double pain)
{
  return CLAMP (round (pain * 2) / 2, 0, 10);
}

/* The patient's pain on @day: the baseline until the first session, then
 * falling (responders) over the course to baseline * (1 - relief). */
static double
pain_on (Gen     *gen,
         guint32  day)
{
  double progress;

  if (day <= gen->relief_from || gen->relief_to <= gen->relief_from)
    return gen->baseline;

  progress = MIN (1.0, (double) (day - gen->relief_from) / (gen->relief_to - gen->relief_from));
  return gen->baseline * (1 - gen->relief * progress);
}

static double
noisy_pain (Gen     *gen,
            guint32  day)
{
  return pain_scale (pain_on (gen, day) + 0.5 * rand_int (gen, -1, 1));
}

/* A record whose id later records need (patients, conditions, shoes). */
static gboolean
insert (Gen       *gen,
        gpointer   record,
        gint64    *count,
        GError   **error)
{
  if (pt_store_bulk_insert (gen->bulk, PT_RECORD (record), error) == 0)
    return FALSE;

  (*count)++;
  return TRUE;
}

/* Any other record: written in batches. */
static gboolean
append (Gen       *gen,
        gpointer   record,
        gint64    *count,
        GError   **error)
{
  if (!pt_store_bulk_append (gen->bulk, PT_RECORD (record), error))
    return FALSE;

  (*count)++;
  return TRUE;
}

/* Patient @index (0-based): who they are, when they came and how long
 * their records run. The first patient is followed from the clinic's first
 * day to today. */
static gboolean
add_patient (Gen      *gen,
             guint     index,
             GError  **error)
{
  gboolean female = chance (gen, 0.55);
  guint32 span = gen->last - gen->first;
  g_autofree char *name = NULL;
  char number[16], contact[16], birth[11];
  gboolean long_term = index == 0 || chance (gen, 0.01);
  guint32 weeks;

  name = g_strdup_printf ("%s %s", female ? PICK (gen, female_names) : PICK (gen, male_names),
                          PICK (gen, surnames));
  g_snprintf (number, sizeof number, "GEN-%06u", index + 1);
  g_snprintf (contact, sizeof contact, "07700 900%03u", index % 1000);

  gen->join = index == 0 ? gen->first : gen->first + (guint32) rand_int (gen, 0, (int) span);
  /* Not inside MIN(): it would draw twice. */
  weeks = long_term ? G_MAXUINT16 : (guint32) rand_int (gen, 10, 44);
  gen->end = MIN (gen->last, gen->join + 7 * weeks);
  format_julian (gen->join - 365 * (guint32) rand_int (gen, 18, 70) -
                 (guint32) rand_int (gen, 0, 364), birth);

  pt_patient_set_name (gen->patient, name);
  pt_patient_set_record_number (gen->patient, number);
  pt_patient_set_date_of_birth (gen->patient, birth);
  pt_patient_set_sex (gen->patient, female ? PT_SEX_FEMALE : PT_SEX_MALE);
  pt_patient_set_contact (gen->patient, chance (gen, 0.8) ? contact : NULL);
  pt_patient_set_notes (gen->patient, chance (gen, 0.1) ? "Referred by their GP" : NULL);
  pt_patient_set_archived (gen->patient, !long_term && gen->end + 365 < gen->last &&
                                         chance (gen, 0.3));

  if (!insert (gen, gen->patient, &gen->counts.patients, error))
    return FALSE;

  gen->patient_id = pt_record_get_id (PT_RECORD (gen->patient));
  return TRUE;
}

/* The injury they came with, and how it will respond. */
static gboolean
add_condition (Gen      *gen,
               GError  **error)
{
  gboolean responder = chance (gen, 0.7);
  gboolean resolved;

  gen->kind = PICK (gen, kinds);
  gen->baseline = pain_scale (rand_real (gen, 4.5, 8.5));
  gen->relief = responder ? rand_real (gen, 0.45, 0.95) : rand_real (gen, 0.0, 0.25);
  resolved = responder && gen->end + 90 < gen->last;

  pt_condition_set_patient_id (gen->condition, gen->patient_id);
  pt_condition_set_kind (gen->condition, gen->kind);
  pt_condition_set_side (gen->condition, (PtSide) rand_int (gen, PT_SIDE_LEFT, PT_SIDE_BOTH));
  pt_condition_set_onset_date (gen->condition,
                               date_of (gen, gen->join - (guint32) rand_int (gen, 30, 720)));
  pt_condition_set_status (gen->condition, resolved ? PT_CONDITION_STATUS_RESOLVED
                                                    : PT_CONDITION_STATUS_ACTIVE);
  /* Any mix of the usual conservative care tried before prolotherapy. */
  pt_condition_set_prior_treatments (gen->condition,
                                     (PtPriorTreatment) (g_rand_int (gen->rand) &
                                                         (PT_PRIOR_TREATMENT_REST |
                                                          PT_PRIOR_TREATMENT_ICE |
                                                          PT_PRIOR_TREATMENT_ORTHOTICS |
                                                          PT_PRIOR_TREATMENT_PHYSICAL_THERAPY)));
  pt_condition_set_notes (gen->condition, chance (gen, 0.2) ? "Failed rest and orthotics" : NULL);

  if (!insert (gen, gen->condition, &gen->counts.conditions, error))
    return FALSE;

  gen->condition_id = pt_record_get_id (PT_RECORD (gen->condition));
  return TRUE;
}

static gboolean
add_pain (Gen            *gen,
          guint32         day,
          double          score,
          PtPainContext   context,
          PtPainSource    source,
          GError        **error)
{
  pt_pain_score_set_patient_id (gen->pain, gen->patient_id);
  pt_pain_score_set_condition_id (gen->pain, gen->condition_id);
  pt_pain_score_set_date (gen->pain, date_of (gen, day));
  pt_pain_score_set_score (gen->pain, score);
  pt_pain_score_set_context (gen->pain, context);
  pt_pain_score_set_source (gen->pain, source);

  return append (gen, gen->pain, &gen->counts.pain_scores, error);
}

static void
set_treatment (Gen *gen)
{
  static const double strengths[] = { 12.5, 15, 20, 25 };
  int r = rand_int (gen, 0, 99);
  PtTreatmentType type = r < 65 ? PT_TREATMENT_DEXTROSE : r < 85 ? PT_TREATMENT_PRP :
                         r < 92 ? PT_TREATMENT_PROLOZONE : r < 97 ? PT_TREATMENT_NEURAL :
                         PT_TREATMENT_OTHER;
  double strength = PICK (gen, strengths);
  g_autofree char *solution = NULL;

  if (type == PT_TREATMENT_DEXTROSE)
    solution = g_strdup_printf ("Dextrose %g %% with lidocaine 0.5 %%", strength);

  pt_session_set_treatment (gen->session, type);
  pt_session_set_solution (gen->session, solution);
  pt_session_set_concentration_pct (gen->session, type == PT_TREATMENT_DEXTROSE ? strength : NAN);
  pt_session_set_volume_ml (gen->session, 0.5 * rand_int (gen, 4, 40));
  pt_session_set_injection_count (gen->session, rand_int (gen, 1, 12));
  pt_session_set_structures (gen->session, structures[gen->kind]);
  pt_session_set_clinician (gen->session, PICK (gen, clinicians));
  pt_session_set_site (gen->session, PICK (gen, sites));
}

/* 1-6 sessions 3-6 weeks apart from the first visit (85 % of patients),
 * each with the clinic's pain score before the injection. */
static gboolean
add_sessions (Gen      *gen,
              GError  **error)
{
  guint n = chance (gen, 0.85) ? (guint) rand_int (gen, 1, MAX_SESSIONS) : 0;
  guint32 day = gen->join;

  gen->n_sessions = 0;
  gen->relief_from = gen->join;
  gen->relief_to = gen->join;
  if (n == 0)
    gen->relief = 0;

  set_treatment (gen);
  for (guint i = 0; i < n && day <= gen->end; i++)
    {
      guint32 next = day + 7 * (guint32) rand_int (gen, 3, 6);
      double before = noisy_pain (gen, day);

      pt_session_set_patient_id (gen->session, gen->patient_id);
      pt_session_set_condition_id (gen->session, gen->condition_id);
      pt_session_set_date (gen->session, date_of (gen, day));
      pt_session_set_pain_before (gen->session, before);
      pt_session_set_pain_after (gen->session, pain_scale (before - rand_int (gen, 0, 3) * 0.5));
      pt_session_set_adverse_events (gen->session, PICK (gen, adverse_events));
      pt_session_set_advice (gen->session, PICK (gen, advice));
      pt_session_set_next_visit (gen->session,
                                 i + 1 < n && next <= gen->last ? date_of (gen, next) : NULL);

      if (!append (gen, gen->session, &gen->counts.sessions, error) ||
          !add_pain (gen, day, before, PT_PAIN_CONTEXT_REST, PT_PAIN_SOURCE_CLINIC, error))
        return FALSE;

      gen->session_days[gen->n_sessions++] = day;
      gen->relief_to = day + 42;
      day = next;
    }

  return TRUE;
}

/* About 30 % of patients score their pain most mornings. */
static gboolean
add_diary (Gen      *gen,
           GError  **error)
{
  if (!chance (gen, 0.3))
    return TRUE;

  for (guint32 day = gen->join - 14; day <= gen->end; day++)
    {
      if (chance (gen, 0.2))
        continue;
      if (!add_pain (gen, day, noisy_pain (gen, day), PT_PAIN_CONTEXT_MORNING,
                     PT_PAIN_SOURCE_PATIENT, error))
        return FALSE;
    }

  return TRUE;
}

/* A new pair every 20-30 weeks; each retired the day before the next. */
static gboolean
add_shoes (Gen      *gen,
           guint32   from,
           GError  **error)
{
  gen->n_shoes = 0;

  for (guint32 day = from; day <= gen->end && gen->n_shoes < MAX_SHOES;
       day += 7 * (guint32) rand_int (gen, 20, 30))
    gen->shoe_from[gen->n_shoes++] = day;

  for (guint i = 0; i < gen->n_shoes; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %d", PICK (gen, shoe_models),
                                               rand_int (gen, 2, 12));
      gboolean retired = i + 1 < gen->n_shoes;

      pt_shoe_set_patient_id (gen->shoe, gen->patient_id);
      pt_shoe_set_name (gen->shoe, name);
      pt_shoe_set_started (gen->shoe, date_of (gen, gen->shoe_from[i]));
      pt_shoe_set_retired (gen->shoe, retired ? date_of (gen, gen->shoe_from[i + 1] - 1) : NULL);
      if (!insert (gen, gen->shoe, &gen->counts.shoes, error))
        return FALSE;
      gen->shoe_ids[i] = pt_record_get_id (PT_RECORD (gen->shoe));
    }

  return TRUE;
}

static gint64
shoe_on (Gen     *gen,
         guint32  day)
{
  for (guint i = gen->n_shoes; i > 0; i--)
    if (gen->shoe_from[i - 1] <= day)
      return gen->shoe_ids[i - 1];

  return 0;
}

static PtSurface
pick_surface (Gen *gen)
{
  int r = rand_int (gen, 0, 99);

  return r < 62 ? PT_SURFACE_ROAD : r < 76 ? PT_SURFACE_TRAIL : r < 86 ? PT_SURFACE_GRASS :
         r < 93 ? PT_SURFACE_TRACK : PT_SURFACE_TREADMILL;
}

static gboolean
add_run (Gen      *gen,
         guint32   day,
         double    km,
         gboolean  long_run,
         GError  **error)
{
  double metres = round (CLAMP (km, 3, 25) * 10) * 100;
  double pace = gen->pace * rand_real (gen, 0.94, 1.08);
  double seconds = pt_distance_from_metres (metres, PT_DISTANCE_UNIT_KM) * pace;
  gboolean noted = chance (gen, 0.08);

  pt_run_set_patient_id (gen->run, gen->patient_id);
  pt_run_set_date (gen->run, date_of (gen, day));
  pt_run_set_distance_m (gen->run, metres);
  pt_run_set_duration_s (gen->run, chance (gen, 0.9) ? (gint64) round (seconds) : PT_NO_INT);
  pt_run_set_surface (gen->run, pick_surface (gen));
  pt_run_set_shoe_id (gen->run, chance (gen, 0.85) ? shoe_on (gen, day) : 0);
  pt_run_set_pain_during (gen->run, chance (gen, 0.6) ? pain_scale (noisy_pain (gen, day) * 0.8)
                                                     : NAN);
  pt_run_set_notes (gen->run, long_run && noted ? "Long run" : noted ? PICK (gen, run_notes)
                                                                     : NULL);

  return append (gen, gen->run, &gen->counts.runs, error);
}

static gboolean
add_cross (Gen      *gen,
           guint32   day,
           GError  **error)
{
  pt_cross_training_set_patient_id (gen->cross, gen->patient_id);
  pt_cross_training_set_date (gen->cross, date_of (gen, day));
  pt_cross_training_set_activity (gen->cross,
                                  (PtActivity) rand_int (gen, PT_ACTIVITY_ELLIPTICAL,
                                                         PT_ACTIVITY_STRENGTH));
  pt_cross_training_set_minutes (gen->cross, 5 * rand_int (gen, 4, 12));
  pt_cross_training_set_effort (gen->cross, chance (gen, 0.8) ? rand_int (gen, 3, 7) : PT_NO_INT);

  return append (gen, gen->cross, &gen->counts.cross_training, error);
}

static gboolean
is_session_day (Gen     *gen,
                guint32  day)
{
  for (guint i = 0; i < gen->n_sessions; i++)
    if (gen->session_days[i] == day)
      return TRUE;

  return FALSE;
}

/* One week from @monday: 3-6 runs sharing the week's distance (the Sunday
 * run longest), cross-training on 1-3 of the free days. */
static gboolean
add_week (Gen      *gen,
          guint32   monday,
          guint     n_runs,
          double    km,
          GError  **error)
{
  guint n_cross = (guint) rand_int (gen, 1, 3);
  double shares = n_runs - 1 + 1.6;
  guint added = 0;

  for (guint i = 0; i < n_runs; i++)
    {
      guint32 day = monday + run_days[n_runs][i];
      gboolean long_run = i + 1 == n_runs;
      double run_km = km / shares * (long_run ? 1.6 : rand_real (gen, 0.8, 1.2));

      if (day < gen->join || day > gen->end || is_session_day (gen, day))
        continue;
      if (!add_run (gen, day, run_km, long_run, error))
        return FALSE;
    }

  for (int wd = 0; wd < 7 && added < n_cross; wd++)
    {
      guint32 day = monday + (guint32) ((wd + 4) % 7);
      gboolean run_day = FALSE;

      for (guint i = 0; i < n_runs; i++)
        run_day |= run_days[n_runs][i] == (wd + 4) % 7;
      if (run_day)
        continue;
      added++;
      if (day < gen->join || day > gen->end || is_session_day (gen, day))
        continue;
      if (!add_cross (gen, day, error))
        return FALSE;
    }

  return TRUE;
}

/* Back to running 2-5 weeks after the first visit: the weekly distance
 * starts at 8-15 km and grows 3-8 % a week (a setback now and then) towards
 * the patient's own 20-60 km. */
static gboolean
add_training (Gen      *gen,
              GError  **error)
{
  guint32 start = gen->join + 7 * (guint32) rand_int (gen, 2, 5);
  double km = rand_real (gen, 8, 15);
  double target = rand_real (gen, 20, 60);
  guint base_runs = (guint) rand_int (gen, 3, 5);

  gen->pace = rand_int (gen, 270, 420);
  if (!add_shoes (gen, start, error))
    return FALSE;

  for (guint32 monday = start - (guint32) weekday_of (start); monday <= gen->end; monday += 7)
    {
      guint n_runs = base_runs + (guint) rand_int (gen, 0, 1) - (km < 12 ? 1 : 0);

      n_runs = CLAMP (n_runs, 3, 6);

      if (!add_week (gen, monday, n_runs, km, error))
        return FALSE;

      if (chance (gen, 0.05))
        km *= 0.7;
      else
        {
          double grown = km * rand_real (gen, 1.03, 1.08);
          km = MIN (target, grown);
        }
    }

  return TRUE;
}

static void
gen_clear (Gen *gen)
{
  g_clear_pointer (&gen->rand, g_rand_free);
  g_clear_pointer (&gen->dates, g_free);
  g_clear_object (&gen->patient);
  g_clear_object (&gen->condition);
  g_clear_object (&gen->session);
  g_clear_object (&gen->pain);
  g_clear_object (&gen->shoe);
  g_clear_object (&gen->run);
  g_clear_object (&gen->cross);
}

static void
gen_init (Gen                     *gen,
          const PtGenerateOptions *options)
{
  GDate today, first;

  pt_date_today (&today);
  first = today;
  g_date_subtract_years (&first, options->years);

  gen->rand = g_rand_new_with_seed (options->seed);
  gen->last = g_date_get_julian (&today);
  gen->first = g_date_get_julian (&first);
  gen->dates = g_malloc (11 * (gsize) (gen->last - gen->first + DATE_MARGIN + 1));
  for (guint32 j = gen->first - DATE_MARGIN; j <= gen->last; j++)
    format_julian (j, gen->dates + 11 * (gsize) (j + DATE_MARGIN - gen->first));

  gen->patient = pt_patient_new ();
  gen->condition = pt_condition_new ();
  gen->session = pt_session_new ();
  gen->pain = pt_pain_score_new ();
  gen->shoe = pt_shoe_new ();
  gen->run = pt_run_new ();
  gen->cross = pt_cross_training_new ();
}

static gboolean
check_options (const PtGenerateOptions  *options,
               GError                  **error)
{
  if (options->n_patients < 1 || options->n_patients > PT_GENERATE_MAX_PATIENTS)
    {
      pt_set_field_error (error, "patients", _("The number of patients must be between 1 and %d"),
                          PT_GENERATE_MAX_PATIENTS);
      return FALSE;
    }

  if (options->years < 1 || options->years > PT_GENERATE_MAX_YEARS)
    {
      pt_set_field_error (error, "years", _("The number of years must be between 1 and %d"),
                          PT_GENERATE_MAX_YEARS);
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_generate_clinic (PtStore                  *store,
                    const PtGenerateOptions  *options,
                    PtGenerateCounts         *counts,
                    GError                  **error)
{
  Gen gen = { NULL };

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_options (options, error))
    return FALSE;

  gen.bulk = pt_store_bulk_begin (store, options->replace, _("generate"), error);
  if (gen.bulk == NULL)
    return FALSE;

  gen_init (&gen, options);
  for (guint i = 0; i < options->n_patients; i++)
    {
      if (!add_patient (&gen, i, error) ||
          !add_condition (&gen, error) ||
          !add_sessions (&gen, error) ||
          !add_diary (&gen, error) ||
          !add_training (&gen, error))
        {
          g_prefix_error (error, _("Patient %u of %u: "), i + 1, options->n_patients);
          pt_store_bulk_abort (gen.bulk);
          gen_clear (&gen);
          return FALSE;
        }
    }

  if (!pt_store_bulk_commit (gen.bulk, error))
    {
      gen_clear (&gen);
      return FALSE;
    }

  if (counts != NULL)
    *counts = gen.counts;
  gen_clear (&gen);
  return TRUE;
}
