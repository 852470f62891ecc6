/* pt-cli-generate.c: generate, a synthetic clinic for benchmarks
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-cli-private.h"
#include "pt-error.h"
#include "pt-generate.h"

/* A whole number for @option between @lo and @hi. */
static gboolean
parse_count (const char  *option,
             const char  *text,
             gint64       lo,
             gint64       hi,
             gint64      *value,
             GError     **error)
{
  if (!pt_cli_parse_int (option, text, value, error))
    return FALSE;

  if (*value < lo || *value > hi)
    {
      pt_set_field_error (error, option, _("--%s must be between %lld and %lld (got %lld)"),
                          option, (long long) lo, (long long) hi, (long long) *value);
      return FALSE;
    }

  return TRUE;
}

int
pt_cli_cmd_generate (PtCli  *cli,
                     int     argc,
                     char  **argv)
{
  g_autofree char *patients = NULL;
  g_autofree char *years = NULL;
  g_autofree char *seed = NULL;
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "patients", 0, 0, G_OPTION_ARG_STRING, &patients, N_("Number of patients"), "N" },
    { "years", 0, 0, G_OPTION_ARG_STRING, &years, N_("Years of records, ending today"), "Y" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed, N_("Random seed (default 1)"), "S" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace every patient in the database with the generated clinic"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  PtGenerateOptions options = { .seed = 1 };
  PtGenerateCounts counts;
  gint64 n_patients, n_years, n_seed = 1;

  if (!pt_cli_parse (cli, NULL,
                     _("Fill an empty database with a synthetic clinic, the same for the same "
                       "seed (and the same today), for benchmarks."),
                     entries, &argc, &argv, 0))
    return PT_CLI_EXIT_USAGE;

  if (patients == NULL || years == NULL)
    return pt_cli_usage_error (cli, _("--patients and --years are required; see --help"));

  if (!parse_count ("patients", patients, 1, PT_GENERATE_MAX_PATIENTS, &n_patients, &error) ||
      !parse_count ("years", years, 1, PT_GENERATE_MAX_YEARS, &n_years, &error) ||
      (seed != NULL && !parse_count ("seed", seed, 0, G_MAXUINT32, &n_seed, &error)))
    return pt_cli_fail (cli, error);

  options.n_patients = (guint) n_patients;
  options.years = (guint) n_years;
  options.seed = (guint32) n_seed;
  options.replace = force;

  if (!(store = pt_cli_open_store (cli, TRUE, &error)) ||
      !pt_generate_clinic (store, &options, &counts, &error))
    return pt_cli_fail (cli, error);

  g_print (_("Generated clinic written to %s: %lld patients, %lld conditions, %lld sessions, "
             "%lld pain scores, %lld shoes, %lld runs, %lld cross-training\n"),
           pt_store_get_path (store), (long long) counts.patients, (long long) counts.conditions,
           (long long) counts.sessions, (long long) counts.pain_scores, (long long) counts.shoes,
           (long long) counts.runs, (long long) counts.cross_training);
  return PT_CLI_EXIT_OK;
}
