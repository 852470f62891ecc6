/* pt-validate.h: checks every field a person or a file gives (core-internal)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-record-private.h"

G_BEGIN_DECLS

/* The checks the field table describes: required, length, control
 * characters, date syntax and not-in-the-future, ranges, 0.5 steps, enum
 * values. Trims spaces around one-line text first. */
gboolean pt_validate_fields         (PtRecord    *record,
                                     GError     **error);
/* The same with "today" given (NULL: read the clock), for writers of many
 * records at once. */
gboolean pt_validate_fields_on      (PtRecord    *record,
                                     const GDate *today,
                                     GError     **error);

/* "date" must not be before @birth (the patient's date of birth). */
gboolean pt_validate_not_before_birth (PtRecord    *record,
                                       const char  *field,
                                       const char  *birth,
                                       GError     **error);

const char *pt_field_get_string     (PtRecord    *record,
                                     const char  *name);
gint64      pt_field_get_int        (PtRecord    *record,
                                     const char  *name);
double      pt_field_get_real       (PtRecord    *record,
                                     const char  *name);

/* The longest clinic name a report header shows (and Preferences keeps). */
#define PT_CLINIC_NAME_MAX 200

/* One line of text a person gives outside a record (the clinic's name):
 * valid UTF-8, no line breaks or control characters, at most @max_chars
 * characters. FALSE with a PT_ERROR_INVALID about @field, naming @label. */
gboolean pt_validate_line (const char  *field,
                           const char  *label,
                           const char  *text,
                           guint        max_chars,
                           GError     **error);

G_END_DECLS
