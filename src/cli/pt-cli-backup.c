/* pt-cli-backup.c: prolotrack-cli backup, backups and restore
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same core calls as the app: pt_store_backup_to() from the open
 * store, pt_backup_list() for the backup folder beside the database, and
 * pt_store_restore_from(), which keeps the data it replaces as a backup.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pt-backup.h"
#include "pt-cli-private.h"
#include "pt-error.h"

static char *
format_counts (gint64 n_patients,
               gint64 n_records)
{
  g_autofree char *patients = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld patient",
                                                            "%lld patients", (gulong) n_patients),
                                               (long long) n_patients);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %lld record", "%s, %lld records",
                                       (gulong) n_records),
                          patients, (long long) n_records);
}

/* The counts of @store's file now. */
static char *
format_store_counts (PtStore *store)
{
  static GType (* const types[]) (void) = {
    pt_condition_get_type, pt_session_get_type, pt_pain_score_get_type,
    pt_shoe_get_type, pt_run_get_type, pt_cross_training_get_type,
  };
  gint64 n_records = 0;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    n_records += MAX (pt_store_count_records (store, types[i] (), NULL), 0);

  return format_counts (pt_store_count_patients (store, TRUE, NULL), n_records);
}

int
pt_cli_cmd_backup (PtCli  *cli,
                   int     argc,
                   char  **argv)
{
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (!pt_cli_parse (cli, "[FILE]",
                     _("Copy the database, consistently even while the app writes, to FILE "
                       "(default: a new file in the backup folder beside the database)."),
                     entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (files != NULL && g_strv_length (files) > 1)
    return pt_cli_usage_error (cli, _("Unexpected argument “%s”; see --help"), files[1]);

  if (!(store = pt_cli_open_store (cli, FALSE, &error)))
    return pt_cli_fail (cli, error);

  dest = files != NULL && files[0] != NULL
         ? g_strdup (files[0])
         : pt_backup_make_path (pt_store_get_path (store), PT_BACKUP_MANUAL, now);
  if (!pt_store_backup_to (store, dest, NULL, &error))
    return pt_cli_fail (cli, error);

  counts = format_store_counts (store);
  /* Translators: the path of the new backup, then "12 patients, 340 records" */
  g_print (_("Backed up to %s (%s)\n"), dest, counts);
  return PT_CLI_EXIT_OK;
}

static void
backup_to_json (JsonBuilder *builder,
                PtBackup    *backup)
{
  g_autofree char *taken = g_date_time_format_iso8601 (pt_backup_get_taken (backup));
  gboolean readable = pt_backup_get_problem (backup) == NULL;

  json_builder_begin_object (builder);
  pt_cli_json_add_string (builder, "path", pt_backup_get_path (backup));
  pt_cli_json_add_string (builder, "taken", taken);
  pt_cli_json_add_string (builder, "kind", pt_backup_kind_to_nick (pt_backup_get_kind (backup)));
  pt_cli_json_add_int (builder, "patients", readable ? pt_backup_get_n_patients (backup) : -1);
  pt_cli_json_add_int (builder, "records", readable ? pt_backup_get_n_records (backup) : -1);
  pt_cli_json_add_int (builder, "schema_version",
                       readable ? (gint64) pt_backup_get_schema_version (backup) : -1);
  pt_cli_json_add_int (builder, "size", pt_backup_get_size (backup));
  pt_cli_json_add_string (builder, "problem", pt_backup_get_problem (backup));
  json_builder_end_object (builder);
}

static void
print_backup (PtBackup *backup)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (pt_backup_get_taken (backup));
  g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
  g_autofree char *kind = pt_cli_pad (pt_backup_kind_to_label (pt_backup_get_kind (backup)), 16);
  g_autofree char *counts = NULL;

  if (pt_backup_get_problem (backup) != NULL)
    counts = g_strdup_printf (_("cannot be restored: %s"), pt_backup_get_problem (backup));
  else
    counts = format_counts (pt_backup_get_n_patients (backup), pt_backup_get_n_records (backup));

  g_print ("%s  %s %s\n    %s\n", when, kind, counts, pt_backup_get_path (backup));
}

int
pt_cli_cmd_backups (PtCli  *cli,
                    int     argc,
                    char  **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (!pt_cli_parse (cli, NULL, _("List the database’s backups, newest first, with the time "
                                  "each was taken (local time) and its patients and records."),
                     entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !(backups = pt_backup_list (pt_store_get_path (store), &error)))
    return pt_cli_fail (cli, error);

  if (json)
    {
      json_builder_begin_array (builder);
      for (guint i = 0; i < backups->len; i++)
        backup_to_json (builder, g_ptr_array_index (backups, i));
      json_builder_end_array (builder);
      pt_cli_json_print (builder);
      return PT_CLI_EXIT_OK;
    }

  if (backups->len == 0)
    {
      g_autofree char *dir = pt_backup_get_dir (pt_store_get_path (store));

      g_print (_("No backups in %s\n"), dir);
      return PT_CLI_EXIT_OK;
    }

  for (guint i = 0; i < backups->len; i++)
    print_backup (g_ptr_array_index (backups, i));

  return PT_CLI_EXIT_OK;
}

int
pt_cli_cmd_restore (PtCli  *cli,
                    int     argc,
                    char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *db_path = NULL;

  if (!pt_cli_parse (cli, "FILE",
                     _("Replace the database’s contents with the backup FILE. The data it "
                       "replaces is kept as a backup first, so a restore can be undone."),
                     NULL, &argc, &argv, 1))
    return PT_CLI_EXIT_USAGE;

  if (!(store = pt_cli_open_store (cli, FALSE, &error)))
    return pt_cli_fail (cli, error);

  db_path = g_strdup (pt_store_get_path (store));
  before = format_store_counts (store);
  if (!pt_store_restore_from (store, argv[1], &kept, &error))
    return pt_cli_fail (cli, error);

  /* Opened again: a backup of an older format is migrated now. */
  g_clear_object (&store);
  if (!(store = pt_cli_open_store (cli, FALSE, &error)) ||
      !pt_backup_audit_restore (store, argv[1], kept, &error))
    return pt_cli_fail (cli, error);
  after = format_store_counts (store);

  g_print (_("Restored %s into %s (%s)\n"), argv[1], db_path, after);
  g_print (_("The data it replaced (%s) was kept as %s\n"), before, kept);
  return PT_CLI_EXIT_OK;
}
