/* pt-editor-fields.c: which fields each record form shows, and how
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-editor-fields.h"
#include "pt-enums.h"
#include "pt-format.h"
#include "pt-store.h"

#define TODAY     PT_EDITOR_DEFAULT_TODAY
#define OPTIONAL  PT_EDITOR_OPTIONAL
#define N_ITEMS(a) a, G_N_ELEMENTS (a)

/* { property, label, kind, digits, step, unit, group, flags } */

static const char * const patient_groups[] = { "", N_("Contact and Notes") };
static const PtEditorField patient_fields[] = {
  { "name", N_("_Name"), PT_EDITOR_TEXT, 0, 0, NULL, 0, 0 },
  { "record_number", N_("_Record Number"), PT_EDITOR_TEXT, 0, 0, NULL, 0,
    PT_EDITOR_DEFAULT_RECORD_NUMBER },
  { "date_of_birth", N_("Date of _Birth"), PT_EDITOR_DATE, 0, 0, NULL, 0, 0 },
  { "sex", N_("_Sex"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "contact", N_("_Contact"), PT_EDITOR_MULTILINE, 0, 0, NULL, 1, 0 },
  { "notes", N_("N_otes"), PT_EDITOR_MULTILINE, 0, 0, NULL, 1, 0 },
};

static const char * const condition_groups[] = { "", N_("History") };
static const PtEditorField condition_fields[] = {
  { "kind", N_("_Condition"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "side", N_("_Side"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "onset_date", N_("_Onset Date"), PT_EDITOR_DATE, 0, 0, NULL, 0, TODAY },
  { "status", N_("S_tatus"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "prior_treatments", N_("_Treatments Tried Before"), PT_EDITOR_FLAGS, 0, 0, NULL, 1, 0 },
  { "notes", N_("Diagnosis _Notes"), PT_EDITOR_MULTILINE, 0, 0, NULL, 1, 0 },
};

static const char * const session_groups[] = {
  "", N_("Injection"), N_("Pain"), N_("Follow-Up"),
};
static const PtEditorField session_fields[] = {
  { "condition_id", N_("_Condition"), PT_EDITOR_CONDITION, 0, 0, NULL, 0, 0 },
  { "date", N_("_Date"), PT_EDITOR_DATE, 0, 0, NULL, 0, TODAY },
  { "clinician", N_("C_linician"), PT_EDITOR_TEXT, 0, 0, NULL, 0,
    PT_EDITOR_DEFAULT_CLINICIAN },
  { "site", N_("Clinic S_ite"), PT_EDITOR_TEXT, 0, 0, NULL, 0, 0 },
  { "treatment", N_("_Treatment"), PT_EDITOR_ENUM, 0, 0, NULL, 1, 0 },
  { "solution", N_("S_olution"), PT_EDITOR_TEXT, 0, 0, NULL, 1, 0 },
  { "concentration_pct", N_("Co_ncentration"), PT_EDITOR_NUMBER, 1, 1, "%", 1, 0 },
  { "volume_ml", N_("_Volume"), PT_EDITOR_NUMBER, 1, 0.5, N_("mL"), 1, 0 },
  { "injection_count", N_("Injection _Points"), PT_EDITOR_NUMBER, 0, 1, NULL, 1, 0 },
  { "structures", N_("Structures _Injected"), PT_EDITOR_MULTILINE, 0, 0, NULL, 1, 0 },
  { "pain_before", N_("Pain _Before"), PT_EDITOR_NUMBER, 1, 0.5, N_("of 10"), 2, 0 },
  { "pain_after", N_("Pain _After (Post-Injection)"), PT_EDITOR_NUMBER, 1, 0.5, N_("of 10"), 2, 0 },
  { "adverse_events", N_("Adverse _Events"), PT_EDITOR_MULTILINE, 0, 0, NULL, 3, 0 },
  { "advice", N_("Ad_vice"), PT_EDITOR_MULTILINE, 0, 0, NULL, 3, 0 },
  { "next_visit", N_("Ne_xt Visit"), PT_EDITOR_DATE, 0, 0, NULL, 3, 0 },
  { "notes", N_("N_otes"), PT_EDITOR_MULTILINE, 0, 0, NULL, 3, 0 },
};

static const char * const single_group[] = { "" };
static const PtEditorField pain_score_fields[] = {
  { "date", N_("_Date"), PT_EDITOR_DATE, 0, 0, NULL, 0, TODAY },
  { "score", N_("_Pain"), PT_EDITOR_NUMBER, 1, 0.5, N_("of 10"), 0, 0 },
  { "context", N_("Con_text"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "source", N_("_Source"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "condition_id", N_("_Condition"), PT_EDITOR_CONDITION, 0, 0, NULL, 0, OPTIONAL },
  { "notes", N_("N_otes"), PT_EDITOR_MULTILINE, 0, 0, NULL, 0, 0 },
};

static const PtEditorField shoe_fields[] = {
  { "name", N_("_Shoe"), PT_EDITOR_TEXT, 0, 0, NULL, 0, 0 },
  { "started", N_("Date S_tarted"), PT_EDITOR_DATE, 0, 0, NULL, 0, TODAY },
  { "retired", N_("Date _Retired"), PT_EDITOR_DATE, 0, 0, NULL, 0, 0 },
  { "notes", N_("N_otes"), PT_EDITOR_MULTILINE, 0, 0, NULL, 0, 0 },
};

static const PtEditorField run_fields[] = {
  { "date", N_("_Date"), PT_EDITOR_DATE, 0, 0, NULL, 0, TODAY },
  { "distance_m", N_("D_istance"), PT_EDITOR_DISTANCE, 2, 0.5, NULL, 0, 0 },
  { "duration_s", N_("D_uration"), PT_EDITOR_DURATION, 0, 0, NULL, 0, 0 },
  { "surface", N_("Sur_face"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "shoe_id", N_("S_hoe"), PT_EDITOR_SHOE, 0, 0, NULL, 0, OPTIONAL },
  { "pain_during", N_("_Pain During the Run"), PT_EDITOR_NUMBER, 1, 0.5, N_("of 10"), 0, 0 },
  { "notes", N_("N_otes"), PT_EDITOR_MULTILINE, 0, 0, NULL, 0, 0 },
};

static const PtEditorField cross_training_fields[] = {
  { "date", N_("_Date"), PT_EDITOR_DATE, 0, 0, NULL, 0, TODAY },
  { "activity", N_("_Activity"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "minutes", N_("_Minutes"), PT_EDITOR_NUMBER, 0, 5, N_("min"), 0, 0 },
  { "effort", N_("_Effort"), PT_EDITOR_NUMBER, 0, 1, N_("of 10"), 0, 0 },
  { "notes", N_("N_otes"), PT_EDITOR_MULTILINE, 0, 0, NULL, 0, 0 },
};

/* The clinic score's definition rows come right after the measure, so
 * that choosing "Clinic score" shows them where the eye already is. */
static const PtEditorField outcome_fields[] = {
  { "condition_id", N_("_Condition"), PT_EDITOR_CONDITION, 0, 0, NULL, 0, 0 },
  { "date", N_("_Date"), PT_EDITOR_DATE, 0, 0, NULL, 0, TODAY },
  { "kind", N_("_Measure"), PT_EDITOR_ENUM, 0, 0, NULL, 0, 0 },
  { "custom_name", N_("Score _Name"), PT_EDITOR_TEXT, 0, 0, NULL, 0, 0 },
  { "custom_min", N_("_Lowest Score"), PT_EDITOR_NUMBER, 0, 1, NULL, 0, 0 },
  { "custom_max", N_("_Highest Score"), PT_EDITOR_NUMBER, 0, 1, NULL, 0, 0 },
  { "custom_higher_better", N_("Higher Is _Better"), PT_EDITOR_SWITCH, 0, 0, NULL, 0, 0 },
  { "custom_mcid", N_("_Important Change"), PT_EDITOR_NUMBER, 0, 1, N_("points"), 0, 0 },
  { "total", N_("_Score"), PT_EDITOR_NUMBER, 1, 1, NULL, 0, 0 },
  { "notes", N_("N_otes"), PT_EDITOR_MULTILINE, 0, 0, NULL, 0, 0 },
};

/* A clinic score's definition is a clinic score's only. */
static gboolean
outcome_field_applies (GObject    *record,
                       const char *property)
{
  if (!g_str_has_prefix (property, "custom_"))
    return TRUE;

  return pt_outcome_get_kind (PT_OUTCOME (record)) == PT_MEASURE_KIND_CUSTOM;
}

/* Under the score: the questionnaire's range and which way is better, so a
 * total is typed on the right scale, and the studies its scoring and
 * thresholds come from (a clinic score: that they are the clinic's own). */
static char *
outcome_field_hint (GObject    *record,
                    const char *property)
{
  PtOutcome *outcome = PT_OUTCOME (record);
  PtMeasureKind kind = pt_outcome_get_kind (outcome);
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;
  g_autofree char *range = NULL;
  PtMeasureScale scale;

  if (!g_str_equal (property, "total"))
    return NULL;

  if (kind == PT_MEASURE_KIND_CUSTOM)
    {
      if (isnan (pt_outcome_get_custom_min (outcome)) ||
          isnan (pt_outcome_get_custom_max (outcome)))
        return NULL;
      pt_outcome_get_scale (outcome, &scale);
    }
  else if (!pt_measure_kind_get_scale (kind, &scale))
    return NULL;

  min = pt_format_number (scale.min, 1);
  max = pt_format_number (scale.max, 1);
  if (scale.percent)
    range = g_strdup_printf (scale.higher_is_better
                             /* Translators: a questionnaire's range, "0 to 100 %" */
                             ? _("%s to %s %%; higher is better")
                             : _("%s to %s %%; lower is better"), min, max);
  else
    range = g_strdup_printf (scale.higher_is_better
                             /* Translators: a questionnaire's range, "0 to 80" */
                             ? _("%s to %s; higher is better")
                             : _("%s to %s; lower is better"), min, max);

  /* Under the score, not the measure: a long subtitle there squeezes the
   * measure's name out of its drop-down. */
  /* Translators: a questionnaire's range, then where its scoring comes
   * from: "0 to 80; higher is better\nSource: Binkley 1999" */
  return g_strdup_printf (_("%s\nSource: %s"), range, pt_measure_kind_get_reference (kind));
}

static const PtEditorForm forms[] = {
  { pt_patient_get_type, N_("New Patient"), N_("Edit Patient"),
    N_ITEMS (patient_groups), N_ITEMS (patient_fields) },
  { pt_condition_get_type, N_("New Condition"), N_("Edit Condition"),
    N_ITEMS (condition_groups), N_ITEMS (condition_fields) },
  { pt_session_get_type, N_("New Session"), N_("Edit Session"),
    N_ITEMS (session_groups), N_ITEMS (session_fields) },
  { pt_pain_score_get_type, N_("New Pain Score"), N_("Edit Pain Score"),
    N_ITEMS (single_group), N_ITEMS (pain_score_fields) },
  { pt_shoe_get_type, N_("New Shoe"), N_("Edit Shoe"),
    N_ITEMS (single_group), N_ITEMS (shoe_fields) },
  { pt_run_get_type, N_("New Run"), N_("Edit Run"),
    N_ITEMS (single_group), N_ITEMS (run_fields) },
  { pt_cross_training_get_type, N_("New Cross-Training"), N_("Edit Cross-Training"),
    N_ITEMS (single_group), N_ITEMS (cross_training_fields) },
  { pt_outcome_get_type, N_("New Outcome Measure"), N_("Edit Outcome Measure"),
    N_ITEMS (single_group), N_ITEMS (outcome_fields), outcome_field_applies,
    outcome_field_hint },
};

const PtEditorForm *
pt_editor_form_lookup (GType record_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (forms[i].get_type () == record_type)
      return &forms[i];

  return NULL;
}

const char *
pt_editor_enum_label (GType enum_type,
                      int   value)
{
  if (enum_type == PT_TYPE_SEX)
    return pt_sex_to_label (value);
  if (enum_type == PT_TYPE_CONDITION_KIND)
    return pt_condition_kind_to_label (value);
  if (enum_type == PT_TYPE_SIDE)
    return pt_side_to_label (value);
  if (enum_type == PT_TYPE_CONDITION_STATUS)
    return pt_condition_status_to_label (value);
  if (enum_type == PT_TYPE_TREATMENT_TYPE)
    return pt_treatment_type_to_label (value);
  if (enum_type == PT_TYPE_PAIN_CONTEXT)
    return pt_pain_context_to_label (value);
  if (enum_type == PT_TYPE_PAIN_SOURCE)
    return pt_pain_source_to_label (value);
  if (enum_type == PT_TYPE_SURFACE)
    return pt_surface_to_label (value);
  if (enum_type == PT_TYPE_ACTIVITY)
    return pt_activity_to_label (value);
  if (enum_type == PT_TYPE_MEASURE_KIND)
    return pt_measure_kind_get_name (value);

  g_return_val_if_reached ("");
}
