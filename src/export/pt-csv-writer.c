/* pt-csv-writer.c: RFC 4180 rows onto a file descriptor or a GOutputStream
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <unistd.h>

#include "pt-csv-writer.h"
#include "pt-error.h"
#include "pt-format.h"

/* Written out in blocks of about this size. */
#define FLUSH_SIZE (128 * 1024)

struct _PtCsvWriter
{
  int            fd;           /* -1 when writing to @stream */
  GOutputStream *stream;
  GCancellable  *cancellable;
  char          *name;

  char          *data;
  gsize          len;
  gsize          size;
  guint64        flushed;
  gboolean       row_started;  /* a field was added to the current row */
};

static PtCsvWriter *
writer_new (const char *display_name)
{
  PtCsvWriter *self = g_new0 (PtCsvWriter, 1);

  self->fd = -1;
  self->name = g_strdup (display_name != NULL ? display_name : "");
  self->size = FLUSH_SIZE + FLUSH_SIZE / 2;
  self->data = g_malloc (self->size);

  return self;
}

PtCsvWriter *
pt_csv_writer_new_for_fd (int         fd,
                          const char *display_name)
{
  PtCsvWriter *self;

  g_return_val_if_fail (fd >= 0, NULL);

  self = writer_new (display_name);
  self->fd = fd;
  return self;
}

PtCsvWriter *
pt_csv_writer_new_for_stream (GOutputStream *stream,
                              const char    *display_name,
                              GCancellable  *cancellable)
{
  PtCsvWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  self = writer_new (display_name);
  self->stream = g_object_ref (stream);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  return self;
}

void
pt_csv_writer_free (PtCsvWriter *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_clear_object (&self->cancellable);
  g_free (self->name);
  g_free (self->data);
  g_free (self);
}

/* Room for @extra more bytes. */
static inline char *
reserve (PtCsvWriter *self,
         gsize        extra)
{
  if (G_UNLIKELY (self->len + extra > self->size))
    {
      self->size = MAX (self->size * 2, self->len + extra);
      self->data = g_realloc (self->data, self->size);
    }

  return self->data + self->len;
}

/* The comma before every field but a row's first. */
static inline void
start_field (PtCsvWriter *self)
{
  if (self->row_started)
    self->data[self->len++] = ',';
  self->row_started = TRUE;
}

gboolean
pt_csv_text_needs_defusing (const char *text)
{
  return text != NULL && text[0] != '\0' && strchr ("=+-@\t\r\n'", text[0]) != NULL;
}

/* Whether a field of @n bytes holds a comma, a quote, CR or LF. */
static inline gboolean
needs_quotes (const char *text,
              gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (text[i] == ',' || text[i] == '"' || text[i] == '\r' || text[i] == '\n')
      return TRUE;

  return FALSE;
}

static void
add_field (PtCsvWriter *self,
           const char  *text,
           gssize       length,
           gboolean     defuse)
{
  gsize n;
  gboolean quote;
  char *out;

  if (text == NULL)
    {
      pt_csv_writer_add_empty (self);
      return;
    }

  n = length < 0 ? strlen (text) : (gsize) length;
  defuse = defuse && n > 0 && memchr ("=+-@\t\r\n'", text[0], 8) != NULL;
  /* Worst case: every byte a doubled quote, two quotes, an apostrophe, a comma. */
  reserve (self, 2 * n + 4);
  start_field (self);
  out = self->data + self->len;

  quote = needs_quotes (text, n);
  if (!quote)
    {
      if (defuse)
        *out++ = '\'';
      memcpy (out, text, n);
      out += n;
    }
  else
    {
      *out++ = '"';
      if (defuse)
        *out++ = '\'';
      for (gsize i = 0; i < n; i++)
        {
          if (text[i] == '"')
            *out++ = '"';
          *out++ = text[i];
        }
      *out++ = '"';
    }

  self->len = (gsize) (out - self->data);
}

void
pt_csv_writer_add_text (PtCsvWriter *self,
                        const char  *text,
                        gssize       length)
{
  g_return_if_fail (self != NULL);

  add_field (self, text, length, TRUE);
}

void
pt_csv_writer_add_value (PtCsvWriter *self,
                         const char  *text,
                         gssize       length)
{
  g_return_if_fail (self != NULL);

  add_field (self, text, length, FALSE);
}

void
pt_csv_writer_add_empty (PtCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  reserve (self, 1);
  start_field (self);
}

void
pt_csv_writer_add_int (PtCsvWriter *self,
                       gint64       value)
{
  g_return_if_fail (self != NULL);

  reserve (self, PT_FORMAT_NUMBER_SIZE + 1);  /* the comma too */
  start_field (self);
  self->len += pt_format_int_data (self->data + self->len, value);
}

void
pt_csv_writer_add_real (PtCsvWriter *self,
                        double       value,
                        guint        max_decimals)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (max_decimals <= 9);

  /* NAN writes nothing: an empty cell. */
  reserve (self, PT_FORMAT_NUMBER_SIZE + 1);  /* the comma too */
  start_field (self);
  self->len += pt_format_number_data (self->data + self->len, value, max_decimals);
}

static void
set_write_error (PtCsvWriter  *self,
                 const char   *reason,
                 GError      **error)
{
  g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
               _("Could not write “%s”: %s"), self->name, reason);
}

static gboolean
write_out (PtCsvWriter  *self,
           GError      **error)
{
  const char *data = self->data;
  gsize left = self->len;

  if (self->stream != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!g_output_stream_write_all (self->stream, data, left, NULL, self->cancellable,
                                      &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_write_error (self, local_error->message, error);
          return FALSE;
        }
      return TRUE;
    }

  while (left > 0)
    {
      gssize n = write (self->fd, data, left);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_write_error (self, g_strerror (errno), error);
          return FALSE;
        }
      data += n;
      left -= (gsize) n;
    }

  return TRUE;
}

gboolean
pt_csv_writer_flush (PtCsvWriter  *self,
                     GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->len == 0)
    return TRUE;

  if (!write_out (self, error))
    return FALSE;

  self->flushed += self->len;
  self->len = 0;
  return TRUE;
}

gboolean
pt_csv_writer_end_row (PtCsvWriter  *self,
                       GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  reserve (self, 2);
  self->data[self->len++] = '\r';
  self->data[self->len++] = '\n';
  self->row_started = FALSE;

  if (self->len >= FLUSH_SIZE)
    return pt_csv_writer_flush (self, error);

  return TRUE;
}

guint64
pt_csv_writer_get_size (PtCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->flushed + self->len;
}
