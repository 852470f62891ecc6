/* pt-csv-reader.c: CSV rows from a stream, one at a time
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A byte-at-a-time state machine over a buffer of the stream: the cells
 * of a row go one after the other, NUL-terminated, into one growing
 * buffer, with their starts in an array, so a row costs no allocation once
 * the buffers have grown to the longest row.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-csv-reader.h"
#include "pt-error.h"

#define READ_SIZE (64 * 1024)

struct _PtCsvReader
{
  GInputStream *stream;
  char          separator;
  gboolean      started;   /* the byte order mark and the separator are settled */
  gboolean      at_end;    /* the stream has no more */

  guint8       *buf;       /* bytes read, not yet parsed: buf[pos..len) */
  gsize         pos;
  gsize         len;
  guint64       offset;    /* of buf[0] in the file */

  GByteArray   *cells;     /* this row's cells, each NUL-terminated */
  GArray       *starts;    /* guint offsets into @cells */
  guint64       row;
};

PtCsvReader *
pt_csv_reader_new (GInputStream *stream,
                   char          separator)
{
  PtCsvReader *reader;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (separator == 0 || separator == ',' || separator == ';', NULL);

  reader = g_new0 (PtCsvReader, 1);
  reader->stream = g_object_ref (stream);
  reader->separator = separator;
  reader->buf = g_malloc (READ_SIZE);
  reader->cells = g_byte_array_new ();
  reader->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  return reader;
}

void
pt_csv_reader_free (PtCsvReader *reader)
{
  if (reader == NULL)
    return;

  g_object_unref (reader->stream);
  g_free (reader->buf);
  g_byte_array_unref (reader->cells);
  g_array_unref (reader->starts);
  g_free (reader);
}

/* Keeps buf[pos..len) and reads more after it; FALSE on error. At the end
 * of the stream at_end is set and nothing is added. */
static gboolean
fill (PtCsvReader   *reader,
      gsize          want,
      GCancellable  *cancellable,
      GError       **error)
{
  gsize kept = reader->len - reader->pos;
  gssize n;

  if (reader->at_end)
    return TRUE;

  memmove (reader->buf, reader->buf + reader->pos, kept);
  reader->offset += reader->pos;
  reader->pos = 0;
  reader->len = kept;

  while (reader->len < want && !reader->at_end)
    {
      n = g_input_stream_read (reader->stream, reader->buf + reader->len,
                               READ_SIZE - reader->len, cancellable, error);
      if (n < 0)
        return FALSE;
      if (n == 0)
        reader->at_end = TRUE;
      reader->len += (gsize) n;
    }

  return TRUE;
}

/* Skips a byte order mark and, when asked, picks the separator from the
 * first line (as far as the buffer holds it). */
static gboolean
start (PtCsvReader   *reader,
       GCancellable  *cancellable,
       GError       **error)
{
  guint commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  reader->started = TRUE;
  if (!fill (reader, READ_SIZE, cancellable, error))
    return FALSE;

  if (reader->len >= 3 && memcmp (reader->buf, "\xef\xbb\xbf", 3) == 0)
    reader->pos = 3;

  if (reader->separator != 0)
    return TRUE;

  for (gsize i = reader->pos; i < reader->len; i++)
    {
      char c = (char) reader->buf[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
    }

  reader->separator = semicolons > commas ? ';' : ',';
  return TRUE;
}

static gboolean
set_error (PtCsvReader  *reader,
           GError      **error,
           const char   *message)
{
  /* Translators: a CSV file's error: the row, the column, then what is
   * wrong there */
  g_set_error (error, PT_ERROR, PT_ERROR_INVALID, _("Row %llu, column %u: %s"),
               (unsigned long long) reader->row, reader->starts->len + 1, message);
  return FALSE;
}

/* Ends the cell being built; FALSE with @error when it breaks a limit. */
static gboolean
end_cell (PtCsvReader  *reader,
          guint         cell_start,
          GError      **error)
{
  const char *text = (const char *) reader->cells->data + cell_start;
  gsize length = reader->cells->len - cell_start;

  if (!g_utf8_validate_len (text, length, NULL))
    return set_error (reader, error, _("the text is not valid UTF-8; save the file as UTF-8"));
  if (reader->starts->len >= PT_CSV_MAX_COLUMNS)
    return set_error (reader, error, _("the row has more columns than any ProloTrack file"));

  g_byte_array_append (reader->cells, (const guint8 *) "", 1);
  g_array_append_val (reader->starts, cell_start);
  return TRUE;
}

gboolean
pt_csv_reader_next (PtCsvReader   *reader,
                    GCancellable  *cancellable,
                    GError       **error)
{
  enum { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED } state = CELL_START;
  guint cell_start;
  char sep;

  g_return_val_if_fail (reader != NULL, FALSE);

  if (!reader->started && !start (reader, cancellable, error))
    return FALSE;
  sep = reader->separator;

  if (reader->pos == reader->len && !fill (reader, READ_SIZE, cancellable, error))
    return FALSE;
  if (reader->pos == reader->len && reader->at_end)
    return FALSE;

  g_byte_array_set_size (reader->cells, 0);
  g_array_set_size (reader->starts, 0);
  reader->row++;
  cell_start = 0;

  for (;;)
    {
      const guint8 *p, *end;

      if (reader->pos == reader->len)
        {
          if (!fill (reader, READ_SIZE, cancellable, error))
            return FALSE;
          if (reader->pos == reader->len)
            {
              /* The end of the file ends the row. */
              if (state == QUOTED)
                return set_error (reader, error,
                                  _("a quoted cell is never closed: a \" is missing"));
              return end_cell (reader, cell_start, error);
            }
        }

      p = reader->buf + reader->pos;
      end = reader->buf + reader->len;

      while (p < end)
        {
          char c = (char) *p;

          switch (state)
            {
            case CELL_START:
              if (c == '"')
                {
                  state = QUOTED;
                  p++;
                  continue;
                }
              state = UNQUOTED;
              G_GNUC_FALLTHROUGH;

            case UNQUOTED:
              {
                /* The common case: a run of plain bytes at once. */
                const guint8 *q = p;

                while (q < end && *q != (guint8) sep && *q != '\n' && *q != '\r')
                  q++;
                g_byte_array_append (reader->cells, p, (guint) (q - p));
                p = q;
                if (p == end)
                  break;
                c = (char) *p;
                if (c == sep)
                  {
                    p++;
                    if (!end_cell (reader, cell_start, error))
                      return FALSE;
                    cell_start = reader->cells->len;
                    state = CELL_START;
                    continue;
                  }
                goto end_of_row;
              }

            case QUOTED:
              {
                const guint8 *q = memchr (p, '"', (gsize) (end - p));

                if (q == NULL)
                  q = end;
                g_byte_array_append (reader->cells, p, (guint) (q - p));
                p = q;
                if (p < end)
                  {
                    state = QUOTE_IN_QUOTED;
                    p++;
                  }
                break;
              }

            case QUOTE_IN_QUOTED:
              if (c == '"')
                {
                  g_byte_array_append (reader->cells, (const guint8 *) "\"", 1);
                  state = QUOTED;
                  p++;
                  continue;
                }
              if (c == sep)
                {
                  p++;
                  if (!end_cell (reader, cell_start, error))
                    return FALSE;
                  cell_start = reader->cells->len;
                  state = CELL_START;
                  continue;
                }
              if (c == '\n' || c == '\r')
                goto end_of_row;
              reader->pos = (gsize) (p - reader->buf);
              return set_error (reader, error,
                                _("there is text after the closing \" of a quoted cell"));

            default:
              g_assert_not_reached ();
            }

          if (reader->cells->len - cell_start > PT_CSV_MAX_CELL)
            return set_error (reader, error, _("the cell is longer than 1 MB"));
        }

      reader->pos = reader->len;
      if (reader->cells->len - cell_start > PT_CSV_MAX_CELL)
        return set_error (reader, error, _("the cell is longer than 1 MB"));
      continue;

    end_of_row:
      /* At \r or \n: the row ends; \r\n is one line break. */
      if (*p == '\r')
        {
          p++;
          reader->pos = (gsize) (p - reader->buf);
          if (reader->pos == reader->len && !fill (reader, 1, cancellable, error))
            return FALSE;
          if (reader->pos < reader->len && reader->buf[reader->pos] == '\n')
            reader->pos++;
        }
      else
        reader->pos = (gsize) (p - reader->buf) + 1;

      if (reader->cells->len - cell_start > PT_CSV_MAX_CELL)
        return set_error (reader, error, _("the cell is longer than 1 MB"));
      return end_cell (reader, cell_start, error);
    }
}

guint64
pt_csv_reader_get_row (PtCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->row;
}

guint64
pt_csv_reader_get_offset (PtCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->offset + reader->pos;
}

char
pt_csv_reader_get_separator (PtCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, ',');

  return reader->separator != 0 ? reader->separator : ',';
}

guint
pt_csv_reader_get_n_cells (PtCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->starts->len;
}

const char *
pt_csv_reader_get_cell (PtCsvReader *reader,
                        guint        i)
{
  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (i < reader->starts->len, NULL);

  return (const char *) reader->cells->data + g_array_index (reader->starts, guint, i);
}
