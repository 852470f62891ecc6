/* test-search.c: text as a search compares it (pt-search.h)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-search.h"

static void
assert_folds (const char *text,
              const char *expected)
{
  g_autofree char *folded = pt_search_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

/* Case, accents and spaces go; letters, digits and punctuation stay. */
static void
test_fold (void)
{
  assert_folds ("Zoë Ångström", "zoeangstrom");
  assert_folds ("Siobhán Ní Bhriain", "siobhannibhriain");
  assert_folds ("Grzegorz Wójcik", "grzegorzwojcik");
  assert_folds ("Lucía Fernández", "luciafernandez");
  assert_folds ("PT-0001", "pt-0001");
  assert_folds ("Søren Łukasz Đorđević", "sorenlukaszdordevic");
  assert_folds ("Straße Æsir Œuvre", "strasseaesiroeuvre");
  /* Letters that decompose to capitals fold too (found by fuzz-search). */
  assert_folds ("\u210Cello \U0001D419oe", "hellozoe");
  assert_folds ("  \t ", "");
  assert_folds ("", "");
  /* Scripts without case or accents pass through. */
  assert_folds ("王芳", "王芳");
  assert_folds ("محمد الأحمد", "محمدالاحمد");
}

/* A query matches what the person would call the same text. */
static void
test_match (void)
{
  static const struct { const char *query, *text; gboolean match; } cases[] = {
    { "zoe", "Zoë Ångström PT-0002", TRUE },
    { "nibhriain", "Siobhán Ní Bhriain", TRUE },
    { "wójcik", "Grzegorz Wojcik", TRUE },
    { "FREYA kowalski", "Freya Kowalski", TRUE },
    { "pt-0002", "Zoë Ångström PT-0002", TRUE },
    { "zoey", "Zoë Ångström", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = pt_search_fold (cases[i].query);
      g_autofree char *text = pt_search_fold (cases[i].text);

      g_assert_cmpint (strstr (text, query) != NULL, ==, cases[i].match);
    }
}

/* Bytes that are not UTF-8 (a damaged import) fold to nothing, not a crash. */
static void
test_invalid (void)
{
  assert_folds ("abc\xff\xfe", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/search/fold", test_fold);
  g_test_add_func ("/core/search/match", test_match);
  g_test_add_func ("/core/search/invalid", test_invalid);

  return g_test_run ();
}
