/* pt-schema.h: the SQLite schema and its numbered migrations (core-internal)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Migration N (1-based) brings a database from user_version N-1 to N. */
guint       pt_schema_get_version   (void);
const char *pt_schema_get_migration (guint version);

G_END_DECLS
