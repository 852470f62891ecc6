/* pt-analysis.h: the arithmetic of recovery
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions over records (no database), so every rule can be tested
 * on hand-made series. Definitions (DOMAIN.md):
 *  - a pain reading is a pain score, or the pain a session recorded before
 *    the injection (the clinic's score of that day); the pain a session
 *    recorded after the injection is taken under local anaesthetic, so it
 *    is shown (marked post-injection) but never counted;
 *  - a day's pain is the mean of the readings that count that day;
 *  - baseline: the last day with pain on or before the first session,
 *    else the first day with pain;
 *  - latest: the last day with pain;
 *  - the main condition of a patient (the one the page, the chart, the
 *    reports and the patient list follow): pt_analysis_main_condition;
 *  - percent change: (latest - baseline) / baseline * 100, negative when
 *    pain fell; undefined when the baseline is 0;
 *  - first run back: the first run on or after the first session;
 *  - weeks start on the clinic's chosen day (Preferences > Week Starts On;
 *    G_DATE_MONDAY gives ISO weeks); every function that groups by week
 *    takes that day, there is no default.
 */

#pragma once

#include <gio/gio.h>

#include "pt-types.h"

G_BEGIN_DECLS

#define PT_TEN_PERCENT_RULE 10.0
/* Reductions of pain from baseline commonly taken as moderately important
 * and as substantial (DOMAIN.md), in percent. */
#define PT_PAIN_MODERATE_REDUCTION    30.0
#define PT_PAIN_SUBSTANTIAL_REDUCTION 50.0

/* What a percent change of pain means clinically: the same thresholds, as
 * fewer than 30 % either way is no important change (8.5 to 8.0 is -6 %). */
typedef enum
{
  PT_PAIN_CHANGE_WORSE,        /* 30 % or more above baseline */
  PT_PAIN_CHANGE_NONE,         /* less than 30 % either way */
  PT_PAIN_CHANGE_MODERATE,     /* 30 % to under 50 % less */
  PT_PAIN_CHANGE_SUBSTANTIAL,  /* 50 % or more less */
} PtPainChange;

PtPainChange pt_analysis_classify_change (double percent_change);
/* The acute:chronic workload ratio commonly taken as the safe range. */
#define PT_ACWR_LOW  0.8
#define PT_ACWR_HIGH 1.3
#define PT_ACWR_ACUTE_DAYS   7
#define PT_ACWR_CHRONIC_DAYS 28
/* Under this 28-day average the ratio means nothing (a return after a gap:
 * 3 km over 4 km is 0.75, over 0.4 km 7.5), so there is none. */
#define PT_ACWR_MIN_CHRONIC_M_PER_WEEK 5000.0

typedef enum
{
  PT_PAIN_READING_SCORE,           /* a pain score record */
  PT_PAIN_READING_BEFORE_SESSION,  /* a session's pain before the injection: counts */
  PT_PAIN_READING_AFTER_INJECTION, /* a session's pain after it: shown, never counted */
} PtPainReadingKind;

typedef struct
{
  char              date[11];    /* YYYY-MM-DD */
  double            pain;
  PtPainReadingKind kind;
  PtPainContext     context;     /* of a score; PT_PAIN_CONTEXT_OTHER for a session */
  PtPainSource      source;      /* who recorded it; a session's: the clinic */
  gint64            record_id;   /* the score or the session */
} PtPainReading;

typedef struct
{
  char   date[11];   /* YYYY-MM-DD */
  double pain;       /* mean of the day's readings that count */
  guint  n_scores;   /* readings counted */
  guint  n_patient;  /* of them, recorded by the patient */
} PtDayPain;

typedef struct
{
  char     start[11];         /* the week's first day: the recovery's week_start
                               * day (a Monday for ISO weeks) */
  int      iso_year;
  int      iso_week;
  double   distance_m;
  guint    n_runs;
  guint    cross_minutes;
  gboolean has_change;        /* the week before had distance to compare with */
  double   change_pct;        /* week-on-week distance change */
  gboolean over_ten_percent;  /* change_pct > 10 % */
} PtWeek;

typedef struct
{
  gint64   condition_id;      /* 0: all conditions */

  gboolean has_baseline;
  double   baseline;
  char     baseline_date[11];
  gboolean has_latest;
  double   latest;
  char     latest_date[11];
  gboolean has_percent;
  double   percent_change;    /* negative: less pain than at baseline */

  guint    n_sessions;
  char     first_session[11]; /* "" when there is none */
  char     last_session[11];
  int      days_since_first_session;  /* to today; -1 without sessions */

  /* Of the whole patient, whatever condition_id: the next visit booked at
   * the latest session (pt_analysis_next_visit), "" when none. */
  char     next_visit[11];
  int      days_to_next_visit;        /* from today; negative: overdue */

  char     first_run_back[11];        /* "" when none yet */
  int      days_to_first_run;         /* -1 when none */

  GArray  *readings;          /* PtPainReading, oldest first */
  GArray  *days;              /* PtDayPain, oldest first */
  GArray  *weeks;             /* PtWeek, every week from the first to the last activity */
  GDateWeekday week_start;    /* the day weeks start on (G_DATE_MONDAY: ISO weeks) */
} PtRecovery;

/* Whether a record of condition @record_condition_id (0: none) belongs to
 * what follows @condition_id (0: every condition): a record with no
 * condition belongs to each. The one rule for scores, sessions, the
 * chart's series and the report's tables. */
gboolean    pt_analysis_of_condition    (gint64       record_condition_id,
                                         gint64       condition_id);

/* The condition the patient's page, chart, reports and list follow, of
 * @conditions (PtCondition, in any order): the active one with the latest
 * onset (the highest id among equals), else the latest of any status by
 * the same order; NULL when there is none. The patient list's summary
 * (pt-schema.c, migration 4) is the same rule in SQL, and test-summary
 * checks that the two agree on every patient of a generated clinic. */
PtCondition *pt_analysis_main_condition (GListModel  *conditions);

/* The pain readings (PtPainReading) of @condition_id, or of every condition
 * when it is 0: pain scores of that condition and those with no condition,
 * and the pain before and after of that condition's sessions; by date,
 * then in the order given (scores before sessions). */
GArray     *pt_analysis_pain_readings   (GListModel  *pain_scores,
                                         GListModel  *sessions,
                                         gint64       condition_id);
/* Whether @reading counts for the day's pain (not post-injection). */
gboolean    pt_pain_reading_counts      (const PtPainReading *reading);
/* A day's pain (PtDayPain, oldest first) from @readings (sorted by date):
 * the mean of those that count. */
GArray     *pt_analysis_daily_pain      (GArray      *readings);
/* The same over the readings of @kind only, of @context too when it is 0
 * or more (-1: any), counted or not: one series of the chart. */
GArray     *pt_analysis_daily_mean      (GArray            *readings,
                                         PtPainReadingKind  kind,
                                         int                context);
gboolean    pt_analysis_baseline        (GArray      *days,
                                         const char  *first_session,
                                         guint       *index);
gboolean    pt_analysis_percent_change  (double       baseline,
                                         double       latest,
                                         double      *percent);
/* Runs (PtRun) and cross-training (PtCrossTraining) per week, with weeks
 * that start on @first_day (the clinic's preference). */
GArray     *pt_analysis_weekly          (GListModel   *runs,
                                         GListModel   *cross_training,
                                         GDateWeekday  first_day);

/* The next visit of a patient with @sessions (PtSession): the one booked at
 * the latest session (latest date, then the last saved), NULL when that
 * session booked none; a later session without a next visit means none is
 * booked. The patient list's summary (pt-schema.c, migration 3) uses the
 * same rule. */
char       *pt_analysis_next_visit      (GListModel  *sessions);
/* The patient's latest session among @sessions (of @condition_id, or any
 * when 0): the latest date, then the last saved; NULL when none. */
PtSession  *pt_analysis_latest_session  (GListModel  *sessions,
                                         gint64       condition_id);

/* Metres run (PtRun) on each day from @first to @last (YYYY-MM-DD,
 * inclusive): a GArray of double, 0 on days without runs; NULL when the
 * dates do not parse or @last is before @first. */
GArray     *pt_analysis_daily_distance  (GListModel  *runs,
                                         const char  *first,
                                         const char  *last);
/* The acute:chronic workload ratio of each day of @daily_m (doubles, one a
 * day): the mean daily distance of the last 7 days over the mean of the
 * last 28 days (both ending that day). NAN for the first 27 days, where
 * there is no 28-day history, and where the 28-day mean is under
 * PT_ACWR_MIN_CHRONIC_M_PER_WEEK a week. */
GArray     *pt_analysis_acwr            (GArray      *daily_m);

/* The recovery of @condition_id (0: every condition) as of @today
 * (YYYY-MM-DD; NULL: no day counts are computed), with weeks that start on
 * @week_start. A patient's records and their recovery are loaded together
 * by pt_patient_bundle_load (pt-patient-bundle.h). */
PtRecovery *pt_recovery_compute         (GListModel   *pain_scores,
                                         GListModel   *sessions,
                                         GListModel   *runs,
                                         GListModel   *cross_training,
                                         gint64        condition_id,
                                         const char   *today,
                                         GDateWeekday  week_start);
/* The week holding @date, or NULL. */
const PtWeek *pt_recovery_find_week     (const PtRecovery *recovery,
                                         const char  *date);
/* How many weeks of @recovery ran more than 10 % above the week before
 * (PtWeek.over_ten_percent), and the latest of them in @latest (may be
 * NULL; NULL when none). */
guint       pt_recovery_count_over_rule (const PtRecovery  *recovery,
                                         const PtWeek     **latest);
/* The most to run in the week after a week of @distance_m under the 10 %
 * rule, as a round figure to advise: the distance times 1.10, rounded down
 * to a whole km or mile of @unit, in metres (27.7 km → 30 km, 17.2 mi →
 * 18 mi). */
double      pt_analysis_next_week_limit (double          distance_m,
                                         PtDistanceUnit  unit);
void        pt_recovery_free            (PtRecovery  *recovery);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtRecovery, pt_recovery_free)

G_END_DECLS
