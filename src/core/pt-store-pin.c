/* pt-store-pin.c: the clinician's PIN in the clinic's database
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only libsodium's hash string is stored (clinic_settings, migration 5);
 * the PIN itself is never written, logged or put in a message.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sodium.h>
#include <string.h>

#include "pt-error.h"
#include "pt-pin.h"
#include "pt-store-private.h"

#define PIN_KEY "clinician-pin"

static gboolean
ensure_sodium (GError **error)
{
  /* Safe to call from any thread, and more than once. */
  if (sodium_init () >= 0)
    return TRUE;

  g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, _("The PIN cannot be checked on this computer"));
  return FALSE;
}

/* The stored hash, NULL (and no error) when none is set. */
static char *
load_hash (PtStore  *store,
           GError  **error)
{
  g_autoptr(PtStmt) stmt = pt_store_prepare (store, "SELECT value FROM clinic_settings "
                                                    "WHERE key = '" PIN_KEY "'", error);
  int rc;

  if (stmt == NULL)
    return NULL;

  rc = pt_store_step (store, stmt, error);
  if (rc == PT_DB_ROW)
    return g_strdup (pt_db_column_text (stmt, 0));
  return NULL;
}

gboolean
pt_store_has_pin (PtStore  *store,
                  GError  **error)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  hash = load_hash (store, error);
  return hash != NULL;
}

static gboolean
verify (const char *hash,
        const char *pin)
{
  return hash != NULL && pin != NULL &&
         crypto_pwhash_str_verify (hash, pin, strlen (pin)) == 0;
}

guint
pt_store_get_pin_wait (PtStore *store)
{
  PtPinAttempts *attempts;
  gint64 now = g_get_monotonic_time ();

  g_return_val_if_fail (PT_IS_STORE (store), 0);

  attempts = pt_store_get_pin_attempts (store);
  return attempts->retry_at > now ? (guint) ((attempts->retry_at - now + 999) / 1000) : 0;
}

gboolean
pt_store_check_pin (PtStore     *store,
                    const char  *pin,
                    GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *hash = NULL;
  PtPinAttempts *attempts;
  guint wait;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  if (!ensure_sodium (error))
    return FALSE;

  attempts = pt_store_get_pin_attempts (store);
  if ((wait = pt_store_get_pin_wait (store)) > 0)
    {
      guint seconds = (wait + 999) / 1000;

      g_set_error (error, PT_ERROR, PT_ERROR_BUSY,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Too many wrong PINs: try again in %u second",
                                "Too many wrong PINs: try again in %u seconds", seconds),
                   seconds);
      return FALSE;
    }

  hash = load_hash (store, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  if (verify (hash, pin))
    {
      attempts->failures = 0;
      attempts->retry_at = 0;
      return TRUE;
    }

  attempts->failures++;
  attempts->retry_at = g_get_monotonic_time () +
                       (gint64) pt_pin_delay_ms (attempts->failures) * 1000;
  pt_set_field_error (error, "pin", _("That is not the clinician’s PIN"));
  return FALSE;
}

static gboolean
write_hash (PtStore     *store,
            const char  *new_pin,
            GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];
  g_autoptr(PtStmt) stmt = NULL;

  if (new_pin == NULL || *new_pin == '\0')
    {
      stmt = pt_store_prepare (store, "DELETE FROM clinic_settings WHERE key = '" PIN_KEY "'",
                               error);
      return stmt != NULL && pt_store_step (store, stmt, error) == PT_DB_DONE;
    }

  if (crypto_pwhash_str (hash, new_pin, strlen (new_pin), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("There is not enough memory to protect the PIN"));
      return FALSE;
    }

  stmt = pt_store_prepare (store, "INSERT INTO clinic_settings (key, value) "
                                  "VALUES ('" PIN_KEY "', ?1) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           error);
  if (stmt == NULL)
    return FALSE;
  pt_db_bind_text (stmt, 1, hash);
  sodium_memzero (hash, sizeof hash);
  return pt_store_step (store, stmt, error) == PT_DB_DONE;
}

gboolean
pt_store_set_pin (PtStore     *store,
                  const char  *old_pin,
                  const char  *new_pin,
                  GError     **error)
{
  g_autofree char *hash = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  if (!ensure_sodium (error) ||
      (new_pin != NULL && *new_pin != '\0' && !pt_pin_validate (new_pin, "new-pin", error)) ||
      !pt_store_begin (store, error))
    return FALSE;

  /* Checked inside the write, so the PIN cannot change in between. */
  hash = load_hash (store, &local);
  if (local == NULL && hash != NULL && !verify (hash, old_pin))
    pt_set_field_error (&local, "old-pin", _("The current PIN is not right"));

  if (local != NULL || !write_hash (store, new_pin, &local))
    {
      pt_store_rollback (store);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  return pt_store_commit (store, error);
}
