/* pt-workout-import-private.h: what the files of activity import share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt-workout-import.c reads the files and writes the records;
 * pt-workout-plan.c decides what each workout becomes.
 */

#pragma once

#include "pt-workout-import.h"

G_BEGIN_DECLS

struct _PtWorkoutImport
{
  GObject         parent_instance;

  gint64          patient_id;
  GTimeZone      *time_zone;
  PtWorkoutSport  unknown_sport;
  GArray         *items;      /* PtWorkoutItem */
  GArray         *run_ids;    /* added by the commit */
  GArray         *cross_ids;
};

G_END_DECLS
