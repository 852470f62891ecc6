/* pt-report-dialog.c: what goes into a progress report, asked before export
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export Progress Report asks two things before the file: the period the
 * report covers (all records, or the last 3, 6 or 12 months), and the
 * clinic's name for the report's header while Preferences has none. The
 * name typed here is saved to the same setting Preferences shows.
 *
 * Built in code: two rows in an AdwMessageDialog's extra child.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-date.h"
#include "pt-report-dialog.h"

struct _PtReportDialog
{
  AdwMessageDialog  parent_instance;

  GSettings        *settings;     /* NULL: no clinic name to ask or save */
  AdwEntryRow      *clinic_row;   /* NULL when the clinic has a name */
  AdwComboRow      *period_row;
};

G_DEFINE_FINAL_TYPE (PtReportDialog, pt_report_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const guint period_months[] = { 0, 3, 6, 12 };

/* Connected first, so the name is saved before anyone acts on the answer. */
static void
responded_cb (PtReportDialog *self,
              const char     *response)
{
  if (g_str_equal (response, "export") && self->clinic_row != NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
                                                      GTK_EDITABLE (self->clinic_row))));

      if (*name != '\0')
        g_settings_set_string (self->settings, "clinic-name", name);
    }
}

static void
pt_report_dialog_dispose (GObject *object)
{
  PtReportDialog *self = PT_REPORT_DIALOG (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pt_report_dialog_parent_class)->dispose (object);
}

static void
pt_report_dialog_class_init (PtReportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pt_report_dialog_dispose;
}

static void
pt_report_dialog_init (PtReportDialog *self)
{
  const char *periods[] = {
    _("All records"), _("Last 3 months"), _("Last 6 months"), _("Last 12 months"), NULL,
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (periods);

  self->period_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->period_row), _("_Period"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->period_row), TRUE);
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (model));

  g_signal_connect (self, "response", G_CALLBACK (responded_cb), NULL);
}

PtReportDialog *
pt_report_dialog_new (GtkWindow *parent,
                      GSettings *settings)
{
  PtReportDialog *self;
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *clinic = settings != NULL ? g_settings_get_string (settings, "clinic-name")
                                             : NULL;

  self = g_object_new (PT_TYPE_REPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", _("Export Progress Report"),
                       NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  if (settings != NULL && (clinic == NULL || *clinic == '\0'))
    {
      self->settings = g_object_ref (settings);
      self->clinic_row = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->clinic_row), _("Clinic _Name"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->clinic_row), TRUE);
      adw_entry_row_set_activates_default (self->clinic_row, TRUE);
      gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->clinic_row));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   _("The report’s header names the clinic. It is kept for "
                                     "the next reports and can be changed in Preferences."));
    }
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                 _("Choose the period the report covers."));

  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->period_row));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);

  return self;
}

PtReportPeriod
pt_report_dialog_get_period (PtReportDialog *self)
{
  guint selected;

  g_return_val_if_fail (PT_IS_REPORT_DIALOG (self), PT_REPORT_PERIOD_ALL);

  selected = adw_combo_row_get_selected (self->period_row);
  return selected < G_N_ELEMENTS (period_months) ? (PtReportPeriod) selected : PT_REPORT_PERIOD_ALL;
}

char *
pt_report_period_start (PtReportPeriod  period,
                        const char     *today)
{
  g_return_val_if_fail ((guint) period < G_N_ELEMENTS (period_months), NULL);

  if (period_months[period] == 0)
    return NULL;
  return pt_date_months_before (today, period_months[period]);
}
