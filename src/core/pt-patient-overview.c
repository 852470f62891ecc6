/* pt-patient-overview.c: one line about a patient, for lists
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-enums.h"
#include "pt-patient-overview.h"

struct _PtPatientOverview
{
  GObject          parent_instance;

  gint64           id;
  char            *name;
  char            *record_number;
  char            *date_of_birth;
  gboolean         archived;
  gboolean         has_condition;
  PtConditionKind  condition_kind;
  PtSide           condition_side;
  guint            session_count;
  double           latest_pain;
  char            *last_visit;
  char            *next_visit;
};

G_DEFINE_FINAL_TYPE (PtPatientOverview, pt_patient_overview, G_TYPE_OBJECT)

static void
pt_patient_overview_finalize (GObject *object)
{
  PtPatientOverview *self = PT_PATIENT_OVERVIEW (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->record_number, g_free);
  g_clear_pointer (&self->date_of_birth, g_free);
  g_clear_pointer (&self->last_visit, g_free);
  g_clear_pointer (&self->next_visit, g_free);

  G_OBJECT_CLASS (pt_patient_overview_parent_class)->finalize (object);
}

static void
pt_patient_overview_class_init (PtPatientOverviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pt_patient_overview_finalize;
}

static void
pt_patient_overview_init (PtPatientOverview *self)
{
}

PtPatientOverview *
pt_patient_overview_new (gint64      id,
                         const char *name,
                         const char *record_number,
                         const char *date_of_birth,
                         gboolean    archived,
                         const char *condition_kind,
                         const char *condition_side,
                         guint       session_count,
                         double      latest_pain,
                         const char *last_visit,
                         const char *next_visit)
{
  PtPatientOverview *self = g_object_new (PT_TYPE_PATIENT_OVERVIEW, NULL);
  int kind = 0, side = 0;

  self->id = id;
  self->name = g_strdup (name);
  self->record_number = g_strdup (record_number);
  self->date_of_birth = g_strdup (date_of_birth);
  self->archived = archived;
  self->has_condition = pt_enum_from_nick (PT_TYPE_CONDITION_KIND, condition_kind, &kind) &&
                        pt_enum_from_nick (PT_TYPE_SIDE, condition_side, &side);
  self->condition_kind = kind;
  self->condition_side = side;
  self->session_count = session_count;
  self->latest_pain = latest_pain;
  self->last_visit = g_strdup (last_visit);
  self->next_visit = g_strdup (next_visit);

  return self;
}

gint64
pt_patient_overview_get_id (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), 0);
  return self->id;
}

const char *
pt_patient_overview_get_name (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), NULL);
  return self->name;
}

const char *
pt_patient_overview_get_record_number (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), NULL);
  return self->record_number;
}

const char *
pt_patient_overview_get_date_of_birth (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), NULL);
  return self->date_of_birth;
}

gboolean
pt_patient_overview_get_archived (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), FALSE);
  return self->archived;
}

gboolean
pt_patient_overview_get_condition (PtPatientOverview *self,
                                   PtConditionKind   *kind,
                                   PtSide            *side)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), FALSE);

  if (kind != NULL)
    *kind = self->condition_kind;
  if (side != NULL)
    *side = self->condition_side;
  return self->has_condition;
}

guint
pt_patient_overview_get_session_count (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), 0);
  return self->session_count;
}

double
pt_patient_overview_get_latest_pain (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), 0);
  return self->latest_pain;
}

const char *
pt_patient_overview_get_last_visit (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), NULL);
  return self->last_visit;
}

const char *
pt_patient_overview_get_next_visit (PtPatientOverview *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_OVERVIEW (self), NULL);
  return self->next_visit;
}
