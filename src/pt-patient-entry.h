/* pt-patient-entry.h: today's pain and a run, recorded by the patient
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-patient-bundle.h"
#include "pt-store.h"

G_BEGIN_DECLS

#define PT_TYPE_PATIENT_ENTRY (pt_patient_entry_get_type ())

G_DECLARE_FINAL_TYPE (PtPatientEntry, pt_patient_entry, PT, PATIENT_ENTRY, GtkWidget)

/* For @bundle's patient and condition; distances typed in @unit. Saves
 * through @store, as recorded by the patient, and emits ::recorded. */
GtkWidget  *pt_patient_entry_new         (PtStore         *store,
                                          PtPatientBundle *bundle,
                                          PtDistanceUnit   unit);
/* Whether @self is for @bundle's patient. */
gboolean    pt_patient_entry_is_for      (PtPatientEntry  *self,
                                          PtPatientBundle *bundle);
/* The same patient's newer bundle (after a save). */
void        pt_patient_entry_set_bundle  (PtPatientEntry  *self,
                                          PtPatientBundle *bundle);
/* The message under the form ("Saved for your clinician", or an error). */
const char *pt_patient_entry_get_message (PtPatientEntry  *self);

G_END_DECLS
