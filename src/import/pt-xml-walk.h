/* pt-xml-walk.h: a guarded, streaming walk over an XML activity file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the TCX and GPX readers share (private to src/import): libxml2's
 * xmlTextReader over a buffer, without network access, DTD loading or
 * entity substitution; a document that declares a document type or
 * entities is refused before and while it is read, so an external entity
 * or a "billion laughs" payload never gets expanded. libxml2's messages go
 * to the walk's GError, never to stderr.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PtXmlWalk PtXmlWalk;

/* The callbacks of a walk. @path holds the local names of the open
 * elements, the root first and the element itself at @path[@depth - 1];
 * an element in another namespace than the root's is "" (an extension,
 * whose children the readers never mistake for their own). Returning
 * FALSE with @error set ends the walk with that error. */
typedef struct
{
  /* An element starts; setting *@want_text asks for its text at @end. */
  gboolean (*start) (PtXmlWalk          *walk,
                     const char * const *path,
                     guint               depth,
                     gboolean           *want_text,
                     gpointer            user_data,
                     GError            **error);
  /* An element ends; @text is its text (the text children, whitespace
   * included) if @start asked for it, else NULL. */
  gboolean (*end)   (PtXmlWalk          *walk,
                     const char * const *path,
                     guint               depth,
                     const char         *text,
                     gpointer            user_data,
                     GError            **error);
} PtXmlHandler;

/* Walks the document in @data. With @root non-NULL, a document whose root
 * element has another local name is refused, naming @format ("TCX"). */
gboolean    pt_xml_walk           (const guint8        *data,
                                   gsize                size,
                                   const char          *root,
                                   const char          *format,
                                   const PtXmlHandler  *handler,
                                   gpointer             user_data,
                                   GError             **error);
/* Ends the walk early and successfully (from a callback). */
void        pt_xml_walk_stop      (PtXmlWalk           *walk);
/* In @start: the value of the attribute @name (no namespace), or NULL. */
char       *pt_xml_walk_attribute (PtXmlWalk           *walk,
                                   const char          *name);
/* The line where the element being started or ended begins (its start
 * tag's last line for a tag over several lines). */
int         pt_xml_walk_line      (PtXmlWalk           *walk);

/* The local name of the root element of the document in @data; NULL and
 * @error when it is not well-formed up to there or declares a DTD. */
char       *pt_xml_root_name      (const guint8        *data,
                                   gsize                size,
                                   GError             **error);

/* A decimal number ("12", "-3.5", "1e3"), surrounding whitespace allowed,
 * nothing else: no hex, no "inf" or "nan", finite. */
gboolean    pt_xml_parse_double   (const char          *text,
                                   double              *value);
/* An ISO 8601 date and time ("2012-12-26T21:29:53Z", with an offset or
 * fractions of a second; UTC when it gives no zone) as Unix seconds. */
gboolean    pt_xml_parse_time     (const char          *text,
                                   double              *unix_seconds);

/* @text without surrounding whitespace, at most @max_chars characters
 * (then ending in "…"), for a name shown to people. */
char       *pt_xml_short_text     (const char          *text,
                                   glong                max_chars);

G_END_DECLS
