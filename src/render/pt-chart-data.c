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
#include "pt-format.h"
#include "pt-patient-words.h"
#include "pt-session.h"
#include "pt-run.h"


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

/* The readings each pain series shows. */
static const struct
{
  PtPainReadingKind kind;
  int               context;   /* -1: any */
} series_readings[PT_CHART_N_PAIN_SERIES] = {
  [PT_PAIN_CONTEXT_REST] = { PT_PAIN_READING_SCORE, PT_PAIN_CONTEXT_REST },
  [PT_PAIN_CONTEXT_MORNING] = { PT_PAIN_READING_SCORE, PT_PAIN_CONTEXT_MORNING },
  [PT_PAIN_CONTEXT_DURING_RUN] = { PT_PAIN_READING_SCORE, PT_PAIN_CONTEXT_DURING_RUN },
  [PT_PAIN_CONTEXT_AFTER_RUN] = { PT_PAIN_READING_SCORE, PT_PAIN_CONTEXT_AFTER_RUN },
  [PT_PAIN_CONTEXT_OTHER] = { PT_PAIN_READING_SCORE, PT_PAIN_CONTEXT_OTHER },
  [PT_CHART_PAIN_BEFORE_SESSION] = { PT_PAIN_READING_BEFORE_SESSION, -1 },
  [PT_CHART_PAIN_AFTER_INJECTION] = { PT_PAIN_READING_AFTER_INJECTION, -1 },
};

/* Each series averaged per day by core (pt_analysis_daily_mean), in the span. */
static void
fill_pain (PtChartData *self,
           GArray      *readings)
{
  for (int series = 0; series < PT_CHART_N_PAIN_SERIES; series++)
    {
      g_autoptr(GArray) days = pt_analysis_daily_mean (readings, series_readings[series].kind,
                                                       series_readings[series].context);

      for (guint i = 0; i < days->len; i++)
        {
          const PtDayPain *day = &g_array_index (days, PtDayPain, i);
          PtChartPain point = { .day = julian_of (day->date), .pain = day->pain,
                                .patient = day->n_patient > 0 && day->n_patient == day->n_scores };

          if (in_span (self, point.day))
            g_array_append_val (self->pain[series], point);
        }
    }
}

/* The day's pain as core counts it: no pain just after an injection. */
static void
fill_day_pain (PtChartData *self,
               GArray      *days)
{
  for (guint i = 0; i < days->len; i++)
    {
      const PtDayPain *day = &g_array_index (days, PtDayPain, i);
      PtChartPain point = { .day = julian_of (day->date), .pain = day->pain };

      if (in_span (self, point.day))
        g_array_append_val (self->day_pain, point);
    }
}

/* The sentences of the patient's words that do not depend on the unit. */
static char *
patient_words_of (PtPatientBundle *bundle)
{
  g_autoptr(PtPatientWords) words = pt_patient_words_new (bundle, PT_DISTANCE_UNIT_KM);
  const char *sentences[] = { words->pain, words->treatments, words->back_to_running };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    if (sentences[i] != NULL)
      g_string_append_printf (out, "%s%s.", out->len > 0 ? " " : "", sentences[i]);

  return g_string_free (out, FALSE);
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
          !pt_analysis_of_condition (pt_session_get_condition_id (item), condition_id))
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
        .start = julian_of (w->start),
        .distance_m = w->distance_m,
        .cross_minutes = w->cross_minutes,
        .has_change = w->has_change,
        .change_pct = w->change_pct,
        .over_ten_percent = w->over_ten_percent,
      };

      if (week.start + 6 >= self->first_day && week.start <= self->last_day)
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
copy_summary (PtChartData      *self,
              const PtRecovery *r)
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
find_span (PtChartData      *self,
           const PtRecovery *r)
{
  int first = 0, last = 0;

  for (guint i = 0; i < r->readings->len; i++)
    widen (&first, &last, julian_of (g_array_index (r->readings, PtPainReading, i).date));
  widen (&first, &last, julian_of (r->first_session));
  widen (&first, &last, julian_of (r->last_session));
  for (guint i = 0; i < r->weeks->len; i++)
    {
      const PtWeek *w = &g_array_index (r->weeks, PtWeek, i);

      if (w->distance_m > 0 || w->cross_minutes > 0)
        {
          widen (&first, &last, julian_of (w->start));
          widen (&first, &last, julian_of (w->start) + 6);
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

/* The primary outcome measure: its totals in the span, and its summary. */
static void
fill_outcome (PtChartData            *self,
              const PtOutcomeMeasure *measure)
{
  self->outcome = g_array_new (FALSE, FALSE, sizeof (PtChartOutcome));
  if (measure == NULL || measure->points->len == 0)
    return;

  self->has_outcome = TRUE;
  self->outcome_name = g_strdup (measure->name);
  self->outcome_short = g_strdup (measure->short_name);
  self->outcome_scale = measure->scale;
  self->outcome_change = measure->change;
  self->outcome_n_points = measure->points->len;
  self->outcome_baseline = g_array_index (measure->points, PtOutcomePoint,
                                          measure->baseline).total;
  self->outcome_latest = g_array_index (measure->points, PtOutcomePoint,
                                        measure->points->len - 1).total;
  for (guint i = 0; i < measure->points->len; i++)
    {
      const PtOutcomePoint *point = &g_array_index (measure->points, PtOutcomePoint, i);
      PtChartOutcome total = { .day = julian_of (point->date), .total = point->total };

      if (total.day == 0)
        continue;
      if (self->outcome_first_day == 0)
        self->outcome_first_day = total.day;
      self->outcome_last_day = total.day;
      if (in_span (self, total.day))
        g_array_append_val (self->outcome, total);
    }
}

/* Without dates asked for, the span reaches the measure's reviews too. */
static void
widen_for_outcome (PtChartData            *self,
                   const PtOutcomeMeasure *measure,
                   const char             *from,
                   const char             *to)
{
  for (guint i = 0; measure != NULL && i < measure->points->len; i++)
    {
      int day = julian_of (g_array_index (measure->points, PtOutcomePoint, i).date);

      if (day == 0)
        continue;
      if (from == NULL && day < self->first_day)
        self->first_day = day;
      if (to == NULL && day > self->last_day)
        self->last_day = day;
    }
}

char *
pt_chart_format_measure_value (const PtMeasureScale *scale,
                               double                value)
{
  g_return_val_if_fail (scale != NULL, NULL);

  if (scale->percent)
    /* Translators: a questionnaire score in percent, "48 %" */
    return g_strdup_printf (_("%.0f %%"), value);
  return pt_format_number (value, 1);
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
  for (guint i = 0; i < PT_CHART_N_PAIN_SERIES; i++)
    g_clear_pointer (&self->pain[i], g_array_unref);
  g_clear_pointer (&self->day_pain, g_array_unref);
  g_clear_pointer (&self->sessions, g_array_unref);
  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->acwr, g_array_unref);
  g_clear_pointer (&self->outcome, g_array_unref);
  g_clear_pointer (&self->outcome_name, g_free);
  g_clear_pointer (&self->outcome_short, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->patient_words, g_free);
}

PtChartData *
pt_chart_data_new (PtPatientBundle  *bundle,
                   const char       *from,
                   const char       *to,
                   GError          **error)
{
  g_autoptr(PtChartData) self = g_rc_box_new0 (PtChartData);
  const PtRecovery *recovery;
  const PtOutcomeMeasure *measure;

  g_return_val_if_fail (bundle != NULL, NULL);

  for (guint i = 0; i < PT_CHART_N_PAIN_SERIES; i++)
    self->pain[i] = g_array_new (FALSE, FALSE, sizeof (PtChartPain));
  self->day_pain = g_array_new (FALSE, FALSE, sizeof (PtChartPain));
  self->sessions = g_array_new (FALSE, FALSE, sizeof (PtChartSession));
  self->weeks = g_array_new (FALSE, FALSE, sizeof (PtChartWeek));

  if (!parse_span (self, from, to, error))
    return NULL;

  recovery = pt_patient_bundle_get_recovery (bundle);
  measure = pt_patient_bundle_get_primary_outcome (bundle);
  find_span (self, recovery);
  widen_for_outcome (self, measure, from, to);
  fill_outcome (self, measure);
  copy_summary (self, recovery);
  fill_pain (self, recovery->readings);
  fill_day_pain (self, recovery->days);
  fill_sessions (self, pt_patient_bundle_get_records (bundle, PT_TYPE_SESSION),
                 pt_patient_bundle_get_condition_id (bundle));
  fill_weeks (self, recovery->weeks);
  fill_acwr (self, pt_patient_bundle_get_records (bundle, PT_TYPE_RUN));
  self->patient_words = patient_words_of (bundle);

  return g_steal_pointer (&self);
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

  for (guint i = 0; i < PT_CHART_N_PAIN_SERIES; i++)
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
  if (kind == PT_CHART_PATIENT)
    return self->day_pain->len == 0 && self->sessions->len == 0 && !has_running (self);
  return count_pain (self) == 0 && self->weeks->len == 0 && self->sessions->len == 0 &&
         self->outcome->len == 0;
}
