/* pt-test-vfs.c: a test-only SQLite VFS that fails chosen I/O calls
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file opened through it is a ShimFile: our sqlite3_file header
 * followed by the real VFS's own file object, to which every method is
 * passed on. Only the write, sync and truncate of counted files (main
 * database, its journal and its write-ahead log) look at the fault plan
 * first.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "pt-test-vfs.h"

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;    /* right after this struct */
  gboolean      counted;
} ShimFile;

typedef struct
{
  guint       counts[3];     /* by op bit: write, sync, truncate */
  PtTestVfsOp armed_op;      /* 0: no fault planned */
  guint       armed_at;      /* the call of armed_op that fails first */
  guint       armed_seen;    /* calls of armed_op since arming */
  gboolean    persistent;
  int         code;
  gboolean    disk_full;
  gboolean    skip_syncs;
  guint       n_failed;
  guint       total_failed;
} FaultPlan;

static gboolean limit_pages;
static sqlite3_vfs shim_vfs;
static sqlite3_vfs *real_vfs;
static sqlite3_io_methods shim_methods;
static FaultPlan plan;

static guint
op_index (PtTestVfsOp op)
{
  return op == PT_TEST_VFS_WRITE ? 0 : op == PT_TEST_VFS_SYNC ? 1 : 2;
}

static int
default_code (PtTestVfsOp op)
{
  switch (op)
    {
    case PT_TEST_VFS_WRITE:
      return SQLITE_IOERR_WRITE;
    case PT_TEST_VFS_SYNC:
      return SQLITE_IOERR_FSYNC;
    case PT_TEST_VFS_TRUNCATE:
    default:
      return SQLITE_IOERR_TRUNCATE;
    }
}

/* Counts the call; returns the error code to answer it with, or
 * SQLITE_OK to pass it on. */
static int
planned_result (ShimFile    *file,
                PtTestVfsOp  op)
{
  if (!file->counted)
    return SQLITE_OK;

  plan.counts[op_index (op)]++;
  if (plan.armed_op != op)
    return SQLITE_OK;

  plan.armed_seen++;
  if (plan.armed_seen < plan.armed_at || (!plan.persistent && plan.armed_seen > plan.armed_at))
    return SQLITE_OK;

  plan.n_failed++;
  plan.total_failed++;
  return plan.code != 0 ? plan.code : default_code (op);
}

static int
shim_close (sqlite3_file *f)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xClose (file->real);
}

static int
shim_read (sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xRead (file->real, buf, amount, offset);
}

static int
shim_write (sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
  ShimFile *file = (ShimFile *) f;
  int rc = planned_result (file, PT_TEST_VFS_WRITE);

  if (rc != SQLITE_OK)
    return rc;

  if (plan.disk_full && file->counted)
    {
      sqlite3_int64 size = 0;

      rc = file->real->pMethods->xFileSize (file->real, &size);
      if (rc != SQLITE_OK)
        return rc;
      if (offset + amount > size)
        {
          plan.n_failed++;
          plan.total_failed++;
          return SQLITE_FULL;
        }
    }

  return file->real->pMethods->xWrite (file->real, buf, amount, offset);
}

static int
shim_truncate (sqlite3_file *f, sqlite3_int64 size)
{
  ShimFile *file = (ShimFile *) f;
  int rc = planned_result (file, PT_TEST_VFS_TRUNCATE);

  return rc != SQLITE_OK ? rc : file->real->pMethods->xTruncate (file->real, size);
}

static int
shim_sync (sqlite3_file *f, int flags)
{
  ShimFile *file = (ShimFile *) f;
  int rc = planned_result (file, PT_TEST_VFS_SYNC);

  if (rc != SQLITE_OK || plan.skip_syncs)
    return rc;
  return file->real->pMethods->xSync (file->real, flags);
}

static int
shim_file_size (sqlite3_file *f, sqlite3_int64 *size)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xFileSize (file->real, size);
}

static int
shim_lock (sqlite3_file *f, int level)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xLock (file->real, level);
}

static int
shim_unlock (sqlite3_file *f, int level)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xUnlock (file->real, level);
}

static int
shim_check_reserved_lock (sqlite3_file *f, int *out)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xCheckReservedLock (file->real, out);
}

static int
shim_file_control (sqlite3_file *f, int op, void *arg)
{
  ShimFile *file = (ShimFile *) f;
  int rc = file->real->pMethods->xFileControl (file->real, op, arg);

  /* PRAGMA vfs_list and friends name the VFS stack. */
  if (op == SQLITE_FCNTL_VFSNAME && rc == SQLITE_OK)
    *(char **) arg = sqlite3_mprintf ("pt-test/%z", *(char **) arg);
  return rc;
}

static int
shim_sector_size (sqlite3_file *f)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xSectorSize (file->real);
}

static int
shim_device_characteristics (sqlite3_file *f)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xDeviceCharacteristics (file->real);
}

static int
shim_shm_map (sqlite3_file *f, int page, int page_size, int extend, void volatile **out)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xShmMap (file->real, page, page_size, extend, out);
}

static int
shim_shm_lock (sqlite3_file *f, int offset, int n, int flags)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xShmLock (file->real, offset, n, flags);
}

static void
shim_shm_barrier (sqlite3_file *f)
{
  ShimFile *file = (ShimFile *) f;

  file->real->pMethods->xShmBarrier (file->real);
}

static int
shim_shm_unmap (sqlite3_file *f, int delete_flag)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xShmUnmap (file->real, delete_flag);
}

static int
shim_fetch (sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xFetch (file->real, offset, amount, out);
}

static int
shim_unfetch (sqlite3_file *f, sqlite3_int64 offset, void *page)
{
  ShimFile *file = (ShimFile *) f;

  return file->real->pMethods->xUnfetch (file->real, offset, page);
}

static int
shim_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *f,
           int           flags,
           int          *out_flags)
{
  ShimFile *file = (ShimFile *) f;
  int rc;

  memset (file, 0, sizeof *file);
  file->real = (sqlite3_file *) (file + 1);
  file->counted = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL)) != 0;

  rc = real_vfs->xOpen (real_vfs, name, file->real, flags, out_flags);
  if (rc != SQLITE_OK)
    {
      if (file->real->pMethods != NULL)
        file->real->pMethods->xClose (file->real);
      file->base.pMethods = NULL;
      return rc;
    }

  /* The unix VFS's methods are version 3; offer the same. */
  g_assert (file->real->pMethods->iVersion <= shim_methods.iVersion);
  file->base.pMethods = &shim_methods;
  return SQLITE_OK;
}

static const sqlite3_io_methods methods_template = {
  .iVersion = 3,
  .xClose = shim_close,
  .xRead = shim_read,
  .xWrite = shim_write,
  .xTruncate = shim_truncate,
  .xSync = shim_sync,
  .xFileSize = shim_file_size,
  .xLock = shim_lock,
  .xUnlock = shim_unlock,
  .xCheckReservedLock = shim_check_reserved_lock,
  .xFileControl = shim_file_control,
  .xSectorSize = shim_sector_size,
  .xDeviceCharacteristics = shim_device_characteristics,
  .xShmMap = shim_shm_map,
  .xShmLock = shim_shm_lock,
  .xShmBarrier = shim_shm_barrier,
  .xShmUnmap = shim_shm_unmap,
  .xFetch = shim_fetch,
  .xUnfetch = shim_unfetch,
};

void
pt_test_vfs_install (void)
{
  if (real_vfs != NULL)
    return;

  real_vfs = sqlite3_vfs_find ("unix");
  g_assert_nonnull (real_vfs);
  g_assert_cmpint (real_vfs->iVersion, >=, 3);

  /* Every other method is the real VFS's own: they take the VFS only for
   * its pAppData, which the copy shares. */
  shim_vfs = *real_vfs;
  shim_vfs.zName = "pt-test";
  shim_vfs.pNext = NULL;
  shim_vfs.szOsFile = (int) sizeof (ShimFile) + real_vfs->szOsFile;
  shim_vfs.xOpen = shim_open;
  shim_methods = methods_template;

  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
}

void
pt_test_vfs_reset_counts (void)
{
  memset (plan.counts, 0, sizeof plan.counts);
}

guint
pt_test_vfs_count (PtTestVfsOp ops)
{
  guint n = 0;

  for (PtTestVfsOp op = PT_TEST_VFS_WRITE; op <= PT_TEST_VFS_TRUNCATE; op <<= 1)
    if (ops & op)
      n += plan.counts[op_index (op)];

  return n;
}

void
pt_test_vfs_fail (PtTestVfsOp op,
                  guint       k,
                  gboolean    persistent,
                  int         sqlite_code)
{
  g_assert_nonnull (real_vfs);
  g_assert_cmpuint (k, >=, 1);
  g_assert_true (op == PT_TEST_VFS_WRITE || op == PT_TEST_VFS_SYNC || op == PT_TEST_VFS_TRUNCATE);

  pt_test_vfs_clear ();
  plan.armed_op = op;
  plan.armed_at = k;
  plan.persistent = persistent;
  plan.code = sqlite_code;
}

void
pt_test_vfs_disk_full (void)
{
  g_assert_nonnull (real_vfs);

  pt_test_vfs_clear ();
  plan.disk_full = TRUE;
}

/* An auto-extension: runs in every sqlite3_open. max_page_count never
 * goes below the file's size, so 1 means "as it is now". */
static int
limit_pages_on_open (sqlite3                       *db,
                     char                         **message,
                     const struct sqlite3_api_routines *api)
{
  if (!limit_pages)
    return SQLITE_OK;
  return sqlite3_exec (db, "PRAGMA max_page_count = 1", NULL, NULL, message);
}

void
pt_test_vfs_limit_pages (gboolean on)
{
  static gboolean registered;

  if (!registered)
    {
      g_assert_cmpint (sqlite3_auto_extension ((void (*) (void)) limit_pages_on_open), ==,
                       SQLITE_OK);
      registered = TRUE;
    }
  limit_pages = on;
}

void
pt_test_vfs_skip_syncs (gboolean skip)
{
  plan.skip_syncs = skip;
}

void
pt_test_vfs_clear (void)
{
  plan.armed_op = 0;
  plan.armed_at = 0;
  plan.armed_seen = 0;
  plan.persistent = FALSE;
  plan.code = 0;
  plan.disk_full = FALSE;
  plan.n_failed = 0;
}

guint
pt_test_vfs_n_failed (void)
{
  return plan.n_failed;
}

guint
pt_test_vfs_total_failed (void)
{
  return plan.total_failed;
}
