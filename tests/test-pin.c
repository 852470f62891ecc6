/* test-pin.c: the clinician's PIN, kept only as a salted slow hash
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PIN leaves the patient view (issue 15). It must never be stored in
 * clear: the tests read every byte of the database and its journal after
 * setting one, and check the stored string with libsodium itself.
 */

#include "config.h"

#include <sodium.h>
#include <string.h>

#include "pt-pin.h"
#include "pt-test-clinic.h"
#include "pt-test-utils.h"

#define PIN "73914682"

static void
test_validate (void)
{
  const char *good[] = { "1234", "000000", "123456789012" };
  const char *bad[] = { NULL, "", "123", "1234567890123", "12a4", " 1234", "１２３４", "12.34" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (pt_pin_validate (good[i], "pin", NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (pt_pin_validate (bad[i], "pin", &error));
      pt_test_assert_error (error, PT_ERROR_INVALID, "pin", "4 to 12 digits", NULL);
    }
}

static void
test_delay (void)
{
  g_assert_cmpuint (pt_pin_delay_ms (0), ==, 0);
  g_assert_cmpuint (pt_pin_delay_ms (2), ==, 0);
  g_assert_cmpuint (pt_pin_delay_ms (3), ==, 1000);
  g_assert_cmpuint (pt_pin_delay_ms (4), ==, 2000);
  g_assert_cmpuint (pt_pin_delay_ms (7), ==, 16000);
  g_assert_cmpuint (pt_pin_delay_ms (8), ==, 30000);
  g_assert_cmpuint (pt_pin_delay_ms (G_MAXUINT), ==, 30000);
  for (guint i = 1; i < 40; i++)
    g_assert_cmpuint (pt_pin_delay_ms (i), >=, pt_pin_delay_ms (i - 1));
}

/* Every file of the database (the file, its -wal and -shm) as bytes. */
static gboolean
files_contain (const char *path,
               const char *needle)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *bytes = NULL;
      gsize length = 0;

      if (!g_file_get_contents (name, &bytes, &length, NULL))
        continue;
      if (memmem (bytes, length, needle, strlen (needle)) != NULL)
        return TRUE;
    }
  return FALSE;
}

static char *
stored_value (const char *path)
{
  PtDb *db = pt_test_clinic_connect (path, TRUE);
  g_autoptr(PtDbStmt) stmt = pt_db_prepare (db, "SELECT value FROM clinic_settings "
                                                "WHERE key = 'clinician-pin'");
  char *value = NULL;

  g_assert_nonnull (stmt);
  if (pt_db_step (stmt) == PT_DB_ROW)
    value = g_strdup (pt_db_column_text (stmt, 0));
  g_clear_pointer (&stmt, pt_db_stmt_free);
  pt_db_free (db);
  return value;
}

static void
test_set_check_change (PtTestFixture *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *second = NULL;

  g_assert_false (pt_store_has_pin (f->store, &error));
  g_assert_no_error (error);
  g_assert_false (pt_store_check_pin (f->store, PIN, &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "pin", NULL);
  g_clear_error (&error);

  /* A bad new PIN is refused and nothing is set. */
  g_assert_false (pt_store_set_pin (f->store, NULL, "12", &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "new-pin", NULL);
  g_clear_error (&error);
  g_assert_false (pt_store_has_pin (f->store, NULL));

  g_assert_true (pt_store_set_pin (f->store, NULL, PIN, &error));
  g_assert_no_error (error);
  g_assert_true (pt_store_has_pin (f->store, NULL));
  g_assert_true (pt_store_check_pin (f->store, PIN, &error));
  g_assert_no_error (error);
  g_assert_false (pt_store_check_pin (f->store, "73914683", &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "pin", "not the clinician", NULL);
  g_clear_error (&error);

  /* Only a salted slow hash is stored, and libsodium verifies it; the PIN
   * is nowhere in the files. */
  hash = stored_value (f->path);
  g_assert_nonnull (hash);
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  g_assert_null (strstr (hash, PIN));
  g_assert_cmpint (sodium_init (), >=, 0);
  g_assert_cmpint (crypto_pwhash_str_verify (hash, PIN, strlen (PIN)), ==, 0);
  g_assert_cmpint (crypto_pwhash_str_verify (hash, "73914683", 8), !=, 0);
  g_assert_false (files_contain (f->path, PIN));

  /* Changing it needs the PIN that is set. */
  g_assert_false (pt_store_set_pin (f->store, "0000", "24681357", &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "old-pin", NULL);
  g_clear_error (&error);
  g_assert_false (pt_store_set_pin (f->store, NULL, "24681357", &error));
  pt_test_assert_error (error, PT_ERROR_INVALID, "old-pin", NULL);
  g_clear_error (&error);
  g_assert_true (pt_store_check_pin (f->store, PIN, NULL));

  g_assert_true (pt_store_set_pin (f->store, PIN, "24681357", &error));
  g_assert_no_error (error);
  g_assert_false (pt_store_check_pin (f->store, PIN, NULL));
  g_assert_true (pt_store_check_pin (f->store, "24681357", NULL));
  /* A new salt each time. */
  second = stored_value (f->path);
  g_assert_cmpstr (second, !=, hash);
  g_assert_false (files_contain (f->path, "24681357"));

  /* Two wrong tries in a row, then a wait: a third wrong one starts it,
   * and during it even the right PIN is not checked. */
  g_assert_false (pt_store_check_pin (f->store, "11111111", NULL));
  g_assert_false (pt_store_check_pin (f->store, "11111112", NULL));
  g_assert_cmpuint (pt_store_get_pin_wait (f->store), ==, 0);
  g_assert_false (pt_store_check_pin (f->store, "11111113", NULL));
  g_assert_cmpuint (pt_store_get_pin_wait (f->store), >, 900);
  g_assert_false (pt_store_check_pin (f->store, "24681357", &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_BUSY);
  pt_test_assert_contains (error->message, "try again in 1 second");
  g_clear_error (&error);
  while (pt_store_get_pin_wait (f->store) > 0)
    g_usleep (50000);
  g_assert_true (pt_store_check_pin (f->store, "24681357", &error));
  g_assert_no_error (error);
  /* The right PIN starts the count again. */
  g_assert_false (pt_store_check_pin (f->store, "11111111", NULL));
  g_assert_cmpuint (pt_store_get_pin_wait (f->store), ==, 0);

  /* Removing it needs it too. */
  g_assert_false (pt_store_set_pin (f->store, PIN, NULL, &error));
  g_clear_error (&error);
  g_assert_true (pt_store_set_pin (f->store, "24681357", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pt_store_has_pin (f->store, NULL));
  g_assert_null (stored_value (f->path));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/pin/validate", test_validate);
  g_test_add_func ("/core/pin/delay", test_delay);
  PT_TEST_ADD_WITH_STORE ("/core/pin/set-check-change", test_set_check_change);

  return g_test_run ();
}
