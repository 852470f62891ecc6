/* pt-run.c: a run in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-record-private.h"
#include "pt-run.h"

struct _PtRun
{
  PtRecord parent_instance;

  gint64 patient_id;
  char *date;
  double distance_m;
  gint64 duration_s;
  PtSurface surface;
  gint64 shoe_id;
  double pain_during;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PtRun, pt_run, PT_TYPE_RECORD)

static const PtField fields[] = {
  { "patient_id", N_("Patient"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtRun, patient_id), 0, 0, NULL },
  { "date", N_("Date"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtRun, date), 0, 0, NULL },
  { "distance_m", N_("Distance"), PT_FIELD_REAL, PT_FIELD_REQUIRED | PT_FIELD_CUSTOM,
    PT_RECORD_FIELD (PtRun, distance_m), 0, 500000, NULL },
  { "duration_s", N_("Duration"), PT_FIELD_INT, PT_FIELD_CUSTOM,
    PT_RECORD_FIELD (PtRun, duration_s), 1, 172800, NULL },
  { "surface", N_("Surface"), PT_FIELD_ENUM, 0,
    PT_RECORD_FIELD (PtRun, surface), 0, 0, pt_surface_get_type },
  { "shoe_id", N_("Shoe"), PT_FIELD_REF, 0,
    PT_RECORD_FIELD (PtRun, shoe_id), 0, 0, NULL },
  { "pain_during", N_("Pain during the run"), PT_FIELD_REAL, PT_FIELD_HALF_STEPS,
    PT_RECORD_FIELD (PtRun, pain_during), 0, 10, NULL },
  { "notes", N_("Notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtRun, notes), 0, 2000, NULL },
};

static void
pt_run_class_init (PtRunClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "runs", fields, G_N_ELEMENTS (fields));
}

static void
pt_run_init (PtRun *self)
{
}

PtRun *
pt_run_new (void)
{
  return g_object_new (PT_TYPE_RUN, NULL);
}

gint64
pt_run_get_patient_id (PtRun *self)
{
  g_return_val_if_fail (PT_IS_RUN (self), 0);

  return self->patient_id;
}

const char *
pt_run_get_date (PtRun *self)
{
  g_return_val_if_fail (PT_IS_RUN (self), NULL);

  return self->date;
}

double
pt_run_get_distance_m (PtRun *self)
{
  g_return_val_if_fail (PT_IS_RUN (self), 0);

  return self->distance_m;
}

gint64
pt_run_get_duration_s (PtRun *self)
{
  g_return_val_if_fail (PT_IS_RUN (self), 0);

  return self->duration_s;
}

PtSurface
pt_run_get_surface (PtRun *self)
{
  g_return_val_if_fail (PT_IS_RUN (self), 0);

  return self->surface;
}

gint64
pt_run_get_shoe_id (PtRun *self)
{
  g_return_val_if_fail (PT_IS_RUN (self), 0);

  return self->shoe_id;
}

double
pt_run_get_pain_during (PtRun *self)
{
  g_return_val_if_fail (PT_IS_RUN (self), 0);

  return self->pain_during;
}

const char *
pt_run_get_notes (PtRun *self)
{
  g_return_val_if_fail (PT_IS_RUN (self), NULL);

  return self->notes;
}

void
pt_run_set_patient_id (PtRun *self,
                      gint64 value)
{
  g_return_if_fail (PT_IS_RUN (self));

  if (self->patient_id == value)
    return;

  self->patient_id = value;
  g_object_notify (G_OBJECT (self), "patient_id");
}

void
pt_run_set_date (PtRun *self,
                const char *value)
{
  g_return_if_fail (PT_IS_RUN (self));

  pt_record_set_string (PT_RECORD (self), "date", value);
}

void
pt_run_set_distance_m (PtRun *self,
                      double value)
{
  g_return_if_fail (PT_IS_RUN (self));

  if ((self->distance_m == value || (!pt_has_value (self->distance_m) && !pt_has_value (value))))
    return;

  self->distance_m = value;
  g_object_notify (G_OBJECT (self), "distance_m");
}

void
pt_run_set_duration_s (PtRun *self,
                      gint64 value)
{
  g_return_if_fail (PT_IS_RUN (self));

  if (self->duration_s == value)
    return;

  self->duration_s = value;
  g_object_notify (G_OBJECT (self), "duration_s");
}

void
pt_run_set_surface (PtRun *self,
                   PtSurface value)
{
  g_return_if_fail (PT_IS_RUN (self));

  if (self->surface == value)
    return;

  self->surface = value;
  g_object_notify (G_OBJECT (self), "surface");
}

void
pt_run_set_shoe_id (PtRun *self,
                   gint64 value)
{
  g_return_if_fail (PT_IS_RUN (self));

  if (self->shoe_id == value)
    return;

  self->shoe_id = value;
  g_object_notify (G_OBJECT (self), "shoe_id");
}

void
pt_run_set_pain_during (PtRun *self,
                       double value)
{
  g_return_if_fail (PT_IS_RUN (self));

  if ((self->pain_during == value || (!pt_has_value (self->pain_during) && !pt_has_value (value))))
    return;

  self->pain_during = value;
  g_object_notify (G_OBJECT (self), "pain_during");
}

void
pt_run_set_notes (PtRun *self,
                 const char *value)
{
  g_return_if_fail (PT_IS_RUN (self));

  pt_record_set_string (PT_RECORD (self), "notes", value);
}
