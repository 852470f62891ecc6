/* pt-store-patients.c: patients, their archive flag and their deletion
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

/* Every table holding a patient's records, children before parents, with
 * the date column that must not be earlier than the date of birth. */
static const struct {
  const char *table;
  const char *date_column;
} patient_tables[] = {
  { "sessions", "date" },
  { "pain_scores", "date" },
  { "runs", "date" },
  { "cross_training", "date" },
  { "outcomes", "date" },
  { "run_plans", "start_date" },
  { "shoes", "started" },
  { "conditions", "onset_date" },
};

static gboolean
check_record_number_free (PtStore    *self,
                          PtPatient  *patient,
                          GError    **error)
{
  g_autoptr(PtStmt) stmt = pt_store_prepare (self,
                                             "SELECT name, record_number FROM patients "
                                             "WHERE record_number = ? COLLATE NOCASE AND id != ?",
                                             error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  pt_db_bind_text_static (stmt, 1, pt_patient_get_record_number (patient));
  pt_db_bind_int64 (stmt, 2, pt_record_get_id (PT_RECORD (patient)));
  rc = pt_store_step (self, stmt, error);
  if (rc == 0)
    return FALSE;

  if (rc == PT_DB_ROW)
    {
      /* "pt-0001" beside "PT-0001" would be read as the same number. */
      const char *taken = pt_db_column_text (stmt, 1);

      if (g_strcmp0 (taken, pt_patient_get_record_number (patient)) == 0)
        pt_set_field_error_code (error, PT_ERROR_DUPLICATE, "record_number",
                                 _("Record number “%s” is already used by %s"),
                                 pt_patient_get_record_number (patient),
                                 pt_db_column_text (stmt, 0));
      else
        pt_set_field_error_code (error, PT_ERROR_DUPLICATE, "record_number",
                                 _("Record number “%s” differs only in capitals from “%s”, "
                                   "used by %s"),
                                 pt_patient_get_record_number (patient), taken,
                                 pt_db_column_text (stmt, 0));
      return FALSE;
    }

  return TRUE;
}

/* On update: no record of the patient may be dated before the new birth date. */
static gboolean
check_birth_before_records (PtStore    *self,
                            PtPatient  *patient,
                            GError    **error)
{
  gint64 id = pt_record_get_id (PT_RECORD (patient));
  const char *birth = pt_patient_get_date_of_birth (patient);

  for (guint i = 0; id > 0 && i < G_N_ELEMENTS (patient_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT min(%s) FROM %s WHERE patient_id = ?",
                                              patient_tables[i].date_column,
                                              patient_tables[i].table);
      g_autoptr(PtStmt) stmt = pt_store_prepare (self, sql, error);
      const char *earliest;

      if (stmt == NULL)
        return FALSE;

      pt_db_bind_int64 (stmt, 1, id);
      if (!pt_store_step_row (self, stmt, error))
        return FALSE;

      earliest = pt_db_column_text (stmt, 0);
      if (earliest != NULL && strcmp (earliest, birth) < 0)
        {
          pt_set_field_error (error, "date_of_birth",
                              _("Date of birth %s is after this patient’s record of %s"),
                              birth, earliest);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
pt_store_validate_patient_record (PtStore   *self,
                                  PtRecord  *record,
                                  GError   **error)
{
  PtPatient *patient = PT_PATIENT (record);

  return check_record_number_free (self, patient, error) &&
         check_birth_before_records (self, patient, error);
}

gint64
pt_store_add_patient (PtStore    *self,
                      PtPatient  *patient,
                      GError    **error)
{
  g_return_val_if_fail (PT_IS_PATIENT (patient), 0);

  return pt_store_add_checked (self, PT_RECORD (patient), pt_store_validate_patient_record, error);
}

gboolean
pt_store_update_patient (PtStore    *self,
                         PtPatient  *patient,
                         GError    **error)
{
  g_return_val_if_fail (PT_IS_PATIENT (patient), FALSE);

  return pt_store_update_checked (self, PT_RECORD (patient), pt_store_validate_patient_record, error);
}

PtPatient *
pt_store_get_patient (PtStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return PT_PATIENT (pt_store_load_record (self, PT_TYPE_PATIENT, id, error));
}

static gint64
record_number_owner (PtStore     *self,
                     const char  *record_number,
                     GError     **error)
{
  g_autoptr(PtStmt) stmt = pt_store_prepare (self, "SELECT id FROM patients WHERE record_number = ?",
                                             error);
  int rc;

  if (stmt == NULL)
    return -1;

  pt_db_bind_text (stmt, 1, record_number);
  rc = pt_store_step (self, stmt, error);
  if (rc == 0)
    return -1;

  return rc == PT_DB_ROW ? pt_db_column_int64 (stmt, 0) : 0;
}

/**
 * pt_store_find_patient:
 * @id_or_record_number: "12" (an id) or "PT-0012" (a record number)
 *
 * Digits alone are an id, never a record number: a record number made of
 * digits is found with pt_store_find_patient_by_record_number(). When the
 * digits are one patient's id and another's record number, nothing is
 * chosen (PT_ERROR_INVALID about "patient"), and when they are no id but a
 * record number, the error says so: a record never goes to a patient the
 * person did not mean. Record numbers match exactly (case included).
 */
PtPatient *
pt_store_find_patient (PtStore     *self,
                       const char  *id_or_record_number,
                       GError     **error)
{
  g_autofree char *key = NULL;
  guint64 id = 0;
  gint64 owner;

  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  key = g_strdup (id_or_record_number ? id_or_record_number : "");
  if (*key == '\0')
    {
      pt_set_field_error_code (error, PT_ERROR_NOT_FOUND, "patient", _("No patient was given"));
      return NULL;
    }

  if (!g_ascii_string_to_unsigned (key, 10, 1, G_MAXINT64, &id, NULL))
    return pt_store_find_patient_by_record_number (self, key, error);

  owner = record_number_owner (self, key, error);
  if (owner < 0)
    return NULL;

  if (owner > 0 && owner != (gint64) id)
    {
      g_autoptr(PtPatient) by_id = pt_store_get_patient (self, (gint64) id, NULL);
      g_autoptr(PtPatient) by_number = pt_store_get_patient (self, owner, NULL);

      if (by_id != NULL)
        pt_set_field_error (error, "patient",
                            _("“%s” is the id of %s (record number %s) and the record number of "
                              "%s (id %lld); say which is meant"),
                            key, pt_patient_get_name (by_id), pt_patient_get_record_number (by_id),
                            by_number ? pt_patient_get_name (by_number) : "?", (long long) owner);
      else
        pt_set_field_error_code (error, PT_ERROR_NOT_FOUND, "patient",
                                 _("There is no patient with id %s; “%s” is the record number of "
                                   "%s (id %lld)"),
                                 key, key, by_number ? pt_patient_get_name (by_number) : "?",
                                 (long long) owner);
      return NULL;
    }

  return pt_store_get_patient (self, (gint64) id, error);
}

PtPatient *
pt_store_find_patient_by_record_number (PtStore     *self,
                                        const char  *record_number,
                                        GError     **error)
{
  gint64 owner;

  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  owner = record_number_owner (self, record_number ? record_number : "", error);
  if (owner < 0)
    return NULL;

  if (owner == 0)
    {
      pt_set_field_error_code (error, PT_ERROR_NOT_FOUND, "patient",
                               _("There is no patient with record number “%s”"),
                               record_number ? record_number : "");
      return NULL;
    }

  return pt_store_get_patient (self, owner, error);
}

/* "PT-0014" -> prefix length 3, number 14, 4 digits. FALSE when the text
 * does not end in digits or the number is too large to increment. */
static gboolean
split_record_number (const char *text,
                     gsize      *prefix_len,
                     guint64    *number,
                     guint      *n_digits)
{
  gsize len = strlen (text), start = len;

  while (start > 0 && g_ascii_isdigit (text[start - 1]))
    start--;
  if (start == len || len - start > 18)
    return FALSE;

  *prefix_len = start;
  *n_digits = (guint) (len - start);
  *number = g_ascii_strtoull (text + start, NULL, 10);
  return TRUE;
}

char *
pt_store_suggest_record_number (PtStore  *self,
                                GError  **error)
{
  g_autoptr(PtStmt) stmt = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *prefix = g_strdup ("PT-");
  guint64 best = 0;
  guint digits = 4;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  stmt = pt_store_prepare (self, "SELECT record_number FROM patients", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = pt_store_step (self, stmt, error)) == PT_DB_ROW)
    {
      const char *text = pt_db_column_text (stmt, 0);
      gsize prefix_len;
      guint64 number;
      guint n_digits;

      g_hash_table_add (taken, g_strdup (text));
      if (!split_record_number (text, &prefix_len, &number, &n_digits))
        continue;
      /* The highest number; of equal ones, the longer padding. */
      if (!found || number > best || (number == best && n_digits > digits))
        {
          g_free (prefix);
          prefix = g_strndup (text, prefix_len);
          best = number, digits = n_digits, found = TRUE;
        }
    }
  if (rc == 0)
    return NULL;

  for (guint64 next = best + 1; ; next++)
    {
      char *candidate = g_strdup_printf ("%s%0*" G_GUINT64_FORMAT, prefix, (int) digits, next);

      if (!g_hash_table_contains (taken, candidate))
        return candidate;
      g_free (candidate);
    }
}

GListModel *
pt_store_list_patients (PtStore   *self,
                        gboolean   include_archived,
                        GError   **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  return pt_store_load_records (self, PT_TYPE_PATIENT, include_archived ? NULL : "archived",
                                FALSE, error);
}

gboolean
pt_store_set_patient_archived (PtStore   *self,
                               gint64     id,
                               gboolean   archived,
                               GError   **error)
{
  g_autoptr(PtPatient) patient = NULL;

  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  patient = pt_store_get_patient (self, id, error);
  if (patient == NULL)
    return FALSE;

  pt_patient_set_archived (patient, archived);
  return pt_store_update_patient (self, patient, error);
}

static gint64
count_patient_records (PtStore  *self,
                       gint64    id,
                       GError  **error)
{
  gint64 total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (patient_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE patient_id = ?",
                                              patient_tables[i].table);
      gint64 n = pt_store_query_int (self, sql, id, error);

      if (n < 0)
        return -1;
      total += n;
    }

  return total;
}

static gboolean
delete_patient (PtStore   *self,
                gint64     id,
                gboolean   with_records,
                GError   **error)
{
  gint64 n_records;

  n_records = count_patient_records (self, id, error);
  if (n_records < 0)
    return FALSE;

  if (n_records > 0 && !with_records)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "This patient has %lld record; archive the "
                                "patient instead, or delete the patient together with their "
                                "records",
                                "This patient has %lld records; archive the "
                                "patient instead, or delete the patient together with their "
                                "records",
                                (gulong) n_records),
                   (long long) n_records);
      return FALSE;
    }

  for (guint i = 0; n_records > 0 && i < G_N_ELEMENTS (patient_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE patient_id = ?",
                                              patient_tables[i].table);
      g_autoptr(PtStmt) stmt = pt_store_prepare (self, sql, error);

      if (stmt == NULL)
        return FALSE;

      pt_db_bind_int64 (stmt, 1, id);
      if (pt_store_step (self, stmt, error) == 0)
        return FALSE;
    }

  return pt_store_delete_record (self, PT_TYPE_PATIENT, id, error);
}

static gboolean
delete_patient_in_transaction (PtStore   *self,
                               gint64     id,
                               gboolean   with_records,
                               GError   **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  if (!pt_store_begin (self, error))
    return FALSE;

  pt_store_want_checkpoint (self);
  if (!delete_patient (self, id, with_records, error))
    {
      pt_store_rollback (self);
      return FALSE;
    }

  return pt_store_commit (self, error);
}

gboolean
pt_store_delete_patient (PtStore  *self,
                         gint64    id,
                         GError  **error)
{
  return delete_patient_in_transaction (self, id, FALSE, error);
}

gboolean
pt_store_delete_patient_with_records (PtStore  *self,
                                      gint64    id,
                                      GError  **error)
{
  return delete_patient_in_transaction (self, id, TRUE, error);
}

/**
 * pt_store_list_patient_overviews:
 *
 * One query for the whole list: each patient with the latest active
 * condition, the number of sessions, the latest pain, the last visit and
 * the next one booked,
 * sorted by name. Those come from patient_summaries, which the schema's
 * triggers keep up to date (pt-schema.c, migration 2), so the list is one
 * walk of the patients_name index with a lookup by id in the summaries and
 * the conditions for each patient.
 */
GListModel *
pt_store_list_patient_overviews (PtStore   *self,
                                 gboolean   include_archived,
                                 GError   **error)
{
  g_autoptr(GListStore) list = g_list_store_new (PT_TYPE_PATIENT_OVERVIEW);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PtStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PT_IS_STORE (self), NULL);

  /* LEFT JOIN: every patient has a summary row (a trigger writes it with
   * the patient), but should one ever be missing the patient must still be
   * listed. The ORDER BY matches patients_name (name COLLATE NOCASE, then
   * the rowid), so SQLite walks that index and sorts nothing. */
  stmt = pt_store_prepare (self,
    "SELECT p.id, p.name, p.record_number, p.archived, c.kind, c.side,"
    " s.session_count, s.latest_pain, s.last_visit, p.date_of_birth, s.next_visit"
    " FROM patients p"
    " LEFT JOIN patient_summaries s ON s.patient_id = p.id"
    " LEFT JOIN conditions c ON c.id = s.active_condition_id"
    " WHERE p.archived = 0 OR ?1"
    " ORDER BY p.name COLLATE NOCASE, p.id",
    error);
  if (stmt == NULL)
    return NULL;

  pt_db_bind_int64 (stmt, 1, include_archived ? 1 : 0);
  while ((rc = pt_store_step (self, stmt, error)) == PT_DB_ROW)
    {
      double pain = pt_db_column_is_null (stmt, 7) ? NAN
                                                                 : pt_db_column_double (stmt, 7);

      g_ptr_array_add (rows, pt_patient_overview_new (pt_db_column_int64 (stmt, 0),
                                     pt_db_column_text (stmt, 1),
                                     pt_db_column_text (stmt, 2),
                                     pt_db_column_text (stmt, 9),
                                     (int) pt_db_column_int64 (stmt, 3) != 0,
                                     pt_db_column_text (stmt, 4),
                                     pt_db_column_text (stmt, 5),
                                     (guint) (int) pt_db_column_int64 (stmt, 6),
                                     pain,
                                     pt_db_column_text (stmt, 8),
                                     pt_db_column_text (stmt, 10)));
    }

  if (rc == 0)
    return NULL;

  /* One splice: appending 10,000 items one by one cost twice as much. */
  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}
