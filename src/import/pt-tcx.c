/* pt-tcx.c: Garmin Training Center XML (TCX) activities
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TrainingCenterDatabase/Activities holds Activity elements (Sport
 * attribute, an Id that is its start time, Laps with DistanceMeters and
 * TotalTimeSeconds) and MultiSportSession elements, whose FirstSport and
 * NextSport hold one Activity each, a NextSport also a Transition (a lap
 * of its own). Each Activity and Transition is one PtWorkout; the legs of
 * a multisport session are numbered in file order, a plain Activity is
 * leg 0. Courses, Workouts and the track points are not read.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pt-error.h"
#include "pt-workout-xml.h"
#include "pt-xml-walk.h"

/* Characters of the file's own word for a sport. */
#define MAX_SPORT_NAME 100

typedef struct
{
  GPtrArray *workouts;
  /* The Activity or Transition being read, at @depth. */
  PtWorkout *current;
  guint depth;
  gboolean transition;
  int line;
  gboolean has_start;           /* from the Id (or the Transition's StartTime) */
  gboolean has_lap_start;
  double lap_start;
  guint laps;
  char *bad_id;
  /* The MultiSportSession being read, at @multisport_depth (0: none). */
  guint multisport_depth;
  guint next_leg;
} TcxReader;

static gboolean
is (const char * const *path,
    guint               depth,
    guint               level,
    const char         *name)
{
  return level >= 1 && level <= depth && strcmp (path[level - 1], name) == 0;
}

static void
set_sport (PtWorkout  *workout,
           const char *sport)
{
  g_free (workout->sport_name);
  workout->sport_name = pt_xml_short_text (sport, MAX_SPORT_NAME);

  if (strcmp (workout->sport_name, "Running") == 0)
    workout->sport = PT_WORKOUT_SPORT_RUNNING;
  else if (strcmp (workout->sport_name, "Biking") == 0)
    workout->sport = PT_WORKOUT_SPORT_CYCLING;
  else
    workout->sport = PT_WORKOUT_SPORT_OTHER;
}

static void
begin_workout (TcxReader *reader,
               PtXmlWalk *walk,
               guint      depth,
               gboolean   transition)
{
  reader->current = pt_workout_new ();
  reader->depth = depth;
  reader->transition = transition;
  reader->line = pt_xml_walk_line (walk);
  reader->has_start = FALSE;
  reader->has_lap_start = FALSE;
  reader->laps = 0;
  g_clear_pointer (&reader->bad_id, g_free);
}

/* A Lap, or a Transition (which is one): its StartTime, if the first. */
static void
begin_lap (TcxReader *reader,
           PtXmlWalk *walk)
{
  if (reader->laps++ == 0)
    {
      g_autofree char *start = pt_xml_walk_attribute (walk, "StartTime");

      reader->has_lap_start = pt_xml_parse_time (start, &reader->lap_start);
    }
}

static gboolean
on_start (PtXmlWalk          *walk,
          const char * const *path,
          guint               depth,
          gboolean           *want_text,
          gpointer            user_data,
          GError            **error)
{
  TcxReader *reader = user_data;
  const char *name = path[depth - 1];

  if (reader->current == NULL)
    {
      gboolean in_multisport = reader->multisport_depth > 0;

      if (depth == 3 && is (path, depth, 2, "Activities") && strcmp (name, "MultiSportSession") == 0)
        {
          reader->multisport_depth = depth;
        }
      else if (strcmp (name, "Activity") == 0
               && ((depth == 3 && is (path, depth, 2, "Activities"))
                   || (in_multisport && depth == reader->multisport_depth + 2
                       && (is (path, depth, depth - 1, "FirstSport")
                           || is (path, depth, depth - 1, "NextSport")))))
        {
          g_autofree char *sport = pt_xml_walk_attribute (walk, "Sport");

          begin_workout (reader, walk, depth, FALSE);
          set_sport (reader->current, sport);
        }
      else if (in_multisport && strcmp (name, "Transition") == 0
               && depth == reader->multisport_depth + 2 && is (path, depth, depth - 1, "NextSport"))
        {
          begin_workout (reader, walk, depth, TRUE);
          reader->current->sport = PT_WORKOUT_SPORT_TRANSITION;
          g_free (reader->current->sport_name);
          reader->current->sport_name = g_strdup ("Transition");
          begin_lap (reader, walk);
        }
      return TRUE;
    }

  if (!reader->transition && depth == reader->depth + 1)
    {
      if (strcmp (name, "Id") == 0)
        *want_text = TRUE;
      else if (strcmp (name, "Lap") == 0)
        begin_lap (reader, walk);
    }
  else if ((reader->transition && depth == reader->depth + 1)
           || (!reader->transition && depth == reader->depth + 2
               && is (path, depth, depth - 1, "Lap")))
    {
      if (strcmp (name, "DistanceMeters") == 0 || strcmp (name, "TotalTimeSeconds") == 0)
        *want_text = TRUE;
    }
  return TRUE;
}

static gboolean
add_lap_value (TcxReader   *reader,
               PtXmlWalk   *walk,
               const char  *name,
               const char  *text,
               GError     **error)
{
  gboolean is_distance = strcmp (name, "DistanceMeters") == 0;
  double *sum = is_distance ? &reader->current->distance_m : &reader->current->duration_s;
  double value;

  if (!pt_xml_parse_double (text, &value) || value < 0)
    {
      g_autofree char *shown = g_strstrip (g_strdup (text));

      if (is_distance)
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The lap distance at line %d is not a number of metres: “%s”."),
                     pt_xml_walk_line (walk), shown);
      else
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The lap time at line %d is not a number of seconds: “%s”."),
                     pt_xml_walk_line (walk), shown);
      return FALSE;
    }

  *sum = (isnan (*sum) ? 0 : *sum) + value;
  if (!isfinite (*sum))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The laps of the activity at line %d add up to more than a number can hold."),
                   reader->line);
      return FALSE;
    }
  return TRUE;
}

static gboolean
end_workout (TcxReader  *reader,
             GError    **error)
{
  PtWorkout *workout = reader->current;
  double start;

  if (reader->has_start)
    start = (double) workout->start_utc;
  else if (reader->has_lap_start)
    start = reader->lap_start;
  else
    {
      if (reader->bad_id != NULL)
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The activity at line %d has no start time: its Id “%s” is not a date and "
                       "time, and no lap says when it started."),
                     reader->line, reader->bad_id);
      else
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The activity at line %d has no start time: neither its Id nor a lap says "
                       "when it started."),
                     reader->line);
      return FALSE;
    }

  workout->start_utc = (gint64) floor (start);
  workout->leg = reader->multisport_depth > 0 ? reader->next_leg++ : 0;
  g_ptr_array_add (reader->workouts, workout);
  reader->current = NULL;
  return TRUE;
}

static gboolean
on_end (PtXmlWalk          *walk,
        const char * const *path,
        guint               depth,
        const char         *text,
        gpointer            user_data,
        GError            **error)
{
  TcxReader *reader = user_data;
  const char *name = path[depth - 1];

  if (reader->current == NULL)
    {
      if (reader->multisport_depth == depth)
        {
          reader->multisport_depth = 0;
          reader->next_leg = 0;
        }
      return TRUE;
    }

  if (depth == reader->depth)
    return end_workout (reader, error);

  if (text == NULL)
    return TRUE;

  if (strcmp (name, "Id") == 0)
    {
      double start;

      if (pt_xml_parse_time (text, &start))
        {
          reader->current->start_utc = (gint64) floor (start);
          reader->has_start = TRUE;
        }
      else
        {
          g_free (reader->bad_id);
          reader->bad_id = g_strstrip (g_strdup (text));
        }
      return TRUE;
    }

  return add_lap_value (reader, walk, name, text, error);
}

GPtrArray *
pt_tcx_read (const guint8  *data,
             gsize          size,
             GError       **error)
{
  static const PtXmlHandler handler = { on_start, on_end };
  TcxReader reader = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || size == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader.workouts = pt_workout_array_new ();
  ok = pt_xml_walk (data, size, "TrainingCenterDatabase", "TCX", &handler, &reader, error);

  pt_workout_free (reader.current);
  g_free (reader.bad_id);
  if (!ok)
    {
      g_ptr_array_unref (reader.workouts);
      return NULL;
    }
  return reader.workouts;
}
