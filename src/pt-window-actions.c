/* pt-window-actions.c: what the clinician does in the main window
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * New and edited records go through PtRecordEditor, which saves through
 * core. A delete is done at once and announced by a toast whose Undo puts
 * the record back with its id (pt_store_restore); archiving a patient works
 * the same way. Databases are chosen with GtkFileChooserNative, so the
 * dialogs work inside a Flatpak sandbox.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-date.h"
#include "pt-demo.h"
#include "pt-record-editor.h"
#include "pt-run-plan-dialog.h"
#include "pt-window-private.h"

static gint64
shown_patient_id (PtWindow *self)
{
  PtPatient *patient = pt_window_get_shown_patient (self);

  if (self->store == NULL || patient == NULL ||
      !g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), "patient"))
    return 0;

  return pt_record_get_id (PT_RECORD (patient));
}

static void
editor_saved_cb (PtWindow *self,
                 PtRecord *record)
{
  pt_window_refresh (self);

  if (PT_IS_PATIENT (record))
    pt_window_show_patient (self, pt_record_get_id (record));
  else
    {
      PtRecordTable *table;

      pt_window_show_patient (self, shown_patient_id (self));
      pt_patient_page_show_table (pt_window_ensure_patient_page (self), G_OBJECT_TYPE (record));
      table = pt_patient_page_get_table (pt_window_ensure_patient_page (self), G_OBJECT_TYPE (record));
      if (table != NULL)
        pt_record_table_select_id (table, pt_record_get_id (record));
    }
}

static void
open_editor (PtWindow *self,
             PtRecord *record)
{
  PtRecordEditor *editor;

  g_return_if_fail (self->store != NULL);

  editor = pt_record_editor_new (GTK_WINDOW (self), self->store, record, self->settings);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* A new record of the action's type for the shown patient. */
static void
new_entry (PtWindow *self,
           GType     type)
{
  g_autoptr(PtRecord) record = NULL;
  gint64 patient_id = shown_patient_id (self);

  if (patient_id <= 0)
    return;

  record = g_object_new (type, "patient_id", patient_id, NULL);
  pt_patient_page_show_table (pt_window_ensure_patient_page (self), type);
  open_editor (self, record);
}

static void
new_patient_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  g_autoptr(PtPatient) patient = pt_patient_new ();

  open_editor (self, PT_RECORD (patient));
}

static void
new_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  GType type = PT_TYPE_SESSION;

  if (g_str_equal (action_name, "win.new-pain"))
    type = PT_TYPE_PAIN_SCORE;
  else if (g_str_equal (action_name, "win.new-run"))
    type = PT_TYPE_RUN;
  else if (g_str_equal (action_name, "win.new-cross"))
    type = PT_TYPE_CROSS_TRAINING;
  else if (g_str_equal (action_name, "win.new-condition"))
    type = PT_TYPE_CONDITION;
  else if (g_str_equal (action_name, "win.new-shoe"))
    type = PT_TYPE_SHOE;
  else if (g_str_equal (action_name, "win.new-outcome"))
    type = PT_TYPE_OUTCOME;
  else if (g_str_equal (action_name, "win.new-entry"))
    type = pt_record_table_get_record_type (pt_patient_page_get_visible_table (pt_window_ensure_patient_page (self)));

  new_entry (self, type);
}

static void
run_plan_saved_cb (PtWindow *self)
{
  pt_window_refresh (self);
  pt_window_show_patient (self, shown_patient_id (self));
}

/* A new return-to-run plan for the shown patient's main condition. */
static void
new_run_plan_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  gint64 patient_id = shown_patient_id (self);
  PtRunPlanDialog *dialog;

  if (patient_id <= 0)
    return;

  dialog = pt_run_plan_dialog_new (GTK_WINDOW (self), self->store, patient_id,
                                   pt_patient_page_get_condition_id (pt_window_ensure_patient_page (self)),
                                   pt_window_get_unit (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (run_plan_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtRecord *record = pt_record_table_get_selected (pt_patient_page_get_visible_table (pt_window_ensure_patient_page (self)));

  if (record != NULL)
    open_editor (self, record);
}

static void
edit_patient_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtPatient *patient = pt_window_get_shown_patient (self);

  if (shown_patient_id (self) > 0)
    open_editor (self, PT_RECORD (patient));
}

/* One thing Undo can bring back: a deleted record (put back with its id)
 * or an archived patient. Each delete's toast has an entry of its own, and
 * its Undo button names that entry's serial (win.undo-toast), so a toast
 * brings back its own record however many deletes came after it; Ctrl+Z
 * (win.undo) takes the newest entry. An entry lives while its toast does:
 * a toast that another one pushed back into the overlay's queue is shown
 * again later and can still undo. */
typedef struct
{
  PtWindow *window;     /* unowned: the window owns the entry */
  guint     serial;
  PtRecord *record;
  gboolean  unarchive;  /* record is a patient to unarchive, not to restore */
  AdwToast *toast;
} PtUndoEntry;

static void
undo_entry_free (PtUndoEntry *entry)
{
  g_signal_handlers_disconnect_by_data (entry->toast, entry);
  g_clear_object (&entry->toast);
  g_clear_object (&entry->record);
  g_free (entry);
}

static PtUndoEntry *
find_undo_entry (PtWindow *self,
                 guint     serial)
{
  for (guint i = 0; self->undo_entries != NULL && i < self->undo_entries->len; i++)
    {
      PtUndoEntry *entry = g_ptr_array_index (self->undo_entries, i);

      if (entry->serial == serial)
        return entry;
    }

  return NULL;
}

static void
update_undo_action (PtWindow *self)
{
  pt_window_set_action_enabled (self, "win.undo",
                                 self->undo_entries != NULL && self->undo_entries->len > 0);
}

static void
undo_toast_dismissed_cb (AdwToast    *toast,
                         PtUndoEntry *entry)
{
  PtWindow *self = entry->window;

  /* Frees @entry, and with it this handler. */
  g_ptr_array_remove (self->undo_entries, entry);
  pt_window_update_import_actions (self);
  update_undo_action (self);
}

static void
show_undo_toast (PtWindow   *self,
                 PtRecord   *record,
                 gboolean    unarchive,
                 const char *title)
{
  PtUndoEntry *entry = g_new0 (PtUndoEntry, 1);

  entry->window = self;
  entry->serial = ++self->undo_serial;
  entry->record = g_object_ref (record);
  entry->unarchive = unarchive;
  entry->toast = g_object_ref_sink (adw_toast_new (title));

  adw_toast_set_button_label (entry->toast, _("_Undo"));
  adw_toast_set_action_name (entry->toast, "win.undo-toast");
  adw_toast_set_action_target_value (entry->toast, g_variant_new_uint32 (entry->serial));
  /* Shown at once; a toast it pushes aside comes back after it. */
  adw_toast_set_priority (entry->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (entry->toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), entry);
  g_ptr_array_add (self->undo_entries, entry);
  adw_toast_overlay_add_toast (self->toast_overlay, entry->toast);
  update_undo_action (self);
}

/* Puts back what @entry took away and forgets the entry. The toast's own
 * button dismisses the toast itself; Ctrl+Z (@dismiss) has to, a little
 * later (pt_window_dismiss_toast): meanwhile its Undo does nothing. */
static void
undo_entry (PtWindow    *self,
            PtUndoEntry *entry,
            gboolean     dismiss)
{
  g_autoptr(PtRecord) record = g_object_ref (entry->record);
  g_autoptr(AdwToast) toast = g_object_ref (entry->toast);
  g_autoptr(GError) error = NULL;
  gboolean unarchive = entry->unarchive;
  gboolean done;

  /* Removed first: dismissing the toast must not find it again. */
  g_ptr_array_remove (self->undo_entries, entry);
  update_undo_action (self);
  if (dismiss)
    pt_window_dismiss_toast (self, toast);

  if (self->store == NULL)
    return;

  if (unarchive)
    done = pt_store_set_patient_archived (self->store, pt_record_get_id (record), FALSE, &error);
  else
    done = pt_store_restore (self->store, record, &error);

  if (!done)
    {
      pt_window_show_error (self, error);
      return;
    }

  editor_saved_cb (self, record);
}

void
pt_window_clear_undo (PtWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;

  pt_window_clear_import_undo (self);
  if (self->undo_entries == NULL)
    return;

  entries = g_steal_pointer (&self->undo_entries);
  self->undo_entries = g_ptr_array_new_with_free_func ((GDestroyNotify) undo_entry_free);
  for (guint i = 0; i < entries->len; i++)
    {
      PtUndoEntry *entry = g_ptr_array_index (entries, i);

      g_signal_handlers_disconnect_by_data (entry->toast, entry);
      pt_window_dismiss_toast (self, entry->toast);
    }
  update_undo_action (self);
}

static const char *
deleted_title (PtRecord *record)
{
  if (PT_IS_SESSION (record))
    return _("Treatment session deleted");
  if (PT_IS_PAIN_SCORE (record))
    return _("Pain score deleted");
  if (PT_IS_RUN (record))
    return _("Run deleted");
  if (PT_IS_CROSS_TRAINING (record))
    return _("Cross-training entry deleted");
  if (PT_IS_CONDITION (record))
    return _("Condition deleted");
  if (PT_IS_SHOE (record))
    return _("Shoe deleted");
  if (PT_IS_OUTCOME (record))
    return _("Outcome measure deleted");
  return _("Record deleted");
}

static void
delete_record (PtWindow *self,
               PtRecord *record)
{
  g_autoptr(PtRecord) kept = g_object_ref (record);
  g_autoptr(GError) error = NULL;

  if (!pt_store_delete (self->store, kept, &error))
    {
      pt_window_show_error (self, error);
      return;
    }

  pt_window_refresh (self);
  show_undo_toast (self, kept, FALSE, deleted_title (kept));
}

static void
delete_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtRecord *record = pt_record_table_get_selected (pt_patient_page_get_visible_table (pt_window_ensure_patient_page (self)));

  if (record != NULL && self->store != NULL)
    delete_record (self, record);
}

static void
set_archived (PtWindow *self,
              gboolean  archived)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = NULL;
  g_autofree char *title = NULL;
  gint64 id = shown_patient_id (self);

  if (id <= 0)
    return;

  patient = g_object_ref (pt_window_get_shown_patient (self));
  if (!pt_store_set_patient_archived (self->store, id, archived, &error))
    {
      pt_window_show_error (self, error);
      return;
    }

  pt_window_refresh (self);
  if (archived)
    {
      /* Translators: %s is a patient's name */
      title = g_strdup_printf (_("%s archived"), pt_patient_get_name (patient));
      show_undo_toast (self, PT_RECORD (patient), TRUE, title);
    }
  else
    pt_window_show_patient (self, id);
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  set_archived (PT_WINDOW (widget), g_str_equal (action_name, "win.archive-patient"));
}

/* Ctrl+Z: the newest thing that can still be undone. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);

  if (self->undo_entries != NULL && self->undo_entries->len > 0)
    undo_entry (self, g_ptr_array_index (self->undo_entries, self->undo_entries->len - 1), TRUE);
}

/* A toast's Undo button: that toast's own record. */
static void
undo_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  PtUndoEntry *entry = find_undo_entry (self, g_variant_get_uint32 (param));

  if (entry != NULL)
    undo_entry (self, entry, FALSE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);

  if (self->store == NULL || !g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "clinic"))
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  pt_patient_list_focus_search (self->patient_list);
}

static void
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  g_autofree char *default_path = pt_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (default_path);
  g_autofree char *path = g_build_filename (dir, "demo-clinic.db", NULL);
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* The demo lives in its own file, so the clinic's record stays clean. */
  store = pt_store_open_full (path, PT_STORE_OPEN_CREATE, &error);
  if (store != NULL && pt_store_count_patients (store, TRUE, &error) == 0)
    pt_demo_fill (store, FALSE, &error);

  if (error != NULL)
    {
      pt_window_show_error (self, error);
      return;
    }

  g_clear_object (&store);
  pt_window_switch_database (self, path, FALSE);
}

static void
file_chosen_cb (GtkNativeDialog *dialog,
                int              response,
                PtWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  gboolean create = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL)
    pt_window_switch_database (self, path, create);

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
choose_database_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PtWindow *self = PT_WINDOW (widget);
  gboolean create = g_str_equal (action_name, "win.new-database");
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (create ? _("New Clinic Database") : _("Open Clinic Database"),
                                        GTK_WINDOW (self),
                                        create ? GTK_FILE_CHOOSER_ACTION_SAVE
                                               : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        create ? _("_Create") : _("_Open"),
                                        _("_Cancel"));
  gtk_file_filter_set_name (filter, _("ProloTrack databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (create)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("clinic.db"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (file_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
pt_window_class_install_actions (GtkWidgetClass *widget_class)
{
  static const char *new_actions[] = {
    "win.new-session", "win.new-pain", "win.new-run", "win.new-cross",
    "win.new-condition", "win.new-shoe", "win.new-outcome", "win.new-entry",
  };

  gtk_widget_class_install_action (widget_class, "win.new-patient", NULL, new_patient_action);
  for (guint i = 0; i < G_N_ELEMENTS (new_actions); i++)
    gtk_widget_class_install_action (widget_class, new_actions[i], NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.new-run-plan", NULL, new_run_plan_action);
  gtk_widget_class_install_action (widget_class, "win.edit-entry", NULL, edit_entry_action);
  gtk_widget_class_install_action (widget_class, "win.delete-entry", NULL, delete_entry_action);
  gtk_widget_class_install_action (widget_class, "win.edit-patient", NULL, edit_patient_action);
  gtk_widget_class_install_action (widget_class, "win.archive-patient", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "win.unarchive-patient", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.undo-toast", "u", undo_toast_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, choose_database_action);
  pt_window_class_install_connect_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, choose_database_action);
  pt_window_class_install_export_actions (widget_class);
  pt_window_class_install_history_actions (widget_class);
}

static void
table_activated_cb (PtWindow *self,
                    PtRecord *record)
{
  open_editor (self, record);
}

static void
table_delete_cb (PtWindow *self,
                 PtRecord *record)
{
  delete_record (self, record);
}

static void
chart_session_cb (PtWindow *self,
                  gint64    session_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtSession) session = pt_store_get_session (self->store, session_id, &error);

  if (session == NULL)
    {
      pt_window_show_error (self, error);
      return;
    }

  pt_patient_page_show_table (pt_window_ensure_patient_page (self), PT_TYPE_SESSION);
  pt_record_table_select_id (pt_patient_page_get_table (pt_window_ensure_patient_page (self), PT_TYPE_SESSION),
                             session_id);
  open_editor (self, PT_RECORD (session));
}

static void
page_failed_cb (PtWindow     *self,
                const GError *error)
{
  pt_window_show_error (self, error);
}

static void
table_selection_cb (PtWindow *self)
{
  pt_window_update_actions (self);
}

void
pt_window_init_actions (PtWindow *self)
{
  const char *list_properties[] = { "sort", "show-archived" };

  self->undo_entries = g_ptr_array_new_with_free_func ((GDestroyNotify) undo_entry_free);

  /* The list's sort order and archive filter, as win.sort and
   * win.show-archived for the main menu. */
  for (guint i = 0; i < G_N_ELEMENTS (list_properties); i++)
    {
      g_autoptr(GPropertyAction) action =
        g_property_action_new (list_properties[i], self->patient_list, list_properties[i]);

      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
    }
}

/* Wires a patient page that was just made (pt_window_ensure_patient_page). */
void
pt_window_init_page_actions (PtWindow *self)
{
  const GType types[] = {
    PT_TYPE_SESSION, PT_TYPE_PAIN_SCORE, PT_TYPE_RUN, PT_TYPE_CROSS_TRAINING, PT_TYPE_CONDITION,
    PT_TYPE_SHOE, PT_TYPE_OUTCOME,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      PtRecordTable *table = pt_patient_page_get_table (self->patient_page, types[i]);

      g_signal_connect_object (table, "record-activated", G_CALLBACK (table_activated_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (table, "delete-requested", G_CALLBACK (table_delete_cb), self,
                               G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (self->patient_page, "table-changed", G_CALLBACK (table_selection_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->patient_page, "load-failed", G_CALLBACK (page_failed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pt_patient_page_get_chart_view (self->patient_page), "session-activated",
                           G_CALLBACK (chart_session_cb), self, G_CONNECT_SWAPPED);
}

void
pt_window_update_actions (PtWindow *self)
{
  gboolean has_store = self->store != NULL;
  gboolean shown = shown_patient_id (self) > 0;
  PtPatient *patient = pt_window_get_shown_patient (self);
  gboolean archived = shown && pt_patient_get_archived (patient);
  gboolean selected = shown &&
    pt_record_table_get_selected (pt_patient_page_get_visible_table (pt_window_ensure_patient_page (self))) != NULL;
  static const char *patient_actions[] = {
    "win.new-session", "win.new-pain", "win.new-run", "win.new-cross", "win.new-condition",
    "win.new-shoe", "win.new-outcome", "win.new-run-plan", "win.new-entry", "win.edit-patient",
    "win.show-to-patient",
    "win.patient-history",
  };

  /* A read-only or damaged database: look, export, but change nothing. */
  gboolean writable = pt_window_can_write (self);

  pt_window_set_action_enabled (self, "win.new-patient", writable);
  pt_window_set_action_enabled (self, "win.search", has_store);
  for (guint i = 0; i < G_N_ELEMENTS (patient_actions); i++)
    pt_window_set_action_enabled (self, patient_actions[i],
                                  shown && (writable ||
                                            g_str_equal (patient_actions[i], "win.show-to-patient") ||
                                            g_str_equal (patient_actions[i], "win.patient-history")));
  pt_window_set_action_enabled (self, "win.edit-entry", selected && writable);
  pt_window_set_action_enabled (self, "win.delete-entry", selected && writable);
  pt_window_set_action_enabled (self, "win.entry-history", selected);
  pt_window_set_action_enabled (self, "win.archive-patient", shown && !archived && writable);
  pt_window_set_action_enabled (self, "win.unarchive-patient", archived && writable);
  pt_window_set_action_enabled (self, "win.export-patient-csv", shown && self->export_cancellable == NULL);
  pt_window_set_action_enabled (self, "win.export-report", shown && self->export_cancellable == NULL);
  pt_window_set_action_enabled (self, "win.print-report", shown);
  pt_window_set_action_enabled (self, "win.export-clinic-csv", has_store && self->export_cancellable == NULL);
  pt_window_set_action_enabled (self, "win.restore-backup",
                                has_store && !pt_store_is_read_only (self->store));
  update_undo_action (self);
}
