/* pt-workout-plan.c: what each workout of an activity import becomes
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan step of pt-workout-import.h: a workout becomes a run or
 * cross-training of the patient, dated in the clinic's time zone, checked
 * like a typed record, and compared with what is recorded already.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-cross-training.h"
#include "pt-error.h"
#include "pt-run.h"
#include "pt-workout-import-private.h"

/* Two entries are the same activity when their distances and durations
 * differ by at most this much (1 %), or by rounding (half a unit). */
#define SAME_FRACTION 0.01

/* Notes hold at most this many characters (pt-schema.c). */
#define NOTES_MAX 2000

static PtActivity
activity_of (PtWorkoutSport sport)
{
  switch (sport)
    {
    case PT_WORKOUT_SPORT_CYCLING:
      return PT_ACTIVITY_BIKE;
    case PT_WORKOUT_SPORT_SWIMMING:
      return PT_ACTIVITY_POOL;
    case PT_WORKOUT_SPORT_ELLIPTICAL:
      return PT_ACTIVITY_ELLIPTICAL;
    case PT_WORKOUT_SPORT_WALKING:
    case PT_WORKOUT_SPORT_HIKING:
      return PT_ACTIVITY_WALK;
    case PT_WORKOUT_SPORT_STRENGTH:
      return PT_ACTIVITY_STRENGTH;
    case PT_WORKOUT_SPORT_ROWING:
    case PT_WORKOUT_SPORT_OTHER:
    case PT_WORKOUT_SPORT_UNKNOWN:
    case PT_WORKOUT_SPORT_RUNNING:
    case PT_WORKOUT_SPORT_TRANSITION:
    default:
      return PT_ACTIVITY_OTHER;
    }
}

static PtSurface
surface_of (PtWorkoutPlace place)
{
  switch (place)
    {
    case PT_WORKOUT_PLACE_TRAIL:
      return PT_SURFACE_TRAIL;
    case PT_WORKOUT_PLACE_TRACK:
      return PT_SURFACE_TRACK;
    case PT_WORKOUT_PLACE_TREADMILL:
    case PT_WORKOUT_PLACE_INDOOR:
      return PT_SURFACE_TREADMILL;
    case PT_WORKOUT_PLACE_ROAD:
    case PT_WORKOUT_PLACE_UNKNOWN:
    case PT_WORKOUT_PLACE_POOL:
    case PT_WORKOUT_PLACE_OPEN_WATER:
    default:
      /* As a run typed in the app: road, unless the file says otherwise. */
      return PT_SURFACE_ROAD;
    }
}

static char *
notes_for (const PtWorkoutItem *item)
{
  g_autofree char *notes = NULL;
  const char *sport = item->workout->sport_name;

  if (item->leg > 0 && sport[0] != '\0')
    /* Translators: a record's notes: the file it came from, the leg of a
     * multisport file, the sport as the file names it */
    notes = g_strdup_printf (_("Imported from %s, leg %u (%s)"), item->file_name, item->leg + 1,
                             sport);
  else if (sport[0] != '\0')
    notes = g_strdup_printf (_("Imported from %s (%s)"), item->file_name, sport);
  else
    notes = g_strdup_printf (_("Imported from %s"), item->file_name);

  if (g_utf8_strlen (notes, -1) > NOTES_MAX)
    {
      char *end = g_utf8_offset_to_pointer (notes, NOTES_MAX);

      *end = '\0';
    }
  return g_steal_pointer (&notes);
}

/* The record @item's workout becomes, or NULL with the reason. */
static PtRecord *
make_record (PtWorkoutImport  *self,
             PtWorkoutItem    *item,
             char            **reason)
{
  const PtWorkout *workout = item->workout;
  PtWorkoutSport sport = workout->sport;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *notes = notes_for (item);

  item->no_sport = sport == PT_WORKOUT_SPORT_UNKNOWN;
  if (item->no_sport)
    sport = self->unknown_sport;

  if (workout->start_utc <= 0 || !(utc = g_date_time_new_from_unix_utc (workout->start_utc)))
    {
      *reason = g_strdup (_("The file gives no start time, so the day is not known."));
      return NULL;
    }
  local = g_date_time_to_timezone (utc, self->time_zone);
  date = g_date_time_format (local, "%Y-%m-%d");

  if (sport == PT_WORKOUT_SPORT_RUNNING)
    {
      PtRun *run = pt_run_new ();

      if (!pt_has_value (workout->distance_m) || workout->distance_m <= 0)
        {
          g_object_unref (run);
          *reason = g_strdup (_("The file records no distance, and a run needs one (a "
                                "treadmill run without a foot pod has none)."));
          return NULL;
        }

      pt_run_set_patient_id (run, self->patient_id);
      pt_run_set_date (run, date);
      /* To the centimetre: the rest is the device's noise. */
      pt_run_set_distance_m (run, round (workout->distance_m * 100) / 100);
      if (pt_has_value (workout->duration_s) && round (workout->duration_s) >= 1)
        pt_run_set_duration_s (run, (gint64) round (workout->duration_s));
      pt_run_set_surface (run, surface_of (workout->place));
      pt_run_set_notes (run, notes);
      return PT_RECORD (run);
    }
  else
    {
      PtCrossTraining *cross = pt_cross_training_new ();

      if (!pt_has_value (workout->duration_s) || workout->duration_s <= 0)
        {
          g_object_unref (cross);
          *reason = g_strdup (_("The file records no duration, and cross-training needs "
                                "its minutes."));
          return NULL;
        }

      pt_cross_training_set_patient_id (cross, self->patient_id);
      pt_cross_training_set_date (cross, date);
      pt_cross_training_set_activity (cross, activity_of (sport));
      /* A short one still took a minute of the day. */
      pt_cross_training_set_minutes (cross, MAX (1, (gint64) round (workout->duration_s / 60)));
      pt_cross_training_set_notes (cross, notes);
      return PT_RECORD (cross);
    }
}

static gboolean
close_enough (double a,
              double b,
              double rounding)
{
  return fabs (a - b) <= MAX (SAME_FRACTION * MAX (fabs (a), fabs (b)), rounding);
}

/* The duplicates rule of pt-workout-import.h, for two records of a type. */
static gboolean
same_activity (PtRecord *a,
               PtRecord *b)
{
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  if (PT_IS_RUN (a))
    {
      gint64 da = pt_run_get_duration_s (PT_RUN (a)), db = pt_run_get_duration_s (PT_RUN (b));

      return g_strcmp0 (pt_run_get_date (PT_RUN (a)), pt_run_get_date (PT_RUN (b))) == 0 &&
             close_enough (pt_run_get_distance_m (PT_RUN (a)), pt_run_get_distance_m (PT_RUN (b)),
                           0.005) &&
             ((da == PT_NO_INT && db == PT_NO_INT) ||
              (da != PT_NO_INT && db != PT_NO_INT && close_enough ((double) da, (double) db, 0.5)));
    }

  return g_strcmp0 (pt_cross_training_get_date (PT_CROSS_TRAINING (a)),
                    pt_cross_training_get_date (PT_CROSS_TRAINING (b))) == 0 &&
         pt_cross_training_get_activity (PT_CROSS_TRAINING (a)) ==
         pt_cross_training_get_activity (PT_CROSS_TRAINING (b)) &&
         close_enough ((double) pt_cross_training_get_minutes (PT_CROSS_TRAINING (a)),
                       (double) pt_cross_training_get_minutes (PT_CROSS_TRAINING (b)), 0.5);
}

static const char *
record_date (PtRecord *record)
{
  return PT_IS_RUN (record) ? pt_run_get_date (PT_RUN (record))
                            : pt_cross_training_get_date (PT_CROSS_TRAINING (record));
}

/* The patient's runs and cross-training by date: date -> GPtrArray. */
static GHashTable *
index_stored (PtWorkoutImport  *self,
              PtStore          *store,
              GError          **error)
{
  g_autoptr(GHashTable) by_date = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GListModel) runs = pt_store_list_runs (store, self->patient_id, error);
  g_autoptr(GListModel) cross = NULL;
  GListModel *lists[2];

  if (runs == NULL || !(cross = pt_store_list_cross_training (store, self->patient_id, error)))
    return NULL;

  lists[0] = runs;
  lists[1] = cross;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(PtRecord) record = g_list_model_get_item (lists[l], i);
        GPtrArray *same_day = g_hash_table_lookup (by_date, record_date (record));

        if (same_day == NULL)
          {
            same_day = g_ptr_array_new_with_free_func (g_object_unref);
            g_hash_table_insert (by_date, g_strdup (record_date (record)), same_day);
          }
        g_ptr_array_add (same_day, g_object_ref (record));
      }

  return g_steal_pointer (&by_date);
}

static char *
describe_match (PtWorkoutImport *self,
                PtRecord        *stored,
                guint            planned)
{
  if (pt_record_get_id (stored) > 0)
    return g_strdup_printf (PT_IS_RUN (stored)
                            ? _("Already recorded: run %lld on the same day, of the same "
                                "distance and time")
                            : _("Already recorded: cross-training %lld on the same day, of the "
                                "same activity and minutes"),
                            (long long) pt_record_get_id (stored));

  return g_strdup_printf (_("The same activity as in %s"),
                          g_array_index (self->items, PtWorkoutItem, planned).file_name);
}

gboolean
pt_workout_import_plan (PtWorkoutImport  *self,
                        PtStore          *store,
                        GError          **error)
{
  g_autoptr(GHashTable) by_date = NULL;

  g_return_val_if_fail (PT_IS_WORKOUT_IMPORT (self), FALSE);
  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  by_date = index_stored (self, store, error);
  if (by_date == NULL)
    return FALSE;

  for (guint i = 0; i < self->items->len; i++)
    {
      PtWorkoutItem *item = &g_array_index (self->items, PtWorkoutItem, i);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *reason = NULL;
      GPtrArray *same_day;

      if (item->workout == NULL)
        continue;   /* refused when read */

      g_clear_object (&item->record);
      g_clear_pointer (&item->reason, g_free);
      item->status = PT_WORKOUT_ITEM_ADD;

      if (item->workout->sport == PT_WORKOUT_SPORT_TRANSITION)
        {
          item->status = PT_WORKOUT_ITEM_SKIPPED;
          item->reason = g_strdup (_("A transition between the legs of a multisport "
                                     "activity: not a run or cross-training"));
          continue;
        }

      item->record = make_record (self, item, &reason);
      if (item->record == NULL)
        {
          item->status = PT_WORKOUT_ITEM_REFUSED;
          item->reason = g_steal_pointer (&reason);
          continue;
        }

      /* The same start as a workout planned before it, from these files. */
      for (guint j = 0; j < i && item->workout->start_utc > 0; j++)
        {
          PtWorkoutItem *earlier = &g_array_index (self->items, PtWorkoutItem, j);

          if (earlier->status == PT_WORKOUT_ITEM_ADD &&
              earlier->workout->start_utc == item->workout->start_utc &&
              G_OBJECT_TYPE (earlier->record) == G_OBJECT_TYPE (item->record))
            {
              item->status = PT_WORKOUT_ITEM_DUPLICATE;
              item->reason = g_strdup_printf (_("The same start time as %s"),
                                              earlier->file_name);
              break;
            }
        }
      if (item->status != PT_WORKOUT_ITEM_ADD)
        continue;

      same_day = g_hash_table_lookup (by_date, record_date (item->record));
      for (guint j = 0; same_day != NULL && j < same_day->len; j++)
        {
          PtRecord *other = g_ptr_array_index (same_day, j);

          if (same_activity (other, item->record))
            {
              guint planned = 0;

              /* A record planned here carries its item's index. */
              if (pt_record_get_id (other) == 0)
                planned = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (other), "pt-item"));
              item->status = PT_WORKOUT_ITEM_DUPLICATE;
              item->reason = describe_match (self, other, planned);
              break;
            }
        }
      if (item->status != PT_WORKOUT_ITEM_ADD)
        continue;

      if (!pt_store_validate (store, item->record, &local_error))
        {
          if (!g_error_matches (local_error, PT_ERROR, PT_ERROR_INVALID))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          item->status = PT_WORKOUT_ITEM_REFUSED;
          item->reason = g_strdup (local_error->message);
          continue;
        }

      /* Later workouts of these files are compared with this one too. */
      {
        g_autoptr(PtRecord) planned = pt_record_copy (item->record);

        g_object_set_data (G_OBJECT (planned), "pt-item", GUINT_TO_POINTER (i));
        if (same_day == NULL)
          {
            same_day = g_ptr_array_new_with_free_func (g_object_unref);
            g_hash_table_insert (by_date, g_strdup (record_date (item->record)), same_day);
          }
        g_ptr_array_add (same_day, g_steal_pointer (&planned));
      }
    }

  return TRUE;
}

