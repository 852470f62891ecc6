/* pt-test-csv.c: a strict RFC 4180 parser for the CSV tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written from RFC 4180 alone, sharing nothing with src/export, so a
 * mistake in the writer cannot hide in the reader.
 */

#include "config.h"

#include <string.h>

#include "pt-test-csv.h"

/* Rows (GPtrArray of GPtrArray of char *); NULL with @problem set when the
 * text breaks RFC 4180: a row not ended by CRLF, a bare CR or LF outside
 * quotes, a quote inside an unquoted field, text after a closing quote, or
 * invalid UTF-8. */
GPtrArray *
pt_test_parse_csv (const char  *data,
           gsize        len,
           char       **problem)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gsize i = 0;

  if (!g_utf8_validate_len (data, len, NULL))
    {
      *problem = g_strdup ("not UTF-8");
      return NULL;
    }
  if (len < 2 || data[len - 2] != '\r' || data[len - 1] != '\n')
    {
      *problem = g_strdup ("the last row does not end with CRLF");
      return NULL;
    }

  while (i < len)
    {
      g_string_truncate (field, 0);
      if (data[i] == '"')
        {
          for (i++;; i++)
            {
              if (i >= len)
                {
                  *problem = g_strdup ("unterminated quoted field");
                  return NULL;
                }
              if (data[i] == '"' && i + 1 < len && data[i + 1] == '"')
                g_string_append_c (field, data[i++]);
              else if (data[i] == '"')
                break;
              else
                g_string_append_c (field, data[i]);
            }
          i++;
        }
      else
        {
          for (; i < len && data[i] != ',' && data[i] != '\r' && data[i] != '\n'; i++)
            {
              if (data[i] == '"')
                {
                  *problem = g_strdup_printf ("a quote inside an unquoted field at byte %zu", i);
                  return NULL;
                }
              g_string_append_c (field, data[i]);
            }
        }

      g_ptr_array_add (row, g_strdup (field->str));
      if (i < len && data[i] == ',')
        {
          i++;
          continue;
        }
      if (i + 1 < len && data[i] == '\r' && data[i + 1] == '\n')
        {
          i += 2;
          g_ptr_array_add (rows, g_steal_pointer (&row));
          row = g_ptr_array_new_with_free_func (g_free);
          continue;
        }
      *problem = g_strdup_printf ("a bare CR/LF or text after a closing quote at byte %zu", i);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

GPtrArray *
pt_test_parse_csv_or_fail (const char *data,
               gsize       len)
{
  g_autofree char *problem = NULL;
  GPtrArray *rows = pt_test_parse_csv (data, len, &problem);

  if (rows == NULL)
    g_error ("not strict RFC 4180: %s\n%.*s", problem, (int) MIN (len, 2000), data);

  /* Every row has as many fields as the header. */
  for (guint r = 1; r < rows->len; r++)
    g_assert_cmpuint (((GPtrArray *) rows->pdata[r])->len, ==,
                      ((GPtrArray *) rows->pdata[0])->len);
  return rows;
}

const char *
pt_test_csv_cell (GPtrArray  *rows,
      guint       row,
      const char *column)
{
  GPtrArray *header = rows->pdata[0];

  for (guint i = 0; i < header->len; i++)
    if (g_str_equal (header->pdata[i], column))
      return ((GPtrArray *) rows->pdata[row])->pdata[i];

  g_error ("no column %s", column);
}

/* The cell a spreadsheet must see for typed @text. */
char *
pt_test_csv_defused (const char *text)
{
  if (text != NULL && *text != '\0' && strchr ("=+-@\t\r\n'", *text) != NULL)
    return g_strconcat ("'", text, NULL);
  return g_strdup (text != NULL ? text : "");
}
