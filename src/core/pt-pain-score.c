/* pt-pain-score.c: a pain score in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-record-private.h"
#include "pt-pain-score.h"

struct _PtPainScore
{
  PtRecord parent_instance;

  gint64 patient_id;
  gint64 condition_id;
  char *date;
  double score;
  PtPainContext context;
  PtPainSource source;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PtPainScore, pt_pain_score, PT_TYPE_RECORD)

static const PtField fields[] = {
  { "patient_id", N_("Patient"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtPainScore, patient_id), 0, 0, NULL },
  { "condition_id", N_("Condition"), PT_FIELD_REF, 0,
    PT_RECORD_FIELD (PtPainScore, condition_id), 0, 0, NULL },
  { "date", N_("Date"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtPainScore, date), 0, 0, NULL },
  { "score", N_("Pain"), PT_FIELD_REAL, PT_FIELD_REQUIRED | PT_FIELD_HALF_STEPS,
    PT_RECORD_FIELD (PtPainScore, score), 0, 10, NULL },
  { "context", N_("Context"), PT_FIELD_ENUM, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtPainScore, context), 0, 0, pt_pain_context_get_type },
  { "source", N_("Source"), PT_FIELD_ENUM, 0,
    PT_RECORD_FIELD (PtPainScore, source), 0, 0, pt_pain_source_get_type },
  { "notes", N_("Notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtPainScore, notes), 0, 2000, NULL },
};

static void
pt_pain_score_class_init (PtPainScoreClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "pain_scores", fields, G_N_ELEMENTS (fields));
}

static void
pt_pain_score_init (PtPainScore *self)
{
}

PtPainScore *
pt_pain_score_new (void)
{
  return g_object_new (PT_TYPE_PAIN_SCORE, NULL);
}

gint64
pt_pain_score_get_patient_id (PtPainScore *self)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (self), 0);

  return self->patient_id;
}

gint64
pt_pain_score_get_condition_id (PtPainScore *self)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (self), 0);

  return self->condition_id;
}

const char *
pt_pain_score_get_date (PtPainScore *self)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (self), NULL);

  return self->date;
}

double
pt_pain_score_get_score (PtPainScore *self)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (self), 0);

  return self->score;
}

PtPainContext
pt_pain_score_get_context (PtPainScore *self)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (self), 0);

  return self->context;
}

PtPainSource
pt_pain_score_get_source (PtPainScore *self)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (self), 0);

  return self->source;
}

const char *
pt_pain_score_get_notes (PtPainScore *self)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (self), NULL);

  return self->notes;
}

void
pt_pain_score_set_patient_id (PtPainScore *self,
                             gint64 value)
{
  g_return_if_fail (PT_IS_PAIN_SCORE (self));

  if (self->patient_id == value)
    return;

  self->patient_id = value;
  g_object_notify (G_OBJECT (self), "patient_id");
}

void
pt_pain_score_set_condition_id (PtPainScore *self,
                               gint64 value)
{
  g_return_if_fail (PT_IS_PAIN_SCORE (self));

  if (self->condition_id == value)
    return;

  self->condition_id = value;
  g_object_notify (G_OBJECT (self), "condition_id");
}

void
pt_pain_score_set_date (PtPainScore *self,
                       const char *value)
{
  g_return_if_fail (PT_IS_PAIN_SCORE (self));

  pt_record_set_string (PT_RECORD (self), "date", value);
}

void
pt_pain_score_set_score (PtPainScore *self,
                        double value)
{
  g_return_if_fail (PT_IS_PAIN_SCORE (self));

  if ((self->score == value || (!pt_has_value (self->score) && !pt_has_value (value))))
    return;

  self->score = value;
  g_object_notify (G_OBJECT (self), "score");
}

void
pt_pain_score_set_context (PtPainScore *self,
                          PtPainContext value)
{
  g_return_if_fail (PT_IS_PAIN_SCORE (self));

  if (self->context == value)
    return;

  self->context = value;
  g_object_notify (G_OBJECT (self), "context");
}

void
pt_pain_score_set_source (PtPainScore *self,
                         PtPainSource value)
{
  g_return_if_fail (PT_IS_PAIN_SCORE (self));

  if (self->source == value)
    return;

  self->source = value;
  g_object_notify (G_OBJECT (self), "source");
}

void
pt_pain_score_set_notes (PtPainScore *self,
                        const char *value)
{
  g_return_if_fail (PT_IS_PAIN_SCORE (self));

  pt_record_set_string (PT_RECORD (self), "notes", value);
}
