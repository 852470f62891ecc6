/* pt-workout-import.h: a patient's runs and cross-training from activity files
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three steps, so a person sees what will happen before anything does:
 *
 *   read:   the files (FIT, TCX, GPX, gzip-compressed or not; a folder
 *           is read with its subfolders, its .fit, .tcx and .gpx files and
 *           their .gz) become workouts; a file that cannot be read becomes
 *           a refused item with the reason;
 *   plan:   each workout becomes a record of the patient: running (trail,
 *           treadmill, ...) a run, everything else cross-training with the
 *           matching activity; a file with no sport (GPX) becomes what
 *           pt_workout_import_set_unknown_sport() says, a run by default;
 *           the date is the start's, in the clinic's time zone. Each record
 *           gets the checks of a typed save (refused, with the reason), and
 *           one already recorded is a duplicate: the same date, distance
 *           within 1 % and duration within 1 % (runs), or the same date,
 *           activity and minutes within 1 % (cross-training), or the same
 *           start time as another workout of these files;
 *   commit: the records to add go in, in one transaction, and their ids are
 *           kept, so pt_workout_import_undo() removes exactly them.
 *
 * Read and plan may run in a worker thread (with a PtStore of its own on
 * the same file); commit and undo run where their store belongs.
 */

#pragma once

#include <gio/gio.h>

#include "pt-store.h"
#include "pt-workout.h"

G_BEGIN_DECLS

typedef enum
{
  PT_WORKOUT_ITEM_ADD,        /* will be (or was) added */
  PT_WORKOUT_ITEM_DUPLICATE,  /* recorded already, or twice in these files */
  PT_WORKOUT_ITEM_REFUSED,    /* the file could not be read, or the record is not valid */
  PT_WORKOUT_ITEM_SKIPPED,    /* a transition between the legs of a multisport file */
} PtWorkoutItemStatus;

typedef struct
{
  char                *file_name;  /* the file's display name */
  char                *path;       /* its path, or NULL */
  guint                leg;        /* of a multisport file: 0, 1, ... */
  PtWorkoutItemStatus  status;
  PtWorkout           *workout;    /* NULL when the file could not be read */
  PtRecord            *record;     /* the PtRun or PtCrossTraining it becomes; NULL before
                                    * plan or when the file could not be read */
  char                *reason;     /* why a duplicate, refused or skipped; NULL for ADD */
  gboolean             no_sport;   /* the file names no sport: set_unknown_sport decides */
} PtWorkoutItem;

#define PT_TYPE_WORKOUT_IMPORT (pt_workout_import_get_type ())

G_DECLARE_FINAL_TYPE (PtWorkoutImport, pt_workout_import, PT, WORKOUT_IMPORT, GObject)

/* Called after each file is read, with how many of @n_files are done. */
typedef void (*PtWorkoutImportProgress) (guint     n_done,
                                         guint     n_files,
                                         gpointer  user_data);

PtWorkoutImport *pt_workout_import_new           (gint64            patient_id);
gint64           pt_workout_import_get_patient_id (PtWorkoutImport *self);
/* The clinic's time zone, for the date of a start time (default: local). */
void             pt_workout_import_set_time_zone (PtWorkoutImport  *self,
                                                  GTimeZone        *time_zone);
/* What a workout of a file without a sport (GPX) is: RUNNING (the
 * default), WALKING, CYCLING, ... Takes effect at the next plan. */
void             pt_workout_import_set_unknown_sport (PtWorkoutImport *self,
                                                      PtWorkoutSport   sport);
PtWorkoutSport   pt_workout_import_get_unknown_sport (PtWorkoutImport *self);
/* Reads @n_files files or folders. FALSE only when cancelled or when a
 * file or folder given does not exist; a file that is there but cannot be
 * read is a refused item. */
gboolean         pt_workout_import_read          (PtWorkoutImport          *self,
                                                  GFile                   **files,
                                                  guint                     n_files,
                                                  PtWorkoutImportProgress   progress,
                                                  gpointer                  user_data,
                                                  GCancellable             *cancellable,
                                                  GError                  **error);
/* Reads workouts already parsed (tests), as from a file named @file_name. */
void             pt_workout_import_add_workouts  (PtWorkoutImport  *self,
                                                  const char       *file_name,
                                                  GPtrArray        *workouts);
/* Decides what each workout becomes, against the records in @store. May
 * be run again (after set_unknown_sport). */
gboolean         pt_workout_import_plan          (PtWorkoutImport  *self,
                                                  PtStore          *store,
                                                  GError          **error);
guint            pt_workout_import_get_n_items   (PtWorkoutImport  *self);
const PtWorkoutItem *pt_workout_import_get_item  (PtWorkoutImport  *self,
                                                  guint             i);
/* How many items have @status. */
guint            pt_workout_import_count         (PtWorkoutImport     *self,
                                                  PtWorkoutItemStatus  status);
/* Whether some item's file names no sport. */
gboolean         pt_workout_import_has_no_sport  (PtWorkoutImport  *self);
/* Adds the ADD items in one transaction (a plan first). Nothing is added
 * when anything fails. */
gboolean         pt_workout_import_commit        (PtWorkoutImport  *self,
                                                  PtStore          *store,
                                                  GError          **error);
/* Runs and cross-training added by the commit. */
guint            pt_workout_import_get_n_added   (PtWorkoutImport  *self);
/* Removes exactly the records the commit added, in one transaction. */
gboolean         pt_workout_import_undo          (PtWorkoutImport  *self,
                                                  PtStore          *store,
                                                  GError          **error);
/* "3 runs and 1 cross-training session to add, 2 already recorded,
 * 1 refused" (translated), for a preview or a toast. */
char            *pt_workout_import_describe      (PtWorkoutImport  *self);

G_END_DECLS
