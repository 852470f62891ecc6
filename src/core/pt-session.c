/* pt-session.c: a treatment session in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-record-private.h"
#include "pt-session.h"

struct _PtSession
{
  PtRecord parent_instance;

  gint64 patient_id;
  gint64 condition_id;
  char *date;
  PtTreatmentType treatment;
  char *solution;
  double concentration_pct;
  double volume_ml;
  gint64 injection_count;
  char *structures;
  char *clinician;
  char *site;
  double pain_before;
  double pain_after;
  char *adverse_events;
  char *advice;
  char *next_visit;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PtSession, pt_session, PT_TYPE_RECORD)

static const PtField fields[] = {
  { "patient_id", N_("Patient"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtSession, patient_id), 0, 0, NULL },
  { "condition_id", N_("Condition"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtSession, condition_id), 0, 0, NULL },
  { "date", N_("Date"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtSession, date), 0, 0, NULL },
  { "treatment", N_("Treatment type"), PT_FIELD_ENUM, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtSession, treatment), 0, 0, pt_treatment_type_get_type },
  { "solution", N_("Solution"), PT_FIELD_TEXT, 0,
    PT_RECORD_FIELD (PtSession, solution), 0, 200, NULL },
  { "concentration_pct", N_("Concentration (%)"), PT_FIELD_REAL, 0,
    PT_RECORD_FIELD (PtSession, concentration_pct), 0, 100, NULL },
  { "volume_ml", N_("Volume (mL)"), PT_FIELD_REAL, PT_FIELD_CUSTOM,
    PT_RECORD_FIELD (PtSession, volume_ml), 0, 100, NULL },
  { "injection_count", N_("Injection points"), PT_FIELD_INT, 0,
    PT_RECORD_FIELD (PtSession, injection_count), 1, 100, NULL },
  { "structures", N_("Structures injected"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtSession, structures), 0, 500, NULL },
  { "clinician", N_("Clinician"), PT_FIELD_TEXT, 0,
    PT_RECORD_FIELD (PtSession, clinician), 0, 200, NULL },
  { "site", N_("Clinic site"), PT_FIELD_TEXT, 0,
    PT_RECORD_FIELD (PtSession, site), 0, 200, NULL },
  { "pain_before", N_("Pain before"), PT_FIELD_REAL, PT_FIELD_HALF_STEPS,
    PT_RECORD_FIELD (PtSession, pain_before), 0, 10, NULL },
  { "pain_after", N_("Pain after"), PT_FIELD_REAL, PT_FIELD_HALF_STEPS,
    PT_RECORD_FIELD (PtSession, pain_after), 0, 10, NULL },
  { "adverse_events", N_("Adverse events"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtSession, adverse_events), 0, 2000, NULL },
  { "advice", N_("Advice"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtSession, advice), 0, 2000, NULL },
  { "next_visit", N_("Next visit"), PT_FIELD_DATE, 0,
    PT_RECORD_FIELD (PtSession, next_visit), 0, 0, NULL },
  { "notes", N_("Notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtSession, notes), 0, 10000, NULL },
};

static void
pt_session_class_init (PtSessionClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "sessions", fields, G_N_ELEMENTS (fields));
}

static void
pt_session_init (PtSession *self)
{
}

PtSession *
pt_session_new (void)
{
  return g_object_new (PT_TYPE_SESSION, NULL);
}

gint64
pt_session_get_patient_id (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), 0);

  return self->patient_id;
}

gint64
pt_session_get_condition_id (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), 0);

  return self->condition_id;
}

const char *
pt_session_get_date (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->date;
}

PtTreatmentType
pt_session_get_treatment (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), 0);

  return self->treatment;
}

const char *
pt_session_get_solution (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->solution;
}

double
pt_session_get_concentration_pct (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), 0);

  return self->concentration_pct;
}

double
pt_session_get_volume_ml (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), 0);

  return self->volume_ml;
}

gint64
pt_session_get_injection_count (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), 0);

  return self->injection_count;
}

const char *
pt_session_get_structures (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->structures;
}

const char *
pt_session_get_clinician (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->clinician;
}

const char *
pt_session_get_site (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->site;
}

double
pt_session_get_pain_before (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), 0);

  return self->pain_before;
}

double
pt_session_get_pain_after (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), 0);

  return self->pain_after;
}

const char *
pt_session_get_adverse_events (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->adverse_events;
}

const char *
pt_session_get_advice (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->advice;
}

const char *
pt_session_get_next_visit (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->next_visit;
}

const char *
pt_session_get_notes (PtSession *self)
{
  g_return_val_if_fail (PT_IS_SESSION (self), NULL);

  return self->notes;
}

void
pt_session_set_patient_id (PtSession *self,
                          gint64 value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  if (self->patient_id == value)
    return;

  self->patient_id = value;
  g_object_notify (G_OBJECT (self), "patient_id");
}

void
pt_session_set_condition_id (PtSession *self,
                            gint64 value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  if (self->condition_id == value)
    return;

  self->condition_id = value;
  g_object_notify (G_OBJECT (self), "condition_id");
}

void
pt_session_set_date (PtSession *self,
                    const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "date", value);
}

void
pt_session_set_treatment (PtSession *self,
                         PtTreatmentType value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  if (self->treatment == value)
    return;

  self->treatment = value;
  g_object_notify (G_OBJECT (self), "treatment");
}

void
pt_session_set_solution (PtSession *self,
                        const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "solution", value);
}

void
pt_session_set_concentration_pct (PtSession *self,
                                 double value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  if ((self->concentration_pct == value || (!pt_has_value (self->concentration_pct) && !pt_has_value (value))))
    return;

  self->concentration_pct = value;
  g_object_notify (G_OBJECT (self), "concentration_pct");
}

void
pt_session_set_volume_ml (PtSession *self,
                         double value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  if ((self->volume_ml == value || (!pt_has_value (self->volume_ml) && !pt_has_value (value))))
    return;

  self->volume_ml = value;
  g_object_notify (G_OBJECT (self), "volume_ml");
}

void
pt_session_set_injection_count (PtSession *self,
                               gint64 value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  if (self->injection_count == value)
    return;

  self->injection_count = value;
  g_object_notify (G_OBJECT (self), "injection_count");
}

void
pt_session_set_structures (PtSession *self,
                          const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "structures", value);
}

void
pt_session_set_clinician (PtSession *self,
                         const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "clinician", value);
}

void
pt_session_set_site (PtSession *self,
                    const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "site", value);
}

void
pt_session_set_pain_before (PtSession *self,
                           double value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  if ((self->pain_before == value || (!pt_has_value (self->pain_before) && !pt_has_value (value))))
    return;

  self->pain_before = value;
  g_object_notify (G_OBJECT (self), "pain_before");
}

void
pt_session_set_pain_after (PtSession *self,
                          double value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  if ((self->pain_after == value || (!pt_has_value (self->pain_after) && !pt_has_value (value))))
    return;

  self->pain_after = value;
  g_object_notify (G_OBJECT (self), "pain_after");
}

void
pt_session_set_adverse_events (PtSession *self,
                              const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "adverse_events", value);
}

void
pt_session_set_advice (PtSession *self,
                      const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "advice", value);
}

void
pt_session_set_next_visit (PtSession *self,
                          const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "next_visit", value);
}

void
pt_session_set_notes (PtSession *self,
                     const char *value)
{
  g_return_if_fail (PT_IS_SESSION (self));

  pt_record_set_string (PT_RECORD (self), "notes", value);
}
