/* fuzz-record.c: a record's fields as a form, the CLI or an import give them
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input's first byte chooses the record type; the rest is one text per
 * field of its table (pt-record-private.h), separated by 0x1F (the unit
 * separator). Text and date fields take the text as it is; numbers are read
 * with g_ascii_strtod/strtoll, so NaN, inf, -0, 1e-300 and values past any
 * limit reach the validator; an empty text leaves a field unset.
 * Invariants of pt_validate_fields_on (today pinned to 2026-03-01): it
 * returns TRUE exactly when it sets no error; a refusal is a PT_ERROR_INVALID
 * naming a field of the table, in valid UTF-8; an accepted record holds
 * only what its table allows (required fields set, text valid UTF-8,
 * trimmed, within its length and without control characters, dates that
 * parse and are not in the future where that is the rule, numbers finite,
 * in range and in half steps, enum and flags values of their type); and a
 * second validation of the same record agrees and changes nothing.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-condition.h"
#include "pt-cross-training.h"
#include "pt-date.h"
#include "pt-error.h"
#include "pt-fuzz.h"
#include "pt-pain-score.h"
#include "pt-patient.h"
#include "pt-record-private.h"
#include "pt-run.h"
#include "pt-session.h"
#include "pt-shoe.h"
#include "pt-validate.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  pt_fuzz_fatal_warnings ();
  return 0;
}

static void
set_field (PtRecord      *record,
           const PtField *field,
           const char    *text)
{
  switch (field->kind)
    {
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      pt_record_set_string (record, field->name, *text ? text : NULL);
      break;
    case PT_FIELD_REAL:
      *PT_FIELD_PTR (record, field, double) = *text ? g_ascii_strtod (text, NULL) : NAN;
      break;
    case PT_FIELD_INT:
      *PT_FIELD_PTR (record, field, gint64) = *text ? g_ascii_strtoll (text, NULL, 10) : PT_NO_INT;
      break;
    case PT_FIELD_REF:
      *PT_FIELD_PTR (record, field, gint64) = g_ascii_strtoll (text, NULL, 10);
      break;
    case PT_FIELD_ENUM:
      *PT_FIELD_PTR (record, field, int) = *text ? (int) g_ascii_strtoll (text, NULL, 10)
                                                  : PT_NO_ENUM;
      break;
    case PT_FIELD_FLAGS:
      *PT_FIELD_PTR (record, field, guint) = (guint) g_ascii_strtoull (text, NULL, 10);
      break;
    case PT_FIELD_BOOL:
      *PT_FIELD_PTR (record, field, gboolean) = *text != '\0';
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
check_text (const PtField *field,
            const char    *value)
{
  if (value == NULL)
    {
      PT_FUZZ_CHECK (!(field->flags & PT_FIELD_REQUIRED));
      return;
    }

  PT_FUZZ_CHECK (*value != '\0');
  PT_FUZZ_CHECK (g_utf8_validate (value, -1, NULL));
  PT_FUZZ_CHECK (g_utf8_strlen (value, -1) <= (glong) field->max);
  if (!(field->flags & PT_FIELD_MULTILINE))
    PT_FUZZ_CHECK (!g_ascii_isspace (value[0]) && !g_ascii_isspace (value[strlen (value) - 1]));

  for (const char *p = value; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        PT_FUZZ_CHECK ((field->flags & PT_FIELD_MULTILINE) &&
                       (c == '\n' || c == '\t' || c == '\r'));
    }
}

static void
check_accepted (PtRecord    *record,
                const GDate *today)
{
  guint n_fields;
  const PtField *fields = pt_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const PtField *field = &fields[i];

      switch (field->kind)
        {
        case PT_FIELD_TEXT:
          check_text (field, *PT_FIELD_PTR (record, field, char *));
          break;
        case PT_FIELD_DATE:
          {
            const char *value = *PT_FIELD_PTR (record, field, char *);
            GDate date;

            if (value == NULL)
              {
                PT_FUZZ_CHECK (!(field->flags & PT_FIELD_REQUIRED));
                break;
              }
            PT_FUZZ_CHECK (pt_date_parse (value, &date));
            if (field->flags & PT_FIELD_NOT_FUTURE)
              PT_FUZZ_CHECK (g_date_compare (&date, today) <= 0);
          }
          break;
        case PT_FIELD_REAL:
          {
            double value = *PT_FIELD_PTR (record, field, double);

            if (isnan (value))
              {
                PT_FUZZ_CHECK (!(field->flags & PT_FIELD_REQUIRED));
                break;
              }
            PT_FUZZ_CHECK (isfinite (value));
            if (field->flags & PT_FIELD_CUSTOM)
              break;
            PT_FUZZ_CHECK (value >= field->min && value <= field->max);
            if (field->flags & PT_FIELD_HALF_STEPS)
              PT_FUZZ_CHECK (value * 2 == floor (value * 2));
          }
          break;
        case PT_FIELD_INT:
          {
            gint64 value = *PT_FIELD_PTR (record, field, gint64);

            if (value == PT_NO_INT)
              {
                PT_FUZZ_CHECK (!(field->flags & PT_FIELD_REQUIRED));
                break;
              }
            if (!(field->flags & PT_FIELD_CUSTOM))
              PT_FUZZ_CHECK (value >= (gint64) field->min && value <= (gint64) field->max);
          }
          break;
        case PT_FIELD_REF:
          {
            gint64 value = *PT_FIELD_PTR (record, field, gint64);

            PT_FUZZ_CHECK (value > 0 || (value == 0 && !(field->flags & PT_FIELD_REQUIRED)));
          }
          break;
        case PT_FIELD_ENUM:
          {
            g_autoptr(GEnumClass) klass = g_type_class_ref (field->get_type ());

            PT_FUZZ_CHECK (g_enum_get_value (klass, *PT_FIELD_PTR (record, field, int)) != NULL);
          }
          break;
        case PT_FIELD_FLAGS:
          {
            g_autoptr(GFlagsClass) klass = g_type_class_ref (field->get_type ());

            PT_FUZZ_CHECK ((*PT_FIELD_PTR (record, field, guint) & ~klass->mask) == 0);
          }
          break;
        case PT_FIELD_BOOL:
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static gboolean
names_a_field (PtRecord   *record,
               const char *name)
{
  guint n_fields;
  const PtField *fields = pt_record_get_fields (record, &n_fields);

  for (guint i = 0; name != NULL && i < n_fields; i++)
    if (g_str_equal (fields[i].name, name))
      return TRUE;
  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GType types[] = {
    PT_TYPE_PATIENT, PT_TYPE_CONDITION, PT_TYPE_SESSION, PT_TYPE_PAIN_SCORE,
    PT_TYPE_SHOE, PT_TYPE_RUN, PT_TYPE_CROSS_TRAINING,
  };
  g_autoptr(PtRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again_error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  const PtField *fields;
  guint n_fields;
  gboolean ok, again;
  GDate today;

  if (size == 0)
    return 0;

  record = g_object_new (types[data[0] % G_N_ELEMENTS (types)], NULL);
  fields = pt_record_get_fields (record, &n_fields);
  /* Bytes up to a nul, as a C string carries them. */
  text = pt_fuzz_text (data + 1, size - 1);
  parts = g_strsplit (text, "\x1f", (int) n_fields);
  for (guint i = 0; i < n_fields && parts[i] != NULL; i++)
    set_field (record, &fields[i], parts[i]);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_MARCH, 2026);

  ok = pt_validate_fields_on (record, &today, &error);
  PT_FUZZ_CHECK (ok == (error == NULL));
  if (!ok)
    {
      PT_FUZZ_CHECK (g_error_matches (error, PT_ERROR, PT_ERROR_INVALID));
      PT_FUZZ_CHECK (names_a_field (record, pt_error_get_field (error)));
      PT_FUZZ_CHECK (*error->message != '\0' && g_utf8_validate (error->message, -1, NULL));
    }
  else
    check_accepted (record, &today);

  again = pt_validate_fields_on (record, &today, &again_error);
  PT_FUZZ_CHECK (again == ok);
  if (!ok)
    PT_FUZZ_CHECK (g_strcmp0 (pt_error_get_field (again_error), pt_error_get_field (error)) == 0);

  return 0;
}
