/* pt-analysis.c: the arithmetic of recovery
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-analysis.h"
#include "pt-date.h"
#include "pt-condition.h"
#include "pt-pain-score.h"
#include "pt-run.h"
#include "pt-session.h"
#include "pt-cross-training.h"
#include "pt-units.h"

static void
copy_date (char        dest[11],
           const char *src)
{
  g_strlcpy (dest, src != NULL ? src : "", 11);
}

gboolean
pt_analysis_of_condition (gint64 record_condition_id,
                          gint64 condition_id)
{
  return condition_id == 0 || record_condition_id == 0 || record_condition_id == condition_id;
}

static void
add_reading (GArray            *readings,
             const char        *date,
             double             pain,
             PtPainReadingKind  kind,
             PtPainContext      context,
             PtPainSource       source,
             gint64             record_id)
{
  PtPainReading reading = { .pain = pain, .kind = kind, .context = context, .source = source,
                            .record_id = record_id };
  GDate parsed;

  /* Store and schema accept only valid dates and scores; a row that still
   * has none (a file edited by another tool) is left out, not trusted. */
  if (!pt_has_value (pain) || date == NULL || !pt_date_parse (date, &parsed))
    return;

  copy_date (reading.date, date);
  g_array_append_val (readings, reading);
}

static int
compare_readings_by_date (gconstpointer a,
                          gconstpointer b)
{
  return strcmp (((const PtPainReading *) a)->date, ((const PtPainReading *) b)->date);
}

GArray *
pt_analysis_pain_readings (GListModel *pain_scores,
                           GListModel *sessions,
                           gint64      condition_id)
{
  GArray *readings = g_array_new (FALSE, TRUE, sizeof (PtPainReading));
  g_autoptr(GPtrArray) sorted = NULL;

  for (guint i = 0; pain_scores != NULL && i < g_list_model_get_n_items (pain_scores); i++)
    {
      g_autoptr(PtPainScore) score = g_list_model_get_item (pain_scores, i);

      if (pt_analysis_of_condition (pt_pain_score_get_condition_id (score), condition_id))
        add_reading (readings, pt_pain_score_get_date (score), pt_pain_score_get_score (score),
                     PT_PAIN_READING_SCORE, pt_pain_score_get_context (score),
                     pt_pain_score_get_source (score), pt_record_get_id (PT_RECORD (score)));
    }

  for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PtSession) session = g_list_model_get_item (sessions, i);
      const char *date = pt_session_get_date (session);
      gint64 id = pt_record_get_id (PT_RECORD (session));

      if (!pt_analysis_of_condition (pt_session_get_condition_id (session), condition_id))
        continue;
      add_reading (readings, date, pt_session_get_pain_before (session),
                   PT_PAIN_READING_BEFORE_SESSION, PT_PAIN_CONTEXT_OTHER, PT_PAIN_SOURCE_CLINIC, id);
      add_reading (readings, date, pt_session_get_pain_after (session),
                   PT_PAIN_READING_AFTER_INJECTION, PT_PAIN_CONTEXT_OTHER, PT_PAIN_SOURCE_CLINIC,
                   id);
    }

  /* GLib sorts stably (a merge sort), so the input order is kept within a day. */
  g_array_sort (readings, compare_readings_by_date);
  return readings;
}

gboolean
pt_pain_reading_counts (const PtPainReading *reading)
{
  g_return_val_if_fail (reading != NULL, FALSE);

  return reading->kind != PT_PAIN_READING_AFTER_INJECTION;
}

/* The mean per day of the readings that @keep (with @kind and @context). */
static GArray *
daily_mean (GArray             *readings,
            gboolean          (*keep) (const PtPainReading *, int, int),
            int                 kind,
            int                 context)
{
  GArray *days = g_array_new (FALSE, TRUE, sizeof (PtDayPain));
  double sum = 0;

  for (guint i = 0; readings != NULL && i < readings->len; i++)
    {
      const PtPainReading *reading = &g_array_index (readings, PtPainReading, i);
      PtDayPain *day = days->len > 0 ? &g_array_index (days, PtDayPain, days->len - 1) : NULL;

      if (!keep (reading, kind, context))
        continue;

      if (day == NULL || strcmp (day->date, reading->date) != 0)
        {
          PtDayPain fresh = { .n_scores = 0 };

          copy_date (fresh.date, reading->date);
          g_array_append_val (days, fresh);
          day = &g_array_index (days, PtDayPain, days->len - 1);
          sum = 0;
        }

      sum += reading->pain;
      day->n_scores++;
      day->n_patient += reading->source == PT_PAIN_SOURCE_PATIENT ? 1 : 0;
      day->pain = sum / day->n_scores;
    }

  return days;
}

static gboolean
keep_counted (const PtPainReading *reading,
              int                  kind,
              int                  context)
{
  return pt_pain_reading_counts (reading);
}

static gboolean
keep_series (const PtPainReading *reading,
             int                  kind,
             int                  context)
{
  return (int) reading->kind == kind && (context < 0 || (int) reading->context == context);
}

GArray *
pt_analysis_daily_pain (GArray *readings)
{
  return daily_mean (readings, keep_counted, 0, 0);
}

GArray *
pt_analysis_daily_mean (GArray            *readings,
                        PtPainReadingKind  kind,
                        int                context)
{
  return daily_mean (readings, keep_series, (int) kind, context);
}

/* The order of pt_analysis_main_condition: active first, then the later
 * onset, then the higher id. */
static gboolean
condition_before (PtCondition *a,
                  PtCondition *b)
{
  gboolean a_active = pt_condition_get_status (a) == PT_CONDITION_STATUS_ACTIVE;
  gboolean b_active = pt_condition_get_status (b) == PT_CONDITION_STATUS_ACTIVE;
  int order;

  if (a_active != b_active)
    return a_active;
  order = g_strcmp0 (pt_condition_get_onset_date (a), pt_condition_get_onset_date (b));
  if (order != 0)
    return order > 0;
  return pt_record_get_id (PT_RECORD (a)) > pt_record_get_id (PT_RECORD (b));
}

PtCondition *
pt_analysis_main_condition (GListModel *conditions)
{
  g_autoptr(PtCondition) main = NULL;

  for (guint i = 0; conditions != NULL && i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(PtCondition) condition = g_list_model_get_item (conditions, i);

      if (main == NULL || condition_before (condition, main))
        g_set_object (&main, condition);
    }

  return g_steal_pointer (&main);
}

gboolean
pt_analysis_baseline (GArray     *days,
                      const char *first_session,
                      guint      *index)
{
  gboolean found = FALSE;

  if (days == NULL || days->len == 0)
    return FALSE;

  if (first_session != NULL && *first_session != '\0')
    {
      for (guint i = 0; i < days->len; i++)
        {
          if (strcmp (g_array_index (days, PtDayPain, i).date, first_session) > 0)
            break;
          *index = i;
          found = TRUE;
        }
    }

  if (!found)
    *index = 0;

  return TRUE;
}

gboolean
pt_analysis_percent_change (double  baseline,
                            double  latest,
                            double *percent)
{
  if (baseline <= 0)
    return FALSE;

  *percent = (latest - baseline) / baseline * 100.0;
  return TRUE;
}

/* Store and schema accept only valid dates; a row that still has none
 * (a file edited by another tool) is left out rather than trusted. */
static gboolean
week_key (const char   *date,
          GDateWeekday  first_day,
          GDate        *start)
{
  GDate d;

  if (!pt_date_parse (date, &d))
    return FALSE;

  pt_date_week_start_on (&d, first_day, start);
  return TRUE;
}

static void
span_dates (GListModel   *model,
            const char *(*get_date) (gpointer),
            GDateWeekday  first_day,
            GDate        *first,
            GDate        *last)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      GDate start;

      if (!week_key (get_date (item), first_day, &start))
        continue;
      if (!g_date_valid (first) || g_date_compare (&start, first) < 0)
        *first = start;
      if (!g_date_valid (last) || g_date_compare (&start, last) > 0)
        *last = start;
    }
}

static PtWeek *
week_for (GArray       *weeks,
          const GDate  *first,
          GDateWeekday  first_day,
          const char   *date)
{
  GDate start;
  int index;

  if (!week_key (date, first_day, &start))
    return NULL;

  index = g_date_days_between (first, &start) / 7;
  g_assert (index >= 0 && (guint) index < weeks->len);
  return &g_array_index (weeks, PtWeek, index);
}

/* Every week from @first to @last (the weeks' first days), empty. */
static GArray *
make_weeks (const GDate *first,
            const GDate *last)
{
  GArray *weeks = g_array_new (FALSE, TRUE, sizeof (PtWeek));

  for (GDate d = *first; g_date_valid (first) && g_date_compare (&d, last) <= 0;
       g_date_add_days (&d, 7))
    {
      PtWeek week = { .n_runs = 0 };
      g_autofree char *text = pt_date_format (&d);
      GDate thursday = d;

      copy_date (week.start, text);
      /* The ISO week of the week's Thursday (a Sunday start: four days on). */
      g_date_add_days (&thursday, (G_DATE_THURSDAY - g_date_get_weekday (&d) + 7) % 7);
      week.iso_week = (int) g_date_get_iso8601_week_of_year (&thursday);
      week.iso_year = g_date_get_year (&thursday);
      g_array_append_val (weeks, week);
    }

  return weeks;
}

static void
compute_changes (GArray *weeks)
{
  for (guint i = 1; i < weeks->len; i++)
    {
      PtWeek *prev = &g_array_index (weeks, PtWeek, i - 1);
      PtWeek *week = &g_array_index (weeks, PtWeek, i);

      if (prev->distance_m <= 0)
        continue;

      week->has_change = TRUE;
      week->change_pct = (week->distance_m - prev->distance_m) / prev->distance_m * 100.0;
      /* A hair of tolerance, so 10 % exactly (in floating point) is not flagged. */
      week->over_ten_percent = week->change_pct > PT_TEN_PERCENT_RULE + 1e-9;
    }
}

GArray *
pt_analysis_weekly (GListModel   *runs,
                    GListModel   *cross_training,
                    GDateWeekday  first_day)
{
  GArray *weeks;
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  span_dates (runs, (const char *(*) (gpointer)) pt_run_get_date, first_day, &first, &last);
  span_dates (cross_training, (const char *(*) (gpointer)) pt_cross_training_get_date,
              first_day, &first, &last);

  weeks = make_weeks (&first, &last);

  for (guint i = 0; runs != NULL && i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);
      PtWeek *week = week_for (weeks, &first, first_day, pt_run_get_date (run));

      if (week == NULL)
        continue;
      week->distance_m += pt_run_get_distance_m (run);
      week->n_runs++;
    }

  for (guint i = 0; cross_training != NULL && i < g_list_model_get_n_items (cross_training); i++)
    {
      g_autoptr(PtCrossTraining) entry = g_list_model_get_item (cross_training, i);
      PtWeek *week = week_for (weeks, &first, first_day, pt_cross_training_get_date (entry));

      if (week == NULL)
        continue;
      week->cross_minutes += (guint) pt_cross_training_get_minutes (entry);
    }

  compute_changes (weeks);
  return weeks;
}

GArray *
pt_analysis_daily_distance (GListModel *runs,
                            const char *first,
                            const char *last)
{
  GArray *daily;
  GDate start, end;
  int n;

  if (!pt_date_parse (first, &start) || !pt_date_parse (last, &end) ||
      (n = g_date_days_between (&start, &end) + 1) <= 0)
    return NULL;

  daily = g_array_sized_new (FALSE, TRUE, sizeof (double), (guint) n);
  g_array_set_size (daily, (guint) n);

  for (guint i = 0; runs != NULL && i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);
      GDate date;
      int day;

      if (!pt_date_parse (pt_run_get_date (run), &date))
        continue;
      day = g_date_days_between (&start, &date);
      if (day >= 0 && day < n)
        g_array_index (daily, double, day) += pt_run_get_distance_m (run);
    }

  return daily;
}

GArray *
pt_analysis_acwr (GArray *daily_m)
{
  GArray *ratios = g_array_sized_new (FALSE, FALSE, sizeof (double), daily_m->len);
  double acute = 0, chronic = 0;

  for (guint i = 0; i < daily_m->len; i++)
    {
      double ratio = NAN;

      acute += g_array_index (daily_m, double, i);
      chronic += g_array_index (daily_m, double, i);
      if (i >= PT_ACWR_ACUTE_DAYS)
        acute -= g_array_index (daily_m, double, i - PT_ACWR_ACUTE_DAYS);
      if (i >= PT_ACWR_CHRONIC_DAYS)
        chronic -= g_array_index (daily_m, double, i - PT_ACWR_CHRONIC_DAYS);

      /* Running sums drift by rounding: compare a millimetre short. */
      if (i + 1 >= PT_ACWR_CHRONIC_DAYS &&
          chronic > PT_ACWR_MIN_CHRONIC_M_PER_WEEK * PT_ACWR_CHRONIC_DAYS / 7 - 1e-3)
        ratio = (acute / PT_ACWR_ACUTE_DAYS) / (chronic / PT_ACWR_CHRONIC_DAYS);
      g_array_append_val (ratios, ratio);
    }

  return ratios;
}

PtSession *
pt_analysis_latest_session (GListModel *sessions,
                            gint64      condition_id)
{
  g_autoptr(PtSession) latest = NULL;

  for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PtSession) session = g_list_model_get_item (sessions, i);
      int order;

      if (!pt_analysis_of_condition (pt_session_get_condition_id (session), condition_id))
        continue;
      order = latest == NULL ? 1 : strcmp (pt_session_get_date (session),
                                           pt_session_get_date (latest));
      if (order > 0 || (order == 0 && pt_record_get_id (PT_RECORD (session)) >
                                      pt_record_get_id (PT_RECORD (latest))))
        g_set_object (&latest, session);
    }

  return g_steal_pointer (&latest);
}

char *
pt_analysis_next_visit (GListModel *sessions)
{
  g_autoptr(PtSession) latest = pt_analysis_latest_session (sessions, 0);

  return latest != NULL ? g_strdup (pt_session_get_next_visit (latest)) : NULL;
}

static void
summarise_sessions (PtRecovery *self,
                    GListModel *sessions,
                    const char *today)
{
  for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PtSession) session = g_list_model_get_item (sessions, i);
      const char *date = pt_session_get_date (session);
      GDate parsed;

      if (!pt_analysis_of_condition (pt_session_get_condition_id (session), self->condition_id) ||
          !pt_date_parse (date, &parsed))
        continue;

      self->n_sessions++;
      if (self->first_session[0] == '\0' || strcmp (date, self->first_session) < 0)
        copy_date (self->first_session, date);
      if (strcmp (date, self->last_session) > 0)
        copy_date (self->last_session, date);
    }

  self->days_since_first_session = -1;
  if (self->n_sessions > 0 && today != NULL)
    self->days_since_first_session = pt_date_days_between (self->first_session, today);

  {
    g_autofree char *next = pt_analysis_next_visit (sessions);
    GDate parsed;

    self->days_to_next_visit = 0;
    if (next != NULL && pt_date_parse (next, &parsed))
      {
        copy_date (self->next_visit, next);
        if (today != NULL)
          self->days_to_next_visit = pt_date_days_between (today, next);
      }
  }
}

static void
find_first_run_back (PtRecovery *self,
                     GListModel *runs)
{
  self->days_to_first_run = -1;
  if (self->n_sessions == 0)
    return;

  for (guint i = 0; runs != NULL && i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);
      const char *date = pt_run_get_date (run);
      GDate parsed;

      if (!pt_date_parse (date, &parsed) || strcmp (date, self->first_session) < 0)
        continue;
      if (self->first_run_back[0] == '\0' || strcmp (date, self->first_run_back) < 0)
        copy_date (self->first_run_back, date);
    }

  if (self->first_run_back[0] != '\0')
    self->days_to_first_run = pt_date_days_between (self->first_session, self->first_run_back);
}

PtRecovery *
pt_recovery_compute (GListModel   *pain_scores,
                     GListModel   *sessions,
                     GListModel   *runs,
                     GListModel   *cross_training,
                     gint64        condition_id,
                     const char   *today,
                     GDateWeekday  week_start)
{
  PtRecovery *self = g_new0 (PtRecovery, 1);
  guint baseline;

  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);

  self->condition_id = condition_id;
  self->week_start = week_start;
  summarise_sessions (self, sessions, today);
  find_first_run_back (self, runs);

  self->readings = pt_analysis_pain_readings (pain_scores, sessions, condition_id);
  self->days = pt_analysis_daily_pain (self->readings);
  if (pt_analysis_baseline (self->days, self->first_session, &baseline))
    {
      const PtDayPain *base = &g_array_index (self->days, PtDayPain, baseline);
      const PtDayPain *last = &g_array_index (self->days, PtDayPain, self->days->len - 1);

      self->has_baseline = TRUE;
      self->baseline = base->pain;
      copy_date (self->baseline_date, base->date);
      self->has_latest = TRUE;
      self->latest = last->pain;
      copy_date (self->latest_date, last->date);
      self->has_percent = pt_analysis_percent_change (self->baseline, self->latest,
                                                      &self->percent_change);
    }

  self->weeks = pt_analysis_weekly (runs, cross_training, week_start);
  return self;
}

const PtWeek *
pt_recovery_find_week (const PtRecovery *self,
                       const char *date)
{
  GDate d, start;
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!pt_date_parse (date, &d))
    return NULL;

  pt_date_week_start_on (&d, self->week_start, &start);
  key = pt_date_format (&start);
  for (guint i = 0; i < self->weeks->len; i++)
    if (g_str_equal (g_array_index (self->weeks, PtWeek, i).start, key))
      return &g_array_index (self->weeks, PtWeek, i);

  return NULL;
}

guint
pt_recovery_count_over_rule (const PtRecovery  *self,
                             const PtWeek     **latest)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  if (latest != NULL)
    *latest = NULL;
  for (guint i = 0; i < self->weeks->len; i++)
    {
      const PtWeek *week = &g_array_index (self->weeks, PtWeek, i);

      if (!week->over_ten_percent)
        continue;
      n++;
      if (latest != NULL)
        *latest = week;
    }

  return n;
}

double
pt_analysis_next_week_limit (double         distance_m,
                             PtDistanceUnit unit)
{
  double limit = pt_distance_from_metres (distance_m, unit) * (1 + PT_TEN_PERCENT_RULE / 100);

  /* Floating point lands a whole limit a hair off either way (20 km x 1.1
   * is 22.000000000000004, 90 mi x 1.1 is 98.99999999999999): a hair of
   * tolerance, so it is not rounded down past itself. */
  return pt_distance_to_metres (floor (limit + 1e-9), unit);
}

void
pt_recovery_free (PtRecovery *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->readings, g_array_unref);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->weeks, g_array_unref);
  g_free (self);
}

PtPainChange
pt_analysis_classify_change (double percent_change)
{
  /* Rounded as people read it: -29.6 % shows as "-30 %" and counts so. */
  double shown = round (percent_change);

  if (shown <= -PT_PAIN_SUBSTANTIAL_REDUCTION)
    return PT_PAIN_CHANGE_SUBSTANTIAL;
  if (shown <= -PT_PAIN_MODERATE_REDUCTION)
    return PT_PAIN_CHANGE_MODERATE;
  if (shown >= PT_PAIN_MODERATE_REDUCTION)
    return PT_PAIN_CHANGE_WORSE;
  return PT_PAIN_CHANGE_NONE;
}
