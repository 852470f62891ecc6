/* pt-outcome.h: an outcome measure recorded for a condition at a date
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One questionnaire (pt-measure.h) filled in on one day: the Foot Function
 * Index, VISA-A, LEFS, Kujala, or a score the clinic defines itself.
 *
 * Either the item answers are stored ("answers", one per item in item
 * order, comma separated, an empty place for an item left blank or not
 * applicable: "3,5,,2,...") and the total is the published scoring of
 * them, or only the total is (a form the clinic scored on paper, or an
 * instrument whose items it does not show). The store computes the total
 * from the answers and refuses a total that disagrees with them.
 *
 * A clinic-defined score (kind "custom") has no items: it carries its
 * definition (name, range, which direction is better, and optionally the
 * clinic's own threshold for an important change) on each record. Records
 * with the same name are the same score.
 */

#pragma once

#include "pt-measure.h"
#include "pt-record.h"

G_BEGIN_DECLS

#define PT_TYPE_OUTCOME (pt_outcome_get_type ())

G_DECLARE_FINAL_TYPE (PtOutcome, pt_outcome, PT, OUTCOME, PtRecord)

/* The most characters the answers may take: 40 items of "100.5,". */
#define PT_OUTCOME_MAX_ANSWERS_LENGTH 400

PtOutcome    *pt_outcome_new                     (void);
gint64        pt_outcome_get_patient_id          (PtOutcome *self);
gint64        pt_outcome_get_condition_id        (PtOutcome *self);
const char   *pt_outcome_get_date                (PtOutcome *self);
PtMeasureKind pt_outcome_get_kind                (PtOutcome *self);
double        pt_outcome_get_total               (PtOutcome *self);
const char   *pt_outcome_get_answers             (PtOutcome *self);
const char   *pt_outcome_get_custom_name         (PtOutcome *self);
double        pt_outcome_get_custom_min          (PtOutcome *self);
double        pt_outcome_get_custom_max          (PtOutcome *self);
gboolean      pt_outcome_get_custom_higher_better (PtOutcome *self);
double        pt_outcome_get_custom_mcid         (PtOutcome *self);
const char   *pt_outcome_get_notes               (PtOutcome *self);

void          pt_outcome_set_patient_id          (PtOutcome    *self,
                                                  gint64        value);
void          pt_outcome_set_condition_id        (PtOutcome    *self,
                                                  gint64        value);
void          pt_outcome_set_date                (PtOutcome    *self,
                                                  const char   *value);
void          pt_outcome_set_kind                (PtOutcome    *self,
                                                  PtMeasureKind value);
void          pt_outcome_set_total               (PtOutcome    *self,
                                                  double        value);
void          pt_outcome_set_answers             (PtOutcome    *self,
                                                  const char   *value);
void          pt_outcome_set_custom_name         (PtOutcome    *self,
                                                  const char   *value);
void          pt_outcome_set_custom_min          (PtOutcome    *self,
                                                  double        value);
void          pt_outcome_set_custom_max          (PtOutcome    *self,
                                                  double        value);
void          pt_outcome_set_custom_higher_better (PtOutcome   *self,
                                                   gboolean     value);
void          pt_outcome_set_custom_mcid         (PtOutcome    *self,
                                                  double        value);
void          pt_outcome_set_notes               (PtOutcome    *self,
                                                  const char   *value);

/* The answers as numbers, NAN for a blank place; NULL (with @error, field
 * "answers") when the text is not a comma-separated list of numbers. An
 * outcome without answers gives an empty array. */
GArray       *pt_outcome_parse_answers           (PtOutcome    *self,
                                                  GError      **error);
/* Sets the answers from @n numbers (NAN: blank). */
void          pt_outcome_set_answer_values       (PtOutcome    *self,
                                                  const double *answers,
                                                  guint         n);
/* Scores the answers by the instrument's published rule and sets the
 * total to it; @score (may be NULL) gets the subscales too. Refuses
 * answers the instrument does not allow (field "item-N", or "answers",
 * or "items" when too many are missing). Without answers, or for a
 * custom score, it checks the total only. */
gboolean      pt_outcome_compute_total           (PtOutcome      *self,
                                                  PtMeasureScore *score,
                                                  GError        **error);
/* The checks of pt_outcome_compute_total() and of the custom fields,
 * without changing anything: a total that is not the score of the
 * answers is refused (field "total"), as are custom fields on a
 * published instrument and a custom score without its definition. The
 * store runs it on every save. */
gboolean      pt_outcome_check_measure           (PtOutcome      *self,
                                                  GError        **error);
/* The scale the total lives on (the instrument's, or the custom one). */
void          pt_outcome_get_scale               (PtOutcome      *self,
                                                  PtMeasureScale *scale);
/* The definition of a custom outcome (name borrowed from @self). */
void          pt_outcome_get_custom              (PtOutcome       *self,
                                                  PtMeasureCustom *custom);
/* "Foot Function Index", or the custom score's name. */
const char   *pt_outcome_get_name                (PtOutcome    *self);
/* Whether two outcomes are the same measure (kind, and name for custom). */
gboolean      pt_outcome_same_measure            (PtOutcome    *a,
                                                  PtOutcome    *b);

G_END_DECLS
