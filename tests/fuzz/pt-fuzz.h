/* pt-fuzz.h: what the fuzz targets share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each fuzz-*.c is one libFuzzer target: LLVMFuzzerTestOneInput gets one
 * input and checks invariants of what core or the CLI make of it, aborting
 * (a crash to libFuzzer, a failure to the replay test) when one does not
 * hold. build-aux/fuzz links a target with clang's -fsanitize=fuzzer;
 * replay-main.c runs the same function on every file of a corpus folder,
 * for `meson test --suite fuzz`.
 */

#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

G_BEGIN_DECLS

int LLVMFuzzerInitialize   (int             *argc,
                            char          ***argv);
int LLVMFuzzerTestOneInput (const uint8_t   *data,
                            size_t           size);

/* Aborts with the failed condition and where, like g_assert, but also in
 * builds with G_DISABLE_ASSERT and without GTest's set-up. */
#define PT_FUZZ_CHECK(condition) \
  G_STMT_START { \
    if (G_UNLIKELY (!(condition))) \
      { \
        fprintf (stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
        abort (); \
      } \
  } G_STMT_END

/* The input as a nul-terminated string (bytes after a nul are not seen by
 * a C-string parser, so they are cut, as a caller's strdup would). */
static inline char *
pt_fuzz_text (const uint8_t *data,
              size_t         size)
{
  return size > 0 ? g_strndup ((const char *) data, size) : g_strdup ("");
}

/* Makes GLib's criticals and warnings (a g_return_if_fail that a bad input
 * reaches) crashes, as G_DEBUG=fatal-criticals does in the tests. */
static inline void
pt_fuzz_fatal_warnings (void)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

G_END_DECLS
