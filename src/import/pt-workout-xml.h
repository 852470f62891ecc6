/* pt-workout-xml.h: TCX and GPX files, and telling the formats apart
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pt-workout.h"

G_BEGIN_DECLS

/* The largest activity file read, in bytes, after decompression. */
#define PT_WORKOUT_FILE_MAX_SIZE ((gsize) 64 * 1024 * 1024)

/* Garmin Training Center XML: one PtWorkout per Activity. */
GPtrArray  *pt_tcx_read           (const guint8  *data,
                                   gsize          size,
                                   GError       **error);
/* GPX 1.0 or 1.1: one PtWorkout per file (all of its tracks), sport
 * unknown. A file with no timed track point is PT_ERROR_INVALID. */
GPtrArray  *pt_gpx_read           (const guint8  *data,
                                   gsize          size,
                                   GError       **error);

/* Any activity file, FIT, TCX or GPX, gzip-compressed or not, told apart
 * by its content (not its name). @name names the file in messages. */
GPtrArray  *pt_workout_read_bytes (GBytes        *bytes,
                                   const char    *name,
                                   GError       **error);
/* The same for a local file, read whole (at most 64 MiB, uncompressed). */
GPtrArray  *pt_workout_read_file  (GFile         *file,
                                   GCancellable  *cancellable,
                                   GError       **error);

G_END_DECLS
