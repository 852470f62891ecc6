/* pt-types.c: labels and nick conversion for the shared enums
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-types.h"

const char *
pt_sex_to_label (PtSex sex)
{
  switch (sex)
    {
    case PT_SEX_FEMALE: return _("Female");
    case PT_SEX_MALE: return _("Male");
    case PT_SEX_OTHER: return _("Other");
    case PT_SEX_UNKNOWN:
    default: return _("Not recorded");
    }
}

const char *
pt_condition_kind_to_label (PtConditionKind kind)
{
  switch (kind)
    {
    case PT_CONDITION_KIND_RUNNERS_KNEE: return _("Runner’s knee");
    case PT_CONDITION_KIND_ACHILLES_TENDINOPATHY: return _("Achilles tendinopathy");
    case PT_CONDITION_KIND_HAMSTRING: return _("Hamstring pain");
    case PT_CONDITION_KIND_PLANTAR_FASCIITIS: return _("Plantar fasciitis");
    case PT_CONDITION_KIND_SHIN_SPLINTS: return _("Shin splints");
    case PT_CONDITION_KIND_ITBS: return _("Iliotibial band syndrome");
    case PT_CONDITION_KIND_STRESS_FRACTURE: return _("Stress fracture");
    case PT_CONDITION_KIND_HEEL_PAIN: return _("Other heel pain");
    case PT_CONDITION_KIND_OTHER:
    default: return _("Other condition");
    }
}

const char *
pt_side_to_label (PtSide side)
{
  switch (side)
    {
    case PT_SIDE_LEFT: return _("Left");
    case PT_SIDE_RIGHT: return _("Right");
    case PT_SIDE_BOTH:
    default: return _("Both sides");
    }
}

const char *
pt_condition_status_to_label (PtConditionStatus status)
{
  return status == PT_CONDITION_STATUS_RESOLVED ? _("Resolved") : _("Active");
}

const char *
pt_treatment_type_to_label (PtTreatmentType type)
{
  switch (type)
    {
    case PT_TREATMENT_DEXTROSE: return _("Dextrose prolotherapy");
    case PT_TREATMENT_PRP: return _("PRP");
    case PT_TREATMENT_PROLOZONE: return _("Prolozone");
    case PT_TREATMENT_NEURAL: return _("Neural therapy");
    case PT_TREATMENT_OTHER:
    default: return _("Other treatment");
    }
}

const char *
pt_pain_context_to_label (PtPainContext context)
{
  switch (context)
    {
    case PT_PAIN_CONTEXT_REST: return _("At rest");
    case PT_PAIN_CONTEXT_MORNING: return _("First steps in the morning");
    case PT_PAIN_CONTEXT_DURING_RUN: return _("During a run");
    case PT_PAIN_CONTEXT_AFTER_RUN: return _("After a run");
    case PT_PAIN_CONTEXT_OTHER:
    default: return _("Other");
    }
}

const char *
pt_pain_source_to_label (PtPainSource source)
{
  return source == PT_PAIN_SOURCE_PATIENT ? _("Patient") : _("Clinic");
}

const char *
pt_surface_to_label (PtSurface surface)
{
  switch (surface)
    {
    case PT_SURFACE_ROAD: return _("Road");
    case PT_SURFACE_TRAIL: return _("Trail");
    case PT_SURFACE_TRACK: return _("Track");
    case PT_SURFACE_GRASS: return _("Grass");
    case PT_SURFACE_TREADMILL: return _("Treadmill");
    case PT_SURFACE_OTHER:
    default: return _("Other surface");
    }
}

const char *
pt_activity_to_label (PtActivity activity)
{
  switch (activity)
    {
    case PT_ACTIVITY_ELLIPTICAL: return _("Elliptical");
    case PT_ACTIVITY_BIKE: return _("Bike");
    case PT_ACTIVITY_POOL: return _("Pool");
    case PT_ACTIVITY_WALK: return _("Walk");
    case PT_ACTIVITY_STRENGTH: return _("Strength");
    case PT_ACTIVITY_OTHER:
    default: return _("Other activity");
    }
}

static const char *
prior_treatment_label (PtPriorTreatment flag)
{
  switch (flag)
    {
    case PT_PRIOR_TREATMENT_REST: return _("rest");
    case PT_PRIOR_TREATMENT_ICE: return _("ice");
    case PT_PRIOR_TREATMENT_NSAIDS: return _("anti-inflammatories");
    case PT_PRIOR_TREATMENT_ORTHOTICS: return _("orthotics");
    case PT_PRIOR_TREATMENT_NIGHT_SPLINT: return _("night splint");
    case PT_PRIOR_TREATMENT_PHYSICAL_THERAPY: return _("physical therapy");
    case PT_PRIOR_TREATMENT_STEROID_INJECTION: return _("steroid injection");
    case PT_PRIOR_TREATMENT_BRACE: return _("brace");
    case PT_PRIOR_TREATMENT_OTHER: return _("other");
    case PT_PRIOR_TREATMENT_NONE:
    default: return "";
    }
}

/**
 * pt_prior_treatments_to_label:
 *
 * Returns: "rest, orthotics and physical therapy", or "none recorded".
 */
char *
pt_prior_treatments_to_label (PtPriorTreatment treatments)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  GString *out;

  for (guint bit = 1; bit & PT_PRIOR_TREATMENT_ALL; bit <<= 1)
    if (treatments & bit)
      g_ptr_array_add (parts, (gpointer) prior_treatment_label (bit));

  if (parts->len == 0)
    return g_strdup (_("none recorded"));

  out = g_string_new (g_ptr_array_index (parts, 0));
  for (guint i = 1; i < parts->len; i++)
    {
      /* Translators: joins list items: "rest, ice and orthotics" */
      g_string_append (out, i + 1 == parts->len ? _(" and ") : ", ");
      g_string_append (out, g_ptr_array_index (parts, i));
    }

  return g_string_free (out, FALSE);
}

const char *
pt_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
pt_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

char *
pt_flags_to_nicks (GType flags_type,
                   guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GFlagsValue *fv = &klass->values[i];

      if (fv->value != 0 && (value & fv->value) == fv->value)
        {
          if (out->len > 0)
            g_string_append_c (out, ',');
          g_string_append (out, fv->value_nick);
        }
    }

  return g_string_free (out, FALSE);
}

gboolean
pt_flags_from_nicks (GType       flags_type,
                     const char *nicks,
                     guint      *value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  g_auto(GStrv) parts = NULL;
  guint result = 0;

  if (nicks == NULL)
    return FALSE;

  parts = g_strsplit (nicks, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *nick = g_strstrip (parts[i]);
      GFlagsValue *fv;

      if (*nick == '\0')
        continue;

      fv = g_flags_get_value_by_nick (klass, nick);
      if (fv == NULL)
        return FALSE;
      result |= fv->value;
    }

  *value = result;
  return TRUE;
}

/**
 * pt_enum_list_nicks:
 *
 * Returns: the allowed nicks of an enum or flags type, for error messages
 *   and help: "left, right, both".
 */
char *
pt_enum_list_nicks (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GString *out = g_string_new (NULL);

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumClass *ec = G_ENUM_CLASS (klass);

      for (guint i = 0; i < ec->n_values; i++)
        g_string_append_printf (out, "%s%s", i ? ", " : "", ec->values[i].value_nick);
    }
  else
    {
      GFlagsClass *fc = G_FLAGS_CLASS (klass);
      gboolean first = TRUE;

      for (guint i = 0; i < fc->n_values; i++)
        {
          if (fc->values[i].value == 0)
            continue;
          g_string_append_printf (out, "%s%s", first ? "" : ", ", fc->values[i].value_nick);
          first = FALSE;
        }
    }

  return g_string_free (out, FALSE);
}
