/* pt-demo-outcomes.c: the demo clinic's outcome questionnaires
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each course patient fills in the questionnaire for their condition
 * (pt_measure_kind_for_condition (): FFI for heel pain, VISA-A for the
 * Achilles, Kujala for the knee, LEFS otherwise) at every session and at a
 * review six weeks after the last, as clinics that report outcomes do. The
 * totals follow the patient's own pain curve, so a responder's score
 * improves and a patient whose pain stays flat does not: the total is the
 * day's pain as a share of the worst, mapped onto the instrument's range in
 * its own direction, rounded as the form is (whole points; the FFI to a
 * tenth of a percent). Only the totals are stored, as for a form the clinic
 * scored on paper. The reference patient (pt-demo-reference.c) has her
 * item answers instead.
 */

#include "config.h"

#include <math.h>

#include "pt-demo-private.h"
#include "pt-store.h"

/* Pain 0-10 to the instrument's total. */
static double
total_for_pain (PtMeasureKind kind,
                double        pain)
{
  PtMeasureScale scale;
  double share = CLAMP (pain / 10.0, 0, 1);
  double total;

  pt_measure_kind_get_scale (kind, &scale);
  if (scale.higher_is_better)
    total = scale.max - share * (scale.max - scale.min) * 0.9;
  else
    total = scale.min + share * (scale.max - scale.min) * 0.9;
  return scale.percent ? round (total * 10) / 10 : round (total);
}

static gboolean
add_one (PtDemo         *demo,
         PtMeasureKind   kind,
         int             day,
         GError        **error)
{
  g_autoptr(PtOutcome) outcome = pt_outcome_new ();
  char date[11];

  pt_demo_date (demo, day, date);
  pt_outcome_set_patient_id (outcome, demo->patient_id);
  pt_outcome_set_condition_id (outcome, demo->condition_id);
  pt_outcome_set_date (outcome, date);
  pt_outcome_set_kind (outcome, kind);
  pt_outcome_set_total (outcome, total_for_pain (kind, pt_demo_pain_at (demo->pain, day)));
  return pt_store_add_outcome (demo->store, outcome, error) != 0;
}

gboolean
pt_demo_add_outcomes (PtDemo           *demo,
                      PtConditionKind   condition,
                      GError          **error)
{
  PtMeasureKind kind = pt_measure_kind_for_condition (condition);
  int review;

  for (guint i = 0; i < demo->n_session_days; i++)
    if (!add_one (demo, kind, demo->session_days[i], error))
      return FALSE;

  if (demo->n_session_days == 0)
    return TRUE;
  review = demo->session_days[demo->n_session_days - 1] + 42;
  if (review <= pt_demo_end_day (demo) && !add_one (demo, kind, review, error))
    return FALSE;
  return TRUE;
}
