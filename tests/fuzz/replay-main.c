/* replay-main.c: runs a fuzz target on every file of corpus folders
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked with each tests/fuzz/fuzz-*.c by the normal compiler, so
 * `meson test --suite fuzz` replays the seed corpus in every build (under
 * ASan and UBSan in _build-asan) without libFuzzer.
 *
 *   fuzz-date CORPUS-DIR-OR-FILE...
 *
 * Exits 1 when a folder holds no input (a corpus that went missing must not
 * pass); a broken invariant aborts.
 */

#include <string.h>
#include <unistd.h>

#include "pt-fuzz.h"

/* The input being replayed, so an exit() in the middle is a failure. */
static const char *replaying;

static void
check_finished (void)
{
  if (replaying == NULL)
    return;
  fprintf (stderr, "%s: the target called exit() on this input\n", replaying);
  _exit (1);
}

static int
replay_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return -1;
    }

  /* A copy of exactly @length bytes, so ASan sees a read past the end;
   * never NULL, as libFuzzer's data is not, even when empty. */
  {
    g_autofree uint8_t *copy = g_malloc (MAX (length, 1));

    memcpy (copy, contents, length);

    replaying = path;
    LLVMFuzzerTestOneInput (copy, length);
    replaying = NULL;
  }
  return 1;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
replay_dir (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  int n = 0;

  if (dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return -1;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  /* The same order every run, so a failure names the same file. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (path, names->pdata[i], NULL);

      if (g_file_test (file, G_FILE_TEST_IS_DIR))
        continue;
      if (replay_file (file) < 0)
        return -1;
      n++;
    }

  return n;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  int total = 0;

  /* Before a target's set-up moves to a folder of its own (fuzz-cli). */
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (paths, g_canonicalize_filename (argv[i], NULL));

  atexit (check_finished);
  LLVMFuzzerInitialize (&argc, &argv);

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s CORPUS-DIR-OR-FILE...\n", argv[0]);
      return 2;
    }

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = paths->pdata[i];
      int n = g_file_test (path, G_FILE_TEST_IS_DIR) ? replay_dir (path) : replay_file (path);
      if (n <= 0)
        {
          fprintf (stderr, "%s: no input could be replayed\n", path);
          return 1;
        }
      printf ("%s: %d inputs replayed, every invariant held\n", path, n);
      total += n;
    }

  printf ("%d inputs\n", total);
  return 0;
}
