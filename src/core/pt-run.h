/* pt-run.h: a run in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_RUN (pt_run_get_type ())

G_DECLARE_FINAL_TYPE (PtRun, pt_run, PT, RUN, PtRecord)

PtRun *pt_run_new (void);
gint64 pt_run_get_patient_id (PtRun *self);
const char *pt_run_get_date (PtRun *self);
double pt_run_get_distance_m (PtRun *self);
gint64 pt_run_get_duration_s (PtRun *self);
PtSurface pt_run_get_surface (PtRun *self);
gint64 pt_run_get_shoe_id (PtRun *self);
double pt_run_get_pain_during (PtRun *self);
const char *pt_run_get_notes (PtRun *self);

void pt_run_set_patient_id (PtRun *self,
                           gint64 value);
void pt_run_set_date (PtRun *self,
                     const char *value);
void pt_run_set_distance_m (PtRun *self,
                           double value);
void pt_run_set_duration_s (PtRun *self,
                           gint64 value);
void pt_run_set_surface (PtRun *self,
                        PtSurface value);
void pt_run_set_shoe_id (PtRun *self,
                        gint64 value);
void pt_run_set_pain_during (PtRun *self,
                            double value);
void pt_run_set_notes (PtRun *self,
                      const char *value);

G_END_DECLS
