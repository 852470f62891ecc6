/* pt-cross-training.h: a cross-training entry in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_CROSS_TRAINING (pt_cross_training_get_type ())

G_DECLARE_FINAL_TYPE (PtCrossTraining, pt_cross_training, PT, CROSS_TRAINING, PtRecord)

PtCrossTraining *pt_cross_training_new (void);
gint64 pt_cross_training_get_patient_id (PtCrossTraining *self);
const char *pt_cross_training_get_date (PtCrossTraining *self);
PtActivity pt_cross_training_get_activity (PtCrossTraining *self);
gint64 pt_cross_training_get_minutes (PtCrossTraining *self);
gint64 pt_cross_training_get_effort (PtCrossTraining *self);
const char *pt_cross_training_get_notes (PtCrossTraining *self);

void pt_cross_training_set_patient_id (PtCrossTraining *self,
                                      gint64 value);
void pt_cross_training_set_date (PtCrossTraining *self,
                                const char *value);
void pt_cross_training_set_activity (PtCrossTraining *self,
                                    PtActivity value);
void pt_cross_training_set_minutes (PtCrossTraining *self,
                                   gint64 value);
void pt_cross_training_set_effort (PtCrossTraining *self,
                                  gint64 value);
void pt_cross_training_set_notes (PtCrossTraining *self,
                                 const char *value);

G_END_DECLS
