/* pt-store-bulk.c: the bulk write path (see pt-store-bulk.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements are prepared once per record type and reused with
 * pt_db_reset()/bind; no RETURNING (the id is the last rowid), no
 * savepoint per row. Appended rows go BATCH_ROWS to a statement: SQLite
 * builds the lookup tables of the schema's CHECK (x IN (...)) constraints
 * once per statement run, which for one-row INSERTs was a fifth of the
 * time. A larger page cache while the transaction runs keeps
 * the indexes in memory; synchronous stays FULL, which for one transaction
 * costs one sync at the commit.
 *
 * The triggers that keep patient_summaries exact (pt-schema.c, migration 2)
 * run for every row here as for any write: generating 1,000 patients took
 * about 8 % longer with them (2.08 s against 2.24 s at best), so the bulk
 * path does not work around them.
 *
 * The audit trail's insert triggers (migration 6) are another matter: an
 * audit row per generated record tripled the time of a generated clinic
 * and quadrupled its file, for synthetic records no clinician entered.
 * The bulk path drops those triggers inside its transaction, writes one
 * audit row for the whole fill at the commit ("generate: 1000 patients and
 * 217863 records in one fill"), and recreates them before COMMIT; updates
 * and deletes, including a replaced clinic's, stay audited row by row.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-date.h"
#include "pt-error.h"
#include "pt-store-bulk.h"
#include "pt-store-private.h"
#include "pt-validate.h"

/* KiB of page cache while a bulk write runs (PRAGMA cache_size=-N). */
#define BULK_CACHE_KIB 65536

#define MAX_TYPES 8

/* Rows per statement of pt_store_bulk_append(). */
#define BATCH_ROWS 32

typedef struct
{
  GType          type;
  PtRecordClass *klass;
  PtStmt        *single;   /* INSERT ... VALUES (one row) */
  PtStmt        *batch;    /* INSERT ... SELECT * FROM (VALUES BATCH_ROWS rows) LIMIT ? */
  guint          pending;  /* rows bound to @batch, not yet written */
  guint64        n_rows;   /* written or bound, for the audit row */
} Insert;

struct _PtStoreBulk
{
  PtStore *store;
  char    *what;        /* "generate", for the audit row */
  gint64   cache_size;  /* to put back */
  GDate    today;       /* read once: a bulk write is one moment */
  Insert   inserts[MAX_TYPES];
  guint    n_inserts;
};

/* Children first, so foreign keys never point at a deleted row. */
static const char delete_all[] =
  "DELETE FROM outcomes; DELETE FROM run_plans; "
  "DELETE FROM runs; DELETE FROM cross_training; DELETE FROM shoes; "
  "DELETE FROM pain_scores; DELETE FROM sessions; DELETE FROM conditions; "
  "DELETE FROM patients;";

static void
finalize_statements (PtStoreBulk *bulk)
{
  for (guint i = 0; i < bulk->n_inserts; i++)
    {
      pt_db_stmt_free (bulk->inserts[i].single);
      pt_db_stmt_free (bulk->inserts[i].batch);
    }
  bulk->n_inserts = 0;
}

static void
bulk_free (PtStoreBulk *bulk)
{
  finalize_statements (bulk);

  pt_store_restore_cache (bulk->store, bulk->cache_size);
  g_object_unref (bulk->store);
  g_free (bulk->what);
  g_free (bulk);
}

static gboolean
make_room (PtStore     *store,
           gboolean     replace,
           const char  *what,
           GError     **error)
{
  gint64 n = pt_store_count_patients (store, TRUE, error);

  if (n < 0)
    return FALSE;
  if (n == 0)
    return TRUE;
  if (replace)
    return pt_store_exec (store, delete_all, error);

  g_set_error (error, PT_ERROR, PT_ERROR_HAS_RECORDS,
               g_dngettext (GETTEXT_PACKAGE,
                            "This database already has %d patient; %s fills only an empty "
                            "database, unless asked to replace them all",
                            "This database already has %d patients; %s fills only an empty "
                            "database, unless asked to replace them all",
                            (gulong) n),
               (int) n, what);
  return FALSE;
}

PtStoreBulk *
pt_store_bulk_begin (PtStore     *store,
                     gboolean     replace,
                     const char  *what,
                     GError     **error)
{
  PtStoreBulk *bulk;
  gint64 cache_size;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  /* Before the transaction: its first write's quick_check uses temporary
   * storage, which cannot change mode inside a transaction after that. */
  if (!pt_store_grow_cache (store, BULK_CACHE_KIB, &cache_size, error))
    return NULL;
  if (!pt_store_begin (store, error))
    {
      pt_store_restore_cache (store, cache_size);
      return NULL;
    }

  bulk = g_new0 (PtStoreBulk, 1);
  bulk->store = g_object_ref (store);
  bulk->what = g_strdup (what);
  bulk->cache_size = cache_size;
  pt_date_today (&bulk->today);

  /* make_room()'s deletes of a clinic being replaced are audited row by
   * row; the synthetic rows that follow are one audit row, written at the
   * commit, and the insert triggers come back in the same transaction, so
   * no other connection ever sees them gone. */
  if (!make_room (store, replace, what, error) ||
      !pt_store_audit_pause_inserts (store, error))
    {
      pt_store_bulk_abort (bulk);
      return NULL;
    }

  return bulk;
}

static Insert *
insert_for (PtStoreBulk  *bulk,
            PtRecord     *record,
            GError      **error)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (record);
  GType type = G_OBJECT_TYPE (record);
  g_autofree char *columns = NULL;
  g_autofree char *one = NULL;
  g_autofree char *many = NULL;
  g_autofree char *single = NULL;
  g_autofree char *batch = NULL;
  Insert *insert;

  for (guint i = 0; i < bulk->n_inserts; i++)
    if (bulk->inserts[i].type == type)
      return &bulk->inserts[i];

  g_assert (bulk->n_inserts < MAX_TYPES);

  columns = pt_store_column_list (klass);
  one = pt_store_values_sql (klass->n_fields, 1);
  many = pt_store_batch_values_sql (klass, NULL, BATCH_ROWS);
  single = g_strdup_printf ("INSERT INTO %s (%s) VALUES %s", klass->table, columns, one);
  /* VALUES rows come out in order, so ids follow the order of appends. */
  batch = g_strdup_printf ("INSERT INTO %s (%s) SELECT * FROM (VALUES %s) AS v LIMIT ?",
                           klass->table, columns, many);

  insert = &bulk->inserts[bulk->n_inserts];
  *insert = (Insert) { .type = type, .klass = klass };
  insert->single = pt_store_prepare_owned (bulk->store, single, error);
  if (insert->single == NULL)
    return NULL;
  insert->batch = pt_store_prepare_owned (bulk->store, batch, error);
  if (insert->batch == NULL)
    {
      pt_db_stmt_free (insert->single);
      return NULL;
    }

  bulk->n_inserts++;
  return insert;
}

static gboolean
step (PtStoreBulk  *bulk,
      PtStmt       *stmt,
      GError      **error)
{
  int rc = pt_store_step (bulk->store, stmt, error);

  pt_db_reset (stmt);
  return rc != 0;
}

static gboolean
flush (PtStoreBulk  *bulk,
       Insert       *insert,
       GError      **error)
{
  if (insert->pending == 0)
    return TRUE;

  pt_db_bind_int64 (insert->batch, (int) (BATCH_ROWS * insert->klass->n_fields + 1),
                    (int) insert->pending);
  insert->pending = 0;
  return step (bulk, insert->batch, error);
}

gint64
pt_store_bulk_insert (PtStoreBulk  *bulk,
                      PtRecord     *record,
                      GError      **error)
{
  Insert *insert;
  gint64 id;

  g_return_val_if_fail (bulk != NULL, 0);
  g_return_val_if_fail (PT_IS_RECORD (record), 0);

  if (!pt_validate_fields_on (record, &bulk->today, error) ||
      !(insert = insert_for (bulk, record, error)))
    return 0;

  for (guint i = 0; i < insert->klass->n_fields; i++)
    pt_store_bind_field (insert->single, (int) i + 1, record, &insert->klass->fields[i]);

  if (!step (bulk, insert->single, error))
    return 0;

  insert->n_rows++;
  id = pt_db_last_insert_id (pt_db_stmt_get_db (insert->single));
  pt_record_set_id (record, id);
  return id;
}

gboolean
pt_store_bulk_append (PtStoreBulk  *bulk,
                      PtRecord     *record,
                      GError      **error)
{
  Insert *insert;
  guint first;

  g_return_val_if_fail (bulk != NULL, FALSE);
  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);

  if (!pt_validate_fields_on (record, &bulk->today, error) ||
      !(insert = insert_for (bulk, record, error)))
    return FALSE;

  first = insert->pending * insert->klass->n_fields + 1;
  for (guint i = 0; i < insert->klass->n_fields; i++)
    pt_store_bind_field (insert->batch, (int) (first + i), record, &insert->klass->fields[i]);

  insert->n_rows++;
  if (++insert->pending == BATCH_ROWS)
    return flush (bulk, insert, error);

  return TRUE;
}

/* One audit row for the whole fill ("3 patients, 1240 records"), and the
 * insert triggers back, so writes after this one are audited row by row. */
static gboolean
audit_fill (PtStoreBulk  *bulk,
            GError      **error)
{
  g_autoptr(PtStmt) stmt = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *patients = NULL;
  g_autofree char *records = NULL;
  guint64 n_patients = 0, n_records = 0;

  for (guint i = 0; i < bulk->n_inserts; i++)
    {
      if (bulk->inserts[i].type == PT_TYPE_PATIENT)
        n_patients += bulk->inserts[i].n_rows;
      else
        n_records += bulk->inserts[i].n_rows;
    }

  /* The counts are formatted first: xgettext cannot read G_GUINT64_FORMAT
   * inside a translatable string. */
  patients = g_strdup_printf ("%" G_GUINT64_FORMAT, n_patients);
  records = g_strdup_printf ("%" G_GUINT64_FORMAT, n_records);
  /* Translators: the audit trail's entry for a generated clinic: what was
   * generated, then the number of patients and of records */
  detail = g_strdup_printf (_("%s: %s patients and %s records in one fill"),
                            bulk->what, patients, records);

  if (!pt_store_audit_resume_inserts (bulk->store, error) ||
      !(stmt = pt_store_prepare (bulk->store,
                                 "INSERT INTO audit (action, detail) VALUES ('create', ?)",
                                 error)))
    return FALSE;

  pt_db_bind_text (stmt, 1, detail);
  return pt_store_step (bulk->store, stmt, error) != 0;
}

gboolean
pt_store_bulk_commit (PtStoreBulk  *bulk,
                      GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (bulk != NULL, FALSE);

  ok = TRUE;
  for (guint i = 0; i < bulk->n_inserts && ok; i++)
    ok = flush (bulk, &bulk->inserts[i], error);
  ok = ok && audit_fill (bulk, error);
  finalize_statements (bulk);

  if (ok)
    ok = pt_store_commit (bulk->store, error);
  else
    pt_store_rollback (bulk->store);
  bulk_free (bulk);
  return ok;
}

void
pt_store_bulk_abort (PtStoreBulk *bulk)
{
  g_return_if_fail (bulk != NULL);

  finalize_statements (bulk);
  pt_store_rollback (bulk->store);
  bulk_free (bulk);
}
