/* pt-test-vfs-preload.c: the test VFS in a program that does not link it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built as a module for LD_PRELOAD: when the program starts, it registers
 * the VFS of pt-test-vfs.c as the default and arms it from the
 * environment. PT_TEST_VFS=disk-full: no write may grow a database or its
 * log (SQLITE_FULL), as on a disk with no space left; max-page-count: the
 * database may not grow past its size at opening (PRAGMA max_page_count).
 * tests/test-disk-full.c runs prolotrack-cli with it.
 */

#include "config.h"

#include "pt-test-vfs.h"

__attribute__((constructor)) static void
pt_test_vfs_preload (void)
{
  const char *plan = g_getenv ("PT_TEST_VFS");

  if (plan == NULL)
    return;

  pt_test_vfs_install ();
  if (g_str_equal (plan, "disk-full"))
    pt_test_vfs_disk_full ();
  else if (g_str_equal (plan, "max-page-count"))
    pt_test_vfs_limit_pages (TRUE);
  else
    g_error ("PT_TEST_VFS=%s: disk-full or max-page-count", plan);
}
