/* pt-patient.h: a patient in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_PATIENT (pt_patient_get_type ())

G_DECLARE_FINAL_TYPE (PtPatient, pt_patient, PT, PATIENT, PtRecord)

PtPatient *pt_patient_new (void);
const char *pt_patient_get_name (PtPatient *self);
const char *pt_patient_get_date_of_birth (PtPatient *self);
PtSex pt_patient_get_sex (PtPatient *self);
const char *pt_patient_get_contact (PtPatient *self);
const char *pt_patient_get_record_number (PtPatient *self);
const char *pt_patient_get_notes (PtPatient *self);
gboolean pt_patient_get_archived (PtPatient *self);

void pt_patient_set_name (PtPatient *self,
                         const char *value);
void pt_patient_set_date_of_birth (PtPatient *self,
                                  const char *value);
void pt_patient_set_sex (PtPatient *self,
                        PtSex value);
void pt_patient_set_contact (PtPatient *self,
                            const char *value);
void pt_patient_set_record_number (PtPatient *self,
                                  const char *value);
void pt_patient_set_notes (PtPatient *self,
                          const char *value);
void pt_patient_set_archived (PtPatient *self,
                             gboolean value);

G_END_DECLS
