/* pt-units.h: distances in the unit a clinic reads
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The database stores metres; people read and type kilometres or miles.
 * Every conversion between them is here: nothing else knows a mile's
 * metres or multiplies by 1000.
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
/* "km" or "mi" (translated); pt-format.h writes distances with it. */
const char *pt_distance_unit_symbol  (PtDistanceUnit  unit);
/* Seconds per km or mile: what runners talk in. NAN unless both the
 * distance and the duration are positive (PT_NO_INT is no duration). */
double      pt_pace_seconds          (double          metres,
                                      gint64          seconds,
                                      PtDistanceUnit  unit);

G_END_DECLS
