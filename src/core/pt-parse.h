/* pt-parse.h: numbers as a person or a file writes them
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A decimal number written plainly: an optional minus sign, digits, and
 * at most one decimal separator followed by digits ("6", "6.5", ".5",
 * "-2"). Nothing else is a number here: no spaces, no "+", no exponent
 * ("1e-300"), no hexadecimal ("0x5"), no "inf" or "nan", no thousands
 * separators, at most 30 characters. The separator is a point, or a comma
 * when @decimal_comma. FALSE (and @value untouched) when @text is not such
 * a number. */
gboolean pt_parse_decimal (const char *text,
                           gboolean    decimal_comma,
                           double     *value);

G_END_DECLS
