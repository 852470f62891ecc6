/* pt-fit.h: the session messages of a FIT file (Garmin's binary format)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-workout.h"

G_BEGIN_DECLS

/* One PtWorkout per session message of the FIT file in @data (@size
 * bytes), in file order. A file that is not FIT, is truncated, or fails
 * its CRC gives NULL and a PT_ERROR_INVALID error that says what is wrong
 * and at which byte; it never reads outside @data. A FIT file without
 * session messages gives an empty array. */
GPtrArray  *pt_fit_read           (const guint8  *data,
                                   gsize          size,
                                   GError       **error);

G_END_DECLS
