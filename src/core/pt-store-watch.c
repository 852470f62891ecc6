/* pt-store-watch.c: PtStore::changed-elsewhere, when another workstation
 * or program saved something
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window shows lists and a patient's page read from the store; when
 * another workstation saves, they should show it without a restart. The
 * store asks its connection every WATCH_INTERVAL_S seconds, without
 * waiting on it (pt_db_poll_changes):
 *  - a file: PRAGMA data_version, which changes when another connection
 *    commits to it (this one's own commits do not change it);
 *  - a clinic server: each write transaction sends NOTIFY prolotrack
 *    with the schema as payload as it commits (pt_store_commit; delivered
 *    only if it commits), and a watching store LISTENs on that channel, so
 *    the other sessions' notifications of the same clinic are counted.
 *    After a lost connection, notifications sent meanwhile are gone: the
 *    store says changed-elsewhere once it is connected again.
 * The same poll finds a server's lost connection between statements (its
 * socket closed): PtStore::connection-changed, then the store connects
 * again with the backoff of pt_store_server_check_connection(), and says
 * connection-changed once more when it is back. That new session is
 * made in a worker, so a server that does not answer never holds the
 * window up.
 * Polling, not the socket: libpq reads notifications into its queue
 * while it waits for any other answer, where a watch on the socket would
 * not see them.
 */

#include "config.h"

#include "pt-store-private.h"

#define WATCH_INTERVAL_S 2

/* The channel of every clinic; the payload says which (its schema). */
#define CHANNEL "prolotrack"

void
pt_store_watch_notify_commit (PtStore *self)
{
  g_autoptr(GError) error = NULL;

  /* In the transaction, just before its COMMIT: the notification goes out
   * with the changes, or not at all. A clinic whose server cannot notify
   * still saves; the others see the change at their next refresh. */
  if (pt_store_is_server (self) && self->tx_writes &&
      !pt_store_exec (self, "SELECT pg_notify ('" CHANNEL "', current_schema ())", &error))
    g_debug ("No change notification: %s", error->message);
}

/* LISTEN on a (new) session; the schema it reads is the notifications'
 * payload. */
gboolean
pt_store_watch_listen (PtStore  *self,
                       GError  **error)
{
  if (!self->watch.active || !pt_store_is_server (self))
    return TRUE;

  g_clear_pointer (&self->watch.payload, g_free);
  if (!pt_store_exec (self, "LISTEN " CHANNEL, error) ||
      !(self->watch.payload = pt_store_query_text (self, "SELECT current_schema ()", error)))
    return FALSE;

  /* Whatever happened while the session was gone went unheard. */
  self->watch.missed = self->watch.seen >= 0;
  self->watch.seen = pt_db_poll_changes (self->db, self->watch.payload);
  return TRUE;
}

/* A server's session found gone, or back: PtStore::connection-changed. */
static void
update_connected (PtStore *self)
{
  gboolean connected = pt_store_is_connected (self);

  if (connected != self->watch.connected)
    {
      self->watch.connected = connected;
      g_signal_emit_by_name (self, "connection-changed");
    }
}

static gboolean
watch_cb (gpointer data)
{
  PtStore *self = data;
  gint64 seen;

  /* Between transactions only. */
  if (self->tx_depth > 0)
    return G_SOURCE_CONTINUE;

  seen = pt_db_poll_changes (self->db, self->watch.payload);

  /* A lost server is tried again, at most once per backoff; a new session
   * LISTENs again (pt_store_watch_listen) and counts as a change. */
  if (seen < 0 && pt_store_is_server (self) && !pt_db_is_connected (self->db) &&
      pt_store_server_check_connection (self, NULL))
    seen = pt_db_poll_changes (self->db, self->watch.payload);
  update_connected (self);
  if (seen < 0)
    return G_SOURCE_CONTINUE;

  if (seen != self->watch.seen || self->watch.missed)
    {
      self->watch.seen = seen;
      self->watch.missed = FALSE;
      g_signal_emit_by_name (self, "changed-elsewhere");
    }

  return G_SOURCE_CONTINUE;
}

gboolean
pt_store_watch_changes (PtStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  if (self->watch.source_id != 0)
    return TRUE;

  self->watch.active = TRUE;
  self->watch.seen = -1;
  self->watch.connected = pt_store_is_connected (self);
  if (pt_store_is_server (self))
    {
      if (!pt_store_watch_listen (self, error))
        {
          self->watch.active = FALSE;
          return FALSE;
        }
    }
  else
    self->watch.seen = pt_db_poll_changes (self->db, NULL);

  self->watch.missed = FALSE;
  self->watch.source_id = g_timeout_add_seconds (WATCH_INTERVAL_S, watch_cb, self);
  g_source_set_name_by_id (self->watch.source_id, "[prolotrack] store watch");
  return TRUE;
}

void
pt_store_watch_clear (PtStore *self)
{
  g_clear_handle_id (&self->watch.source_id, g_source_remove);
  g_clear_pointer (&self->watch.payload, g_free);
  if (self->watch.reconnecting != NULL)
    g_cancellable_cancel (self->watch.reconnecting);
  g_clear_object (&self->watch.reconnecting);
  self->watch.active = FALSE;
}

gboolean
pt_store_is_connected (PtStore *self)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  return pt_db_is_connected (self->db);
}

gboolean
pt_store_poll_changes (PtStore *self)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);

  if (self->watch.source_id == 0)
    return FALSE;

  {
    gint64 before = self->watch.seen;
    gboolean missed = self->watch.missed;

    watch_cb (self);
    return self->watch.seen != before || missed;
  }
}
