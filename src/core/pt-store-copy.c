/* pt-store-copy.c: moving a clinic between a file and a server
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_store_copy() copies every row of every table, ids and timestamps
 * included, from one store into another that has no records, in one
 * transaction of the target: the records in the order their foreign keys
 * need, the clinic's settings, and the audit trail as it is (its rows
 * hold their hashes, so the chain still verifies, and its head's id is
 * the same). The target's insert triggers of the audit trail are off for
 * the copy (they would write a second history). patient_summaries is
 * derived data and not copied: in a file its triggers make it as the rows
 * go in; on a server they are off too, and one statement makes it at the
 * end (set_copy_triggers() says why). Turning triggers off is DDL: on a
 * server it takes the owner role, as migrate does.
 *
 * Before the commit, each table is counted and checksummed on both
 * sides: SHA-256 over its rows in id order, each value as its type reads
 * on either backend (an integer's digits, a real's %.17g, text as it is,
 * NULL apart from text), so that a file and a server agree on the same
 * rows. A difference rolls everything back.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-condition.h"
#include "pt-cross-training.h"
#include "pt-error.h"
#include "pt-outcome.h"
#include "pt-pain-score.h"
#include "pt-patient.h"
#include "pt-run.h"
#include "pt-run-plan.h"
#include "pt-schema.h"
#include "pt-session.h"
#include "pt-shoe.h"
#include "pt-store-private.h"

typedef enum
{
  VALUE_INT,
  VALUE_REAL,
  VALUE_TEXT,
} ValueKind;

#define MAX_COLUMNS 40

/* One table's columns, in order. */
typedef struct
{
  const char *table;
  GString    *columns;
  ValueKind   kinds[MAX_COLUMNS];
  guint       n_columns;
} Table;

static void
add_column (Table      *table,
            const char *name,
            ValueKind   kind)
{
  g_assert (table->n_columns < MAX_COLUMNS);
  g_string_append_printf (table->columns, "%s%s", table->n_columns ? ", " : "", name);
  table->kinds[table->n_columns++] = kind;
}

static ValueKind
field_kind (const PtField *field)
{
  switch (field->kind)
    {
    case PT_FIELD_REAL:
      return VALUE_REAL;
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
    case PT_FIELD_ENUM:
      return VALUE_TEXT;
    case PT_FIELD_REF:
    case PT_FIELD_INT:
    case PT_FIELD_BOOL:
    case PT_FIELD_FLAGS:
    default:
      return VALUE_INT;
    }
}

static void
table_for_record (Table *table,
                  GType  type)
{
  g_autoptr(PtRecordClass) klass = g_type_class_ref (type);

  table->table = klass->table;
  add_column (table, "id", VALUE_INT);
  for (guint i = 0; i < klass->n_fields; i++)
    add_column (table, klass->fields[i].name, field_kind (&klass->fields[i]));
  add_column (table, "created_at", VALUE_TEXT);
  add_column (table, "updated_at", VALUE_TEXT);
  add_column (table, "version", VALUE_INT);
}

/* Every table a clinic holds but the derived summaries, parents first. */
static guint
clinic_tables (Table *tables)
{
  static GType (* const record_types[]) (void) = {
    pt_patient_get_type, pt_condition_get_type, pt_shoe_get_type, pt_session_get_type,
    pt_pain_score_get_type, pt_run_get_type, pt_cross_training_get_type,
    pt_outcome_get_type, pt_run_plan_get_type,
  };
  static const char * const audit_text[] = {
    "at", "clinician", "action", "table_name",
  };
  static const char * const audit_rest[] = {
    "detail", "before", "after", "prev_hash", "hash",
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (record_types); i++)
    {
      tables[n].columns = g_string_new (NULL);
      table_for_record (&tables[n++], record_types[i] ());
    }

  tables[n].columns = g_string_new (NULL);
  tables[n].table = "clinic_settings";
  add_column (&tables[n], "key", VALUE_TEXT);
  add_column (&tables[n++], "value", VALUE_TEXT);

  tables[n].columns = g_string_new (NULL);
  tables[n].table = "audit";
  add_column (&tables[n], "id", VALUE_INT);
  for (guint i = 0; i < G_N_ELEMENTS (audit_text); i++)
    add_column (&tables[n], audit_text[i], VALUE_TEXT);
  add_column (&tables[n], "record_id", VALUE_INT);
  add_column (&tables[n], "patient_id", VALUE_INT);
  for (guint i = 0; i < G_N_ELEMENTS (audit_rest); i++)
    add_column (&tables[n], audit_rest[i], VALUE_TEXT);
  n++;

  return n;
}

#define MAX_TABLES 12

static void
clear_tables (Table *tables,
              guint  n)
{
  for (guint i = 0; i < n; i++)
    g_string_free (tables[i].columns, TRUE);
}

/* Adds the value of column @i of @row to @checksum, in the one form both
 * backends read it in. */
static void
checksum_value (GChecksum *checksum,
                PtDbStmt  *row,
                int        i,
                ValueKind  kind)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text;

  if (pt_db_column_is_null (row, i))
    {
      g_checksum_update (checksum, (const guchar *) "N", 1);
      return;
    }

  switch (kind)
    {
    case VALUE_INT:
      g_snprintf (number, sizeof number, "I%" G_GINT64_FORMAT, pt_db_column_int64 (row, i));
      g_checksum_update (checksum, (const guchar *) number, -1);
      break;
    case VALUE_REAL:
      g_checksum_update (checksum, (const guchar *) "R", 1);
      g_ascii_formatd (number, sizeof number, "%.17g", pt_db_column_double (row, i));
      g_checksum_update (checksum, (const guchar *) number, -1);
      break;
    case VALUE_TEXT:
    default:
      text = pt_db_column_text (row, i);
      g_snprintf (number, sizeof number, "T%" G_GSIZE_FORMAT ":", pt_db_column_bytes (row, i));
      g_checksum_update (checksum, (const guchar *) number, -1);
      g_checksum_update (checksum, (const guchar *) text, (gssize) pt_db_column_bytes (row, i));
      break;
    }
  g_checksum_update (checksum, (const guchar *) ";", 1);
}

static void
bind_value (PtDbStmt  *insert,
            int        index,
            PtDbStmt  *row,
            int        i,
            ValueKind  kind)
{
  if (pt_db_column_is_null (row, i))
    pt_db_bind_null (insert, index);
  else if (kind == VALUE_INT)
    pt_db_bind_int64 (insert, index, pt_db_column_int64 (row, i));
  else if (kind == VALUE_REAL)
    pt_db_bind_double (insert, index, pt_db_column_double (row, i));
  else
    pt_db_bind_text (insert, index, pt_db_column_text (row, i));
}

/* Rows per INSERT: a round trip to a server per row was most of a copy. */
#define BATCH_ROWS 100

static const char *
sql_type (ValueKind kind)
{
  /* As both dialects read them (see pt_store_batch_values_sql). */
  return kind == VALUE_INT ? "BIGINT" : kind == VALUE_REAL ? "DOUBLE PRECISION" : "TEXT";
}

/* INSERT INTO table SELECT * FROM (VALUES ... BATCH_ROWS rows) LIMIT ?:
 * one statement for a full batch and for the last, shorter one. */
static PtStmt *
prepare_batch (PtStore      *target,
               const Table  *table,
               GError      **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (%s) SELECT * FROM (VALUES ", table->table,
                          table->columns->str);
  for (guint r = 0; r < BATCH_ROWS; r++)
    {
      g_string_append (sql, r ? ", (" : "(");
      for (guint i = 0; i < table->n_columns; i++)
        {
          if (i)
            g_string_append (sql, ", ");
          /* The first row says the columns' types (a server infers none). */
          if (r == 0)
            g_string_append_printf (sql, "CAST (? AS %s)", sql_type (table->kinds[i]));
          else
            g_string_append_c (sql, '?');
        }
      g_string_append_c (sql, ')');
    }
  g_string_append (sql, ") AS v LIMIT ?");

  return pt_store_prepare_owned (target, sql->str, error);
}

static gboolean
flush_batch (PtStore      *target,
             const Table  *table,
             PtStmt       *insert,
             guint        *pending,
             GError      **error)
{
  gboolean ok;

  if (*pending == 0)
    return TRUE;

  /* The rows not bound in a short batch are NULL, and cut by the LIMIT. */
  pt_db_bind_int64 (insert, (int) (BATCH_ROWS * table->n_columns + 1), *pending);
  ok = pt_store_step (target, insert, error) != 0;
  pt_db_reset (insert);
  for (int i = 1; i <= (int) (BATCH_ROWS * table->n_columns); i++)
    pt_db_bind_null (insert, i);
  *pending = 0;
  return ok;
}

/* Reads @table of @store in key order, counting and checksumming its
 * rows, and inserts each into @target when it is not NULL. */
static gboolean
walk_table (PtStore       *store,
            const Table   *table,
            PtStore       *target,
            PtStoreCount  *count,
            GError       **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT %s FROM %s ORDER BY %s", table->columns->str,
                                             table->table,
                                             !g_str_equal (table->table, "clinic_settings")
                                               ? "id"
                                             : pt_store_is_server (store)
                                               ? "key COLLATE \"C\""  /* SQLite's BINARY */
                                               : "key");
  g_autoptr(PtDbStmt) rows = pt_store_prepare_owned (store, select, error);
  g_autoptr(PtDbStmt) insert = NULL;  /* statements of its own: freed, not reset */
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint pending = 0;
  int rc;

  if (rows == NULL)
    return FALSE;
  if (target != NULL && !(insert = prepare_batch (target, table, error)))
    return FALSE;

  count->table = table->table;
  count->rows = 0;
  while ((rc = pt_store_step (store, rows, error)) == PT_DB_ROW)
    {
      guint first = pending * table->n_columns + 1;

      for (guint i = 0; i < table->n_columns; i++)
        {
          checksum_value (checksum, rows, (int) i, table->kinds[i]);
          if (insert != NULL)
            bind_value (insert, (int) (first + i), rows, (int) i, table->kinds[i]);
        }
      g_checksum_update (checksum, (const guchar *) "\n", 1);
      count->rows++;

      if (insert != NULL && ++pending == BATCH_ROWS &&
          !flush_batch (target, table, insert, &pending, error))
        return FALSE;
    }
  if (rc == 0)
    return FALSE;
  if (insert != NULL && !flush_batch (target, table, insert, &pending, error))
    return FALSE;

  g_strlcpy (count->checksum, g_checksum_get_string (checksum), sizeof count->checksum);
  return TRUE;
}

/* The target's insert triggers that the copy does without, off (or on
 * again) in its transaction.
 *
 * In a file, the audit trail's: dropped and made again. On a server
 * (where the owner may disable a trigger; the application role may not),
 * also the summary triggers of conditions, sessions and pain scores, and
 * every table's id trigger: PL/pgSQL, once a row, they were nine tenths
 * of a copy's time (a pain score's summary alone 0.5 ms). The rows come
 * with their ids; finish_server() then sets the sequences past them and
 * makes the summaries in one statement each. The patients' summary
 * trigger stays on: it makes each patient's summary row. */
static gboolean
set_copy_triggers (PtStore   *target,
                   gboolean   on,
                   GError   **error)
{
  static const char * const audited[] = {
    "patients", "conditions", "sessions", "pain_scores", "shoes", "runs", "cross_training",
    "outcomes", "run_plans",
  };
  static const char * const summarised[] = { "conditions", "sessions", "pain_scores" };
  const char *verb = on ? "ENABLE" : "DISABLE";
  g_autoptr(GString) sql = NULL;

  if (!pt_store_is_server (target))
    return on ? pt_store_audit_resume_inserts (target, error)
              : pt_store_audit_pause_inserts (target, error);

  sql = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (audited); i++)
    g_string_append_printf (sql, "ALTER TABLE %s %s TRIGGER %s_audit_insert, "
                            "%s TRIGGER %s_rowid;", audited[i], verb, audited[i], verb,
                            audited[i]);
  for (guint i = 0; i < G_N_ELEMENTS (summarised); i++)
    g_string_append_printf (sql, "ALTER TABLE %s %s TRIGGER %s_summary_insert;", summarised[i],
                            verb, summarised[i]);
  g_string_append_printf (sql, "ALTER TABLE audit %s TRIGGER audit_rowid;", verb);
  return pt_store_exec (target, sql->str, error);
}

/* On a server, after the rows: what the triggers set_copy_triggers()
 * turned off would have done. Each table's id sequence goes past its
 * largest id, when that is past where it is, as pt_rowid() leaves it, and
 * the summaries are computed from the records.
 *
 * Then ANALYZE, as PostgreSQL's "Populating a Database" advises after a
 * bulk load: until autovacuum gets to the new rows, the planner guesses
 * their number and order, and an export of every run read them through a
 * nested loop, 330 ms where it takes 90 ms. (SQLite plans without
 * statistics; its copy has no such step.) It runs inside the copy's
 * transaction, which counts its own rows, so the statistics are there at
 * COMMIT; a role that does not own the tables gets a warning (the debug
 * log's), and autovacuum's ANALYZE later. */
static gboolean
finish_server (PtStore      *target,
               const Table  *tables,
               guint         n_tables,
               GError      **error)
{
  g_autoptr(GString) sql = g_string_new (pt_schema_pg_get_summary_refresh ());

  for (guint i = 0; i < n_tables; i++)
    if (g_str_has_prefix (tables[i].columns->str, "id,"))
      g_string_append_printf (sql, "SELECT setval (seq, top) FROM (SELECT "
                              "pg_get_serial_sequence ('%s', 'id')::regclass AS seq, "
                              "max (id) AS top FROM %s) AS t "
                              "WHERE top > coalesce (pg_sequence_last_value (seq), 0);",
                              tables[i].table, tables[i].table);

  g_string_append (sql, "ANALYZE patient_summaries");
  for (guint i = 0; i < n_tables; i++)
    g_string_append_printf (sql, ", %s", tables[i].table);
  g_string_append (sql, ";");
  return pt_store_exec (target, sql->str, error);
}

static gboolean
check_empty (PtStore      *target,
             const Table  *tables,
             guint         n_tables,
             GError      **error)
{
  for (guint i = 0; i < n_tables; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i].table);
      gint64 n = pt_store_query_int (target, sql, 0, error);

      if (n < 0)
        return FALSE;
      if (n > 0)
        {
          g_set_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS,
                       _("The target %s already holds records (%s has %lld rows); a clinic is "
                         "copied only into an empty database, so nothing was copied"),
                       pt_store_get_path (target), tables[i].table, (long long) n);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
pt_store_copy (PtStore   *source,
               PtStore   *target,
               GArray   **counts_out,
               GError   **error)
{
  Table tables[MAX_TABLES] = { { 0 } };
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (PtStoreCount));
  guint n_tables;
  gboolean ok;

  g_return_val_if_fail (PT_IS_STORE (source), FALSE);
  g_return_val_if_fail (PT_IS_STORE (target), FALSE);
  g_return_val_if_fail (source != target, FALSE);

  n_tables = clinic_tables (tables);
  g_array_set_size (counts, n_tables);

  /* One snapshot of the source, one transaction of the target. */
  ok = pt_store_begin_read (source, error);
  if (ok && !pt_store_begin (target, error))
    {
      pt_store_rollback (source);
      ok = FALSE;
    }
  if (!ok)
    {
      clear_tables (tables, n_tables);
      return FALSE;
    }

  ok = check_empty (target, tables, n_tables, error) &&
       set_copy_triggers (target, FALSE, error);

  for (guint i = 0; ok && i < n_tables; i++)
    {
      PtStoreCount copied = { 0 };
      PtStoreCount *count = &g_array_index (counts, PtStoreCount, i);

      ok = walk_table (source, &tables[i], target, count, error) &&
           walk_table (target, &tables[i], NULL, &copied, error);
      if (ok && (copied.rows != count->rows || !g_str_equal (copied.checksum, count->checksum)))
        {
          g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                       _("The copy of %s differs from the original (%lld rows, checksum %.12s, "
                         "where the original has %lld rows, checksum %.12s); nothing was "
                         "copied"),
                       tables[i].table, (long long) copied.rows, copied.checksum,
                       (long long) count->rows, count->checksum);
          ok = FALSE;
        }
    }

  ok = ok && (!pt_store_is_server (target) || finish_server (target, tables, n_tables, error)) &&
       set_copy_triggers (target, TRUE, error);
  pt_store_rollback (source);
  if (!ok)
    {
      pt_store_rollback (target);
      clear_tables (tables, n_tables);
      return FALSE;
    }

  clear_tables (tables, n_tables);
  if (!pt_store_commit (target, error))
    return FALSE;

  if (counts_out != NULL)
    *counts_out = g_steal_pointer (&counts);
  return TRUE;
}
