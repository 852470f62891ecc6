/* pt-crash-ops.h: the numbered writes of the crash harness
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Write @n is a function of @n and of what the store holds after writes
 * 0 to @n - 1, nothing else, so replaying writes 0 to N on a fresh store
 * gives the records (all but their timestamps) a store must hold once it
 * has acknowledged write N. In each block of eight: a new patient with a
 * condition, a session and a pain score in one batch; a pain score; a
 * run; a shoe; an update of the block's pain score; a run and
 * cross-training in one batch; a delete of the block's first run; and an
 * update of the patient or, every third block, the previous block's
 * patient deleted with all their records. test-crash.c replays them, and
 * pt-crash-writer.c runs them until it is killed.
 */

#pragma once

#include "pt-store.h"

G_BEGIN_DECLS

gboolean pt_crash_op (PtStore  *store,
                      guint64   n,
                      GError  **error);

G_END_DECLS
