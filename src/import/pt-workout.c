/* pt-workout.c: one activity read from a sports watch's file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pt-workout.h"

PtWorkout *
pt_workout_new (void)
{
  PtWorkout *workout = g_new0 (PtWorkout, 1);

  workout->sport_name = g_strdup ("");
  workout->distance_m = NAN;
  workout->duration_s = NAN;

  return workout;
}

PtWorkout *
pt_workout_copy (const PtWorkout *workout)
{
  PtWorkout *copy;

  g_return_val_if_fail (workout != NULL, NULL);

  copy = g_memdup2 (workout, sizeof *workout);
  copy->sport_name = g_strdup (workout->sport_name);

  return copy;
}

void
pt_workout_free (PtWorkout *workout)
{
  if (workout == NULL)
    return;

  g_free (workout->sport_name);
  g_free (workout);
}

GPtrArray *
pt_workout_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pt_workout_free);
}
