/* pt-store-bulk.c: the bulk write path (see pt-store-bulk.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One INSERT statement per record type, prepared once and reused with
 * sqlite3_reset()/bind; no RETURNING (the id is the last rowid), no
 * savepoint per row. A larger page cache while the transaction runs keeps
 * the indexes in memory; synchronous stays FULL, which for one transaction
 * costs one sync at the commit.
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

struct _PtStoreBulk
{
  PtStore *store;
  gint64   cache_size;  /* to put back */
  GDate    today;       /* read once: a bulk write is one moment */
  struct
  {
    GType   type;
    PtStmt *stmt;
  } inserts[MAX_TYPES];
  guint    n_inserts;
};

/* Children first, so foreign keys never point at a deleted row. */
static const char delete_all[] =
  "DELETE FROM runs; DELETE FROM cross_training; DELETE FROM shoes; "
  "DELETE FROM pain_scores; DELETE FROM sessions; DELETE FROM conditions; "
  "DELETE FROM patients;";

static void
bulk_free (PtStoreBulk *bulk)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size=%" G_GINT64_FORMAT,
                                             bulk->cache_size);

  for (guint i = 0; i < bulk->n_inserts; i++)
    sqlite3_finalize (bulk->inserts[i].stmt);

  pt_store_exec (bulk->store, pragma, NULL);
  g_object_unref (bulk->store);
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
  g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size=-%d", BULK_CACHE_KIB);

  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  cache_size = pt_store_query_int (store, "PRAGMA cache_size", 0, error);
  if (cache_size == -1 && error != NULL && *error != NULL)
    return NULL;
  if (!pt_store_begin (store, error))
    return NULL;

  bulk = g_new0 (PtStoreBulk, 1);
  bulk->store = g_object_ref (store);
  bulk->cache_size = cache_size;
  pt_date_today (&bulk->today);

  if (!pt_store_exec (store, pragma, error) || !make_room (store, replace, what, error))
    {
      pt_store_bulk_abort (bulk);
      return NULL;
    }

  return bulk;
}

static PtStmt *
insert_for (PtStoreBulk    *bulk,
            PtRecordClass  *klass,
            GType           type,
            GError        **error)
{
  g_autofree char *columns = NULL;
  g_autoptr(GString) sql = NULL;
  PtStmt *stmt;

  for (guint i = 0; i < bulk->n_inserts; i++)
    if (bulk->inserts[i].type == type)
      return bulk->inserts[i].stmt;

  g_assert (bulk->n_inserts < MAX_TYPES);

  columns = pt_store_column_list (klass);
  sql = g_string_new (NULL);
  g_string_append_printf (sql, "INSERT INTO %s (%s) VALUES (", klass->table, columns);
  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append (sql, i ? ", ?" : "?");
  g_string_append (sql, ")");

  stmt = pt_store_prepare_owned (bulk->store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  bulk->inserts[bulk->n_inserts].type = type;
  bulk->inserts[bulk->n_inserts].stmt = stmt;
  bulk->n_inserts++;
  return stmt;
}

gint64
pt_store_bulk_insert (PtStoreBulk  *bulk,
                      PtRecord     *record,
                      GError      **error)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (record);
  PtStmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (bulk != NULL, 0);
  g_return_val_if_fail (PT_IS_RECORD (record), 0);

  if (!pt_validate_fields_on (record, &bulk->today, error))
    return 0;

  stmt = insert_for (bulk, klass, G_OBJECT_TYPE (record), error);
  if (stmt == NULL)
    return 0;

  for (guint i = 0; i < klass->n_fields; i++)
    pt_store_bind_field (stmt, (int) i + 1, record, &klass->fields[i]);

  rc = pt_store_step (bulk->store, stmt, error);
  sqlite3_reset (stmt);
  if (rc == 0)
    return 0;

  id = sqlite3_last_insert_rowid (sqlite3_db_handle (stmt));
  pt_record_set_id (record, id);
  return id;
}

gboolean
pt_store_bulk_commit (PtStoreBulk  *bulk,
                      GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (bulk != NULL, FALSE);

  for (guint i = 0; i < bulk->n_inserts; i++)
    sqlite3_finalize (bulk->inserts[i].stmt);
  bulk->n_inserts = 0;

  ok = pt_store_commit (bulk->store, error);
  bulk_free (bulk);
  return ok;
}

void
pt_store_bulk_abort (PtStoreBulk *bulk)
{
  g_return_if_fail (bulk != NULL);

  for (guint i = 0; i < bulk->n_inserts; i++)
    sqlite3_finalize (bulk->inserts[i].stmt);
  bulk->n_inserts = 0;

  pt_store_rollback (bulk->store);
  bulk_free (bulk);
}
