/* test-workout-xml.c: TCX and GPX files, gzip, and telling formats apart
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real files from devices (tests/data/devices, with the reference values
 * of its README), then what a hostile or broken file must not do: expand
 * entities, read local files, fill the memory, crash or pass as valid.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/resource.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pt-error.h"
#include "pt-workout-xml.h"

static char *
device_path (const char *name)
{
  const char *data = g_getenv ("PROLOTRACK_TEST_DATA");

  g_assert_nonnull (data);
  return g_build_filename (data, "devices", name, NULL);
}

static GBytes *
device_bytes (const char *name)
{
  g_autofree char *path = device_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GPtrArray *
read_text (const char  *text,
           const char  *name,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return pt_workout_read_bytes (bytes, name, error);
}

static gint64
utc (int year,
     int month,
     int day,
     int hour,
     int minute,
     int second)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, day, hour, minute, second);

  return g_date_time_to_unix (time);
}

static void
assert_within (double value,
               double expected,
               double tolerance)
{
  if (!(fabs (value - expected) <= tolerance))
    g_error ("%.3f is not within %.3f of %.3f", value, tolerance, expected);
}

typedef struct
{
  const char *file;
  PtWorkoutSport sport;
  const char *sport_name;
  int start[6];
  double distance_m;
  double duration_s;
} Reference;

/* tests/data/devices/README.md */
static const Reference references[] = {
  { "test.tcx", PT_WORKOUT_SPORT_RUNNING, "Running", { 2012, 12, 26, 21, 29, 53 }, 4689.24, 1992.8 },
  { "sup_activity_1.tcx", PT_WORKOUT_SPORT_OTHER, "Other", { 2022, 7, 16, 16, 8, 25 }, 1157.51, 1112.3 },
  { "cerknicko-jezero.gpx", PT_WORKOUT_SPORT_UNKNOWN, "", { 2010, 8, 5, 14, 23, 59 }, 4580.1, 7190 },
  { "track-with-empty-segment.gpx", PT_WORKOUT_SPORT_UNKNOWN, "", { 2013, 7, 6, 17, 26, 26 }, 85.9, 76 },
};

static void
check_reference (const Reference *ref,
                 GPtrArray       *workouts)
{
  PtWorkout *workout;

  g_assert_nonnull (workouts);
  g_assert_cmpuint (workouts->len, ==, 1);
  workout = workouts->pdata[0];
  g_assert_cmpint (workout->sport, ==, ref->sport);
  g_assert_cmpstr (workout->sport_name, ==, ref->sport_name);
  g_assert_cmpint (workout->start_utc, ==, utc (ref->start[0], ref->start[1], ref->start[2],
                                                ref->start[3], ref->start[4], ref->start[5]));
  assert_within (workout->distance_m, ref->distance_m, ref->distance_m * 0.005);
  assert_within (workout->duration_s, ref->duration_s, 1.0);
  g_assert_cmpuint (workout->leg, ==, 0);
}

static void
test_reference_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *path = device_path (references[i].file);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) workouts = NULL;
      g_autoptr(GBytes) bytes = device_bytes (references[i].file);
      g_autoptr(GPtrArray) direct = NULL;
      gsize size;
      const guint8 *data = g_bytes_get_data (bytes, &size);

      g_test_message ("%s", references[i].file);
      workouts = pt_workout_read_file (file, NULL, &error);
      g_assert_no_error (error);
      check_reference (&references[i], workouts);

      /* The format's own reader gives the same. */
      if (g_str_has_suffix (references[i].file, ".tcx"))
        direct = pt_tcx_read (data, size, &error);
      else
        direct = pt_gpx_read (data, size, &error);
      g_assert_no_error (error);
      check_reference (&references[i], direct);
    }
}

static void
test_no_track_points (void)
{
  g_autofree char *path = device_path ("unicode_with_bom.gpx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;

  workouts = pt_workout_read_file (file, NULL, &error);
  g_assert_null (workouts);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "unicode_with_bom.gpx: The file has no track points with times: there is "
                   "nothing to import.");
}

static GBytes *
gzip_bytes (const guint8 *data,
            gsize         size,
            guint         repeat)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  guint8 buffer[16384];

  for (guint i = 0; i < repeat; i++)
    {
      gsize offset = 0;
      gboolean last = i + 1 == repeat;

      for (;;)
        {
          g_autoptr(GError) error = NULL;
          gsize bytes_read = 0, bytes_written = 0;
          GConverterResult result;

          result = g_converter_convert (G_CONVERTER (compressor), data + offset, size - offset,
                                        buffer, sizeof buffer,
                                        last ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                        &bytes_read, &bytes_written, &error);
          /* All of this block taken: the next one, please. */
          if (!last && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
            break;
          g_assert_no_error (error);
          g_byte_array_append (out, buffer, (guint) bytes_written);
          offset += bytes_read;
          if (result == G_CONVERTER_FINISHED)
            break;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void
test_gzip (void)
{
  g_autoptr(GBytes) plain = device_bytes ("test.tcx");
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GBytes) cut = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (plain, &size);
  PtWorkout *a, *b;

  packed = gzip_bytes (data, size, 1);
  g_assert_cmpuint (g_bytes_get_size (packed), <, size);

  expected = pt_workout_read_bytes (plain, "test.tcx", &error);
  g_assert_no_error (error);
  workouts = pt_workout_read_bytes (packed, "test.tcx.gz", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 1);
  a = expected->pdata[0];
  b = workouts->pdata[0];
  g_assert_cmpint (a->sport, ==, b->sport);
  g_assert_cmpstr (a->sport_name, ==, b->sport_name);
  g_assert_cmpint (a->start_utc, ==, b->start_utc);
  g_assert_cmpfloat (a->distance_m, ==, b->distance_m);
  g_assert_cmpfloat (a->duration_s, ==, b->duration_s);

  /* A download cut short. */
  cut = g_bytes_new_from_bytes (packed, 0, g_bytes_get_size (packed) / 2);
  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = pt_workout_read_bytes (cut, "test.tcx.gz", &error);
  g_assert_null (workouts);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "test.tcx.gz: The compressed file ends too early: it is incomplete or damaged.");
}

static long
peak_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

static void
test_gzip_bomb (void)
{
  g_autofree guint8 *zeros = g_malloc0 (1024 * 1024);
  g_autoptr(GBytes) bomb = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  long before;

  /* 100 MiB of zeros, about 100 KB compressed. */
  bomb = gzip_bytes (zeros, 1024 * 1024, 100);
  g_assert_cmpuint (g_bytes_get_size (bomb), <, 1024 * 1024);

  before = peak_kib ();
  workouts = pt_workout_read_bytes (bomb, "bomb.gpx.gz", &error);
  g_assert_null (workouts);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "bomb.gpx.gz: The file is compressed and would "
                                   "be larger than 64 MiB uncompressed"));
  /* Refused while counting: the content is never held. */
  g_assert_cmpint (peak_kib () - before, <, 16 * 1024);
}

static void
assert_refused (const char *text,
                const char *secret)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  gint64 started = g_get_monotonic_time ();

  workouts = read_text (text, "attack.gpx", &error);
  g_assert_null (workouts);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  if (secret != NULL)
    g_assert_null (strstr (error->message, secret));
  g_assert_true (g_str_has_prefix (error->message, "attack.gpx: "));
  g_assert_nonnull (strstr (error->message, "<!DOCTYPE>"));

  g_clear_error (&error);
  g_assert_null (pt_gpx_read ((const guint8 *) text, strlen (text), &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (pt_tcx_read ((const guint8 *) text, strlen (text), &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);

  g_assert_cmpint (g_get_monotonic_time () - started, <, 2 * G_USEC_PER_SEC);
}

/* The same document in UTF-16, which the byte scan for "<!DOCTYPE" does
 * not see: the reader must refuse it itself. */
static void
assert_refused_utf16 (const char *text,
                      const char *secret)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *with_bom = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  gint64 started = g_get_monotonic_time ();

  utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  with_bom = g_malloc (length + 2);
  with_bom[0] = (char) 0xff;
  with_bom[1] = (char) 0xfe;
  memcpy (with_bom + 2, utf16, length);
  bytes = g_bytes_new (with_bom, length + 2);

  workouts = pt_workout_read_bytes (bytes, "attack.gpx", &error);
  g_assert_null (workouts);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  if (secret != NULL)
    g_assert_null (strstr (error->message, secret));
  g_assert_nonnull (strstr (error->message, "<!DOCTYPE>"));
  g_assert_cmpint (g_get_monotonic_time () - started, <, 2 * G_USEC_PER_SEC);
}

static void
test_external_entity (void)
{
  const char *secret = "SECRET-7f3a9c-DO-NOT-SHOW";
  g_autofree char *dir = g_dir_make_tmp ("prolotrack-xml-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *text = NULL;
  g_autofree char *tcx = NULL;

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (path, secret, -1, NULL));

  text = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE gpx [<!ENTITY e SYSTEM \"%s\">]>\n"
                          "<gpx version=\"1.1\"><trk><type>&e;</type><trkseg>"
                          "<trkpt lat=\"1\" lon=\"1\"><time>2020-01-01T00:00:00Z</time></trkpt>"
                          "</trkseg></trk></gpx>\n", uri);
  assert_refused (text, secret);
  assert_refused_utf16 (text, secret);

  tcx = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE x [<!ENTITY e SYSTEM \"%s\">]>\n"
                         "<TrainingCenterDatabase><Activities><Activity Sport=\"&e;\">"
                         "<Id>&e;</Id></Activity></Activities></TrainingCenterDatabase>\n", uri);
  assert_refused (tcx, secret);
  assert_refused_utf16 (tcx, secret);

  /* Also /etc/passwd, as an attacker would write it. */
  assert_refused ("<?xml version=\"1.0\"?>\n"
                  "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                  "<gpx><trk><type>&e;</type></trk></gpx>\n", "root:");

  g_remove (path);
  g_rmdir (dir);
}

static void
test_billion_laughs (void)
{
  const char *laughs =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<gpx><trk><type>&lol9;</type><trkseg><trkpt lat=\"1\" lon=\"1\">"
    "<time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>\n";

  assert_refused (laughs, "lollol");
  assert_refused_utf16 (laughs, "lollol");
}

static void
test_gpx_versions (void)
{
  /* One degree of longitude on the equator, then a second segment whose
   * gap is not walked; the point without a time counts for distance. */
  const char *gpx10 =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gpx version=\"1.0\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/0\">\n"
    "<trk><name>a</name><trkseg>\n"
    "<trkpt lat=\"0\" lon=\"0\"><time>2020-05-01T10:00:00Z</time></trkpt>\n"
    "<trkpt lat=\"0.0\" lon=\"0.5\"></trkpt>\n"
    "<trkpt lat=\"0\" lon=\"1\"><ele>3</ele><time>2020-05-01T10:30:00Z</time></trkpt>\n"
    "</trkseg><trkseg>\n"
    "<trkpt lat=\"10\" lon=\"10\"><time>2020-05-01T11:00:00.5Z</time></trkpt>\n"
    "<trkpt lat=\"11\" lon=\"10\"/>\n"
    "</trkseg></trk></gpx>\n";
  const char *gpx11 =
    "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\"\n"
    "     xmlns:x=\"urn:example\">\n"
    "<trk><type>running</type><trkseg>\n"
    "<trkpt lat=\"0\" lon=\"0\"><time>2020-05-01T12:00:00+02:00</time>"
    "<extensions><x:trkpt lat=\"50\" lon=\"50\"/><x:time>1999-01-01T00:00:00Z</x:time></extensions></trkpt>\n"
    "<trkpt lat=\"0\" lon=\"1\"><time>2020-05-01T12:10:00+02:00</time></trkpt>\n"
    "</trkseg></trk><trk><type>cycling</type></trk></gpx>\n";
  double degree = 6371000.0 * G_PI / 180.0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  PtWorkout *workout;

  workouts = read_text (gpx10, "a.gpx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 1);
  workout = workouts->pdata[0];
  g_assert_cmpint (workout->sport, ==, PT_WORKOUT_SPORT_UNKNOWN);
  g_assert_cmpstr (workout->sport_name, ==, "");
  g_assert_cmpint (workout->start_utc, ==, utc (2020, 5, 1, 10, 0, 0));
  assert_within (workout->distance_m, 2 * degree, 1e-6 * degree);
  assert_within (workout->duration_s, 3600.5, 1e-6);

  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = read_text (gpx11, "b.gpx", &error);
  g_assert_no_error (error);
  workout = workouts->pdata[0];
  g_assert_cmpstr (workout->sport_name, ==, "running");
  g_assert_cmpint (workout->start_utc, ==, utc (2020, 5, 1, 10, 0, 0));
  assert_within (workout->distance_m, degree, 1e-6 * degree);
  assert_within (workout->duration_s, 600, 1e-6);
}

static void
assert_error (const char *text,
              const char *name,
              const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = read_text (text, name, &error);

  g_assert_null (workouts);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_bad_values (void)
{
  assert_error ("<gpx version=\"1.1\">\n<trk>\n<trkseg>\n"
                "<trkpt lat=\"0\" lon=\"0\"><time>2020-05-01T12:00:00Z</time></trkpt>\n"
                "<trkpt lat=\"91\" lon=\"0\"/>\n"
                "</trkseg></trk></gpx>\n", "lat.gpx",
                "lat.gpx: The latitude of the track point at line 5 is not a number of degrees "
                "from -90 to 90: “91”.");
  assert_error ("<gpx><trk><trkseg>\n<trkpt lat=\"0\" lon=\"-180.5\"/>"
                "</trkseg></trk></gpx>", "lon.gpx",
                "lon.gpx: The longitude of the track point at line 2 is not a number of degrees "
                "from -180 to 180: “-180.5”.");
  assert_error ("<gpx><trk><trkseg>\n<trkpt lat=\"0x10\" lon=\"0\"/>"
                "</trkseg></trk></gpx>", "hex.gpx",
                "hex.gpx: The latitude of the track point at line 2 is not a number of degrees "
                "from -90 to 90: “0x10”.");
  assert_error ("<gpx><trk><trkseg>\n<trkpt lat=\"nan\" lon=\"0\"/>"
                "</trkseg></trk></gpx>", "nan.gpx",
                "nan.gpx: The latitude of the track point at line 2 is not a number of degrees "
                "from -90 to 90: “nan”.");
  assert_error ("<gpx><trk><trkseg>\n<trkpt lon=\"0\"/></trkseg></trk></gpx>", "none.gpx",
                "none.gpx: The track point at line 2 has no latitude (lat).");
  assert_error ("<gpx><trk><trkseg>\n<trkpt lat=\"1\" lon=\"0\">\n<time>yesterday</time>"
                "</trkpt></trkseg></trk></gpx>", "time.gpx",
                "time.gpx: The time of the track point at line 3 is not a date and time: "
                "“yesterday”.");
  assert_error ("<TrainingCenterDatabase><Activities><Activity Sport=\"Running\">\n"
                "<Id>2020-01-01T00:00:00Z</Id><Lap>\n<DistanceMeters>-5</DistanceMeters>"
                "</Lap></Activity></Activities></TrainingCenterDatabase>", "neg.tcx",
                "neg.tcx: The lap distance at line 3 is not a number of metres: “-5”.");
  assert_error ("<TrainingCenterDatabase><Activities><Activity Sport=\"Running\">\n"
                "<Id>2020-01-01T00:00:00Z</Id><Lap>\n<TotalTimeSeconds>1e999</TotalTimeSeconds>"
                "</Lap></Activity></Activities></TrainingCenterDatabase>", "big.tcx",
                "big.tcx: The lap time at line 3 is not a number of seconds: “1e999”.");
  assert_error ("<TrainingCenterDatabase><Activities>\n<Activity Sport=\"Running\">"
                "<Id>soon</Id></Activity></Activities></TrainingCenterDatabase>", "id.tcx",
                "id.tcx: The activity at line 2 has no start time: its Id “soon” is not a date "
                "and time, and no lap says when it started.");
}

static void
test_not_xml (void)
{
  static const guint8 binary[] = { 0x00, 0xff, 0x13, 0x37, 0x42, 0x00, 0x01, 0x02, 0x03,
                                   0x04, 0x05, 0x06, 0x07, 0x08 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (binary, sizeof binary);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;

  workouts = pt_workout_read_bytes (bytes, "run.fit", &error);
  g_assert_null (workouts);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "run.fit: The file is not a FIT, TCX or GPX file.");
  g_clear_error (&error);

  workouts = pt_workout_read_bytes (empty, "run.gpx", &error);
  g_assert_null (workouts);
  g_assert_cmpstr (error->message, ==, "run.gpx: The file is empty.");

  assert_error ("Date,Distance\n2020-01-01,5\n", "runs.csv",
                "runs.csv: The file is not a FIT, TCX or GPX file.");
  assert_error ("<html><body>Not found</body></html>", "run.gpx",
                "run.gpx: The file is not a FIT, TCX or GPX file.");
  assert_error ("<gpx>\n  <trk>\n    <trkseg></trk></gpx>", "broken.gpx",
                "broken.gpx: The file is not valid XML at line 3, column 19: Opening and ending "
                "tag mismatch: trkseg line 3 and trk.");
  assert_error ("<gpx>\n<trk>", "cut.gpx",
                "cut.gpx: The file ends before its <trk> element (line 2) is closed: it is "
                "incomplete.");
  assert_error ("<gpx>\n<trk><trkseg><trkpt lat=\"1\" lo", "cut.gpx",
                "cut.gpx: The file is not valid XML at line 2, column 31: Specification "
                "mandates value for attribute lo.");
  assert_error ("<gpx/>\n<gpx/>", "two.gpx",
                "two.gpx: The file is not valid XML at line 2, column 1: Extra content at the "
                "end of the document.");

  /* The readers themselves say what a file of the other format is. */
  g_clear_pointer (&workouts, g_ptr_array_unref);
  g_clear_error (&error);
  workouts = pt_tcx_read ((const guint8 *) "<gpx/>", 6, &error);
  g_assert_null (workouts);
  g_assert_cmpstr (error->message, ==,
                   "The file is not a TCX file: its first element is <gpx>, not "
                   "<TrainingCenterDatabase>.");
}

static void
test_tcx_activities (void)
{
  const char *tcx =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"\n"
    "  xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n"
    "<Activities>\n"
    "<Activity Sport=\"Running\"><Id>2021-03-04T05:06:07+01:00</Id>\n"
    "  <Lap StartTime=\"2021-03-04T04:06:07Z\"><TotalTimeSeconds>100.5</TotalTimeSeconds>"
    "<DistanceMeters>400</DistanceMeters>\n"
    "    <Track><Trackpoint><DistanceMeters>9999</DistanceMeters></Trackpoint></Track>"
    "<Extensions><ns3:LX><ns3:DistanceMeters>7777</ns3:DistanceMeters></ns3:LX></Extensions></Lap>\n"
    "  <Lap StartTime=\"2021-03-04T04:07:48Z\"><TotalTimeSeconds> 99.5 </TotalTimeSeconds>"
    "<DistanceMeters>600</DistanceMeters></Lap>\n"
    "</Activity>\n"
    "<Activity Sport=\"Biking\">\n"
    "  <Lap StartTime=\"2021-03-05T18:00:00.900Z\"><TotalTimeSeconds>3600</TotalTimeSeconds></Lap>\n"
    "</Activity>\n"
    "</Activities></TrainingCenterDatabase>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = read_text (tcx, "two.tcx", &error);
  PtWorkout *run, *ride;

  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 2);
  run = workouts->pdata[0];
  ride = workouts->pdata[1];

  g_assert_cmpint (run->sport, ==, PT_WORKOUT_SPORT_RUNNING);
  g_assert_cmpstr (run->sport_name, ==, "Running");
  g_assert_cmpint (run->start_utc, ==, utc (2021, 3, 4, 4, 6, 7));
  g_assert_cmpfloat (run->distance_m, ==, 1000);
  g_assert_cmpfloat (run->duration_s, ==, 200);
  g_assert_cmpuint (run->leg, ==, 0);

  /* No Id: the first lap's start; no distance: NAN. */
  g_assert_cmpint (ride->sport, ==, PT_WORKOUT_SPORT_CYCLING);
  g_assert_cmpstr (ride->sport_name, ==, "Biking");
  g_assert_cmpint (ride->start_utc, ==, utc (2021, 3, 5, 18, 0, 0));
  g_assert_true (isnan (ride->distance_m));
  g_assert_cmpfloat (ride->duration_s, ==, 3600);
  g_assert_cmpuint (ride->leg, ==, 0);

  /* No activity at all: nothing, and no error. */
  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = read_text ("<TrainingCenterDatabase><Courses/></TrainingCenterDatabase>",
                        "courses.tcx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 0);
}

static void
test_tcx_multisport (void)
{
  const char *tcx =
    "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">\n"
    "<Activities><MultiSportSession><Id>2021-06-01T08:00:00Z</Id>\n"
    "<FirstSport><Activity Sport=\"Biking\"><Id>2021-06-01T08:00:00Z</Id>"
    "<Lap StartTime=\"2021-06-01T08:00:00Z\"><TotalTimeSeconds>1800</TotalTimeSeconds>"
    "<DistanceMeters>15000</DistanceMeters></Lap></Activity></FirstSport>\n"
    "<NextSport><Transition StartTime=\"2021-06-01T08:30:00Z\"><TotalTimeSeconds>60</TotalTimeSeconds>"
    "<DistanceMeters>50</DistanceMeters></Transition>"
    "<Activity Sport=\"Running\"><Id>2021-06-01T08:31:00Z</Id>"
    "<Lap StartTime=\"2021-06-01T08:31:00Z\"><TotalTimeSeconds>1200</TotalTimeSeconds>"
    "<DistanceMeters>4000</DistanceMeters></Lap></Activity></NextSport>\n"
    "</MultiSportSession>\n"
    "<Activity Sport=\"Other\"><Id>2021-06-02T08:00:00Z</Id></Activity>\n"
    "</Activities></TrainingCenterDatabase>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = read_text (tcx, "tri.tcx", &error);
  PtWorkout *w;

  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 4);

  w = workouts->pdata[0];
  g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_CYCLING);
  g_assert_cmpuint (w->leg, ==, 0);
  g_assert_cmpfloat (w->distance_m, ==, 15000);

  w = workouts->pdata[1];
  g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_TRANSITION);
  g_assert_cmpstr (w->sport_name, ==, "Transition");
  g_assert_cmpuint (w->leg, ==, 1);
  g_assert_cmpint (w->start_utc, ==, utc (2021, 6, 1, 8, 30, 0));
  g_assert_cmpfloat (w->distance_m, ==, 50);
  g_assert_cmpfloat (w->duration_s, ==, 60);

  w = workouts->pdata[2];
  g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_RUNNING);
  g_assert_cmpuint (w->leg, ==, 2);
  g_assert_cmpint (w->start_utc, ==, utc (2021, 6, 1, 8, 31, 0));
  g_assert_cmpfloat (w->duration_s, ==, 1200);

  /* A plain activity after the session is a first leg again. */
  w = workouts->pdata[3];
  g_assert_cmpint (w->sport, ==, PT_WORKOUT_SPORT_OTHER);
  g_assert_cmpuint (w->leg, ==, 0);
  g_assert_true (isnan (w->distance_m));
  g_assert_true (isnan (w->duration_s));
}

static void
test_content_not_name (void)
{
  g_autoptr(GBytes) gpx = device_bytes ("track-with-empty-segment.gpx");
  g_autoptr(GBytes) tcx = device_bytes ("test.tcx");
  g_autofree char *dir = g_dir_make_tmp ("prolotrack-xml-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ride.fit", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/run.fit");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;

  workouts = pt_workout_read_bytes (gpx, "run.fit", &error);
  g_assert_no_error (error);
  check_reference (&references[3], workouts);

  /* ".FIT" at bytes 8 to 11 of an XML file does not make it FIT. */
  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = read_text ("<gpx a=\".FIT\"><trk><type>  walk  </type><trkseg><trkpt lat=\"1\" lon=\"1\">"
                        "<time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>",
                        "walk.fit", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((PtWorkout *) workouts->pdata[0])->sport_name, ==, "walk");

  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = pt_workout_read_bytes (tcx, "track.gpx", &error);
  g_assert_no_error (error);
  check_reference (&references[0], workouts);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (gpx, NULL),
                                      (gssize) g_bytes_get_size (gpx), NULL));
  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = pt_workout_read_file (file, NULL, &error);
  g_assert_no_error (error);
  check_reference (&references[3], workouts);

  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = pt_workout_read_file (missing, NULL, &error);
  g_assert_null (workouts);
  g_assert_error (error, PT_ERROR, PT_ERROR_STORAGE);
  g_assert_true (g_str_has_prefix (error->message, "run.fit: The file could not be read: "));

  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/xml/reference-files", test_reference_files);
  g_test_add_func ("/import/xml/no-track-points", test_no_track_points);
  g_test_add_func ("/import/xml/gzip", test_gzip);
  g_test_add_func ("/import/xml/gzip-bomb", test_gzip_bomb);
  g_test_add_func ("/import/xml/external-entity", test_external_entity);
  g_test_add_func ("/import/xml/billion-laughs", test_billion_laughs);
  g_test_add_func ("/import/xml/gpx-versions", test_gpx_versions);
  g_test_add_func ("/import/xml/bad-values", test_bad_values);
  g_test_add_func ("/import/xml/not-xml", test_not_xml);
  g_test_add_func ("/import/xml/tcx-activities", test_tcx_activities);
  g_test_add_func ("/import/xml/tcx-multisport", test_tcx_multisport);
  g_test_add_func ("/import/xml/content-not-name", test_content_not_name);

  return g_test_run ();
}
