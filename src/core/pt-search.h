/* pt-search.h: text as a search compares it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text folded for a search that ignores case, accents and spaces: "Zoë
 * Ångström" and "zoe angstrom" both give "zoeangstrom", "Siobhán Ní
 * Bhriain" gives "siobhannibhriain". Letters with a stroke (ø, ł, đ) fold
 * to their base letter, ligatures (æ, œ, ß) to two letters. A search
 * matches when the folded query is a substring of the folded text. */
char *pt_search_fold (const char *text);

G_END_DECLS
