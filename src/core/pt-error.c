/* pt-error.c: the PT_ERROR domain, with the offending field attached
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-error.h"

typedef struct
{
  char *field;
} PtErrorPrivate;

static void
pt_error_private_init (PtErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
pt_error_private_copy (const PtErrorPrivate *src,
                       PtErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
pt_error_private_clear (PtErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (PtError, pt_error)

const char *
pt_error_get_field (const GError *error)
{
  PtErrorPrivate *priv;

  if (error == NULL || error->domain != PT_ERROR)
    return NULL;

  priv = pt_error_get_private (error);
  return priv != NULL ? priv->field : NULL;
}

static void
set_field_error_valist (GError     **error,
                        PtErrorCode  code,
                        const char  *field,
                        const char  *format,
                        va_list      args) G_GNUC_PRINTF (4, 0);

static void
set_field_error_valist (GError     **error,
                        PtErrorCode  code,
                        const char  *field,
                        const char  *format,
                        va_list      args)
{
  g_autofree char *message = NULL;
  GError *new_error;

  if (error == NULL)
    return;

  message = g_strdup_vprintf (format, args);
  new_error = g_error_new_literal (PT_ERROR, code, message);
  pt_error_get_private (new_error)->field = g_strdup (field);
  g_propagate_error (error, new_error);
}

void
pt_set_field_error (GError    **error,
                    const char *field,
                    const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  set_field_error_valist (error, PT_ERROR_INVALID, field, format, args);
  va_end (args);
}

void
pt_set_field_error_code (GError    **error,
                         PtErrorCode code,
                         const char *field,
                         const char *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  set_field_error_valist (error, code, field, format, args);
  va_end (args);
}

/**
 * pt_error_is_user_error:
 *
 * Returns: %TRUE when the error is about what a person asked for (bad value,
 *   unknown record, a refused delete), which the CLI reports with exit code 2.
 */
gboolean
pt_error_is_user_error (const GError *error)
{
  if (error == NULL || error->domain != PT_ERROR)
    return FALSE;

  return error->code == PT_ERROR_INVALID ||
         error->code == PT_ERROR_NOT_FOUND ||
         error->code == PT_ERROR_DUPLICATE ||
         error->code == PT_ERROR_HAS_RECORDS;
}
