/* pt-demo.h: the demo clinic of DOMAIN.md
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-store.h"

G_BEGIN_DECLS

/* Record number of the reference case: the 42-year-old runner with chronic
 * plantar fasciitis (70 % less pain after three sessions). */
#define PT_DEMO_REFERENCE_RECORD "PT-0001"

/* Fills @store with the demo clinic, through the validating write
 * functions, in one transaction. Deterministic: the same records every
 * run. Refuses (PT_ERROR_HAS_RECORDS) a database that has patients unless
 * @force. */
gboolean pt_demo_fill (PtStore   *store,
                       gboolean   force,
                       GError   **error);

G_END_DECLS
