/* pt-cli-history.c: prolotrack-cli history, and the audit events of exports and reports
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pt-audit.h"
#include "pt-cli-private.h"
#include "pt-error.h"

gboolean
pt_cli_audit_event (PtCli          *cli,
                    PtStore        *store,
                    PtAuditAction   action,
                    gint64          patient_id,
                    const char     *detail,
                    GError        **error)
{
  g_autoptr(PtStore) own = NULL;
  g_autoptr(GError) local_error = NULL;

  if (store == NULL && (store = own = pt_cli_open_store (cli, FALSE, error)) == NULL)
    return FALSE;

  if (pt_store_audit_event (store, action, patient_id, detail, &local_error))
    return TRUE;

  /* The file is written; a database that takes no writes cannot say so. */
  if (g_error_matches (local_error, PT_ERROR, PT_ERROR_READ_ONLY) ||
      g_error_matches (local_error, PT_ERROR, PT_ERROR_DAMAGED))
    {
      g_printerr (_("prolotrack-cli %s: not recorded in the audit trail: %s\n"), cli->command,
                  local_error->message);
      return TRUE;
    }

  g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                              _("The file was written, but the audit trail could not record "
                                "it: "));
  return FALSE;
}

static char *
local_time (PtAuditEntry *entry)
{
  g_autoptr(GDateTime) utc = pt_audit_entry_dup_time (entry);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (pt_audit_entry_get_at (entry));

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

static void
print_entry (PtAuditEntry *entry)
{
  g_autofree char *when = local_time (entry);
  g_autofree char *what = pt_audit_entry_describe (entry);
  const char *who = pt_audit_entry_get_clinician (entry);
  const char *detail = pt_audit_entry_get_detail (entry);
  const PtAuditChange *changes;
  guint n_changes;

  /* Translators: when, who, what the change was, and the record's number */
  if (pt_audit_entry_get_table (entry) != NULL && pt_audit_entry_get_record_id (entry) > 0)
    g_print (_("%s  %s  %s (no. %lld)\n"), when, who ? who : _("another program"), what,
             (long long) pt_audit_entry_get_record_id (entry));
  else
    g_print ("%s  %s  %s\n", when, who ? who : _("another program"), what);

  if (pt_audit_entry_get_table (entry) == NULL && detail != NULL)
    g_print ("    %s\n", detail);

  changes = pt_audit_entry_get_changes (entry, &n_changes);
  for (guint i = 0; i < n_changes; i++)
    {
      g_autofree char *line = pt_audit_change_describe (entry, &changes[i], PT_DISTANCE_UNIT_KM);
      g_print ("    %s\n", line);
    }
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_entry_json (JsonBuilder  *builder,
                PtAuditEntry *entry)
{
  const PtAuditChange *changes;
  guint n_changes;

  json_builder_begin_object (builder);
  pt_cli_json_add_int (builder, "id", pt_audit_entry_get_id (entry));
  add_string (builder, "at", pt_audit_entry_get_at (entry));
  add_string (builder, "clinician", pt_audit_entry_get_clinician (entry));
  add_string (builder, "action", pt_audit_action_to_nick (pt_audit_entry_get_action (entry)));
  add_string (builder, "table", pt_audit_entry_get_table (entry));
  pt_cli_json_add_int (builder, "record_id", pt_audit_entry_get_record_id (entry));
  pt_cli_json_add_int (builder, "patient_id", pt_audit_entry_get_patient_id (entry));
  add_string (builder, "detail", pt_audit_entry_get_detail (entry));

  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  changes = pt_audit_entry_get_changes (entry, &n_changes);
  for (guint i = 0; i < n_changes; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "field", changes[i].field);
      add_string (builder, "before", changes[i].before);
      add_string (builder, "after", changes[i].after);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

int
pt_cli_cmd_history (PtCli  *cli,
                    int     argc,
                    char  **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (values as stored: SI units, "
                                                 "ISO dates)"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GPtrArray) entries_found = NULL;
  gint64 patient_id = 0;

  if (!pt_cli_parse (cli, "PATIENT", _("Show who changed what in a patient’s records and when, "
                                       "newest first, with each field before and after; and "
                                       "the exports and reports made of them. PATIENT is an id "
                                       "or a record number."), entries, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !pt_cli_find_patient (cli, store, argc > 1 ? argv[1] : NULL, &patient_id, &error) ||
      !(entries_found = pt_store_list_audit (store, NULL, patient_id, &error)))
    return pt_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < entries_found->len; i++)
        add_entry_json (builder, entries_found->pdata[i]);
      json_builder_end_array (builder);
      pt_cli_json_print (builder);
      return PT_CLI_EXIT_OK;
    }

  if (entries_found->len == 0)
    g_print ("%s\n", _("No changes recorded"));
  for (guint i = 0; i < entries_found->len; i++)
    print_entry (entries_found->pdata[i]);

  return PT_CLI_EXIT_OK;
}
