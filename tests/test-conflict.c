/* test-conflict.c: two workstations editing one record (issue 20)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every record has a version; an edit made on a copy that another
 * workstation has since saved over is refused with who changed it, when,
 * and both versions, and the edit stays with whoever made it. Runs on a
 * file and on the clinic server (tests/meson.build).
 */

#include "config.h"

#include <string.h>

#include "pt-audit.h"
#include "pt-error.h"
#include "pt-test-utils.h"

typedef struct
{
  PtTestFixture  base;
  PtStore       *other;    /* a second workstation on the same clinic */
  gint64         patient;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  pt_test_fixture_set_up (&f->base, data);
  pt_store_set_clinician (f->base.store, "Dr Ana Ruiz");
  f->patient = pt_test_add_patient (f->base.store, "Jane Doe", "PT-1", PT_TEST_BIRTH);

  f->other = pt_store_open (f->base.path, &error);
  g_assert_no_error (error);
  pt_store_set_clinician (f->other, "Dr Ben Okafor");
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&f->other));
  pt_test_fixture_tear_down (&f->base, data);
}

static PtPatient *
load (PtStore *store,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  PtPatient *patient = pt_store_get_patient (store, id, &error);

  g_assert_no_error (error);
  return patient;
}

static char *
text_of (gpointer    record,
         const char *property)
{
  char *text = NULL;

  g_object_get (record, property, &text, NULL);
  return text;
}

/* A new record is version 1, and each saved change adds one; a save that
 * changes nothing adds nothing. */
static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PtPatient) patient = load (f->base.store, f->patient);
  g_autoptr(PtPatient) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pt_record_get_version (PT_RECORD (patient)), ==, 1);

  g_object_set (patient, "notes", "First visit", NULL);
  g_assert_true (pt_store_update_patient (f->base.store, patient, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_record_get_version (PT_RECORD (patient)), ==, 2);

  g_assert_true (pt_store_update_patient (f->base.store, patient, &error));
  g_assert_cmpint (pt_record_get_version (PT_RECORD (patient)), ==, 2);

  again = load (f->other, f->patient);
  g_assert_cmpint (pt_record_get_version (PT_RECORD (again)), ==, 2);
}

/* The reference case: A changes the contact, B (opened before A saved)
 * the notes. B's save is refused and says so; A's stays; B still holds its
 * notes, and put on top of A's version they are saved with A's contact. */
static void
test_second_save_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PtPatient) at_a = load (f->base.store, f->patient);
  g_autoptr(PtPatient) original = load (f->other, f->patient);
  g_autoptr(PtPatient) at_b = PT_PATIENT (pt_record_copy (PT_RECORD (original)));
  g_autoptr(PtPatient) stored = NULL;
  g_autoptr(PtPatient) theirs = NULL;
  g_autoptr(PtRecord) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) clashes = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *contact = NULL;

  g_object_set (at_a, "contact", "07700 900123", NULL);
  g_assert_true (pt_store_update_patient (f->base.store, at_a, &error));
  g_assert_no_error (error);

  g_object_set (at_b, "notes", "Left calf tight after 10 km", NULL);
  g_assert_false (pt_store_update_patient (f->other, at_b, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_CONFLICT);
  g_test_message ("%s", error->message);
  pt_test_assert_contains (error->message,
                           "This patient was changed at another workstation by Dr Ana Ruiz at ");
  /* Both versions of each field in which they differ. */
  pt_test_assert_contains (error->message, "\nContact: now “07700 900123”, yours “—”");
  pt_test_assert_contains (error->message, "\nNotes: now “—”, yours “Left calf tight after 10 km”");
  g_assert_null (strstr (error->message, "Name:"));
  g_clear_error (&error);

  /* Nothing of B's was written, and B still has it. */
  stored = load (f->base.store, f->patient);
  contact = text_of (stored, "contact");
  g_assert_cmpstr (contact, ==, "07700 900123");
  g_clear_pointer (&notes, g_free);
  notes = text_of (stored, "notes");
  g_assert_null (notes);
  notes = text_of (at_b, "notes");
  g_assert_cmpstr (notes, ==, "Left calf tight after 10 km");
  g_assert_cmpint (pt_record_get_version (PT_RECORD (at_b)), ==, 1);

  /* B's edit on top of A's: both kept. */
  theirs = load (f->other, f->patient);
  merged = pt_record_rebase (PT_RECORD (at_b), PT_RECORD (original), PT_RECORD (theirs),
                             &clashes);
  g_assert_null (clashes);
  g_assert_cmpint (pt_record_get_version (merged), ==, 2);
  g_assert_true (pt_store_update_patient (f->other, PT_PATIENT (merged), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_record_get_version (merged), ==, 3);

  g_clear_object (&stored);
  g_clear_pointer (&contact, g_free);
  g_clear_pointer (&notes, g_free);
  stored = load (f->base.store, f->patient);
  contact = text_of (stored, "contact");
  notes = text_of (stored, "notes");
  g_assert_cmpstr (contact, ==, "07700 900123");
  g_assert_cmpstr (notes, ==, "Left calf tight after 10 km");

  /* A's copy is now the stale one. */
  g_object_set (at_a, "name", "Jane Doe-Smith", NULL);
  g_assert_false (pt_store_update_patient (f->base.store, at_a, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_CONFLICT);
  pt_test_assert_contains (error->message, "by Dr Ben Okafor at ");
}

/* Both changed the same field: the rebase names it, and takes this
 * workstation's value only when asked to save it. */
static void
test_clash (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PtPatient) at_a = load (f->base.store, f->patient);
  g_autoptr(PtPatient) original = load (f->other, f->patient);
  g_autoptr(PtPatient) at_b = PT_PATIENT (pt_record_copy (PT_RECORD (original)));
  g_autoptr(PtPatient) theirs = NULL;
  g_autoptr(PtRecord) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) clashes = NULL;
  g_autofree char *notes = NULL;

  g_object_set (at_a, "notes", "Seen by A", "contact", "jane@example.org", NULL);
  g_assert_true (pt_store_update_patient (f->base.store, at_a, &error));
  g_object_set (at_b, "notes", "Seen by B", NULL);
  g_assert_false (pt_store_update_patient (f->other, at_b, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_CONFLICT);

  theirs = load (f->other, f->patient);
  merged = pt_record_rebase (PT_RECORD (at_b), PT_RECORD (original), PT_RECORD (theirs),
                             &clashes);
  g_assert_nonnull (clashes);
  g_assert_cmpuint (g_strv_length (clashes), ==, 1);
  g_assert_cmpstr (clashes[0], ==, "notes");
  notes = text_of (merged, "notes");
  g_assert_cmpstr (notes, ==, "Seen by B");
  g_clear_pointer (&notes, g_free);
  notes = text_of (merged, "contact");
  g_assert_cmpstr (notes, ==, "jane@example.org");
}

/* Saving a stale copy that changes nothing is no conflict: the copy is
 * brought to the stored version. */
static void
test_unchanged_stale_copy (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PtPatient) at_a = load (f->base.store, f->patient);
  g_autoptr(PtPatient) at_b = load (f->other, f->patient);
  g_autoptr(GError) error = NULL;

  g_object_set (at_a, "notes", "Changed at A", NULL);
  g_assert_true (pt_store_update_patient (f->base.store, at_a, &error));
  g_object_set (at_b, "notes", "Changed at A", NULL);
  g_assert_true (pt_store_update_patient (f->other, at_b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_record_get_version (PT_RECORD (at_b)), ==, 2);
}

/* A record deleted and put back (undo) is a new version: a copy read
 * before the delete cannot be saved over it unawares. */
static void
test_restored_is_newer (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PtPatient) at_a = load (f->base.store, f->patient);
  g_autoptr(PtPatient) at_b = load (f->other, f->patient);
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_store_delete (f->base.store, PT_RECORD (at_a), &error));
  g_assert_no_error (error);
  g_assert_true (pt_store_restore (f->base.store, PT_RECORD (at_a), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pt_record_get_version (PT_RECORD (at_a)), ==, 2);

  g_object_set (at_b, "notes", "From before the delete", NULL);
  g_assert_false (pt_store_update_patient (f->other, at_b, &error));
  g_assert_error (error, PT_ERROR, PT_ERROR_CONFLICT);
}

static void
count_cb (PtStore *store,
          guint   *n)
{
  (*n)++;
}

/* Polls @store until it has heard of a change (a server's notification
 * takes a moment to arrive), for at most 10 s. */
static gboolean
heard (PtStore *store)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      if (pt_store_poll_changes (store))
        return TRUE;
      g_usleep (20 * 1000);
    }
  return FALSE;
}

/* A watching workstation hears of the other's saves, not of its own. */
static void
test_changed_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PtPatient) at_a = load (f->base.store, f->patient);
  g_autoptr(PtPatient) at_b = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_signal_connect (f->other, "changed-elsewhere", G_CALLBACK (count_cb), &n);
  g_assert_true (pt_store_watch_changes (f->other, &error));
  g_assert_no_error (error);
  g_assert_false (pt_store_poll_changes (f->other));

  g_object_set (at_a, "notes", "Saved at A", NULL);
  g_assert_true (pt_store_update_patient (f->base.store, at_a, &error));
  g_assert_true (heard (f->other));
  g_assert_cmpuint (n, ==, 1);
  g_assert_false (pt_store_poll_changes (f->other));

  /* Its own save is no news to it. */
  at_b = load (f->other, f->patient);
  g_object_set (at_b, "notes", "Saved at B", NULL);
  g_assert_true (pt_store_update_patient (f->other, at_b, &error));
  g_usleep (200 * 1000);
  g_assert_false (pt_store_poll_changes (f->other));
  g_assert_cmpuint (n, ==, 1);

  /* A new patient at A is news again. */
  pt_test_add_patient (f->base.store, "John Roe", "PT-2", PT_TEST_BIRTH);
  g_assert_true (heard (f->other));
  g_assert_cmpuint (n, ==, 2);
}

/* Reads one line of a workstation's output. */
static char *
read_line (GDataInputStream *out)
{
  g_autoptr(GError) error = NULL;
  char *line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (line);
  return line;
}

typedef struct
{
  GSubprocess      *process;
  GOutputStream    *in;
  GDataInputStream *out;
} Workstation;

static void
workstation_start (Workstation *w,
                   const char  *location,
                   const char  *clinician,
                   gint64       patient,
                   const char  *field,
                   const char  *value)
{
  const char *program = g_getenv ("PT_TEST_WORKSTATION");
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, patient);
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  g_assert_nonnull (program);
  w->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                 &error, program, location, clinician, id, field, value, NULL);
  g_assert_no_error (error);
  w->in = g_subprocess_get_stdin_pipe (w->process);
  w->out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (w->process));
  line = read_line (w->out);
  g_assert_cmpstr (line, ==, "loaded 1");
}

static void
workstation_send (Workstation *w,
                  const char  *step)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_strconcat (step, "\n", NULL);

  g_output_stream_write_all (w->in, line, strlen (line), NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
workstation_finish (Workstation *w)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_close (w->in, NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (w->process, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&w->out);
  g_clear_object (&w->process);
}

/* Two processes with the same patient open: the second save gets the
 * conflict message, neither edit is lost, and the second goes in on top
 * of the first. */
static void
test_two_processes (Fixture       *f,
                    gconstpointer  data)
{
  Workstation a = { 0 }, b = { 0 };
  g_autoptr(PtPatient) stored = NULL;
  g_autoptr(GString) message = g_string_new (NULL);
  g_autofree char *line = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *notes = NULL;

  workstation_start (&a, f->base.path, "Dr Ana Ruiz", f->patient, "contact", "07700 900123");
  workstation_start (&b, f->base.path, "Dr Ben Okafor", f->patient, "notes", "Hill repeats fine");

  workstation_send (&a, "save");
  line = read_line (a.out);
  g_assert_cmpstr (line, ==, "saved 2");
  g_clear_pointer (&line, g_free);

  workstation_send (&b, "save");
  line = read_line (b.out);
  g_assert_cmpstr (line, ==, "conflict");
  for (;;)
    {
      g_clear_pointer (&line, g_free);
      line = read_line (b.out);
      if (g_str_equal (line, "."))
        break;
      g_string_append_printf (message, "%s\n", line);
    }
  g_test_message ("%s", message->str);
  pt_test_assert_contains (message->str, "changed at another workstation by Dr Ana Ruiz at ");
  pt_test_assert_contains (message->str, "Contact: now “07700 900123”, yours “—”");
  pt_test_assert_contains (message->str, "kept Hill repeats fine\n");

  /* The first save is what is stored. */
  stored = load (f->base.store, f->patient);
  contact = text_of (stored, "contact");
  notes = text_of (stored, "notes");
  g_assert_cmpstr (contact, ==, "07700 900123");
  g_assert_null (notes);

  /* And the second goes in on top of it. */
  workstation_send (&b, "merge");
  g_clear_pointer (&line, g_free);
  line = read_line (b.out);
  g_assert_cmpstr (line, ==, "merged 3");
  workstation_finish (&a);
  workstation_finish (&b);

  g_clear_object (&stored);
  g_clear_pointer (&contact, g_free);
  stored = load (f->base.store, f->patient);
  contact = text_of (stored, "contact");
  notes = text_of (stored, "notes");
  g_assert_cmpstr (contact, ==, "07700 900123");
  g_assert_cmpstr (notes, ==, "Hill repeats fine");
  g_assert_cmpint (pt_record_get_version (PT_RECORD (stored)), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/conflict/versions", test_versions);
  ADD ("/conflict/second-save-refused", test_second_save_refused);
  ADD ("/conflict/clash", test_clash);
  ADD ("/conflict/unchanged-stale-copy", test_unchanged_stale_copy);
  ADD ("/conflict/restored-is-newer", test_restored_is_newer);
  ADD ("/conflict/two-processes", test_two_processes);
  ADD ("/conflict/changed-elsewhere", test_changed_elsewhere);
#undef ADD

  return g_test_run ();
}
