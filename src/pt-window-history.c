/* pt-window-history.c: the history of changes, and who the window writes as
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The patient menu's History of Changes (win.patient-history) and the
 * record table's History button (win.entry-history) open a
 * PtHistoryDialog on core's audit trail. The store records the clinician
 * of Preferences (default-clinician) for every change the window saves;
 * an empty one leaves core's default, the login name.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-audit.h"
#include "pt-history-dialog.h"
#include "pt-window-private.h"

void
pt_window_apply_clinician (PtWindow *self)
{
  g_autofree char *name = NULL;

  if (self->store == NULL)
    return;

  if (self->settings != NULL)
    name = g_settings_get_string (self->settings, "default-clinician");
  pt_store_set_clinician (self->store, name);
}

static void
present_history (PtWindow   *self,
                 const char *subtitle,
                 GPtrArray  *entries,
                 GError     *error)
{
  PtHistoryDialog *dialog;

  if (entries == NULL)
    {
      pt_window_show_error (self, error);
      return;
    }

  dialog = pt_history_dialog_new (GTK_WINDOW (self), subtitle, entries,
                                  pt_window_get_unit (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
patient_history_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtPatient *patient = pt_window_get_shown_patient (self);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || patient == NULL)
    return;

  entries = pt_store_list_audit (self->store, NULL, pt_record_get_id (PT_RECORD (patient)),
                                 &error);
  present_history (self, pt_patient_get_name (patient), entries, error);
}

static void
entry_history_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtPatient *patient = pt_window_get_shown_patient (self);
  PtRecordTable *table;
  PtRecord *record;
  g_autofree char *subtitle = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || patient == NULL)
    return;

  table = pt_patient_page_get_visible_table (pt_window_ensure_patient_page (self));
  record = table != NULL ? pt_record_table_get_selected (table) : NULL;
  if (record == NULL)
    return;

  /* Translators: whose record the history is of, and the record's number */
  subtitle = g_strdup_printf (_("%s, record no. %lld"), pt_patient_get_name (patient),
                              (long long) pt_record_get_id (record));
  entries = pt_store_list_record_audit (self->store, record, &error);
  present_history (self, subtitle, entries, error);
}

void
pt_window_class_install_history_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.patient-history", NULL,
                                   patient_history_action);
  gtk_widget_class_install_action (widget_class, "win.entry-history", NULL,
                                   entry_history_action);
}
