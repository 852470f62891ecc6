/* pt-workout-file.c: an activity file of any format, told apart by content
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A gzip-compressed file (the 1f 8b magic; Strava and Garmin Connect
 * exports are "run.fit.gz") is decompressed first, at most to
 * PT_WORKOUT_FILE_MAX_SIZE bytes, so a small "gzip bomb" is refused before
 * it fills the memory. Then: a FIT file says ".FIT" at bytes 8 to 11; an
 * XML file (a UTF-8 or UTF-16 byte-order mark allowed) is TCX or GPX by
 * its root element. The file's name plays no part except in messages.
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "pt-error.h"
#include "pt-fit.h"
#include "pt-workout-xml.h"
#include "pt-xml-walk.h"

#define CHUNK_SIZE (64 * 1024)

static void
set_too_large (GError **error)
{
  g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
               _("The file is larger than %d MiB: it is not an activity file this program can read."),
               (int) (PT_WORKOUT_FILE_MAX_SIZE / (1024 * 1024)));
}

static gboolean
is_gzip (const guint8 *data,
         gsize         size)
{
  return size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
}

/* Decompresses the gzip data in @data into @out (@out_size bytes), or
 * with @out NULL only counts; *@total is the uncompressed size. Refused
 * beyond PT_WORKOUT_FILE_MAX_SIZE. */
static gboolean
inflate (const guint8  *data,
         gsize          size,
         guint8        *out,
         gsize          out_size,
         gsize         *total,
         GError       **error)
{
  g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autofree guint8 *scratch = out == NULL ? g_malloc (CHUNK_SIZE) : NULL;
  gsize in_offset = 0;

  *total = 0;
  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gsize bytes_read = 0, bytes_written = 0;
      GConverterResult result;

      result = g_converter_convert (G_CONVERTER (decompressor),
                                    data + in_offset, size - in_offset,
                                    out != NULL ? out + *total : scratch,
                                    out != NULL ? out_size - *total : CHUNK_SIZE,
                                    G_CONVERTER_INPUT_AT_END,
                                    &bytes_read, &bytes_written, &local_error);
      in_offset += bytes_read;
      *total += bytes_written;

      if (result == G_CONVERTER_ERROR)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
            g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                         _("The compressed file ends too early: it is incomplete or damaged."));
          else
            g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                         _("The compressed file is damaged: %s."), local_error->message);
          return FALSE;
        }
      if (*total > PT_WORKOUT_FILE_MAX_SIZE)
        {
          g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                       _("The file is compressed and would be larger than %d MiB uncompressed: "
                         "it is not an activity file this program can read."),
                       (int) (PT_WORKOUT_FILE_MAX_SIZE / (1024 * 1024)));
          return FALSE;
        }
      if (result == G_CONVERTER_FINISHED)
        return TRUE;
      if ((bytes_read == 0 && bytes_written == 0) || (out != NULL && *total >= out_size))
        {
          g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                       _("The compressed file ends too early: it is incomplete or damaged."));
          return FALSE;
        }
    }
}

/* The decompressed content of the gzip data in @data, or NULL. It is
 * decompressed twice, first only to count: a "gzip bomb" is refused
 * without its content ever being held. */
static GBytes *
gunzip (const guint8  *data,
        gsize          size,
        GError       **error)
{
  g_autofree guint8 *out = NULL;
  gsize total, again;

  if (!inflate (data, size, NULL, 0, &total, error))
    return NULL;

  /* One byte more, so the decompressor always has room to finish. */
  out = g_malloc (total + 1);
  if (!inflate (data, size, out, total + 1, &again, error))
    return NULL;
  g_assert (again == total);
  return g_bytes_new_take (g_steal_pointer (&out), total);
}

static gboolean
looks_like_xml (const guint8 *data,
                gsize         size)
{
  gsize i = 0;

  /* UTF-16 byte-order marks: libxml2 converts. */
  if (size >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff)))
    return TRUE;
  if (size >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    i = 3;
  while (i < size && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
    i++;
  return i < size && data[i] == '<';
}

static GPtrArray *
read_content (const guint8  *data,
              gsize          size,
              GError       **error)
{
  g_autofree char *root = NULL;

  /* A FIT file starts with its header's size (12 or 14), never '<'. */
  if (!looks_like_xml (data, size) && size >= 12 && memcmp (data + 8, ".FIT", 4) == 0)
    return pt_fit_read (data, size, error);

  if (looks_like_xml (data, size))
    {
      root = pt_xml_root_name (data, size, error);
      if (root == NULL)
        return NULL;
      if (strcmp (root, "TrainingCenterDatabase") == 0)
        return pt_tcx_read (data, size, error);
      if (strcmp (root, "gpx") == 0)
        return pt_gpx_read (data, size, error);
    }

  if (size == 0)
    g_set_error (error, PT_ERROR, PT_ERROR_INVALID, _("The file is empty."));
  else
    g_set_error (error, PT_ERROR, PT_ERROR_INVALID, _("The file is not a FIT, TCX or GPX file."));
  return NULL;
}

GPtrArray *
pt_workout_read_bytes (GBytes      *bytes,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GError) local_error = NULL;
  const guint8 *data;
  gsize size;
  GPtrArray *workouts;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > PT_WORKOUT_FILE_MAX_SIZE)
    set_too_large (&local_error);
  else if (is_gzip (data, size))
    content = gunzip (data, size, &local_error);
  else
    content = g_bytes_ref (bytes);

  if (content == NULL)
    workouts = NULL;
  else
    {
      data = g_bytes_get_data (content, &size);
      workouts = read_content (data, size, &local_error);
    }

  if (workouts == NULL)
    {
      g_assert (local_error != NULL);
      if (name != NULL)
        /* TRANSLATORS: A file name before the message of what is wrong with the file. */
        g_prefix_error (&local_error, _("%s: "), name);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return workouts;
}

/* The name of @file for messages: its display name, else its basename. */
static char *
name_of (GFile        *file,
         GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  char *basename;

  if (info != NULL && g_file_info_get_display_name (info) != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  basename = g_file_get_basename (file);
  if (basename != NULL && g_utf8_validate (basename, -1, NULL))
    return basename;
  g_free (basename);
  return g_file_get_parse_name (file);
}

/* The whole of @file, at most PT_WORKOUT_FILE_MAX_SIZE bytes. */
static GBytes *
read_whole (GFile         *file,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) contents = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;

  stream = g_file_read (file, cancellable, &local_error);
  while (stream != NULL)
    {
      guint old_length = contents->len;
      gsize chunk = MIN (CHUNK_SIZE, PT_WORKOUT_FILE_MAX_SIZE - contents->len);
      guint8 extra;
      gssize n;

      if (chunk == 0)
        {
          /* At the cap: one byte more is too much. */
          n = g_input_stream_read (G_INPUT_STREAM (stream), &extra, 1, cancellable, &local_error);
          if (n > 0)
            {
              set_too_large (error);
              return NULL;
            }
          break;
        }

      g_byte_array_set_size (contents, old_length + (guint) chunk);
      n = g_input_stream_read (G_INPUT_STREAM (stream), contents->data + old_length, chunk,
                               cancellable, &local_error);
      g_byte_array_set_size (contents, old_length + (guint) MAX (n, 0));
      if (n <= 0)
        break;
    }

  if (local_error != NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, _("The file could not be read: %s."),
                     local_error->message);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

GPtrArray *
pt_workout_read_file (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = name_of (file, cancellable);
  bytes = read_whole (file, cancellable, &local_error);
  if (bytes == NULL)
    {
      g_prefix_error (&local_error, _("%s: "), name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return pt_workout_read_bytes (bytes, name, error);
}
