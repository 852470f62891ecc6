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
#include <sys/stat.h>
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
  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, _("%s “%s”: the disk is full; %s"), what, path,
                 outcome);
  else
    g_set_error (error, PT_ERROR, PT_ERROR_STORAGE, "%s “%s”: %s; %s", what, path,
                 g_strerror (saved_errno), outcome);
}

/* A hidden temporary of @base ('.NAME.XXXXXX') left by a killed run. */
static gboolean
is_leftover (const char *entry,
             const char *base)
{
  gsize n = strlen (base);

  return entry[0] == '.' && strncmp (entry + 1, base, n) == 0 && entry[n + 1] == '.' &&
         strlen (entry + n + 2) == 6;
}

#define LEFTOVER_AGE_S 60

static void
remove_leftovers (const char *dir,
                  const char *base)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *entry;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  while (folder != NULL && (entry = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_leftover (entry, base))
        continue;

      /* Older than a minute and ours: not another export under way. */
      path = g_build_filename (dir, entry, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == getuid () &&
          now - st.st_mtime > LEFTOVER_AGE_S)
        g_unlink (path);
    }
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

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PT_ERROR, PT_ERROR_STORAGE,
                   g_file_test (dir, G_FILE_TEST_EXISTS)
                     ? _("“%s” is a file, not a folder; %s")
                     : _("The folder “%s” does not exist; %s"), dir, outcome);
      return NULL;
    }

  remove_leftovers (dir, base);

#ifdef O_TMPFILE
  self->fd = g_open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (self->fd >= 0)
    {
      self->unnamed = TRUE;
      return g_steal_pointer (&self);
    }
#endif

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

  /* An unnamed file stays open until it has a name. */
  if (self->unnamed)
    return ok;

  if (close (self->fd) != 0 && ok)
    {
      pt_export_set_errno_error (error, errno, _("Could not write"), self->path, self->outcome);
      ok = FALSE;
    }
  self->fd = -1;

  return ok;
}

/* Gives the unnamed file the name @name; FALSE with errno set. */
static gboolean
link_unnamed (PtExportFile *self,
              const char   *name)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", self->fd);

  return linkat (AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0;
}

static void
close_unnamed (PtExportFile *self)
{
  if (self->unnamed && self->fd >= 0)
    {
      close (self->fd);
      self->fd = -1;
    }
}

gboolean
pt_export_file_commit (PtExportFile  *self,
                       GError       **error)
{
  g_return_val_if_fail (self->unnamed ? self->fd >= 0 : (self->fd < 0 && self->tmp_path != NULL),
                        FALSE);

  /* link() cannot replace: name it hidden first (a complete file by then),
   * then rename over the old one. */
  if (self->unnamed)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);
      g_autofree char *base = g_path_get_basename (self->path);

      for (guint attempt = 0; self->tmp_path == NULL && attempt < 100; attempt++)
        {
          g_autofree char *name = g_strdup_printf ("%s%c.%s.%06u", dir, G_DIR_SEPARATOR, base,
                                                   g_random_int_range (0, 1000000));

          if (link_unnamed (self, name))
            self->tmp_path = g_steal_pointer (&name);
          else if (errno != EEXIST)
            break;
        }
      if (self->tmp_path == NULL)
        {
          pt_export_set_errno_error (error, errno, _("Could not save"), self->path, self->outcome);
          return FALSE;
        }
      close_unnamed (self);
    }

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
  /* link() refuses an existing name, atomically; a file system without
   * hard links (a FAT memory stick) gets the check and the rename. */
  if (self->unnamed)
    {
      g_return_val_if_fail (self->fd >= 0, FALSE);

      if (link_unnamed (self, self->path))
        {
          close_unnamed (self);
          return TRUE;
        }
    }
  else
    {
      g_return_val_if_fail (self->fd < 0 && self->tmp_path != NULL, FALSE);

      if (link (self->tmp_path, self->path) == 0)
        {
          g_unlink (self->tmp_path);
          g_clear_pointer (&self->tmp_path, g_free);
          return TRUE;
        }
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
