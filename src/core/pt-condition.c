/* pt-condition.c: a condition in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-record-private.h"
#include "pt-condition.h"

struct _PtCondition
{
  PtRecord parent_instance;

  gint64 patient_id;
  PtConditionKind kind;
  PtSide side;
  char *onset_date;
  PtConditionStatus status;
  PtPriorTreatment prior_treatments;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PtCondition, pt_condition, PT_TYPE_RECORD)

static const PtField fields[] = {
  { "patient_id", N_("Patient"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtCondition, patient_id), 0, 0, NULL },
  { "kind", N_("Condition"), PT_FIELD_ENUM, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtCondition, kind), 0, 0, pt_condition_kind_get_type },
  { "side", N_("Side"), PT_FIELD_ENUM, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtCondition, side), 0, 0, pt_side_get_type },
  { "onset_date", N_("Onset date"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtCondition, onset_date), 0, 0, NULL },
  { "status", N_("Status"), PT_FIELD_ENUM, 0,
    PT_RECORD_FIELD (PtCondition, status), 0, 0, pt_condition_status_get_type },
  { "prior_treatments", N_("Treatments tried before"), PT_FIELD_FLAGS, 0,
    PT_RECORD_FIELD (PtCondition, prior_treatments), 0, 0, pt_prior_treatment_get_type },
  { "notes", N_("Diagnosis notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtCondition, notes), 0, 10000, NULL },
};

static void
pt_condition_class_init (PtConditionClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "conditions", fields, G_N_ELEMENTS (fields));
}

static void
pt_condition_init (PtCondition *self)
{
}

PtCondition *
pt_condition_new (void)
{
  return g_object_new (PT_TYPE_CONDITION, NULL);
}

gint64
pt_condition_get_patient_id (PtCondition *self)
{
  g_return_val_if_fail (PT_IS_CONDITION (self), 0);

  return self->patient_id;
}

PtConditionKind
pt_condition_get_kind (PtCondition *self)
{
  g_return_val_if_fail (PT_IS_CONDITION (self), 0);

  return self->kind;
}

PtSide
pt_condition_get_side (PtCondition *self)
{
  g_return_val_if_fail (PT_IS_CONDITION (self), 0);

  return self->side;
}

const char *
pt_condition_get_onset_date (PtCondition *self)
{
  g_return_val_if_fail (PT_IS_CONDITION (self), NULL);

  return self->onset_date;
}

PtConditionStatus
pt_condition_get_status (PtCondition *self)
{
  g_return_val_if_fail (PT_IS_CONDITION (self), 0);

  return self->status;
}

PtPriorTreatment
pt_condition_get_prior_treatments (PtCondition *self)
{
  g_return_val_if_fail (PT_IS_CONDITION (self), 0);

  return self->prior_treatments;
}

const char *
pt_condition_get_notes (PtCondition *self)
{
  g_return_val_if_fail (PT_IS_CONDITION (self), NULL);

  return self->notes;
}

void
pt_condition_set_patient_id (PtCondition *self,
                            gint64 value)
{
  g_return_if_fail (PT_IS_CONDITION (self));

  if (self->patient_id == value)
    return;

  self->patient_id = value;
  g_object_notify (G_OBJECT (self), "patient_id");
}

void
pt_condition_set_kind (PtCondition *self,
                      PtConditionKind value)
{
  g_return_if_fail (PT_IS_CONDITION (self));

  if (self->kind == value)
    return;

  self->kind = value;
  g_object_notify (G_OBJECT (self), "kind");
}

void
pt_condition_set_side (PtCondition *self,
                      PtSide value)
{
  g_return_if_fail (PT_IS_CONDITION (self));

  if (self->side == value)
    return;

  self->side = value;
  g_object_notify (G_OBJECT (self), "side");
}

void
pt_condition_set_onset_date (PtCondition *self,
                            const char *value)
{
  g_return_if_fail (PT_IS_CONDITION (self));

  pt_record_set_string (PT_RECORD (self), "onset_date", value);
}

void
pt_condition_set_status (PtCondition *self,
                        PtConditionStatus value)
{
  g_return_if_fail (PT_IS_CONDITION (self));

  if (self->status == value)
    return;

  self->status = value;
  g_object_notify (G_OBJECT (self), "status");
}

void
pt_condition_set_prior_treatments (PtCondition *self,
                                  PtPriorTreatment value)
{
  g_return_if_fail (PT_IS_CONDITION (self));

  if (self->prior_treatments == value)
    return;

  self->prior_treatments = value;
  g_object_notify (G_OBJECT (self), "prior_treatments");
}

void
pt_condition_set_notes (PtCondition *self,
                       const char *value)
{
  g_return_if_fail (PT_IS_CONDITION (self));

  pt_record_set_string (PT_RECORD (self), "notes", value);
}
