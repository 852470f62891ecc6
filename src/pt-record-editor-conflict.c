/* pt-record-editor-conflict.c: a save refused because another workstation
 * saved the same record first
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store refuses to save a record over a version the form was not
 * opened on (PT_ERROR_CONFLICT, pt-store-conflict.c), and says who
 * changed it, when, and both values of every field that differs. The
 * form keeps everything typed and asks what to do:
 *  - Save Mine: the fields changed in this form go on top of the record
 *    as it is stored now (pt_record_rebase), the other workstation's
 *    changes stay in every other field. It is the default answer, unless
 *    both changed the same field: then Keep Editing is, so that Return
 *    does not overwrite a colleague's value unseen.
 *  - Keep Editing: back to the form, as it was.
 *  - Discard Mine: the form closes, and the window shows the record as the
 *    other workstation saved it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-record-editor-private.h"

static void
conflict_response_cb (PtRecordEditor *self,
                      const char     *response)
{
  g_autoptr(PtRecord) theirs = g_steal_pointer (&self->theirs);

  if (theirs == NULL || g_strcmp0 (response, "keep") == 0)
    return;

  if (g_strcmp0 (response, "discard") == 0)
    {
      pt_record_editor_finish (self, theirs);
      return;
    }

  if (g_strcmp0 (response, "save") == 0)
    {
      g_autoptr(PtRecord) rebased = pt_record_rebase (self->record, self->original, theirs, NULL);

      /* The form edits the stored version now; saving it may still be
       * refused, by a third change in between, or by a check. */
      pt_record_editor_set_records (self, rebased, theirs);
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
    }
}

void
pt_record_editor_show_conflict (PtRecordEditor *self,
                                const GError   *error)
{
  g_autoptr(GError) load_error = NULL;
  g_autoptr(PtRecord) theirs = NULL;
  g_autoptr(PtRecord) rebased = NULL;
  g_auto(GStrv) clashes = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  theirs = pt_store_get_record (self->store, G_OBJECT_TYPE (self->record),
                                pt_record_get_id (self->record), &load_error);
  if (theirs == NULL)
    {
      /* Deleted meanwhile, or the server is gone: the message the form
       * shows says what was refused; there is nothing to save on top of. */
      g_debug ("No stored record after a conflict: %s", load_error->message);
      return;
    }
  rebased = pt_record_rebase (self->record, self->original, theirs, &clashes);
  g_set_object (&self->theirs, theirs);

  body = g_strdup_printf ("%s\n\n%s", error->message,
                          clashes != NULL
                          ? _("You both changed some of the same fields. Save Mine keeps what "
                              "you typed in those, and the other workstation’s changes in the "
                              "rest.")
                          : _("Save Mine keeps the other workstation’s changes and adds yours."));

  pt_record_editor_destroy_dialog (&self->conflict_dialog);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Changed at Another Workstation"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard Mine"),
                                    "keep", _("_Keep Editing"),
                                    "save", _("_Save Mine"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, clashes != NULL ? "keep" : "save");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->conflict_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->conflict_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
