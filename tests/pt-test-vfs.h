/* pt-test-vfs.h: a test-only SQLite VFS that fails chosen I/O calls
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_test_vfs_install() registers "pt-test" as the process's default VFS,
 * so every connection opened afterwards (the PtStore's included) goes
 * through it. It wraps the real unix VFS and counts the writes, syncs and
 * truncates of database and write-ahead-log files (not of -shm or
 * temporary files). Armed with pt_test_vfs_fail(), it fails the k-th
 * matching call from then on, once or persistently until
 * pt_test_vfs_clear(); armed with pt_test_vfs_disk_full(), every write
 * that would make such a file longer fails with SQLITE_FULL, as on a disk
 * with no free space left.
 *
 * The state is global, as the VFS registry is: use it from one thread.
 *
 * A program that links nothing of this (the CLI) gets the same VFS through
 * the LD_PRELOAD module built from pt-test-vfs-preload.c, armed by
 * PT_TEST_VFS=disk-full or PT_TEST_VFS=max-page-count in its environment.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PT_TEST_VFS_WRITE    = 1 << 0,
  PT_TEST_VFS_SYNC     = 1 << 1,
  PT_TEST_VFS_TRUNCATE = 1 << 2,
} PtTestVfsOp;

#define PT_TEST_VFS_ALL (PT_TEST_VFS_WRITE | PT_TEST_VFS_SYNC | PT_TEST_VFS_TRUNCATE)

/* Registers the VFS as the default (once; later calls do nothing). */
void         pt_test_vfs_install     (void);
/* Sets every counter to zero. */
void         pt_test_vfs_reset_counts (void);
/* Calls of @ops since the last reset. */
guint        pt_test_vfs_count       (PtTestVfsOp  ops);
/* Fails the @k-th call (1 = the next) of @op from now, with its
 * SQLITE_IOERR_WRITE, _FSYNC or _TRUNCATE (or @sqlite_code when not 0);
 * @persistent: that call and every later one of @op, until cleared. */
void         pt_test_vfs_fail        (PtTestVfsOp  op,
                                      guint        k,
                                      gboolean     persistent,
                                      int          sqlite_code);
/* From now on, a write that would grow a file fails with SQLITE_FULL. */
void         pt_test_vfs_disk_full   (void);
/* @skip: syncs are counted (and can fail) but not done, for speed, in
 * tests that never lose power. */
void         pt_test_vfs_skip_syncs  (gboolean     skip);
/* @on: every connection opened from now on gets PRAGMA max_page_count
 * set to the file's size at opening (an auto-extension), so a save that
 * needs a new page fails with SQLITE_FULL: SQLite's own "disk full". */
void         pt_test_vfs_limit_pages (gboolean     on);
/* Disarms; the counters go on. */
void         pt_test_vfs_clear       (void);
/* Calls failed since the last pt_test_vfs_fail() or _disk_full(). */
guint        pt_test_vfs_n_failed    (void);
/* Every call failed since the VFS was installed. */
guint        pt_test_vfs_total_failed (void);

G_END_DECLS
