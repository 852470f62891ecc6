/* pt-store-conflict.c: an edit of a record that another workstation
 * changed meanwhile is refused, saying who changed it, when, and how
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every record row has a version (migration 8): 1 when it is made, one
 * more at each update. A record read from the store carries the version
 * it was read at; pt_store_update_record() writes it only when the row
 * still has that version, and otherwise refuses with PT_ERROR_CONFLICT
 * and this file's message: the clinician and time of the row's last audit
 * entry (the other workstation's change) and, for every field in which
 * the two differ, the stored value and the one that was not saved. The
 * form that made the edit keeps it (pt_record_rebase() puts it on top of
 * the stored record), so neither edit is lost.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-audit.h"
#include "pt-error.h"
#include "pt-store-private.h"
#include "pt-types.h"

/* A field's value as the audit trail writes it (pt-schema.c), which
 * pt_audit_format_value() puts in people's words; NULL for none. */
static char *
field_text (PtRecord      *record,
            const PtField *field)
{
  switch (field->kind)
    {
    case PT_FIELD_REF:
      {
        gint64 id = *PT_FIELD_PTR (record, field, gint64);

        return id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, id) : NULL;
      }
    case PT_FIELD_INT:
      {
        gint64 value = *PT_FIELD_PTR (record, field, gint64);

        return value != PT_NO_INT ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;
      }
    case PT_FIELD_REAL:
      {
        double value = *PT_FIELD_PTR (record, field, double);
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        return !isnan (value) ? g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)) : NULL;
      }
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      return g_strdup (*PT_FIELD_PTR (record, field, char *));
    case PT_FIELD_BOOL:
      return g_strdup (*PT_FIELD_PTR (record, field, gboolean) ? "1" : "0");
    case PT_FIELD_ENUM:
      return g_strdup (pt_enum_to_nick (field->get_type (), *PT_FIELD_PTR (record, field, int)));
    case PT_FIELD_FLAGS:
      return g_strdup_printf ("%u", *PT_FIELD_PTR (record, field, guint));
    default:
      g_assert_not_reached ();
    }
}

/* "3 December 2026, 10:42" in local time, from a stored UTC timestamp. */
static char *
format_at (const char *at)
{
  g_autoptr(GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (at != NULL ? at : "?");

  local = g_date_time_to_local (utc);
  /* Translators: a backup's date and time, see g_date_time_format() */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

/* Who made the stored version of @stored, and when: its last audit entry,
 * else its updated_at and nobody. */
static void
find_last_change (PtStore   *self,
                  PtRecord  *stored,
                  char     **clinician,
                  char     **at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStmt) stmt = pt_store_prepare (self,
                                             "SELECT clinician, at FROM audit "
                                             "WHERE record_id = ? AND table_name = ? "
                                             "ORDER BY id DESC LIMIT 1", &error);

  *clinician = NULL;
  *at = NULL;
  if (stmt != NULL)
    {
      pt_db_bind_int64 (stmt, 1, pt_record_get_id (stored));
      pt_db_bind_text (stmt, 2, pt_record_get_table (stored));
      if (pt_store_step (self, stmt, &error) == PT_DB_ROW)
        {
          *clinician = g_strdup (pt_db_column_text (stmt, 0));
          *at = g_strdup (pt_db_column_text (stmt, 1));
        }
    }
  if (error != NULL)
    g_debug ("No audit entry for the conflict's message: %s", error->message);

  if (*at == NULL)
    *at = g_strdup (pt_record_get_updated_at (stored));
  if (*clinician != NULL && **clinician == '\0')
    g_clear_pointer (clinician, g_free);
}

/* Whole sentences per record type, so translators never glue a noun in. */
static const char *
conflict_format (const char *table)
{
  if (g_str_equal (table, "patients"))
    /* Translators: the first %s is a clinician's name, the second a date and time */
    return _("This patient was changed at another workstation by %s at %s, so your changes "
             "were not saved.");
  if (g_str_equal (table, "conditions"))
    return _("This condition was changed at another workstation by %s at %s, so your changes "
             "were not saved.");
  if (g_str_equal (table, "sessions"))
    return _("This treatment session was changed at another workstation by %s at %s, so your "
             "changes were not saved.");
  if (g_str_equal (table, "pain_scores"))
    return _("This pain score was changed at another workstation by %s at %s, so your changes "
             "were not saved.");
  if (g_str_equal (table, "shoes"))
    return _("This shoe was changed at another workstation by %s at %s, so your changes were "
             "not saved.");
  if (g_str_equal (table, "runs"))
    return _("This run was changed at another workstation by %s at %s, so your changes were "
             "not saved.");
  if (g_str_equal (table, "cross_training"))
    return _("This cross-training session was changed at another workstation by %s at %s, so "
             "your changes were not saved.");
  if (g_str_equal (table, "outcomes"))
    return _("This outcome measure was changed at another workstation by %s at %s, so your "
             "changes were not saved.");
  return _("This return-to-run plan was changed at another workstation by %s at %s, so your "
           "changes were not saved.");
}

void
pt_store_set_conflict_error (PtStore   *self,
                             PtRecord  *mine,
                             PtRecord  *stored,
                             GError   **error)
{
  const char *table = pt_record_get_table (stored);
  g_autofree char *clinician = NULL;
  g_autofree char *at = NULL;
  g_autofree char *when = NULL;
  g_autoptr(GString) message = g_string_new (NULL);
  const PtField *fields;
  guint n_fields;

  find_last_change (self, stored, &clinician, &at);
  when = format_at (at);
  /* The formats are conflict_format()'s literals, each with two %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_string_append_printf (message, conflict_format (table),
                          /* Translators: who changed a record, when the audit trail
                           * does not say */
                          clinician != NULL ? clinician : _("another program"), when);
#pragma GCC diagnostic pop

  /* Both versions, field by field where they differ. */
  fields = pt_record_get_fields (stored, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *theirs = field_text (stored, &fields[i]);
      g_autofree char *ours = field_text (mine, &fields[i]);
      g_autofree char *theirs_words = NULL;
      g_autofree char *ours_words = NULL;

      if (g_strcmp0 (theirs != NULL && *theirs ? theirs : NULL,
                     ours != NULL && *ours ? ours : NULL) == 0)
        continue;

      theirs_words = pt_audit_format_value (table, fields[i].name, theirs, self->unit);
      ours_words = pt_audit_format_value (table, fields[i].name, ours, self->unit);
      g_string_append_c (message, '\n');
      /* Translators: a field of a record two workstations changed: its
       * label, the value saved now, and the value that was not saved */
      g_string_append_printf (message, _("%s: now “%s”, yours “%s”"),
                              pt_audit_field_label (table, fields[i].name),
                              theirs_words, ours_words);
    }

  g_set_error_literal (error, PT_ERROR, PT_ERROR_CONFLICT, message->str);
}

void
pt_store_set_distance_unit (PtStore        *self,
                            PtDistanceUnit  unit)
{
  g_return_if_fail (PT_IS_STORE (self));

  self->unit = unit;
}
