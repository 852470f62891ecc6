/* pt-fit-sport.c: FIT's sports and sub-sports in the clinic's families
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-fit-sport.h"

/* The names of the FIT profile (the SDK's Profile.xlsx, types sport and
 * sub_sport), by number. */
static const char * const sport_names[] = {
  "generic", "running", "cycling", "transition", "fitness_equipment",
  "swimming", "basketball", "soccer", "tennis", "american_football",
  "training", "walking", "cross_country_skiing", "alpine_skiing",
  "snowboarding", "rowing", "mountaineering", "hiking", "multisport",
  "paddling", "flying", "e_biking", "motorcycling", "boating", "driving",
  "golf", "hang_gliding", "horseback_riding", "hunting", "fishing",
  "inline_skating", "rock_climbing", "sailing", "ice_skating", "sky_diving",
  "snowshoeing", "snowmobiling", "stand_up_paddleboarding", "surfing",
  "wakeboarding", "water_skiing", "kayaking", "rafting", "windsurfing",
  "kitesurfing", "tactical", "jumpmaster", "boxing", "floor_climbing",
  "baseball", NULL, NULL, NULL, "diving", NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, "hiit", NULL, "racket", "wheelchair_push_walk",
  "wheelchair_push_run", "meditation", NULL, "disc_golf", NULL, "cricket",
  "rugby", "hockey", "lacrosse", "volleyball", "water_tubing", "wakesurfing",
  NULL, NULL, "mixed_martial_arts", NULL, "snorkeling", "dance", "jump_rope",
};

static const char * const sub_sport_names[] = {
  "generic", "treadmill", "street", "trail", "track", "spin",
  "indoor_cycling", "road", "mountain", "downhill", "recumbent", "cyclocross",
  "hand_cycling", "track_cycling", "indoor_rowing", "elliptical",
  "stair_climbing", "lap_swimming", "open_water", "flexibility_training",
  "strength_training", "warm_up", "match", "exercise", "challenge",
  "indoor_skiing", "cardio_training", "indoor_walking", "e_bike_fitness",
  "bmx", "casual_walking", "speed_walking", "bike_to_run_transition",
  "run_to_bike_transition", "swim_to_bike_transition", "atv", "motocross",
  "backcountry", "resort", "rc_drone", "wingsuit", "whitewater",
  "skate_skiing", "yoga", "pilates", "indoor_running", "gravel_cycling",
  "e_bike_mountain", "commuting", "mixed_surface", "navigate", "track_me",
  "map", "single_gas_diving", "multi_gas_diving", "gauge_diving",
  "apnea_diving", "apnea_hunting", "virtual_activity", "obstacle",
};

enum
{
  SPORT_GENERIC = 0,
  SPORT_RUNNING = 1,
  SPORT_CYCLING = 2,
  SPORT_TRANSITION = 3,
  SPORT_FITNESS_EQUIPMENT = 4,
  SPORT_SWIMMING = 5,
  SPORT_TRAINING = 10,
  SPORT_WALKING = 11,
  SPORT_ROWING = 15,
  SPORT_HIKING = 17,
};

enum
{
  SUB_GENERIC = 0,
  SUB_TREADMILL = 1,
  SUB_STREET = 2,
  SUB_TRAIL = 3,
  SUB_TRACK = 4,
  SUB_SPIN = 5,
  SUB_INDOOR_CYCLING = 6,
  SUB_ROAD = 7,
  SUB_MOUNTAIN = 8,
  SUB_INDOOR_ROWING = 14,
  SUB_ELLIPTICAL = 15,
  SUB_LAP_SWIMMING = 17,
  SUB_OPEN_WATER = 18,
  SUB_STRENGTH_TRAINING = 20,
  SUB_VIRTUAL_ACTIVITY = 58,
};

static char *
sport_name (gint64 sport,
            gint64 sub_sport)
{
  GString *name;

  if (sport < 0)
    return g_strdup ("");

  name = g_string_new (NULL);
  if (sport < (gint64) G_N_ELEMENTS (sport_names) && sport_names[sport] != NULL)
    g_string_append (name, sport_names[sport]);
  else
    g_string_append_printf (name, "sport %lld", (long long) sport);

  if (sub_sport > SUB_GENERIC)
    {
      if (sub_sport < (gint64) G_N_ELEMENTS (sub_sport_names))
        g_string_append_printf (name, " / %s", sub_sport_names[sub_sport]);
      else
        g_string_append_printf (name, " / sub_sport %lld", (long long) sub_sport);
    }

  return g_string_free (name, FALSE);
}

/* The sports the clinic record tells apart, and the places that matter to
 * them. Besides the obvious pairs, cycling / virtual_activity (Zwift and
 * the like, on a trainer) and fitness_equipment / indoor_cycling are
 * indoor cycling, walking / treadmill a walk on a treadmill;
 * running / indoor_running keeps no place (a treadmill or an indoor
 * track); a sport without a family here is OTHER. */
void
pt_fit_sport_apply (PtWorkout *workout,
                    gint64     sport,
                    gint64     sub_sport)
{
  PtWorkoutSport family = PT_WORKOUT_SPORT_OTHER;
  PtWorkoutPlace place = PT_WORKOUT_PLACE_UNKNOWN;

  switch (sport)
    {
    case -1:
      family = PT_WORKOUT_SPORT_UNKNOWN;
      break;

    case SPORT_RUNNING:
      family = PT_WORKOUT_SPORT_RUNNING;
      if (sub_sport == SUB_TREADMILL)
        place = PT_WORKOUT_PLACE_TREADMILL;
      else if (sub_sport == SUB_STREET)
        place = PT_WORKOUT_PLACE_ROAD;
      else if (sub_sport == SUB_TRAIL)
        place = PT_WORKOUT_PLACE_TRAIL;
      else if (sub_sport == SUB_TRACK)
        place = PT_WORKOUT_PLACE_TRACK;
      break;

    case SPORT_CYCLING:
      family = PT_WORKOUT_SPORT_CYCLING;
      if (sub_sport == SUB_INDOOR_CYCLING || sub_sport == SUB_SPIN
          || sub_sport == SUB_VIRTUAL_ACTIVITY)
        place = PT_WORKOUT_PLACE_INDOOR;
      else if (sub_sport == SUB_ROAD)
        place = PT_WORKOUT_PLACE_ROAD;
      else if (sub_sport == SUB_MOUNTAIN)
        place = PT_WORKOUT_PLACE_TRAIL;
      break;

    case SPORT_SWIMMING:
      family = PT_WORKOUT_SPORT_SWIMMING;
      if (sub_sport == SUB_LAP_SWIMMING)
        place = PT_WORKOUT_PLACE_POOL;
      else if (sub_sport == SUB_OPEN_WATER)
        place = PT_WORKOUT_PLACE_OPEN_WATER;
      break;

    case SPORT_FITNESS_EQUIPMENT:
      if (sub_sport == SUB_INDOOR_ROWING)
        {
          family = PT_WORKOUT_SPORT_ROWING;
          place = PT_WORKOUT_PLACE_INDOOR;
        }
      else if (sub_sport == SUB_ELLIPTICAL)
        family = PT_WORKOUT_SPORT_ELLIPTICAL;
      else if (sub_sport == SUB_TREADMILL)
        {
          family = PT_WORKOUT_SPORT_RUNNING;
          place = PT_WORKOUT_PLACE_TREADMILL;
        }
      else if (sub_sport == SUB_INDOOR_CYCLING)
        {
          family = PT_WORKOUT_SPORT_CYCLING;
          place = PT_WORKOUT_PLACE_INDOOR;
        }
      else if (sub_sport == SUB_STRENGTH_TRAINING)
        family = PT_WORKOUT_SPORT_STRENGTH;
      break;

    case SPORT_ROWING:
      family = PT_WORKOUT_SPORT_ROWING;
      if (sub_sport == SUB_INDOOR_ROWING)
        place = PT_WORKOUT_PLACE_INDOOR;
      break;

    case SPORT_WALKING:
      family = PT_WORKOUT_SPORT_WALKING;
      if (sub_sport == SUB_TREADMILL)
        place = PT_WORKOUT_PLACE_TREADMILL;
      break;

    case SPORT_HIKING:
      family = PT_WORKOUT_SPORT_HIKING;
      break;

    case SPORT_TRAINING:
      if (sub_sport == SUB_STRENGTH_TRAINING)
        family = PT_WORKOUT_SPORT_STRENGTH;
      break;

    case SPORT_TRANSITION:
      family = PT_WORKOUT_SPORT_TRANSITION;
      break;

    case SPORT_GENERIC:
    default:
      break;
    }

  workout->sport = family;
  workout->place = place;
  g_free (workout->sport_name);
  workout->sport_name = sport_name (sport, sub_sport);
}
