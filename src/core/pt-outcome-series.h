/* pt-outcome-series.h: a condition's outcome measures over time
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the chart, the report and the patient view show of the outcome
 * measures: for each measure recorded for a condition (an instrument, or a
 * clinic score by name), its totals in date order, the first one as the
 * baseline (or, when treatment has begun, the last on or before its first
 * session, as the pain's baseline is), the last as the latest, and the
 * change between them in the
 * measure's direction against its published MCID (pt_measure_change_compute
 * ()). Pure: built from a list of PtOutcome.
 */

#pragma once

#include <gio/gio.h>

#include "pt-outcome.h"

G_BEGIN_DECLS

typedef struct
{
  char   date[11];
  double total;
  gint64 id;
} PtOutcomePoint;

typedef struct
{
  PtMeasureKind   kind;
  char           *name;       /* translated instrument name, or the clinic's */
  char           *short_name; /* "FFI", "VISA-A", or the clinic's name */
  PtMeasureScale  scale;
  PtMeasureCustom custom;     /* custom scores: name points at @name */
  GArray         *points;     /* PtOutcomePoint, by date then id */
  guint           baseline;   /* index into @points */
  PtMeasureChange change;     /* baseline to last; all zero with one point */
} PtOutcomeMeasure;

typedef struct _PtOutcomeSeries PtOutcomeSeries;

/* The measures of @outcomes (PtOutcome) recorded for @condition_id (0:
 * every condition), in the order of PtMeasureKind, clinic scores by name.
 * @first_session (YYYY-MM-DD; NULL or "": none) moves each baseline to the
 * last score on or before it, when there is one. */
PtOutcomeSeries        *pt_outcome_series_new          (GListModel      *outcomes,
                                                        gint64           condition_id,
                                                        const char      *first_session);
void                    pt_outcome_series_free         (PtOutcomeSeries *self);
guint                   pt_outcome_series_get_n_measures (const PtOutcomeSeries *self);
const PtOutcomeMeasure *pt_outcome_series_get_measure  (const PtOutcomeSeries *self,
                                                        guint            index);
/* The measure to show first: the one recommended for @condition
 * (pt_measure_kind_for_condition ()) when recorded, else the one with most
 * points; NULL without measures. */
const PtOutcomeMeasure *pt_outcome_series_get_primary  (const PtOutcomeSeries *self,
                                                        PtConditionKind  condition);
/* The patient's sentence for @measure's change from its baseline ("Your
 * foot function improved: ..."); NULL when nothing was scored after the
 * baseline. */
char                   *pt_outcome_measure_describe    (const PtOutcomeMeasure *measure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtOutcomeSeries, pt_outcome_series_free)

G_END_DECLS
