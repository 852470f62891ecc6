/* pt-test-workstation.c: one workstation editing a patient (test-conflict.c)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt-test-workstation DATABASE CLINICIAN PATIENT FIELD VALUE: opens
 * DATABASE (a file or a clinic server) as CLINICIAN, reads patient
 * PATIENT, prints "loaded VERSION" and waits, as a form open on a screen
 * does. Each line on its standard input is a step:
 *   save   sets FIELD (a text property) to VALUE and saves the patient:
 *          "saved VERSION", or "conflict" then the message's lines, then
 *          "kept VALUE" (FIELD as the record still holds it), then "."
 *   merge  puts the edit on top of the stored patient (pt_record_rebase)
 *          and saves that: "merged VERSION", or "clash FIELD..." (fields
 *          both changed), or "failed MESSAGE"
 * It exits when its input ends; with 3 when a step failed otherwise.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pt-error.h"
#include "pt-store.h"
#include "pt-audit.h"

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PtStore) store = NULL;
  g_autoptr(PtPatient) original = NULL;
  g_autoptr(PtPatient) mine = NULL;
  g_autoptr(GError) error = NULL;
  const char *field;
  const char *value;
  gint64 id;
  char line[64];

  if (argc != 6)
    {
      g_printerr ("Usage: %s DATABASE CLINICIAN PATIENT FIELD VALUE\n", argv[0]);
      return 2;
    }
  id = g_ascii_strtoll (argv[3], NULL, 10);
  field = argv[4];
  value = argv[5];

  store = pt_store_open (argv[1], &error);
  if (store == NULL || !(original = pt_store_get_patient (store, id, &error)))
    {
      g_printerr ("open: %s\n", error->message);
      return 3;
    }
  pt_store_set_clinician (store, argv[2]);
  mine = PT_PATIENT (pt_record_copy (PT_RECORD (original)));
  say ("loaded %" G_GINT64_FORMAT, pt_record_get_version (PT_RECORD (mine)));

  while (fgets (line, sizeof line, stdin) != NULL)
    {
      g_strchomp (line);
      g_clear_error (&error);

      if (g_str_equal (line, "save"))
        {
          g_autofree char *kept = NULL;

          g_object_set (mine, field, value, NULL);
          if (pt_store_update_patient (store, mine, &error))
            {
              say ("saved %" G_GINT64_FORMAT, pt_record_get_version (PT_RECORD (mine)));
              continue;
            }
          if (!g_error_matches (error, PT_ERROR, PT_ERROR_CONFLICT))
            {
              say ("failed %s", error->message);
              return 3;
            }
          g_object_get (mine, field, &kept, NULL);
          say ("conflict");
          say ("%s", error->message);
          say ("kept %s", kept);
          say (".");
        }
      else if (g_str_equal (line, "merge"))
        {
          g_autoptr(PtPatient) theirs = pt_store_get_patient (store, id, &error);
          g_autoptr(PtRecord) merged = NULL;
          g_auto(GStrv) clashes = NULL;

          if (theirs == NULL)
            {
              say ("failed %s", error->message);
              return 3;
            }
          merged = pt_record_rebase (PT_RECORD (mine), PT_RECORD (original), PT_RECORD (theirs),
                                     &clashes);
          if (clashes != NULL)
            {
              g_autofree char *names = g_strjoinv (" ", clashes);

              say ("clash %s", names);
              continue;
            }
          if (!pt_store_update_patient (store, PT_PATIENT (merged), &error))
            {
              say ("failed %s", error->message);
              return 3;
            }
          say ("merged %" G_GINT64_FORMAT, pt_record_get_version (merged));
        }
      else
        {
          say ("failed unknown step %s", line);
          return 3;
        }
    }

  return 0;
}
