/* pt-demo-private.h: the pieces the demo clinic is built from
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A demo patient is a "course": who they are, their condition(s), a pain
 * curve, a course of injections and training phases. pt-demo.c plays the
 * courses of pt-demo-courses.c through a few generators; the reference case
 * (pt-demo-reference.c) is written out by hand with the same helpers.
 *
 * Days are counted from the patient's first session (day 0), so a course
 * reads like a clinical story ("runs again from day 35"); every date is
 * fixed, so the clinic is the same whatever today is.
 */

#pragma once

#include "pt-store.h"

G_BEGIN_DECLS

/* The demo clinic's records end on this Sunday (the validation refuses dates
 * after today; tests may pin today to any date from 2026-11-20 on). */
#define PT_DEMO_LAST_DATE "2026-11-15"

/* A phase or diary that runs until PT_DEMO_LAST_DATE. */
#define PT_DEMO_UNTIL_END G_MAXINT

/* Ends a pain curve shorter than PT_DEMO_MAX_POINTS. */
#define PT_DEMO_POINTS_END { G_MAXINT, 0 }

#define PT_DEMO_MAX_POINTS 8
#define PT_DEMO_MAX_PHASES 5
#define PT_DEMO_MAX_SHOES  3

typedef struct
{
  int    day;
  double pain;
} PtDemoPoint;

/* Whole ISO weeks, from the Monday of @from's week to the Sunday of @to's;
 * phases follow each other, and a week two phases share stays with the first.
 * The weekly distance grows geometrically from @km_from (first week, exact)
 * to @km_to (last week), with a little noise; 0 km: cross-training only.
 * The list of phases ends at the first with neither runs nor cross-training. */
typedef struct
{
  int    from;
  int    to;
  double km_from;
  double km_to;
  guint  max_runs;    /* runs a week at most; 3 below 12 km, 4 below 30 km, else 5 */
  guint  cross;       /* cross-training sessions a week */
} PtDemoPhase;

/* Worn from @from until the next shoe of the list starts. */
typedef struct
{
  const char *name;   /* NULL ends the list */
  int         from;
  const char *notes;
} PtDemoShoe;

typedef struct
{
  const char *record_number;
  const char *name;
  const char *date_of_birth;
  PtSex       sex;
  const char *contact;
  const char *notes;
  gboolean    archived;
} PtDemoPerson;

typedef struct
{
  PtConditionKind   kind;        /* onset NULL: no such condition */
  PtSide            side;
  const char       *onset;
  PtConditionStatus status;
  PtPriorTreatment  prior;
  const char       *notes;
  PtDemoPoint       pain[PT_DEMO_MAX_POINTS];  /* days strictly increasing */
  int               diary_from;  /* the patient scores pain every @diary_every days */
  int               diary_to;
  int               diary_every;
} PtDemoCondition;

typedef struct
{
  PtTreatmentType type;
  const char     *solution;
  double          concentration;  /* NAN when not a percentage */
  double          volume_ml;
  int             injections;
  const char     *structures;
  const char     *clinician;
  const char     *site;
  const char     *advice;
  guint           n_sessions;
  int             interval;       /* days between sessions */
} PtDemoTreatment;

typedef struct
{
  PtDemoPerson    person;
  const char     *first_session;
  PtDemoCondition conditions[2];  /* sessions treat the first */
  PtDemoTreatment treatment;
  PtDemoPhase     phases[PT_DEMO_MAX_PHASES];
  PtDemoShoe      shoes[PT_DEMO_MAX_SHOES];
  const char     *cross_mix;      /* b bike, p pool, e elliptical, s strength, w walk */
  int             pace;           /* easy running, seconds per km */
} PtDemoCourse;

typedef struct
{
  PtStore           *store;
  guint32            last;          /* julian day of PT_DEMO_LAST_DATE */

  /* The patient being written */
  guint64            rng;
  guint32            anchor;        /* julian day of the first session */
  gint64             patient_id;
  gint64             condition_id;
  const PtDemoPoint *pain;          /* the treated condition's curve */
  const char        *cross_mix;
  int                pace;
  const PtDemoShoe  *shoes;
  gint64             shoe_ids[PT_DEMO_MAX_SHOES];
  guint              n_shoes;
  int                session_days[8];
  guint              n_session_days;
  int                next_monday;   /* the first week no phase has filled yet */
} PtDemo;

extern const PtDemoCourse pt_demo_courses[];
extern const guint        pt_demo_n_courses;

/* Randomness and days */
int      pt_demo_random_int   (PtDemo                *demo,
                               int                    lo,
                               int                    hi);
double   pt_demo_random_real  (PtDemo                *demo);
void     pt_demo_start        (PtDemo                *demo,
                               guint64                seed,
                               const char            *first_session);
void     pt_demo_date         (PtDemo                *demo,
                               int                    day,
                               char                   out[11]);
int      pt_demo_day_of       (PtDemo                *demo,
                               const char            *date);
int      pt_demo_end_day      (PtDemo                *demo);
double   pt_demo_pain_at      (const PtDemoPoint     *points,
                               int                    day);

/* Records */
gboolean pt_demo_add_patient  (PtDemo                *demo,
                               const PtDemoPerson    *person,
                               GError               **error);
gboolean pt_demo_add_condition (PtDemo               *demo,
                                const PtDemoCondition *spec,
                                GError              **error);
gboolean pt_demo_add_session  (PtDemo                *demo,
                               PtSession             *session,
                               int                    day,
                               GError               **error);
gboolean pt_demo_add_pain     (PtDemo                *demo,
                               int                    day,
                               double                 score,
                               PtPainContext          context,
                               PtPainSource           source,
                               const char            *notes,
                               GError               **error);
gboolean pt_demo_add_shoes    (PtDemo                *demo,
                               const PtDemoShoe      *shoes,
                               GError               **error);
gboolean pt_demo_add_run      (PtDemo                *demo,
                               int                    day,
                               double                 km,
                               gboolean               walk_run,
                               double                 pain,
                               const char            *notes,
                               GError               **error);

/* Generators */
gboolean pt_demo_add_diary    (PtDemo                *demo,
                               const PtDemoCondition *spec,
                               GError               **error);
gboolean pt_demo_add_phases   (PtDemo                *demo,
                               const PtDemoPhase     *phases,
                               GError               **error);

/* The questionnaires of a course patient's condition (pt-demo-outcomes.c) */
gboolean pt_demo_add_outcomes (PtDemo                *demo,
                               PtConditionKind        condition,
                               GError               **error);

/* PT-0001, the reference case of DOMAIN.md */
gboolean pt_demo_fill_reference (PtDemo              *demo,
                                 GError             **error);

G_END_DECLS
