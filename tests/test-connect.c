/* test-connect.c: a window's main loop goes on while a clinic server
 * does not answer
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A server that does not answer (a line down, a firewall that drops
 * packets) holds a connection attempt for libpq's whole connect timeout.
 * The app connects in a worker (pt_store_open_server_async), and a
 * watching store connects again in one: these cases count the main
 * loop's ticks meanwhile. The silent server is a TCP port that takes
 * connections and never says a word; the test server is reached through
 * a relay of the test's own (127.0.0.1 to its Unix socket), which can be
 * made to cut every session and go silent, and to come back.
 */

#include "config.h"

#include <gio/gunixsocketaddress.h>
#include <string.h>

#include "pt-error.h"
#include "pt-store.h"
#include "pt-test-clinic.h"
#include "pt-test-utils.h"

#define TICK_MS 50

/* libpq's shortest connect timeout is 2 s; it counts in whole seconds
 * of time(), so an attempt gives up after 1 to 2 s. */
#define TIMEOUT_S "2"

/* The main loop's ticks: a window's frames and key presses. */
typedef struct
{
  guint  count;
  gint64 longest_gap;  /* µs between two ticks, at most */
  gint64 last;
} Ticks;

static gboolean
tick_cb (gpointer data)
{
  Ticks *ticks = data;
  gint64 now = g_get_monotonic_time ();

  if (ticks->last != 0)
    ticks->longest_gap = MAX (ticks->longest_gap, now - ticks->last);
  ticks->last = now;
  ticks->count++;
  return G_SOURCE_CONTINUE;
}

/* A listening socket that never accepts: the kernel completes the
 * handshake, and nothing answers libpq's first message. Its port. */
static GSocket *
silent_listener (guint16 *port)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  GSocket *socket;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                         &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (socket, any, TRUE, &error));
  g_assert_true (g_socket_listen (socket, &error));
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  return socket;
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Opening a server that does not answer: the main loop ticks on until
 * libpq gives up, and the failure says which server. */
static void
test_open_not_answering (void)
{
  g_autoptr(GSocket) listener = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autofree char *location = NULL;
  Ticks ticks = { 0 };
  guint16 port;
  guint tick_id;
  gint64 start;
  gint64 waited;

  listener = silent_listener (&port);
  location = g_strdup_printf ("host=127.0.0.1 port=%u dbname=prolotrack user=prolotrack_app "
                              "connect_timeout=" TIMEOUT_S, port);

  tick_id = g_timeout_add (TICK_MS, tick_cb, &ticks);
  start = g_get_monotonic_time ();
  pt_store_open_server_async (location, NULL, PT_STORE_CONNECT_DEFAULT, PT_STORE_OPEN_DEFAULT,
                              NULL, opened_cb, &result);
  /* Back at once: the call did not wait for the server. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 200 * 1000);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick_id);

  store = pt_store_open_server_finish (result, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  pt_test_assert_contains (error->message, "127.0.0.1");
  g_test_message ("waited %.1f s, %u ticks, longest gap %.0f ms",
                  (g_get_monotonic_time () - start) / 1e6, ticks.count, ticks.longest_gap / 1e3);

  /* The second or two the attempt took, in ticks of 50 ms: the loop
   * never stood (with the attempt in the loop's thread: one tick, and a
   * gap as long as the wait). */
  waited = g_get_monotonic_time () - start;
  g_assert_cmpint (waited, >=, 900 * 1000);
  g_assert_cmpuint (ticks.count, >=, waited / (TICK_MS * 1000) / 2);
  g_assert_cmpint (ticks.longest_gap, <, 500 * 1000);
}

/* Cancel (the dialog's Cancel, the window closed) answers at once, not
 * when libpq gives up. */
static void
test_open_cancelled (void)
{
  g_autoptr(GSocket) listener = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(PtStore) store = NULL;
  g_autofree char *location = NULL;
  guint16 port;
  gint64 cancelled_at;

  listener = silent_listener (&port);
  location = g_strdup_printf ("host=127.0.0.1 port=%u dbname=prolotrack user=prolotrack_app "
                              "connect_timeout=" TIMEOUT_S, port);
  pt_store_open_server_async (location, "typed", PT_STORE_CONNECT_REMEMBER, PT_STORE_OPEN_DEFAULT,
                              cancellable, opened_cb, &result);
  g_usleep (100 * 1000);
  g_cancellable_cancel (cancellable);
  cancelled_at = g_get_monotonic_time ();
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  store = pt_store_open_server_finish (result, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - cancelled_at, <, 500 * 1000);

  /* The worker's attempt ends on its own; nothing of it is left to call
   * back (the test's G_DEBUG=fatal-criticals would catch a late one). */
  g_usleep (2500 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A file's path is no server's address. */
static void
test_open_file_refused (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;

  pt_store_open_server_async ("/tmp/clinic.db", NULL, PT_STORE_CONNECT_DEFAULT,
                              PT_STORE_OPEN_DEFAULT, NULL, opened_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  store = pt_store_open_server_finish (result, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, PT_ERROR, PT_ERROR_INVALID);
}

/* The relay: 127.0.0.1:port to the test server's Unix socket, in a
 * thread of its own (the test's main loop is the window's). Silent, it
 * takes connections and passes nothing on. */
typedef struct
{
  GMainContext      *context;
  GMainLoop         *loop;
  GThread           *thread;
  GSocketService    *service;
  GSocketAddress    *server;
  GMutex             lock;
  GCond              ready;      /* port is set */
  guint16            port;
  gint               silent;     /* atomic */
  GPtrArray         *streams;    /* the relay thread's */
} Relay;

static gboolean
relay_incoming_cb (GSocketService    *service,
                   GSocketConnection *connection,
                   GObject           *source,
                   gpointer           user_data)
{
  Relay *relay = user_data;
  g_autoptr(GSocketClient) client = NULL;
  g_autoptr(GSocketConnection) upstream = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (relay->streams, g_object_ref (connection));
  if (g_atomic_int_get (&relay->silent))
    return TRUE;

  client = g_socket_client_new ();
  upstream = g_socket_client_connect (client, G_SOCKET_CONNECTABLE (relay->server), NULL, &error);
  if (upstream == NULL)
    {
      g_test_message ("relay: %s", error->message);
      return TRUE;
    }
  g_ptr_array_add (relay->streams, g_object_ref (upstream));
  g_io_stream_splice_async (G_IO_STREAM (connection), G_IO_STREAM (upstream),
                            G_IO_STREAM_SPLICE_CLOSE_STREAM1 | G_IO_STREAM_SPLICE_CLOSE_STREAM2,
                            G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  return TRUE;
}

/* The service is made in the relay's thread, its handler connected
 * before it listens: it accepts in the thread that makes it. */
static gpointer
relay_thread (gpointer data)
{
  Relay *relay = data;
  g_autoptr(GError) error = NULL;
  guint16 port;

  g_main_context_push_thread_default (relay->context);
  relay->service = g_socket_service_new ();
  g_signal_connect (relay->service, "incoming", G_CALLBACK (relay_incoming_cb), relay);
  port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (relay->service), NULL, &error);
  g_assert_no_error (error);
  g_socket_service_start (relay->service);

  g_mutex_lock (&relay->lock);
  relay->port = port;
  g_cond_signal (&relay->ready);
  g_mutex_unlock (&relay->lock);

  g_main_loop_run (relay->loop);
  g_socket_service_stop (relay->service);
  g_socket_listener_close (G_SOCKET_LISTENER (relay->service));
  g_main_context_pop_thread_default (relay->context);
  return NULL;
}

static gboolean
cut_cb (gpointer data)
{
  Relay *relay = data;

  for (guint i = 0; i < relay->streams->len; i++)
    g_io_stream_close (relay->streams->pdata[i], NULL, NULL);
  g_ptr_array_set_size (relay->streams, 0);
  return G_SOURCE_REMOVE;
}

static Relay *
relay_start (const char *socket_dir,
             const char *port)
{
  g_autofree char *path = g_strdup_printf ("%s/.s.PGSQL.%s", socket_dir, port);
  Relay *relay = g_new0 (Relay, 1);

  relay->context = g_main_context_new ();
  relay->loop = g_main_loop_new (relay->context, FALSE);
  relay->server = g_unix_socket_address_new (path);
  relay->streams = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&relay->lock);
  g_cond_init (&relay->ready);

  relay->thread = g_thread_new ("relay", relay_thread, relay);
  g_mutex_lock (&relay->lock);
  while (relay->port == 0)
    g_cond_wait (&relay->ready, &relay->lock);
  g_mutex_unlock (&relay->lock);
  return relay;
}

/* Every session cut, and new ones taken but never answered. */
static void
relay_go_silent (Relay *relay)
{
  g_atomic_int_set (&relay->silent, TRUE);
  g_main_context_invoke (relay->context, cut_cb, relay);
}

static void
relay_stop (Relay *relay)
{
  g_main_context_invoke (relay->context, cut_cb, relay);
  g_main_loop_quit (relay->loop);
  g_thread_join (relay->thread);
  g_object_unref (relay->service);
  g_object_unref (relay->server);
  g_ptr_array_unref (relay->streams);
  g_main_loop_unref (relay->loop);
  g_main_context_unref (relay->context);
  g_mutex_clear (&relay->lock);
  g_cond_clear (&relay->ready);
  g_free (relay);
}

/* "key=value" from a libpq location (the test server's are plain). */
static char *
setting (const char *location,
         const char *key)
{
  g_autofree char *start = g_strconcat (key, "=", NULL);
  const char *value = strstr (location, start);
  const char *end;

  g_assert_nonnull (value);
  value += strlen (start);
  end = strchr (value, ' ');
  return end != NULL ? g_strndup (value, end - value) : g_strdup (value);
}

static void
connection_changed_cb (PtStore *store,
                       gpointer user_data)
{
  guint *changes = user_data;

  (*changes)++;
}

/* A window's store whose server went silent: every poll and every
 * statement meanwhile answers at once (PT_ERROR_CONNECTION), the loop
 * ticks on through the attempts to connect again, and once the server
 * answers the store is back, with the password it was opened with. */
static void
test_reconnect_in_worker (void)
{
  const char *owner = g_getenv ("PROLOTRACK_TEST_PG");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *owner_location = NULL;
  g_autofree char *host = NULL;
  g_autofree char *port = NULL;
  g_autofree char *password = NULL;
  g_autofree char *location = NULL;
  g_autofree char *app = NULL;
  Ticks ticks = { 0 };
  guint changes = 0;
  guint tick_id;
  gint64 start;
  gint64 slowest = 0;
  Relay *relay;

  if (owner == NULL || *owner == '\0')
    {
      g_test_skip ("no PostgreSQL server: set PROLOTRACK_TEST_PG, or run build-aux/test");
      return;
    }

  app = pt_test_clinic_new_schema (TRUE, &schema, &owner_location);
  host = setting (app, "host");
  port = setting (app, "port");
  password = pt_test_pg_password ("prolotrack_app");
  relay = relay_start (host, port);

  /* By TCP, which the pgpass file has no line for: the password typed. */
  location = g_strdup_printf ("host=127.0.0.1 port=%u dbname=prolotrack_test "
                              "user=prolotrack_app sslmode=disable connect_timeout=" TIMEOUT_S
                              " options='-c search_path=%s'", relay->port, schema);
  pt_store_open_server_async (location, password, PT_STORE_CONNECT_DEFAULT,
                              PT_STORE_OPEN_DEFAULT, NULL, opened_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  store = pt_store_open_server_finish (result, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pt_store_watch_changes (store, &error));
  g_signal_connect (store, "connection-changed", G_CALLBACK (connection_changed_cb), &changes);
  pt_test_add_patient (store, "Before Cut", "C-1", "1980-03-01");

  relay_go_silent (relay);
  tick_id = g_timeout_add (TICK_MS, tick_cb, &ticks);
  start = g_get_monotonic_time ();

  /* 5 s: the first attempt's timeout (1 to 2 s), and the next, 1 s later. */
  while (g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    {
      gint64 before = g_get_monotonic_time ();

      pt_store_poll_changes (store);
      g_assert_cmpint (pt_store_count_patients (store, TRUE, NULL), ==, -1);
      slowest = MAX (slowest, g_get_monotonic_time () - before);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_false (pt_store_is_connected (store));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, -1);
  g_assert_error (error, PT_ERROR, PT_ERROR_CONNECTION);
  pt_test_assert_contains (error->message, "cannot be reached");
  g_clear_error (&error);
  g_test_message ("silent: %u ticks in 5 s, longest gap %.0f ms, slowest call %.0f ms",
                  ticks.count, ticks.longest_gap / 1e3, slowest / 1e3);
  g_assert_cmpint (slowest, <, 200 * 1000);
  g_assert_cmpint (ticks.longest_gap, <, 500 * 1000);

  /* The server answers again: within the backoff (2 s, then 4 s), an
   * attempt already on its way giving up, and a poll, the store is back,
   * with the same password. */
  g_atomic_int_set (&relay->silent, FALSE);
  start = g_get_monotonic_time ();
  while (!pt_store_is_connected (store) && g_get_monotonic_time () - start < 15 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick_id);
  g_assert_true (pt_store_is_connected (store));
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, 1);
  g_assert_no_error (error);
  pt_test_add_patient (store, "After Return", "C-2", "1981-04-02");
  g_assert_cmpint (pt_store_count_patients (store, TRUE, &error), ==, 2);

  /* The store goes while an attempt runs: nothing calls back into it. */
  relay_go_silent (relay);
  while (pt_store_is_connected (store))
    {
      pt_store_poll_changes (store);
      g_main_context_iteration (NULL, TRUE);
    }
  pt_store_poll_changes (store);
  g_clear_object (&store);
  g_usleep (2500 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  relay_stop (relay);
  pt_test_clinic_drop (schema);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/connect/open-not-answering", test_open_not_answering);
  g_test_add_func ("/connect/open-cancelled", test_open_cancelled);
  g_test_add_func ("/connect/open-file-refused", test_open_file_refused);
  g_test_add_func ("/connect/reconnect-in-worker", test_reconnect_in_worker);

  return g_test_run ();
}
