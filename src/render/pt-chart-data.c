/* pt-chart-data.c: what a chart shows, taken from core's analysis
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-analysis.h"
#include "pt-chart-data.h"
#include "pt-date.h"
#include "pt-error.h"
#include "pt-store.h"

typedef struct
{
  int           context;
  int           day;
  double        score;
} Score;

/* Julian day of an ISO date; 0 when it is empty or does not parse. */
static int
julian_of (const char *date)
{
  GDate d;

  if (date == NULL || !pt_date_parse (date, &d))
    return 0;
  return (int) g_date_get_julian (&d);
}

static char *
date_of_julian (int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, (guint32) day);
  return pt_date_format (&d);
}

static gboolean
in_span (const PtChartData *self,
         int                day)
{
  return day >= self->first_day && day <= self->last_day;
}

static void
widen (int *first,
       int *last,
       int  day)
{
  if (day == 0)
    return;
  if (*first == 0 || day < *first)
    *first = day;
  if (*last == 0 || day > *last)
    *last = day;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  const Score *x = a, *y = b;

  if (x->context != y->context)
    return x->context < y->context ? -1 : 1;
  return (x->day > y->day) - (x->day < y->day);
}

static GArray *
collect_scores (GListModel *pain_scores,
                gint64      condition_id)
{
  GArray *scores = g_array_new (FALSE, FALSE, sizeof (Score));

  for (guint i = 0; pain_scores != NULL && i < g_list_model_get_n_items (pain_scores); i++)
    {
      g_autoptr(PtPainScore) item = g_list_model_get_item (pain_scores, i);
      gint64 id = pt_pain_score_get_condition_id (item);
      Score score = {
        .context = CLAMP ((int) pt_pain_score_get_context (item), 0, PT_CHART_N_CONTEXTS - 1),
        .day = julian_of (pt_pain_score_get_date (item)),
        .score = pt_pain_score_get_score (item),
      };

      /* The same rule as core's daily pain (pt-analysis.c). */
      if (score.day != 0 && (condition_id == 0 || id == 0 || id == condition_id))
        g_array_append_val (scores, score);
    }

  g_array_sort (scores, compare_scores);
  return scores;
}

/* Scores sorted by context then day, averaged per day into each context. */
static void
fill_pain (PtChartData *self,
           GArray      *scores)
{
  for (guint i = 0; i < scores->len;)
    {
      const Score *first = &g_array_index (scores, Score, i);
      PtChartPain point = { .day = first->day };
      double sum = 0;
      guint n = 0;

      for (; i < scores->len; i++, n++)
        {
          const Score *s = &g_array_index (scores, Score, i);

          if (s->context != first->context || s->day != first->day)
            break;
          sum += s->score;
        }

      point.pain = sum / n;
      if (in_span (self, point.day))
        g_array_append_val (self->pain[first->context], point);
    }
}

static void
fill_sessions (PtChartData *self,
               GListModel  *sessions,
               gint64       condition_id)
{
  guint number = 0;

  for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PtSession) item = g_list_model_get_item (sessions, i);
      PtChartSession session = {
        .day = julian_of (pt_session_get_date (item)),
        .treatment = pt_session_get_treatment (item),
        .id = pt_record_get_id (PT_RECORD (item)),
      };

      if (session.day == 0 ||
          (condition_id != 0 && pt_session_get_condition_id (item) != condition_id))
        continue;

      /* Numbered over the whole course, so S3 stays S3 in a shorter span. */
      session.number = ++number;
      if (in_span (self, session.day))
        g_array_append_val (self->sessions, session);
    }
}

static void
fill_weeks (PtChartData *self,
            GArray      *weeks)
{
  for (guint i = 0; i < weeks->len; i++)
    {
      const PtWeek *w = &g_array_index (weeks, PtWeek, i);
      PtChartWeek week = {
        .monday = julian_of (w->monday),
        .distance_m = w->distance_m,
        .cross_minutes = w->cross_minutes,
        .has_change = w->has_change,
        .change_pct = w->change_pct,
        .over_ten_percent = w->over_ten_percent,
      };

      if (week.monday + 6 >= self->first_day && week.monday <= self->last_day)
        g_array_append_val (self->weeks, week);
    }
}

static int
first_run_day (GListModel *runs)
{
  int first = 0, last = 0;

  for (guint i = 0; runs != NULL && i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) run = g_list_model_get_item (runs, i);

      widen (&first, &last, julian_of (pt_run_get_date (run)));
    }
  return first;
}

/* The ratio needs 28 days of history: from the first run on, not from
 * days before anything was recorded. */
static void
fill_acwr (PtChartData *self,
           GListModel  *runs)
{
  int start = MAX (self->first_day - (PT_ACWR_CHRONIC_DAYS - 1), first_run_day (runs));
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GArray) daily = NULL;

  if (first_run_day (runs) > 0)
    {
      first = date_of_julian (start);
      last = date_of_julian (self->last_day);
      daily = pt_analysis_daily_distance (runs, first, last);
    }

  self->acwr_first_day = start;
  if (daily != NULL)
    self->acwr = pt_analysis_acwr (daily);
  else
    self->acwr = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
copy_summary (PtChartData *self,
              PtRecovery  *r)
{
  self->has_baseline = r->has_baseline;
  self->baseline = r->baseline;
  self->baseline_day = julian_of (r->baseline_date);
  self->has_latest = r->has_latest;
  self->latest = r->latest;
  self->latest_day = julian_of (r->latest_date);
  self->has_percent = r->has_percent;
  self->percent_change = r->percent_change;
  self->n_sessions = r->n_sessions;
  self->first_session_day = julian_of (r->first_session);
  self->first_run_back_day = julian_of (r->first_run_back);
  self->days_to_first_run = r->days_to_first_run;
}

/* The span of everything recorded, when no dates were given. */
static void
find_span (PtChartData *self,
           GArray      *scores,
           PtRecovery  *r)
{
  int first = 0, last = 0;

  for (guint i = 0; i < scores->len; i++)
    widen (&first, &last, g_array_index (scores, Score, i).day);
  widen (&first, &last, julian_of (r->first_session));
  widen (&first, &last, julian_of (r->last_session));
  for (guint i = 0; i < r->weeks->len; i++)
    {
      const PtWeek *w = &g_array_index (r->weeks, PtWeek, i);

      if (w->distance_m > 0 || w->cross_minutes > 0)
        {
          widen (&first, &last, julian_of (w->monday));
          widen (&first, &last, julian_of (w->monday) + 6);
        }
    }

  if (first == 0)
    {
      g_autofree char *today = pt_date_today_string ();

      first = last = julian_of (today);
    }

  if (self->first_day == 0)
    self->first_day = first;
  if (self->last_day == 0)
    self->last_day = MAX (last, self->first_day);
}

static gboolean
parse_span (PtChartData  *self,
            const char   *from,
            const char   *to,
            GError      **error)
{
  if (from != NULL && (self->first_day = julian_of (from)) == 0)
    {
      pt_set_field_error (error, "from", _("“%s” is not a date; use YYYY-MM-DD"), from);
      return FALSE;
    }
  if (to != NULL && (self->last_day = julian_of (to)) == 0)
    {
      pt_set_field_error (error, "to", _("“%s” is not a date; use YYYY-MM-DD"), to);
      return FALSE;
    }
  if (from != NULL && to != NULL && self->last_day < self->first_day)
    {
      pt_set_field_error (error, "to", _("The end date %s is before the start date %s"), to, from);
      return FALSE;
    }

  return TRUE;
}

static void
clear_data (PtChartData *self)
{
  for (guint i = 0; i < PT_CHART_N_CONTEXTS; i++)
    g_clear_pointer (&self->pain[i], g_array_unref);
  g_clear_pointer (&self->sessions, g_array_unref);
  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->acwr, g_array_unref);
  g_clear_pointer (&self->title, g_free);
}

PtChartData *
pt_chart_data_new_from_records (GListModel  *pain_scores,
                                GListModel  *sessions,
                                GListModel  *runs,
                                GListModel  *cross_training,
                                gint64       condition_id,
                                const char  *from,
                                const char  *to,
                                GError     **error)
{
  g_autoptr(PtChartData) self = g_rc_box_new0 (PtChartData);
  g_autoptr(PtRecovery) recovery = NULL;
  g_autoptr(GArray) scores = NULL;

  for (guint i = 0; i < PT_CHART_N_CONTEXTS; i++)
    self->pain[i] = g_array_new (FALSE, FALSE, sizeof (PtChartPain));
  self->sessions = g_array_new (FALSE, FALSE, sizeof (PtChartSession));
  self->weeks = g_array_new (FALSE, FALSE, sizeof (PtChartWeek));

  if (!parse_span (self, from, to, error))
    return NULL;

  recovery = pt_recovery_compute (pain_scores, sessions, runs, cross_training, condition_id, NULL);
  scores = collect_scores (pain_scores, condition_id);
  find_span (self, scores, recovery);
  copy_summary (self, recovery);
  fill_pain (self, scores);
  fill_sessions (self, sessions, condition_id);
  fill_weeks (self, recovery->weeks);
  fill_acwr (self, runs);

  return g_steal_pointer (&self);
}

PtChartData *
pt_chart_data_load (PtStore     *store,
                    gint64       patient_id,
                    gint64       condition_id,
                    const char  *from,
                    const char  *to,
                    GError     **error)
{
  g_autoptr(GListModel) pain = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GListModel) runs = NULL;
  g_autoptr(GListModel) cross = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  if (!(pain = pt_store_list_pain_scores (store, patient_id, error)) ||
      !(sessions = pt_store_list_sessions (store, patient_id, error)) ||
      !(runs = pt_store_list_runs (store, patient_id, error)) ||
      !(cross = pt_store_list_cross_training (store, patient_id, error)))
    return NULL;

  return pt_chart_data_new_from_records (pain, sessions, runs, cross, condition_id,
                                         from, to, error);
}

PtChartData *
pt_chart_data_ref (PtChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
pt_chart_data_unref (PtChartData *self)
{
  if (self != NULL)
    g_rc_box_release_full (self, (GDestroyNotify) clear_data);
}

void
pt_chart_data_set_title (PtChartData *self,
                         const char  *title)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = g_strdup (title);
}

static guint
count_pain (const PtChartData *self)
{
  guint n = 0;

  for (guint i = 0; i < PT_CHART_N_CONTEXTS; i++)
    n += self->pain[i]->len;
  return n;
}

static gboolean
has_running (const PtChartData *self)
{
  for (guint i = 0; i < self->weeks->len; i++)
    if (g_array_index (self->weeks, PtChartWeek, i).distance_m > 0)
      return TRUE;
  return FALSE;
}

gboolean
pt_chart_data_is_empty (const PtChartData *self,
                        PtChartKind        kind)
{
  g_return_val_if_fail (self != NULL, TRUE);

  if (kind == PT_CHART_LOAD)
    return !has_running (self);
  return count_pain (self) == 0 && self->weeks->len == 0 && self->sessions->len == 0;
}
