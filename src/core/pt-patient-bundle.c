/* pt-patient-bundle.c: one patient's records and their analysis, loaded once
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-date.h"
#include "pt-error.h"
#include "pt-patient-bundle.h"
#include "pt-store.h"
#include "pt-store-private.h"

/* The record lists, in the order of pt_patient_bundle_get_records' types. */
enum {
  LIST_CONDITIONS,
  LIST_SESSIONS,
  LIST_PAIN_SCORES,
  LIST_RUNS,
  LIST_CROSS_TRAINING,
  LIST_SHOES,
  LIST_OUTCOMES,
  LIST_RUN_PLANS,
  N_LISTS
};

struct _PtPatientBundle
{
  gatomicrefcount  ref_count;
  PtPatient       *patient;
  GListModel      *lists[N_LISTS];
  GHashTable      *shoe_distances;   /* NULL when made by hand */
  PtCondition     *condition;
  gint64           condition_id;     /* what the recovery is of; 0: every condition */
  PtRecovery      *recovery;
  PtOutcomeSeries *outcomes;         /* of the condition followed */
  char            *today;
  GDateWeekday     week_start;
};

static int
list_index (GType record_type)
{
  if (record_type == PT_TYPE_CONDITION)
    return LIST_CONDITIONS;
  if (record_type == PT_TYPE_SESSION)
    return LIST_SESSIONS;
  if (record_type == PT_TYPE_PAIN_SCORE)
    return LIST_PAIN_SCORES;
  if (record_type == PT_TYPE_RUN)
    return LIST_RUNS;
  if (record_type == PT_TYPE_CROSS_TRAINING)
    return LIST_CROSS_TRAINING;
  if (record_type == PT_TYPE_SHOE)
    return LIST_SHOES;
  if (record_type == PT_TYPE_OUTCOME)
    return LIST_OUTCOMES;
  if (record_type == PT_TYPE_RUN_PLAN)
    return LIST_RUN_PLANS;
  return -1;
}

static PtCondition *
find_condition (GListModel *conditions,
                gint64      condition_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(PtCondition) condition = g_list_model_get_item (conditions, i);

      if (pt_record_get_id (PT_RECORD (condition)) == condition_id)
        return g_steal_pointer (&condition);
    }
  return NULL;
}

/* Fills in the condition and the recovery; the lists are set. */
static void
analyse (PtPatientBundle *self,
         gint64           condition_id)
{
  if (condition_id == PT_MAIN_CONDITION)
    self->condition = pt_analysis_main_condition (self->lists[LIST_CONDITIONS]);
  else if (condition_id > 0)
    self->condition = find_condition (self->lists[LIST_CONDITIONS], condition_id);

  /* A bundle made by hand may name a condition it has no record of. */
  if (self->condition != NULL)
    self->condition_id = pt_record_get_id (PT_RECORD (self->condition));
  else
    self->condition_id = MAX (condition_id, 0);

  self->recovery = pt_recovery_compute (self->lists[LIST_PAIN_SCORES],
                                        self->lists[LIST_SESSIONS],
                                        self->lists[LIST_RUNS],
                                        self->lists[LIST_CROSS_TRAINING],
                                        self->condition_id,
                                        self->today, self->week_start);
  self->outcomes = pt_outcome_series_new (self->lists[LIST_OUTCOMES], self->condition_id,
                                          self->recovery->first_session);
}

static PtPatientBundle *
bundle_alloc (GDateWeekday  week_start,
              const char   *today)
{
  PtPatientBundle *self = g_new0 (PtPatientBundle, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->week_start = week_start;
  self->today = today != NULL ? g_strdup (today) : pt_date_today_string ();
  return self;
}

PtPatientBundle *
pt_patient_bundle_new (PtPatient    *patient,
                       GListModel   *conditions,
                       GListModel   *sessions,
                       GListModel   *pain_scores,
                       GListModel   *runs,
                       GListModel   *cross_training,
                       GListModel   *shoes,
                       gint64        condition_id,
                       GDateWeekday  week_start,
                       const char   *today)
{
  GListModel *given[N_LISTS] = { conditions, sessions, pain_scores, runs, cross_training, shoes,
                                 NULL, NULL };
  PtPatientBundle *self;

  g_return_val_if_fail (patient == NULL || PT_IS_PATIENT (patient), NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);
  g_return_val_if_fail (condition_id >= PT_MAIN_CONDITION, NULL);

  self = bundle_alloc (week_start, today);
  self->patient = patient != NULL ? g_object_ref (patient) : NULL;
  for (guint i = 0; i < N_LISTS; i++)
    self->lists[i] = given[i] != NULL ? g_object_ref (given[i])
                                      : G_LIST_MODEL (g_list_store_new (PT_TYPE_RECORD));
  analyse (self, condition_id);
  return self;
}

static gboolean
load_lists (PtPatientBundle  *self,
            PtStore          *store,
            gint64            patient_id,
            GError          **error)
{
  if (!(self->patient = pt_store_get_patient (store, patient_id, error)) ||
      !(self->lists[LIST_CONDITIONS] = pt_store_list_conditions (store, patient_id, error)) ||
      !(self->lists[LIST_SESSIONS] = pt_store_list_sessions (store, patient_id, error)) ||
      !(self->lists[LIST_PAIN_SCORES] = pt_store_list_pain_scores (store, patient_id, error)) ||
      !(self->lists[LIST_RUNS] = pt_store_list_runs (store, patient_id, error)) ||
      !(self->lists[LIST_CROSS_TRAINING] = pt_store_list_cross_training (store, patient_id,
                                                                         error)) ||
      !(self->lists[LIST_SHOES] = pt_store_list_shoes (store, patient_id, error)) ||
      !(self->lists[LIST_OUTCOMES] = pt_store_list_outcomes (store, patient_id, error)) ||
      !(self->lists[LIST_RUN_PLANS] = pt_store_list_run_plans (store, patient_id, error)) ||
      !(self->shoe_distances = pt_store_list_shoe_distances (store, patient_id, error)))
    return FALSE;
  return TRUE;
}

PtPatientBundle *
pt_patient_bundle_load (PtStore       *store,
                        gint64         patient_id,
                        gint64         condition_id,
                        GDateWeekday   week_start,
                        const char    *today,
                        GError       **error)
{
  g_autoptr(PtPatientBundle) self = NULL;
  GDate parsed;
  gboolean loaded;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);
  g_return_val_if_fail (condition_id >= PT_MAIN_CONDITION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (today != NULL && !pt_date_parse (today, &parsed))
    {
      pt_set_field_error (error, "date", _("“%s” is not a date; use YYYY-MM-DD"), today);
      return NULL;
    }

  self = bundle_alloc (week_start, today);

  /* One snapshot: a write by another program between two of the lists
   * would otherwise give, say, a session without its condition. */
  if (!pt_store_begin_read (store, error))
    return NULL;
  loaded = load_lists (self, store, patient_id, error);
  pt_store_rollback (store);
  if (!loaded)
    return NULL;

  analyse (self, condition_id);
  if (condition_id > 0 && self->condition == NULL)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_NOT_FOUND,
                   _("Condition %lld is not one of %s’s"), (long long) condition_id,
                   pt_patient_get_name (self->patient));
      return NULL;
    }

  return g_steal_pointer (&self);
}

PtPatientBundle *
pt_patient_bundle_ref (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pt_patient_bundle_unref (PtPatientBundle *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_object (&self->patient);
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_object (&self->lists[i]);
  g_clear_pointer (&self->shoe_distances, g_hash_table_unref);
  g_clear_object (&self->condition);
  g_clear_pointer (&self->recovery, pt_recovery_free);
  g_clear_pointer (&self->outcomes, pt_outcome_series_free);
  g_free (self->today);
  g_free (self);
}

PtPatient *
pt_patient_bundle_get_patient (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->patient;
}

gint64
pt_patient_bundle_get_patient_id (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->patient != NULL ? pt_record_get_id (PT_RECORD (self->patient)) : 0;
}

PtCondition *
pt_patient_bundle_get_condition (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->condition;
}

gint64
pt_patient_bundle_get_condition_id (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->condition_id;
}

const PtRecovery *
pt_patient_bundle_get_recovery (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->recovery;
}

const char *
pt_patient_bundle_get_today (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->today;
}

GDateWeekday
pt_patient_bundle_get_week_start (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, G_DATE_MONDAY);

  return self->week_start;
}

GListModel *
pt_patient_bundle_get_records (PtPatientBundle *self,
                               GType            record_type)
{
  int index = list_index (record_type);

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index >= 0, NULL);

  return self->lists[index];
}

double
pt_patient_bundle_get_shoe_distance (PtPatientBundle *self,
                                     gint64           shoe_id)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->shoe_distances != NULL ? pt_shoe_distances_lookup (self->shoe_distances, shoe_id)
                                      : 0;
}

GHashTable *
pt_patient_bundle_ref_shoe_distances (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->shoe_distances != NULL ? g_hash_table_ref (self->shoe_distances) : NULL;
}

const PtOutcomeSeries *
pt_patient_bundle_get_outcome_series (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->outcomes;
}

const PtOutcomeMeasure *
pt_patient_bundle_get_primary_outcome (PtPatientBundle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return pt_outcome_series_get_primary (self->outcomes,
                                        self->condition != NULL
                                          ? pt_condition_get_kind (self->condition)
                                          : PT_CONDITION_KIND_OTHER);
}

PtRunPlan *
pt_patient_bundle_get_run_plan (PtPatientBundle *self)
{
  GListModel *plans;
  guint n;
  g_autoptr(PtRunPlan) plan = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  plans = self->lists[LIST_RUN_PLANS];
  n = g_list_model_get_n_items (plans);
  if (n == 0)
    return NULL;
  /* The list is by start date then id: the last is the plan in force. The
   * list holds a reference, so the pointer stays valid with the bundle. */
  plan = g_list_model_get_item (plans, n - 1);
  return plan;
}

PtPlanProgress *
pt_patient_bundle_evaluate_plan (PtPatientBundle *self,
                                 PtDistanceUnit   unit)
{
  PtRunPlan *run_plan;
  g_autoptr(PtPlan) plan = NULL;
  PtPlanRule rule;

  g_return_val_if_fail (self != NULL, NULL);

  run_plan = pt_patient_bundle_get_run_plan (self);
  if (run_plan == NULL || !(plan = pt_run_plan_get_plan (run_plan, NULL)))
    return NULL;
  pt_run_plan_get_rule (run_plan, &rule);
  return pt_plan_evaluate (plan, &rule, self->lists[LIST_RUNS], self->lists[LIST_PAIN_SCORES],
                           pt_run_plan_get_condition_id (run_plan), unit);
}
