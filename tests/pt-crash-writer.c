/* pt-crash-writer.c: writes until it is killed (test-crash.c)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt-crash-writer DATABASE FIRST: opens DATABASE through pt_store_open,
 * prints "ready", then does the numbered writes of pt-crash-ops.c from
 * FIRST on, printing "ack N" once write N has committed, each line written
 * straight to stdout (no buffer to lose). It stops by itself only on an
 * error (exit status 3) or when its parent is gone.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pt-crash-ops.h"

#define MAX_WRITES 1000000

static void
say (const char *line)
{
  size_t done = 0, len = strlen (line);

  while (done < len)
    {
      ssize_t n = write (STDOUT_FILENO, line + done, len - done);

      if (n <= 0)
        exit (4);
      done += (size_t) n;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  pid_t parent = getppid ();
  guint64 first;

  if (argc != 3)
    {
      g_printerr ("Usage: %s DATABASE FIRST\n", argv[0]);
      return 2;
    }
  first = g_ascii_strtoull (argv[2], NULL, 10);

  store = pt_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("open: %s\n", error->message);
      return 3;
    }
  say ("ready\n");

  for (guint64 n = first; n < first + MAX_WRITES && getppid () == parent; n++)
    {
      g_autofree char *line = NULL;

      if (!pt_crash_op (store, n, &error))
        {
          g_printerr ("write %" G_GUINT64_FORMAT ": %s\n", n, error->message);
          return 3;
        }
      line = g_strdup_printf ("ack %" G_GUINT64_FORMAT "\n", n);
      say (line);
    }

  return 0;
}
