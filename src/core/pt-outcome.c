/* pt-outcome.c: an outcome measure recorded for a condition at a date
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-enums.h"
#include "pt-error.h"
#include "pt-outcome.h"
#include "pt-record-private.h"

struct _PtOutcome
{
  PtRecord parent_instance;

  gint64 patient_id;
  gint64 condition_id;
  char *date;
  PtMeasureKind kind;
  double total;
  char *answers;
  char *custom_name;
  double custom_min;
  double custom_max;
  gboolean custom_higher_better;
  double custom_mcid;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PtOutcome, pt_outcome, PT_TYPE_RECORD)

/* The total's range depends on the kind (PT_FIELD_CUSTOM), and whether
 * the custom fields are wanted too: pt_outcome_check_measure() checks
 * both, as do the schema's CHECKs. A custom range is any span within
 * -10000 to 10000 a clinic could print on a form. */
static const PtField fields[] = {
  { "patient_id", N_("Patient"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtOutcome, patient_id), 0, 0, NULL },
  { "condition_id", N_("Condition"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtOutcome, condition_id), 0, 0, NULL },
  { "date", N_("Date"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtOutcome, date), 0, 0, NULL },
  { "kind", N_("Measure"), PT_FIELD_ENUM, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtOutcome, kind), 0, 0, pt_measure_kind_get_type },
  { "total", N_("Score"), PT_FIELD_REAL, PT_FIELD_REQUIRED | PT_FIELD_CUSTOM,
    PT_RECORD_FIELD (PtOutcome, total), -10000, 10000, NULL },
  { "answers", N_("Answers"), PT_FIELD_TEXT, 0,
    PT_RECORD_FIELD (PtOutcome, answers), 0, PT_OUTCOME_MAX_ANSWERS_LENGTH, NULL },
  { "custom_name", N_("Score name"), PT_FIELD_TEXT, 0,
    PT_RECORD_FIELD (PtOutcome, custom_name), 0, 100, NULL },
  { "custom_min", N_("Lowest score"), PT_FIELD_REAL, 0,
    PT_RECORD_FIELD (PtOutcome, custom_min), -10000, 10000, NULL },
  { "custom_max", N_("Highest score"), PT_FIELD_REAL, 0,
    PT_RECORD_FIELD (PtOutcome, custom_max), -10000, 10000, NULL },
  { "custom_higher_better", N_("Higher is better"), PT_FIELD_BOOL, 0,
    PT_RECORD_FIELD (PtOutcome, custom_higher_better), 0, 0, NULL },
  { "custom_mcid", N_("Important change"), PT_FIELD_REAL, 0,
    PT_RECORD_FIELD (PtOutcome, custom_mcid), 0, 20000, NULL },
  { "notes", N_("Notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtOutcome, notes), 0, 2000, NULL },
};

static void
pt_outcome_class_init (PtOutcomeClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "outcomes", fields, G_N_ELEMENTS (fields));
}

static void
pt_outcome_init (PtOutcome *self)
{
}

PtOutcome *
pt_outcome_new (void)
{
  return g_object_new (PT_TYPE_OUTCOME, NULL);
}

#define GETTER(ctype, name) \
  ctype \
  pt_outcome_get_##name (PtOutcome *self) \
  { \
    g_return_val_if_fail (PT_IS_OUTCOME (self), (ctype) 0); \
    return self->name; \
  }

GETTER (gint64, patient_id)
GETTER (gint64, condition_id)
GETTER (const char *, date)
GETTER (PtMeasureKind, kind)
GETTER (double, total)
GETTER (const char *, answers)
GETTER (const char *, custom_name)
GETTER (double, custom_min)
GETTER (double, custom_max)
GETTER (gboolean, custom_higher_better)
GETTER (double, custom_mcid)
GETTER (const char *, notes)

/* Numbers and enums notify only on a change; NAN equals NAN here. */
#define SETTER(ctype, name) \
  void \
  pt_outcome_set_##name (PtOutcome *self, ctype value) \
  { \
    g_return_if_fail (PT_IS_OUTCOME (self)); \
    if (self->name == value || (self->name != self->name && value != value)) \
      return; \
    self->name = value; \
    g_object_notify (G_OBJECT (self), #name); \
  }

#define STRING_SETTER(name) \
  void \
  pt_outcome_set_##name (PtOutcome *self, const char *value) \
  { \
    g_return_if_fail (PT_IS_OUTCOME (self)); \
    pt_record_set_string (PT_RECORD (self), #name, value); \
  }

SETTER (gint64, patient_id)
SETTER (gint64, condition_id)
STRING_SETTER (date)
SETTER (PtMeasureKind, kind)
SETTER (double, total)
STRING_SETTER (answers)
STRING_SETTER (custom_name)
SETTER (double, custom_min)
SETTER (double, custom_max)
SETTER (gboolean, custom_higher_better)
SETTER (double, custom_mcid)
STRING_SETTER (notes)

GArray *
pt_outcome_parse_answers (PtOutcome  *self,
                          GError    **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (PT_IS_OUTCOME (self), NULL);

  if (self->answers == NULL || self->answers[0] == '\0')
    return g_steal_pointer (&values);

  parts = g_strsplit (self->answers, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *text = parts[i];
      double value = NAN;
      char *end = NULL;

      if (text[0] != '\0')
        {
          value = g_ascii_strtod (text, &end);
          if (end == text || *end != '\0' || !isfinite (value))
            {
              pt_set_field_error (error, "answers",
                                  _("Answer %u (“%s”) is not a number"), i + 1, text);
              return NULL;
            }
        }
      g_array_append_val (values, value);
    }

  return g_steal_pointer (&values);
}

void
pt_outcome_set_answer_values (PtOutcome    *self,
                              const double *answers,
                              guint         n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (PT_IS_OUTCOME (self));
  g_return_if_fail (answers != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      if (i > 0)
        g_string_append_c (text, ',');
      /* %g keeps "3" as "3" and "0.5" as "0.5", whatever the locale;
       * adding 0 turns a -0 (round (-0.2)) into 0. */
      if (!isnan (answers[i]))
        g_string_append (text, g_ascii_formatd (buffer, sizeof buffer, "%g", answers[i] + 0.0));
    }

  pt_outcome_set_answers (self, n > 0 ? text->str : NULL);
}

void
pt_outcome_get_custom (PtOutcome       *self,
                       PtMeasureCustom *custom)
{
  g_return_if_fail (PT_IS_OUTCOME (self));
  g_return_if_fail (custom != NULL);

  custom->name = self->custom_name;
  custom->min = self->custom_min;
  custom->max = self->custom_max;
  custom->higher_is_better = self->custom_higher_better;
  custom->mcid = self->custom_mcid;
}

void
pt_outcome_get_scale (PtOutcome      *self,
                      PtMeasureScale *scale)
{
  g_return_if_fail (PT_IS_OUTCOME (self));
  g_return_if_fail (scale != NULL);

  if (self->kind == PT_MEASURE_KIND_CUSTOM)
    {
      PtMeasureCustom custom;

      pt_outcome_get_custom (self, &custom);
      pt_measure_custom_get_scale (&custom, scale);
    }
  else if (!pt_measure_kind_get_scale (self->kind, scale))
    {
      *scale = (PtMeasureScale) { 0, 100, TRUE, NAN, FALSE };
    }
}

const char *
pt_outcome_get_name (PtOutcome *self)
{
  g_return_val_if_fail (PT_IS_OUTCOME (self), NULL);

  if (self->kind == PT_MEASURE_KIND_CUSTOM && self->custom_name != NULL)
    return self->custom_name;
  return pt_measure_kind_get_name (self->kind);
}

gboolean
pt_outcome_same_measure (PtOutcome *a,
                         PtOutcome *b)
{
  g_return_val_if_fail (PT_IS_OUTCOME (a) && PT_IS_OUTCOME (b), FALSE);

  if (a->kind != b->kind)
    return FALSE;
  return a->kind != PT_MEASURE_KIND_CUSTOM ||
         g_strcmp0 (a->custom_name, b->custom_name) == 0;
}

/* Totals are compared to a tenth of a point: the FFI's percentage has
 * decimals, and a form may round them. */
#define TOTAL_EPSILON 0.05

/* pt-measure.h names the definition's fields "name", "min", ...: the
 * record's are "custom_name", "custom_min", ... */
static gboolean
rename_custom_field (GError  *local,
                     GError **error)
{
  const char *field = pt_error_get_field (local);
  g_autofree char *renamed = NULL;

  if (field != NULL && !g_str_equal (field, "total"))
    renamed = g_strconcat ("custom_", field, NULL);
  pt_set_field_error (error, renamed != NULL ? renamed : field, "%s", local->message);
  return FALSE;
}

static gboolean
check_custom_fields (PtOutcome  *self,
                     GError    **error)
{
  PtMeasureCustom custom;
  g_autoptr(GError) local = NULL;

  if (self->kind != PT_MEASURE_KIND_CUSTOM)
    {
      if (self->custom_name != NULL || !isnan (self->custom_min) || !isnan (self->custom_max) ||
          !isnan (self->custom_mcid) || self->custom_higher_better)
        {
          pt_set_field_error (error, "custom_name",
                              _("Only a clinic score has a name, range and direction of its "
                                "own; the %s has its published ones"),
                              pt_measure_kind_get_name (self->kind));
          return FALSE;
        }
      return TRUE;
    }

  if (self->answers != NULL)
    {
      pt_set_field_error (error, "answers",
                          _("A clinic score is recorded as its total only, without answers"));
      return FALSE;
    }

  pt_outcome_get_custom (self, &custom);
  if (!pt_measure_custom_validate (&custom, &local))
    return rename_custom_field (local, error);
  return TRUE;
}

static gboolean
score_answers (PtOutcome       *self,
               PtMeasureScore  *score,
               GError         **error)
{
  g_autoptr(GArray) answers = pt_outcome_parse_answers (self, error);
  guint n_items = pt_measure_kind_get_n_items (self->kind);

  if (answers == NULL)
    return FALSE;

  if (answers->len != n_items)
    {
      pt_set_field_error (error, "answers",
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The %s has %u items; %u answer was given",
                                       "The %s has %u items; %u answers were given",
                                       answers->len),
                          pt_measure_kind_get_name (self->kind), n_items, answers->len);
      return FALSE;
    }

  return pt_measure_score (self->kind, (const double *) (gpointer) answers->data, answers->len,
                           score, error);
}

static gboolean
check_total (PtOutcome       *self,
             PtMeasureScore  *score,
             GError         **error)
{
  if (self->kind == PT_MEASURE_KIND_CUSTOM)
    {
      PtMeasureCustom custom;
      g_autoptr(GError) local = NULL;

      pt_outcome_get_custom (self, &custom);
      if (!pt_measure_custom_score (&custom, self->total, score, &local))
        return rename_custom_field (local, error);
      return TRUE;
    }
  else
    {
      double min = 0, max = 0;

      pt_measure_kind_get_range (self->kind, &min, &max);
      if (isnan (self->total) || self->total < min || self->total > max)
        {
          pt_set_field_error (error, "total", _("The %s is scored from %g to %g (got %g)"),
                              pt_measure_kind_get_name (self->kind), min, max, self->total);
          return FALSE;
        }
      *score = (PtMeasureScore) { .total = self->total };
      return TRUE;
    }
}

gboolean
pt_outcome_compute_total (PtOutcome       *self,
                          PtMeasureScore  *score,
                          GError         **error)
{
  PtMeasureScore local;

  g_return_val_if_fail (PT_IS_OUTCOME (self), FALSE);

  if (score == NULL)
    score = &local;

  if (!check_custom_fields (self, error))
    return FALSE;

  if (self->answers == NULL)
    return check_total (self, score, error);

  if (!score_answers (self, score, error))
    return FALSE;
  pt_outcome_set_total (self, score->total);
  return TRUE;
}

gboolean
pt_outcome_check_measure (PtOutcome  *self,
                          GError    **error)
{
  PtMeasureScore score;

  g_return_val_if_fail (PT_IS_OUTCOME (self), FALSE);

  if (!check_custom_fields (self, error))
    return FALSE;

  if (self->answers == NULL)
    return check_total (self, &score, error);

  if (!score_answers (self, &score, error))
    return FALSE;

  if (isnan (self->total) || fabs (self->total - score.total) > TOTAL_EPSILON)
    {
      char computed[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (computed, sizeof computed, "%.1f", score.total);
      pt_set_field_error (error, "total",
                          _("The %s of these answers is %s, not the score given"),
                          pt_measure_kind_get_name (self->kind), computed);
      return FALSE;
    }

  return TRUE;
}
