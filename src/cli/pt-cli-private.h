/* pt-cli-private.h: what the prolotrack-cli files share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pt-audit.h"
#include "pt-patient-bundle.h"
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
  char       *record_option;    /* --record: the patient by record number */
  const char *clinician; /* --clinician, or NULL */
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
/* The patient of --patient @text (an id, or a record number that is not
 * digits alone) or of --record; says on stderr which patient it is. */
gboolean     pt_cli_find_patient     (PtCli        *cli,
                                      PtStore      *store,
                                      const char   *text,
                                      gint64       *patient_id,
                                      GError      **error);
/* What a summary, chart or report is about: the records of the patient
 * @patient_text (an id or a record number; NULL with --record) and the recovery of the
 * condition @condition_text (an id; NULL: the patient's main condition,
 * pt_analysis_main_condition), with weeks that start on @week_start_text
 * ("monday" to "sunday"; NULL: Monday, ISO weeks), as of today. */
PtPatientBundle *pt_cli_load_bundle  (PtCli        *cli,
                                      const char   *patient_text,
                                      const char   *condition_text,
                                      const char   *week_start_text,
                                      GError      **error);
/* The --condition and --week-start options of those commands. */
#define PT_CLI_COURSE_OPTIONS(condition, week_start) \
  { "condition", 0, 0, G_OPTION_ARG_STRING, (condition), \
    N_("Condition id (default: the patient’s main condition: the latest active one)"), \
    N_("ID") }, \
  { "week-start", 0, 0, G_OPTION_ARG_STRING, (week_start), \
    N_("The day weeks start on, for weekly distance and the 10 % rule: monday (the " \
       "default) to sunday"), N_("DAY") }

/* Records an export or a report in the audit trail (pt-cli-history.c),
 * through @store (NULL: a store of its own). A database that takes no
 * writes (read-only, damaged) gets a note on stderr instead, and TRUE:
 * the file was written all the same. */
gboolean     pt_cli_audit_event      (PtCli         *cli,
                                      PtStore       *store,
                                      PtAuditAction  action,
                                      gint64         patient_id,
                                      const char    *detail,
                                      GError       **error);

/* Commands */
/* @text padded to @width terminal columns (wide CJK characters take two). */
char        *pt_cli_pad              (const char   *text,
                                      guint         width);

/* JSON output (pt-cli-json.c): @builder's root, pretty-printed, on
 * stdout; members whose value may be unset (null). */
void         pt_cli_json_print       (JsonBuilder  *builder);
void         pt_cli_json_add_number  (JsonBuilder  *builder,
                                      const char   *name,
                                      gboolean      has_value,
                                      double        value);
void         pt_cli_json_add_int     (JsonBuilder  *builder,
                                      const char   *name,
                                      gint64        value);
void         pt_cli_json_add_string  (JsonBuilder  *builder,
                                      const char   *name,
                                      const char   *value);

int pt_cli_cmd_add_patient   (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_add_condition (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_session   (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_pain      (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_run       (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_cross     (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_log_measure   (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_measures      (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_plan          (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_plan_advance  (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_demo          (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_generate      (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_patients      (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_summary       (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_history       (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_check         (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_migrate       (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_copy          (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_export_csv    (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_import        (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_import_csv    (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_chart         (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_report        (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_backup        (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_backups       (PtCli *cli, int argc, char **argv);
int pt_cli_cmd_restore       (PtCli *cli, int argc, char **argv);

G_END_DECLS
