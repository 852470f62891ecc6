/* pt-gpx.c: GPS Exchange Format (GPX 1.0 and 1.1) tracks
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GPX file is one workout: its tracks (gpx/trk), their segments
 * (trk/trkseg) and points (trkseg/trkpt, lat and lon attributes, a time
 * child). GPX states no sport and no distance: the distance is the sum of
 * great-circle distances between consecutive points of a segment (the
 * haversine formula, Earth radius 6,371 km, as gpxpy's 2-D length; a gap
 * between segments or tracks is not walked), the time runs from the
 * earliest to the latest timed point (in an ordinary file the first and
 * the last). Waypoints and routes are not read.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pt-error.h"
#include "pt-workout-xml.h"
#include "pt-xml-walk.h"

#define EARTH_RADIUS_M 6371000.0
/* Characters of the file's own word for a sport. */
#define MAX_SPORT_NAME 100

typedef struct
{
  guint tracks;
  char *type;                   /* of the first track */
  gboolean has_previous;        /* a point earlier in this segment */
  double previous_lat;
  double previous_lon;
  double distance;
  guint timed_points;
  double first_time;
  double last_time;
} GpxReader;

static double
radians (double degrees)
{
  return degrees * G_PI / 180.0;
}

static double
haversine (double lat1,
           double lon1,
           double lat2,
           double lon2)
{
  double dlat = radians (lat2 - lat1);
  double dlon = radians (lon2 - lon1);
  double a = sin (dlat / 2) * sin (dlat / 2)
             + cos (radians (lat1)) * cos (radians (lat2)) * sin (dlon / 2) * sin (dlon / 2);

  return 2 * EARTH_RADIUS_M * asin (sqrt (CLAMP (a, 0.0, 1.0)));
}

static gboolean
read_coordinate (PtXmlWalk   *walk,
                 const char  *name,
                 double       limit,
                 double      *value,
                 GError     **error)
{
  g_autofree char *text = pt_xml_walk_attribute (walk, name);

  if (text == NULL)
    {
      if (strcmp (name, "lat") == 0)
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The track point at line %d has no latitude (lat)."),
                     pt_xml_walk_line (walk));
      else
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The track point at line %d has no longitude (lon)."),
                     pt_xml_walk_line (walk));
      return FALSE;
    }
  if (!pt_xml_parse_double (text, value) || *value < -limit || *value > limit)
    {
      g_strstrip (text);
      if (strcmp (name, "lat") == 0)
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The latitude of the track point at line %d is not a number of degrees "
                       "from -90 to 90: “%s”."),
                     pt_xml_walk_line (walk), text);
      else
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The longitude of the track point at line %d is not a number of degrees "
                       "from -180 to 180: “%s”."),
                     pt_xml_walk_line (walk), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_point (GpxReader  *reader,
            PtXmlWalk  *walk,
            GError    **error)
{
  double lat, lon;

  if (!read_coordinate (walk, "lat", 90, &lat, error)
      || !read_coordinate (walk, "lon", 180, &lon, error))
    return FALSE;

  if (reader->has_previous)
    reader->distance += haversine (reader->previous_lat, reader->previous_lon, lat, lon);
  reader->has_previous = TRUE;
  reader->previous_lat = lat;
  reader->previous_lon = lon;
  return TRUE;
}

static gboolean
is (const char * const *path,
    guint               level,
    const char         *name)
{
  return strcmp (path[level - 1], name) == 0;
}

static gboolean
on_start (PtXmlWalk          *walk,
          const char * const *path,
          guint               depth,
          gboolean           *want_text,
          gpointer            user_data,
          GError            **error)
{
  GpxReader *reader = user_data;

  if (depth < 2 || !is (path, 2, "trk"))
    return TRUE;

  switch (depth)
    {
    case 2:
      reader->tracks++;
      break;
    case 3:
      if (is (path, 3, "type") && reader->tracks == 1 && reader->type == NULL)
        *want_text = TRUE;
      else if (is (path, 3, "trkseg"))
        reader->has_previous = FALSE;
      break;
    case 4:
      if (is (path, 3, "trkseg") && is (path, 4, "trkpt"))
        return read_point (reader, walk, error);
      break;
    case 5:
      if (is (path, 3, "trkseg") && is (path, 4, "trkpt") && is (path, 5, "time"))
        *want_text = TRUE;
      break;
    default:
      break;
    }
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
  GpxReader *reader = user_data;
  double time;

  if (text == NULL)
    return TRUE;

  if (depth == 3)
    {
      reader->type = pt_xml_short_text (text, MAX_SPORT_NAME);
      return TRUE;
    }

  if (!pt_xml_parse_time (text, &time))
    {
      g_autofree char *shown = g_strstrip (g_strdup (text));

      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The time of the track point at line %d is not a date and time: “%s”."),
                   pt_xml_walk_line (walk), shown);
      return FALSE;
    }
  if (reader->timed_points++ == 0)
    {
      reader->first_time = time;
      reader->last_time = time;
    }
  else
    {
      reader->first_time = MIN (reader->first_time, time);
      reader->last_time = MAX (reader->last_time, time);
    }
  return TRUE;
}

GPtrArray *
pt_gpx_read (const guint8  *data,
             gsize          size,
             GError       **error)
{
  static const PtXmlHandler handler = { on_start, on_end };
  GpxReader reader = { 0 };
  g_autoptr(GPtrArray) workouts = NULL;
  PtWorkout *workout;

  g_return_val_if_fail (data != NULL || size == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pt_xml_walk (data, size, "gpx", "GPX", &handler, &reader, error))
    {
      g_free (reader.type);
      return NULL;
    }

  if (reader.timed_points == 0)
    {
      g_free (reader.type);
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file has no track points with times: there is nothing to import."));
      return NULL;
    }

  workout = pt_workout_new ();
  workout->sport = PT_WORKOUT_SPORT_UNKNOWN;
  if (reader.type != NULL)
    {
      g_free (workout->sport_name);
      workout->sport_name = g_steal_pointer (&reader.type);
    }
  workout->start_utc = (gint64) floor (reader.first_time);
  workout->distance_m = reader.distance;
  workout->duration_s = reader.last_time - reader.first_time;

  workouts = pt_workout_array_new ();
  g_ptr_array_add (workouts, workout);
  return g_steal_pointer (&workouts);
}
