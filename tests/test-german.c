/* test-german.c: the app, the CLI and the report in German
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * meson runs this under LANGUAGE=de LC_ALL=de_DE.UTF-8 with the build
 * tree's catalogues (PROLOTRACK_LOCALEDIR=<build>/po), as a clinician in
 * Germany would run the installed app. The main window and the demo
 * patient's page must show German labels and numbers with a decimal comma;
 * prolotrack-cli --help must be German, and the progress report must be
 * German, on A4, with day-first dates and decimal commas.
 *
 * The German words are written out here, not only looked up in the
 * catalogue, so a catalogue that "translates" into English fails too.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "pt-test-utils.h"
#include "pt-test-window.h"

/* Every mapped label's text under @root, one per line. */
static void
collect_labels (GtkWidget *root,
                GString   *out)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (root)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static char *
window_text (PtWindow *window)
{
  GString *out = g_string_new (NULL);

  collect_labels (GTK_WIDGET (window), out);
  return g_string_free (out, FALSE);
}

/* @text holds numbers with a decimal comma, among them @number ("48,7",
 * the reference patient's first Foot Function Index score on the page),
 * and not @number with a decimal point. (Text a clinician typed, such as
 * the demo's "0.5% lidocaine", stays as typed, so not every point is
 * wrong.) */
static void
assert_decimal_commas (const char *text,
                       const char *number)
{
  g_autofree char *point = g_strdelimit (g_strdup (number), ",", '.');
  g_autoptr(GRegex) comma = g_regex_new ("\\d,\\d", 0, 0, NULL);

  if (!g_regex_match (comma, text, 0, NULL))
    g_error ("no decimal comma in:\n%s", text);
  pt_test_assert_contains (text, number);
  if (strstr (text, point) != NULL)
    g_error ("“%s” has a decimal point in:\n%s", point, text);
}

/* @msgid is translated, and into @german (a word written out here). */
static void
assert_german (const char *text,
               const char *msgid,
               const char *german)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, msgid);

  g_assert_cmpstr (translated, !=, msgid);
  g_assert_cmpstr (translated, ==, german);
  pt_test_assert_contains (text, german);
}

/* The list of patients, then the reference patient's page. */
static void
test_window (PtTestWindowFixture *f,
             gconstpointer        data)
{
  g_autofree char *list = NULL;
  g_autofree char *page = NULL;
  g_autoptr(PtPatient) patient = NULL;

  pt_test_window_fixture_open (f);
  list = window_text (f->window);
  assert_german (list, "Patients", "Patienten");
  g_assert_null (strstr (list, "Patients\n"));

  patient = pt_store_find_patient (f->store, "PT-0001", NULL);
  g_assert_nonnull (patient);
  pt_window_show_patient (f->window, pt_record_get_id (PT_RECORD (patient)));
  g_assert_true (pt_test_window_wait_for_patient (f->window, "PT-0001"));
  page = window_text (f->window);
  assert_german (page, "Sessions", "Sitzungen");
  assert_german (page, "Pain", "Schmerz");
  assert_decimal_commas (page, "48,7 %");
}

static char *
run_cli (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s %s failed: %s", argv[0], argv[1], err);
  return out;
}

/* prolotrack-cli --help, as a German clinician's terminal shows it. */
static void
test_cli_help (void)
{
  const char *cli = g_getenv ("PROLOTRACK_CLI");
  g_autofree char *help = NULL;

  g_assert_nonnull (cli);
  help = run_cli ((const char *[]) { cli, "--help", NULL });
  assert_german (help, "Commands:", "Befehle:");
  pt_test_assert_contains (help, g_dgettext (GETTEXT_PACKAGE, "Log a treatment session"));
  g_assert_null (strstr (help, "Log a treatment session"));
}

/* The progress report of the reference patient. */
static void
test_report (PtTestWindowFixture *f,
             gconstpointer        data)
{
  const char *cli = g_getenv ("PROLOTRACK_CLI");
  g_autofree char *pdf = g_build_filename (f->dir, "bericht.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *first = NULL;
  g_autofree char *all = NULL;

  g_assert_nonnull (cli);
  out = run_cli ((const char *[]) { cli, "--database", f->path, "report", "PT-0001",
                                    "--output", pdf, NULL });
  pt_test_assert_pdf_page_size (pdf, 595, 842);   /* A4, the German paper */
  first = pt_test_pdf_text (pdf, 1, 1, FALSE);
  all = pt_test_pdf_text (pdf, 1, 0, FALSE);
  assert_german (all, "Date", "Datum");
  assert_german (all, "Notes", "Notizen");
  /* The summary: "Schmerz von 7,5 auf 2,25" */
  assert_decimal_commas (all, "7,5 auf 2,25");
  /* Day first, in German month names: "4. März 2026" or "04.03.2026". */
  if (strstr (all, "März") == NULL && strstr (all, ".03.2026") == NULL)
    g_error ("no German date in the report:\n%s", first);
  g_assert_null (strstr (all, "March"));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("PROLOTRACK_LOCALEDIR");

  pt_test_window_init (&argc, &argv, "2026-11-20");
  /* gtk_test_init() set en_US.UTF-8; the run asks for German. */
  setlocale (LC_ALL, "");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* Fails here when the de_DE locale is missing. */
  g_assert_true (pt_test_decimal_comma ());

  g_test_add ("/german/window", PtTestWindowFixture, NULL, pt_test_window_fixture_set_up,
              test_window, pt_test_window_fixture_tear_down);
  g_test_add_func ("/german/cli-help", test_cli_help);
  g_test_add ("/german/report", PtTestWindowFixture, NULL, pt_test_window_fixture_set_up,
              test_report, pt_test_window_fixture_tear_down);

  return pt_test_window_run ();
}
