/* test-workout-import.c: runs and cross-training from sports watches' files
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference values are those of tests/data/devices/README.md.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-test-cli.h"
#include "pt-test-utils.h"
#include "pt-workout-import.h"

static gint64
add_patient (PtStore *store)
{
  g_autoptr(PtPatient) patient = pt_test_new_patient ("Ada Runner", "PT-0100", "1970-02-03");
  g_autoptr(GError) error = NULL;
  gint64 id = pt_store_add_patient (store, patient, &error);

  g_assert_no_error (error);
  return id;
}

static char *
devices_dir (void)
{
  return g_build_filename (g_getenv ("PROLOTRACK_TEST_DATA"), "devices", NULL);
}

static PtWorkoutImport *
plan_files (PtStore            *store,
            gint64              patient_id,
            const char * const *paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GError) error = NULL;
  PtWorkoutImport *import = pt_workout_import_new (patient_id);

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (paths[i]));

  pt_workout_import_set_time_zone (import, london);
  g_assert_true (pt_workout_import_read (import, (GFile **) files->pdata, files->len, NULL, NULL,
                                         NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pt_workout_import_plan (import, store, &error));
  g_assert_no_error (error);
  return import;
}

static const PtWorkoutItem *
find_item (PtWorkoutImport *import,
           const char      *file_name,
           guint            leg)
{
  for (guint i = 0; i < pt_workout_import_get_n_items (import); i++)
    {
      const PtWorkoutItem *item = pt_workout_import_get_item (import, i);

      if (g_str_equal (item->file_name, file_name) && item->leg == leg)
        return item;
    }

  g_error ("no item for %s", file_name);
  return NULL;
}

static void
assert_run (PtWorkoutImport *import,
            const char      *file_name,
            const char      *date,
            double           metres,
            gint64           seconds,
            PtSurface        surface)
{
  const PtWorkoutItem *item = find_item (import, file_name, 0);
  PtRun *run;

  g_test_message ("%s: %s", file_name, item->reason ? item->reason : "to add");
  g_assert_cmpint (item->status, ==, PT_WORKOUT_ITEM_ADD);
  g_assert_true (PT_IS_RUN (item->record));
  run = PT_RUN (item->record);
  g_assert_cmpstr (pt_run_get_date (run), ==, date);
  g_assert_cmpfloat (fabs (pt_run_get_distance_m (run) - metres), <=, metres * 0.005);
  g_assert_cmpint (llabs (pt_run_get_duration_s (run) - seconds), <=, 1);
  g_assert_cmpint (pt_run_get_surface (run), ==, surface);
  g_assert_nonnull (strstr (pt_run_get_notes (run), file_name));
}

static void
assert_cross (PtWorkoutImport *import,
              const char      *file_name,
              const char      *date,
              PtActivity       activity,
              gint64           minutes)
{
  const PtWorkoutItem *item = find_item (import, file_name, 0);
  PtCrossTraining *cross;

  g_assert_cmpint (item->status, ==, PT_WORKOUT_ITEM_ADD);
  g_assert_true (PT_IS_CROSS_TRAINING (item->record));
  cross = PT_CROSS_TRAINING (item->record);
  g_assert_cmpstr (pt_cross_training_get_date (cross), ==, date);
  g_assert_cmpint (pt_cross_training_get_activity (cross), ==, activity);
  g_assert_cmpint (pt_cross_training_get_minutes (cross), ==, minutes);
}

static void
assert_refused (PtWorkoutImport *import,
                const char      *file_name,
                const char      *reason)
{
  const PtWorkoutItem *item = find_item (import, file_name, 0);

  g_assert_cmpint (item->status, ==, PT_WORKOUT_ITEM_REFUSED);
  g_assert_nonnull (item->reason);
  if (strstr (item->reason, reason) == NULL)
    g_error ("%s: “%s” not in “%s”", file_name, reason, item->reason);
}

static gint64
count (PtStore *store,
       GType    type)
{
  g_autoptr(GError) error = NULL;
  gint64 n = pt_store_count_records (store, type, &error);

  g_assert_no_error (error);
  return n;
}

/* The folder of real devices' files: each becomes what its sport says,
 * on its day in London, with the reference distance and time; the broken
 * ones are refused with their reasons. Imported once, then again: the
 * second time adds nothing. */
static void
test_devices (PtTestFixture *fixture,
              gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autofree char *dir = devices_dir ();
  const char *paths[] = { dir, NULL };
  g_autoptr(PtWorkoutImport) import = plan_files (fixture->store, patient_id, paths);
  g_autoptr(PtWorkoutImport) again = NULL;
  g_autoptr(GError) error = NULL;
  guint to_add;

  assert_run (import, "activity-small-fenix2-run.fit", "2015-08-15", 9008.22, 2832,
              PT_SURFACE_ROAD);
  assert_run (import, "garmin-fenix-5-run.fit", "2017-06-11", 157.56, 57, PT_SURFACE_ROAD);
  assert_run (import, "test.tcx", "2012-12-26", 4689.24, 1993, PT_SURFACE_ROAD);
  /* GPX names no sport: a run, unless the clinician says otherwise. */
  assert_run (import, "cerknicko-jezero.gpx", "2010-08-05", 4580.1, 7190, PT_SURFACE_ROAD);
  assert_run (import, "track-with-empty-segment.gpx", "2013-07-06", 85.9, 76, PT_SURFACE_ROAD);
  g_assert_true (find_item (import, "cerknicko-jezero.gpx", 0)->no_sport);
  g_assert_true (pt_workout_import_has_no_sport (import));

  assert_cross (import, "garmin-fenix-5-bike.fit", "2017-06-12", PT_ACTIVITY_BIKE, 1);
  assert_cross (import, "garmin-fenix-5-walk.fit", "2017-06-11", PT_ACTIVITY_WALK, 1);
  /* Indoor rowing: 1707 s. */
  assert_cross (import, "20170518-191602-1740899583.fit", "2017-05-18", PT_ACTIVITY_OTHER, 28);
  /* Stand-up paddleboarding, "Other" in the file: 1112 s. */
  assert_cross (import, "sup_activity_1.tcx", "2022-07-16", PT_ACTIVITY_OTHER, 19);

  /* 5.73 m is no run: the same check as a typed one. */
  assert_refused (import, "Activity.fit", "at least 0.01 km");
  assert_refused (import, "activity-settings-corruptheader.fit", "at least 0.01 km");
  assert_refused (import, "activity-unexpected-eof.fit", "cut short");
  assert_refused (import, "unicode_with_bom.gpx", "nothing to import");

  to_add = pt_workout_import_count (import, PT_WORKOUT_ITEM_ADD);
  g_assert_cmpuint (to_add, ==, 9);
  g_assert_true (pt_workout_import_commit (import, fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pt_workout_import_get_n_added (import), ==, 9);
  g_assert_cmpint (count (fixture->store, PT_TYPE_RUN), ==, 5);
  g_assert_cmpint (count (fixture->store, PT_TYPE_CROSS_TRAINING), ==, 4);

  again = plan_files (fixture->store, patient_id, paths);
  g_assert_cmpuint (pt_workout_import_count (again, PT_WORKOUT_ITEM_ADD), ==, 0);
  g_assert_cmpuint (pt_workout_import_count (again, PT_WORKOUT_ITEM_DUPLICATE), ==, 9);
  g_assert_true (pt_workout_import_commit (again, fixture->store, &error));
  g_assert_cmpint (count (fixture->store, PT_TYPE_RUN), ==, 5);

  /* The undo of the first import takes exactly its records. */
  {
    g_autoptr(PtRun) typed = pt_test_new_run (patient_id, "2026-01-02", 5000);

    pt_store_add_run (fixture->store, typed, &error);
    g_assert_no_error (error);
    g_assert_true (pt_workout_import_undo (import, fixture->store, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (fixture->store, PT_TYPE_RUN), ==, 1);
    g_assert_cmpint (count (fixture->store, PT_TYPE_CROSS_TRAINING), ==, 0);
  }
}

/* A file without a sport becomes what the clinician chooses. */
static void
test_unknown_sport (PtTestFixture *fixture,
                    gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autofree char *dir = devices_dir ();
  g_autofree char *gpx = g_build_filename (dir, "cerknicko-jezero.gpx", NULL);
  const char *paths[] = { gpx, NULL };
  g_autoptr(PtWorkoutImport) import = plan_files (fixture->store, patient_id, paths);
  g_autoptr(GError) error = NULL;

  pt_workout_import_set_unknown_sport (import, PT_WORKOUT_SPORT_HIKING);
  g_assert_true (pt_workout_import_plan (import, fixture->store, &error));
  /* 7190 s */
  assert_cross (import, "cerknicko-jezero.gpx", "2010-08-05", PT_ACTIVITY_WALK, 120);
}

/* A file that cannot be read writes nothing, and says why. */
static void
test_nothing_to_import (PtTestFixture *fixture,
                        gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autofree char *dir = devices_dir ();
  g_autofree char *eof = g_build_filename (dir, "activity-unexpected-eof.fit", NULL);
  g_autofree char *empty = g_build_filename (dir, "unicode_with_bom.gpx", NULL);
  g_autofree char *db_path = g_strdup (fixture->path);
  g_autofree char *out = NULL, *err = NULL;
  const char *paths[] = { eof, empty, NULL };
  g_autoptr(PtWorkoutImport) import = plan_files (fixture->store, patient_id, paths);
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_cmpuint (pt_workout_import_count (import, PT_WORKOUT_ITEM_REFUSED), ==, 2);
  g_assert_true (pt_workout_import_commit (import, fixture->store, &error));
  g_assert_cmpuint (pt_workout_import_get_n_added (import), ==, 0);
  g_assert_cmpint (count (fixture->store, PT_TYPE_RUN), ==, 0);

  /* The CLI says so and exits 2, also with --keep-good. */
  status = pt_test_cli_run (db_path, &out, &err, "import", "--patient", "1", "--keep-good",
                            eof, empty);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (out, "activity-unexpected-eof.fit: refused: The file is cut short"));
  g_assert_nonnull (strstr (out, "unicode_with_bom.gpx: refused: The file has no track points"));
  g_assert_nonnull (strstr (err, "2 activities were refused"));
  g_assert_cmpint (count (fixture->store, PT_TYPE_RUN), ==, 0);
}

static PtWorkout *
workout (PtWorkoutSport sport,
         gint64         start,
         double         metres,
         double         seconds,
         guint          leg)
{
  PtWorkout *w = pt_workout_new ();

  w->sport = sport;
  w->start_utc = start;
  w->distance_m = metres;
  w->duration_s = seconds;
  w->leg = leg;
  g_free (w->sport_name);
  w->sport_name = g_strdup (sport == PT_WORKOUT_SPORT_RUNNING ? "running"
                            : sport == PT_WORKOUT_SPORT_CYCLING ? "cycling" : "transition");
  return w;
}

/* A triathlon-style file: run, transition, bike, transition, run. */
static void
test_multisport (PtTestFixture *fixture,
                 gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autoptr(PtWorkoutImport) import = pt_workout_import_new (patient_id);
  g_autoptr(GPtrArray) legs = pt_workout_array_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  gint64 t = 1767258000;  /* 2026-01-01T09:00:00Z */

  g_ptr_array_add (legs, workout (PT_WORKOUT_SPORT_RUNNING, t, 5000, 1500, 0));
  g_ptr_array_add (legs, workout (PT_WORKOUT_SPORT_TRANSITION, t + 1500, NAN, 60, 1));
  g_ptr_array_add (legs, workout (PT_WORKOUT_SPORT_CYCLING, t + 1560, 20000, 2400, 2));
  g_ptr_array_add (legs, workout (PT_WORKOUT_SPORT_TRANSITION, t + 3960, NAN, 45, 3));
  g_ptr_array_add (legs, workout (PT_WORKOUT_SPORT_RUNNING, t + 4005, 2500, 800, 4));

  pt_workout_import_set_time_zone (import, utc);
  pt_workout_import_add_workouts (import, "duathlon.fit", legs);
  g_assert_true (pt_workout_import_plan (import, fixture->store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (pt_workout_import_get_n_items (import), ==, 5);
  g_assert_cmpint (find_item (import, "duathlon.fit", 1)->status, ==, PT_WORKOUT_ITEM_SKIPPED);
  g_assert_cmpint (find_item (import, "duathlon.fit", 3)->status, ==, PT_WORKOUT_ITEM_SKIPPED);
  g_assert_true (PT_IS_RUN (find_item (import, "duathlon.fit", 0)->record));
  g_assert_true (PT_IS_CROSS_TRAINING (find_item (import, "duathlon.fit", 2)->record));
  g_assert_cmpint (pt_cross_training_get_minutes (
                     PT_CROSS_TRAINING (find_item (import, "duathlon.fit", 2)->record)), ==, 40);
  /* The second run is not taken for a repeat of the first. */
  g_assert_cmpint (find_item (import, "duathlon.fit", 4)->status, ==, PT_WORKOUT_ITEM_ADD);
  g_assert_cmpstr (pt_run_get_notes (PT_RUN (find_item (import, "duathlon.fit", 4)->record)), ==,
                   "Imported from duathlon.fit, leg 5 (running)");

  g_assert_true (pt_workout_import_commit (import, fixture->store, &error));
  g_assert_cmpint (count (fixture->store, PT_TYPE_RUN), ==, 2);
  g_assert_cmpint (count (fixture->store, PT_TYPE_CROSS_TRAINING), ==, 1);
}

static PtWorkoutItemStatus
status_of_one (PtStore        *store,
               gint64          patient_id,
               PtWorkoutSport  sport,
               gint64          start,
               double          metres,
               double          seconds)
{
  g_autoptr(PtWorkoutImport) import = pt_workout_import_new (patient_id);
  g_autoptr(GPtrArray) one = pt_workout_array_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (one, workout (sport, start, metres, seconds, 0));
  pt_workout_import_set_time_zone (import, utc);
  pt_workout_import_add_workouts (import, "one.fit", one);
  g_assert_true (pt_workout_import_plan (import, store, &error));
  return pt_workout_import_get_item (import, 0)->status;
}

/* Recorded already: the same day, distance within 1 % and time within
 * 1 % (a run), or the same activity and minutes (cross-training); the
 * same start twice in one import. */
static void
test_duplicates (PtTestFixture *fixture,
                 gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autoptr(PtRun) run = pt_test_new_run (patient_id, "2026-03-01", 10000);
  g_autoptr(PtCrossTraining) bike = pt_test_new_cross_training (patient_id, "2026-03-02", 45);
  g_autoptr(PtWorkoutImport) import = pt_workout_import_new (patient_id);
  g_autoptr(GPtrArray) first = pt_workout_array_new ();
  g_autoptr(GPtrArray) second = pt_workout_array_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  gint64 march_1 = 1772323200 + 8 * 3600;  /* 2026-03-01T08:00:00Z */

  pt_run_set_duration_s (run, 3000);
  pt_store_add_run (fixture->store, run, &error);
  g_assert_no_error (error);
  pt_cross_training_set_activity (bike, PT_ACTIVITY_BIKE);
  pt_store_add_cross_training (fixture->store, bike, &error);
  g_assert_no_error (error);

  g_assert_cmpint (status_of_one (fixture->store, patient_id, PT_WORKOUT_SPORT_RUNNING,
                                  march_1, 10090, 3020), ==, PT_WORKOUT_ITEM_DUPLICATE);
  g_assert_cmpint (status_of_one (fixture->store, patient_id, PT_WORKOUT_SPORT_RUNNING,
                                  march_1, 9901, 2971), ==, PT_WORKOUT_ITEM_DUPLICATE);
  g_assert_cmpint (status_of_one (fixture->store, patient_id, PT_WORKOUT_SPORT_RUNNING,
                                  march_1, 10150, 3000), ==, PT_WORKOUT_ITEM_ADD);
  g_assert_cmpint (status_of_one (fixture->store, patient_id, PT_WORKOUT_SPORT_RUNNING,
                                  march_1, 10000, 3060), ==, PT_WORKOUT_ITEM_ADD);
  g_assert_cmpint (status_of_one (fixture->store, patient_id, PT_WORKOUT_SPORT_RUNNING,
                                  march_1 + 86400, 10000, 3000), ==, PT_WORKOUT_ITEM_ADD);
  g_assert_cmpint (status_of_one (fixture->store, patient_id, PT_WORKOUT_SPORT_CYCLING,
                                  march_1 + 86400, 20000, 45 * 60 + 10), ==,
                   PT_WORKOUT_ITEM_DUPLICATE);
  g_assert_cmpint (status_of_one (fixture->store, patient_id, PT_WORKOUT_SPORT_CYCLING,
                                  march_1 + 86400, 20000, 50 * 60), ==, PT_WORKOUT_ITEM_ADD);

  /* The same run from the watch's FIT file and the phone's GPX file: one
   * start time, different distances. */
  g_ptr_array_add (first, workout (PT_WORKOUT_SPORT_RUNNING, march_1 + 2 * 86400, 8000, 2400,
                                   0));
  g_ptr_array_add (second, workout (PT_WORKOUT_SPORT_RUNNING, march_1 + 2 * 86400, 8240, 2400,
                                    0));
  pt_workout_import_set_time_zone (import, utc);
  pt_workout_import_add_workouts (import, "watch.fit", first);
  pt_workout_import_add_workouts (import, "phone.gpx", second);
  g_assert_true (pt_workout_import_plan (import, fixture->store, &error));
  g_assert_cmpint (find_item (import, "watch.fit", 0)->status, ==, PT_WORKOUT_ITEM_ADD);
  g_assert_cmpint (find_item (import, "phone.gpx", 0)->status, ==, PT_WORKOUT_ITEM_DUPLICATE);
  g_assert_cmpstr (find_item (import, "phone.gpx", 0)->reason, ==,
                   "The same start time as watch.fit");
}

/* The day is the clinic's: 23:30 UTC is the next day in Berlin. */
static void
test_time_zone (PtTestFixture *fixture,
                gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GTimeZone *zones[] = { utc, berlin };
  const char *dates[] = { "2026-03-01", "2026-03-02" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autoptr(PtWorkoutImport) import = pt_workout_import_new (patient_id);
      g_autoptr(GPtrArray) one = pt_workout_array_new ();

      g_ptr_array_add (one, workout (PT_WORKOUT_SPORT_RUNNING, 1772407800, 5000, 1500, 0));
      pt_workout_import_set_time_zone (import, zones[i]);
      pt_workout_import_add_workouts (import, "late.fit", one);
      g_assert_true (pt_workout_import_plan (import, fixture->store, &error));
      g_assert_cmpstr (pt_run_get_date (PT_RUN (pt_workout_import_get_item (import, 0)->record)),
                       ==, dates[i]);
    }
}

/* A Strava bulk export's .fit.gz and .gpx.gz, in a folder with other
 * files, which are left alone. */
static void
test_gzip_folder (PtTestFixture *fixture,
                  gconstpointer  data)
{
  gint64 patient_id = add_patient (fixture->store);
  g_autofree char *dir = devices_dir ();
  g_autofree char *folder = g_build_filename (fixture->dir, "export", "activities", NULL);
  const char *names[] = { "activity-small-fenix2-run.fit", "track-with-empty-segment.gpx" };
  const char *paths[] = { NULL, NULL };
  g_autoptr(PtWorkoutImport) import = NULL;
  g_autofree char *top = g_build_filename (fixture->dir, "export", NULL);
  g_autofree char *readme = g_build_filename (top, "profile.csv", NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (readme, "not an activity", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *source = g_build_filename (dir, names[i], NULL);
      g_autofree char *gz_name = g_strconcat (names[i], ".gz", NULL);
      g_autofree char *dest = g_build_filename (folder, gz_name, NULL);
      g_autofree char *command = g_strdup_printf ("gzip -c '%s' > '%s'", source, dest);

      g_assert_cmpint (system (command), ==, 0);
    }

  paths[0] = top;
  import = plan_files (fixture->store, patient_id, paths);
  g_assert_cmpuint (pt_workout_import_get_n_items (import), ==, 2);
  assert_run (import, "activity-small-fenix2-run.fit.gz", "2015-08-15", 9008.22, 2832,
              PT_SURFACE_ROAD);
  assert_run (import, "track-with-empty-segment.gpx.gz", "2013-07-06", 85.9, 76,
              PT_SURFACE_ROAD);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  PT_TEST_ADD_WITH_STORE ("/import/workouts/devices", test_devices);
  PT_TEST_ADD_WITH_STORE ("/import/workouts/unknown-sport", test_unknown_sport);
  PT_TEST_ADD_WITH_STORE ("/import/workouts/nothing-to-import", test_nothing_to_import);
  PT_TEST_ADD_WITH_STORE ("/import/workouts/multisport", test_multisport);
  PT_TEST_ADD_WITH_STORE ("/import/workouts/duplicates", test_duplicates);
  PT_TEST_ADD_WITH_STORE ("/import/workouts/time-zone", test_time_zone);
  PT_TEST_ADD_WITH_STORE ("/import/workouts/gzip-folder", test_gzip_folder);

  return g_test_run ();
}
