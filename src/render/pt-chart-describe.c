/* pt-chart-describe.c: charts in words, for screen readers and tooltips
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-analysis.h"
#include "pt-chart-private.h"

const char *
pt_chart_treatment_short (PtTreatmentType treatment)
{
  switch (treatment)
    {
    case PT_TREATMENT_DEXTROSE: return _("Dextrose");
    case PT_TREATMENT_PRP: return _("PRP");
    case PT_TREATMENT_PROLOZONE: return _("Prolozone");
    case PT_TREATMENT_NEURAL: return _("Neural");
    case PT_TREATMENT_OTHER:
    default: return _("Other");
    }
}

char *
pt_chart_format_day (int         day,
                     PtDateStyle style)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) day);
  return pt_format_gdate (&date, style);
}

static void
describe_pain (const PtChartData *data,
               GString           *out)
{
  g_autofree char *base = pt_format_pain (data->baseline);
  g_autofree char *latest = pt_format_pain (data->latest);
  int weeks = data->n_sessions > 0 ? (data->latest_day - data->first_session_day) / 7 : 0;

  g_string_append_printf (out, _("Pain went from %s to %s"), base, latest);
  if (data->has_percent && pt_percent_round (data->percent_change) != 0)
    {
      g_autofree char *change = pt_format_percent_change_words (data->percent_change);

      g_string_append_printf (out, ", %s", change);
    }

  if (data->n_sessions > 0)
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", over %u session",
                                                ", over %u sessions", data->n_sessions),
                              data->n_sessions);
      if (weeks > 0)
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " in %d week", " in %d weeks",
                                                  (gulong) weeks), weeks);
    }
}

static char *
describe_recovery (const PtChartData *data)
{
  GString *out;

  if (pt_chart_data_is_empty (data, PT_CHART_RECOVERY))
    return g_strdup (_("No pain scores, sessions or runs recorded yet."));

  out = g_string_new (NULL);
  if (data->has_baseline)
    describe_pain (data, out);
  else
    g_string_append (out, _("No pain scores recorded"));

  if (data->days_to_first_run >= 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "; back to running %d day after the first session",
                                              "; back to running %d days after the first session",
                                              (gulong) data->days_to_first_run),
                            data->days_to_first_run);
  else if (data->n_sessions > 0)
    g_string_append (out, _("; not back to running yet"));

  g_string_append_c (out, '.');
  if (data->has_outcome)
    {
      g_autofree char *outcome = pt_chart_outcome_describe (data);

      g_string_append_printf (out, " %s", outcome);
    }
  return g_string_free (out, FALSE);
}

static double
latest_ratio (const PtChartData *data)
{
  for (guint i = data->acwr->len; i > 0; i--)
    {
      double ratio = g_array_index (data->acwr, double, i - 1);

      if (!isnan (ratio) && data->acwr_first_day + (int) i - 1 <= data->last_day)
        return ratio;
    }
  return NAN;
}

static char *
describe_load (const PtChartData *data)
{
  GString *out;
  const PtChartWeek *first = NULL, *last = NULL;
  g_autofree char *from = NULL, *to = NULL, *shown_ratio = NULL;
  guint over = 0;
  int n_weeks;
  double ratio = latest_ratio (data);

  if (pt_chart_data_is_empty (data, PT_CHART_LOAD))
    return g_strdup (_("No runs recorded yet."));

  out = g_string_new (NULL);
  for (guint i = 0; i < data->weeks->len; i++)
    {
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, i);

      if (week->distance_m <= 0)
        continue;
      first = first != NULL ? first : week;
      last = week;
      over += week->over_ten_percent ? 1 : 0;
    }

  from = pt_format_distance (first->distance_m, data->unit, 1);
  to = pt_format_distance_with_unit (last->distance_m, data->unit);
  /* Translators: "Weekly running went from 6.1 to 2.6 km over 10 weeks" */
  n_weeks = (last->start - first->start) / 7 + 1;
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "Weekly running went from %s to %s over %d week",
                                            "Weekly running went from %s to %s over %d weeks",
                                            n_weeks),
                          from, to, n_weeks);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "; %u week rose more than 10 %%",
                                            "; %u weeks rose more than 10 %%", over), over);
  shown_ratio = pt_format_number (ratio, 2);
  if (shown_ratio != NULL)
    g_string_append_printf (out, _("; the latest acute:chronic workload ratio is %s, %s the "
                                   "%.1f–%.1f range"), shown_ratio,
                            ratio >= PT_ACWR_LOW && ratio <= PT_ACWR_HIGH ? _("inside")
                                                                          : _("outside"),
                            PT_ACWR_LOW, PT_ACWR_HIGH);
  g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

char *
pt_chart_data_describe (const PtChartData *data,
                        PtChartKind        kind)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (kind == PT_CHART_PATIENT)
    return pt_patient_chart_describe (data);
  return kind == PT_CHART_LOAD ? describe_load (data) : describe_recovery (data);
}

static char *
describe_week (const PtChartLayout *self,
               const PtChartItem   *item)
{
  const PtChartWeek *week = &g_array_index (self->data->weeks, PtChartWeek, item->index);
  g_autofree char *change = week->has_change ? pt_format_percent_change (week->change_pct) : NULL;
  g_autofree char *distance = NULL;

  if (item->kind == PT_CHART_ITEM_CROSS_TRAINING)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute of cross-training",
                                         "%u minutes of cross-training", week->cross_minutes),
                            week->cross_minutes);

  distance = pt_format_distance_with_unit (week->distance_m, self->data->unit);
  return g_strdup_printf ("%s%s%s%s", distance,
                          change != NULL ? ", " : "", change != NULL ? change : "",
                          week->over_ten_percent ? _(", over the 10 % rule") : "");
}

char *
pt_chart_layout_describe_item (const PtChartLayout *self,
                               const PtChartItem   *item)
{
  g_autofree char *day = NULL;
  g_autofree char *what = NULL;
  g_autofree char *value = NULL;

  g_return_val_if_fail (self != NULL && item != NULL, NULL);

  if (self->kind == PT_CHART_PATIENT)
    return pt_patient_chart_describe_item (self, item);

  day = pt_chart_format_day (item->day, PT_DATE_SHORT);
  value = item->kind == PT_CHART_ITEM_RATIO ? pt_format_number (item->value, 2)
                                            : pt_format_pain (item->value);
  switch (item->kind)
    {
    case PT_CHART_ITEM_PAIN:
      if (item->series < PT_CHART_N_PAIN_SERIES &&
          g_array_index (self->data->pain[item->series], PtChartPain, item->index).patient)
        /* Translators: a pain point recorded by the patient (the patient view, or a diary) */
        what = g_strdup_printf (_("%s: pain %s, reported by the patient"),
                                pt_chart_pain_series_label (item->series), value);
      else
        what = g_strdup_printf (_("%s: pain %s"), pt_chart_pain_series_label (item->series),
                                value);
      break;
    case PT_CHART_ITEM_SESSION:
      what = g_strdup_printf ("S%.0f · %s", item->value, pt_treatment_type_to_label (
        g_array_index (self->data->sessions, PtChartSession, item->index).treatment));
      break;
    case PT_CHART_ITEM_RUNNING:
    case PT_CHART_ITEM_CROSS_TRAINING:
      {
        g_autofree char *monday = g_steal_pointer (&day);

        day = g_strdup_printf (_("Week of %s"), monday);
        what = describe_week (self, item);
      }
      break;
    case PT_CHART_ITEM_BACK_TO_RUNNING:
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "back to running, %d day after the first session",
                                           "back to running, %d days after the first session",
                                           (int) item->value),
                              (int) item->value);
      break;
    case PT_CHART_ITEM_LATEST:
      what = g_strdup_printf (_("latest pain %s (%s from baseline)"), value,
                              self->percent_label[0] ? self->percent_label : "–");
      break;
    case PT_CHART_ITEM_OUTCOME:
      {
        g_autofree char *total = pt_chart_format_measure_value (&self->data->outcome_scale,
                                                                item->value);

        /* Translators: a point of the outcome measure on the chart: "FFI 12 %" */
        what = g_strdup_printf (_("%s %s"), self->data->outcome_short, total);
      }
      break;
    case PT_CHART_ITEM_RATIO:
    default:
      what = g_strdup_printf (_("acute:chronic workload ratio %s"), value);
      break;
    }

  return g_strdup_printf ("%s · %s", day, what);
}
