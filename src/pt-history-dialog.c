/* pt-history-dialog.c: who changed what and when, for a patient or a record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the audit trail the window read from core (pt_store_list_audit) in one
 * row per entry, newest first: what was done, when (local time) and by
 * whom, and each changed field as "Pain: 6 → 4" in core's words
 * (pt_audit_change_describe, pt-format). Each row is focusable and its
 * accessible label is the whole entry, so a screen reader reads it as one.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-audit.h"
#include "pt-history-dialog.h"

struct _PtHistoryDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkListBox     *list;

  GPtrArray      *rows;  /* GtkWidget, not owned: the list's */
};

G_DEFINE_FINAL_TYPE (PtHistoryDialog, pt_history_dialog, ADW_TYPE_WINDOW)

static char *
format_when (PtAuditEntry *entry)
{
  g_autoptr(GDateTime) utc = pt_audit_entry_dup_time (entry);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (pt_audit_entry_get_at (entry));

  local = g_date_time_to_local (utc);
  /* Translators: when a change was made, in local time (GDateTime format) */
  return g_date_time_format (local, _("%-d %b %Y, %H:%M"));
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (box, label);
  return label;
}

static GtkWidget *
make_row (PtAuditEntry   *entry,
          PtDistanceUnit  unit)
{
  g_autofree char *what = pt_audit_entry_describe (entry);
  g_autofree char *when = format_when (entry);
  g_autofree char *meta = NULL;
  g_autoptr(GString) spoken = g_string_new (NULL);
  const char *who = pt_audit_entry_get_clinician (entry);
  const char *detail = pt_audit_entry_get_detail (entry);
  const PtAuditChange *changes;
  guint n_changes;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  /* Translators: when a change was made · who made it */
  meta = g_strdup_printf (_("%s · %s"), when, who != NULL ? who : _("another program"));
  add_label (GTK_BOX (box), what, "heading");
  add_label (GTK_BOX (box), meta, "dim-label");
  g_string_append_printf (spoken, "%s. %s.", what, meta);

  if (pt_audit_entry_get_table (entry) == NULL && detail != NULL)
    {
      add_label (GTK_BOX (box), detail, NULL);
      g_string_append_printf (spoken, " %s.", detail);
    }

  changes = pt_audit_entry_get_changes (entry, &n_changes);
  for (guint i = 0; i < n_changes; i++)
    {
      g_autofree char *line = pt_audit_change_describe (entry, &changes[i], unit);

      add_label (GTK_BOX (box), line, NULL);
      g_string_append_printf (spoken, " %s.", line);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  spoken->str, -1);
  return row;
}

static void
load (PtHistoryDialog *self,
      GPtrArray       *entries,
      PtDistanceUnit   unit)
{
  if (entries->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      GtkWidget *row = make_row (entries->pdata[i], unit);

      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_stack_set_visible_child_name (self->stack, "entries");
}

static void
pt_history_dialog_finalize (GObject *object)
{
  PtHistoryDialog *self = PT_HISTORY_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pt_history_dialog_parent_class)->finalize (object);
}

static void
pt_history_dialog_class_init (PtHistoryDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pt_history_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/"
                                               "pt-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PtHistoryDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PtHistoryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PtHistoryDialog, list);
}

static void
pt_history_dialog_init (PtHistoryDialog *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

PtHistoryDialog *
pt_history_dialog_new (GtkWindow      *parent,
                       const char     *subtitle,
                       GPtrArray      *entries,
                       PtDistanceUnit  unit)
{
  PtHistoryDialog *self;

  g_return_val_if_fail (entries != NULL, NULL);

  self = g_object_new (PT_TYPE_HISTORY_DIALOG, "transient-for", parent, NULL);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  load (self, entries, unit);
  return self;
}

guint
pt_history_dialog_get_n_entries (PtHistoryDialog *self)
{
  g_return_val_if_fail (PT_IS_HISTORY_DIALOG (self), 0);

  return self->rows->len;
}

GtkWidget *
pt_history_dialog_get_row (PtHistoryDialog *self,
                           guint            index)
{
  g_return_val_if_fail (PT_IS_HISTORY_DIALOG (self), NULL);

  return index < self->rows->len ? self->rows->pdata[index] : NULL;
}
