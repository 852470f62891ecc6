/* pt-patient-list.h: the searchable patient list of the sidebar
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pt-store.h"

G_BEGIN_DECLS

typedef enum
{
  PT_PATIENT_SORT_NAME,
  PT_PATIENT_SORT_LAST_VISIT,
  PT_PATIENT_SORT_NEXT_VISIT,
} PtPatientSort;

#define PT_TYPE_PATIENT_LIST (pt_patient_list_get_type ())

G_DECLARE_FINAL_TYPE (PtPatientList, pt_patient_list, PT, PATIENT_LIST, GtkWidget)

/* Reloads the patients of @store (NULL: none), keeping the selection. */
gboolean      pt_patient_list_reload             (PtPatientList  *self,
                                                  PtStore        *store,
                                                  GError        **error);
gint64        pt_patient_list_get_selected_id    (PtPatientList  *self);
/* Selects the patient (0: none); FALSE when the list does not show them. */
gboolean      pt_patient_list_select             (PtPatientList  *self,
                                                  gint64          patient_id);
void          pt_patient_list_focus_search       (PtPatientList  *self);
/* The shown patients, after search and archive filter, in display order. */
GListModel   *pt_patient_list_get_model          (PtPatientList  *self);
GtkEditable  *pt_patient_list_get_search_entry   (PtPatientList  *self);

G_END_DECLS
