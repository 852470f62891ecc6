/* pt-shoe.c: a shoe in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-record-private.h"
#include "pt-shoe.h"
#include "pt-units.h"

struct _PtShoe
{
  PtRecord parent_instance;

  gint64 patient_id;
  char *name;
  char *started;
  char *retired;
  char *notes;
};

G_DEFINE_FINAL_TYPE (PtShoe, pt_shoe, PT_TYPE_RECORD)

static const PtField fields[] = {
  { "patient_id", N_("Patient"), PT_FIELD_REF, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtShoe, patient_id), 0, 0, NULL },
  { "name", N_("Shoe"), PT_FIELD_TEXT, PT_FIELD_REQUIRED,
    PT_RECORD_FIELD (PtShoe, name), 0, 200, NULL },
  { "started", N_("Date started"), PT_FIELD_DATE, PT_FIELD_REQUIRED | PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtShoe, started), 0, 0, NULL },
  { "retired", N_("Date retired"), PT_FIELD_DATE, PT_FIELD_NOT_FUTURE,
    PT_RECORD_FIELD (PtShoe, retired), 0, 0, NULL },
  { "notes", N_("Notes"), PT_FIELD_TEXT, PT_FIELD_MULTILINE,
    PT_RECORD_FIELD (PtShoe, notes), 0, 2000, NULL },
};

static void
pt_shoe_class_init (PtShoeClass *klass)
{
  pt_record_class_set_fields (PT_RECORD_CLASS (klass), "shoes", fields, G_N_ELEMENTS (fields));
}

static void
pt_shoe_init (PtShoe *self)
{
}

PtShoe *
pt_shoe_new (void)
{
  return g_object_new (PT_TYPE_SHOE, NULL);
}

gint64
pt_shoe_get_patient_id (PtShoe *self)
{
  g_return_val_if_fail (PT_IS_SHOE (self), 0);

  return self->patient_id;
}

const char *
pt_shoe_get_name (PtShoe *self)
{
  g_return_val_if_fail (PT_IS_SHOE (self), NULL);

  return self->name;
}

const char *
pt_shoe_get_started (PtShoe *self)
{
  g_return_val_if_fail (PT_IS_SHOE (self), NULL);

  return self->started;
}

const char *
pt_shoe_get_retired (PtShoe *self)
{
  g_return_val_if_fail (PT_IS_SHOE (self), NULL);

  return self->retired;
}

const char *
pt_shoe_get_notes (PtShoe *self)
{
  g_return_val_if_fail (PT_IS_SHOE (self), NULL);

  return self->notes;
}

void
pt_shoe_set_patient_id (PtShoe *self,
                       gint64 value)
{
  g_return_if_fail (PT_IS_SHOE (self));

  if (self->patient_id == value)
    return;

  self->patient_id = value;
  g_object_notify (G_OBJECT (self), "patient_id");
}

void
pt_shoe_set_name (PtShoe *self,
                 const char *value)
{
  g_return_if_fail (PT_IS_SHOE (self));

  pt_record_set_string (PT_RECORD (self), "name", value);
}

void
pt_shoe_set_started (PtShoe *self,
                    const char *value)
{
  g_return_if_fail (PT_IS_SHOE (self));

  pt_record_set_string (PT_RECORD (self), "started", value);
}

void
pt_shoe_set_retired (PtShoe *self,
                    const char *value)
{
  g_return_if_fail (PT_IS_SHOE (self));

  pt_record_set_string (PT_RECORD (self), "retired", value);
}

void
pt_shoe_set_notes (PtShoe *self,
                  const char *value)
{
  g_return_if_fail (PT_IS_SHOE (self));

  pt_record_set_string (PT_RECORD (self), "notes", value);
}

gboolean
pt_shoe_is_past_limit (PtShoe *self,
                       double  distance_m,
                       int     limit_km)
{
  g_return_val_if_fail (PT_IS_SHOE (self), FALSE);

  if (limit_km <= 0 || pt_shoe_get_retired (self) != NULL)
    return FALSE;

  return distance_m > pt_distance_to_metres (limit_km, PT_DISTANCE_UNIT_KM);
}
