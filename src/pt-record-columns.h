/* pt-record-columns.h: what the patient page's tables show of each record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record-table.h"

G_BEGIN_DECLS

const PtColumn *pt_session_columns        (guint *n_columns);
const PtColumn *pt_pain_score_columns     (guint *n_columns);
const PtColumn *pt_run_columns            (guint *n_columns);
const PtColumn *pt_cross_training_columns (guint *n_columns);
const PtColumn *pt_condition_columns      (guint *n_columns);
/* The shoe table's Distance and Status columns read its context, a
 * PtShoeTableContext. */
const PtColumn *pt_shoe_columns           (guint *n_columns);

/* The outcome table's Condition column reads its context, a
 * PtOutcomeTableContext. */
const PtColumn *pt_outcome_columns        (guint *n_columns);

/* What the page loads for the shoe table beside the shoes. */
typedef struct
{
  GHashTable *distances;  /* pt_store_list_shoe_distances(): shoe id → metres */
  int         limit_km;   /* the clinic's shoe-limit-km setting */
} PtShoeTableContext;

/* Takes @distances. */
PtShoeTableContext *pt_shoe_table_context_new  (GHashTable         *distances,
                                                int                 limit_km);
void                pt_shoe_table_context_free (PtShoeTableContext *context);
/* "Past 700 km: replace" for a shoe in use past the limit, else NULL. */
char               *pt_shoe_format_warning     (PtShoe             *shoe,
                                                double              distance_m,
                                                int                 limit_km);

/* The outcome table's: each condition's label by its id. */
typedef struct
{
  GHashTable *labels;  /* gint64 * condition id → "Achilles tendinopathy, left" */
} PtOutcomeTableContext;

/* From the patient's PtCondition records. */
PtOutcomeTableContext *pt_outcome_table_context_new  (GListModel            *conditions);
void                   pt_outcome_table_context_free (PtOutcomeTableContext *context);

G_END_DECLS
