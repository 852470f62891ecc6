/* pt-store-connect.c: connecting to a clinic server while a window waits
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A server that does not answer (a site's line down, a firewall that
 * drops rather than refuses) takes libpq's whole connect timeout to give
 * up on. The connection, and the keyring's password it may need, are
 * made in a worker (PtDb belongs to no thread); the store is then made
 * around it in the caller's thread, which is the only one to use it
 * (pt-store.c's check_thread). Its first statements (the session's
 * settings, the schema's version) run there: a server that answered the
 * login answers them.
 */

#include "config.h"

#include <string.h>

#include "pt-store-private.h"

typedef struct
{
  char                *location;
  char                *password;
  PtStoreConnectFlags  connect_flags;
  PtStoreOpenFlags     flags;
  PtDb                *db;               /* the worker's */
  char                *keyring_problem;  /* the worker's */
} ConnectData;

static void
connect_data_free (ConnectData *data)
{
  g_free (data->location);
  if (data->password != NULL)
    explicit_bzero (data->password, strlen (data->password));
  g_free (data->password);
  g_clear_pointer (&data->db, pt_db_free);
  g_free (data->keyring_problem);
  g_free (data);
}

static void
connect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ConnectData *data = task_data;
  GError *error = NULL;

  data->db = pt_db_open_postgresql_full (data->location, data->password, &error);
  if (data->db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Kept once the server has taken it, so a wrong one never is. */
  if ((data->connect_flags & PT_STORE_CONNECT_REMEMBER) &&
      !pt_db_remember_password (data->db, &error))
    {
      data->keyring_problem = g_strdup (error->message);
      g_clear_error (&error);
    }

  g_task_return_boolean (task, TRUE);
}

void
pt_store_open_server_async (const char          *location,
                            const char          *password,
                            PtStoreConnectFlags  connect_flags,
                            PtStoreOpenFlags     flags,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ConnectData *data;

  g_return_if_fail (location != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ConnectData, 1);
  data->location = g_strdup (location);
  data->password = g_strdup (password);
  data->connect_flags = connect_flags;
  data->flags = flags;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pt_store_open_server_async);
  g_task_set_name (task, "[prolotrack] connect");
  g_task_set_task_data (task, data, (GDestroyNotify) connect_data_free);

  /* A file's path is refused here, as pt_store_open_full() would open it. */
  if (!pt_db_location_is_server (location))
    {
      GError *error = NULL;

      pt_db_check_server_location (location, &error);
      g_task_return_error (task, error);
      return;
    }

  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, connect_thread);
}

PtStore *
pt_store_open_server_finish (GAsyncResult  *result,
                             char         **keyring_problem,
                             GError       **error)
{
  g_autoptr(PtStore) self = NULL;
  ConnectData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, pt_store_open_server_async), NULL);

  if (keyring_problem != NULL)
    *keyring_problem = NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  self = g_object_new (PT_TYPE_STORE, NULL);
  self->path = g_strdup (data->location);
  if (!pt_store_server_take_db (self, g_steal_pointer (&data->db), data->flags, error))
    return NULL;

  if (keyring_problem != NULL)
    *keyring_problem = g_steal_pointer (&data->keyring_problem);
  return g_steal_pointer (&self);
}
