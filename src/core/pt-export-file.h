/* pt-export-file.h: an export written whole or not at all
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV export, the PDF report and the chart files write an unnamed file
 * in the destination's folder (O_TMPFILE, mode 0600: health records), sync
 * it, and give it its name only when complete, so a failed, cancelled or
 * killed export leaves nothing behind, not even a hidden file. Where the
 * file system has no unnamed files, a hidden temporary name is used, and
 * such leftovers of a killed run are removed by the next export to the
 * same name. (In core rather than export so that render's charts can use
 * it too: it is plain GLib and POSIX.)
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char       *path;       /* where the file goes */
  char       *tmp_path;   /* where it is written (NULL when unnamed, or once renamed) */
  gboolean    unnamed;    /* O_TMPFILE: no name until committed */
  int         fd;         /* -1 once closed */
  const char *outcome;    /* what a failure means: "nothing was exported" */
} PtExportFile;

/* "@what “@path”: <strerror>; @outcome", a PT_ERROR_STORAGE. */
void          pt_export_set_errno_error (GError     **error,
                                         int          saved_errno,
                                         const char  *what,
                                         const char  *path,
                                         const char  *outcome);

/* Creates the temporary file next to @path. */
PtExportFile *pt_export_file_new        (const char  *path,
                                         const char  *outcome,
                                         GError     **error);
/* Syncs and closes the file once everything is written. */
gboolean      pt_export_file_finish     (PtExportFile *self,
                                         GError      **error);
/* Renames the finished file into place. */
gboolean      pt_export_file_commit     (PtExportFile *self,
                                         GError      **error);
/* The same, but never over an existing file: fails with a
 * PT_ERROR_STORAGE ("... already exists") when @self's path is taken,
 * even by a file that appeared while the export ran. */
gboolean      pt_export_file_commit_new (PtExportFile *self,
                                         GError      **error);
/* Closes, and removes the temporary file unless it was committed. */
void          pt_export_file_free       (PtExportFile *self);
/* Makes the renames in @dir durable. */
void          pt_export_sync_folder     (const char   *dir);
/* The path of @name ("Claire – my progress.pdf") in @dir, or of its first
 * free copy ("Claire – my progress (2).pdf"), so nothing is replaced. */
char         *pt_export_unused_path     (const char   *dir,
                                         const char   *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtExportFile, pt_export_file_free)

G_END_DECLS
