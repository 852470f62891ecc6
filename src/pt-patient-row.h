/* pt-patient-row.h: one patient in the sidebar list
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pt-patient-overview.h"

G_BEGIN_DECLS

#define PT_TYPE_PATIENT_ROW (pt_patient_row_get_type ())

G_DECLARE_FINAL_TYPE (PtPatientRow, pt_patient_row, PT, PATIENT_ROW, GtkWidget)

GtkWidget *pt_patient_row_new          (void);
void       pt_patient_row_set_overview (PtPatientRow      *self,
                                        PtPatientOverview *overview);

/* "Achilles tendinopathy, left", or NULL without an active condition. */
char      *pt_patient_overview_dup_condition_label (PtPatientOverview *overview);

G_END_DECLS
