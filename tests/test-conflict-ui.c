/* test-conflict-ui.c: a form saved after another workstation saved the
 * same record, driven with the keyboard (issue 20)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PtRecordEditor under Xvfb with real key presses and clicks
 * (pt-test-input.h). A second store on the same clinic plays the other
 * workstation. The save is refused with who changed the record and both
 * versions; nothing typed is lost; Return saves on top of the other
 * workstation's change unless both changed the same field, and Alt+D gives
 * the form's changes up.
 */

#include "config.h"

#include <string.h>

#include "pt-audit.h"
#include "pt-record-editor.h"
#include "pt-test-input.h"
#include "pt-test-utils.h"
#include "pt-test-window.h"
#include "pt-window.h"

#define SCHEMA_ID "io.github.prolotrack.ProloTrack"

typedef struct
{
  PtTestFixture  db;
  PtStore       *other;     /* the other workstation */
  GSettings     *settings;
  PtRecord      *saved;
  gint64         patient_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  pt_test_fixture_set_up (&fixture->db, data);
  pt_store_set_clinician (fixture->db.store, "Dr Ben Okafor");
  fixture->settings = g_settings_new (SCHEMA_ID);
  g_settings_reset (fixture->settings, "distance-unit");
  fixture->patient_id = pt_test_add_patient (fixture->db.store, "Ana Runner", "PT-0001",
                                             "1990-05-04");
  fixture->other = pt_store_open (fixture->db.path, &error);
  g_assert_no_error (error);
  pt_store_set_clinician (fixture->other, "Dr Ana Ruiz");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->saved);
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (g_steal_pointer (&fixture->other));
  pt_test_fixture_tear_down (&fixture->db, data);
}

static void
saved_cb (PtRecordEditor *editor,
          PtRecord       *record,
          Fixture        *fixture)
{
  g_set_object (&fixture->saved, record);
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

/* The other workstation saves @property of the patient as @value. */
static void
other_saves (Fixture    *fixture,
             const char *property,
             const char *value)
{
  g_autoptr(PtPatient) patient = load (fixture->other, fixture->patient_id);
  g_autoptr(GError) error = NULL;

  g_object_set (patient, property, value, NULL);
  g_assert_true (pt_store_update_patient (fixture->other, patient, &error));
  g_assert_no_error (error);
}

/* The patient's form, shown, with the X input focus. */
static PtRecordEditor *
open_editor (Fixture *fixture)
{
  g_autoptr(PtPatient) patient = load (fixture->db.store, fixture->patient_id);
  PtRecordEditor *editor = pt_record_editor_new (NULL, fixture->db.store, PT_RECORD (patient),
                                                 fixture->settings);

  g_object_ref_sink (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), fixture);
  pt_test_input_focus (GTK_WINDOW (editor));
  pt_test_input_settle (50);
  return editor;
}

/* Clicks into @property's field, selects what it holds and types @text. */
static void
type_into (PtRecordEditor *editor,
           const char     *property,
           const char     *text)
{
  GtkWidget *widget = pt_record_editor_get_field_widget (editor, property);

  pt_test_input_click (widget);
  pt_test_input_settle (50);
  g_assert_true (pt_test_input_focus_in (GTK_WINDOW (editor), widget));
  pt_test_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  pt_test_input_type (text);
  pt_test_input_settle (50);
}

static AdwMessageDialog *
find_question (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), "Changed at Another Workstation") == 0)
      return l->data;

  return NULL;
}

static gboolean
question_shown (gpointer data)
{
  AdwMessageDialog *dialog = find_question ();

  return dialog != NULL && gtk_window_is_active (GTK_WINDOW (dialog));
}

static gboolean
question_gone (gpointer data)
{
  return find_question () == NULL;
}

static gboolean
editor_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
close_editor (PtRecordEditor *editor)
{
  gtk_window_destroy (GTK_WINDOW (editor));
  pt_test_input_settle (20);
  g_assert_finalize_object (editor);
}

/* What a field's widget shows. */
static char *
shown_text (GtkWidget *widget)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
text_of (gpointer    record,
         const char *property)
{
  char *text = NULL;

  g_object_get (record, property, &text, NULL);
  return text;
}

/* This form changes the contact, the other workstation the notes, first:
 * the save says so, and Return saves the contact on top of their notes. */
static void
test_save_mine (Fixture       *fixture,
                gconstpointer  data)
{
  PtRecordEditor *editor = open_editor (fixture);
  g_autoptr(PtPatient) stored = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *notes = NULL;
  AdwMessageDialog *question;
  const char *body;

  type_into (editor, "contact", "07700 900456");
  other_saves (fixture, "notes", "Hill repeats fine");

  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_wait_for (question_shown, NULL));
  question = find_question ();
  body = adw_message_dialog_get_body (question);
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "This patient was changed at another workstation by "
                                  "Dr Ana Ruiz at "));
  g_assert_nonnull (strstr (body, "Notes: now “Hill repeats fine”, yours “—”"));
  g_assert_nonnull (strstr (body, "Contact: now “—”, yours “07700 900456”"));
  pt_test_input_save_shot (GTK_WIDGET (question), "conflict-question");
  g_assert_null (fixture->saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  /* Nothing of this form's was written meanwhile. */
  stored = load (fixture->db.store, fixture->patient_id);
  contact = text_of (stored, "contact");
  g_assert_null (contact);

  /* Return: Save Mine, the default when no field was changed by both. */
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (editor_hidden, editor));
  g_assert_nonnull (fixture->saved);
  close_editor (editor);

  g_clear_object (&stored);
  stored = load (fixture->db.store, fixture->patient_id);
  contact = text_of (stored, "contact");
  notes = text_of (stored, "notes");
  g_assert_cmpstr (contact, ==, "07700 900456");
  g_assert_cmpstr (notes, ==, "Hill repeats fine");
  g_assert_cmpint (pt_record_get_version (PT_RECORD (stored)), ==, 3);
}

/* Both change the contact: Return keeps the form open as it was (nothing
 * overwritten unseen), and Alt+D gives this form's value up for theirs. */
static void
test_clash_keeps_editing (Fixture       *fixture,
                          gconstpointer  data)
{
  PtRecordEditor *editor = open_editor (fixture);
  g_autoptr(PtPatient) stored = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *shown = NULL;

  type_into (editor, "contact", "07700 900456");
  other_saves (fixture, "contact", "07700 900123");

  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_wait_for (question_shown, NULL));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (find_question ()),
                            "Contact: now “07700 900123”, yours “07700 900456”"));

  /* Return: Keep Editing. The form still holds what was typed. */
  pt_test_input_key (GDK_KEY_Return, 0);
  g_assert_true (pt_test_input_wait_for (question_gone, NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_null (fixture->saved);
  shown = shown_text (pt_record_editor_get_field_widget (editor, "contact"));
  g_assert_cmpstr (shown, ==, "07700 900456");

  /* Saving again asks again; Alt+D discards this form's contact. */
  pt_test_input_focus (GTK_WINDOW (editor));
  pt_test_input_key (GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_true (pt_test_input_wait_for (question_shown, NULL));
  pt_test_input_key (GDK_KEY_d, GDK_ALT_MASK);
  g_assert_true (pt_test_input_wait_for (editor_hidden, editor));
  g_assert_nonnull (fixture->saved);
  contact = text_of (fixture->saved, "contact");
  g_assert_cmpstr (contact, ==, "07700 900123");
  close_editor (editor);

  stored = load (fixture->db.store, fixture->patient_id);
  g_clear_pointer (&contact, g_free);
  contact = text_of (stored, "contact");
  g_assert_cmpstr (contact, ==, "07700 900123");
  g_assert_cmpint (pt_record_get_version (PT_RECORD (stored)), ==, 2);
}

static gboolean
shows_label (gpointer data)
{
  PtTestWindowFixture *fixture = data;

  return pt_test_has_label (GTK_WIDGET (fixture->window), "Renamed Elsewhere");
}

/* The window's list and open patient show what another workstation
 * saved, within seconds, without a restart. */
static void
test_window_refreshes (PtTestWindowFixture *fixture,
                       gconstpointer        data)
{
  g_autoptr(PtStore) other = NULL;
  g_autoptr(PtPatient) patient = NULL;
  g_autoptr(GError) error = NULL;

  pt_test_window_fixture_open (fixture);
  other = pt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  patient = pt_store_find_patient_by_record_number (other, "PT-0001", &error);
  g_assert_no_error (error);
  pt_window_show_patient (fixture->window, pt_record_get_id (PT_RECORD (patient)));
  g_assert_true (pt_test_window_wait_for_patient (fixture->window, "PT-0001"));
  g_assert_false (shows_label (fixture));

  g_object_set (patient, "name", "Renamed Elsewhere", NULL);
  g_assert_true (pt_store_update_patient (other, patient, &error));
  g_assert_no_error (error);

  g_assert_true (pt_test_input_wait_for (shows_label, fixture));
  g_assert_cmpstr (pt_test_window_shown_record (fixture->window), ==,
                   pt_patient_get_record_number (patient));
  pt_test_input_save_shot (GTK_WIDGET (fixture->window), "changed-elsewhere");
}

int
main (int   argc,
      char *argv[])
{
  pt_test_window_init (&argc, &argv, NULL);

  g_test_add ("/ui/conflict/save-mine", Fixture, NULL, fixture_set_up, test_save_mine,
              fixture_tear_down);
  g_test_add ("/ui/conflict/clash-keeps-editing", Fixture, NULL, fixture_set_up,
              test_clash_keeps_editing, fixture_tear_down);
  g_test_add ("/ui/conflict/window-refreshes", PtTestWindowFixture, NULL,
              pt_test_window_fixture_set_up, test_window_refreshes,
              pt_test_window_fixture_tear_down);

  return pt_test_window_run ();
}
