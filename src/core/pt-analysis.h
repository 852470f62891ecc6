/* pt-analysis.h: the arithmetic of recovery
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions over records (no database), so every rule can be tested
 * on hand-made series. Definitions (DOMAIN.md):
 *  - a day's pain is the mean of the scores recorded that day;
 *  - baseline: the last day with scores on or before the first session,
 *    else the first day with scores;
 *  - latest: the last day with scores;
 *  - percent change: (latest - baseline) / baseline * 100, negative when
 *    pain fell; undefined when the baseline is 0;
 *  - first run back: the first run on or after the first session;
 *  - weeks are ISO weeks (Monday to Sunday).
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

typedef struct
{
  char   date[11];   /* YYYY-MM-DD */
  double pain;       /* mean of the day's scores */
  guint  n_scores;
} PtDayPain;

typedef struct
{
  char     monday[11];        /* first day of the week: a Monday (ISO week), or the
                               * recovery's week_start day */
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

  GArray  *days;              /* PtDayPain, oldest first */
  GArray  *weeks;             /* PtWeek, every week from the first to the last activity */
  GDateWeekday week_start;    /* the day weeks start on (G_DATE_MONDAY: ISO weeks) */
} PtRecovery;

/* Pain scores (PtPainScore) of @condition_id (and those with no condition),
 * or all when @condition_id is 0, averaged per day. */
GArray     *pt_analysis_daily_pain      (GListModel  *pain_scores,
                                         gint64       condition_id);
gboolean    pt_analysis_baseline        (GArray      *days,
                                         const char  *first_session,
                                         guint       *index);
gboolean    pt_analysis_percent_change  (double       baseline,
                                         double       latest,
                                         double      *percent);
/* Runs (PtRun) and cross-training (PtCrossTraining) per ISO week. */
GArray     *pt_analysis_weekly          (GListModel  *runs,
                                         GListModel  *cross_training);
/* The same with weeks that start on @first_day (the clinic's preference). */
GArray     *pt_analysis_weekly_from     (GListModel   *runs,
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

PtRecovery *pt_recovery_compute         (GListModel  *pain_scores,
                                         GListModel  *sessions,
                                         GListModel  *runs,
                                         GListModel  *cross_training,
                                         gint64       condition_id,
                                         const char  *today);
/* The same with weeks that start on @week_start. */
PtRecovery *pt_recovery_compute_full    (GListModel   *pain_scores,
                                         GListModel   *sessions,
                                         GListModel   *runs,
                                         GListModel   *cross_training,
                                         gint64        condition_id,
                                         const char   *today,
                                         GDateWeekday  week_start);
/* Loads the patient's records and computes their recovery. */
PtRecovery *pt_recovery_load            (PtStore     *store,
                                         gint64       patient_id,
                                         gint64       condition_id,
                                         GError     **error);
PtRecovery *pt_recovery_load_full       (PtStore      *store,
                                         gint64        patient_id,
                                         gint64        condition_id,
                                         GDateWeekday  week_start,
                                         GError      **error);
/* The week holding @date, or NULL. */
const PtWeek *pt_recovery_find_week     (PtRecovery  *recovery,
                                         const char  *date);
void        pt_recovery_free            (PtRecovery  *recovery);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtRecovery, pt_recovery_free)

G_END_DECLS
