/* pt-window-health.c: whether the open database takes changes, and the
 * banner that says why not
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clinic server that cannot be reached takes nothing until it is back
 * (PtStore::connection-changed): the window keeps what it shows.
 * A database on a read-only drive or in a read-only folder opens read-only;
 * a damaged one (SQLite's quick_check) takes no writes. Both are said in a
 * banner under the header bar and in the sidebar's subtitle, and the
 * actions that would change records are off. quick_check reads the whole
 * file, so it runs in a worker on a read-only store of its own, once the
 * window is on screen; until it answers, the first save runs it (core's
 * pt_store_begin).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-error.h"
#include "pt-window-private.h"

/* Late enough not to compete with the first frame. */
#define CHECK_DELAY_MS 750

/* The window is held weakly: closing it while the check runs must not wait
 * for the check (nor keep the window alive behind its back). */
typedef struct
{
  GWeakRef window;
  char    *path;
  gboolean whole;
  char    *damage;
} CheckData;

static void
check_data_free (CheckData *data)
{
  g_weak_ref_clear (&data->window);
  g_free (data->path);
  g_free (data->damage);
  g_free (data);
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = pt_store_open_full (data->path, PT_STORE_OPEN_READ_ONLY, &error);

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->whole = pt_store_check_integrity (store, &error);
  if (!data->whole && !g_error_matches (error, PT_ERROR, PT_ERROR_DAMAGED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->damage = g_strdup (pt_store_get_damage (store));
  g_task_return_boolean (task, TRUE);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CheckData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(PtWindow) self = g_weak_ref_get (&data->window);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_debug ("No quick_check of %s: %s", data->path, error->message);
      return;
    }

  /* The window may be gone, or have another database open by now. */
  if (self == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)) || self->store == NULL || g_strcmp0 (pt_store_get_path (self->store), data->path) != 0)
    return;

  pt_store_note_integrity (self->store, data->whole, data->damage);
  pt_window_update_health (self);
  pt_window_update_actions (self);
}

static gboolean
start_check_cb (gpointer user_data)
{
  PtWindow *self = user_data;
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  self->health_check_id = 0;
  if (self->store == NULL || pt_store_get_integrity (self->store) != PT_STORE_INTEGRITY_UNCHECKED)
    return G_SOURCE_REMOVE;

  data = g_new0 (CheckData, 1);
  g_weak_ref_init (&data->window, self);
  data->path = g_strdup (pt_store_get_path (self->store));
  task = g_task_new (NULL, NULL, check_done_cb, NULL);
  g_task_set_source_tag (task, start_check_cb);
  g_task_set_task_data (task, data, (GDestroyNotify) check_data_free);
  g_task_run_in_thread (task, check_thread);
  return G_SOURCE_REMOVE;
}

void
pt_window_check_health_later (PtWindow *self)
{
  g_clear_handle_id (&self->health_check_id, g_source_remove);
  if (self->store != NULL)
    self->health_check_id = g_timeout_add (CHECK_DELAY_MS, start_check_cb, self);
}

gboolean
pt_window_can_write (PtWindow *self)
{
  return self->store != NULL && !pt_store_is_read_only (self->store) &&
         pt_store_is_connected (self->store) &&
         pt_store_get_integrity (self->store) != PT_STORE_INTEGRITY_DAMAGED;
}

void
pt_window_update_health (PtWindow *self)
{
  g_autofree char *basename = pt_store_describe_location (self->database_path);
  g_autofree char *subtitle = NULL;
  g_autofree char *text = NULL;
  gboolean damaged = self->store != NULL &&
                     pt_store_get_integrity (self->store) == PT_STORE_INTEGRITY_DAMAGED;
  gboolean away = self->store != NULL && !pt_store_is_connected (self->store);

  if (away)
    text = g_strdup (_("The clinic server cannot be reached. What is on screen stays, but "
                       "nothing can be saved or opened until it is back; ProloTrack connects "
                       "again by itself."));
  else if (damaged)
    text = g_strdup_printf (_("This database is damaged, so changes cannot be saved (SQLite "
                              "found: %s). Restore a backup to go on working."),
                            pt_store_get_damage (self->store));
  else if (self->store != NULL && pt_store_is_read_only (self->store))
    /* Translators: the reason is "it is on a read-only drive" and the like */
    text = g_strdup_printf (_("Read-only: %s. You can look at the records, but changes "
                              "cannot be saved."), pt_store_get_read_only_reason (self->store));

  /* Translators: the database's file name, and that it takes no changes */
  if (away)
    subtitle = g_strdup_printf (_("%s — Offline"), basename);
  else if (text != NULL)
    subtitle = g_strdup_printf (_("%s — Read-Only"), basename);
  adw_window_title_set_subtitle (self->sidebar_title, subtitle != NULL ? subtitle : basename);

  if (text != NULL)
    gtk_label_set_text (self->health_label, text);
  gtk_revealer_set_reveal_child (self->health_revealer, text != NULL);

  if (damaged)
    gtk_widget_add_css_class (GTK_WIDGET (self->health_revealer), "damaged");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->health_revealer), "damaged");

  gtk_button_set_label (self->health_button, _("_Restore from Backup…"));
  gtk_button_set_use_underline (self->health_button, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->health_button), "win.restore-backup");
  gtk_widget_set_visible (GTK_WIDGET (self->health_button), damaged);
}

void
pt_window_dispose_health (PtWindow *self)
{
  g_clear_handle_id (&self->health_check_id, g_source_remove);
}
