/* pt-units.h: distances in the unit a clinic reads
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The database stores metres; people read and type kilometres or miles.
 */

#pragma once

#include <glib.h>

#include "pt-types.h"

G_BEGIN_DECLS

#define PT_METRES_PER_MILE 1609.344

double      pt_distance_from_metres  (double          metres,
                                      PtDistanceUnit  unit);
double      pt_distance_to_metres    (double          value,
                                      PtDistanceUnit  unit);
/* "km" or "mi" */
const char *pt_distance_unit_symbol  (PtDistanceUnit  unit);
/* "12.4 km": one decimal, in the C locale's digits but the user's separator. */
char       *pt_distance_format       (double          metres,
                                      PtDistanceUnit  unit);
/* Seconds per km or mile: what runners talk in. NAN unless both the
 * distance and the duration are positive (PT_NO_INT is no duration). */
double      pt_pace_seconds          (double          metres,
                                      gint64          seconds,
                                      PtDistanceUnit  unit);

G_END_DECLS
