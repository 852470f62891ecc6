/* pt-audit.c: an entry of the audit trail, its words, and the chain's hash
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No SQL here: the store (pt-store-audit.c) reads and writes the table.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-audit.h"
#include "pt-condition.h"
#include "pt-cross-training.h"
#include "pt-outcome.h"
#include "pt-run-plan.h"
#include "pt-enums.h"
#include "pt-format.h"
#include "pt-pain-score.h"
#include "pt-patient.h"
#include "pt-record-private.h"
#include "pt-run.h"
#include "pt-session.h"
#include "pt-shoe.h"

struct _PtAuditEntry
{
  GObject        parent_instance;

  gint64         id;
  char          *at;
  char          *clinician;
  PtAuditAction  action;
  char          *table;
  gint64         record_id;
  gint64         patient_id;
  char          *detail;
  char          *before;
  char          *after;
  GArray        *changes;  /* PtAuditChange */
};

G_DEFINE_FINAL_TYPE (PtAuditEntry, pt_audit_entry, G_TYPE_OBJECT)

static const char * const action_nicks[] = {
  [PT_AUDIT_CREATE] = "create",
  [PT_AUDIT_UPDATE] = "update",
  [PT_AUDIT_DELETE] = "delete",
  [PT_AUDIT_RESTORE] = "restore",
  [PT_AUDIT_EXPORT] = "export",
  [PT_AUDIT_REPORT] = "report",
};

/* The record tables, their types and their names in a sentence. */
typedef struct
{
  const char *table;
  GType     (*get_type) (void);
  const char *name;  /* N_() */
} AuditTable;

static const AuditTable audit_tables[] = {
  { "patients", pt_patient_get_type, N_("the patient") },
  { "conditions", pt_condition_get_type, N_("a condition") },
  { "sessions", pt_session_get_type, N_("a session") },
  { "pain_scores", pt_pain_score_get_type, N_("a pain score") },
  { "shoes", pt_shoe_get_type, N_("a shoe") },
  { "runs", pt_run_get_type, N_("a run") },
  { "cross_training", pt_cross_training_get_type, N_("cross-training") },
  { "outcomes", pt_outcome_get_type, N_("an outcome measure") },
  { "run_plans", pt_run_plan_get_type, N_("a return-to-run plan") },
};

static const AuditTable *
find_table (const char *table)
{
  for (guint i = 0; table != NULL && i < G_N_ELEMENTS (audit_tables); i++)
    if (g_str_equal (audit_tables[i].table, table))
      return &audit_tables[i];

  return NULL;
}

static const PtField *
find_field (const char *table,
            const char *field)
{
  const AuditTable *t = find_table (table);
  g_autoptr(PtRecordClass) klass = NULL;

  if (t == NULL || field == NULL)
    return NULL;

  /* The classes are static: the field table outlives this reference. */
  klass = g_type_class_ref (t->get_type ());
  return pt_record_class_find_field (klass, field);
}

static void
change_clear (gpointer data)
{
  PtAuditChange *change = data;

  g_free (change->field);
  g_free (change->before);
  g_free (change->after);
}

static void
pt_audit_entry_finalize (GObject *object)
{
  PtAuditEntry *self = PT_AUDIT_ENTRY (object);

  g_free (self->at);
  g_free (self->clinician);
  g_free (self->table);
  g_free (self->detail);
  g_free (self->before);
  g_free (self->after);
  g_clear_pointer (&self->changes, g_array_unref);

  G_OBJECT_CLASS (pt_audit_entry_parent_class)->finalize (object);
}

static void
pt_audit_entry_class_init (PtAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pt_audit_entry_finalize;
}

static void
pt_audit_entry_init (PtAuditEntry *self)
{
  self->changes = g_array_new (FALSE, TRUE, sizeof (PtAuditChange));
  g_array_set_clear_func (self->changes, change_clear);
}

const char *
pt_audit_action_to_nick (PtAuditAction action)
{
  if ((guint) action >= G_N_ELEMENTS (action_nicks))
    return NULL;

  return action_nicks[action];
}

gboolean
pt_audit_action_from_nick (const char    *nick,
                           PtAuditAction *action)
{
  for (guint i = 0; nick != NULL && i < G_N_ELEMENTS (action_nicks); i++)
    if (g_str_equal (action_nicks[i], nick))
      {
        *action = (PtAuditAction) i;
        return TRUE;
      }

  return FALSE;
}

PtAuditEntry *
pt_audit_entry_new (gint64         id,
                    const char    *at,
                    const char    *clinician,
                    PtAuditAction  action,
                    const char    *table,
                    gint64         record_id,
                    gint64         patient_id,
                    const char    *detail,
                    const char    *before,
                    const char    *after)
{
  PtAuditEntry *self = g_object_new (PT_TYPE_AUDIT_ENTRY, NULL);

  self->id = id;
  self->at = g_strdup (at);
  self->clinician = g_strdup (clinician);
  self->action = action;
  self->table = g_strdup (table);
  self->record_id = record_id;
  self->patient_id = patient_id;
  self->detail = g_strdup (detail);
  self->before = g_strdup (before);
  self->after = g_strdup (after);
  return self;
}

void
pt_audit_entry_add_change (PtAuditEntry *self,
                           const char   *field,
                           const char   *before,
                           const char   *after)
{
  PtAuditChange change = { g_strdup (field), g_strdup (before), g_strdup (after) };

  g_return_if_fail (PT_IS_AUDIT_ENTRY (self));

  g_array_append_val (self->changes, change);
}

gint64
pt_audit_entry_get_id (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), 0);
  return self->id;
}

const char *
pt_audit_entry_get_at (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  return self->at;
}

GDateTime *
pt_audit_entry_dup_time (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  return self->at != NULL ? g_date_time_new_from_iso8601 (self->at, NULL) : NULL;
}

const char *
pt_audit_entry_get_clinician (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  return self->clinician;
}

PtAuditAction
pt_audit_entry_get_action (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), PT_AUDIT_CREATE);
  return self->action;
}

const char *
pt_audit_entry_get_table (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  return self->table;
}

gint64
pt_audit_entry_get_record_id (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), 0);
  return self->record_id;
}

gint64
pt_audit_entry_get_patient_id (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), 0);
  return self->patient_id;
}

const char *
pt_audit_entry_get_detail (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  return self->detail;
}

const char *
pt_audit_entry_get_before (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  return self->before;
}

const char *
pt_audit_entry_get_after (PtAuditEntry *self)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  return self->after;
}

const PtAuditChange *
pt_audit_entry_get_changes (PtAuditEntry *self,
                            guint        *n_changes)
{
  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  g_return_val_if_fail (n_changes != NULL, NULL);

  *n_changes = self->changes->len;
  return (const PtAuditChange *) (gpointer) self->changes->data;
}

char *
pt_audit_entry_describe (PtAuditEntry *self)
{
  const AuditTable *t;
  const char *what;

  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);

  t = find_table (self->table);
  what = t != NULL ? _(t->name) : (self->table != NULL ? self->table : "");

  switch (self->action)
    {
    case PT_AUDIT_CREATE:
      /* A whole clinic generated at once (the bulk path), or an import's
       * records of one table (pt-store-import.c): its detail. */
      if (self->table == NULL)
        return g_strdup (self->detail != NULL ? self->detail : _("Filled the database"));
      if (self->record_id == 0 && self->detail != NULL)
        return g_strdup (self->detail);
      return g_strdup_printf (_("Added %s"), what);
    case PT_AUDIT_UPDATE:
      return g_strdup_printf (_("Changed %s"), what);
    case PT_AUDIT_DELETE:
      if (g_strcmp0 (self->detail, PT_AUDIT_DETAIL_WITH_PATIENT) == 0)
        return g_strdup_printf (_("Deleted %s with the patient"), what);
      return g_strdup_printf (_("Deleted %s"), what);
    case PT_AUDIT_RESTORE:
      /* A backup restored over the database (pt_store_restore_from). */
      if (self->table == NULL)
        return g_strdup (self->detail != NULL ? self->detail : _("Restored a backup"));
      return g_strdup_printf (_("Restored %s (undo)"), what);
    case PT_AUDIT_EXPORT:
      return g_strdup (_("Exported records"));
    case PT_AUDIT_REPORT:
      return g_strdup (_("Wrote a report"));
    default:
      g_assert_not_reached ();
      return NULL;
    }
}

const char *
pt_audit_field_label (const char *table,
                      const char *field)
{
  const PtField *f = find_field (table, field);

  return f != NULL ? _(f->label) : field;
}

static const char *
enum_label (GType type,
            int   value)
{
  if (type == PT_TYPE_SEX)
    return pt_sex_to_label (value);
  if (type == PT_TYPE_CONDITION_KIND)
    return pt_condition_kind_to_label (value);
  if (type == PT_TYPE_SIDE)
    return pt_side_to_label (value);
  if (type == PT_TYPE_CONDITION_STATUS)
    return pt_condition_status_to_label (value);
  if (type == PT_TYPE_TREATMENT_TYPE)
    return pt_treatment_type_to_label (value);
  if (type == PT_TYPE_PAIN_CONTEXT)
    return pt_pain_context_to_label (value);
  if (type == PT_TYPE_PAIN_SOURCE)
    return pt_pain_source_to_label (value);
  if (type == PT_TYPE_SURFACE)
    return pt_surface_to_label (value);
  if (type == PT_TYPE_ACTIVITY)
    return pt_activity_to_label (value);
  return NULL;
}

/* Notes may run to pages: the first line, at most 80 characters. */
static char *
short_text (const char *text)
{
  const char *end = text + strcspn (text, "\r\n");
  glong n = g_utf8_strlen (text, end - text);

  if (n <= 80 && *end == '\0')
    return g_strdup (text);

  {
    g_autofree char *start = g_utf8_substring (text, 0, MIN (n, 80));
    return g_strdup_printf ("%s…", start);
  }
}

static char *
format_number (const PtField  *f,
               const char     *value,
               PtDistanceUnit  unit)
{
  double number = g_ascii_strtod (value, NULL);

  if (g_str_equal (f->name, "distance_m"))
    return pt_format_distance_with_unit (number, unit);
  if (g_str_equal (f->name, "duration_s"))
    return pt_format_duration ((gint64) number);
  if (f->flags & PT_FIELD_HALF_STEPS)
    return pt_format_pain (number);
  if (f->kind == PT_FIELD_INT)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) number);
  return pt_format_number (number, 2);
}

char *
pt_audit_format_value (const char     *table,
                       const char     *field,
                       const char     *value,
                       PtDistanceUnit  unit)
{
  const PtField *f;
  int number = 0;

  if (value == NULL || *value == '\0')
    return g_strdup ("—");

  f = find_field (table, field);
  if (f == NULL)
    return short_text (value);

  switch (f->kind)
    {
    case PT_FIELD_REAL:
    case PT_FIELD_INT:
      return format_number (f, value, unit);
    case PT_FIELD_DATE:
      return pt_format_date (value, PT_DATE_SHORT);
    case PT_FIELD_BOOL:
      return g_strdup (g_str_equal (value, "0") ? _("No") : _("Yes"));
    case PT_FIELD_ENUM:
      if (pt_enum_from_nick (f->get_type (), value, &number) &&
          enum_label (f->get_type (), number) != NULL)
        return g_strdup (enum_label (f->get_type (), number));
      return g_strdup (value);
    case PT_FIELD_FLAGS:
      return pt_prior_treatments_to_label ((PtPriorTreatment) g_ascii_strtoull (value, NULL, 10));
    case PT_FIELD_REF:
      return g_strdup_printf (_("no. %s"), value);
    case PT_FIELD_TEXT:
    default:
      return short_text (value);
    }
}

char *
pt_audit_change_describe (PtAuditEntry        *self,
                          const PtAuditChange *change,
                          PtDistanceUnit       unit)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *label;

  g_return_val_if_fail (PT_IS_AUDIT_ENTRY (self), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  label = pt_audit_field_label (self->table, change->field);
  before = pt_audit_format_value (self->table, change->field, change->before, unit);
  after = pt_audit_format_value (self->table, change->field, change->after, unit);

  switch (self->action)
    {
    case PT_AUDIT_CREATE:
    case PT_AUDIT_RESTORE:
      /* TRANSLATORS: a field of a record that was added: "Pain: 6" */
      return g_strdup_printf (_("%s: %s"), label, after);
    case PT_AUDIT_DELETE:
      return g_strdup_printf (_("%s: %s"), label, before);
    default:
      /* TRANSLATORS: a field that changed: "Pain: 6 → 4" */
      return g_strdup_printf (_("%s: %s → %s"), label, before, after);
    }
}

char *
pt_audit_hash (const char         *prev_hash,
               const char * const *values,
               guint               n_values)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) row = g_string_new (prev_hash != NULL ? prev_hash : "");

  for (guint i = 0; i < n_values; i++)
    {
      if (values[i] == NULL)
        g_string_append (row, "N;");
      else
        g_string_append_printf (row, "S%zu:%s;", strlen (values[i]), values[i]);
    }

  g_checksum_update (checksum, (const guchar *) row->str, (gssize) row->len);
  return g_strdup (g_checksum_get_string (checksum));
}
