/* pt-fit-sport.h: FIT's sports and sub-sports in the clinic's families
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to pt-fit.c.
 */

#pragma once

#include "pt-workout.h"

G_BEGIN_DECLS

/* Sets @workout's sport, place and sport_name from a session's FIT sport
 * and sub_sport numbers (-1 when the file does not give one): sport_name
 * is the profile's words ("running", "running / trail",
 * "fitness_equipment / indoor_rowing"; "sport 42" for a number the table
 * does not know), "" when the sport is unknown. */
void  pt_fit_sport_apply  (PtWorkout *workout,
                           gint64     sport,
                           gint64     sub_sport);

G_END_DECLS
