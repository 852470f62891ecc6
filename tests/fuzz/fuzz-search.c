/* fuzz-search.c: the text a search compares
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt_search_fold folds what is typed into the search and every patient's
 * name and record number. Invariants: the result is valid UTF-8 without
 * spaces or combining marks; folding twice changes nothing (so a folded
 * name is found by its own folded text); ASCII case does not matter; and
 * folding is the same piece by piece, fold(a + b) = fold(a) + fold(b), which
 * is what makes "the folded query is a substring of the folded text" find
 * a part of a name.
 */

#include "config.h"

#include <string.h>

#include "pt-fuzz.h"
#include "pt-search.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  pt_fuzz_fatal_warnings ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pt_fuzz_text (data, size);
  g_autofree char *folded = pt_search_fold (text);
  g_autofree char *twice = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *lower_folded = NULL;
  const char *split;

  PT_FUZZ_CHECK (folded != NULL && g_utf8_validate (folded, -1, NULL));
  if (!g_utf8_validate (text, -1, NULL))
    {
      PT_FUZZ_CHECK (*folded == '\0');
      return 0;
    }

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      PT_FUZZ_CHECK (!g_unichar_isspace (c));
      PT_FUZZ_CHECK (type != G_UNICODE_NON_SPACING_MARK && type != G_UNICODE_SPACING_MARK &&
                     type != G_UNICODE_ENCLOSING_MARK);
    }

  twice = pt_search_fold (folded);
  PT_FUZZ_CHECK (strcmp (twice, folded) == 0);

  lower = g_ascii_strdown (text, -1);
  lower_folded = pt_search_fold (lower);
  PT_FUZZ_CHECK (strcmp (lower_folded, folded) == 0);

  /* Split at a character boundary chosen by the input's length. */
  split = g_utf8_offset_to_pointer (text, (glong) (size % (g_utf8_strlen (text, -1) + 1)));
  {
    g_autofree char *head = g_strndup (text, (gsize) (split - text));
    g_autofree char *head_folded = pt_search_fold (head);
    g_autofree char *tail_folded = pt_search_fold (split);
    g_autofree char *joined = g_strconcat (head_folded, tail_folded, NULL);

    PT_FUZZ_CHECK (strcmp (joined, folded) == 0);
  }

  return 0;
}
