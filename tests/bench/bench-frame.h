/* bench-frame.h: first-frame and memory probes shared by the benchmarks
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Resident memory of this process (VmRSS), in KiB. */
gint64 bench_rss_kib          (void);

/* Calls @func once, right after @widget's window has painted its next
 * frame (the frame clock's "after-paint"). */
void   bench_after_next_frame (GtkWidget      *widget,
                               GCallback       func,
                               gpointer        user_data);

/* For the startup programs: when the application's first window has
 * painted its first frame, prints "first-frame MS" (milliseconds since the
 * wall-clock time in $BENCH_T0, microseconds since the epoch, which the
 * harness sets just before exec) and quits; with @hold_seconds > 0 it
 * first waits that long and prints "rss-kib N". */
void   bench_watch_startup    (GtkApplication *app,
                               guint           hold_seconds);

G_END_DECLS
