/* pt-error.h: the PT_ERROR domain
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PT_ERROR (pt_error_quark ())

typedef enum
{
  PT_ERROR_INVALID,       /* a value a person or a file gave is not allowed */
  PT_ERROR_NOT_FOUND,     /* no record with that id or record number */
  PT_ERROR_DUPLICATE,     /* a unique value (record number) is taken */
  PT_ERROR_HAS_RECORDS,   /* refused: the patient still has records */
  PT_ERROR_TOO_NEW,       /* the database was written by a newer ProloTrack */
  PT_ERROR_NOT_DATABASE,  /* the file is not a ProloTrack database or is damaged */
  PT_ERROR_BUSY,          /* another program holds the database */
  PT_ERROR_STORAGE,       /* disk full, I/O error, permissions and the like */
  PT_ERROR_READ_ONLY,     /* the database cannot be written: nothing was saved */
  PT_ERROR_DAMAGED,       /* the database is damaged: nothing was saved */
  PT_ERROR_CONNECTION,    /* the clinic server cannot be reached, or refused the login */
  PT_ERROR_CONFLICT,      /* the record was changed meanwhile (another workstation): not saved */
} PtErrorCode;

GQuark      pt_error_quark     (void);

/* The record field a PT_ERROR_INVALID error is about ("score"), so a form
 * can show the message next to that field; NULL when not about one field. */
const char *pt_error_get_field (const GError *error);

/* Sets a PT_ERROR_INVALID error about @field. */
void        pt_set_field_error (GError    **error,
                                const char *field,
                                const char *format,
                                ...) G_GNUC_PRINTF (3, 4);
void        pt_set_field_error_code (GError    **error,
                                     PtErrorCode code,
                                     const char *field,
                                     const char *format,
                                     ...) G_GNUC_PRINTF (4, 5);

gboolean    pt_error_is_user_error (const GError *error);

G_END_DECLS
