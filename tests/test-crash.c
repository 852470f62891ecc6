/* test-crash.c: a writer killed at any moment loses no acknowledged write
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pt-crash-writer does the numbered writes of pt-crash-ops.c through the
 * core API and says "ack N" after each commit. This test starts it again
 * and again on one file and kills it with SIGKILL after a random delay
 * (10 µs to 50 ms, log-uniform, from its start, from its first
 * acknowledged write or, a fifth of the time, while it opens the store),
 * PROLOTRACK_CRASH_KILLS times (300 unless set).
 * After each kill it opens a copy of the file as the next program would
 * (the original keeps its write-ahead log for the next writer to recover)
 * and checks: it opens at the current format, integrity_check and
 * foreign_key_check are clean, the patient summaries agree with the
 * records, and the records are exactly those of the writes acknowledged
 * so far, or of those and the one write that was under way, never
 * anything else: a second store, given the same writes without crashes,
 * is the reference. The seed is printed; PROLOTRACK_CRASH_SEED repeats a
 * run's choices of moments and delays (where a kill lands still depends on
 * the machine's speed).
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pt-crash-ops.h"
#include "pt-test-db.h"
#include "pt-test-summary.h"
#include "pt-test-utils.h"

#define TODAY "2026-11-20"
#define DEFAULT_KILLS 300
#define MIN_DELAY_US 10.0
#define MAX_DELAY_US 50000.0

typedef struct
{
  char    *dir;
  char    *path;        /* the writer's file */
  char    *check_path;  /* the copy each check opens */
  char    *ref_path;
  PtStore *ref;
  guint64  ref_writes;  /* writes 0 .. ref_writes - 1 applied to ref */
  guint64  durable;     /* writes the file is known to hold */
  GRand   *rand;

  guint    kills;
  guint    kills_opening;
  guint    kills_writing;   /* after its first write had begun */
  guint    in_flight_kept;
} Harness;

typedef struct
{
  gboolean ready;
  gboolean any_ack;
  guint64  last_ack;
} WriterOutput;

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_remove (to);
  if (!g_file_test (from, G_FILE_TEST_EXISTS))
    return;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, (gssize) length, &error);
  g_assert_no_error (error);
}

static void
remove_with_logs (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* Reads what the writer said until @until is in @buffer or the pipe ends. */
static void
read_output (int         fd,
             GString    *buffer,
             const char *until)
{
  for (;;)
    {
      struct pollfd pfd = { .fd = fd, .events = POLLIN };
      char chunk[4096];
      ssize_t n;
      int ready;

      if (until != NULL && strstr (buffer->str, until) != NULL)
        return;

      ready = poll (&pfd, 1, 60 * 1000);
      if (ready < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (ready, ==, 1);

      n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >=, 0);
      if (n == 0)
        return;
      g_string_append_len (buffer, chunk, n);
    }
}

/* The acknowledgements, which must count up from @first without a gap. */
static WriterOutput
parse_output (const char *text,
              guint64     first)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  WriterOutput out = { 0 };
  guint64 expected = first;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "ready"))
        out.ready = TRUE;
      else if (g_str_has_prefix (lines[i], "ack "))
        {
          guint64 n = g_ascii_strtoull (lines[i] + 4, NULL, 10);

          /* A line cut short by the kill is not an acknowledgement. */
          if (lines[i + 1] == NULL)
            break;
          g_assert_true (out.ready);
          g_assert_cmpuint (n, ==, expected);
          expected++;
          out.any_ack = TRUE;
          out.last_ack = n;
        }
      else
        g_assert_cmpstr (lines[i], ==, "");
    }

  return out;
}

static double
random_delay_us (Harness *h)
{
  return exp (g_rand_double_range (h->rand, log (MIN_DELAY_US), log (MAX_DELAY_US)));
}

/* One writer, started at write @first and killed; returns what it said. */
static WriterOutput
run_and_kill (Harness *h,
              guint64  first)
{
  g_autofree char *first_text = g_strdup_printf ("%" G_GUINT64_FORMAT, first);
  const char *argv[] = { g_getenv ("PT_CRASH_WRITER"), h->path, first_text, NULL };
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  /* A fifth while it opens the store, two fifths from its start, two
   * from its first acknowledged write. */
  int mode = g_rand_int_range (h->rand, 0, 5);
  GPid pid;
  int out_fd, status;

  g_assert_nonnull (argv[0]);
  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);

  if (mode > 0)
    read_output (out_fd, output, mode <= 2 ? "ready\n" : "\nack ");
  g_usleep ((gulong) random_delay_us (h));

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  read_output (out_fd, output, NULL);
  close (out_fd);

  /* It must have died of the kill, not of an error of its own. */
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    g_error ("The writer ended by itself (status %d) before the kill; it said:\n%s",
             status, output->str);

  h->kills++;
  return parse_output (output->str, first);
}

static void
advance_reference (Harness *h,
                   guint64  writes)
{
  while (h->ref_writes < writes)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (pt_crash_op (h->ref, h->ref_writes, &error));
      g_assert_no_error (error);
      h->ref_writes++;
    }
}

/* Checks the file as the next program to open it finds it. */
static void
check_after_kill (Harness      *h,
                  WriterOutput *out,
                  guint64       first)
{
  g_autofree char *wal = g_strconcat (h->path, "-wal", NULL);
  g_autofree char *check_wal = g_strconcat (h->check_path, "-wal", NULL);
  g_autofree char *found = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *version = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint64 acked = out->any_ack ? out->last_ack + 1 : first;

  if (!out->ready)
    h->kills_opening++;

  if (!g_file_test (h->path, G_FILE_TEST_EXISTS))
    {
      /* Killed before it created the file. */
      g_assert_cmpuint (acked, ==, 0);
      return;
    }

  remove_with_logs (h->check_path);
  copy_file (h->path, h->check_path);
  copy_file (wal, check_wal);

  store = pt_store_open (h->check_path, &error);
  g_assert_no_error (error);
  version = pt_store_dup_setting (store, "user_version", &error);
  g_assert_no_error (error);
  g_assert_cmpint (atoi (version), ==, (int) pt_store_get_schema_version ());
  pt_test_db_assert_clean (store);
  pt_test_summary_assert_consistent (store, h->check_path, TODAY);

  /* Every acknowledged write, and at most the one under way. */
  found = pt_test_db_dump_records (h->check_path);
  advance_reference (h, acked);
  expected = pt_test_db_dump_records (h->ref_path);
  if (out->any_ack)
    h->kills_writing++;
  if (g_strcmp0 (found, expected) == 0)
    h->durable = acked;
  else
    {
      g_clear_pointer (&expected, g_free);
      advance_reference (h, acked + 1);
      expected = pt_test_db_dump_records (h->ref_path);
      g_assert_cmpstr (found, ==, expected);
      h->durable = acked + 1;
      h->in_flight_kept++;
      if (!out->any_ack)
        h->kills_writing++;
    }

  g_clear_object (&store);
  remove_with_logs (h->check_path);
}

static guint
kills_wanted (void)
{
  const char *text = g_getenv ("PROLOTRACK_CRASH_KILLS");
  guint64 kills = text != NULL ? g_ascii_strtoull (text, NULL, 10) : DEFAULT_KILLS;

  g_assert_cmpuint (kills, >, 0);
  return (guint) kills;
}

static guint32
seed_wanted (void)
{
  const char *text = g_getenv ("PROLOTRACK_CRASH_SEED");

  if (text != NULL)
    return (guint32) g_ascii_strtoull (text, NULL, 10);
  return (guint32) g_get_real_time () ^ (guint32) getpid ();
}

static void
test_kills (void)
{
  Harness h = { 0 };
  g_autoptr(GError) error = NULL;
  guint wanted = kills_wanted ();
  guint32 seed = seed_wanted ();
  gint64 started = g_get_monotonic_time ();
  double seconds;

  g_test_message ("crash seed %u (PROLOTRACK_CRASH_SEED=%u repeats its delays)", seed, seed);
  h.rand = g_rand_new_with_seed (seed);
  h.dir = pt_test_make_tmp_dir ();
  h.path = g_build_filename (h.dir, "crash.db", NULL);
  h.check_path = g_build_filename (h.dir, "check.db", NULL);
  h.ref_path = g_build_filename (h.dir, "reference.db", NULL);
  h.ref = pt_store_open (h.ref_path, &error);
  g_assert_no_error (error);

  while (h.kills < wanted)
    {
      guint64 first = h.durable;
      WriterOutput out = run_and_kill (&h, first);

      check_after_kill (&h, &out, first);
    }

  /* The last state once more, through the file itself. */
  {
    g_autoptr(PtStore) store = pt_store_open (h.path, &error);
    g_autofree char *found = NULL;
    g_autofree char *expected = NULL;

    g_assert_no_error (error);
    pt_test_db_assert_clean (store);
    found = pt_test_db_dump_records (h.path);
    expected = pt_test_db_dump_records (h.ref_path);
    g_assert_cmpstr (found, ==, expected);
  }

  seconds = (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC;
  g_test_message ("%u kills survived (%u while opening the store, %u among the writes); %"
                  G_GUINT64_FORMAT " acknowledged writes checked present after every kill; "
                  "%u times the write under way was kept; %.1f s", h.kills, h.kills_opening,
                  h.kills_writing, h.durable, h.in_flight_kept, seconds);
  g_printerr ("# crash: %u kills survived, %" G_GUINT64_FORMAT " acknowledged writes "
              "checked, seed %u\n", h.kills, h.durable, seed);
  /* The kills must land among the writes, not only in start-ups. */
  g_assert_cmpuint (h.kills_writing, >=, wanted / 3);

  g_clear_object (&h.ref);
  pt_test_remove_tmp_dir (h.dir);
  g_free (h.dir);
  g_free (h.path);
  g_free (h.check_path);
  g_free (h.ref_path);
  g_rand_free (h.rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PROLOTRACK_TODAY", TODAY, TRUE);
  /* A writer's death is expected here. */
  signal (SIGPIPE, SIG_IGN);

  g_test_add_func ("/core/crash/kills", test_kills);

  return g_test_run ();
}
