/* pt-generate.h: a synthetic clinic of any size, for benchmarks
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-store.h"

G_BEGIN_DECLS

/* Record number of the first generated patient, who is followed for the
 * whole period (a chart with every year of entries). */
#define PT_GENERATE_LONG_RECORD "GEN-000001"

#define PT_GENERATE_MAX_PATIENTS 1000000
#define PT_GENERATE_MAX_YEARS    40

typedef struct
{
  guint   n_patients;   /* 1 .. PT_GENERATE_MAX_PATIENTS */
  guint   years;        /* 1 .. PT_GENERATE_MAX_YEARS: the clinic's age, ending today */
  guint32 seed;
  gboolean replace;     /* delete every record first, instead of refusing */
} PtGenerateOptions;

typedef struct
{
  gint64 patients;
  gint64 conditions;
  gint64 sessions;
  gint64 pain_scores;
  gint64 shoes;
  gint64 runs;
  gint64 cross_training;
} PtGenerateCounts;

/* Fills @store with a deterministic synthetic clinic: the same options and
 * the same today (PROLOTRACK_TODAY pins it) give the same rows. Patients
 * join over the years; about 85 % have a course of 1-6 injections 3-6
 * weeks apart, pain falling for responders; about 30 % keep a near-daily
 * pain diary; runs 3-6 a week with growing distances of 3-25 km, and
 * cross-training 1-3 times a week; some patients are archived. Written in
 * one transaction through the bulk path of pt-store-bulk.h: a failure or
 * an interruption leaves nothing. Refuses (PT_ERROR_HAS_RECORDS) a database
 * with patients unless @options->replace. @counts (may be NULL) gets the
 * rows written. */
gboolean pt_generate_clinic (PtStore                  *store,
                             const PtGenerateOptions  *options,
                             PtGenerateCounts         *counts,
                             GError                  **error);

G_END_DECLS
