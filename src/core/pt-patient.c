/* pt-patient.c: a patient in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-record-private.h"
#include "pt-patient.h"

struct _PtPatient
{
  PtRecord parent_instance;

  char *name;
  char *date_of_birth;
  PtSex sex;
  char *contact;
  char *record_number;
  char *notes;
  gboolean archived;
};

G_DEFINE_FINAL_TYPE (PtPatient, pt_patient, PT_TYPE_RECORD)

static const PtField fields[] = {
  { "name", N_("Name"), PT_FIELD_TEXT, PT_FIELD_REQUIRED | PT_FIELD_ORDER,
    PT_RECORD_FIELD (PtPatient, name), 0, 200, NULL },
  { "date_of_birth", N_("Date of birth"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtPatient, date_of_birth), 0, 0, NULL },
  { "sex", N_("Sex"), PT_FIELD_ENUM, 0,
    PT_RECORD_FIELD (PtPatient, sex), 0, 0, pt_sex_get_type },
  { "contact", N_("Contact"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtPatient, contact), 0, 500, NULL },
  { "record_number", N_("Record number"), PT_FIELD_TEXT, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtPatient, record_number), 0, 32, NULL },
  { "notes", N_("Notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtPatient, notes), 0, 10000, NULL },
  { "archived", N_("Archived"), PT_FIELD_BOOL, 0,
    PT_RECORD_FIELD (PtPatient, archived), 0, 0, NULL },
};

static void
pt_patient_class_init (PtPatientClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "patients", fields, G_N_ELEMENTS (fields));
}

static void
pt_patient_init (PtPatient *self)
{
}

PtPatient *
pt_patient_new (void)
{
  return g_object_new (PT_TYPE_PATIENT, NULL);
}

const char *
pt_patient_get_name (PtPatient *self)
{
  g_return_val_if_fail (PT_IS_PATIENT (self), NULL);

  return self->name;
}

const char *
pt_patient_get_date_of_birth (PtPatient *self)
{
  g_return_val_if_fail (PT_IS_PATIENT (self), NULL);

  return self->date_of_birth;
}

PtSex
pt_patient_get_sex (PtPatient *self)
{
  g_return_val_if_fail (PT_IS_PATIENT (self), 0);

  return self->sex;
}

const char *
pt_patient_get_contact (PtPatient *self)
{
  g_return_val_if_fail (PT_IS_PATIENT (self), NULL);

  return self->contact;
}

const char *
pt_patient_get_record_number (PtPatient *self)
{
  g_return_val_if_fail (PT_IS_PATIENT (self), NULL);

  return self->record_number;
}

const char *
pt_patient_get_notes (PtPatient *self)
{
  g_return_val_if_fail (PT_IS_PATIENT (self), NULL);

  return self->notes;
}

gboolean
pt_patient_get_archived (PtPatient *self)
{
  g_return_val_if_fail (PT_IS_PATIENT (self), 0);

  return self->archived;
}

void
pt_patient_set_name (PtPatient *self,
                    const char *value)
{
  g_return_if_fail (PT_IS_PATIENT (self));

  pt_record_set_string (PT_RECORD (self), "name", value);
}

void
pt_patient_set_date_of_birth (PtPatient *self,
                             const char *value)
{
  g_return_if_fail (PT_IS_PATIENT (self));

  pt_record_set_string (PT_RECORD (self), "date_of_birth", value);
}

void
pt_patient_set_sex (PtPatient *self,
                   PtSex value)
{
  g_return_if_fail (PT_IS_PATIENT (self));

  if (self->sex == value)
    return;

  self->sex = value;
  g_object_notify (G_OBJECT (self), "sex");
}

void
pt_patient_set_contact (PtPatient *self,
                       const char *value)
{
  g_return_if_fail (PT_IS_PATIENT (self));

  pt_record_set_string (PT_RECORD (self), "contact", value);
}

void
pt_patient_set_record_number (PtPatient *self,
                             const char *value)
{
  g_return_if_fail (PT_IS_PATIENT (self));

  pt_record_set_string (PT_RECORD (self), "record_number", value);
}

void
pt_patient_set_notes (PtPatient *self,
                     const char *value)
{
  g_return_if_fail (PT_IS_PATIENT (self));

  pt_record_set_string (PT_RECORD (self), "notes", value);
}

void
pt_patient_set_archived (PtPatient *self,
                        gboolean value)
{
  g_return_if_fail (PT_IS_PATIENT (self));

  if (!self->archived == !value)
    return;

  self->archived = value;
  g_object_notify (G_OBJECT (self), "archived");
}
