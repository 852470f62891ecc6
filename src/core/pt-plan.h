/* pt-plan.h: the graded return-to-run plan and its pain-monitoring rule
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions over records (no database), like pt-analysis.h, so each
 * decision can be tested on hand-made series.
 *
 * A plan (PtPlan, a GObject) is a start date and an ordered list of steps.
 * A step (PtPlanStep, a plain struct, boxed for GValue) is one of:
 *  - walk/run intervals: run minutes, walk minutes, repetitions
 *    (1 min running, 2 min walking, 5 times);
 *  - a continuous run of so many minutes;
 *  - a weekly distance in metres;
 * with the number of sessions to complete before the plan advances: runs
 * for the first two kinds, weeks for the weekly kind. The steps are kept
 * by value in a GArray; pt_plan_get_step () returns a pointer into it that
 * is valid until the next edit. "steps-changed" (position, removed, added)
 * follows GListModel's items-changed, so a view can mirror the steps into a
 * GListStore of its own.
 *
 * The rule (PtPlanRule, a plain struct) says which runs are tolerated:
 * pt_plan_rule_init () gives the named rules, the clinic may change any
 * parameter afterwards (the kind becomes PT_PLAN_RULE_CUSTOM by convention
 * of the caller; nothing here depends on the kind).
 *
 * Evaluation (pt_plan_evaluate ()) walks the patient's runs from the plan's
 * start date in date order and decides after each one (definitions):
 *  - the usual morning level before a run: the last morning pain score
 *    (context morning, a day's mean when several) dated on or before the
 *    run's day; the next morning: the first morning score 1 to
 *    next_morning_days days after the run;
 *  - a run meets an interval or continuous step when its duration is at
 *    least (1 - PT_PLAN_PRESCRIPTION_TOLERANCE) of the prescribed time
 *    (intervals: repetitions x (run + walk) minutes, the whole session;
 *    continuous: its minutes); a shorter run, or one without a duration,
 *    is recorded but does not count;
 *  - a weekly step counts weeks: a week is the 7 days from the first run
 *    at that step (then from the first run after those 7 days, and so on),
 *    not a calendar week; it is done when its runs add up to at least
 *    (1 - PT_PLAN_PRESCRIPTION_TOLERANCE) of the weekly distance;
 *  - STEP BACK when a recorded value breaks the rule: pain during the run
 *    above max_pain_during, an after-run score that day above
 *    max_pain_after, the next morning above the usual level plus
 *    next_morning_tolerance, or (check_weekly) a rise of the mean morning
 *    pain from week to week: plan weeks are the 7 days from the start
 *    date, 7 days on, and so on (week -1 the 7 days before it); the first
 *    run of week k compares week k-1 with week k-2, each mean rounded to
 *    the half points pain is scored in, and a rise above weekly_tolerance
 *    steps back (once: the other runs of that week are judged as usual);
 *    a week without a morning score compares nothing. Back one step; at
 *    the first step the plan stays there; counts restart at zero;
 *  - missing data, when nothing recorded breaks the rule: a run without
 *    pain during, or (require_next_morning) without a next-morning score,
 *    or without a usual level to compare it with, is HOLD and does not
 *    count: the rule cannot say it was tolerated. Pain after the run is
 *    optional (checked when scored);
 *  - otherwise a run that meets the step counts; ADVANCE when the step's
 *    sessions are done, else HOLD.
 * Evaluation is from scratch and deterministic: nothing is stored, so a
 * morning score logged later changes the decision on the run before it the
 * next time the plan is evaluated (a HOLD for want of it may become an
 * ADVANCE or a STEP BACK, and the steps after it follow).
 */

#pragma once

#include <gio/gio.h>

#include "pt-types.h"

G_BEGIN_DECLS

/* A run meets its step's prescription at 90 % of it or more (a 25-minute
 * session of 22 min 30 s counts; GPS watches and stopped clocks differ by a
 * minute or two). The same for a week's distance. */
#define PT_PLAN_PRESCRIPTION_TOLERANCE 0.10

/* Default start of the weekly-distance phase when none is given: three
 * 30-minute runs a week at an easy 6:30 per km, rounded to 100 m. */
#define PT_PLAN_DEFAULT_PACE_S_PER_KM 390.0
/* Weekly distance grows by this much a week in the template, percent. */
#define PT_PLAN_WEEKLY_INCREASE 10.0

/* ---- steps ---- */

typedef enum
{
  PT_PLAN_STEP_INTERVALS,   /* run_min running, walk_min walking, repetitions times */
  PT_PLAN_STEP_CONTINUOUS,  /* minutes of continuous running */
  PT_PLAN_STEP_WEEKLY,      /* weekly_m metres a week */
} PtPlanStepKind;

typedef struct
{
  PtPlanStepKind kind;
  guint          run_min;      /* intervals */
  guint          walk_min;     /* intervals */
  guint          repetitions;  /* intervals */
  guint          minutes;      /* continuous */
  double         weekly_m;     /* weekly */
  guint          sessions;     /* runs (weekly: weeks) to complete, at least 1 */
} PtPlanStep;

#define PT_TYPE_PLAN_STEP (pt_plan_step_get_type ())
GType       pt_plan_step_get_type   (void) G_GNUC_CONST;
PtPlanStep *pt_plan_step_copy       (const PtPlanStep *step);
void        pt_plan_step_free       (PtPlanStep       *step);

PtPlanStep  pt_plan_step_intervals  (guint             run_min,
                                     guint             walk_min,
                                     guint             repetitions,
                                     guint             sessions);
PtPlanStep  pt_plan_step_continuous (guint             minutes,
                                     guint             sessions);
PtPlanStep  pt_plan_step_weekly     (double            weekly_m,
                                     guint             sessions);
/* Refuses (PT_ERROR_INVALID, a full sentence) a step a clinician could not
 * mean: no running, more than 3 hours, more than 500 km a week, no
 * sessions, more than 20 sessions. */
gboolean    pt_plan_step_validate   (const PtPlanStep *step,
                                     GError          **error);
/* The session time an interval or continuous step prescribes, in seconds;
 * 0 for a weekly step. */
gint64      pt_plan_step_seconds    (const PtPlanStep *step);
/* For people: "3 min running, 2 min walking, 5 times", "25 min continuous
 * running", "15.2 km a week". */
char       *pt_plan_step_describe   (const PtPlanStep *step,
                                     PtDistanceUnit    unit);

/* ---- plans ---- */

typedef enum
{
  /* Walk/run 1/2, 2/2, 3/2 (minutes running/walking, 5 times each), 4/1,
   * 5/1; continuous 20, 25, 30 min; two runs at each; then the weekly
   * distance +10 % a week up to the goal, a week at each. */
  PT_PLAN_TEMPLATE_WALK_RUN,
  /* After a short break (under a month): continuous 10, 15, 20, 25, 30 min,
   * two runs at each, then the weekly phase. */
  PT_PLAN_TEMPLATE_CONTINUOUS,
} PtPlanTemplate;

#define PT_TYPE_PLAN (pt_plan_get_type ())

G_DECLARE_FINAL_TYPE (PtPlan, pt_plan, PT, PLAN, GObject)

/* An empty plan from @start_date (a valid YYYY-MM-DD). */
PtPlan           *pt_plan_new                (const char        *start_date);
/* The template's steps from @start_date; the weekly phase starts at
 * @start_weekly_m (0: three 30-minute runs at PT_PLAN_DEFAULT_PACE_S_PER_KM)
 * and grows PT_PLAN_WEEKLY_INCREASE % a week on the step before, rounded
 * down to 100 m (so no week is more than 10 % up; at least 100 m), up to
 * @goal_weekly_m (the last step is the goal itself: 13.8, 15.1, 16.6, ...,
 * 29.2, 30 km). Refuses
 * (PT_ERROR_INVALID) a date that is none and a goal outside 1 to 500 km. */
PtPlan           *pt_plan_new_from_template  (PtPlanTemplate     template_,
                                              const char        *start_date,
                                              double             start_weekly_m,
                                              double             goal_weekly_m,
                                              GError           **error);
const char       *pt_plan_get_start_date     (PtPlan            *self);
/* Refuses (PT_ERROR_INVALID) a date that is none. */
gboolean          pt_plan_set_start_date     (PtPlan            *self,
                                              const char        *start_date,
                                              GError           **error);
guint             pt_plan_get_n_steps        (PtPlan            *self);
const PtPlanStep *pt_plan_get_step           (PtPlan            *self,
                                              guint              position);
/* Inserts @step before @position (pt_plan_get_n_steps (): at the end). */
gboolean          pt_plan_insert_step        (PtPlan            *self,
                                              guint              position,
                                              const PtPlanStep  *step,
                                              GError           **error);
gboolean          pt_plan_replace_step       (PtPlan            *self,
                                              guint              position,
                                              const PtPlanStep  *step,
                                              GError           **error);
void              pt_plan_remove_step        (PtPlan            *self,
                                              guint              position);

/* ---- the pain-monitoring rule ---- */

/* PtPlanRuleKind, the named rules, is in pt-types.h (stored by nick). */

typedef struct
{
  PtPlanRuleKind kind;
  double         max_pain_during;        /* 0-10, the limit itself allowed */
  double         max_pain_after;         /* an after-run score that day; 10: no check */
  gboolean       check_next_morning;
  double         next_morning_tolerance; /* points above the usual morning level allowed */
  guint          next_morning_days;      /* 1: only the day after the run */
  gboolean       require_next_morning;   /* without one the run does not count */
  gboolean       check_weekly;           /* morning pain must not rise week to week */
  double         weekly_tolerance;       /* points the week's mean (in half points) may rise */
} PtPlanRule;

void        pt_plan_rule_init        (PtPlanRule       *rule,
                                      PtPlanRuleKind    kind);
/* Refuses (PT_ERROR_INVALID) parameters a clinic could not mean: pain
 * limits and tolerances outside 0 to 10, a next morning 0 or more than 7
 * days after the run. */
gboolean    pt_plan_rule_validate    (const PtPlanRule *rule,
                                      GError          **error);
/* "Silbernagel pain-monitoring model", "Pain during at most 3/10", ... */
const char *pt_plan_rule_kind_name   (PtPlanRuleKind    kind);
/* The rule in sentences for the clinician and the patient, with its source:
 * "Pain during the run may reach 5/10. ... (Silbernagel et al., Am J Sports
 * Med 2007;35:897-906)". */
char       *pt_plan_rule_describe    (const PtPlanRule *rule);

/* ---- evaluation ---- */

typedef enum
{
  PT_PLAN_ADVANCE,
  PT_PLAN_HOLD,
  PT_PLAN_STEP_BACK,
} PtPlanDecision;

typedef enum
{
  PT_PLAN_REASON_STEP_DONE,        /* ADVANCE: the step's sessions are done */
  PT_PLAN_REASON_COUNTED,          /* HOLD: counted, more sessions to do */
  PT_PLAN_REASON_SHORT,            /* HOLD: below the prescription */
  PT_PLAN_REASON_NO_DURATION,      /* HOLD: no duration to compare */
  PT_PLAN_REASON_NO_PAIN_DURING,   /* HOLD: missing data */
  PT_PLAN_REASON_NO_NEXT_MORNING,  /* HOLD: missing data */
  PT_PLAN_REASON_NO_USUAL_MORNING, /* HOLD: no morning score before the run */
  PT_PLAN_REASON_WEEK_PART,        /* HOLD: part of the week's distance */
  PT_PLAN_REASON_WEEK_DONE,        /* HOLD: the week counted, more weeks to do */
  PT_PLAN_REASON_WEEK_ALREADY,     /* HOLD: this week counted already */
  PT_PLAN_REASON_COMPLETE,         /* HOLD: the plan is complete */
  PT_PLAN_REASON_PAIN_DURING,      /* STEP BACK */
  PT_PLAN_REASON_PAIN_AFTER,       /* STEP BACK */
  PT_PLAN_REASON_NEXT_MORNING,     /* STEP BACK */
  PT_PLAN_REASON_WEEKLY_RISE,      /* STEP BACK */
} PtPlanReason;

typedef struct
{
  char           date[11];      /* of the run */
  gint64         run_id;        /* its record id (0 when unsaved) */
  guint          step;          /* the step it was judged against (0-based) */
  guint          next_step;     /* where the plan is after it; n_steps: complete */
  PtPlanDecision decision;
  PtPlanReason   reason;
  gboolean       counted;       /* counted toward the step */
  guint          done;          /* sessions done at next_step after this run */
  double         pain_during;   /* NAN when not recorded */
  double         usual_morning; /* NAN when none */
  double         next_morning;  /* NAN when none */
  char          *text;          /* the decision in a translated sentence */
} PtPlanEntry;

typedef struct _PtPlanProgress PtPlanProgress;

/* Decides after each run in @runs (PtRun, any order; those before the
 * plan's start date are left out) by @rule, reading the pain scores in
 * @pain_scores (PtPainScore; of @condition_id, 0: all, as
 * pt_analysis_of_condition ()). Distances in sentences in @unit. */
PtPlanProgress    *pt_plan_evaluate                  (PtPlan           *plan,
                                                      const PtPlanRule *rule,
                                                      GListModel       *runs,
                                                      GListModel       *pain_scores,
                                                      gint64            condition_id,
                                                      PtDistanceUnit    unit);
void               pt_plan_progress_free             (PtPlanProgress   *self);
guint              pt_plan_progress_get_n_entries    (PtPlanProgress   *self);
const PtPlanEntry *pt_plan_progress_get_entry        (PtPlanProgress   *self,
                                                      guint             position);
/* Where the plan is now (pt_plan_get_n_steps (): complete) and the
 * sessions done there. */
guint              pt_plan_progress_get_current_step (PtPlanProgress   *self);
guint              pt_plan_progress_get_done         (PtPlanProgress   *self);
gboolean           pt_plan_progress_is_complete      (PtPlanProgress   *self);
/* "Next run: 3 min running, 2 min walking, 5 times (step 3 of 11)." */
char              *pt_plan_progress_next_run         (PtPlanProgress   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtPlanProgress, pt_plan_progress_free)

G_END_DECLS
