/* pt-measure-private.h: the definitions table of the questionnaires
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-measure.h"

G_BEGIN_DECLS

typedef struct
{
  const char              *name;          /* N_() */
  const char              *short_name;    /* N_() */
  const char              *score_name;    /* "your %s" in a patient sentence, N_() */
  const char              *subject;       /* "Your foot function", N_() */
  const char              *source;        /* N_() */
  const char              *reference;     /* the same in a few words, N_() */
  const PtMeasureItem     *items;
  guint                    n_items;
  const PtMeasureSubscale *subscales;     /* NULL: the total is the sum of the items */
  guint                    n_subscales;
  guint                    max_missing;   /* items that may be missing for a total */
  double                   min;
  double                   max;
  gboolean                 higher_is_better;
  double                   mcid;
  gboolean                 percent;
} PtMeasureDef;

/* NULL for PT_MEASURE_KIND_CUSTOM and values out of range. */
const PtMeasureDef *pt_measure_def_get (PtMeasureKind kind);

G_END_DECLS
