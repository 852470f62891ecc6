/* pt-record-columns.c: what the patient page's tables show of each record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each table starts with the date (sorted newest first); numbers sort by
 * value, text by collation. Unset values show as an empty cell. Every
 * value is written by core's pt-format.h, as on the chart, in the report
 * and in the CLI.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-condition.h"
#include "pt-cross-training.h"
#include "pt-date.h"
#include "pt-format.h"
#include "pt-outcome.h"
#include "pt-pain-score.h"
#include "pt-record-columns.h"
#include "pt-run.h"
#include "pt-session.h"
#include "pt-shoe.h"
#include "pt-store.h"
#include "pt-units.h"

static char *
format_int (gint64 value)
{
  if (value == PT_NO_INT)
    return NULL;

  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static double
date_number (const char *iso_date)
{
  GDate date;

  if (iso_date == NULL || !pt_date_parse (iso_date, &date))
    return NAN;

  return g_date_get_julian (&date);
}

static double
int_number (gint64 value)
{
  return value == PT_NO_INT ? NAN : (double) value;
}

/* Each getter becomes a pair of cell functions. */
#define DATE_COLUMN(name, Type, getter) \
  static char *name##_text (PtRecord *r, PtDistanceUnit u) { return pt_format_date (getter ((Type *) r), PT_DATE_SHORT); } \
  static double name##_number (PtRecord *r) { return date_number (getter ((Type *) r)); }
#define REAL_COLUMN(name, Type, getter, digits) \
  static char *name##_text (PtRecord *r, PtDistanceUnit u) { return pt_format_number_fixed (getter ((Type *) r), digits); } \
  static double name##_number (PtRecord *r) { return getter ((Type *) r); }
#define PAIN_COLUMN(name, Type, getter) \
  static char *name##_text (PtRecord *r, PtDistanceUnit u) { return pt_format_pain (getter ((Type *) r)); } \
  static double name##_number (PtRecord *r) { return getter ((Type *) r); }
#define INT_COLUMN(name, Type, getter) \
  static char *name##_text (PtRecord *r, PtDistanceUnit u) { return format_int (getter ((Type *) r)); } \
  static double name##_number (PtRecord *r) { return int_number (getter ((Type *) r)); }
#define TEXT_COLUMN(name, Type, getter) \
  static char *name##_text (PtRecord *r, PtDistanceUnit u) { return one_line (getter ((Type *) r)); }
#define LABEL_COLUMN(name, Type, getter, label) \
  static char *name##_text (PtRecord *r, PtDistanceUnit u) { return g_strdup (label (getter ((Type *) r))); }

/* Notes keep their line breaks in the database; a cell shows one line. */
static char *
one_line (const char *text)
{
  char *line;

  if (text == NULL)
    return NULL;

  line = g_strdup (text);
  g_strdelimit (line, "\r\n\t", ' ');
  return line;
}

#define NUMBER(name) name##_text, name##_number
#define TEXT(name) name##_text, NULL

/* Sessions */
DATE_COLUMN (session_date, PtSession, pt_session_get_date)
LABEL_COLUMN (session_treatment, PtSession, pt_session_get_treatment, pt_treatment_type_to_label)
TEXT_COLUMN (session_solution, PtSession, pt_session_get_solution)
REAL_COLUMN (session_volume, PtSession, pt_session_get_volume_ml, 1)
INT_COLUMN (session_injections, PtSession, pt_session_get_injection_count)
PAIN_COLUMN (session_pain_before, PtSession, pt_session_get_pain_before)
PAIN_COLUMN (session_pain_after, PtSession, pt_session_get_pain_after)
TEXT_COLUMN (session_clinician, PtSession, pt_session_get_clinician)
TEXT_COLUMN (session_notes, PtSession, pt_session_get_notes)

static const PtColumn session_columns[] = {
  { N_("Date"), NUMBER (session_date), FALSE, FALSE },
  { N_("Treatment"), TEXT (session_treatment), FALSE, FALSE },
  { N_("Solution"), TEXT (session_solution), FALSE, FALSE },
  { N_("Volume (mL)"), NUMBER (session_volume), FALSE, TRUE },
  { N_("Injections"), NUMBER (session_injections), FALSE, TRUE },
  { N_("Pain Before"), NUMBER (session_pain_before), FALSE, TRUE },
  /* Under local anaesthetic: shown, never counted in the recovery (pt-analysis.h). */
  { N_("Pain After (Post-Injection)"), NUMBER (session_pain_after), FALSE, TRUE },
  { N_("Clinician"), TEXT (session_clinician), FALSE, FALSE },
  { N_("Notes"), TEXT (session_notes), TRUE, FALSE },
};

/* Pain scores */
DATE_COLUMN (pain_date, PtPainScore, pt_pain_score_get_date)
PAIN_COLUMN (pain_score, PtPainScore, pt_pain_score_get_score)
LABEL_COLUMN (pain_context, PtPainScore, pt_pain_score_get_context, pt_pain_context_to_label)
LABEL_COLUMN (pain_source, PtPainScore, pt_pain_score_get_source, pt_pain_source_to_label)
TEXT_COLUMN (pain_notes, PtPainScore, pt_pain_score_get_notes)

static const PtColumn pain_score_columns[] = {
  { N_("Date"), NUMBER (pain_date), FALSE, FALSE },
  { N_("Pain (0–10)"), NUMBER (pain_score), FALSE, TRUE },
  { N_("When"), TEXT (pain_context), FALSE, FALSE },
  { N_("Reported By"), TEXT (pain_source), FALSE, FALSE },
  { N_("Notes"), TEXT (pain_notes), TRUE, FALSE },
};

/* Runs */
DATE_COLUMN (run_date, PtRun, pt_run_get_date)
LABEL_COLUMN (run_surface, PtRun, pt_run_get_surface, pt_surface_to_label)
PAIN_COLUMN (run_pain, PtRun, pt_run_get_pain_during)
TEXT_COLUMN (run_notes, PtRun, pt_run_get_notes)

static char *
run_distance_text (PtRecord       *record,
                   PtDistanceUnit  unit)
{
  return pt_format_distance (pt_run_get_distance_m (PT_RUN (record)), unit, 2);
}

static double
run_distance_number (PtRecord *record)
{
  return pt_run_get_distance_m (PT_RUN (record));
}

static double
run_duration_number (PtRecord *record)
{
  return int_number (pt_run_get_duration_s (PT_RUN (record)));
}

static char *
run_time_text (PtRecord       *record,
               PtDistanceUnit  unit)
{
  return pt_format_duration (pt_run_get_duration_s (PT_RUN (record)));
}

/* Minutes per km or mile: what runners talk in. */
static double
pace_seconds (PtRecord       *record,
              PtDistanceUnit  unit)
{
  return pt_pace_seconds (pt_run_get_distance_m (PT_RUN (record)),
                          pt_run_get_duration_s (PT_RUN (record)), unit);
}

static char *
run_pace_text (PtRecord       *record,
               PtDistanceUnit  unit)
{
  return pt_format_pace (pace_seconds (record, unit));
}

static double
run_pace_number (PtRecord *record)
{
  return pace_seconds (record, PT_DISTANCE_UNIT_KM);
}

static const PtColumn run_columns[] = {
  { N_("Date"), NUMBER (run_date), FALSE, FALSE },
  /* Translators: %s is the distance unit, km or mi */
  { N_("Distance (%s)"), NUMBER (run_distance), FALSE, TRUE },
  { N_("Time"), run_time_text, run_duration_number, FALSE, TRUE },
  /* Translators: %s is the distance unit, km or mi */
  { N_("Pace (/%s)"), NUMBER (run_pace), FALSE, TRUE },
  { N_("Surface"), TEXT (run_surface), FALSE, FALSE },
  { N_("Pain During"), NUMBER (run_pain), FALSE, TRUE },
  { N_("Notes"), TEXT (run_notes), TRUE, FALSE },
};

/* Cross-training */
DATE_COLUMN (cross_date, PtCrossTraining, pt_cross_training_get_date)
LABEL_COLUMN (cross_activity, PtCrossTraining, pt_cross_training_get_activity, pt_activity_to_label)
INT_COLUMN (cross_minutes, PtCrossTraining, pt_cross_training_get_minutes)
INT_COLUMN (cross_effort, PtCrossTraining, pt_cross_training_get_effort)
TEXT_COLUMN (cross_notes, PtCrossTraining, pt_cross_training_get_notes)

static const PtColumn cross_training_columns[] = {
  { N_("Date"), NUMBER (cross_date), FALSE, FALSE },
  { N_("Activity"), TEXT (cross_activity), FALSE, FALSE },
  { N_("Minutes"), NUMBER (cross_minutes), FALSE, TRUE },
  { N_("Effort (1–10)"), NUMBER (cross_effort), FALSE, TRUE },
  { N_("Notes"), TEXT (cross_notes), TRUE, FALSE },
};

/* Conditions */
DATE_COLUMN (condition_onset, PtCondition, pt_condition_get_onset_date)
LABEL_COLUMN (condition_kind, PtCondition, pt_condition_get_kind, pt_condition_kind_to_label)
LABEL_COLUMN (condition_side, PtCondition, pt_condition_get_side, pt_side_to_label)
LABEL_COLUMN (condition_status, PtCondition, pt_condition_get_status, pt_condition_status_to_label)
TEXT_COLUMN (condition_notes, PtCondition, pt_condition_get_notes)

static char *
condition_prior_text (PtRecord       *record,
                      PtDistanceUnit  unit)
{
  return pt_prior_treatments_to_label (pt_condition_get_prior_treatments (PT_CONDITION (record)));
}

static const PtColumn condition_columns[] = {
  { N_("Onset"), NUMBER (condition_onset), FALSE, FALSE },
  { N_("Condition"), TEXT (condition_kind), FALSE, FALSE },
  { N_("Side"), TEXT (condition_side), FALSE, FALSE },
  { N_("Status"), TEXT (condition_status), FALSE, FALSE },
  { N_("Tried Before"), TEXT (condition_prior), FALSE, FALSE },
  { N_("Notes"), TEXT (condition_notes), TRUE, FALSE },
};

/* Shoes */
DATE_COLUMN (shoe_started, PtShoe, pt_shoe_get_started)
DATE_COLUMN (shoe_retired, PtShoe, pt_shoe_get_retired)
TEXT_COLUMN (shoe_name, PtShoe, pt_shoe_get_name)
TEXT_COLUMN (shoe_notes, PtShoe, pt_shoe_get_notes)

PtShoeTableContext *
pt_shoe_table_context_new (GHashTable *distances,
                           int         limit_km)
{
  PtShoeTableContext *context = g_new0 (PtShoeTableContext, 1);

  context->distances = distances;
  context->limit_km = limit_km;
  return context;
}

void
pt_shoe_table_context_free (PtShoeTableContext *context)
{
  if (context == NULL)
    return;

  g_clear_pointer (&context->distances, g_hash_table_unref);
  g_free (context);
}

char *
pt_shoe_format_warning (PtShoe *shoe,
                        double  distance_m,
                        int     limit_km)
{
  if (!pt_shoe_is_past_limit (shoe, distance_m, limit_km))
    return NULL;

  /* Translators: a shoe has run more than the clinic's limit, "Past 700 km: replace" */
  return g_strdup_printf (_("Past %d km: replace"), limit_km);
}

static double
shoe_distance_number (PtRecord *record,
                      gpointer  context)
{
  PtShoeTableContext *shoes = context;

  return pt_shoe_distances_lookup (shoes != NULL ? shoes->distances : NULL,
                                   pt_record_get_id (record));
}

static char *
shoe_distance_text (PtRecord       *record,
                    PtDistanceUnit  unit,
                    gpointer        context)
{
  return pt_format_distance (shoe_distance_number (record, context), unit, 1);
}

static char *
shoe_status_text (PtRecord       *record,
                  PtDistanceUnit  unit,
                  gpointer        context)
{
  PtShoeTableContext *shoes = context;
  char *warning;

  if (pt_shoe_get_retired (PT_SHOE (record)) != NULL)
    return g_strdup (_("Retired"));

  warning = pt_shoe_format_warning (PT_SHOE (record), shoe_distance_number (record, context),
                                    shoes != NULL ? shoes->limit_km : 0);
  return warning != NULL ? warning : g_strdup (_("In use"));
}

static const PtColumn shoe_columns[] = {
  { N_("Started"), NUMBER (shoe_started), FALSE, FALSE, NULL, NULL },
  { N_("Shoe"), TEXT (shoe_name), FALSE, FALSE, NULL, NULL },
  { N_("Retired"), NUMBER (shoe_retired), FALSE, FALSE, NULL, NULL },
  /* Translators: %s is the distance unit, km or mi */
  { N_("Distance (%s)"), NULL, NULL, FALSE, TRUE, shoe_distance_text, shoe_distance_number },
  { N_("Status"), NULL, NULL, FALSE, FALSE, shoe_status_text, NULL },
  { N_("Notes"), TEXT (shoe_notes), TRUE, FALSE, NULL, NULL },
};

/* Outcome measures */
DATE_COLUMN (outcome_date, PtOutcome, pt_outcome_get_date)
TEXT_COLUMN (outcome_notes, PtOutcome, pt_outcome_get_notes)

static char *
outcome_measure_text (PtRecord       *record,
                      PtDistanceUnit  unit)
{
  return g_strdup (pt_outcome_get_name (PT_OUTCOME (record)));
}

/* "50 %" for the Foot Function Index, a percentage; "62 of 100" for the
 * others, so that the number is read against its scale. */
static char *
outcome_score_text (PtRecord       *record,
                    PtDistanceUnit  unit)
{
  PtOutcome *outcome = PT_OUTCOME (record);
  PtMeasureScale scale;
  g_autofree char *total = pt_format_number (pt_outcome_get_total (outcome), 1);
  g_autofree char *max = NULL;

  if (total == NULL)
    return NULL;

  pt_outcome_get_scale (outcome, &scale);
  if (scale.percent)
    /* Translators: an outcome score that is a percentage, "50 %" */
    return g_strdup_printf (_("%s %%"), total);

  max = pt_format_number (scale.max, 1);
  if (max == NULL)
    return g_steal_pointer (&total);

  /* Translators: an outcome score and the most it can be, "62 of 100" */
  return g_strdup_printf (_("%s of %s"), total, max);
}

static double
outcome_score_number (PtRecord *record)
{
  return pt_outcome_get_total (PT_OUTCOME (record));
}

static char *
outcome_direction_text (PtRecord       *record,
                        PtDistanceUnit  unit)
{
  PtMeasureScale scale;

  pt_outcome_get_scale (PT_OUTCOME (record), &scale);
  return g_strdup (scale.higher_is_better ? _("Higher is better") : _("Lower is better"));
}

static char *
outcome_condition_text (PtRecord       *record,
                        PtDistanceUnit  unit,
                        gpointer        context)
{
  PtOutcomeTableContext *conditions = context;
  const char *label = NULL;

  if (conditions != NULL && conditions->labels != NULL)
    label = g_hash_table_lookup (conditions->labels,
                                 &(gint64) { pt_outcome_get_condition_id (PT_OUTCOME (record)) });
  return g_strdup (label);
}

static const PtColumn outcome_columns[] = {
  { N_("Date"), NUMBER (outcome_date), FALSE, FALSE, NULL, NULL },
  { N_("Measure"), TEXT (outcome_measure), FALSE, FALSE, NULL, NULL },
  { N_("Score"), NUMBER (outcome_score), FALSE, TRUE, NULL, NULL },
  { N_("Direction"), TEXT (outcome_direction), FALSE, FALSE, NULL, NULL },
  { N_("Condition"), NULL, NULL, FALSE, FALSE, outcome_condition_text, NULL },
  { N_("Notes"), TEXT (outcome_notes), TRUE, FALSE, NULL, NULL },
};

PtOutcomeTableContext *
pt_outcome_table_context_new (GListModel *conditions)
{
  PtOutcomeTableContext *context = g_new0 (PtOutcomeTableContext, 1);

  context->labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; conditions != NULL && i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(PtCondition) condition = g_list_model_get_item (conditions, i);
      g_autofree char *side =
        g_utf8_strdown (pt_side_to_label (pt_condition_get_side (condition)), -1);

      /* Translators: a condition and its side, "Achilles tendinopathy, left" */
      g_hash_table_insert (context->labels,
                           g_memdup2 (&(gint64) { pt_record_get_id (PT_RECORD (condition)) },
                                      sizeof (gint64)),
                           g_strdup_printf (_("%s, %s"),
                                            pt_condition_kind_to_label (pt_condition_get_kind (condition)),
                                            side));
    }

  return context;
}

void
pt_outcome_table_context_free (PtOutcomeTableContext *context)
{
  if (context == NULL)
    return;

  g_clear_pointer (&context->labels, g_hash_table_unref);
  g_free (context);
}

#define COLUMNS_GETTER(name) \
  const PtColumn * \
  pt_##name##_columns (guint *n_columns) \
  { \
    *n_columns = G_N_ELEMENTS (name##_columns); \
    return name##_columns; \
  }

COLUMNS_GETTER (session)
COLUMNS_GETTER (pain_score)
COLUMNS_GETTER (run)
COLUMNS_GETTER (cross_training)
COLUMNS_GETTER (condition)
COLUMNS_GETTER (shoe)
COLUMNS_GETTER (outcome)
