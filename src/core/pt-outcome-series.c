/* pt-outcome-series.c: a condition's outcome measures over time
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pt-outcome-series.h"

struct _PtOutcomeSeries
{
  GPtrArray *measures;  /* PtOutcomeMeasure */
};

static void
measure_free (gpointer data)
{
  PtOutcomeMeasure *measure = data;

  g_free (measure->name);
  g_free (measure->short_name);
  g_array_unref (measure->points);
  g_free (measure);
}

static PtOutcomeMeasure *
find_or_add (PtOutcomeSeries *self,
             PtOutcome       *outcome)
{
  PtMeasureKind kind = pt_outcome_get_kind (outcome);
  const char *custom_name = pt_outcome_get_custom_name (outcome);
  PtOutcomeMeasure *measure;

  for (guint i = 0; i < self->measures->len; i++)
    {
      measure = g_ptr_array_index (self->measures, i);
      if (measure->kind == kind &&
          (kind != PT_MEASURE_KIND_CUSTOM || g_strcmp0 (measure->name, custom_name) == 0))
        return measure;
    }

  measure = g_new0 (PtOutcomeMeasure, 1);
  measure->kind = kind;
  measure->name = g_strdup (pt_outcome_get_name (outcome));
  measure->short_name = g_strdup (kind == PT_MEASURE_KIND_CUSTOM
                                    ? measure->name : pt_measure_kind_get_short_name (kind));
  pt_outcome_get_scale (outcome, &measure->scale);
  pt_outcome_get_custom (outcome, &measure->custom);
  measure->custom.name = measure->name;
  measure->points = g_array_new (FALSE, TRUE, sizeof (PtOutcomePoint));
  g_ptr_array_add (self->measures, measure);
  return measure;
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const PtOutcomePoint *pa = a, *pb = b;
  int by_date = strcmp (pa->date, pb->date);

  if (by_date != 0)
    return by_date;
  return pa->id < pb->id ? -1 : pa->id > pb->id;
}

static int
compare_measures (gconstpointer a,
                  gconstpointer b)
{
  const PtOutcomeMeasure *ma = *(PtOutcomeMeasure * const *) a;
  const PtOutcomeMeasure *mb = *(PtOutcomeMeasure * const *) b;

  if (ma->kind != mb->kind)
    return ma->kind < mb->kind ? -1 : 1;
  return g_strcmp0 (ma->name, mb->name);
}

PtOutcomeSeries *
pt_outcome_series_new (GListModel *outcomes,
                       gint64      condition_id,
                       const char *first_session)
{
  PtOutcomeSeries *self = g_new0 (PtOutcomeSeries, 1);

  g_return_val_if_fail (outcomes == NULL || G_IS_LIST_MODEL (outcomes), self);

  self->measures = g_ptr_array_new_with_free_func (measure_free);
  for (guint i = 0; outcomes != NULL && i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(PtOutcome) outcome = g_list_model_get_item (outcomes, i);
      PtOutcomeMeasure *measure;
      PtOutcomePoint point = { 0 };

      if (condition_id > 0 && pt_outcome_get_condition_id (outcome) != condition_id)
        continue;

      measure = find_or_add (self, outcome);
      g_strlcpy (point.date, pt_outcome_get_date (outcome), sizeof point.date);
      point.total = pt_outcome_get_total (outcome);
      point.id = pt_record_get_id (PT_RECORD (outcome));
      g_array_append_val (measure->points, point);
    }

  g_ptr_array_sort (self->measures, compare_measures);
  for (guint i = 0; i < self->measures->len; i++)
    {
      PtOutcomeMeasure *measure = g_ptr_array_index (self->measures, i);
      const PtOutcomePoint *first, *last;

      g_array_sort (measure->points, compare_points);
      measure->baseline = 0;
      for (guint j = 1; first_session != NULL && first_session[0] != '\0' &&
                        j < measure->points->len; j++)
        if (strcmp (g_array_index (measure->points, PtOutcomePoint, j).date, first_session) <= 0)
          measure->baseline = j;
      first = &g_array_index (measure->points, PtOutcomePoint, measure->baseline);
      last = &g_array_index (measure->points, PtOutcomePoint, measure->points->len - 1);
      pt_measure_change_compute (&measure->scale, first->total, last->total, &measure->change);
    }

  return self;
}

void
pt_outcome_series_free (PtOutcomeSeries *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->measures);
  g_free (self);
}

guint
pt_outcome_series_get_n_measures (const PtOutcomeSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->measures->len;
}

const PtOutcomeMeasure *
pt_outcome_series_get_measure (const PtOutcomeSeries *self,
                               guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->measures->len, NULL);

  return g_ptr_array_index (self->measures, index);
}

const PtOutcomeMeasure *
pt_outcome_series_get_primary (const PtOutcomeSeries *self,
                               PtConditionKind  condition)
{
  PtMeasureKind wanted;
  const PtOutcomeMeasure *most = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  wanted = pt_measure_kind_for_condition (condition);
  for (guint i = 0; i < self->measures->len; i++)
    {
      const PtOutcomeMeasure *measure = g_ptr_array_index (self->measures, i);

      if (measure->kind == wanted && wanted != PT_MEASURE_KIND_CUSTOM)
        return measure;
      if (most == NULL || measure->points->len > most->points->len)
        most = measure;
    }
  return most;
}

char *
pt_outcome_measure_describe (const PtOutcomeMeasure *measure)
{
  const PtOutcomePoint *first, *last;

  g_return_val_if_fail (measure != NULL, NULL);

  if (measure->baseline + 1 >= measure->points->len)
    return NULL;

  first = &g_array_index (measure->points, PtOutcomePoint, measure->baseline);
  last = &g_array_index (measure->points, PtOutcomePoint, measure->points->len - 1);
  return pt_measure_describe_change (measure->kind,
                                     measure->kind == PT_MEASURE_KIND_CUSTOM ? &measure->custom
                                                                             : NULL,
                                     first->total, last->total);
}
