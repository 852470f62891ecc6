/* pt-store-treatment.c: conditions, treatment sessions and pain scores
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-error.h"
#include "pt-store-private.h"
#include "pt-validate.h"

/* One date of a query with ?1 bound to @id: *@date NULL when none. */
static gboolean
query_date (PtStore     *self,
            const char  *sql,
            gint64       id,
            char       **date,
            GError     **error)
{
  g_autoptr(PtStmt) stmt = pt_store_prepare (self, sql, error);
  int rc;

  *date = NULL;
  if (stmt == NULL)
    return FALSE;

  pt_db_bind_int64 (stmt, 1, id);
  rc = pt_store_step (self, stmt, error);
  if (rc == PT_DB_ROW && !pt_db_column_is_null (stmt, 0))
    *date = g_strdup (pt_db_column_text (stmt, 0));

  return rc != 0;
}

/* A condition is treated after it began: no session before its onset. */
static gboolean
check_onset_before_sessions (PtStore   *self,
                             PtRecord  *record,
                             GError   **error)
{
  const char *onset = pt_condition_get_onset_date (PT_CONDITION (record));
  g_autofree char *first = NULL;

  if (pt_record_get_id (record) <= 0 || onset == NULL)
    return TRUE;
  if (!query_date (self, "SELECT min(date) FROM sessions WHERE condition_id = ?1",
                   pt_record_get_id (record), &first, error))
    return FALSE;

  if (first != NULL && strcmp (onset, first) > 0)
    {
      pt_set_field_error (error, "onset_date",
                          _("Onset %s is after this condition’s first session (%s); a "
                            "condition is treated after it begins"), onset, first);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_session_after_onset (PtStore   *self,
                           PtSession *session,
                           GError   **error)
{
  g_autofree char *onset = NULL;

  if (pt_session_get_condition_id (session) <= 0 || pt_session_get_date (session) == NULL)
    return TRUE;
  if (!query_date (self, "SELECT onset_date FROM conditions WHERE id = ?1",
                   pt_session_get_condition_id (session), &onset, error))
    return FALSE;

  if (onset != NULL && strcmp (pt_session_get_date (session), onset) < 0)
    {
      pt_set_field_error (error, "date",
                          _("Session date %s is before the condition’s onset (%s); check the "
                            "date or the condition"), pt_session_get_date (session), onset);
      return FALSE;
    }

  return TRUE;
}

gboolean
pt_store_validate_condition_record (PtStore   *self,
                                    PtRecord  *record,
                                    GError   **error)
{
  g_autofree char *birth = NULL;

  return pt_store_check_patient (self, record, &birth, error) &&
         pt_validate_not_before_birth (record, "onset_date", birth, error) &&
         check_onset_before_sessions (self, record, error) &&
         pt_store_check_children_stay (self, record,
                                       "SELECT (SELECT count(*) FROM sessions WHERE condition_id = ?1 "
                                       "AND patient_id != ?2) + (SELECT count(*) FROM pain_scores "
                                       "WHERE condition_id = ?1 AND patient_id != ?2)", error);
}

gboolean
pt_store_validate_session_record (PtStore   *self,
                                  PtRecord  *record,
                                  GError   **error)
{
  PtSession *session = PT_SESSION (record);
  const char *next_visit = pt_session_get_next_visit (session);
  double volume = pt_session_get_volume_ml (session);
  g_autofree char *birth = NULL;

  if (pt_has_value (volume) && (volume <= 0 || volume > 100))
    {
      pt_set_field_error (error, "volume_ml",
                          _("Volume must be more than 0 and at most 100 mL (got %g mL)"), volume);
      return FALSE;
    }

  if (next_visit != NULL && strcmp (next_visit, pt_session_get_date (session)) < 0)
    {
      pt_set_field_error (error, "next_visit",
                          _("Next visit %s is before the session date (%s)"),
                          next_visit, pt_session_get_date (session));
      return FALSE;
    }

  return pt_store_check_patient (self, record, &birth, error) &&
         pt_validate_not_before_birth (record, "date", birth, error) &&
         pt_store_check_owned (self, record, "condition_id", error) &&
         check_session_after_onset (self, session, error);
}

gboolean
pt_store_validate_pain_score_record (PtStore   *self,
                                     PtRecord  *record,
                                     GError   **error)
{
  g_autofree char *birth = NULL;

  return pt_store_check_patient (self, record, &birth, error) &&
         pt_validate_not_before_birth (record, "date", birth, error) &&
         pt_store_check_owned (self, record, "condition_id", error);
}

/* A condition with sessions or pain scores cannot be deleted on its own:
 * that would orphan treatment history. */
static gboolean
ensure_condition_unused (PtStore  *self,
                         gint64    id,
                         GError  **error)
{
  gint64 n = pt_store_query_int (self,
                                 "SELECT (SELECT count(*) FROM sessions WHERE condition_id = ?1) + "
                                 "(SELECT count(*) FROM pain_scores WHERE condition_id = ?1) + "
                                 "(SELECT count(*) FROM outcomes WHERE condition_id = ?1) + "
                                 "(SELECT count(*) FROM run_plans WHERE condition_id = ?1)",
                                 id, error);
  if (n < 0)
    return FALSE;

  if (n > 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "This condition has %lld session or pain score; "
                                "delete it first, or mark the condition resolved",
                                "This condition has %lld sessions and pain scores; "
                                "delete them first, or mark the condition resolved",
                                (gulong) n),
                   (long long) n);
      return FALSE;
    }

  return TRUE;
}

gint64
pt_store_add_condition (PtStore  *self,
                        PtCondition *record,
                        GError  **error)
{
  g_return_val_if_fail (PT_IS_CONDITION (record), 0);

  return pt_store_add_checked (self, PT_RECORD (record), pt_store_validate_condition_record, error);
}

gboolean
pt_store_update_condition (PtStore  *self,
                           PtCondition *record,
                           GError  **error)
{
  g_return_val_if_fail (PT_IS_CONDITION (record), FALSE);

  return pt_store_update_checked (self, PT_RECORD (record), pt_store_validate_condition_record, error);
}

PtCondition *
pt_store_get_condition (PtStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_CONDITION (pt_store_load_record (self, PT_TYPE_CONDITION, id, error));
}

gboolean
pt_store_delete_condition (PtStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_store_delete_checked (self, PT_TYPE_CONDITION, id, ensure_condition_unused, error);
}

GListModel *
pt_store_list_conditions (PtStore  *self,
                          gint64    patient_id,
                          GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_CONDITION, "patient_id", patient_id, error);
}

gint64
pt_store_add_session (PtStore  *self,
                      PtSession *record,
                      GError  **error)
{
  g_return_val_if_fail (PT_IS_SESSION (record), 0);

  return pt_store_add_checked (self, PT_RECORD (record), pt_store_validate_session_record, error);
}

gboolean
pt_store_update_session (PtStore  *self,
                         PtSession *record,
                         GError  **error)
{
  g_return_val_if_fail (PT_IS_SESSION (record), FALSE);

  return pt_store_update_checked (self, PT_RECORD (record), pt_store_validate_session_record, error);
}

PtSession *
pt_store_get_session (PtStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_SESSION (pt_store_load_record (self, PT_TYPE_SESSION, id, error));
}

gboolean
pt_store_delete_session (PtStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_store_delete_checked (self, PT_TYPE_SESSION, id, NULL, error);
}

GListModel *
pt_store_list_sessions (PtStore  *self,
                        gint64    patient_id,
                        GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_SESSION, "patient_id", patient_id, error);
}

gint64
pt_store_add_pain_score (PtStore  *self,
                         PtPainScore *record,
                         GError  **error)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (record), 0);

  return pt_store_add_checked (self, PT_RECORD (record), pt_store_validate_pain_score_record, error);
}

gboolean
pt_store_update_pain_score (PtStore  *self,
                            PtPainScore *record,
                            GError  **error)
{
  g_return_val_if_fail (PT_IS_PAIN_SCORE (record), FALSE);

  return pt_store_update_checked (self, PT_RECORD (record), pt_store_validate_pain_score_record, error);
}

PtPainScore *
pt_store_get_pain_score (PtStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_PAIN_SCORE (pt_store_load_record (self, PT_TYPE_PAIN_SCORE, id, error));
}

gboolean
pt_store_delete_pain_score (PtStore  *self,
                            gint64    id,
                            GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_store_delete_checked (self, PT_TYPE_PAIN_SCORE, id, NULL, error);
}

GListModel *
pt_store_list_pain_scores (PtStore  *self,
                           gint64    patient_id,
                           GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_PAIN_SCORE, "patient_id", patient_id, error);
}
