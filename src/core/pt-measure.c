/* pt-measure.c: scoring the questionnaires and the analysis of change
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules themselves, with their sources, are in pt-measure-defs.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-error.h"
#include "pt-measure-private.h"

/* Answers are read off forms: within this of an allowed value is that value. */
#define ANSWER_EPSILON 1e-9

const char *
pt_measure_kind_get_name (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  return def != NULL ? _(def->name) : _("Clinic score");
}

const char *
pt_measure_kind_get_short_name (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  return def != NULL ? _(def->short_name) : _("Clinic score");
}

const char *
pt_measure_kind_get_reference (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  return def != NULL ? _(def->reference) : _("The clinic’s own score");
}

const char *
pt_measure_kind_get_source (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  if (def == NULL)
    return _("A score the clinic defined: its name, range, direction and any threshold "
             "for an important change are the clinic’s own, not from a published study.");
  return _(def->source);
}

guint
pt_measure_kind_get_n_items (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  return def != NULL ? def->n_items : 0;
}

const PtMeasureItem *
pt_measure_kind_get_item (PtMeasureKind kind,
                          guint         index)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  g_return_val_if_fail (def != NULL && index < def->n_items, NULL);
  return &def->items[index];
}

guint
pt_measure_kind_get_n_subscales (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  return def != NULL ? def->n_subscales : 0;
}

const PtMeasureSubscale *
pt_measure_kind_get_subscale (PtMeasureKind kind,
                              guint         index)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  g_return_val_if_fail (def != NULL && index < def->n_subscales, NULL);
  return &def->subscales[index];
}

guint
pt_measure_kind_get_max_missing (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  return def != NULL ? def->max_missing : 0;
}

gboolean
pt_measure_kind_is_higher_better (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  return def != NULL && def->higher_is_better;
}

gboolean
pt_measure_kind_get_range (PtMeasureKind kind,
                           double       *min,
                           double       *max)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  if (def == NULL)
    return FALSE;
  if (min != NULL)
    *min = def->min;
  if (max != NULL)
    *max = def->max;
  return TRUE;
}

double
pt_measure_kind_get_mcid (PtMeasureKind kind)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  return def != NULL ? def->mcid : NAN;
}

gboolean
pt_measure_kind_get_scale (PtMeasureKind   kind,
                           PtMeasureScale *scale)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);

  g_return_val_if_fail (scale != NULL, FALSE);

  if (def == NULL)
    return FALSE;
  scale->min = def->min;
  scale->max = def->max;
  scale->higher_is_better = def->higher_is_better;
  scale->mcid = def->mcid;
  scale->percent = def->percent;
  return TRUE;
}

/* The condition-specific questionnaire where there is one (the issue's
 * choice: FFI for the heel, VISA-A for the Achilles, Kujala for the
 * patellofemoral joint), else the LEFS, made for any lower-limb condition
 * (Binkley 1999). */
PtMeasureKind
pt_measure_kind_for_condition (PtConditionKind condition)
{
  switch (condition)
    {
    case PT_CONDITION_KIND_PLANTAR_FASCIITIS:
    case PT_CONDITION_KIND_HEEL_PAIN:
      return PT_MEASURE_KIND_FFI;
    case PT_CONDITION_KIND_ACHILLES_TENDINOPATHY:
      return PT_MEASURE_KIND_VISA_A;
    case PT_CONDITION_KIND_RUNNERS_KNEE:
      return PT_MEASURE_KIND_KUJALA;
    case PT_CONDITION_KIND_HAMSTRING:
    case PT_CONDITION_KIND_SHIN_SPLINTS:
    case PT_CONDITION_KIND_ITBS:
    case PT_CONDITION_KIND_STRESS_FRACTURE:
    case PT_CONDITION_KIND_OTHER:
    default:
      return PT_MEASURE_KIND_LEFS;
    }
}

gboolean
pt_measure_item_allows (const PtMeasureItem *item,
                        double               value)
{
  g_return_val_if_fail (item != NULL, FALSE);

  if (!isfinite (value))
    return FALSE;
  if (item->options != NULL)
    {
      for (guint i = 0; i < item->n_options; i++)
        if (fabs (item->options[i].value - value) < ANSWER_EPSILON)
          return TRUE;
      return FALSE;
    }
  if (value < item->min - ANSWER_EPSILON || value > item->max + ANSWER_EPSILON)
    return FALSE;
  if (item->step > 0)
    {
      double k = (value - item->min) / item->step;

      return fabs (k - round (k)) < ANSWER_EPSILON;
    }
  return TRUE;
}

/* "0, 3 or 5": the distinct option values, in the form's order. */
static char *
options_to_string (const PtMeasureItem *item)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < item->n_options; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < i; j++)
        if (item->options[j].value == item->options[i].value)
          seen = TRUE;
      if (!seen)
        g_ptr_array_add (values, g_strdup_printf ("%g", item->options[i].value));
    }
  for (guint i = 0; i < values->len; i++)
    {
      if (i > 0 && i == values->len - 1)
        /* TRANSLATORS: before the last of the allowed answers: "0, 3 or 5" */
        g_string_append (out, _(" or "));
      else if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, g_ptr_array_index (values, i));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
check_answer (const PtMeasureDef  *def,
              const PtMeasureItem *item,
              double               value,
              GError             **error)
{
  g_autofree char *field = NULL;

  if (isnan (value) || pt_measure_item_allows (item, value))
    return TRUE;

  field = g_strdup_printf ("item-%u", item->number);
  if (item->options != NULL)
    {
      g_autofree char *allowed = options_to_string (item);

      pt_set_field_error (error, field,
                          _("%s item %u (%s) must be one of the form’s answers, %s (got %g)."),
                          _(def->short_name), item->number, _(item->label), allowed, value);
    }
  else if (item->step == 1 && value >= item->min && value <= item->max)
    pt_set_field_error (error, field,
                        _("%s item %u (%s) must be a whole number between %g and %g (got %g)."),
                        _(def->short_name), item->number, _(item->label),
                        item->min, item->max, value);
  else
    pt_set_field_error (error, field,
                        _("%s item %u (%s) must be between %g and %g (got %g)."),
                        _(def->short_name), item->number, _(item->label),
                        item->min, item->max, value);
  return FALSE;
}

/* For kinds without subscales: the strict rule (or up to max_missing). */
static gboolean
check_missing_total (const PtMeasureDef *def,
                     const double       *answers,
                     guint               n_missing,
                     GError            **error)
{
  if (n_missing <= def->max_missing)
    return TRUE;

  if (def->max_missing == 0 && n_missing == 1)
    {
      for (guint i = 0; i < def->n_items; i++)
        if (isnan (answers[i]))
          {
            g_autofree char *field = g_strdup_printf ("item-%u", def->items[i].number);

            pt_set_field_error (error, field,
                                _("%s item %u (%s) is not answered; every item is needed for a score."),
                                _(def->short_name), def->items[i].number,
                                _(def->items[i].label));
            return FALSE;
          }
    }
  pt_set_field_error (error, "items",
                      _("%s: %u of %u items are not answered; at most %u may be."),
                      _(def->short_name), n_missing, def->n_items, def->max_missing);
  return FALSE;
}

gboolean
pt_measure_score (PtMeasureKind   kind,
                  const double   *answers,
                  guint           n_answers,
                  PtMeasureScore *out,
                  GError        **error)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);
  guint n_missing = 0;
  double sum = 0, most = 0;
  PtMeasureScore score = { 0 };

  g_return_val_if_fail (def != NULL, FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_answers != def->n_items)
    {
      pt_set_field_error (error, "items",
                          _("The %s has %u items, but %u answers were given."),
                          _(def->name), def->n_items, n_answers);
      return FALSE;
    }

  for (guint i = 0; i < n_answers; i++)
    {
      if (!check_answer (def, &def->items[i], answers[i], error))
        return FALSE;
      if (isnan (answers[i]))
        n_missing++;
    }

  if (def->n_subscales == 0)
    {
      if (!check_missing_total (def, answers, n_missing, error))
        return FALSE;
      for (guint i = 0; i < n_answers; i++)
        sum += answers[i];
      score.total = sum;
      score.n_missing = n_missing;
      if (out != NULL)
        *out = score;
      return TRUE;
    }

  /* Subscales (the FFI, Budiman-Mak 1991): each is the sum of its answered
   * items over the most those could score, as a percentage; items not
   * applicable are left out of both. The total likewise over all items. */
  g_assert (def->n_subscales <= PT_MEASURE_MAX_SUBSCALES);
  for (guint s = 0; s < def->n_subscales; s++)
    {
      const PtMeasureSubscale *sub = &def->subscales[s];
      guint n_items = 0, n_sub_missing = 0;
      double sub_sum = 0, sub_most = 0;

      for (guint i = 0; i < def->n_items; i++)
        {
          if (def->items[i].subscale != s)
            continue;
          n_items++;
          if (isnan (answers[i]))
            {
              n_sub_missing++;
              continue;
            }
          sub_sum += answers[i];
          sub_most += def->items[i].max;
        }

      if (n_sub_missing > sub->max_missing)
        {
          pt_set_field_error (error, "items",
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%s %s: %u of %u items is not answered or not applicable; at most %u may be.",
                                           "%s %s: %u of %u items are not answered or not applicable; at most %u may be.",
                                           n_sub_missing),
                              _(def->short_name), _(sub->label), n_sub_missing, n_items,
                              sub->max_missing);
          return FALSE;
        }

      score.subscales[s] = sub_sum / sub_most * 100.0;
      sum += sub_sum;
      most += sub_most;
    }
  score.n_subscales = def->n_subscales;
  score.total = sum / most * 100.0;
  score.n_missing = n_missing;
  if (out != NULL)
    *out = score;
  return TRUE;
}

gboolean
pt_measure_custom_validate (const PtMeasureCustom *custom,
                            GError               **error)
{
  g_return_val_if_fail (custom != NULL, FALSE);

  {
    g_autofree char *name = g_strstrip (g_strdup (custom->name != NULL ? custom->name : ""));

    if (*name == '\0')
      {
        pt_set_field_error (error, "name", _("A clinic score needs a name."));
        return FALSE;
      }
  }
  if (!isfinite (custom->min) || !isfinite (custom->max))
    {
      pt_set_field_error (error, !isfinite (custom->min) ? "min" : "max",
                          _("The lowest and highest score of “%s” must be numbers."),
                          custom->name);
      return FALSE;
    }
  if (custom->max <= custom->min)
    {
      pt_set_field_error (error, "max",
                          _("The highest score of “%s” must be above its lowest (%g to %g given)."),
                          custom->name, custom->min, custom->max);
      return FALSE;
    }
  if (!isnan (custom->mcid)
      && (!isfinite (custom->mcid) || custom->mcid <= 0
          || custom->mcid > custom->max - custom->min))
    {
      pt_set_field_error (error, "mcid",
                          _("The important change of “%s” must be above 0 and at most %g, the width of its range (got %g)."),
                          custom->name, custom->max - custom->min, custom->mcid);
      return FALSE;
    }
  return TRUE;
}

gboolean
pt_measure_custom_score (const PtMeasureCustom *custom,
                         double                 total,
                         PtMeasureScore        *out,
                         GError               **error)
{
  PtMeasureScore score = { 0 };

  g_return_val_if_fail (custom != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pt_measure_custom_validate (custom, error))
    return FALSE;
  if (!isfinite (total) || total < custom->min || total > custom->max)
    {
      pt_set_field_error (error, "total",
                          _("A score of “%s” must be between %g and %g (got %g)."),
                          custom->name, custom->min, custom->max, total);
      return FALSE;
    }
  score.total = total;
  if (out != NULL)
    *out = score;
  return TRUE;
}

void
pt_measure_custom_get_scale (const PtMeasureCustom *custom,
                             PtMeasureScale        *scale)
{
  g_return_if_fail (custom != NULL && scale != NULL);

  scale->min = custom->min;
  scale->max = custom->max;
  scale->higher_is_better = custom->higher_is_better;
  scale->mcid = custom->mcid;
  scale->percent = FALSE;
}

/* Change is reported in points first, as every MCID above is in points.
 * The two percentages are for reading, not for the MCID: of the baseline
 * (how much of the starting score changed; for the FFI, 48 % to 12 % is a
 * 75 % improvement) and of the range (how far along the scale). */
void
pt_measure_change_compute (const PtMeasureScale *scale,
                           double                baseline,
                           double                latest,
                           PtMeasureChange      *out)
{
  PtMeasureChange change = { 0 };
  double worsening;

  g_return_if_fail (scale != NULL && out != NULL);

  change.baseline = baseline;
  change.latest = latest;
  change.improvement = scale->higher_is_better ? latest - baseline : baseline - latest;
  change.percent_of_baseline = fabs (baseline) > ANSWER_EPSILON
                               ? change.improvement / fabs (baseline) * 100.0 : NAN;
  change.percent_of_range = scale->max > scale->min
                            ? change.improvement / (scale->max - scale->min) * 100.0 : NAN;
  change.has_mcid = isfinite (scale->mcid) && scale->mcid > 0;
  change.reaches_mcid = change.has_mcid
                        && change.improvement >= scale->mcid - ANSWER_EPSILON;
  worsening = -change.improvement;

  if (fabs (change.improvement) < ANSWER_EPSILON)
    change.change_class = PT_MEASURE_CHANGE_NONE;
  else if (change.improvement > 0)
    change.change_class = change.reaches_mcid ? PT_MEASURE_CHANGE_BETTER_IMPORTANT
                                              : PT_MEASURE_CHANGE_BETTER;
  else
    change.change_class = change.has_mcid && worsening >= scale->mcid - ANSWER_EPSILON
                          ? PT_MEASURE_CHANGE_WORSE_IMPORTANT : PT_MEASURE_CHANGE_WORSE;
  *out = change;
}

static char *
format_value (const PtMeasureScale *scale,
              double                value)
{
  if (scale->percent)
    /* TRANSLATORS: a questionnaire score in percent, "48 %" */
    return g_strdup_printf (_("%.0f %%"), value);
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

char *
pt_measure_describe_change (PtMeasureKind          kind,
                            const PtMeasureCustom *custom,
                            double                 baseline,
                            double                 latest)
{
  const PtMeasureDef *def = pt_measure_def_get (kind);
  PtMeasureScale scale;
  PtMeasureChange change;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *how = NULL;
  g_autofree char *subject = NULL;
  const char *score_name;
  const char *direction;

  if (def != NULL)
    {
      pt_measure_kind_get_scale (kind, &scale);
      score_name = _(def->score_name);
      subject = g_strdup (_(def->subject));
    }
  else
    {
      g_return_val_if_fail (custom != NULL && custom->name != NULL, NULL);
      pt_measure_custom_get_scale (custom, &scale);
      score_name = custom->name;
      /* TRANSLATORS: the subject of a sentence about a clinic's own score, "Your hop test" */
      subject = g_strdup_printf (_("Your %s"), custom->name);
    }

  pt_measure_change_compute (&scale, baseline, latest, &change);
  from = format_value (&scale, baseline);
  to = format_value (&scale, latest);
  direction = scale.higher_is_better ? _("higher is better") : _("lower is better");
  if (scale.percent)
    how = g_strdup (direction);
  else if (scale.min == 0)
    {
      g_autofree char *max = format_value (&scale, scale.max);

      /* TRANSLATORS: "out of 80, higher is better" */
      how = g_strdup_printf (_("out of %s, %s"), max, direction);
    }
  else
    {
      g_autofree char *min = format_value (&scale, scale.min);
      g_autofree char *max = format_value (&scale, scale.max);

      /* TRANSLATORS: "on a scale of -5 to 5, higher is better" */
      how = g_strdup_printf (_("on a scale of %s to %s, %s"), min, max, direction);
    }

  /* What the patient reads must not say "improved from 48 % to 48 %". */
  if (change.change_class == PT_MEASURE_CHANGE_NONE || g_strcmp0 (from, to) == 0)
    /* TRANSLATORS: "Your Foot Function Index is unchanged at 48 % (lower is better)." */
    return g_strdup_printf (_("Your %s is unchanged at %s (%s)."), score_name, to, how);

  switch (change.change_class)
    {
    case PT_MEASURE_CHANGE_BETTER_IMPORTANT:
      /* TRANSLATORS: "Your foot function improved: your Foot Function Index
       * went from 48 % to 12 % (lower is better)." */
      return g_strdup_printf (_("%s improved: your %s went from %s to %s (%s)."),
                              subject, score_name, from, to, how);
    case PT_MEASURE_CHANGE_BETTER:
      if (!change.has_mcid)
        return g_strdup_printf (_("%s improved: your %s went from %s to %s (%s)."),
                                subject, score_name, from, to, how);
      return g_strdup_printf (_("%s improved a little: your %s went from %s to %s (%s), "
                                "less than the change most patients notice."),
                              subject, score_name, from, to, how);
    case PT_MEASURE_CHANGE_WORSE:
      if (!change.has_mcid)
        return g_strdup_printf (_("%s got worse: your %s went from %s to %s (%s)."),
                                subject, score_name, from, to, how);
      return g_strdup_printf (_("%s is a little worse: your %s went from %s to %s (%s), "
                                "less than the change most patients notice."),
                              subject, score_name, from, to, how);
    case PT_MEASURE_CHANGE_WORSE_IMPORTANT:
      return g_strdup_printf (_("%s got worse: your %s went from %s to %s (%s)."),
                              subject, score_name, from, to, how);
    case PT_MEASURE_CHANGE_NONE:
    default:
      g_assert_not_reached ();
    }
  return NULL;
}
