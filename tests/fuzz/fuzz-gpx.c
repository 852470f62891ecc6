/* fuzz-gpx.c: GPX files, and the dispatcher
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_gpx_read and pt_workout_read_bytes on any bytes. Invariants: NULL
 * exactly when an error is set, a PT_ERROR_INVALID error with a valid
 * UTF-8 message; each workout has a sport name in UTF-8, a distance that is
 * finite and non-negative or NAN, a duration non-negative or NAN; the
 * dispatcher reads a GPX file the same as pt_gpx_read; a GPX file gives
 * exactly one workout, of no known sport.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "pt-error.h"
#include "pt-fuzz-workout.h"
#include "pt-workout-xml.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) any_error = NULL;
  g_autoptr(GPtrArray) workouts = pt_gpx_read (data, size, &error);
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) any = pt_workout_read_bytes (bytes, "fuzz.gpx", &any_error);

  pt_fuzz_check_workouts (workouts, error);
  pt_fuzz_check_workouts (any, any_error);

  if (workouts != NULL)
    {
      const PtWorkout *workout;

      PT_FUZZ_CHECK (workouts->len == 1);
      workout = workouts->pdata[0];
      PT_FUZZ_CHECK (workout->sport == PT_WORKOUT_SPORT_UNKNOWN);
      PT_FUZZ_CHECK (isfinite (workout->distance_m) && isfinite (workout->duration_s));
      PT_FUZZ_CHECK (any != NULL);
      PT_FUZZ_CHECK (any->len == workouts->len);
      for (guint i = 0; i < workouts->len; i++)
        {
          const PtWorkout *a = workouts->pdata[i], *b = any->pdata[i];

          PT_FUZZ_CHECK (a->sport == b->sport && a->start_utc == b->start_utc && a->leg == b->leg);
          PT_FUZZ_CHECK (strcmp (a->sport_name, b->sport_name) == 0);
        }
    }
  return 0;
}
