/* pt-condition.h: a condition in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_CONDITION (pt_condition_get_type ())

G_DECLARE_FINAL_TYPE (PtCondition, pt_condition, PT, CONDITION, PtRecord)

PtCondition *pt_condition_new (void);
gint64 pt_condition_get_patient_id (PtCondition *self);
PtConditionKind pt_condition_get_kind (PtCondition *self);
PtSide pt_condition_get_side (PtCondition *self);
const char *pt_condition_get_onset_date (PtCondition *self);
PtConditionStatus pt_condition_get_status (PtCondition *self);
PtPriorTreatment pt_condition_get_prior_treatments (PtCondition *self);
const char *pt_condition_get_notes (PtCondition *self);

void pt_condition_set_patient_id (PtCondition *self,
                                 gint64 value);
void pt_condition_set_kind (PtCondition *self,
                           PtConditionKind value);
void pt_condition_set_side (PtCondition *self,
                           PtSide value);
void pt_condition_set_onset_date (PtCondition *self,
                                 const char *value);
void pt_condition_set_status (PtCondition *self,
                             PtConditionStatus value);
void pt_condition_set_prior_treatments (PtCondition *self,
                                       PtPriorTreatment value);
void pt_condition_set_notes (PtCondition *self,
                            const char *value);

G_END_DECLS
