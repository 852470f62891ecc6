/* pt-session.h: a treatment session in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_SESSION (pt_session_get_type ())

G_DECLARE_FINAL_TYPE (PtSession, pt_session, PT, SESSION, PtRecord)

PtSession *pt_session_new (void);
gint64 pt_session_get_patient_id (PtSession *self);
gint64 pt_session_get_condition_id (PtSession *self);
const char *pt_session_get_date (PtSession *self);
PtTreatmentType pt_session_get_treatment (PtSession *self);
const char *pt_session_get_solution (PtSession *self);
double pt_session_get_concentration_pct (PtSession *self);
double pt_session_get_volume_ml (PtSession *self);
gint64 pt_session_get_injection_count (PtSession *self);
const char *pt_session_get_structures (PtSession *self);
const char *pt_session_get_clinician (PtSession *self);
const char *pt_session_get_site (PtSession *self);
double pt_session_get_pain_before (PtSession *self);
double pt_session_get_pain_after (PtSession *self);
const char *pt_session_get_adverse_events (PtSession *self);
const char *pt_session_get_advice (PtSession *self);
const char *pt_session_get_next_visit (PtSession *self);
const char *pt_session_get_notes (PtSession *self);

void pt_session_set_patient_id (PtSession *self,
                               gint64 value);
void pt_session_set_condition_id (PtSession *self,
                                 gint64 value);
void pt_session_set_date (PtSession *self,
                         const char *value);
void pt_session_set_treatment (PtSession *self,
                              PtTreatmentType value);
void pt_session_set_solution (PtSession *self,
                             const char *value);
void pt_session_set_concentration_pct (PtSession *self,
                                      double value);
void pt_session_set_volume_ml (PtSession *self,
                              double value);
void pt_session_set_injection_count (PtSession *self,
                                    gint64 value);
void pt_session_set_structures (PtSession *self,
                               const char *value);
void pt_session_set_clinician (PtSession *self,
                              const char *value);
void pt_session_set_site (PtSession *self,
                         const char *value);
void pt_session_set_pain_before (PtSession *self,
                                double value);
void pt_session_set_pain_after (PtSession *self,
                               double value);
void pt_session_set_adverse_events (PtSession *self,
                                   const char *value);
void pt_session_set_advice (PtSession *self,
                           const char *value);
void pt_session_set_next_visit (PtSession *self,
                               const char *value);
void pt_session_set_notes (PtSession *self,
                          const char *value);

G_END_DECLS
