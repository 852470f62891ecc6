/* pt-db-location.c: which locations name a clinic server, and reading one
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A location is a database file's path unless it names a PostgreSQL
 * server: a postgresql:// or postgres:// URI, libpq's key=value settings,
 * or service=NAME. Apart from the libpq backend (pt-db-pg.c), as the
 * store asks before it opens anything, and a build without libpq must
 * still know a server's address when it sees one.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-db.h"
#include "pt-error.h"

#ifdef HAVE_LIBPQ
#include <libpq-fe.h>
#endif

/* libpq's keywords that start a key=value location; a file path never
 * starts with one of these followed by "=". */
static const char * const conninfo_keywords[] = {
  "host", "hostaddr", "port", "dbname", "user", "service", "sslmode", "sslrootcert",
  "sslcert", "sslkey", "sslcrl", "connect_timeout", "application_name", "options",
  "target_session_attrs", "passfile", "channel_binding", "gssencmode", "require_auth",
  NULL
};

gboolean
pt_db_location_is_server (const char *location)
{
  const char *eq;
  g_autofree char *key = NULL;

  if (location == NULL)
    return FALSE;

  while (g_ascii_isspace (*location))
    location++;

  if (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"))
    return TRUE;

  eq = strchr (location, '=');
  if (eq == NULL)
    return FALSE;

  key = g_strstrip (g_strndup (location, eq - location));
  return g_strv_contains (conninfo_keywords, key);
}

#ifdef HAVE_LIBPQ

gboolean
pt_db_check_server_location (const char  *location,
                             GError     **error)
{
  char *parse_error = NULL;
  PQconninfoOption *options;
  gboolean ok = TRUE;

  if (!pt_db_location_is_server (location))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("“%s” is not a clinic server’s address (postgresql://user@host/database)"),
                   location != NULL ? location : "");
      return FALSE;
    }

  options = PQconninfoParse (location, &parse_error);
  if (options == NULL)
    {
      g_autofree char *detail = g_strstrip (g_strdup (parse_error != NULL ? parse_error : ""));

      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The clinic server’s address cannot be read: %s"), detail);
      PQfreemem (parse_error);
      return FALSE;
    }

  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    if (g_str_equal (option->keyword, "password") && option->val != NULL)
      {
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The clinic server’s address holds a password. Remove it from the "
                       "address and keep it in the keyring or in ~/.pgpass, where no one "
                       "reading the address or the settings sees it."));
        ok = FALSE;
      }

  PQconninfoFree (options);
  return ok;
}

char *
pt_db_describe_location (const char *location)
{
  PQconninfoOption *options;
  const char *host = NULL, *port = NULL, *user = NULL, *dbname = NULL, *service = NULL;
  GString *text;

  if (!pt_db_location_is_server (location))
    return g_strdup (location);

  options = PQconninfoParse (location, NULL);
  if (options == NULL)
    return g_strdup (_("an unreadable server address"));

  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    {
      if (option->val == NULL || *option->val == '\0')
        continue;
      if (g_str_equal (option->keyword, "host"))
        host = option->val;
      else if (g_str_equal (option->keyword, "port"))
        port = option->val;
      else if (g_str_equal (option->keyword, "user"))
        user = option->val;
      else if (g_str_equal (option->keyword, "dbname"))
        dbname = option->val;
      else if (g_str_equal (option->keyword, "service"))
        service = option->val;
    }

  text = g_string_new (NULL);
  if (service != NULL)
    g_string_append_printf (text, "service %s", service);
  else
    {
      if (user != NULL)
        g_string_append_printf (text, "%s@", user);
      g_string_append (text, host != NULL ? host : "localhost");
      if (port != NULL)
        g_string_append_printf (text, ":%s", port);
      if (dbname != NULL)
        g_string_append_printf (text, "/%s", dbname);
    }

  PQconninfoFree (options);
  return g_string_free (text, FALSE);
}

#else /* !HAVE_LIBPQ */

gboolean
pt_db_check_server_location (const char  *location,
                             GError     **error)
{
  g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
               _("This ProloTrack was built without PostgreSQL, so it cannot use a clinic "
                 "server; it opens database files only"));
  return FALSE;
}

char *
pt_db_describe_location (const char *location)
{
  return g_strdup (location);
}

#endif /* HAVE_LIBPQ */
