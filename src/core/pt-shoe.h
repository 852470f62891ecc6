/* pt-shoe.h: a shoe in the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_SHOE (pt_shoe_get_type ())

G_DECLARE_FINAL_TYPE (PtShoe, pt_shoe, PT, SHOE, PtRecord)

PtShoe *pt_shoe_new (void);
gint64 pt_shoe_get_patient_id (PtShoe *self);
const char *pt_shoe_get_name (PtShoe *self);
const char *pt_shoe_get_started (PtShoe *self);
const char *pt_shoe_get_retired (PtShoe *self);
const char *pt_shoe_get_notes (PtShoe *self);

void pt_shoe_set_patient_id (PtShoe *self,
                            gint64 value);
void pt_shoe_set_name (PtShoe *self,
                      const char *value);
void pt_shoe_set_started (PtShoe *self,
                         const char *value);
void pt_shoe_set_retired (PtShoe *self,
                         const char *value);
void pt_shoe_set_notes (PtShoe *self,
                       const char *value);

/* The clinic's rule for replacing a shoe: one still in use (not retired)
 * that has run more than @limit_km kilometres. A limit of 0 or less never
 * warns. */
gboolean pt_shoe_is_past_limit (PtShoe *self,
                                double  distance_m,
                                int     limit_km);

G_END_DECLS
