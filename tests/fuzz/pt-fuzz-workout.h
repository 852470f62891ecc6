/* pt-fuzz-workout.h: what the activity-file fuzz targets share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by one target each (fuzz-tcx.c, fuzz-gpx.c): their
 * LLVMFuzzerInitialize, and the invariants of any reader's result: NULL
 * exactly when a PT_ERROR_INVALID with a UTF-8 message is set; otherwise
 * every workout's sport name is UTF-8 and its distance and duration are
 * finite and not negative, or NAN.
 */

#pragma once

#include <locale.h>
#include <math.h>

#include "pt-error.h"
#include "pt-fuzz.h"
#include "pt-workout.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  setlocale (LC_ALL, "");
  pt_fuzz_fatal_warnings ();
  return 0;
}

static inline void
pt_fuzz_check_workouts (GPtrArray    *workouts,
                        const GError *error)
{
  PT_FUZZ_CHECK ((workouts == NULL) == (error != NULL));
  if (error != NULL)
    {
      PT_FUZZ_CHECK (error->domain == PT_ERROR && error->code == PT_ERROR_INVALID);
      PT_FUZZ_CHECK (error->message != NULL && g_utf8_validate (error->message, -1, NULL));
      return;
    }

  for (guint i = 0; i < workouts->len; i++)
    {
      const PtWorkout *workout = workouts->pdata[i];

      PT_FUZZ_CHECK (workout->sport_name != NULL);
      PT_FUZZ_CHECK (g_utf8_validate (workout->sport_name, -1, NULL));
      PT_FUZZ_CHECK (isnan (workout->distance_m)
                     || (isfinite (workout->distance_m) && workout->distance_m >= 0));
      PT_FUZZ_CHECK (isnan (workout->duration_s)
                     || (isfinite (workout->duration_s) && workout->duration_s >= 0));
    }
}
