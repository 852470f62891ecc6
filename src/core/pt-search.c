/* pt-search.c: text as a search compares it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-search.h"

/* Letters that carry their mark inside the letter, so that Unicode's
 * decomposition leaves them whole; after case folding. */
static const char *
fold_letter (gunichar c)
{
  switch (c)
    {
    case 0x00F8: return "o";    /* ø */
    case 0x0142: return "l";    /* ł */
    case 0x0111: return "d";    /* đ */
    case 0x0127: return "h";    /* ħ */
    case 0x0131: return "i";    /* dotless ı */
    case 0x00E6: return "ae";   /* æ */
    case 0x0153: return "oe";   /* œ */
    case 0x00FE: return "th";   /* þ */
    case 0x00F0: return "d";    /* ð */
    default: return NULL;
    }
}

static gboolean
is_mark (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

char *
pt_search_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  /* Decomposed before folding too: compatibility letters such as ℌ or 𝐙
   * have no case of their own and decompose to capitals. */
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  folded = g_utf8_casefold (decomposed, -1);
  g_free (decomposed);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *replacement;

      if (is_mark (c) || g_unichar_isspace (c))
        continue;
      replacement = fold_letter (c);
      if (replacement != NULL)
        g_string_append (out, replacement);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
