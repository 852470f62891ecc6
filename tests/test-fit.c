/* test-fit.c: workouts read from FIT files (pt-fit.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real files from watches (tests/data/devices/, reference values in its
 * README.md) and files built here byte by byte for what those do not have:
 * multisport legs, compressed timestamps, developer fields, big-endian
 * definitions, chained files and damaged ones.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "pt-error.h"
#include "pt-fit.h"
#include "pt-test-fit.h"
#include "pt-test-utils.h"

/* 1989-12-31T00:00:00Z, the FIT epoch, in Unix seconds. */
#define FIT_EPOCH 631065600

/* ---- the device files ---- */

static GBytes *
device_file (const char *name)
{
  const char *data = g_getenv ("PROLOTRACK_TEST_DATA");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize size = 0;

  g_assert_nonnull (data);
  path = g_build_filename (data, "devices", name, NULL);
  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, size);
}

static GPtrArray *
read_bytes (GBytes  *bytes,
            GError **error)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  return pt_fit_read (data, size, error);
}

static gint64
utc (const char *iso)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}

static void
assert_within (double actual,
               double expected,
               double tolerance)
{
  if (!(fabs (actual - expected) <= tolerance))
    g_error ("%g is not within %g of %g", actual, tolerance, expected);
}

typedef struct
{
  const char     *file;
  PtWorkoutSport  sport;
  PtWorkoutPlace  place;
  const char     *sport_name;
  const char     *start;
  double          distance_m;
  double          duration_s;
} Reference;

static void
assert_reference (const Reference *ref,
                  GBytes          *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = read_bytes (bytes, &error);
  PtWorkout *workout;

  g_test_message ("%s", ref->file);
  g_assert_no_error (error);
  g_assert_nonnull (workouts);
  g_assert_cmpuint (workouts->len, ==, 1);
  workout = workouts->pdata[0];
  g_assert_cmpint (workout->sport, ==, ref->sport);
  g_assert_cmpint (workout->place, ==, ref->place);
  g_assert_cmpstr (workout->sport_name, ==, ref->sport_name);
  g_assert_cmpint (workout->start_utc, ==, utc (ref->start));
  /* Within 0.5 % (and 1 cm, for the rowing machine's 0 m). */
  assert_within (workout->distance_m, ref->distance_m, MAX (ref->distance_m * 0.005, 0.01));
  assert_within (workout->duration_s, ref->duration_s, 1);
  g_assert_cmpuint (workout->leg, ==, 0);
}

/* The README's table: what independent parsers read from each file. */
static const Reference references[] = {
  { "garmin-fenix-5-run.fit", PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_UNKNOWN, "running",
    "2017-06-11T14:34:09Z", 157.56, 56.887 },
  { "activity-small-fenix2-run.fit", PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_UNKNOWN, "running",
    "2015-08-15T14:45:08Z", 9008.22, 2832 },
  { "garmin-fenix-5-bike.fit", PT_WORKOUT_SPORT_CYCLING, PT_WORKOUT_PLACE_UNKNOWN, "cycling",
    "2017-06-12T16:09:22Z", 459.52, 60.363 },
  { "garmin-fenix-5-walk.fit", PT_WORKOUT_SPORT_WALKING, PT_WORKOUT_PLACE_UNKNOWN, "walking",
    "2017-06-11T14:32:51Z", 67.85, 45.379 },
  { "Activity.fit", PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_UNKNOWN, "running",
    "2012-04-09T21:22:26Z", 5.73, 13.749 },
  { "20170518-191602-1740899583.fit", PT_WORKOUT_SPORT_ROWING, PT_WORKOUT_PLACE_INDOOR,
    "fitness_equipment / indoor_rowing", "2017-05-18T16:37:30Z", 0, 1707.308 },
  /* An activity, then a settings file whose header says ".GIT": the
   * activity passed its CRC and is read; the rest is ignored (pt-fit.c). */
  { "activity-settings-corruptheader.fit", PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_UNKNOWN,
    "running", "2012-04-09T21:22:26Z", 5.73, 13.749 },
};

static void
test_devices (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autoptr(GBytes) bytes = device_file (references[i].file);

      assert_reference (&references[i], bytes);
    }
}

/* The truncated device file is refused, saying where it stops; so is every
 * shorter piece of a good file. */
static void
test_truncated (void)
{
  g_autoptr(GBytes) cut = device_file ("activity-unexpected-eof.fit");
  g_autoptr(GBytes) whole = device_file ("Activity.fit");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = read_bytes (cut, &error);
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (whole, &size);

  g_assert_null (workouts);
  pt_test_assert_error (error, PT_ERROR_INVALID, NULL,
                        "cut short", "ends at byte 768", "in the middle of the record", NULL);

  for (gsize n = 0; n < size; n++)
    {
      g_autoptr(GError) piece_error = NULL;
      g_autoptr(GPtrArray) piece = pt_fit_read (data, n, &piece_error);

      g_assert_null (piece);
      g_assert_error (piece_error, PT_ERROR, PT_ERROR_INVALID);
      if (n >= 12)
        pt_test_assert_contains (piece_error->message, "cut short");
    }
}

/* One changed byte anywhere after the header fails the CRC; in the header
 * it is refused one way or another. */
static void
test_damaged (void)
{
  g_autoptr(GBytes) whole = device_file ("Activity.fit");
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (whole, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);

  for (gsize i = 0; i < size; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) workouts = NULL;

      copy[i] ^= 0xFF;
      workouts = pt_fit_read (copy, size, &error);
      copy[i] ^= 0xFF;

      g_assert_null (workouts);
      g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
      if (i >= 12)
        g_assert_cmpstr (error->message, ==, "The file is damaged: its checksum does not match.");
    }
}

/* ---- files built here (pt-test-fit.h) ---- */

static PtWorkout *
only_workout (GPtrArray *workouts)
{
  g_assert_nonnull (workouts);
  g_assert_cmpuint (workouts->len, ==, 1);
  return workouts->pdata[0];
}

/* 2026-03-14 08:00:00 UTC as FIT time. */
#define T0 ((guint32) (1773475200 - FIT_EPOCH))

static void
test_multisport (void)
{
  const struct { guint sport, sub_sport; PtWorkoutSport family; const char *name; } legs[] = {
    { 1, 2, PT_WORKOUT_SPORT_RUNNING, "running / street" },
    { 3, 0, PT_WORKOUT_SPORT_TRANSITION, "transition" },
    { 2, 7, PT_WORKOUT_SPORT_CYCLING, "cycling / road" },
    { 3, 0, PT_WORKOUT_SPORT_TRANSITION, "transition" },
    { 1, 0, PT_WORKOUT_SPORT_RUNNING, "running" },
  };
  PtTestFit *fit = pt_test_fit_new (14);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  guint32 start = T0;

  pt_test_fit_define_session (fit, 2, FALSE, 0);
  for (guint i = 0; i < G_N_ELEMENTS (legs); i++)
    {
      PtTestFitSession s = { start + 600, start, legs[i].sport, legs[i].sub_sport, 600000, 150000 };

      pt_test_fit_session (fit, 2, &s, FALSE, 0);
      start += 600;
    }
  bytes = pt_test_fit_finish (fit, FALSE);

  workouts = read_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, G_N_ELEMENTS (legs));
  for (guint i = 0; i < G_N_ELEMENTS (legs); i++)
    {
      PtWorkout *w = workouts->pdata[i];

      g_assert_cmpuint (w->leg, ==, i);
      g_assert_cmpint (w->sport, ==, legs[i].family);
      g_assert_cmpstr (w->sport_name, ==, legs[i].name);
      g_assert_cmpint (w->start_utc, ==, (gint64) T0 + FIT_EPOCH + 600 * i);
      g_assert_cmpfloat (w->distance_m, ==, 1500);
      g_assert_cmpfloat (w->duration_s, ==, 600);
    }
  g_assert_cmpint (((PtWorkout *) workouts->pdata[0])->place, ==, PT_WORKOUT_PLACE_ROAD);
  g_assert_cmpint (((PtWorkout *) workouts->pdata[2])->place, ==, PT_WORKOUT_PLACE_ROAD);
}

/* A session with a compressed-timestamp header and no start_time starts
 * at that timestamp less its elapsed time; the 5-bit offset rolls over. */
static void
test_compressed_timestamp (void)
{
  const guint8 session_fields[][3] = { { 5, 1, 0x00 }, { 7, 4, 0x86 }, { 8, 4, 0x86 } };
  /* Low 5 bits 0x1E: offset 3 rolls over to the next 32 s, offset 0x1F not. */
  guint32 last = (T0 & ~(guint32) 0x1F) | 0x1E;
  const struct { guint offset; guint32 expected; } cases[] = {
    { 0x03, (last & ~(guint32) 0x1F) + 0x20 + 0x03 },
    { 0x1F, (last & ~(guint32) 0x1F) + 0x1F },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      PtTestFit *fit = pt_test_fit_new (12);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) workouts = NULL;
      g_autoptr(GError) error = NULL;
      PtWorkout *w;

      pt_test_fit_define_record (fit, 0);
      pt_test_fit_u8 (fit, 0);
      pt_test_fit_uint (fit, last, 4, FALSE);

      /* The session on local type 1, then sent with a compressed header
       * (bit 7, local type in bits 5-6, offset in bits 0-4). */
      pt_test_fit_u8 (fit, 0x40 | 1);
      pt_test_fit_u8 (fit, 0);
      pt_test_fit_u8 (fit, 0);
      pt_test_fit_uint (fit, 18, 2, FALSE);
      pt_test_fit_u8 (fit, G_N_ELEMENTS (session_fields));
      for (guint i = 0; i < G_N_ELEMENTS (session_fields); i++)
        g_byte_array_append (fit->bytes, session_fields[i], 3);
      pt_test_fit_u8 (fit, 0x80 | (1 << 5) | cases[c].offset);
      pt_test_fit_u8 (fit, 1);                    /* running */
      pt_test_fit_uint (fit, 50000, 4, FALSE);    /* timer 50 s */
      pt_test_fit_uint (fit, 62000, 4, FALSE);    /* elapsed 62 s */
      bytes = pt_test_fit_finish (fit, FALSE);

      workouts = read_bytes (bytes, &error);
      g_assert_no_error (error);
      w = only_workout (workouts);
      g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_RUNNING);
      g_assert_cmpint (w->start_utc, ==, (gint64) cases[c].expected + FIT_EPOCH - 62);
      g_assert_cmpfloat (w->duration_s, ==, 50);
      g_assert_true (isnan (w->distance_m));
    }
}

/* A developer field's bytes are skipped by their declared size. */
static void
test_developer_field (void)
{
  PtTestFit *fit = pt_test_fit_new (14);
  PtTestFitSession s = { T0 + 3600, T0, 5, 17, 3000000, 250000 };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  PtWorkout *w;

  pt_test_fit_define_session (fit, 5, FALSE, 7);
  pt_test_fit_session (fit, 5, &s, FALSE, 7);
  pt_test_fit_session (fit, 5, &s, FALSE, 7);
  bytes = pt_test_fit_finish (fit, TRUE);

  workouts = read_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 2);
  w = workouts->pdata[1];
  g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_SWIMMING);
  g_assert_cmpint (w->place, ==, PT_WORKOUT_PLACE_POOL);
  g_assert_cmpstr (w->sport_name, ==, "swimming / lap_swimming");
  g_assert_cmpint (w->start_utc, ==, (gint64) T0 + FIT_EPOCH);
  g_assert_cmpfloat (w->distance_m, ==, 2500);
  g_assert_cmpfloat (w->duration_s, ==, 3000);
  g_assert_cmpuint (w->leg, ==, 1);
}

static void
test_big_endian (void)
{
  PtTestFit *fit = pt_test_fit_new (12);
  PtTestFitSession s = { T0 + 5400, T0, 15, 14, 5400000, 1234567 };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  PtWorkout *w;

  pt_test_fit_define_session (fit, 15, TRUE, 0);
  pt_test_fit_session (fit, 15, &s, TRUE, 0);
  bytes = pt_test_fit_finish (fit, FALSE);

  workouts = read_bytes (bytes, &error);
  g_assert_no_error (error);
  w = only_workout (workouts);
  g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_ROWING);
  g_assert_cmpint (w->place, ==, PT_WORKOUT_PLACE_INDOOR);
  g_assert_cmpstr (w->sport_name, ==, "rowing / indoor_rowing");
  g_assert_cmpint (w->start_utc, ==, (gint64) T0 + FIT_EPOCH);
  g_assert_cmpfloat (w->distance_m, ==, 12345.67);
  g_assert_cmpfloat (w->duration_s, ==, 5400);
}

static GBytes *
concat (GBytes *first,
        GBytes *second,
        gsize   second_size)
{
  GByteArray *all = g_byte_array_new ();

  g_byte_array_append (all, g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_byte_array_append (all, g_bytes_get_data (second, NULL), MIN (second_size, g_bytes_get_size (second)));
  return g_byte_array_free_to_bytes (all);
}

/* Concatenated FIT files are read in turn, the legs counted on; a damaged
 * or cut second part refuses the whole. */
static void
test_chained (void)
{
  PtTestFitSession run = { T0 + 1800, T0, 1, 3, 1800000, 600000 };
  PtTestFitSession walk = { T0 + 9000, T0 + 7200, 11, 0, 1800000, 300000 };
  g_autoptr(GBytes) first = pt_test_fit_one_session (&run);
  g_autoptr(GBytes) second = pt_test_fit_one_session (&walk);
  g_autoptr(GBytes) both = concat (first, second, G_MAXSIZE);
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  PtWorkout *w;

  workouts = read_bytes (both, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 2);
  w = workouts->pdata[0];
  g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_RUNNING);
  g_assert_cmpint (w->place, ==, PT_WORKOUT_PLACE_TRAIL);
  g_assert_cmpuint (w->leg, ==, 0);
  w = workouts->pdata[1];
  g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_WALKING);
  g_assert_cmpstr (w->sport_name, ==, "walking");
  g_assert_cmpint (w->start_utc, ==, (gint64) T0 + 7200 + FIT_EPOCH);
  g_assert_cmpfloat (w->distance_m, ==, 3000);
  g_assert_cmpuint (w->leg, ==, 1);

  /* The second part cut short. */
  {
    g_autoptr(GBytes) cut = concat (first, second, g_bytes_get_size (second) - 5);
    g_autoptr(GError) cut_error = NULL;
    g_autoptr(GPtrArray) none = read_bytes (cut, &cut_error);

    g_assert_null (none);
    pt_test_assert_error (cut_error, PT_ERROR_INVALID, NULL, "cut short", NULL);
  }

  /* The second part damaged. */
  {
    g_autoptr(GBytes) damaged = NULL;
    g_autoptr(GError) crc_error = NULL;
    g_autoptr(GPtrArray) none = NULL;
    g_autofree char *where = g_strdup_printf ("byte %u", (guint) g_bytes_get_size (first));
    GByteArray *all = g_byte_array_new ();

    g_byte_array_append (all, g_bytes_get_data (both, NULL), g_bytes_get_size (both));
    all->data[all->len - 6] ^= 0x01;
    damaged = g_byte_array_free_to_bytes (all);
    none = read_bytes (damaged, &crc_error);
    g_assert_null (none);
    pt_test_assert_error (crc_error, PT_ERROR_INVALID, NULL, "checksum", where, NULL);
  }

  /* Bytes after a complete file that are not a FIT header are ignored. */
  {
    static const guint8 tail[] = "\0\0\0\0padding after the file";
    g_autoptr(GBytes) garbage = g_bytes_new_static (tail, sizeof tail);
    g_autoptr(GBytes) padded = concat (first, garbage, G_MAXSIZE);
    g_autoptr(GError) pad_error = NULL;
    g_autoptr(GPtrArray) one = read_bytes (padded, &pad_error);

    g_assert_no_error (pad_error);
    g_assert_cmpint (only_workout (one)->sport, ==, PT_WORKOUT_SPORT_RUNNING);
  }
}

static void
test_undefined_type (void)
{
  PtTestFit *fit = pt_test_fit_new (14);
  PtTestFitSession s = { T0 + 60, T0, 1, 0, 60000, 20000 };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_fit_define_session (fit, 0, FALSE, 0);
  pt_test_fit_session (fit, 0, &s, FALSE, 0);
  pt_test_fit_session (fit, 3, &s, FALSE, 0);     /* local type 3 was never defined */
  bytes = pt_test_fit_finish (fit, TRUE);

  workouts = read_bytes (bytes, &error);
  g_assert_null (workouts);
  /* 14 header + 24 definition + 19 data message. */
  pt_test_assert_error (error, PT_ERROR_INVALID, NULL,
                        "damaged", "byte 57", "message type 3", "no definition", NULL);
}

/* A definition whose fields need more bytes than the records have. */
static void
test_overrun (void)
{
  PtTestFit *fit = pt_test_fit_new (14);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_fit_u8 (fit, 0x40);
  pt_test_fit_u8 (fit, 0);
  pt_test_fit_u8 (fit, 0);
  pt_test_fit_uint (fit, 18, 2, FALSE);
  pt_test_fit_u8 (fit, 2);
  pt_test_fit_u8 (fit, 5); pt_test_fit_u8 (fit, 1); pt_test_fit_u8 (fit, 0x00);
  pt_test_fit_u8 (fit, 7); pt_test_fit_u8 (fit, 250); pt_test_fit_u8 (fit, 0x0D);
  pt_test_fit_u8 (fit, 0);
  pt_test_fit_u8 (fit, 1);
  pt_test_fit_uint (fit, 0, 8, FALSE);
  bytes = pt_test_fit_finish (fit, TRUE);

  workouts = read_bytes (bytes, &error);
  g_assert_null (workouts);
  /* The data message at 14 + 12 = 26 needs 251 of the 9 bytes left. */
  pt_test_assert_error (error, PT_ERROR_INVALID, NULL,
                        "damaged", "record at byte 26", "runs past the end", NULL);

  /* A definition cut by the end of the records. */
  {
    PtTestFit *cut_fit = pt_test_fit_new (12);
    g_autoptr(GBytes) cut = NULL;
    g_autoptr(GError) cut_error = NULL;
    g_autoptr(GPtrArray) none = NULL;

    pt_test_fit_u8 (cut_fit, 0x40);
    pt_test_fit_u8 (cut_fit, 0);
    pt_test_fit_u8 (cut_fit, 0);
    pt_test_fit_uint (cut_fit, 18, 2, FALSE);
    pt_test_fit_u8 (cut_fit, 10);                     /* ten fields, 30 bytes, none there */
    cut = pt_test_fit_finish (cut_fit, FALSE);
    none = read_bytes (cut, &cut_error);
    g_assert_null (none);
    pt_test_assert_error (cut_error, PT_ERROR_INVALID, NULL, "record at byte 12", NULL);
  }
}

static void
test_not_fit (void)
{
  static const guint8 text[] = "Date,Distance\n2026-03-14,5.0\n";
  static const guint8 png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;

  workouts = pt_fit_read (NULL, 0, &error);
  g_assert_null (workouts);
  pt_test_assert_error (error, PT_ERROR_INVALID, NULL, "too short to be a FIT file", NULL);
  g_clear_error (&error);

  workouts = pt_fit_read (text, sizeof text - 1, &error);
  g_assert_null (workouts);
  pt_test_assert_error (error, PT_ERROR_INVALID, NULL, "not a FIT file", NULL);
  g_clear_error (&error);

  workouts = pt_fit_read (png, sizeof png - 1, &error);
  g_assert_null (workouts);
  pt_test_assert_error (error, PT_ERROR_INVALID, NULL, "not a FIT file", NULL);
  g_clear_error (&error);

  /* A header that says it is 10 bytes long. */
  {
    PtTestFitSession s = { T0 + 60, T0, 1, 0, 60000, 20000 };
    g_autoptr(GBytes) bytes = pt_test_fit_one_session (&s);
    g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    copy[0] = 10;
    workouts = pt_fit_read (copy, g_bytes_get_size (bytes), &error);
    g_assert_null (workouts);
    pt_test_assert_error (error, PT_ERROR_INVALID, NULL, "header", "10 bytes", NULL);
    g_clear_error (&error);
  }
}

/* A 14-byte header's CRC: 0 is none, anything else must match. */
static void
test_header_crc (void)
{
  PtTestFitSession s = { T0 + 60, T0, 1, 0, 60000, 20000 };
  PtTestFit *fit = pt_test_fit_new (14);
  g_autoptr(GBytes) without = NULL;
  g_autoptr(GBytes) wrong = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_fit_define_session (fit, 0, FALSE, 0);
  pt_test_fit_session (fit, 0, &s, FALSE, 0);
  without = pt_test_fit_finish (fit, FALSE);
  workouts = read_bytes (without, &error);
  g_assert_no_error (error);
  g_assert_cmpint (only_workout (workouts)->sport, ==, PT_WORKOUT_SPORT_RUNNING);
  g_clear_pointer (&workouts, g_ptr_array_unref);

  /* A wrong header CRC, the file CRC recomputed over it. */
  fit = pt_test_fit_new (14);
  fit->bytes->data[12] = 0x34;
  fit->bytes->data[13] = 0x12;
  pt_test_fit_define_session (fit, 0, FALSE, 0);
  pt_test_fit_session (fit, 0, &s, FALSE, 0);
  wrong = pt_test_fit_finish (fit, FALSE);
  workouts = read_bytes (wrong, &error);
  g_assert_null (workouts);
  pt_test_assert_error (error, PT_ERROR_INVALID, NULL, "checksum of the FIT header", NULL);
}

/* Invalid values are unknown; fields wider or narrower than the profile's
 * are read by their own base type. */
static void
test_values (void)
{
  g_autoptr(GError) error = NULL;

  /* All invalid: no sport, no start, no distance, no time. */
  {
    PtTestFitSession s = { G_MAXUINT32, G_MAXUINT32, 0xFF, 0xFF, G_MAXUINT32, G_MAXUINT32 };
    g_autoptr(GBytes) bytes = pt_test_fit_one_session (&s);
    g_autoptr(GPtrArray) workouts = read_bytes (bytes, &error);
    PtWorkout *w;

    g_assert_no_error (error);
    w = only_workout (workouts);
    g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_UNKNOWN);
    g_assert_cmpint (w->place, ==, PT_WORKOUT_PLACE_UNKNOWN);
    g_assert_cmpstr (w->sport_name, ==, "");
    g_assert_cmpint (w->start_utc, ==, 0);
    g_assert_true (isnan (w->distance_m));
    g_assert_true (isnan (w->duration_s));
  }

  /* start_time in device time (since power-on): the end less the timer. */
  {
    PtTestFitSession s = { T0 + 1000, 5000, 2, 6, 900000, G_MAXUINT32 };
    g_autoptr(GBytes) bytes = pt_test_fit_one_session (&s);
    g_autoptr(GPtrArray) workouts = read_bytes (bytes, &error);
    PtWorkout *w;

    g_assert_no_error (error);
    w = only_workout (workouts);
    g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_CYCLING);
    g_assert_cmpint (w->place, ==, PT_WORKOUT_PLACE_INDOOR);
    g_assert_cmpstr (w->sport_name, ==, "cycling / indoor_cycling");
    g_assert_cmpint (w->start_utc, ==, (gint64) T0 + 100 + FIT_EPOCH);
  }

  /* Distance as a uint16 (2 bytes), timer as a float32, sport as a uint16,
   * and a uint32 field 3 bytes wide (not a whole value: unknown). */
  {
    PtTestFit *fit = pt_test_fit_new (12);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GPtrArray) workouts = NULL;
    float timer = 42500.0f;
    guint32 bits;
    PtWorkout *w;

    memcpy (&bits, &timer, sizeof bits);
    pt_test_fit_u8 (fit, 0x40);
    pt_test_fit_u8 (fit, 0);
    pt_test_fit_u8 (fit, 0);
    pt_test_fit_uint (fit, 18, 2, FALSE);
    pt_test_fit_u8 (fit, 4);
    pt_test_fit_u8 (fit, 9); pt_test_fit_u8 (fit, 2); pt_test_fit_u8 (fit, 0x84);
    pt_test_fit_u8 (fit, 7); pt_test_fit_u8 (fit, 4); pt_test_fit_u8 (fit, 0x88);
    pt_test_fit_u8 (fit, 5); pt_test_fit_u8 (fit, 2); pt_test_fit_u8 (fit, 0x84);
    pt_test_fit_u8 (fit, 2); pt_test_fit_u8 (fit, 3); pt_test_fit_u8 (fit, 0x86);
    pt_test_fit_u8 (fit, 0);
    pt_test_fit_uint (fit, 12345, 2, FALSE);
    pt_test_fit_uint (fit, bits, 4, FALSE);
    pt_test_fit_uint (fit, 17, 2, FALSE);
    pt_test_fit_uint (fit, 0x123456, 3, FALSE);
    bytes = pt_test_fit_finish (fit, FALSE);

    workouts = read_bytes (bytes, &error);
    g_assert_no_error (error);
    w = only_workout (workouts);
    g_assert_cmpfloat (w->distance_m, ==, 123.45);
    g_assert_cmpfloat (w->duration_s, ==, 42.5);
    g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_HIKING);
    g_assert_cmpstr (w->sport_name, ==, "hiking");
    g_assert_cmpint (w->start_utc, ==, 0);
  }
}

/* The FIT sports and sub-sports in the clinic's families. */
static void
test_sports (void)
{
  const struct
  {
    guint sport, sub_sport;
    PtWorkoutSport family;
    PtWorkoutPlace place;
    const char *name;
  } cases[] = {
    { 1, 1, PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_TREADMILL, "running / treadmill" },
    { 1, 2, PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_ROAD, "running / street" },
    { 1, 3, PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_TRAIL, "running / trail" },
    { 1, 4, PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_TRACK, "running / track" },
    { 2, 5, PT_WORKOUT_SPORT_CYCLING, PT_WORKOUT_PLACE_INDOOR, "cycling / spin" },
    { 2, 8, PT_WORKOUT_SPORT_CYCLING, PT_WORKOUT_PLACE_TRAIL, "cycling / mountain" },
    { 5, 18, PT_WORKOUT_SPORT_SWIMMING, PT_WORKOUT_PLACE_OPEN_WATER, "swimming / open_water" },
    { 4, 14, PT_WORKOUT_SPORT_ROWING, PT_WORKOUT_PLACE_INDOOR, "fitness_equipment / indoor_rowing" },
    { 4, 15, PT_WORKOUT_SPORT_ELLIPTICAL, PT_WORKOUT_PLACE_UNKNOWN, "fitness_equipment / elliptical" },
    { 4, 1, PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_TREADMILL, "fitness_equipment / treadmill" },
    { 4, 20, PT_WORKOUT_SPORT_STRENGTH, PT_WORKOUT_PLACE_UNKNOWN, "fitness_equipment / strength_training" },
    { 4, 16, PT_WORKOUT_SPORT_OTHER, PT_WORKOUT_PLACE_UNKNOWN, "fitness_equipment / stair_climbing" },
    { 15, 0, PT_WORKOUT_SPORT_ROWING, PT_WORKOUT_PLACE_UNKNOWN, "rowing" },
    { 17, 0, PT_WORKOUT_SPORT_HIKING, PT_WORKOUT_PLACE_UNKNOWN, "hiking" },
    { 10, 20, PT_WORKOUT_SPORT_STRENGTH, PT_WORKOUT_PLACE_UNKNOWN, "training / strength_training" },
    { 10, 43, PT_WORKOUT_SPORT_OTHER, PT_WORKOUT_PLACE_UNKNOWN, "training / yoga" },
    { 0, 0, PT_WORKOUT_SPORT_OTHER, PT_WORKOUT_PLACE_UNKNOWN, "generic" },
    { 37, 0, PT_WORKOUT_SPORT_OTHER, PT_WORKOUT_PLACE_UNKNOWN, "stand_up_paddleboarding" },
    { 200, 0xFF, PT_WORKOUT_SPORT_OTHER, PT_WORKOUT_PLACE_UNKNOWN, "sport 200" },
    { 1, 240, PT_WORKOUT_SPORT_RUNNING, PT_WORKOUT_PLACE_UNKNOWN, "running / sub_sport 240" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PtTestFitSession s = { T0 + 60, T0, cases[i].sport, cases[i].sub_sport, 60000, 20000 };
      g_autoptr(GBytes) bytes = pt_test_fit_one_session (&s);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) workouts = read_bytes (bytes, &error);
      PtWorkout *w;

      g_assert_no_error (error);
      w = only_workout (workouts);
      g_assert_cmpstr (w->sport_name, ==, cases[i].name);
      g_assert_cmpint (w->sport, ==, cases[i].family);
      g_assert_cmpint (w->place, ==, cases[i].place);
    }
}

/* A FIT file without sessions (a settings file) gives no workouts. */
static void
test_no_sessions (void)
{
  PtTestFit *fit = pt_test_fit_new (14);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_fit_define_record (fit, 0);
  pt_test_fit_u8 (fit, 0);
  pt_test_fit_uint (fit, T0, 4, FALSE);
  bytes = pt_test_fit_finish (fit, TRUE);
  workouts = read_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (workouts);
  g_assert_cmpuint (workouts->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fit/devices", test_devices);
  g_test_add_func ("/import/fit/truncated", test_truncated);
  g_test_add_func ("/import/fit/damaged", test_damaged);
  g_test_add_func ("/import/fit/multisport", test_multisport);
  g_test_add_func ("/import/fit/compressed-timestamp", test_compressed_timestamp);
  g_test_add_func ("/import/fit/developer-field", test_developer_field);
  g_test_add_func ("/import/fit/big-endian", test_big_endian);
  g_test_add_func ("/import/fit/chained", test_chained);
  g_test_add_func ("/import/fit/undefined-type", test_undefined_type);
  g_test_add_func ("/import/fit/overrun", test_overrun);
  g_test_add_func ("/import/fit/not-fit", test_not_fit);
  g_test_add_func ("/import/fit/header-crc", test_header_crc);
  g_test_add_func ("/import/fit/values", test_values);
  g_test_add_func ("/import/fit/sports", test_sports);
  g_test_add_func ("/import/fit/no-sessions", test_no_sessions);

  return g_test_run ();
}
