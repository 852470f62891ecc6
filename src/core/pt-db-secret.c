/* pt-db-secret.c: a clinic server's password in the desktop's keyring
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workstation's password for the clinic server is the clinician's
 * session's to keep, not ProloTrack's: it goes to the Secret Service
 * (GNOME Keyring, KWallet) through libsecret, which keeps it encrypted
 * and unlocks it with the login. It is kept under the server, port,
 * database and user libpq settled on, so any address that names the same
 * ones finds it. Never in GSettings, a file of ProloTrack's or a log.
 * Every call blocks on D-Bus; the app makes them in the worker that
 * connects (pt-store-connect.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-db-private.h"
#include "pt-error.h"

#ifdef HAVE_LIBSECRET
#include <libsecret/secret.h>

static const SecretSchema *
server_schema (void)
{
  static const SecretSchema schema = {
    "io.github.prolotrack.ProloTrack.Server", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "port", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };

  return &schema;
}

/* The key as the schema's attributes; a field libpq left empty is "". */
static GHashTable *
attributes_of (const PtDbServerKey *key)
{
  GHashTable *attributes = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_insert (attributes, (char *) "host", (char *) (key->host ? key->host : ""));
  g_hash_table_insert (attributes, (char *) "port", (char *) (key->port ? key->port : ""));
  g_hash_table_insert (attributes, (char *) "database",
                       (char *) (key->database ? key->database : ""));
  g_hash_table_insert (attributes, (char *) "user", (char *) (key->user ? key->user : ""));
  return attributes;
}

/* libsecret's errors (no Secret Service on the bus, a locked keyring
 * the person would not open) in the clinic's words. */
static void
set_keyring_error (GError     **error,
                   GError      *cause,
                   const char  *what)
{
  g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, "%s: %s", what, cause->message);
}

char *
pt_db_secret_lookup (const PtDbServerKey  *key,
                     GError              **error)
{
  g_autoptr(GHashTable) attributes = attributes_of (key);
  g_autoptr(GError) local_error = NULL;
  char *password;

  password = secret_password_lookupv_sync (server_schema (), attributes, NULL, &local_error);
  if (local_error != NULL)
    set_keyring_error (error, local_error, _("The keyring cannot be read"));
  return password;
}

gboolean
pt_db_secret_store (const PtDbServerKey  *key,
                    const char           *password,
                    GError              **error)
{
  g_autoptr(GHashTable) attributes = attributes_of (key);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (password != NULL, FALSE);

  /* What Passwords and Keys lists it as. */
  label = g_strdup_printf (_("ProloTrack clinic server %s@%s/%s"),
                           key->user ? key->user : "", key->host ? key->host : "",
                           key->database ? key->database : "");
  if (!secret_password_storev_sync (server_schema (), attributes, SECRET_COLLECTION_DEFAULT,
                                    label, password, NULL, &local_error))
    {
      set_keyring_error (error, local_error, _("The password could not be kept in the keyring"));
      return FALSE;
    }
  return TRUE;
}

gboolean
pt_db_secret_clear (const PtDbServerKey  *key,
                    GError              **error)
{
  g_autoptr(GHashTable) attributes = attributes_of (key);
  g_autoptr(GError) local_error = NULL;

  /* FALSE without an error: there was none to clear. */
  if (!secret_password_clearv_sync (server_schema (), attributes, NULL, &local_error) &&
      local_error != NULL)
    {
      set_keyring_error (error, local_error, _("The keyring cannot be changed"));
      return FALSE;
    }
  return TRUE;
}

#else /* !HAVE_LIBSECRET */

static gboolean
no_keyring (GError **error)
{
  g_set_error_literal (error, PT_ERROR, PT_ERROR_STORAGE,
                       _("This ProloTrack was built without the keyring (libsecret); the "
                         "password can go in ~/.pgpass"));
  return FALSE;
}

char *
pt_db_secret_lookup (const PtDbServerKey  *key,
                     GError              **error)
{
  no_keyring (error);
  return NULL;
}

gboolean
pt_db_secret_store (const PtDbServerKey  *key,
                    const char           *password,
                    GError              **error)
{
  return no_keyring (error);
}

gboolean
pt_db_secret_clear (const PtDbServerKey  *key,
                    GError              **error)
{
  return no_keyring (error);
}

#endif /* HAVE_LIBSECRET */
