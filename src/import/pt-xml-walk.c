/* pt-xml-walk.c: a guarded, streaming walk over an XML activity file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Defences, in order: the size is capped (PT_WORKOUT_FILE_MAX_SIZE); the
 * bytes are scanned for "<!DOCTYPE" and "<!ENTITY" (in an ASCII-compatible
 * encoding; an activity file has no use for either, so one inside a
 * comment is refused too); the reader runs without XML_PARSE_NOENT,
 * DTDLOAD, DTDATTR or HUGE and with NONET, so it substitutes no entity and
 * loads nothing, and keeps libxml2's limits on depth and text size; a
 * document type, entity or entity reference node it reports (a UTF-16
 * file) ends the walk. Errors go to a handler of this walk: the reader's
 * own, and for the calls that report outside a reader, this thread's
 * libxml2 handlers, set for the walk and restored after it.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "pt-error.h"
#include "pt-workout-xml.h"
#include "pt-xml-walk.h"

/* Dates and numbers are short: longer text is refused as it is. */
#define MAX_TEXT 4096

#if LIBXML_VERSION >= 21200
typedef const xmlError *PtXmlErrorPtr;
#else
typedef xmlErrorPtr PtXmlErrorPtr;
#endif

struct _PtXmlWalk
{
  xmlTextReaderPtr reader;
  /* The open elements: their local names (the reader's dictionary's, or
   * "") and the lines of their start tags. */
  GPtrArray *path;
  GArray *lines;
  const xmlChar *root_ns;
  GString *text;
  guint text_depth;             /* 0: no element's text is wanted */
  gboolean text_too_long;
  gboolean stopped;
  /* The first error libxml2 reported. */
  char *xml_message;
  int xml_line;
  int xml_column;
  int xml_code;
  xmlDocPtr doc;                /* taken from the reader after an error */
};

static gsize libxml_initialized;

static void
ensure_libxml (void)
{
  if (g_once_init_enter (&libxml_initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&libxml_initialized, 1);
    }
}

static void
on_xml_error (void          *user_data,
              PtXmlErrorPtr  xml_error)
{
  PtXmlWalk *walk = user_data;

  if (xml_error == NULL || walk->xml_message != NULL)
    return;
  if (xml_error->level < XML_ERR_ERROR)
    return;
  /* An undeclared namespace prefix leaves the document well-formed XML. */
  if (xml_error->level == XML_ERR_ERROR && xml_error->domain == XML_FROM_NAMESPACE)
    return;

  walk->xml_message = g_strstrip (g_strdup (xml_error->message != NULL ? xml_error->message : ""));
  walk->xml_line = xml_error->line;
  walk->xml_column = xml_error->int2;
  walk->xml_code = xml_error->code;
}

static void G_GNUC_PRINTF (2, 3)
ignore_generic_error (void       *user_data,
                      const char *format,
                      ...)
{
}

/* The innermost open element of the root's namespace, and its line. */
static gboolean
open_element (PtXmlWalk   *walk,
              const char **name,
              int         *line)
{
  for (guint i = walk->path->len; i > 0; i--)
    {
      *name = g_ptr_array_index (walk->path, i - 1);
      *line = g_array_index (walk->lines, int, i - 1);
      if (**name != '\0')
        return TRUE;
    }
  return FALSE;
}

static void
set_xml_error (PtXmlWalk  *walk,
               GError    **error)
{
  const char *name;
  int line;

  if (walk->xml_message == NULL)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is not valid XML: it could not be read."));
    }
  else if ((walk->xml_code == XML_ERR_DOCUMENT_END || walk->xml_code == XML_ERR_TAG_NOT_FINISHED)
           && open_element (walk, &name, &line))
    {
      /* What libxml2's push parser says of a file cut short. */
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file ends before its <%s> element (line %d) is closed: it is incomplete."),
                   name, line);
    }
  else if (walk->xml_line > 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is not valid XML at line %d, column %d: %s."),
                   walk->xml_line, MAX (walk->xml_column, 1), walk->xml_message);
    }
  else
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is not valid XML: %s."), walk->xml_message);
    }
}

static void
set_doctype_error (GError **error)
{
  g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
               _("The file declares a document type or entities (<!DOCTYPE>, <!ENTITY>), "
                 "which activity files never do. It is refused for safety."));
}

static gboolean
has_declaration (const guint8 *data,
                 gsize         size)
{
  static const char *const words[] = { "<!DOCTYPE", "<!ENTITY" };
  const guint8 *p = data;
  const guint8 *end = data + size;

  while (p < end && (p = memchr (p, '<', (gsize) (end - p))) != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          gsize length = strlen (words[i]);

          if ((gsize) (end - p) >= length && memcmp (p, words[i], length) == 0)
            return TRUE;
        }
      p++;
    }
  return FALSE;
}

void
pt_xml_walk_stop (PtXmlWalk *walk)
{
  walk->stopped = TRUE;
}

char *
pt_xml_walk_attribute (PtXmlWalk  *walk,
                       const char *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (walk->reader, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

int
pt_xml_walk_line (PtXmlWalk *walk)
{
  if (walk->lines->len == 0)
    return 0;
  return g_array_index (walk->lines, int, walk->lines->len - 1);
}

static gboolean
end_element (PtXmlWalk           *walk,
             const PtXmlHandler  *handler,
             gpointer             user_data,
             GError             **error)
{
  guint depth = walk->path->len;
  const char *text = NULL;
  gboolean ok = TRUE;

  if (walk->text_depth == depth)
    text = walk->text_too_long ? "…" : walk->text->str;

  if (handler->end != NULL)
    ok = handler->end (walk, (const char * const *) walk->path->pdata, depth, text,
                       user_data, error);

  if (walk->text_depth == depth)
    walk->text_depth = 0;
  g_ptr_array_set_size (walk->path, depth - 1);
  g_array_set_size (walk->lines, depth - 1);
  return ok;
}

static gboolean
start_element (PtXmlWalk           *walk,
               const char          *root,
               const char          *format,
               const PtXmlHandler  *handler,
               gpointer             user_data,
               GError             **error)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (walk->reader);
  const xmlChar *ns = xmlTextReaderConstNamespaceUri (walk->reader);
  gboolean empty = xmlTextReaderIsEmptyElement (walk->reader) == 1;
  gboolean want_text = FALSE;
  xmlNodePtr node = xmlTextReaderCurrentNode (walk->reader);
  int line = node != NULL ? (int) xmlGetLineNo (node) : 0;

  if (name == NULL)
    name = "";

  if (walk->path->len == 0)
    {
      if (root != NULL && strcmp (name, root) != 0)
        {
          g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                       _("The file is not a %s file: its first element is <%s>, not <%s>."),
                       format, name, root);
          return FALSE;
        }
      walk->root_ns = ns;
    }
  else if (g_strcmp0 ((const char *) ns, (const char *) walk->root_ns) != 0)
    {
      name = "";
    }

  g_ptr_array_add (walk->path, (gpointer) name);
  g_array_append_val (walk->lines, line);

  if (handler->start != NULL
      && !handler->start (walk, (const char * const *) walk->path->pdata, walk->path->len,
                          &want_text, user_data, error))
    return FALSE;

  if (want_text)
    {
      walk->text_depth = walk->path->len;
      walk->text_too_long = FALSE;
      g_string_truncate (walk->text, 0);
    }

  if (empty)
    return end_element (walk, handler, user_data, error);
  return TRUE;
}

static void
add_text (PtXmlWalk *walk)
{
  const char *value;
  gsize length;

  if (walk->text_depth == 0 || walk->text_depth != walk->path->len || walk->text_too_long)
    return;

  value = (const char *) xmlTextReaderConstValue (walk->reader);
  length = value != NULL ? strlen (value) : 0;
  if (walk->text->len + length > MAX_TEXT)
    walk->text_too_long = TRUE;
  else if (length > 0)
    g_string_append_len (walk->text, value, (gssize) length);
}

static gboolean
run (PtXmlWalk           *walk,
     const char          *root,
     const char          *format,
     const PtXmlHandler  *handler,
     gpointer             user_data,
     GError             **error)
{
  int status;

  while (!walk->stopped && (status = xmlTextReaderRead (walk->reader)) == 1)
    {
      if (walk->xml_message != NULL)
        break;

      switch (xmlTextReaderNodeType (walk->reader))
        {
        case XML_READER_TYPE_DOCUMENT_TYPE:
        case XML_READER_TYPE_ENTITY:
        case XML_READER_TYPE_ENTITY_REFERENCE:
        case XML_READER_TYPE_NOTATION:
          set_doctype_error (error);
          return FALSE;

        case XML_READER_TYPE_ELEMENT:
          if (!start_element (walk, root, format, handler, user_data, error))
            return FALSE;
          break;

        case XML_READER_TYPE_END_ELEMENT:
          if (walk->path->len > 0 && !end_element (walk, handler, user_data, error))
            return FALSE;
          break;

        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          add_text (walk);
          break;

        default:
          break;
        }
    }

  if (walk->stopped)
    return TRUE;
  if (walk->xml_message != NULL || status != 0)
    {
      /* The parser may fail on a declaration's use (an external entity in
       * an attribute) before the reader reports the declaration. Taking
       * the document makes it the walk's to free. */
      walk->doc = xmlTextReaderCurrentDoc (walk->reader);
      if (walk->doc != NULL && (walk->doc->intSubset != NULL || walk->doc->extSubset != NULL))
        set_doctype_error (error);
      else
        set_xml_error (walk, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
pt_xml_walk (const guint8        *data,
             gsize                size,
             const char          *root,
             const char          *format,
             const PtXmlHandler  *handler,
             gpointer             user_data,
             GError             **error)
{
  PtXmlWalk walk = { 0 };
  xmlGenericErrorFunc old_generic;
  void *old_generic_context;
  xmlStructuredErrorFunc old_structured;
  void *old_structured_context;
  gboolean ok;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (handler != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (size > PT_WORKOUT_FILE_MAX_SIZE)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is larger than %d MiB: it is not an activity file this program can read."),
                   (int) (PT_WORKOUT_FILE_MAX_SIZE / (1024 * 1024)));
      return FALSE;
    }
  if (size == 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID, _("The file is empty."));
      return FALSE;
    }
  if (has_declaration (data, size))
    {
      set_doctype_error (error);
      return FALSE;
    }

  ensure_libxml ();

  /* What libxml2 reports outside the reader's own handler (this thread's
   * handlers: restored below). */
  old_generic = xmlGenericError;
  old_generic_context = xmlGenericErrorContext;
  old_structured = xmlStructuredError;
  old_structured_context = xmlStructuredErrorContext;
  xmlSetGenericErrorFunc (&walk, ignore_generic_error);
  xmlSetStructuredErrorFunc (&walk, (xmlStructuredErrorFunc) on_xml_error);

  walk.path = g_ptr_array_new ();
  walk.lines = g_array_new (FALSE, FALSE, sizeof (int));
  walk.text = g_string_new (NULL);
  walk.reader = xmlReaderForMemory ((const char *) data, (int) size, NULL, NULL,
                                    XML_PARSE_NONET | XML_PARSE_BIG_LINES);
  if (walk.reader == NULL)
    {
      set_xml_error (&walk, error);
      ok = FALSE;
    }
  else
    {
      xmlTextReaderSetStructuredErrorHandler (walk.reader,
                                              (xmlStructuredErrorFunc) on_xml_error, &walk);
      ok = run (&walk, root, format, handler, user_data, error);
      xmlFreeTextReader (walk.reader);
      if (walk.doc != NULL)
        xmlFreeDoc (walk.doc);
    }

  xmlSetGenericErrorFunc (old_generic_context, old_generic);
  xmlSetStructuredErrorFunc (old_structured_context, old_structured);

  g_ptr_array_unref (walk.path);
  g_array_unref (walk.lines);
  g_string_free (walk.text, TRUE);
  g_free (walk.xml_message);
  return ok;
}

static gboolean
root_start (PtXmlWalk          *walk,
            const char * const *path,
            guint               depth,
            gboolean           *want_text,
            gpointer            user_data,
            GError            **error)
{
  char **name = user_data;

  *name = g_strdup (path[depth - 1]);
  pt_xml_walk_stop (walk);
  return TRUE;
}

char *
pt_xml_root_name (const guint8  *data,
                  gsize          size,
                  GError       **error)
{
  static const PtXmlHandler handler = { root_start, NULL };
  char *name = NULL;

  if (!pt_xml_walk (data, size, NULL, NULL, &handler, &name, error))
    {
      g_free (name);
      return NULL;
    }
  if (name == NULL)
    g_set_error (error, PT_ERROR, PT_ERROR_INVALID, _("The file is not valid XML: it has no element."));
  return name;
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The part of @text between XML whitespace, in @start and @length. */
static void
trim (const char  *text,
      const char **start,
      gsize       *length)
{
  const char *end = text + strlen (text);

  while (is_xml_space (*text))
    text++;
  while (end > text && is_xml_space (end[-1]))
    end--;
  *start = text;
  *length = (gsize) (end - text);
}

gboolean
pt_xml_parse_double (const char *text,
                     double     *value)
{
  const char *start;
  gsize length;
  g_autofree char *copy = NULL;
  char *end = NULL;
  double parsed;

  if (text == NULL)
    return FALSE;
  trim (text, &start, &length);
  if (length == 0 || length > 64)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (start[i]) && strchr ("+-.eE", start[i]) == NULL)
      return FALSE;

  copy = g_strndup (start, length);
  parsed = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (parsed))
    return FALSE;

  *value = parsed;
  return TRUE;
}

gboolean
pt_xml_parse_time (const char *text,
                   double     *unix_seconds)
{
  const char *start;
  gsize length;
  g_autofree char *copy = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL)
    return FALSE;
  trim (text, &start, &length);
  if (length < 10 || length > 64)
    return FALSE;

  copy = g_strndup (start, length);
  utc = g_time_zone_new_utc ();
  time = g_date_time_new_from_iso8601 (copy, utc);
  if (time == NULL)
    return FALSE;

  *unix_seconds = (double) g_date_time_to_unix (time)
                  + g_date_time_get_microsecond (time) / (double) G_USEC_PER_SEC;
  return TRUE;
}

char *
pt_xml_short_text (const char *text,
                   glong       max_chars)
{
  const char *start;
  gsize length;
  g_autofree char *copy = NULL;
  g_autofree char *cut = NULL;

  if (text == NULL)
    return g_strdup ("");
  trim (text, &start, &length);
  copy = g_strndup (start, length);
  if (g_utf8_strlen (copy, -1) <= max_chars)
    return g_steal_pointer (&copy);
  cut = g_utf8_substring (copy, 0, max_chars);
  return g_strconcat (cut, "…", NULL);
}
