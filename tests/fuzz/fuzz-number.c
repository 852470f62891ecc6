/* fuzz-number.c: numbers, choices and lists as the CLI reads them
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every value of a CLI option goes through pt_cli_parse_double, _int, _enum
 * or _flags (src/cli/pt-cli.c); distances then become metres
 * (pt_distance_to_metres) and minutes seconds, and every value comes back
 * out through pt-format. The input is one option value. Invariants: a
 * number that parses is finite and what g_ascii_strtod reads, with nothing
 * after it; a refused one has an error about the option; an integer is
 * never PT_NO_INT; pt_format_number_data writes what reads back within half
 * its last decimal; the formats for people are valid UTF-8 and a duration
 * is negative exactly when its text starts with '-'; an enum or flags value
 * that parses is a value of its type and its nicks read back the same.
 */

#include "config.h"

#include <float.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "pt-cli-private.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-format.h"
#include "pt-fuzz.h"
#include "pt-record.h"
#include "pt-units.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  setlocale (LC_ALL, "");
  pt_fuzz_fatal_warnings ();
  return 0;
}

static void
check_refused (gboolean      ok,
               const GError *error,
               const char   *option)
{
  if (ok)
    {
      PT_FUZZ_CHECK (error == NULL);
      return;
    }
  PT_FUZZ_CHECK (error != NULL && error->domain == PT_ERROR && error->code == PT_ERROR_INVALID);
  PT_FUZZ_CHECK (g_strcmp0 (pt_error_get_field (error), option) == 0);
}

static void
check_people_text (char *text)
{
  PT_FUZZ_CHECK (text != NULL && *text != '\0' && g_utf8_validate (text, -1, NULL));
  g_free (text);
}

static void
check_data_number (double value)
{
  for (guint decimals = 0; decimals <= 9; decimals++)
    {
      char buffer[PT_FORMAT_NUMBER_SIZE];
      gsize length = pt_format_number_data (buffer, value, decimals);
      char *end = NULL;
      double back;

      PT_FUZZ_CHECK (length == strlen (buffer) && length < sizeof buffer && length > 0);
      back = g_ascii_strtod (buffer, &end);
      PT_FUZZ_CHECK (*end == '\0' && isfinite (back));
      if (!(fabs (back - value) <= 0.5 * pow (10, -(double) decimals) + fabs (value) * 1e-15))
        fprintf (stderr, "%.17g with %u decimals: \"%s\"\n", value, decimals, buffer);
      /* Half the last decimal, plus the slack pt-format gives a near tie
       * (four epsilons of the value) and a little for the product. */
      PT_FUZZ_CHECK (fabs (back - value) <=
                     0.5 * pow (10, -(double) decimals) + fabs (value) * 6 * DBL_EPSILON);
    }
}

static void
check_real (const char *text)
{
  g_autoptr(GError) error = NULL;
  double value = NAN;
  gboolean ok = pt_cli_parse_double ("distance", text, &value, &error);

  check_refused (ok, error, "distance");
  if (!ok)
    return;

  PT_FUZZ_CHECK (isfinite (value));
  PT_FUZZ_CHECK (*text != '\0');
  {
    char *end = NULL;
    double again = g_ascii_strtod (text, &end);

    PT_FUZZ_CHECK (*end == '\0' && again == value);
  }

  check_data_number (value);

  /* The CLI keeps what converts to at most 1e15 of the stored unit. */
  for (PtDistanceUnit unit = PT_DISTANCE_UNIT_KM; unit <= PT_DISTANCE_UNIT_MI; unit++)
    {
      double metres = pt_distance_to_metres (value, unit);

      if (!isfinite (metres) || fabs (metres) > 1e15)
        continue;
      check_data_number (metres);
      check_people_text (pt_format_distance (metres, unit, 2));
      check_people_text (pt_format_distance_with_unit (metres, unit));
      check_people_text (pt_format_distance_whole (metres, unit));
      PT_FUZZ_CHECK (fabs (pt_distance_from_metres (metres, unit) - value) <=
                     fabs (value) * 1e-12);
    }
  if (fabs (value) <= 1e15)
    {
      check_people_text (pt_format_number (value, 2));
      check_people_text (pt_format_number_fixed (value, 1));
      check_people_text (pt_format_pain (value));
      check_people_text (pt_format_pace (value));
      check_people_text (pt_format_percent_change (value));
      check_people_text (pt_format_percent_change_words (value));
      check_people_text (pt_format_pain_change (value));
    }
}

static void
check_int (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 value = 0;
  gboolean ok = pt_cli_parse_int ("duration", text, &value, &error);
  char buffer[PT_FORMAT_NUMBER_SIZE];
  g_autofree char *clock = NULL;
  g_autofree char *hms = NULL;

  check_refused (ok, error, "duration");
  if (!ok)
    return;

  PT_FUZZ_CHECK (value != PT_NO_INT);
  PT_FUZZ_CHECK (g_ascii_strtoll (text, NULL, 10) == value);

  pt_format_int_data (buffer, value);
  PT_FUZZ_CHECK (g_ascii_strtoll (buffer, NULL, 10) == value);

  clock = pt_format_duration (value);
  hms = pt_format_duration_hms (value);
  PT_FUZZ_CHECK (clock != NULL && g_utf8_validate (clock, -1, NULL));
  PT_FUZZ_CHECK (hms != NULL && g_utf8_validate (hms, -1, NULL));
  PT_FUZZ_CHECK ((clock[0] == '-') == (value < 0));
  PT_FUZZ_CHECK ((hms[0] == '-') == (value < 0));
  PT_FUZZ_CHECK (strchr (clock, ':') != NULL && strchr (hms, ':') != NULL);
}

static void
check_enum (GType       type,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  int value = -1, again = -1;
  gboolean ok = pt_cli_parse_enum ("side", type, text, &value, &error);

  check_refused (ok, error, "side");
  if (!ok)
    return;

  PT_FUZZ_CHECK (g_enum_get_value (klass, value) != NULL);
  PT_FUZZ_CHECK (pt_enum_from_nick (type, pt_enum_to_nick (type, value), &again));
  PT_FUZZ_CHECK (again == value);
}

static void
check_flags (GType       type,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  g_autofree char *nicks = NULL;
  guint value = 0, again = 0;
  gboolean ok = pt_cli_parse_flags ("prior", type, text, &value, &error);

  check_refused (ok, error, "prior");
  if (!ok)
    return;

  PT_FUZZ_CHECK ((value & ~klass->mask) == 0);
  nicks = pt_flags_to_nicks (type, value);
  PT_FUZZ_CHECK (pt_flags_from_nicks (type, nicks, &again));
  PT_FUZZ_CHECK (again == value);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pt_fuzz_text (data, size);

  check_real (text);
  check_int (text);
  check_enum (PT_TYPE_SIDE, text);
  check_enum (PT_TYPE_CONDITION_KIND, text);
  check_enum (PT_TYPE_DISTANCE_UNIT, text);
  check_flags (PT_TYPE_PRIOR_TREATMENT, text);

  return 0;
}
