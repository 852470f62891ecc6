/* pt-store-activity.c: shoes, runs and cross-training
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-error.h"
#include "pt-format.h"
#include "pt-store-private.h"
#include "pt-units.h"
#include "pt-validate.h"

#define MAX_RUN_METRES 500000.0  /* 500 km: more is a typing mistake */
#define MAX_RUN_SECONDS (48 * 3600)
#define MIN_RUN_METRES 10.0      /* 0.01 km, the smallest step the forms show */
/* 12.5 m/s (45 km/h, 1:20 per km) is faster than any sprinter's average
 * over 100 m (Bolt's 9.58 s is 10.4 m/s): a run that fast is a typing
 * mistake in the distance or the duration. */
#define MAX_RUN_METRES_PER_SECOND 12.5

gboolean
pt_store_validate_shoe_record (PtStore   *self,
                               PtRecord  *record,
                               GError   **error)
{
  PtShoe *shoe = PT_SHOE (record);
  const char *retired = pt_shoe_get_retired (shoe);
  g_autofree char *birth = NULL;

  if (retired != NULL && strcmp (retired, pt_shoe_get_started (shoe)) < 0)
    {
      pt_set_field_error (error, "retired",
                          _("Date retired %s is before the date started (%s)"),
                          retired, pt_shoe_get_started (shoe));
      return FALSE;
    }

  return pt_store_check_patient (self, record, &birth, error) &&
         pt_validate_not_before_birth (record, "started", birth, error) &&
         pt_store_check_children_stay (self, record,
                                       "SELECT count(*) FROM runs WHERE shoe_id = ?1 "
                                       "AND patient_id != ?2", error);
}

gboolean
pt_store_validate_run_record (PtStore   *self,
                              PtRecord  *record,
                              GError   **error)
{
  PtRun *run = PT_RUN (record);
  double metres = pt_run_get_distance_m (run);
  gint64 seconds = pt_run_get_duration_s (run);
  g_autofree char *birth = NULL;

  if (metres > 0 && metres < MIN_RUN_METRES)
    {
      pt_set_field_error (error, "distance_m",
                          _("Distance must be at least 0.01 km (10 m); check the distance"));
      return FALSE;
    }

  if (metres <= 0 || metres > MAX_RUN_METRES)
    {
      /* Nine decimals: 500.0004 km must not read as the limit itself. */
      g_autofree char *km = pt_format_number (pt_distance_from_metres (metres, PT_DISTANCE_UNIT_KM),
                                              9);

      pt_set_field_error (error, "distance_m",
                          _("Distance must be more than 0 and at most 500 km (got %s km)"), km);
      return FALSE;
    }

  if (seconds != PT_NO_INT && (seconds < 1 || seconds > MAX_RUN_SECONDS))
    {
      /* Exact to the second, so a value just over the limit does not read
       * like the limit itself. */
      g_autofree char *shown = pt_format_duration_hms (seconds);

      pt_set_field_error (error, "duration_s",
                          _("Duration must be between 1 second and 48 hours (got %s, "
                            "hours:minutes:seconds)"), shown);
      return FALSE;
    }

  if (seconds != PT_NO_INT && metres / (double) seconds > MAX_RUN_METRES_PER_SECOND)
    {
      g_autofree char *km = pt_format_distance_with_unit (metres, PT_DISTANCE_UNIT_KM);
      g_autofree char *shown = pt_format_duration_hms (seconds);

      pt_set_field_error (error, "duration_s",
                          _("%s in %s is faster than anyone runs (more than 45 km/h); check "
                            "the distance and the duration"), km, shown);
      return FALSE;
    }

  return pt_store_check_patient (self, record, &birth, error) &&
         pt_validate_not_before_birth (record, "date", birth, error) &&
         pt_store_check_owned (self, record, "shoe_id", error);
}

gboolean
pt_store_validate_cross_training_record (PtStore   *self,
                                         PtRecord  *record,
                                         GError   **error)
{
  g_autofree char *birth = NULL;

  return pt_store_check_patient (self, record, &birth, error) &&
         pt_validate_not_before_birth (record, "date", birth, error);
}

static gboolean
ensure_shoe_unused (PtStore  *self,
                    gint64    id,
                    GError  **error)
{
  gint64 n = pt_store_query_int (self, "SELECT count(*) FROM runs WHERE shoe_id = ?", id, error);

  if (n < 0)
    return FALSE;

  if (n > 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%lld run was logged in this shoe; retire the "
                                "shoe instead of deleting it",
                                "%lld runs were logged in this shoe; retire the "
                                "shoe instead of deleting it",
                                (gulong) n),
                   (long long) n);
      return FALSE;
    }

  return TRUE;
}

double
pt_store_get_shoe_distance (PtStore  *self,
                            gint64    shoe_id,
                            GError  **error)
{
  g_autoptr(PtStmt) stmt = NULL;

  g_return_val_if_fail (PT_IS_STORE (self), -1);

  stmt = pt_store_prepare (self, "SELECT total(distance_m) FROM runs WHERE shoe_id = ?", error);
  if (stmt == NULL)
    return -1;

  pt_db_bind_int64 (stmt, 1, shoe_id);
  if (!pt_store_step_row (self, stmt, error))
    return -1;

  return pt_db_column_double (stmt, 0);
}

/* One query for all of a patient's shoes, rather than one per shoe. */
GHashTable *
pt_store_list_shoe_distances (PtStore  *self,
                              gint64    patient_id,
                              GError  **error)
{
  g_autoptr(PtStmt) stmt = NULL;
  g_autoptr(GHashTable) distances = NULL;
  int rc;

  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  stmt = pt_store_prepare (self,
                           "SELECT shoe_id, total(distance_m) FROM runs "
                           "WHERE patient_id = ? AND shoe_id IS NOT NULL GROUP BY shoe_id",
                           error);
  if (stmt == NULL)
    return NULL;

  distances = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  pt_db_bind_int64 (stmt, 1, patient_id);
  while ((rc = pt_store_step (self, stmt, error)) == PT_DB_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      double *metres = g_new (double, 1);

      *id = pt_db_column_int64 (stmt, 0);
      *metres = pt_db_column_double (stmt, 1);
      g_hash_table_insert (distances, id, metres);
    }

  if (rc != PT_DB_DONE)
    return NULL;

  return g_steal_pointer (&distances);
}

double
pt_shoe_distances_lookup (GHashTable *distances,
                          gint64      shoe_id)
{
  double *metres;

  if (distances == NULL)
    return 0;

  metres = g_hash_table_lookup (distances, &shoe_id);
  return metres != NULL ? *metres : 0;
}

gint64
pt_store_add_shoe (PtStore  *self,
                   PtShoe *record,
                   GError  **error)
{
  g_return_val_if_fail (PT_IS_SHOE (record), 0);

  return pt_store_add_checked (self, PT_RECORD (record), pt_store_validate_shoe_record, error);
}

gboolean
pt_store_update_shoe (PtStore  *self,
                      PtShoe *record,
                      GError  **error)
{
  g_return_val_if_fail (PT_IS_SHOE (record), FALSE);

  return pt_store_update_checked (self, PT_RECORD (record), pt_store_validate_shoe_record, error);
}

PtShoe *
pt_store_get_shoe (PtStore  *self,
                   gint64    id,
                   GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_SHOE (pt_store_load_record (self, PT_TYPE_SHOE, id, error));
}

gboolean
pt_store_delete_shoe (PtStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_store_delete_checked (self, PT_TYPE_SHOE, id, ensure_shoe_unused, error);
}

GListModel *
pt_store_list_shoes (PtStore  *self,
                     gint64    patient_id,
                     GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_SHOE, "patient_id", patient_id, error);
}

gint64
pt_store_add_run (PtStore  *self,
                  PtRun *record,
                  GError  **error)
{
  g_return_val_if_fail (PT_IS_RUN (record), 0);

  return pt_store_add_checked (self, PT_RECORD (record), pt_store_validate_run_record, error);
}

gboolean
pt_store_update_run (PtStore  *self,
                     PtRun *record,
                     GError  **error)
{
  g_return_val_if_fail (PT_IS_RUN (record), FALSE);

  return pt_store_update_checked (self, PT_RECORD (record), pt_store_validate_run_record, error);
}

PtRun *
pt_store_get_run (PtStore  *self,
                  gint64    id,
                  GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_RUN (pt_store_load_record (self, PT_TYPE_RUN, id, error));
}

gboolean
pt_store_delete_run (PtStore  *self,
                     gint64    id,
                     GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_store_delete_checked (self, PT_TYPE_RUN, id, NULL, error);
}

GListModel *
pt_store_list_runs (PtStore  *self,
                    gint64    patient_id,
                    GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_RUN, "patient_id", patient_id, error);
}

gint64
pt_store_add_cross_training (PtStore  *self,
                             PtCrossTraining *record,
                             GError  **error)
{
  g_return_val_if_fail (PT_IS_CROSS_TRAINING (record), 0);

  return pt_store_add_checked (self, PT_RECORD (record), pt_store_validate_cross_training_record, error);
}

gboolean
pt_store_update_cross_training (PtStore  *self,
                                PtCrossTraining *record,
                                GError  **error)
{
  g_return_val_if_fail (PT_IS_CROSS_TRAINING (record), FALSE);

  return pt_store_update_checked (self, PT_RECORD (record), pt_store_validate_cross_training_record, error);
}

PtCrossTraining *
pt_store_get_cross_training (PtStore  *self,
                             gint64    id,
                             GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_CROSS_TRAINING (pt_store_load_record (self, PT_TYPE_CROSS_TRAINING, id, error));
}

gboolean
pt_store_delete_cross_training (PtStore  *self,
                                gint64    id,
                                GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_store_delete_checked (self, PT_TYPE_CROSS_TRAINING, id, NULL, error);
}

GListModel *
pt_store_list_cross_training (PtStore  *self,
                              gint64    patient_id,
                              GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_CROSS_TRAINING, "patient_id", patient_id, error);
}
