/* pt-test-cli.h: running prolotrack-cli from a test, and watching files
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs $PROLOTRACK_CLI --database @db ARGS... (as @user when not NULL,
 * through runuser); fills @out and @err (freed first) and returns the exit
 * status. Asserts that it exited normally. */
int    pt_test_cli_run_argv  (const char         *db,
                              const char         *user,
                              char              **out,
                              char              **err,
                              const char * const *args);

#define pt_test_cli_run(db, out, err, ...) \
  pt_test_cli_run_argv ((db), NULL, (out), (err), (const char *[]) { __VA_ARGS__, NULL })
#define pt_test_cli_run_as(user, db, out, err, ...) \
  pt_test_cli_run_argv ((db), (user), (out), (err), (const char *[]) { __VA_ARGS__, NULL })

/* SHA-256 of the file's bytes, or "missing". */
char  *pt_test_file_digest   (const char         *path);

G_END_DECLS
