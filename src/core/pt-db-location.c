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

GHashTable *
pt_db_read_server_location (const char  *location,
                            GError     **error)
{
  g_autofree char *stripped = NULL;
  char *parse_error = NULL;
  PQconninfoOption *options;
  GHashTable *settings;

  if (!pt_db_location_is_server (location))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("“%s” is not a clinic server’s address (postgresql://user@host/database)"),
                   location != NULL ? location : "");
      return NULL;
    }

  /* What pt_db_location_is_server() skips: libpq reads a URI only from
   * the first character. */
  stripped = g_strstrip (g_strdup (location));
  options = PQconninfoParse (stripped, &parse_error);
  if (options == NULL)
    {
      g_autofree char *detail = g_strstrip (g_strdup (parse_error != NULL ? parse_error : ""));

      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The clinic server’s address cannot be read: %s"), detail);
      PQfreemem (parse_error);
      return NULL;
    }

  settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    if (option->val != NULL && *option->val != '\0')
      g_hash_table_insert (settings, g_strdup (option->keyword), g_strdup (option->val));

  PQconninfoFree (options);
  return settings;
}

gboolean
pt_db_check_server_location (const char  *location,
                             GError     **error)
{
  g_autoptr(GHashTable) settings = pt_db_read_server_location (location, error);

  if (settings == NULL)
    return FALSE;
  if (g_hash_table_contains (settings, "password"))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The clinic server’s address holds a password. Remove it from the "
                     "address and keep it in the keyring or in ~/.pgpass, where no one "
                     "reading the address or the settings sees it."));
      return FALSE;
    }
  return TRUE;
}

char *
pt_db_describe_location (const char *location)
{
  g_autoptr(GHashTable) settings = NULL;
  const char *host, *port, *user, *dbname, *service;
  GString *text;

  if (!pt_db_location_is_server (location))
    return g_strdup (location);

  settings = pt_db_read_server_location (location, NULL);
  if (settings == NULL)
    return g_strdup (_("an unreadable server address"));
  host = g_hash_table_lookup (settings, "host");
  port = g_hash_table_lookup (settings, "port");
  user = g_hash_table_lookup (settings, "user");
  dbname = g_hash_table_lookup (settings, "dbname");
  service = g_hash_table_lookup (settings, "service");

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

GHashTable *
pt_db_read_server_location (const char  *location,
                            GError     **error)
{
  pt_db_check_server_location (location, error);
  return NULL;
}

#endif /* HAVE_LIBPQ */
