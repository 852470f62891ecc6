/* pt-workout.h: one activity read from a sports watch's file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the file parsers (FIT, TCX, GPX) give: the facts the file states,
 * in SI units and UTC, before anything decides what they become in the
 * clinic record (a run or cross-training; pt-workout-import.h does that).
 * A multisport file gives one workout per leg, transitions included (the
 * importer skips them), in file order.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The sport as the file names it, in the few families the clinic record
 * distinguishes. */
typedef enum
{
  PT_WORKOUT_SPORT_UNKNOWN,     /* the file does not say (GPX) */
  PT_WORKOUT_SPORT_RUNNING,
  PT_WORKOUT_SPORT_CYCLING,
  PT_WORKOUT_SPORT_SWIMMING,
  PT_WORKOUT_SPORT_ROWING,
  PT_WORKOUT_SPORT_ELLIPTICAL,
  PT_WORKOUT_SPORT_WALKING,
  PT_WORKOUT_SPORT_HIKING,
  PT_WORKOUT_SPORT_STRENGTH,
  PT_WORKOUT_SPORT_TRANSITION,  /* between the legs of a multisport file */
  PT_WORKOUT_SPORT_OTHER,       /* anything else the file names */
} PtWorkoutSport;

/* Where, for a sport that can be done in several places. */
typedef enum
{
  PT_WORKOUT_PLACE_UNKNOWN,
  PT_WORKOUT_PLACE_ROAD,
  PT_WORKOUT_PLACE_TRAIL,
  PT_WORKOUT_PLACE_TRACK,
  PT_WORKOUT_PLACE_TREADMILL,
  PT_WORKOUT_PLACE_INDOOR,      /* indoor cycling or rowing, a machine */
  PT_WORKOUT_PLACE_POOL,
  PT_WORKOUT_PLACE_OPEN_WATER,
} PtWorkoutPlace;

typedef struct
{
  PtWorkoutSport  sport;
  PtWorkoutPlace  place;
  /* The file's own words for the sport, for the preview ("running / trail",
   * "Other", "fitness_equipment / indoor_rowing"); never NULL. */
  char           *sport_name;
  /* Start, Unix seconds in UTC (FIT: the session's start_time; TCX: the
   * Activity's Id or first lap's StartTime; GPX: the first timed point);
   * 0 when the file gives none (the importer then refuses it: the day is
   * not known). */
  gint64          start_utc;
  /* Metres; NAN when the file gives none. */
  double          distance_m;
  /* Seconds of timer time (FIT total_timer_time, TCX laps'
   * TotalTimeSeconds summed) or first to last point (GPX); NAN when none. */
  double          duration_s;
  /* 0 for the first leg of the file, 1 for the next, ... */
  guint           leg;
} PtWorkout;

PtWorkout  *pt_workout_new        (void);
PtWorkout  *pt_workout_copy       (const PtWorkout *workout);
void        pt_workout_free       (PtWorkout *workout);
/* A GPtrArray that frees its PtWorkouts. */
GPtrArray  *pt_workout_array_new  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtWorkout, pt_workout_free)

G_END_DECLS
