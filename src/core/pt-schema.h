/* pt-schema.h: the SQLite schema and its numbered migrations (core-internal)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Migration N (1-based) brings a database from user_version N-1 to N. */
guint       pt_schema_get_version   (void);
const char *pt_schema_get_migration (guint version);
/* The audit trail's AFTER INSERT triggers of the current schema, and the
 * statements that drop them: the bulk path fills an empty clinic with one
 * audit row for the whole fill instead of one per record. */
const char *pt_schema_get_audit_insert_triggers      (void);
const char *pt_schema_get_drop_audit_insert_triggers (void);

/* The PostgreSQL dialect (pt-schema-pg.c, issue 20) */

/* One script that makes, in an empty PostgreSQL schema, the tables and
 * indexes of SQLite's version pt_schema_pg_get_baseline_version(), and
 * the table schema_version that records it; pt_schema_pg_get_triggers()
 * follows it. */
const char *pt_schema_pg_get_baseline         (void);
guint       pt_schema_pg_get_baseline_version (void);
/* The triggers of the baseline (pt-schema-pg-triggers.c): the summary
 * that patient_summaries keeps and the audit trail, in PL/pgSQL, as the
 * SQLite schema's triggers of the same version. Run after the baseline,
 * in its transaction. */
const char *pt_schema_pg_get_triggers         (void);
/* One UPDATE that computes every row of patient_summaries from the
 * records, as the summary triggers would have: for pt_store_copy(),
 * which writes a clinic with them off. */
const char *pt_schema_pg_get_summary_refresh  (void);
/* Migration @version, after the baseline (8 and on, in step with
 * pt_schema_get_version()), in PostgreSQL's dialect. */
const char *pt_schema_pg_get_migration        (guint version);

G_END_DECLS
