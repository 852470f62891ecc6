/* pt-record-editor.c: the form that adds or edits one record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One editor for every record type: pt-editor-fields.c says which rows a
 * type has, pt-record-editor-rows.c makes them. Every change is written into
 * a copy of the record and checked with pt_store_validate(), so the form
 * shows the core's own message on the field it names, and Save is enabled
 * only when the core would accept the record. A failed save keeps the form
 * open with everything typed.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-date.h"
#include "pt-date-row.h"
#include "pt-error.h"
#include "pt-record-editor-private.h"


enum {
  PROP_0,
  PROP_VALID,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PtRecordEditor, pt_record_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static PtEditorFieldState *
find_field (PtRecordEditor *self,
            const char     *property)
{
  for (guint i = 0; i < self->n_fields; i++)
    if (g_strcmp0 (self->fields[i].desc->property, property) == 0)
      return &self->fields[i];

  return NULL;
}

static char *
strip_mnemonic (const char *label)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (plain, *p);

  return g_string_free (plain, FALSE);
}

static void
show_problem (PtRecordEditor *self,
              const char     *message)
{
  adw_action_row_set_subtitle (self->problem_row, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_group), message != NULL);
}

static void
set_state (PtRecordEditor *self,
           gboolean        valid,
           gboolean        modified)
{
  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }

  if (self->modified != modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 valid && (self->is_new || modified));
}

/* Next to a Save that is off because of a problem, the problem. */
static void
show_save_hint (PtRecordEditor *self,
                const char     *message)
{
  gboolean shown = message != NULL && !self->valid && (self->is_new || self->modified);

  gtk_label_set_text (self->save_hint, shown ? message : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_hint), shown ? message : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->save_hint), shown);
}

/* Validates the copy and shows each message on its row: the fields the user
 * has touched, or all of them after a save attempt. */
static void
update_state (PtRecordEditor *self)
{
  g_autoptr(GError) error = NULL;
  const GError *shown = NULL;
  const char *first = NULL;
  gboolean valid, parsed = TRUE, placed = FALSE;

  valid = pt_store_validate (self->store, self->record, &error);
  if (!valid && pt_error_is_user_error (error))
    shown = error;
  else
    valid = TRUE;  /* storage trouble: Save will tell */
  if (self->save_error != NULL && pt_error_is_user_error (self->save_error))
    shown = self->save_error;

  for (guint i = 0; i < self->n_fields; i++)
    {
      PtEditorFieldState *field = &self->fields[i];
      const char *message = field->parse_error;

      if (message != NULL)
        parsed = FALSE;
      else if (shown != NULL && g_strcmp0 (pt_error_get_field (shown), field->desc->property) == 0)
        message = shown->message, placed = TRUE;
      if (first == NULL)
        first = message;

      pt_editor_field_show_error (field, field->touched || self->save_attempted ? message : NULL);
    }

  /* A user error about no field of the form ("Patient 5 does not exist"). */
  if (shown != NULL && !placed && self->save_attempted)
    show_problem (self, shown->message);

  set_state (self, valid && parsed && (self->save_error == NULL ||
                                       !pt_error_is_user_error (self->save_error)),
             !parsed || !pt_record_fields_equal (self->original, self->record));
  show_save_hint (self, first != NULL ? first : shown != NULL ? shown->message : NULL);
}

/* The fields the form's applies() leaves out of the record as it is now
 * (a clinic score's definition on a published questionnaire) are hidden,
 * and the record holds a new record's value for them, so that nothing
 * hidden is saved or refused; shown again, they take back what was typed
 * in them. */
static void
update_applicable (PtRecordEditor *self)
{
  g_autoptr(GObject) blank = NULL;

  if (self->form->applies == NULL)
    return;

  for (guint i = 0; i < self->n_fields; i++)
    {
      PtEditorFieldState *field = &self->fields[i];
      gboolean applies = self->form->applies (G_OBJECT (self->record), field->desc->property);

      if (applies == gtk_widget_get_visible (field->row))
        continue;

      gtk_widget_set_visible (field->row, applies);
      if (applies)
        {
          pt_editor_field_read (field);
          continue;
        }

      if (blank == NULL)
        blank = g_object_new (G_OBJECT_TYPE (self->record), NULL);
      {
        g_auto(GValue) value = G_VALUE_INIT;

        g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (field->pspec));
        g_object_get_property (blank, field->desc->property, &value);
        g_object_set_property (G_OBJECT (self->record), field->desc->property, &value);
      }
      g_clear_pointer (&field->parse_error, g_free);
      pt_editor_field_show_error (field, NULL);
    }
}

/* The form's hints under their rows, for the record as it is now. */
static void
update_hints (PtRecordEditor *self)
{
  if (self->form->hint == NULL)
    return;

  for (guint i = 0; i < self->n_fields; i++)
    {
      PtEditorFieldState *field = &self->fields[i];
      g_autofree char *hint = NULL;
      const char *shown;

      if (!ADW_IS_ACTION_ROW (field->row))
        continue;
      hint = self->form->hint (G_OBJECT (self->record), field->desc->property);
      shown = adw_action_row_get_subtitle (ADW_ACTION_ROW (field->row));
      if (g_strcmp0 (hint != NULL ? hint : "", shown != NULL ? shown : "") != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (field->row), hint != NULL ? hint : "");
    }
}

void
pt_record_editor_field_changed (PtEditorFieldState *field)
{
  PtRecordEditor *self = field->editor;

  if (self->loading || self->record == NULL)
    return;

  field->touched = TRUE;
  g_clear_error (&self->save_error);
  pt_editor_field_read (field);
  update_applicable (self);
  update_hints (self);
  update_state (self);
}

/* ---- closing ---- */

static void
discard_response_cb (PtRecordEditor *self,
                     const char     *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
ask_discard (PtRecordEditor *self)
{
  GtkWidget *dialog;

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"),
                                   _("The changes you made in this form will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->discard_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
pt_record_editor_close_request (GtkWindow *window)
{
  PtRecordEditor *self = PT_RECORD_EDITOR (window);

  if (self->close_confirmed || !self->modified)
    return GTK_WINDOW_CLASS (pt_record_editor_parent_class)->close_request (window);

  ask_discard (self);
  return TRUE;
}

/* ---- actions ---- */

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
report_save_error (PtRecordEditor *self,
                   GError         *error)
{
  if (g_error_matches (error, PT_ERROR, PT_ERROR_CONFLICT))
    {
      show_problem (self, error->message);
      pt_record_editor_show_conflict (self, error);
      return;
    }

  if (pt_error_is_user_error (error))
    {
      self->save_error = g_error_copy (error);
      show_problem (self, NULL);
      update_state (self);
      return;
    }

  {
    g_autofree char *message =
      g_strdup_printf (_("%s\nEverything you typed is still here; try saving again."),
                       error->message);

    show_problem (self, message);
  }
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PtRecordEditor *self = PT_RECORD_EDITOR (widget);
  g_autoptr(PtRecordEditor) hold = g_object_ref (self);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  self->save_attempted = TRUE;
  update_state (self);
  if (!self->valid)
    return;

  /* Nothing changed: nothing to write. */
  if (!self->is_new && pt_record_fields_equal (self->original, self->record))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  g_clear_error (&self->save_error);
  if (self->is_new)
    saved = pt_store_add (self->store, self->record, &error) > 0;
  else
    saved = pt_store_update (self->store, self->record, &error);

  if (!saved)
    {
      report_save_error (self, error);
      return;
    }

  show_problem (self, NULL);
  pt_record_editor_finish (self, self->record);
}

void
pt_record_editor_finish (PtRecordEditor *self,
                         PtRecord       *stored)
{
  g_signal_emit (self, signals[SAVED], 0, stored);
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Ctrl+Return, and Return in a number: saves when Save is on, and
 * otherwise says on each field what is missing or wrong, and goes to the
 * first of them, rather than doing nothing without a word. */
void
pt_record_editor_try_save (PtRecordEditor *self)
{
  if (self->valid && (self->is_new || self->modified))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
      return;
    }

  self->save_attempted = TRUE;
  update_state (self);
  for (guint i = 0; i < self->n_fields; i++)
    if (self->fields[i].error != NULL)
      {
        gtk_widget_grab_focus (self->fields[i].widget);
        break;
      }
}

static gboolean
save_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  pt_record_editor_try_save (PT_RECORD_EDITOR (widget));

  return TRUE;
}

/* ---- building the form ---- */

static void
build_form (PtRecordEditor *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  GObjectClass *record_class = G_OBJECT_GET_CLASS (self->record);

  for (guint i = 0; i < self->form->n_groups; i++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      if (self->form->groups[i][0] != '\0')
        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(self->form->groups[i]));
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (groups, group);
    }

  self->n_fields = self->form->n_fields;
  self->fields = g_new0 (PtEditorFieldState, self->n_fields);
  for (guint i = 0; i < self->n_fields; i++)
    {
      PtEditorFieldState *field = &self->fields[i];

      field->editor = self;
      field->desc = &self->form->fields[i];
      field->pspec = g_object_class_find_property (record_class, field->desc->property);
      g_assert (field->pspec != NULL);
      field->label = strip_mnemonic (_(field->desc->label));
      pt_editor_field_build (field, groups->pdata[field->desc->group]);
    }
}

/* A new record starts on today, with the default clinician, a new patient
 * with the next free record number, and, when the patient has exactly one
 * active condition, that one: with several, the clinician chooses. */
static void
apply_defaults (PtRecordEditor *self)
{
  for (guint i = 0; i < self->n_fields; i++)
    {
      PtEditorFieldState *field = &self->fields[i];
      const char *name = field->desc->property;
      g_autofree char *text = NULL;
      gint64 id = 0;

      if (field->desc->flags & PT_EDITOR_DEFAULT_TODAY)
        {
          g_object_get (self->record, name, &text, NULL);
          if (text == NULL)
            {
              g_autofree char *today = pt_date_today_string ();

              g_object_set (self->record, name, today, NULL);
            }
        }
      else if ((field->desc->flags & PT_EDITOR_DEFAULT_CLINICIAN) && self->settings != NULL)
        {
          g_object_get (self->record, name, &text, NULL);
          if (text == NULL)
            {
              g_autofree char *clinician = g_settings_get_string (self->settings,
                                                                  "default-clinician");

              if (clinician[0] != '\0')
                g_object_set (self->record, name, clinician, NULL);
            }
        }
      else if (field->desc->flags & PT_EDITOR_DEFAULT_RECORD_NUMBER)
        {
          g_autoptr(GError) error = NULL;

          g_object_get (self->record, name, &text, NULL);
          if (text == NULL)
            {
              g_autofree char *number = pt_store_suggest_record_number (self->store, &error);

              if (number != NULL)
                g_object_set (self->record, name, number, NULL);
              else
                g_debug ("No record number to suggest: %s", error->message);
            }
        }
      else if (field->only_active != 0)
        {
          g_object_get (self->record, name, &id, NULL);
          if (id == 0)
            g_object_set (self->record, name, field->only_active, NULL);
        }
    }
}

static void
load_form (PtRecordEditor *self)
{
  self->loading = TRUE;
  for (guint i = 0; i < self->n_fields; i++)
    pt_editor_field_load (&self->fields[i]);
  self->loading = FALSE;
}

void
pt_record_editor_set_records (PtRecordEditor *self,
                              PtRecord       *record,
                              PtRecord       *original)
{
  g_set_object (&self->record, record);
  g_set_object (&self->original, original);
  g_clear_error (&self->save_error);
  load_form (self);
  update_applicable (self);
  update_hints (self);
  update_state (self);
}

void
pt_record_editor_destroy_dialog (GtkWidget **slot)
{
  if (*slot == NULL)
    return;

  g_object_remove_weak_pointer (G_OBJECT (*slot), (gpointer *) slot);
  /* Someone else may hold the question after this form is gone (the
   * AT-SPI bridge does): GTK 4.8 would then unlink it from a freed
   * parent when it is finalized. */
  gtk_window_set_transient_for (GTK_WINDOW (*slot), NULL);
  gtk_window_destroy (GTK_WINDOW (*slot));
  *slot = NULL;
}

/* ---- GObject ---- */

static void
pt_record_editor_dispose (GObject *object)
{
  PtRecordEditor *self = PT_RECORD_EDITOR (object);

  pt_record_editor_destroy_dialog (&self->discard_dialog);
  pt_record_editor_destroy_dialog (&self->conflict_dialog);

  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_RECORD_EDITOR);

  G_OBJECT_CLASS (pt_record_editor_parent_class)->dispose (object);
}

static void
pt_record_editor_finalize (GObject *object)
{
  PtRecordEditor *self = PT_RECORD_EDITOR (object);

  for (guint i = 0; i < self->n_fields; i++)
    pt_editor_field_clear (&self->fields[i]);
  g_clear_pointer (&self->fields, g_free);
  g_clear_error (&self->save_error);
  g_clear_object (&self->record);
  g_clear_object (&self->original);
  g_clear_object (&self->theirs);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pt_record_editor_parent_class)->finalize (object);
}

static void
pt_record_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtRecordEditor *self = PT_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_record_editor_class_init (PtRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pt_record_editor_dispose;
  object_class->finalize = pt_record_editor_finalize;
  object_class->get_property = pt_record_editor_get_property;
  window_class->close_request = pt_record_editor_close_request;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PtRecordEditor::saved:
   * @record: the record as saved, with its id
   *
   * After a successful add or update; the editor then closes. Also when,
   * after a conflict, the form gives up its changes for the record as
   * another workstation saved it: @record is then that stored record.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, PT_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PtRecordEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PtRecordEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PtRecordEditor, save_hint);
  gtk_widget_class_bind_template_child (widget_class, PtRecordEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PtRecordEditor, problem_group);
  gtk_widget_class_bind_template_child (widget_class, PtRecordEditor, problem_row);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);

  g_type_ensure (PT_TYPE_DATE_ROW);
}

static void
pt_record_editor_init (PtRecordEditor *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Return saves from anywhere, text views included. */
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Enter,
                                                                 GDK_CONTROL_MASK));
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (trigger,
                                                          gtk_callback_action_new (save_shortcut_cb,
                                                                                   NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
}

/* ---- public API ---- */

PtRecordEditor *
pt_record_editor_new (GtkWindow *parent,
                      PtStore   *store,
                      PtRecord  *record,
                      GSettings *settings)
{
  PtRecordEditor *self;
  const PtEditorForm *form;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PT_IS_STORE (store), NULL);
  g_return_val_if_fail (PT_IS_RECORD (record), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  form = pt_editor_form_lookup (G_OBJECT_TYPE (record));
  g_return_val_if_fail (form != NULL, NULL);

  self = g_object_new (PT_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->form = form;
  self->record = pt_record_copy (record);
  self->is_new = pt_record_get_id (record) == 0;

  if (settings != NULL && g_settings_get_enum (settings, "distance-unit") == PT_DISTANCE_UNIT_MI)
    self->unit = PT_DISTANCE_UNIT_MI;
  else
    self->unit = PT_DISTANCE_UNIT_KM;

  adw_window_title_set_title (self->window_title,
                              _(self->is_new ? form->new_title : form->edit_title));
  gtk_window_set_title (GTK_WINDOW (self),
                        _(self->is_new ? form->new_title : form->edit_title));

  build_form (self);
  if (self->is_new)
    apply_defaults (self);
  self->original = pt_record_copy (self->record);
  load_form (self);
  update_applicable (self);
  update_hints (self);
  update_state (self);

  gtk_widget_grab_focus (self->fields[0].widget);

  return self;
}

PtRecord *
pt_record_editor_get_record (PtRecordEditor *self)
{
  g_return_val_if_fail (PT_IS_RECORD_EDITOR (self), NULL);

  return self->record;
}

gboolean
pt_record_editor_get_valid (PtRecordEditor *self)
{
  g_return_val_if_fail (PT_IS_RECORD_EDITOR (self), FALSE);

  return self->valid;
}

gboolean
pt_record_editor_get_modified (PtRecordEditor *self)
{
  g_return_val_if_fail (PT_IS_RECORD_EDITOR (self), FALSE);

  return self->modified;
}

GtkWidget *
pt_record_editor_get_field_widget (PtRecordEditor *self,
                                   const char     *property)
{
  PtEditorFieldState *field;

  g_return_val_if_fail (PT_IS_RECORD_EDITOR (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  field = find_field (self, property);
  return field != NULL ? field->widget : NULL;
}

const char *
pt_record_editor_get_save_hint (PtRecordEditor *self)
{
  g_return_val_if_fail (PT_IS_RECORD_EDITOR (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->save_hint)))
    return NULL;

  return gtk_label_get_text (self->save_hint);
}

gboolean
pt_record_editor_get_field_required (PtRecordEditor *self,
                                     const char     *property)
{
  PtEditorFieldState *field;

  g_return_val_if_fail (PT_IS_RECORD_EDITOR (self), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  field = find_field (self, property);
  return field != NULL && field->required_mark != NULL &&
         gtk_widget_get_visible (field->required_mark);
}

const char *
pt_record_editor_get_field_error (PtRecordEditor *self,
                                  const char     *property)
{
  PtEditorFieldState *field;

  g_return_val_if_fail (PT_IS_RECORD_EDITOR (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  field = find_field (self, property);
  return field != NULL ? field->error : NULL;
}
