/* pt-cli-private.h: what the prolotrack-cli files share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pt-store.h"

G_BEGIN_DECLS

/* Exit codes: 0 done, 2 bad input (nothing written), 1 anything else. */
#define PT_CLI_EXIT_OK      0
#define PT_CLI_EXIT_FAILURE 1
#define PT_CLI_EXIT_USAGE   2

typedef struct
{
  const char *command;   /* "log-pain", for messages */
  const char *database;  /* --database, or NULL */
  char       *database_option;  /* --database given after the command */
} PtCli;

typedef int (*PtCliCommandFunc) (PtCli  *cli,
                                 int     argc,
                                 char  **argv);

typedef struct
{
  const char       *name;
  const char       *parameters;  /* "PATIENT" */
  const char       *summary;
  PtCliCommandFunc  func;
} PtCliCommand;

int          pt_cli_run              (int          argc,
                                      char       **argv);

/* Parses a command's options; prints the message and returns FALSE on a
 * bad option. @n_args: positional arguments required. */
gboolean     pt_cli_parse            (PtCli        *cli,
                                      const char   *parameters,
                                      const char   *summary,
                                      GOptionEntry *entries,
                                      int          *argc,
                                      char       ***argv,
                                      int           n_args);
/* Only demo and add-patient create a missing database. */
PtStore     *pt_cli_open_store       (PtCli        *cli,
                                      gboolean      create,
                                      GError      **error);
/* Prints @error ("prolotrack-cli log-pain: ...") and returns its exit code. */
int          pt_cli_fail             (PtCli        *cli,
                                      const GError *error);
int          pt_cli_usage_error      (PtCli        *cli,
                                      const char   *format,
                                      ...) G_GNUC_PRINTF (2, 3);

/* Option value parsers: FALSE with a PT_ERROR_INVALID naming @option. */
gboolean     pt_cli_parse_double     (const char   *option,
                                      const char   *text,
                                      double       *value,
                                      GError      **error);
gboolean     pt_cli_parse_int        (const char   *option,
                                      const char   *text,
                                      gint64       *value,
                                      GError      **error);
gboolean     pt_cli_parse_enum       (const char   *option,
                                      GType         type,
                                      const char   *text,
                                      int          *value,
                                      GError      **error);
gboolean     pt_cli_parse_flags      (const char   *option,
                                      GType         type,
                                      const char   *text,
                                      guint        *value,
                                      GError      **error);
gboolean     pt_cli_find_patient     (PtStore      *store,
                                      const char   *text,
                                      gint64       *patient_id,
                                      GError      **error);
/* The condition a summary or chart is about: the one asked for (an id),
 * else the most recent active condition, else the most recent one; NULL
 * when none (or on error). */
PtCondition *pt_cli_choose_condition (PtStore      *store,
                                      gint64        patient_id,
                                      const char   *asked,
                                      GError      **error);

/* Commands */
int pt_cli_cmd_add_patient   (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_add_condition (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_session   (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_pain      (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_run       (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_cross     (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_demo          (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_generate      (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_patients      (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_summary       (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_check         (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_export_csv    (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_chart         (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_report        (PtCli *cli, int argc, char **argv);

G_END_DECLS
