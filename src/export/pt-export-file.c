/* pt-export-file.c: an export written whole or not at all
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pt-error.h"
#include "pt-export-file.h"

void
pt_export_set_errno_error (GError     **error,
                           int          saved_errno,
                           const char  *what,
                           const char  *path,
                           const char  *outcome)
{
  g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, "%s “%s”: %s; %s", what, path,
               g_strerror (saved_errno), outcome);
}

PtExportFile *
pt_export_file_new (const char  *path,
                    const char  *outcome,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(PtExportFile) self = g_new0 (PtExportFile, 1);

  self->path = g_strdup (path);
  self->outcome = outcome;
  self->tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  self->fd = g_mkstemp_full (self->tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      pt_export_set_errno_error (error, errno, _("Could not create a file in the folder"), dir,
                                 outcome);
      g_clear_pointer (&self->tmp_path, g_free);   /* nothing to remove */
      return NULL;
    }

  return g_steal_pointer (&self);
}

gboolean
pt_export_file_finish (PtExportFile  *self,
                       GError       **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (self->fd >= 0, FALSE);

  if (fsync (self->fd) != 0)
    {
      pt_export_set_errno_error (error, errno, _("Could not write"), self->path, self->outcome);
      ok = FALSE;
    }
  if (close (self->fd) != 0 && ok)
    {
      pt_export_set_errno_error (error, errno, _("Could not write"), self->path, self->outcome);
      ok = FALSE;
    }
  self->fd = -1;

  return ok;
}

gboolean
pt_export_file_commit (PtExportFile  *self,
                       GError       **error)
{
  g_return_val_if_fail (self->fd < 0 && self->tmp_path != NULL, FALSE);

  if (g_rename (self->tmp_path, self->path) != 0)
    {
      pt_export_set_errno_error (error, errno, _("Could not save"), self->path, self->outcome);
      return FALSE;
    }

  g_clear_pointer (&self->tmp_path, g_free);
  return TRUE;
}

gboolean
pt_export_file_commit_new (PtExportFile  *self,
                           GError       **error)
{
  g_return_val_if_fail (self->fd < 0 && self->tmp_path != NULL, FALSE);

  /* link() refuses an existing name, atomically; a file system without
   * hard links (a FAT memory stick) gets the check and the rename. */
  if (link (self->tmp_path, self->path) == 0)
    {
      g_unlink (self->tmp_path);
      g_clear_pointer (&self->tmp_path, g_free);
      return TRUE;
    }

  if (errno == EEXIST || g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   _("“%s” already exists and was not replaced; %s"), self->path, self->outcome);
      return FALSE;
    }

  return pt_export_file_commit (self, error);
}

void
pt_export_file_free (PtExportFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);
  g_free (self->tmp_path);
  g_free (self->path);
  g_free (self);
}

void
pt_export_sync_folder (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

char *
pt_export_unused_path (const char *dir,
                       const char *name)
{
  const char *dot = strrchr (name, '.');
  g_autofree char *stem = g_strndup (name, dot != NULL ? (gsize) (dot - name) : strlen (name));
  char *path = g_build_filename (dir, name, NULL);

  for (guint copy = 2; g_file_test (path, G_FILE_TEST_EXISTS) && copy < 10000; copy++)
    {
      g_autofree char *numbered = g_strdup_printf ("%s (%u)%s", stem, copy, dot != NULL ? dot : "");

      g_free (path);
      path = g_build_filename (dir, numbered, NULL);
    }

  return path;
}
