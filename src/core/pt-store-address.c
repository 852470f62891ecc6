/* pt-store-address.c: a clinic server's address, from a form and back
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Connect to Clinic Server asks for the server, port, database and user
 * name in fields of their own; core checks each and makes the address
 * (pt_store_build_server_address), so nothing typed can reach libpq as a
 * setting of its own. An address pasted whole into the Server field, as
 * a clinic's administrator hands it out (README), is split back into
 * those fields first (pt_store_split_server_address), so what is sent is
 * what the form shows. And a location becomes a title without its
 * settings (pt_store_describe_location).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-error.h"
#include "pt-store-private.h"

char *
pt_store_describe_location (const char *location)
{
  g_return_val_if_fail (location != NULL, NULL);

  return pt_db_location_is_server (location) ? pt_db_describe_location (location)
                                             : g_path_get_basename (location);
}

/* A host name (letters, digits, dots, hyphens), an IPv4 or IPv6 address,
 * or the folder of a server's Unix socket on this machine: nothing libpq
 * would read as more than a host. */
static gboolean
is_host (const char *host)
{
  gsize length = strlen (host);

  if (length == 0 || length > 253)
    return FALSE;
  if (host[0] == '/')
    return host[strspn (host, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                              "0123456789._/-")] == '\0';
  if (strchr (host, ':') != NULL)
    return host[strspn (host, "0123456789abcdefABCDEF:.")] == '\0';
  return host[0] != '-' && host[0] != '.' &&
         host[strspn (host, "abcdefghijklmnopqrstuvwxyz"
                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")] == '\0';
}

/* A database or user name: printable, one line, at most 63 bytes (what
 * PostgreSQL keeps of a name). */
static gboolean
is_name (const char *name)
{
  gsize length = strlen (name);

  if (length == 0 || length > 63 || !g_utf8_validate (name, -1, NULL))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      return FALSE;
  return TRUE;
}

char *
pt_store_build_server_address (const char  *host,
                               guint        port,
                               const char  *database,
                               const char  *user,
                               gboolean     verify_tls,
                               GError     **error)
{
  g_autofree char *host_part = NULL;
  g_autofree char *user_part = NULL;
  g_autofree char *database_part = NULL;
  g_autofree char *port_part = NULL;
  g_autofree char *stripped_host = g_strstrip (g_strdup (host != NULL ? host : ""));
  g_autofree char *stripped_database = g_strstrip (g_strdup (database != NULL ? database : ""));
  g_autofree char *stripped_user = g_strstrip (g_strdup (user != NULL ? user : ""));

  if (*stripped_host == '\0')
    {
      pt_set_field_error (error, "host", _("Server: enter the clinic server’s name or address, "
                                           "such as db.clinic.example"));
      return NULL;
    }
  if (!is_host (stripped_host))
    {
      pt_set_field_error (error, "host", _("Server: “%s” is not a server name or address"),
                          stripped_host);
      return NULL;
    }
  if (port > 65535)
    {
      pt_set_field_error (error, "port", _("Port: %u is not a port; leave it empty for the "
                                           "usual 5432"), port);
      return NULL;
    }
  if (!is_name (stripped_database))
    {
      pt_set_field_error (error, "database", *stripped_database == '\0'
                          ? _("Database: enter the clinic’s database on the server, such as "
                              "prolotrack")
                          : _("Database: a name of one line and at most 63 bytes"));
      return NULL;
    }
  if (!is_name (stripped_user))
    {
      pt_set_field_error (error, "user", *stripped_user == '\0'
                          ? _("User name: enter the workstations’ login on the server, such "
                              "as prolotrack_app")
                          : _("User name: a name of one line and at most 63 bytes"));
      return NULL;
    }

  host_part = stripped_host[0] == '/' ? g_uri_escape_string (stripped_host, NULL, FALSE)
              : strchr (stripped_host, ':') != NULL ? g_strdup_printf ("[%s]", stripped_host)
              : g_strdup (stripped_host);
  user_part = g_uri_escape_string (stripped_user, NULL, FALSE);
  database_part = g_uri_escape_string (stripped_database, NULL, FALSE);
  port_part = port != 0 ? g_strdup_printf (":%u", port) : g_strdup ("");

  /* No password: libpq reads it from ~/.pgpass, or the app passes the
   * keyring's. verify-full checks the server's certificate and name. */
  return g_strdup_printf ("postgresql://%s@%s%s/%s%s", user_part, host_part, port_part,
                          database_part, verify_tls ? "?sslmode=verify-full" : "");
}

void
pt_store_server_parts_clear (PtStoreServerParts *parts)
{
  g_clear_pointer (&parts->host, g_free);
  g_clear_pointer (&parts->port, g_free);
  g_clear_pointer (&parts->database, g_free);
  g_clear_pointer (&parts->user, g_free);
  if (parts->password != NULL)
    memset (parts->password, 0, strlen (parts->password));
  g_clear_pointer (&parts->password, g_free);
  parts->verify_tls = PT_STORE_TLS_UNSAID;
}

/* The settings the form has a field for; "hostaddr" would connect
 * elsewhere than the Server field says. */
static const char * const form_settings[] = {
  "host", "port", "dbname", "user", "password", "sslmode", NULL
};

gboolean
pt_store_split_server_address (const char          *address,
                               PtStoreServerParts  *parts,
                               GError             **error)
{
  g_autoptr(GHashTable) settings = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) others = NULL;
  GHashTableIter iter;
  const char *keyword;
  const char *sslmode;

  g_return_val_if_fail (address != NULL, FALSE);
  g_return_val_if_fail (parts != NULL, FALSE);

  *parts = (PtStoreServerParts) { .verify_tls = PT_STORE_TLS_UNSAID };

  settings = pt_db_read_server_location (address, &local_error);
  if (settings == NULL)
    {
      pt_set_field_error (error, "host", _("Server: %s"), local_error->message);
      return FALSE;
    }
  if (g_hash_table_contains (settings, "service"))
    {
      pt_set_field_error (error, "host",
                          _("Server: a service of pg_service.conf cannot be shown in this "
                            "form; start ProloTrack with --database and the address instead"));
      return FALSE;
    }

  g_hash_table_iter_init (&iter, settings);
  while (g_hash_table_iter_next (&iter, (gpointer *) &keyword, NULL))
    if (!g_strv_contains (form_settings, keyword))
      {
        if (others == NULL)
          others = g_string_new (keyword);
        else
          g_string_append_printf (others, ", %s", keyword);
      }
  if (others != NULL)
    {
      pt_set_field_error (error, "host",
                          _("Server: the address has settings this form has no field for "
                            "(%s); start ProloTrack with --database and the address instead"),
                          others->str);
      return FALSE;
    }

  parts->host = g_strdup (g_hash_table_lookup (settings, "host"));
  if (parts->host == NULL)
    parts->host = g_strdup ("");
  parts->port = g_strdup (g_hash_table_lookup (settings, "port"));
  parts->database = g_strdup (g_hash_table_lookup (settings, "dbname"));
  parts->user = g_strdup (g_hash_table_lookup (settings, "user"));
  parts->password = g_strdup (g_hash_table_lookup (settings, "password"));

  /* verify-ca checks the certificate but not the name in it; the form
   * has one switch, and the address it makes checks both. */
  sslmode = g_hash_table_lookup (settings, "sslmode");
  if (sslmode != NULL)
    parts->verify_tls = g_str_has_prefix (sslmode, "verify-") ? PT_STORE_TLS_VERIFY
                                                                : PT_STORE_TLS_NO_VERIFY;
  return TRUE;
}
