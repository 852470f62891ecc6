/* pt-cross-training.c: a cross-training entry in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-record-private.h"
#include "pt-cross-training.h"

struct _PtCrossTraining
{
  PtRecord parent_instance;

  gint64 patient_id;
  char *date;
  PtActivity activity;
  gint64 minutes;
  gint64 effort;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PtCrossTraining, pt_cross_training, PT_TYPE_RECORD)

static const PtField fields[] = {
  { "patient_id", N_("Patient"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtCrossTraining, patient_id), 0, 0, NULL },
  { "date", N_("Date"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtCrossTraining, date), 0, 0, NULL },
  { "activity", N_("Activity"), PT_FIELD_ENUM, 0,
    PT_RECORD_FIELD (PtCrossTraining, activity), 0, 0, pt_activity_get_type },
  { "minutes", N_("Minutes"), PT_FIELD_INT, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtCrossTraining, minutes), 1, 1440, NULL },
  { "effort", N_("Effort"), PT_FIELD_INT, 0,
    PT_RECORD_FIELD (PtCrossTraining, effort), 1, 10, NULL },
  { "notes", N_("Notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtCrossTraining, notes), 0, 2000, NULL },
};

static void
pt_cross_training_class_init (PtCrossTrainingClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "cross_training", fields, G_N_ELEMENTS (fields));
}

static void
pt_cross_training_init (PtCrossTraining *self)
{
}

PtCrossTraining *
pt_cross_training_new (void)
{
  return g_object_new (PT_TYPE_CROSS_TRAINING, NULL);
}

gint64
pt_cross_training_get_patient_id (PtCrossTraining *self)
{
  g_return_val_if_fail (PT_IS_CROSS_TRAINING (self), 0);

  return self->patient_id;
}

const char *
pt_cross_training_get_date (PtCrossTraining *self)
{
  g_return_val_if_fail (PT_IS_CROSS_TRAINING (self), NULL);

  return self->date;
}

PtActivity
pt_cross_training_get_activity (PtCrossTraining *self)
{
  g_return_val_if_fail (PT_IS_CROSS_TRAINING (self), 0);

  return self->activity;
}

gint64
pt_cross_training_get_minutes (PtCrossTraining *self)
{
  g_return_val_if_fail (PT_IS_CROSS_TRAINING (self), 0);

  return self->minutes;
}

gint64
pt_cross_training_get_effort (PtCrossTraining *self)
{
  g_return_val_if_fail (PT_IS_CROSS_TRAINING (self), 0);

  return self->effort;
}

const char *
pt_cross_training_get_notes (PtCrossTraining *self)
{
  g_return_val_if_fail (PT_IS_CROSS_TRAINING (self), NULL);

  return self->notes;
}

void
pt_cross_training_set_patient_id (PtCrossTraining *self,
                                 gint64 value)
{
  g_return_if_fail (PT_IS_CROSS_TRAINING (self));

  if (self->patient_id == value)
    return;

  self->patient_id = value;
  g_object_notify (G_OBJECT (self), "patient_id");
}

void
pt_cross_training_set_date (PtCrossTraining *self,
                           const char *value)
{
  g_return_if_fail (PT_IS_CROSS_TRAINING (self));

  pt_record_set_string (PT_RECORD (self), "date", value);
}

void
pt_cross_training_set_activity (PtCrossTraining *self,
                               PtActivity value)
{
  g_return_if_fail (PT_IS_CROSS_TRAINING (self));

  if (self->activity == value)
    return;

  self->activity = value;
  g_object_notify (G_OBJECT (self), "activity");
}

void
pt_cross_training_set_minutes (PtCrossTraining *self,
                              gint64 value)
{
  g_return_if_fail (PT_IS_CROSS_TRAINING (self));

  if (self->minutes == value)
    return;

  self->minutes = value;
  g_object_notify (G_OBJECT (self), "minutes");
}

void
pt_cross_training_set_effort (PtCrossTraining *self,
                             gint64 value)
{
  g_return_if_fail (PT_IS_CROSS_TRAINING (self));

  if (self->effort == value)
    return;

  self->effort = value;
  g_object_notify (G_OBJECT (self), "effort");
}

void
pt_cross_training_set_notes (PtCrossTraining *self,
                            const char *value)
{
  g_return_if_fail (PT_IS_CROSS_TRAINING (self));

  pt_record_set_string (PT_RECORD (self), "notes", value);
}
