/* pt-pain-score.h: a pain score in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_PAIN_SCORE (pt_pain_score_get_type ())

G_DECLARE_FINAL_TYPE (PtPainScore, pt_pain_score, PT, PAIN_SCORE, PtRecord)

PtPainScore *pt_pain_score_new (void);
gint64 pt_pain_score_get_patient_id (PtPainScore *self);
gint64 pt_pain_score_get_condition_id (PtPainScore *self);
const char *pt_pain_score_get_date (PtPainScore *self);
double pt_pain_score_get_score (PtPainScore *self);
PtPainContext pt_pain_score_get_context (PtPainScore *self);
PtPainSource pt_pain_score_get_source (PtPainScore *self);
const char *pt_pain_score_get_notes (PtPainScore *self);

void pt_pain_score_set_patient_id (PtPainScore *self,
                                  gint64 value);
void pt_pain_score_set_condition_id (PtPainScore *self,
                                    gint64 value);
void pt_pain_score_set_date (PtPainScore *self,
                            const char *value);
void pt_pain_score_set_score (PtPainScore *self,
                             double value);
void pt_pain_score_set_context (PtPainScore *self,
                               PtPainContext value);
void pt_pain_score_set_source (PtPainScore *self,
                              PtPainSource value);
void pt_pain_score_set_notes (PtPainScore *self,
                             const char *value);

G_END_DECLS
