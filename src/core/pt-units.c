/* pt-units.c: distances in the unit a clinic reads
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-record.h"
#include "pt-units.h"

double
pt_distance_from_metres (double         metres,
                         PtDistanceUnit unit)
{
  return unit == PT_DISTANCE_UNIT_MI ? metres / PT_METRES_PER_MILE : metres / 1000.0;
}

double
pt_distance_to_metres (double         value,
                       PtDistanceUnit unit)
{
  return unit == PT_DISTANCE_UNIT_MI ? value * PT_METRES_PER_MILE : value * 1000.0;
}

const char *
pt_distance_unit_symbol (PtDistanceUnit unit)
{
  /* Translators: unit symbols */
  return unit == PT_DISTANCE_UNIT_MI ? _("mi") : _("km");
}

double
pt_pace_seconds (double         metres,
                 gint64         seconds,
                 PtDistanceUnit unit)
{
  double distance = pt_distance_from_metres (metres, unit);

  if (seconds == PT_NO_INT || seconds <= 0 || !(distance > 0))
    return NAN;

  return seconds / distance;
}
