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
#include "pt-store.h"

static void
copy_date (char        dest[11],
           const char *src)
{
  g_strlcpy (dest, src != NULL ? src : "", 11);
}

static gboolean
score_matches (PtPainScore *score,
               gint64       condition_id)
{
  gint64 id = pt_pain_score_get_condition_id (score);

  return condition_id == 0 || id == 0 || id == condition_id;
}

static int
compare_pain_by_date (gconstpointer a,
                      gconstpointer b)
{
  PtPainScore *x = *(PtPainScore **) a;
  PtPainScore *y = *(PtPainScore **) b;

  return strcmp (pt_pain_score_get_date (x), pt_pain_score_get_date (y));
}

GArray *
pt_analysis_daily_pain (GListModel *pain_scores,
                        gint64      condition_id)
{
  GArray *days = g_array_new (FALSE, TRUE, sizeof (PtDayPain));
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func (g_object_unref);
  double sum = 0;

  for (guint i = 0; pain_scores != NULL && i < g_list_model_get_n_items (pain_scores); i++)
    {
      PtPainScore *score = g_list_model_get_item (pain_scores, i);

      GDate date;

      if (score_matches (score, condition_id) && pt_date_parse (pt_pain_score_get_date (score), &date))
        g_ptr_array_add (scores, score);
      else
        g_object_unref (score);
    }

  /* GLib sorts stably, so the input order is kept within a day. */
  g_ptr_array_sort (scores, compare_pain_by_date);

  for (guint i = 0; i < scores->len; i++)
    {
      PtPainScore *score = g_ptr_array_index (scores, i);
      const char *date = pt_pain_score_get_date (score);
      PtDayPain *day = days->len > 0 ? &g_array_index (days, PtDayPain, days->len - 1) : NULL;

      if (day == NULL || strcmp (day->date, date) != 0)
        {
          PtDayPain fresh = { .n_scores = 0 };

          copy_date (fresh.date, date);
          g_array_append_val (days, fresh);
          day = &g_array_index (days, PtDayPain, days->len - 1);
          sum = 0;
        }

      sum += pt_pain_score_get_score (score);
      day->n_scores++;
      day->pain = sum / day->n_scores;
    }

  return days;
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
      GDate monday;

      if (!week_key (get_date (item), first_day, &monday))
        continue;
      if (!g_date_valid (first) || g_date_compare (&monday, first) < 0)
        *first = monday;
      if (!g_date_valid (last) || g_date_compare (&monday, last) > 0)
        *last = monday;
    }
}

static PtWeek *
week_for (GArray       *weeks,
          const GDate  *first,
          GDateWeekday  first_day,
          const char   *date)
{
  GDate monday;
  int index;

  if (!week_key (date, first_day, &monday))
    return NULL;

  index = g_date_days_between (first, &monday) / 7;
  g_assert (index >= 0 && (guint) index < weeks->len);
  return &g_array_index (weeks, PtWeek, index);
}

/* Every ISO week from @first to @last (Mondays), empty. */
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

      copy_date (week.monday, text);
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
pt_analysis_weekly (GListModel *runs,
                    GListModel *cross_training)
{
  return pt_analysis_weekly_from (runs, cross_training, G_DATE_MONDAY);
}

GArray *
pt_analysis_weekly_from (GListModel   *runs,
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

      if (condition_id != 0 && pt_session_get_condition_id (session) != condition_id)
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

      if ((self->condition_id != 0 &&
           pt_session_get_condition_id (session) != self->condition_id) ||
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
pt_recovery_compute (GListModel *pain_scores,
                     GListModel *sessions,
                     GListModel *runs,
                     GListModel *cross_training,
                     gint64      condition_id,
                     const char *today)
{
  return pt_recovery_compute_full (pain_scores, sessions, runs, cross_training, condition_id,
                                   today, G_DATE_MONDAY);
}

PtRecovery *
pt_recovery_compute_full (GListModel   *pain_scores,
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

  self->days = pt_analysis_daily_pain (pain_scores, condition_id);
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

  self->weeks = pt_analysis_weekly_from (runs, cross_training, week_start);
  return self;
}

PtRecovery *
pt_recovery_load (PtStore  *store,
                  gint64    patient_id,
                  gint64    condition_id,
                  GError  **error)
{
  return pt_recovery_load_full (store, patient_id, condition_id, G_DATE_MONDAY, error);
}

PtRecovery *
pt_recovery_load_full (PtStore       *store,
                       gint64         patient_id,
                       gint64         condition_id,
                       GDateWeekday   week_start,
                       GError       **error)
{
  g_autoptr(GListModel) pain = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GListModel) cross = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  today = pt_date_today_string ();
  if (!(pain = pt_store_list_pain_scores (store, patient_id, error)) ||
      !(sessions = pt_store_list_sessions (store, patient_id, error)) ||
      !(runs = pt_store_list_runs (store, patient_id, error)) ||
      !(cross = pt_store_list_cross_training (store, patient_id, error)))
    return NULL;

  return pt_recovery_compute_full (pain, sessions, runs, cross, condition_id, today, week_start);
}

const PtWeek *
pt_recovery_find_week (PtRecovery *self,
                       const char *date)
{
  GDate d, monday;
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!pt_date_parse (date, &d))
    return NULL;

  pt_date_week_start_on (&d, self->week_start, &monday);
  key = pt_date_format (&monday);
  for (guint i = 0; i < self->weeks->len; i++)
    if (g_str_equal (g_array_index (self->weeks, PtWeek, i).monday, key))
      return &g_array_index (self->weeks, PtWeek, i);

  return NULL;
}

void
pt_recovery_free (PtRecovery *self)
{
  if (self == NULL)
    return;

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
