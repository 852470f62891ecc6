/* pt-crash-ops.c: the numbered writes of the crash harness
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-crash-ops.h"
#include "pt-date.h"
#include "pt-test-utils.h"

#define BLOCK 8

static char *
op_date (guint64 n)
{
  return pt_date_add_days ("2020-01-01", (int) (n % 2000));
}

static char *
op_notes (guint64 n)
{
  return g_strdup_printf ("op %" G_GUINT64_FORMAT, n);
}

/* The patient of block @block, or 0 when there is none (any more). */
static gboolean
find_patient (PtStore  *store,
              guint64   block,
              gint64   *id,
              GError  **error)
{
  g_autofree char *number = g_strdup_printf ("CR-%" G_GUINT64_FORMAT, block);
  g_autoptr(PtPatient) patient = NULL;
  GError *local_error = NULL;

  *id = 0;
  patient = pt_store_find_patient (store, number, &local_error);
  if (g_error_matches (local_error, PT_ERROR, PT_ERROR_NOT_FOUND))
    {
      g_clear_error (&local_error);
      return TRUE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  *id = pt_record_get_id (PT_RECORD (patient));
  return TRUE;
}

/* The record of @list whose notes are @notes, or NULL. */
static PtRecord *
find_by_notes (GListModel *list,
               const char *notes)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtRecord) record = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;

      g_object_get (record, "notes", &value, NULL);
      if (g_strcmp0 (value, notes) == 0)
        return g_steal_pointer (&record);
    }

  return NULL;
}

typedef struct
{
  guint64 n;
  gint64  patient;
} OpContext;

/* Block start: a patient, a condition, a session and a pain score. */
static gboolean
add_patient_batch (PtStore   *store,
                   gpointer   user_data,
                   GError   **error)
{
  OpContext *op = user_data;
  g_autofree char *number = g_strdup_printf ("CR-%" G_GUINT64_FORMAT, op->n / BLOCK);
  g_autofree char *name = g_strdup_printf ("Crash Patient %" G_GUINT64_FORMAT, op->n / BLOCK);
  g_autofree char *date = op_date (op->n);
  g_autofree char *notes = op_notes (op->n);
  g_autoptr(PtPatient) patient = pt_test_new_patient (name, number, "1980-05-05");
  g_autoptr(PtCondition) condition = NULL;
  g_autoptr(PtSession) session = NULL;
  g_autoptr(PtPainScore) pain = NULL;
  gint64 patient_id, condition_id;

  pt_patient_set_notes (patient, notes);
  patient_id = pt_store_add_patient (store, patient, error);
  if (patient_id == 0)
    return FALSE;

  condition = pt_test_new_condition (patient_id, "2019-06-01");
  condition_id = pt_store_add_condition (store, condition, error);
  if (condition_id == 0)
    return FALSE;

  session = pt_test_new_session (patient_id, condition_id, date);
  pt_session_set_pain_before (session, (double) (op->n % 21) / 2);
  pain = pt_test_new_pain_score (patient_id, condition_id, date, (double) (op->n % 19) / 2);
  pt_pain_score_set_notes (pain, notes);
  return pt_store_add_session (store, session, error) != 0 &&
         pt_store_add_pain_score (store, pain, error) != 0;
}

/* A run in the block's shoe and cross-training, together. */
static gboolean
add_activity_batch (PtStore   *store,
                    gpointer   user_data,
                    GError   **error)
{
  OpContext *op = user_data;
  g_autofree char *date = op_date (op->n);
  g_autofree char *notes = op_notes (op->n);
  g_autofree char *shoe_name = g_strdup_printf ("Shoe %" G_GUINT64_FORMAT, op->n - 2);
  g_autoptr(GListModel) shoes = pt_store_list_shoes (store, op->patient, error);
  g_autoptr(PtRun) run = pt_test_new_run (op->patient, date, 1000.0 + (double) op->n);
  g_autoptr(PtCrossTraining) cross = pt_test_new_cross_training (op->patient, date,
                                                                 1 + (gint64) (op->n % 120));

  if (shoes == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (shoes); i++)
    {
      g_autoptr(PtShoe) shoe = g_list_model_get_item (shoes, i);

      if (g_str_equal (pt_shoe_get_name (shoe), shoe_name))
        pt_run_set_shoe_id (run, pt_record_get_id (PT_RECORD (shoe)));
    }
  pt_run_set_notes (run, notes);
  pt_cross_training_set_notes (cross, notes);
  return pt_store_add_run (store, run, error) != 0 &&
         pt_store_add_cross_training (store, cross, error) != 0;
}

static gboolean
first_condition (PtStore  *store,
                 gint64    patient,
                 gint64   *id,
                 GError  **error)
{
  g_autoptr(GListModel) conditions = pt_store_list_conditions (store, patient, error);
  g_autoptr(PtCondition) first = NULL;

  if (conditions == NULL)
    return FALSE;
  first = g_list_model_get_item (conditions, 0);
  *id = first != NULL ? pt_record_get_id (PT_RECORD (first)) : 0;
  return TRUE;
}

static gboolean
update_pain (PtStore  *store,
             OpContext *op,
             GError  **error)
{
  g_autofree char *target = op_notes (op->n - 3);
  g_autofree char *notes = op_notes (op->n);
  g_autoptr(GListModel) scores = pt_store_list_pain_scores (store, op->patient, error);
  g_autoptr(PtRecord) score = NULL;

  if (scores == NULL)
    return FALSE;
  score = find_by_notes (scores, target);
  if (score == NULL)
    return TRUE;

  pt_pain_score_set_score (PT_PAIN_SCORE (score), (double) (op->n % 21) / 2);
  pt_pain_score_set_notes (PT_PAIN_SCORE (score), notes);
  return pt_store_update (store, score, error);
}

static gboolean
delete_run (PtStore   *store,
            OpContext *op,
            GError   **error)
{
  g_autofree char *target = op_notes (op->n - 4);
  g_autoptr(GListModel) runs = pt_store_list_runs (store, op->patient, error);
  g_autoptr(PtRecord) run = NULL;

  if (runs == NULL)
    return FALSE;
  run = find_by_notes (runs, target);
  return run == NULL || pt_store_delete (store, run, error);
}

static gboolean
last_of_block (PtStore   *store,
               OpContext *op,
               GError   **error)
{
  guint64 block = op->n / BLOCK;
  g_autoptr(PtPatient) patient = NULL;
  g_autofree char *contact = NULL;
  gint64 previous;

  if (block % 3 == 2)
    {
      if (!find_patient (store, block - 1, &previous, error))
        return FALSE;
      return previous == 0 || pt_store_delete_patient_with_records (store, previous, error);
    }

  patient = pt_store_get_patient (store, op->patient, error);
  if (patient == NULL)
    return FALSE;
  contact = g_strdup_printf ("op %" G_GUINT64_FORMAT "@example.org", op->n);
  pt_patient_set_contact (patient, contact);
  return pt_store_update_patient (store, patient, error);
}

gboolean
pt_crash_op (PtStore  *store,
             guint64   n,
             GError  **error)
{
  OpContext op = { .n = n };
  g_autofree char *date = op_date (n);
  g_autofree char *notes = op_notes (n);
  gint64 condition;

  if (n % BLOCK == 0)
    return pt_store_run_batch (store, add_patient_batch, &op, error);

  if (!find_patient (store, n / BLOCK, &op.patient, error))
    return FALSE;
  if (op.patient == 0)
    return TRUE;

  switch (n % BLOCK)
    {
    case 1:
      {
        g_autoptr(PtPainScore) pain = NULL;

        if (!first_condition (store, op.patient, &condition, error))
          return FALSE;
        pain = pt_test_new_pain_score (op.patient, condition, date, (double) (n % 17) / 2);
        pt_pain_score_set_notes (pain, notes);
        pt_pain_score_set_context (pain, PT_PAIN_CONTEXT_MORNING);
        return pt_store_add_pain_score (store, pain, error) != 0;
      }
    case 2:
      {
        g_autoptr(PtRun) run = pt_test_new_run (op.patient, date, 3000.0 + (double) n);

        pt_run_set_notes (run, notes);
        return pt_store_add_run (store, run, error) != 0;
      }
    case 3:
      {
        g_autofree char *name = g_strdup_printf ("Shoe %" G_GUINT64_FORMAT, n);
        g_autoptr(PtShoe) shoe = pt_test_new_shoe (op.patient, name, "2019-01-01");

        return pt_store_add_shoe (store, shoe, error) != 0;
      }
    case 4:
      return update_pain (store, &op, error);
    case 5:
      return pt_store_run_batch (store, add_activity_batch, &op, error);
    case 6:
      return delete_run (store, &op, error);
    default:
      return last_of_block (store, &op, error);
    }
}
