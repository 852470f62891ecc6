/* pt-validate.c: checks every field a person or a file gives
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Messages are for a clinician: which field, what was given, what is
 * allowed ("Pain must be between 0 and 10 (got 11)").
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-date.h"
#include "pt-error.h"
#include "pt-validate.h"

static const PtField *
find_field (PtRecord   *record,
            const char *name)
{
  const PtField *field = pt_record_class_find_field (PT_RECORD_GET_CLASS (record), name);

  g_assert (field != NULL);
  return field;
}

const char *
pt_field_get_string (PtRecord   *record,
                     const char *name)
{
  const PtField *field = find_field (record, name);

  g_assert (field->kind == PT_FIELD_TEXT || field->kind == PT_FIELD_DATE);
  return *PT_FIELD_PTR (record, field, char *);
}

gint64
pt_field_get_int (PtRecord   *record,
                  const char *name)
{
  const PtField *field = find_field (record, name);

  g_assert (field->kind == PT_FIELD_INT || field->kind == PT_FIELD_REF);
  return *PT_FIELD_PTR (record, field, gint64);
}

double
pt_field_get_real (PtRecord   *record,
                   const char *name)
{
  const PtField *field = find_field (record, name);

  g_assert (field->kind == PT_FIELD_REAL);
  return *PT_FIELD_PTR (record, field, double);
}

/* Shows a value in a message: printable, and not endless. */
static char *
quote_value (const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value, -1);
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p && n < 40; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_printf (out, "\\x%02X", c);
      else
        g_string_append_unichar (out, c);
    }

  if (*valid && n >= 40 && g_utf8_strlen (valid, -1) > 40)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

/* Trims spaces around one-line values, turns "" into NULL (notifying the
 * record when that changed it) and refuses an empty required value. */
static gboolean
normalize (PtRecord       *record,
           const PtField  *field,
           gboolean        trim,
           GError        **error)
{
  char **slot = PT_FIELD_PTR (record, field, char *);
  g_autofree char *before = g_strdup (*slot);

  if (*slot != NULL && trim)
    g_strstrip (*slot);

  if (*slot != NULL && **slot == '\0')
    g_clear_pointer (slot, g_free);

  if (g_strcmp0 (before, *slot) != 0)
    g_object_notify (G_OBJECT (record), field->name);

  if (*slot == NULL && (field->flags & PT_FIELD_REQUIRED))
    {
      pt_set_field_error (error, field->name, _("%s is required"), _(field->label));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_text (PtRecord       *record,
            const PtField  *field,
            GError        **error)
{
  char **slot = PT_FIELD_PTR (record, field, char *);
  glong n_chars;

  if (*slot != NULL && !g_utf8_validate (*slot, -1, NULL))
    {
      pt_set_field_error (error, field->name,
                          _("%s is not valid UTF-8 text"), _(field->label));
      return FALSE;
    }

  if (!normalize (record, field, !(field->flags & PT_FIELD_MULTILINE), error))
    return FALSE;
  if (*slot == NULL)
    return TRUE;

  n_chars = g_utf8_strlen (*slot, -1);
  if (n_chars > (glong) field->max)
    {
      pt_set_field_error (error, field->name,
                          _("%s is too long: %ld characters (at most %.0f)"),
                          _(field->label), n_chars, field->max);
      return FALSE;
    }

  for (const char *p = *slot; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean allowed_space = (field->flags & PT_FIELD_MULTILINE) &&
                               (c == '\n' || c == '\t' || c == '\r');

      if (g_unichar_iscntrl (c) && !allowed_space)
        {
          if (field->flags & PT_FIELD_MULTILINE)
            pt_set_field_error (error, field->name,
                                _("%s contains a control character (U+%04X) that cannot be stored"),
                                _(field->label), c);
          else
            pt_set_field_error (error, field->name,
                                _("%s must be one line of text without control characters such "
                                  "as tabs or line breaks (found U+%04X)"),
                                _(field->label), c);
          return FALSE;
        }
    }

  return TRUE;
}

/* @today: NULL to read the clock (the bulk path reads it once). */
static gboolean
check_date (PtRecord       *record,
            const PtField  *field,
            const GDate    *today,
            GError        **error)
{
  char **slot = PT_FIELD_PTR (record, field, char *);
  g_autofree char *shown = NULL;
  GDate date, now;

  if (!normalize (record, field, TRUE, error))
    return FALSE;
  if (*slot == NULL)
    return TRUE;

  if (!pt_date_parse (*slot, &date))
    {
      shown = quote_value (*slot);
      pt_set_field_error (error, field->name,
                          _("%s “%s” is not a valid date; use YYYY-MM-DD, for example 2026-03-01"),
                          _(field->label), shown);
      return FALSE;
    }

  if (!(field->flags & PT_FIELD_NOT_FUTURE))
    return TRUE;

  if (today == NULL)
    {
      pt_date_today (&now);
      today = &now;
    }
  if (g_date_compare (&date, today) > 0)
    {
      g_autofree char *today_text = pt_date_format (today);

      shown = quote_value (*slot);
      pt_set_field_error (error, field->name,
                          _("%s %s is in the future (today is %s)"),
                          _(field->label), shown, today_text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_real (PtRecord       *record,
            const PtField  *field,
            GError        **error)
{
  double value = *PT_FIELD_PTR (record, field, double);

  if (isnan (value))
    {
      if (field->flags & PT_FIELD_REQUIRED)
        {
          pt_set_field_error (error, field->name, _("%s is required"), _(field->label));
          return FALSE;
        }
      return TRUE;
    }

  if (!isfinite (value))
    {
      pt_set_field_error (error, field->name, _("%s must be a number"), _(field->label));
      return FALSE;
    }

  if (field->flags & PT_FIELD_CUSTOM)
    return TRUE;

  if (value < field->min || value > field->max)
    {
      pt_set_field_error (error, field->name, _("%s must be between %g and %g (got %g)"),
                          _(field->label), field->min, field->max, value);
      return FALSE;
    }

  if ((field->flags & PT_FIELD_HALF_STEPS) && value * 2 != floor (value * 2))
    {
      pt_set_field_error (error, field->name,
                          _("%s must be in steps of 0.5, such as 6 or 6.5 (got %g)"),
                          _(field->label), value);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_int (PtRecord       *record,
           const PtField  *field,
           GError        **error)
{
  gint64 value = *PT_FIELD_PTR (record, field, gint64);

  if (value == PT_NO_INT)
    {
      if (field->flags & PT_FIELD_REQUIRED)
        {
          pt_set_field_error (error, field->name, _("%s is required"), _(field->label));
          return FALSE;
        }
      return TRUE;
    }

  if (field->flags & PT_FIELD_CUSTOM)
    return TRUE;

  if (value < (gint64) field->min || value > (gint64) field->max)
    {
      pt_set_field_error (error, field->name,
                          _("%s must be between %.0f and %.0f (got %lld)"),
                          _(field->label), field->min, field->max, (long long) value);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_ref (PtRecord       *record,
           const PtField  *field,
           GError        **error)
{
  gint64 value = *PT_FIELD_PTR (record, field, gint64);

  if (value < 0)
    {
      pt_set_field_error (error, field->name, _("%s %lld does not exist"),
                          _(field->label), (long long) value);
      return FALSE;
    }

  if (value == 0 && (field->flags & PT_FIELD_REQUIRED))
    {
      pt_set_field_error (error, field->name, _("%s is required"), _(field->label));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_enum (PtRecord       *record,
            const PtField  *field,
            GError        **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (field->get_type ());
  g_autofree char *allowed = NULL;
  gboolean valid;
  int value;

  if (field->kind == PT_FIELD_ENUM)
    {
      value = *PT_FIELD_PTR (record, field, int);
      if (value == PT_NO_ENUM && (field->flags & PT_FIELD_REQUIRED))
        {
          /* TRANSLATORS: not shown. Keep "label-case:lower" when a field's
           * label is written in lower case inside a sentence ("Choose the
           * condition"); translate it as "label-case:keep" where labels keep
           * their capitals (German nouns: "Wählen Sie die Beschwerde"). */
          gboolean lower = g_str_equal (_("label-case:lower"), "label-case:lower");
          g_autofree char *label = lower ? g_utf8_strdown (_(field->label), -1)
                                         : g_strdup (_(field->label));

          /* TRANSLATORS: %s is the field's label, in lower case where the
           * language writes it so ("condition"; see label-case:lower) */
          pt_set_field_error (error, field->name, _("Choose the %s"), label);
          return FALSE;
        }
      valid = g_enum_get_value (G_ENUM_CLASS (klass), value) != NULL;
    }
  else
    {
      guint flags = *PT_FIELD_PTR (record, field, guint);
      value = (int) flags;
      valid = (flags & ~G_FLAGS_CLASS (klass)->mask) == 0;
    }

  if (!valid)
    {
      allowed = pt_enum_list_nicks (field->get_type ());
      pt_set_field_error (error, field->name, _("%s has an unknown value (%d); allowed: %s"),
                          _(field->label), value, allowed);
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_validate_fields (PtRecord  *record,
                    GError   **error)
{
  return pt_validate_fields_on (record, NULL, error);
}

gboolean
pt_validate_fields_on (PtRecord     *record,
                       const GDate  *today,
                       GError      **error)
{
  guint n_fields;
  const PtField *fields = pt_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const PtField *field = &fields[i];
      gboolean ok = TRUE;

      switch (field->kind)
        {
        case PT_FIELD_TEXT: ok = check_text (record, field, error); break;
        case PT_FIELD_DATE: ok = check_date (record, field, today, error); break;
        case PT_FIELD_REAL: ok = check_real (record, field, error); break;
        case PT_FIELD_INT: ok = check_int (record, field, error); break;
        case PT_FIELD_REF: ok = check_ref (record, field, error); break;
        case PT_FIELD_ENUM:
        case PT_FIELD_FLAGS: ok = check_enum (record, field, error); break;
        case PT_FIELD_BOOL: break;
        default: g_assert_not_reached ();
        }

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

gboolean
pt_validate_not_before_birth (PtRecord    *record,
                              const char  *name,
                              const char  *birth,
                              GError     **error)
{
  const PtField *field = find_field (record, name);
  const char *value = *PT_FIELD_PTR (record, field, char *);

  if (value == NULL || birth == NULL || strcmp (value, birth) >= 0)
    return TRUE;

  pt_set_field_error (error, name,
                      _("%s %s is before the patient’s date of birth (%s)"),
                      _(field->label), value, birth);
  return FALSE;
}

gboolean
pt_validate_line (const char  *field,
                  const char  *label,
                  const char  *text,
                  guint        max_chars,
                  GError     **error)
{
  glong n_chars;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    {
      pt_set_field_error (error, field, _("%s is not valid UTF-8 text"), label);
      return FALSE;
    }

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (g_unichar_iscntrl (g_utf8_get_char (p)))
        {
          pt_set_field_error (error, field, _("%s must be one line, without tabs or control "
                                              "characters"), label);
          return FALSE;
        }
    }

  n_chars = g_utf8_strlen (text, -1);
  if (n_chars > (glong) max_chars)
    {
      pt_set_field_error (error, field, _("%s is too long: %ld characters (at most %u)"),
                          label, n_chars, max_chars);
      return FALSE;
    }

  return TRUE;
}
