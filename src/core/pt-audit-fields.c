/* pt-audit-fields.c: the fields an audit row's change touched, read from
 * its before and after objects
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The objects are the ones the audit triggers write (pt-schema.c and
 * pt-schema-pg-triggers.c): one level, keys in the record's column order,
 * values strings, numbers or null. They were compared in SQL with
 * SQLite's json_each(), which a server does not have; here they are read
 * in C, the same way on both backends. A number keeps its text as written
 * ("5.0", "12"), as json_each() gave it, and a string is unescaped. Text
 * that is not such an object has no fields, as json_valid() said.
 */

#include "config.h"

#include <string.h>

#include "pt-audit.h"

typedef struct
{
  char     *key;
  char     *value;      /* NULL for null */
  gboolean  is_string;
} Field;

static void
field_clear (gpointer data)
{
  Field *field = data;

  g_free (field->key);
  g_free (field->value);
}

static const char *
skip_space (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  return p;
}

/* A JSON string at @p (its opening quote), unescaped into *@out; the
 * position after it, or NULL. */
static const char *
read_string (const char  *p,
             char       **out)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (*p++ != '"')
    return NULL;

  while (*p != '"')
    {
      if (*p == '\0' || (guchar) *p < 0x20)
        return NULL;
      if (*p != '\\')
        {
          g_string_append_c (text, *p++);
          continue;
        }

      p++;
      switch (*p)
        {
        case '"': case '\\': case '/':
          g_string_append_c (text, *p);
          break;
        case 'b': g_string_append_c (text, '\b'); break;
        case 'f': g_string_append_c (text, '\f'); break;
        case 'n': g_string_append_c (text, '\n'); break;
        case 'r': g_string_append_c (text, '\r'); break;
        case 't': g_string_append_c (text, '\t'); break;
        case 'u':
          {
            char hex[5] = { 0 };
            gunichar c;

            for (int i = 0; i < 4; i++)
              {
                if (!g_ascii_isxdigit (p[1 + i]))
                  return NULL;
                hex[i] = p[1 + i];
              }
            c = (gunichar) g_ascii_strtoull (hex, NULL, 16);
            /* A surrogate alone is no character; the triggers write none. */
            if (c >= 0xd800 && c <= 0xdfff)
              return NULL;
            g_string_append_unichar (text, c);
            p += 4;
          }
          break;
        default:
          return NULL;
        }
      p++;
    }

  *out = g_string_free (g_steal_pointer (&text), FALSE);
  return p + 1;
}

/* The fields of a flat JSON object, in order; NULL when @json is NULL or
 * not one. */
static GArray *
parse_object (const char *json)
{
  g_autoptr(GArray) fields = NULL;
  const char *p;

  if (json == NULL)
    return NULL;

  fields = g_array_new (FALSE, TRUE, sizeof (Field));
  g_array_set_clear_func (fields, field_clear);

  p = skip_space (json);
  if (*p++ != '{')
    return NULL;
  p = skip_space (p);
  if (*p == '}')
    return *skip_space (p + 1) == '\0' ? g_steal_pointer (&fields) : NULL;

  for (;;)
    {
      Field field = { NULL, NULL, FALSE };

      p = read_string (skip_space (p), &field.key);
      if (p == NULL)
        return NULL;
      g_array_append_val (fields, field);
      p = skip_space (p);
      if (*p++ != ':')
        return NULL;
      p = skip_space (p);

      if (*p == '"')
        {
          Field *last = &g_array_index (fields, Field, fields->len - 1);

          last->is_string = TRUE;
          p = read_string (p, &last->value);
          if (p == NULL)
            return NULL;
        }
      else if (strncmp (p, "null", 4) == 0)
        p += 4;
      else
        {
          gsize length = strspn (p, "0123456789+-.eE");

          if (length == 0)
            return NULL;
          g_array_index (fields, Field, fields->len - 1).value = g_strndup (p, length);
          p += length;
        }

      p = skip_space (p);
      if (*p == '}')
        return *skip_space (p + 1) == '\0' ? g_steal_pointer (&fields) : NULL;
      if (*p++ != ',')
        return NULL;
    }
}

static const Field *
find_field (GArray     *fields,
            const char *key)
{
  for (guint i = 0; fields != NULL && i < fields->len; i++)
    if (g_str_equal (g_array_index (fields, Field, i).key, key))
      return &g_array_index (fields, Field, i);

  return NULL;
}

/* SQLite's IS: both null, or the same kind and text. */
static gboolean
same_value (const Field *a,
            const Field *b)
{
  if (a->value == NULL || b->value == NULL)
    return a->value == b->value;
  return a->is_string == b->is_string && g_str_equal (a->value, b->value);
}

void
pt_audit_entry_add_changes_from_fields (PtAuditEntry *self)
{
  g_autoptr(GArray) before = parse_object (pt_audit_entry_get_before (self));
  g_autoptr(GArray) after = parse_object (pt_audit_entry_get_after (self));
  /* A record added or deleted is the patient's: no need to say so. */
  gboolean whole = before == NULL || after == NULL;

  /* After's fields that differ, in its order; then the fields only before
   * has, which are every field of a deleted record. */
  for (guint i = 0; after != NULL && i < after->len; i++)
    {
      const Field *now = &g_array_index (after, Field, i);
      const Field *was = find_field (before, now->key);

      if ((was != NULL && same_value (was, now)) || (was == NULL && now->value == NULL))
        continue;
      if (whole && g_str_equal (now->key, "patient_id"))
        continue;
      pt_audit_entry_add_change (self, now->key, was != NULL ? was->value : NULL, now->value);
    }

  for (guint i = 0; before != NULL && i < before->len; i++)
    {
      const Field *was = &g_array_index (before, Field, i);

      if (was->value == NULL || find_field (after, was->key) != NULL)
        continue;
      if (whole && g_str_equal (was->key, "patient_id"))
        continue;
      pt_audit_entry_add_change (self, was->key, was->value, NULL);
    }
}
