/* fuzz-fit.c: FIT files (pt-fit.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_fit_read on the input as it is, and once more "repaired": its
 * header's data size and its CRCs rewritten to fit, so that changed bytes
 * reach the record parser instead of stopping at the checksum.
 * Invariants: an error is set exactly when NULL is returned, in PT_ERROR
 * with code INVALID and a message; workouts have sports and places of the
 * enums, a UTF-8 sport name, distances and times that are NAN or finite
 * and not negative, a start that is 0 (unknown) or a FIT date, and legs
 * 0, 1, 2, ... in order; there are no more of them than bytes; reading
 * twice gives the same; a repaired file never fails its checksum or ends
 * short.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-error.h"
#include "pt-fit.h"
#include "pt-fuzz.h"

/* FIT's epoch and its first date (0x10000000 s), in Unix seconds; a start
 * may lie up to 2^32 ms of elapsed time before its session's end. */
#define FIT_EPOCH      G_GINT64_CONSTANT (631065600)
#define FIT_FIRST_DATE (FIT_EPOCH + 0x10000000)
#define FIT_LAST_DATE  (FIT_EPOCH + G_GINT64_CONSTANT (0xFFFFFFFF))

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  pt_fuzz_fatal_warnings ();
  return 0;
}

static void
check_quantity (double value)
{
  PT_FUZZ_CHECK (isnan (value) || (isfinite (value) && value >= 0));
}

static gboolean
same_quantity (double a,
               double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* Reads @data and checks the result; returns the error, if any. */
static GError *
check_read (const guint8 *data,
            gsize         size)
{
  GError *error = NULL;
  GError *again_error = NULL;
  g_autoptr(GPtrArray) workouts = pt_fit_read (data, size, &error);
  g_autoptr(GPtrArray) again = pt_fit_read (data, size, &again_error);

  PT_FUZZ_CHECK ((workouts == NULL) == (error != NULL));
  PT_FUZZ_CHECK ((again == NULL) == (again_error != NULL));

  if (error != NULL)
    {
      PT_FUZZ_CHECK (error->domain == PT_ERROR && error->code == PT_ERROR_INVALID);
      PT_FUZZ_CHECK (error->message != NULL && error->message[0] != '\0');
      PT_FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      PT_FUZZ_CHECK (strcmp (error->message, again_error->message) == 0);
      g_clear_error (&again_error);
      return error;
    }

  PT_FUZZ_CHECK (workouts->len <= size);
  PT_FUZZ_CHECK (again->len == workouts->len);
  for (guint i = 0; i < workouts->len; i++)
    {
      const PtWorkout *w = workouts->pdata[i];
      const PtWorkout *v = again->pdata[i];

      PT_FUZZ_CHECK (w != NULL);
      PT_FUZZ_CHECK (w->sport >= PT_WORKOUT_SPORT_UNKNOWN && w->sport <= PT_WORKOUT_SPORT_OTHER);
      PT_FUZZ_CHECK (w->place >= PT_WORKOUT_PLACE_UNKNOWN && w->place <= PT_WORKOUT_PLACE_OPEN_WATER);
      PT_FUZZ_CHECK (w->sport_name != NULL && g_utf8_validate (w->sport_name, -1, NULL));
      PT_FUZZ_CHECK ((w->sport == PT_WORKOUT_SPORT_UNKNOWN) == (w->sport_name[0] == '\0'));
      PT_FUZZ_CHECK (w->sport != PT_WORKOUT_SPORT_UNKNOWN || w->place == PT_WORKOUT_PLACE_UNKNOWN);
      check_quantity (w->distance_m);
      check_quantity (w->duration_s);
      PT_FUZZ_CHECK (w->start_utc == 0
                     || (w->start_utc >= FIT_FIRST_DATE - G_GINT64_CONSTANT (4294968)
                         && w->start_utc <= FIT_LAST_DATE));
      PT_FUZZ_CHECK (w->leg == i);

      PT_FUZZ_CHECK (v->sport == w->sport && v->place == w->place && v->start_utc == w->start_utc);
      PT_FUZZ_CHECK (strcmp (v->sport_name, w->sport_name) == 0);
      PT_FUZZ_CHECK (same_quantity (v->distance_m, w->distance_m));
      PT_FUZZ_CHECK (same_quantity (v->duration_s, w->duration_s));
    }

  return NULL;
}

/* The SDK's CRC-16 (CRC-16/ARC), bit by bit. */
static guint16
crc16 (const guint8 *bytes,
       gsize         n)
{
  guint16 crc = 0;

  for (gsize i = 0; i < n; i++)
    {
      crc ^= bytes[i];
      for (int bit = 0; bit < 8; bit++)
        crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
    }
  return crc;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = check_read (data, size);
  g_autofree guint8 *copy = NULL;
  g_autoptr(GError) repaired_error = NULL;
  gsize header_size, data_size;
  guint16 crc;

  /* One FIT file over the whole input: header, records, CRC. */
  if (size < 14 || data[0] < 12 || data[0] > size - 2 || memcmp (data + 8, ".FIT", 4) != 0)
    return 0;

  header_size = data[0];
  data_size = size - header_size - 2;
  if (data_size > G_MAXUINT32)
    return 0;
  copy = g_memdup2 (data, size);
  for (guint i = 0; i < 4; i++)
    copy[4 + i] = (guint8) (data_size >> (8 * i));
  if (header_size >= 14)
    {
      crc = crc16 (copy, 12);
      copy[12] = (guint8) crc;
      copy[13] = (guint8) (crc >> 8);
    }
  crc = crc16 (copy, size - 2);
  copy[size - 2] = (guint8) crc;
  copy[size - 1] = (guint8) (crc >> 8);

  repaired_error = check_read (copy, size);
  if (repaired_error != NULL)
    {
      PT_FUZZ_CHECK (strstr (repaired_error->message, "checksum") == NULL);
      PT_FUZZ_CHECK (strstr (repaired_error->message, "cut short") == NULL);
    }

  return 0;
}
