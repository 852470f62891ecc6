/* pt-cli-clinic.c: prolotrack-cli demo, patients and check
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The commands about the whole clinic's file rather than one patient.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pt-cli-private.h"
#include "pt-demo.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-format.h"

int
pt_cli_cmd_demo (PtCli  *cli,
                 int     argc,
                 char  **argv)
{
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace every patient in the database with the demo clinic"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  gint64 n;

  if (!pt_cli_parse (cli, NULL, _("Fill an empty database with the demo clinic."),
                     entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, TRUE, &error)) || !pt_demo_fill (store, force, &error))
    return pt_cli_fail (cli, error);

  n = pt_store_count_patients (store, TRUE, NULL);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Demo clinic written to %s: %lld patient\n",
                        "Demo clinic written to %s: %lld patients\n", (gulong) n),
           pt_store_get_path (store), (long long) n);
  return PT_CLI_EXIT_OK;
}

static void
overview_to_json (JsonBuilder       *builder,
                  PtPatientOverview *row)
{
  PtConditionKind kind;
  PtSide side;
  gboolean has_condition = pt_patient_overview_get_condition (row, &kind, &side);
  double pain = pt_patient_overview_get_latest_pain (row);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pt_patient_overview_get_id (row));
  pt_cli_json_add_string (builder, "record_number", pt_patient_overview_get_record_number (row));
  pt_cli_json_add_string (builder, "name", pt_patient_overview_get_name (row));
  json_builder_set_member_name (builder, "archived");
  json_builder_add_boolean_value (builder, pt_patient_overview_get_archived (row));
  pt_cli_json_add_string (builder, "condition",
                      has_condition ? pt_enum_to_nick (PT_TYPE_CONDITION_KIND, kind) : NULL);
  pt_cli_json_add_string (builder, "side", has_condition ? pt_enum_to_nick (PT_TYPE_SIDE, side) : NULL);
  json_builder_set_member_name (builder, "sessions");
  json_builder_add_int_value (builder, pt_patient_overview_get_session_count (row));
  pt_cli_json_add_number (builder, "latest_pain", pt_has_value (pain), pain);
  pt_cli_json_add_string (builder, "last_visit", pt_patient_overview_get_last_visit (row));
  json_builder_end_object (builder);
}

static void
print_overview_row (PtPatientOverview *row)
{
  PtConditionKind kind;
  PtSide side;
  g_autofree char *condition = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *record = pt_cli_pad (pt_patient_overview_get_record_number (row), 10);
  g_autofree char *name = pt_cli_pad (pt_patient_overview_get_name (row), 28);
  g_autofree char *shown_condition = NULL;
  double latest = pt_patient_overview_get_latest_pain (row);

  if (pt_patient_overview_get_condition (row, &kind, &side))
    condition = g_strdup_printf ("%s (%s)", pt_condition_kind_to_label (kind),
                                 pt_side_to_label (side));
  pain = pt_has_value (latest) ? pt_format_pain (latest) : g_strdup ("–");

  shown_condition = pt_cli_pad (condition ? condition : "–", 40);

  g_print ("%5" G_GINT64_FORMAT "  %s %s %s %8u %6s  %s%s\n",
           pt_patient_overview_get_id (row), record, name, shown_condition,
           pt_patient_overview_get_session_count (row),
           pain,
           pt_patient_overview_get_last_visit (row) ? pt_patient_overview_get_last_visit (row) : "–",
           pt_patient_overview_get_archived (row) ? _(" (archived)") : "");
}

int
pt_cli_cmd_patients (PtCli  *cli,
                     int     argc,
                     char  **argv)
{
  gboolean json = FALSE, all = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include archived patients"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n;

  if (!pt_cli_parse (cli, NULL, _("List patients with their active condition, number of "
                                  "sessions and latest pain."), entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !(rows = pt_store_list_patient_overviews (store, all, &error)))
    return pt_cli_fail (cli, error);

  n = g_list_model_get_n_items (rows);
  if (json)
    json_builder_begin_array (builder);
  else
    g_print ("%5s  %-10s %-28s %-40s %8s %6s  %s\n", _("ID"), _("Record"), _("Name"),
             _("Active condition"), _("Sessions"), _("Pain"), _("Last visit"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtPatientOverview) row = g_list_model_get_item (rows, i);

      if (json)
        overview_to_json (builder, row);
      else
        print_overview_row (row);
    }

  if (json)
    {
      json_builder_end_array (builder);
      pt_cli_json_print (builder);
    }

  return PT_CLI_EXIT_OK;
}

int
pt_cli_cmd_check (PtCli  *cli,
                  int     argc,
                  char  **argv)
{
  gboolean quick = FALSE;
  GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      N_("Run the faster quick_check instead of integrity_check"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_auto(GStrv) problems = NULL;
  g_auto(GStrv) audit_problems = NULL;
  gboolean clean;

  if (!pt_cli_parse (cli, NULL, _("Check the database for damage (integrity_check or "
                                  "quick_check, and foreign_key_check) and its audit trail for "
                                  "changes made after it was written."),
                     entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)))
    return pt_cli_fail (cli, error);

  clean = pt_store_check (store, quick, &problems, &error);
  if (error != NULL)
    return pt_cli_fail (cli, error);

  /* The audit trail's chain: the first broken link names the first bad row. */
  if (!pt_store_verify_audit (store, &audit_problems, &error))
    {
      if (error != NULL)
        return pt_cli_fail (cli, error);
      g_printerr (_("The audit trail was changed after it was written: %s\n"),
                  audit_problems[0]);
      clean = FALSE;
    }

  if (clean)
    {
      g_print (_("%s: ok\n"), pt_store_get_path (store));
      return PT_CLI_EXIT_OK;
    }

  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr ("%s\n", problems[i]);
  for (guint i = 0; audit_problems != NULL && audit_problems[i] != NULL; i++)
    g_printerr ("%s\n", audit_problems[i]);
  {
    guint n = g_strv_length (problems) + (audit_problems ? g_strv_length (audit_problems) : 0);

    g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem found\n",
                             "%s: %u problems found\n", n),
                pt_store_get_path (store), n);
  }
  return PT_CLI_EXIT_FAILURE;
}
