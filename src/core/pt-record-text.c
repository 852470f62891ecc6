/* pt-record-text.c: record fields from the text of a data file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-error.h"
#include "pt-parse.h"
#include "pt-record-private.h"
#include "pt-record-text.h"

static const PtField *
find_field (GType        type,
            const char  *name)
{
  g_autoptr(PtRecordClass) klass = NULL;

  g_return_val_if_fail (g_type_is_a (type, PT_TYPE_RECORD), NULL);

  klass = g_type_class_ref (type);
  return pt_record_class_find_field (klass, name);
}

GStrv
pt_record_type_dup_field_names (GType type)
{
  g_autoptr(PtRecordClass) klass = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (g_type_is_a (type, PT_TYPE_RECORD), NULL);

  klass = g_type_class_ref (type);
  for (guint i = 0; i < klass->n_fields; i++)
    g_strv_builder_add (names, klass->fields[i].name);

  return g_strv_builder_end (names);
}

gboolean
pt_record_type_has_field (GType       type,
                          const char *name)
{
  return name != NULL && find_field (type, name) != NULL;
}

gboolean
pt_record_type_is_text_field (GType       type,
                              const char *name)
{
  const PtField *field = name != NULL ? find_field (type, name) : NULL;

  return field != NULL && field->kind == PT_FIELD_TEXT;
}

char *
pt_record_type_dup_field_label (GType       type,
                                const char *name)
{
  const PtField *field;
  const char *label;

  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "id"))
    return g_strdup (_("Record id (of a ProloTrack export)"));
  if (g_str_equal (name, "patient_record_number"))
    return g_strdup (_("Patient’s record number"));

  field = find_field (type, g_str_equal (name, "distance_km") || g_str_equal (name, "distance_mi")
                            ? "distance_m"
                            : g_str_equal (name, "duration_min") ? "duration_s" : name);
  if (field == NULL)
    return g_strdup (name);

  label = _(field->label);
  /* Translators: a field and the unit a file gives it in: "Distance (km)" */
  if (g_str_equal (name, "distance_km"))
    return g_strdup_printf (_("%s (km)"), label);
  if (g_str_equal (name, "distance_mi"))
    return g_strdup_printf (_("%s (mi)"), label);
  if (g_str_equal (name, "duration_min"))
    return g_strdup_printf (_("%s (minutes)"), label);
  if (g_str_has_suffix (name, "_m"))
    return g_strdup_printf (_("%s (m)"), label);
  if (g_str_has_suffix (name, "_s"))
    return g_strdup_printf (_("%s (seconds)"), label);
  return g_strdup (label);
}

/* A whole number, digits with an optional minus sign, nothing else. */
static gboolean
parse_whole (const char *text,
             gint64     *value)
{
  const char *p = text;
  guint64 magnitude = 0;
  gboolean negative = *p == '-';

  if (negative)
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (magnitude > (G_MAXINT64 - 9) / 10)
        return FALSE;
      magnitude = magnitude * 10 + (guint64) (*p - '0');
    }

  if (*p != '\0')
    return FALSE;

  *value = negative ? -(gint64) magnitude : (gint64) magnitude;
  return TRUE;
}

static char *
list_nicks (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GString *nicks = g_string_new (NULL);

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumClass *e = G_ENUM_CLASS (klass);

      for (guint i = 0; i < e->n_values; i++)
        g_string_append_printf (nicks, "%s%s", i ? ", " : "", e->values[i].value_nick);
    }
  else
    {
      GFlagsClass *f = G_FLAGS_CLASS (klass);

      for (guint i = 0; i < f->n_values; i++)
        g_string_append_printf (nicks, "%s%s", i ? ", " : "", f->values[i].value_nick);
    }

  return g_string_free (nicks, FALSE);
}

static gboolean
parse_flags (GType        type,
             const char  *text,
             guint       *value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  g_auto(GStrv) nicks = g_strsplit (text, ",", -1);
  guint bits = 0;

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      GFlagsValue *v = g_flags_get_value_by_nick (klass, nicks[i]);

      if (v == NULL)
        return FALSE;
      bits |= v->value;
    }

  *value = bits;
  return TRUE;
}

static void
set_kind_error (GError        **error,
                const PtField  *field,
                const char     *text)
{
  g_autofree char *shown = g_utf8_make_valid (text, MIN (strlen (text), 40));
  g_autofree char *nicks = NULL;

  switch (field->kind)
    {
    case PT_FIELD_REF:
    case PT_FIELD_INT:
      pt_set_field_error (error, field->name, _("%s must be a whole number (got “%s”)"),
                          _(field->label), shown);
      break;
    case PT_FIELD_REAL:
      pt_set_field_error (error, field->name, _("%s must be a number such as 12.5 (got “%s”)"),
                          _(field->label), shown);
      break;
    case PT_FIELD_BOOL:
      pt_set_field_error (error, field->name, _("%s must be true or false (got “%s”)"),
                          _(field->label), shown);
      break;
    case PT_FIELD_ENUM:
    case PT_FIELD_FLAGS:
      nicks = list_nicks (field->get_type ());
      pt_set_field_error (error, field->name, _("%s must be one of %s (got “%s”)"),
                          _(field->label), nicks, shown);
      break;
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
    default:
      g_assert_not_reached ();
    }
}

gboolean
pt_record_set_field_from_text (PtRecord    *record,
                               const char  *name,
                               const char  *text,
                               gboolean     decimal_comma,
                               double       scale,
                               GError     **error)
{
  const PtField *field;
  gboolean empty;

  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);
  g_return_val_if_fail (name != NULL && text != NULL, FALSE);

  empty = text[0] == '\0';

  /* A record from a file ProloTrack wrote keeps its id (pt-store-import.h). */
  if (g_str_equal (name, "id"))
    {
      gint64 id = 0;

      if (!empty && (!parse_whole (text, &id) || id <= 0))
        {
          g_autofree char *shown = g_utf8_make_valid (text, MIN (strlen (text), 40));

          pt_set_field_error (error, "id", _("The id must be a whole number above 0 (got “%s”)"),
                              shown);
          return FALSE;
        }
      pt_record_set_id (record, id);
      return TRUE;
    }

  field = find_field (G_OBJECT_TYPE (record), name);
  g_return_val_if_fail (field != NULL, FALSE);

  return pt_record_set_field_text_at (record, field, text, decimal_comma, scale, error);
}

PtFieldHandle
pt_record_type_find_field (GType       type,
                           const char *name)
{
  return name != NULL ? find_field (type, name) : NULL;
}

gint64
pt_record_get_field_int_at (PtRecord      *record,
                            PtFieldHandle  field)
{
  g_return_val_if_fail (field->kind == PT_FIELD_INT || field->kind == PT_FIELD_REF, 0);

  return *PT_FIELD_PTR (record, field, gint64);
}

void
pt_record_set_field_int_at (PtRecord      *record,
                            PtFieldHandle  field,
                            gint64         value)
{
  g_return_if_fail (field->kind == PT_FIELD_INT || field->kind == PT_FIELD_REF);

  *PT_FIELD_PTR (record, field, gint64) = value;
}

gboolean
pt_record_set_field_text_at (PtRecord       *record,
                             PtFieldHandle   field,
                             const char     *text,
                             gboolean        decimal_comma,
                             double          scale,
                             GError        **error)
{
  gboolean empty;

  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);
  g_return_val_if_fail (field != NULL && text != NULL, FALSE);

  empty = text[0] == '\0';

  switch (field->kind)
    {
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      {
        /* Straight into the slot: a record being filled from a file has
         * no one watching it, and a notification per cell showed in the
         * time of a large import. */
        char **slot = PT_FIELD_PTR (record, field, char *);

        if (g_strcmp0 (*slot, empty ? NULL : text) != 0)
          {
            g_free (*slot);
            *slot = empty ? NULL : g_strdup (text);
          }
        return TRUE;
      }

    case PT_FIELD_REF:
    case PT_FIELD_INT:
      {
        gint64 value = field->kind == PT_FIELD_REF ? 0 : PT_NO_INT;

        /* A whole number in a larger unit (minutes into seconds) may
         * have decimals: 30.5 minutes is 1830 seconds. */
        if (!empty && field->kind == PT_FIELD_INT && scale != 1)
          {
            double units;

            if (!pt_parse_decimal (text, decimal_comma, &units) || !isfinite (units * scale) ||
                fabs (units * scale) > 1e15)
              break;
            *PT_FIELD_PTR (record, field, gint64) = (gint64) llround (units * scale);
            return TRUE;
          }
        if (!empty && !parse_whole (text, &value))
          break;
        /* A typed -1 is refused, not taken for "unset" (pt-record.h). */
        if (!empty && field->kind == PT_FIELD_INT && value == PT_NO_INT)
          break;
        *PT_FIELD_PTR (record, field, gint64) = value;
        return TRUE;
      }

    case PT_FIELD_REAL:
      {
        double value = NAN;

        if (!empty && !pt_parse_decimal (text, decimal_comma, &value))
          break;
        *PT_FIELD_PTR (record, field, double) = value * scale;
        return TRUE;
      }

    case PT_FIELD_BOOL:
      {
        gboolean value;

        if (empty || g_str_equal (text, "false") || g_str_equal (text, "no") ||
            g_str_equal (text, "0"))
          value = FALSE;
        else if (g_str_equal (text, "true") || g_str_equal (text, "yes") ||
                 g_str_equal (text, "1"))
          value = TRUE;
        else
          break;
        *PT_FIELD_PTR (record, field, gboolean) = value;
        return TRUE;
      }

    case PT_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (field->get_type ());
        GEnumValue *value;

        if (empty)
          {
            /* A choice that must be made stays unmade, and validation
             * asks for it; an optional one takes its default, as in a new
             * record. */
            *PT_FIELD_PTR (record, field, int) = (field->flags & PT_FIELD_REQUIRED)
                                                 ? PT_NO_ENUM : 0;
            return TRUE;
          }

        value = g_enum_get_value_by_nick (klass, text);
        if (value == NULL)
          break;
        *PT_FIELD_PTR (record, field, int) = value->value;
        return TRUE;
      }

    case PT_FIELD_FLAGS:
      {
        guint value = 0;

        if (!empty && !parse_flags (field->get_type (), text, &value))
          break;
        *PT_FIELD_PTR (record, field, guint) = value;
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }

  set_kind_error (error, field, text);
  return FALSE;
}
