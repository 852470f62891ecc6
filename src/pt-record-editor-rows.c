/* pt-record-editor-rows.c: the row of each kind of field, and its value
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field is a row in an AdwPreferencesGroup plus a hidden row under it
 * for its error message. _build() makes the widgets, _load() puts the record's
 * value in them and _read() puts the typed value back into the record. The
 * text is what counts: an empty number is unset (NAN, PT_NO_INT), and text
 * that is not a number is a parse error the form shows, never a silent 0.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-date-row.h"
#include "pt-enums.h"
#include "pt-format.h"
#include "pt-record-editor-private.h"
#include "pt-units.h"

#define SPIN_LIMIT 1e9  /* wide bounds: core's validation names the real range */

/* ---- signal handlers ---- */

static void
value_changed_cb (PtEditorFieldState *field)
{
  pt_record_editor_field_changed (field);
}

/* The spin button asks for the number in its text: an empty or unparsable
 * text keeps the spin button's value and, through output_cb, the text. */
static int
spin_input_cb (GtkSpinButton      *spin,
               double             *new_value,
               PtEditorFieldState *field)
{
  gboolean blank;

  if (!pt_editor_parse_number (gtk_editable_get_text (GTK_EDITABLE (spin)), new_value, &blank) ||
      blank)
    *new_value = gtk_spin_button_get_value (spin);

  return TRUE;
}

/* Shows the value, except that text which is no number stays until the
 * value really changes (the +/- buttons): realizing or leaving the field
 * must not turn an empty, unset number into 0. */
static gboolean
spin_output_cb (GtkSpinButton      *spin,
                PtEditorFieldState *field)
{
  const char *current = gtk_editable_get_text (GTK_EDITABLE (spin));
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *text = NULL;
  double typed;
  gboolean blank;

  if ((!pt_editor_parse_number (current, &typed, &blank) || blank) && value == field->shown_value)
    return TRUE;

  field->shown_value = value;
  text = pt_editor_format_number (value);
  if (g_strcmp0 (text, current) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* Return in a spin button: take the typed number, then save when valid. */
static gboolean
spin_return_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  PtEditorFieldState *field = user_data;

  gtk_spin_button_update (GTK_SPIN_BUTTON (widget));
  pt_record_editor_try_save (field->editor);

  return TRUE;
}

static void
flags_toggled_cb (PtEditorFieldState *field)
{
  pt_record_editor_field_changed (field);
}

/* ---- building rows ---- */

static GtkWidget *
build_entry_row (PtEditorFieldState *field)
{
  GtkWidget *row = field->desc->kind == PT_EDITOR_DATE ? pt_date_row_new () : adw_entry_row_new ();

  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (value_changed_cb), field);

  if (field->desc->kind == PT_EDITOR_DURATION)
    {
      GtkWidget *hint = gtk_label_new (_("h:mm:ss or minutes"));

      gtk_widget_add_css_class (hint, "dim-label");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), hint);
    }

  field->widget = row;
  return row;
}

static GtkWidget *
build_multiline_row (PtEditorFieldState *field)
{
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                 "title", field->label,
                                 "activatable", FALSE,
                                 NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new_with_mnemonic (_(field->desc->label));
  GtkWidget *view = gtk_text_view_new ();

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), view);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 60);
  gtk_widget_add_css_class (view, "inline");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* The text view is the Tab stop, not the row around it. */
  gtk_widget_set_focusable (row, FALSE);

  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (value_changed_cb), field);
  field->widget = view;
  return row;
}

static GtkWidget *
build_combo_row (PtEditorFieldState *field,
                 GtkStringList      *items)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (items));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (value_changed_cb), field);
  field->widget = row;
  return row;
}

static GtkWidget *
build_enum_row (PtEditorFieldState *field)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (field->pspec));
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (items, pt_editor_enum_label (G_TYPE_FROM_CLASS (klass),
                                                         klass->values[i].value));

  return build_combo_row (field, items);
}

static char *
condition_label (PtCondition *condition)
{
  g_autofree char *side = g_utf8_strdown (pt_side_to_label (pt_condition_get_side (condition)), -1);

  return g_strdup_printf ("%s (%s)", pt_condition_kind_to_label (pt_condition_get_kind (condition)),
                          side);
}

/* The patient's conditions or shoes; "None" first when optional. */
static GtkWidget *
build_reference_row (PtEditorFieldState *field)
{
  PtRecordEditor *editor = field->editor;
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gint64 patient_id = 0, none = 0;
  guint n_active = 0;

  g_object_get (editor->record, "patient_id", &patient_id, NULL);
  field->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (field->desc->flags & PT_EDITOR_OPTIONAL)
    {
      gtk_string_list_append (items, _("None"));
      g_array_append_val (field->ids, none);
    }

  if (field->desc->kind == PT_EDITOR_CONDITION)
    model = pt_store_list_conditions (editor->store, patient_id, &error);
  else
    model = pt_store_list_shoes (editor->store, patient_id, &error);
  if (model == NULL)
    g_debug ("Could not list the patient's %s: %s", field->desc->property, error->message);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PtRecord) item = g_list_model_get_item (model, i);
      g_autofree char *label = NULL;
      gint64 id = pt_record_get_id (item);

      if (PT_IS_CONDITION (item))
        {
          label = condition_label (PT_CONDITION (item));
          if (pt_condition_get_status (PT_CONDITION (item)) == PT_CONDITION_STATUS_ACTIVE &&
              n_active++ == 0)
            field->only_active = id;
        }
      else
        label = g_strdup (pt_shoe_get_name (PT_SHOE (item)));
      gtk_string_list_append (items, label);
      g_array_append_val (field->ids, id);
    }

  if (n_active != 1)
    field->only_active = 0;

  /* A new entry of a patient with several active conditions: which one it
   * is about is the clinician's to say, so the list starts on "Choose…"
   * (none of them, and not "None" either, which means pain that is about
   * no condition). */
  if (field->desc->kind == PT_EDITOR_CONDITION && (field->desc->flags & PT_EDITOR_OPTIONAL) &&
      editor->is_new && n_active > 1)
    {
      const char *choose[] = { _("Choose…"), NULL };
      gint64 unset = -1;

      gtk_string_list_splice (items, 0, 0, choose);
      g_array_prepend_val (field->ids, unset);
      field->unchosen = TRUE;
    }

  return build_combo_row (field, items);
}

static GtkWidget *
build_flags_row (PtEditorFieldState *field)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (field->pspec));
  GtkWidget *row = adw_expander_row_new ();
  guint n = 0;

  field->checks = g_ptr_array_new ();
  field->check_values = g_new0 (guint, klass->n_values);
  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autofree char *label = NULL;
      GtkWidget *check, *item;

      if (klass->values[i].value == 0)
        continue;

      label = pt_prior_treatments_to_label (klass->values[i].value);
      check = gtk_check_button_new ();
      item = adw_action_row_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item), label);
      adw_action_row_add_prefix (ADW_ACTION_ROW (item), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), item);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (flags_toggled_cb), field);
      g_ptr_array_add (field->checks, check);
      field->check_values[n++] = klass->values[i].value;
    }

  field->widget = row;
  return row;
}

static GtkWidget *
build_spin_row (PtEditorFieldState *field)
{
  const PtEditorField *desc = field->desc;
  const char *unit = desc->unit != NULL ? _(desc->unit) : NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (-SPIN_LIMIT, SPIN_LIMIT, desc->step);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger;

  /* Distances in the unit the clinic reads (Preferences). */
  if (desc->kind == PT_EDITOR_DISTANCE)
    unit = pt_distance_unit_symbol (field->editor->unit);

  /* Not numeric: text that is not a number stays, so the form can name it. */
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), desc->digits);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 6);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_signal_connect (spin, "input", G_CALLBACK (spin_input_cb), field);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output_cb), field);
  /* GTK 4.8 leaves the - button insensitive from the default adjustment
   * until the value changes once. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 0);
  g_signal_connect_swapped (spin, "changed", G_CALLBACK (value_changed_cb), field);

  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Enter, 0));
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (trigger,
                                                          gtk_callback_action_new (spin_return_cb,
                                                                                   field, NULL)));
  gtk_widget_add_controller (spin, shortcuts);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  {
    /* Always there, so the spin buttons of a group line up. */
    GtkWidget *label = gtk_label_new (unit);

    gtk_widget_add_css_class (label, "dim-label");
    gtk_label_set_width_chars (GTK_LABEL (label), 5);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  }
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  /* The spin button is the Tab stop, not the row around it: what is typed
   * on a focused row goes nowhere. */
  gtk_widget_set_focusable (row, FALSE);

  field->widget = spin;
  return row;
}

static GtkWidget *
build_switch_row (PtEditorFieldState *field)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  /* The switch is the Tab stop, as the spin buttons are. */
  gtk_widget_set_focusable (row, FALSE);
  g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (value_changed_cb), field);
  field->widget = toggle;
  return row;
}

static GtkWidget *
build_error_row (PtEditorFieldState *field)
{
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                 "activatable", FALSE,
                                 "selectable", FALSE,
                                 "focusable", FALSE,
                                 "visible", FALSE,
                                 NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  field->error_label = GTK_LABEL (label);

  return row;
}

/* "Required" at the start of the row's suffixes, the same on every kind
 * of row. */
static void
add_required_mark (PtEditorFieldState *field)
{
  GtkWidget *mark;

  if (!pt_record_is_field_required (field->editor->record, field->desc->property))
    return;

  mark = gtk_label_new (_("Required"));
  gtk_widget_add_css_class (mark, "dim-label");
  gtk_widget_add_css_class (mark, "caption");
  gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
  field->required_mark = mark;

  if (ADW_IS_ENTRY_ROW (field->row))
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), mark);
  else if (ADW_IS_ACTION_ROW (field->row))
    adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), mark);
  else
    g_assert_not_reached ();  /* no required text view or flags yet */

  /* First among the suffixes, so marks line up before the values. */
  if (gtk_widget_get_prev_sibling (mark) != NULL)
    gtk_box_reorder_child_after (GTK_BOX (gtk_widget_get_parent (mark)), mark, NULL);
}

void
pt_editor_field_build (PtEditorFieldState  *field,
                       AdwPreferencesGroup *group)
{
  switch (field->desc->kind)
    {
    case PT_EDITOR_TEXT:
    case PT_EDITOR_DATE:
    case PT_EDITOR_DURATION:
      field->row = build_entry_row (field);
      break;
    case PT_EDITOR_MULTILINE:
      field->row = build_multiline_row (field);
      break;
    case PT_EDITOR_ENUM:
      field->row = build_enum_row (field);
      break;
    case PT_EDITOR_FLAGS:
      field->row = build_flags_row (field);
      break;
    case PT_EDITOR_NUMBER:
    case PT_EDITOR_DISTANCE:
      field->row = build_spin_row (field);
      break;
    case PT_EDITOR_CONDITION:
    case PT_EDITOR_SHOE:
      field->row = build_reference_row (field);
      break;
    case PT_EDITOR_SWITCH:
      field->row = build_switch_row (field);
      break;
    default:
      g_assert_not_reached ();
    }

  if (field->desc->kind != PT_EDITOR_MULTILINE)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), _(field->desc->label));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (field->row), TRUE);
    }
  /* libadwaita 1.2 names an expander row by nothing but its content. */
  if (ADW_IS_EXPANDER_ROW (field->row))
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    field->label, -1);

  add_required_mark (field);
  field->error_row = build_error_row (field);
  adw_preferences_group_add (group, field->row);
  adw_preferences_group_add (group, field->error_row);
}

/* ---- values: record -> widgets ---- */

static void
load_number (PtEditorFieldState *field)
{
  PtRecord *record = field->editor->record;
  GtkSpinButton *spin = GTK_SPIN_BUTTON (field->widget);
  g_autofree char *text = NULL;
  double value;

  if (G_PARAM_SPEC_VALUE_TYPE (field->pspec) == G_TYPE_INT64)
    {
      gint64 number;

      g_object_get (record, field->desc->property, &number, NULL);
      value = number == PT_NO_INT ? NAN : (double) number;
    }
  else
    {
      g_object_get (record, field->desc->property, &value, NULL);
    }

  if (pt_has_value (value))
    {
      if (field->desc->kind == PT_EDITOR_DISTANCE)
        value = pt_distance_from_metres (value, field->editor->unit);
      gtk_spin_button_set_value (spin, value);
      text = pt_editor_format_number (value);
    }

  gtk_editable_set_text (GTK_EDITABLE (spin), text != NULL ? text : "");
}

static void
update_flags_subtitle (PtEditorFieldState *field,
                       guint               value)
{
  g_autofree char *label = value != 0 ? pt_prior_treatments_to_label (value) : NULL;

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (field->widget),
                                 label != NULL ? label : _("None"));
}

/* TRUE while "Choose…" is picked: the form cannot be saved, and says so.
 * The record keeps no condition meanwhile. */
static gboolean
read_unchosen (PtEditorFieldState *field,
               guint               position)
{
  if (!field->unchosen || position != 0)
    return FALSE;

  g_free (field->parse_error);
  /* Translators: a pain score of a patient with several active conditions */
  field->parse_error = g_strdup (_("Choose the condition, or None for pain that is not about "
                                   "one"));
  g_object_set (field->editor->record, field->desc->property, (gint64) 0, NULL);
  return TRUE;
}

static void
load_choice (PtEditorFieldState *field)
{
  PtRecord *record = field->editor->record;
  const char *name = field->desc->property;
  guint position = GTK_INVALID_LIST_POSITION;

  if (field->desc->kind == PT_EDITOR_ENUM)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (field->pspec));
      int value;

      g_object_get (record, name, &value, NULL);
      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value == value)
          position = i;
    }
  else if (field->desc->kind == PT_EDITOR_FLAGS)
    {
      guint value;

      g_object_get (record, name, &value, NULL);
      for (guint i = 0; i < field->checks->len; i++)
        gtk_check_button_set_active (field->checks->pdata[i],
                                     (value & field->check_values[i]) != 0);
      update_flags_subtitle (field, value);
      return;
    }
  else
    {
      gint64 id;

      g_object_get (record, name, &id, NULL);
      for (guint i = 0; i < field->ids->len; i++)
        if (g_array_index (field->ids, gint64, i) == id)
          position = i;
      if (field->unchosen && id == 0)
        position = 0;
    }

  adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), position);
  if (field->unchosen)
    read_unchosen (field, position);
}

void
pt_editor_field_load (PtEditorFieldState *field)
{
  g_autofree char *text = NULL;
  gint64 seconds;
  gboolean active;

  switch (field->desc->kind)
    {
    case PT_EDITOR_SWITCH:
      g_object_get (field->editor->record, field->desc->property, &active, NULL);
      gtk_switch_set_active (GTK_SWITCH (field->widget), active);
      break;
    case PT_EDITOR_TEXT:
    case PT_EDITOR_DATE:
      g_object_get (field->editor->record, field->desc->property, &text, NULL);
      gtk_editable_set_text (GTK_EDITABLE (field->widget), text != NULL ? text : "");
      break;
    case PT_EDITOR_MULTILINE:
      g_object_get (field->editor->record, field->desc->property, &text, NULL);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)),
                                text != NULL ? text : "", -1);
      break;
    case PT_EDITOR_DURATION:
      g_object_get (field->editor->record, field->desc->property, &seconds, NULL);
      text = pt_format_duration (seconds);
      gtk_editable_set_text (GTK_EDITABLE (field->widget), text != NULL ? text : "");
      break;
    case PT_EDITOR_NUMBER:
    case PT_EDITOR_DISTANCE:
      load_number (field);
      break;
    case PT_EDITOR_ENUM:
    case PT_EDITOR_FLAGS:
    case PT_EDITOR_CONDITION:
    case PT_EDITOR_SHOE:
      load_choice (field);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* ---- values: widgets -> record ---- */

static void
read_number (PtEditorFieldState *field)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field->widget));
  double value = NAN;
  gboolean blank;

  if (!pt_editor_parse_number (text, &value, &blank))
    {
      field->parse_error = g_strdup_printf (_("%s must be a number (got “%s”)"),
                                            field->label, text);
      blank = TRUE;
    }
  if (field->desc->kind == PT_EDITOR_DISTANCE && !blank)
    value = pt_distance_to_metres (value, field->editor->unit);

  if (G_PARAM_SPEC_VALUE_TYPE (field->pspec) == G_TYPE_INT64)
    {
      gint64 number = PT_NO_INT;

      if (!blank && (value != floor (value) || fabs (value) > 1e15))
        field->parse_error = g_strdup_printf (_("%s must be a whole number (got “%s”)"),
                                              field->label, text);
      else if (!blank)
        number = (gint64) value;
      g_object_set (field->editor->record, field->desc->property, number, NULL);
    }
  else
    {
      g_object_set (field->editor->record, field->desc->property, blank ? NAN : value, NULL);
    }
}

static void
read_duration (PtEditorFieldState *field)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget))));
  gint64 seconds = PT_NO_INT;

  if (text[0] != '\0' && !pt_editor_parse_duration (text, &seconds))
    {
      field->parse_error = g_strdup_printf (_("%s “%s” is not a time; type h:mm:ss, m:ss or "
                                              "a number of minutes"), field->label, text);
      seconds = PT_NO_INT;
    }

  g_object_set (field->editor->record, field->desc->property, seconds, NULL);
}

static void
read_choice (PtEditorFieldState *field)
{
  PtRecord *record = field->editor->record;
  const char *name = field->desc->property;
  guint position = field->desc->kind == PT_EDITOR_FLAGS ? 0 :
                   adw_combo_row_get_selected (ADW_COMBO_ROW (field->widget));

  if (field->desc->kind == PT_EDITOR_ENUM)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (field->pspec));

      if (position < klass->n_values)
        g_object_set (record, name, klass->values[position].value, NULL);
    }
  else if (field->desc->kind == PT_EDITOR_FLAGS)
    {
      guint value = 0;

      for (guint i = 0; i < field->checks->len; i++)
        if (gtk_check_button_get_active (field->checks->pdata[i]))
          value |= field->check_values[i];
      g_object_set (record, name, value, NULL);
      update_flags_subtitle (field, value);
    }
  else if (!read_unchosen (field, position))
    {
      gint64 id = position < field->ids->len ? g_array_index (field->ids, gint64, position) : 0;

      g_object_set (record, name, id, NULL);
    }
}

void
pt_editor_field_read (PtEditorFieldState *field)
{
  g_autofree char *text = NULL;

  g_clear_pointer (&field->parse_error, g_free);

  switch (field->desc->kind)
    {
    case PT_EDITOR_TEXT:
      text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
      break;
    case PT_EDITOR_DATE:
      /* ISO, from ISO or the locale's order (pt-date-row.c). */
      text = pt_date_row_dup_value (PT_DATE_ROW (field->widget));
      break;
    case PT_EDITOR_MULTILINE:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
        GtkTextIter start, end;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      }
      break;
    case PT_EDITOR_DURATION:
      read_duration (field);
      return;
    case PT_EDITOR_NUMBER:
    case PT_EDITOR_DISTANCE:
      read_number (field);
      return;
    case PT_EDITOR_SWITCH:
      g_object_set (field->editor->record, field->desc->property,
                    gtk_switch_get_active (GTK_SWITCH (field->widget)), NULL);
      return;
    case PT_EDITOR_ENUM:
    case PT_EDITOR_FLAGS:
    case PT_EDITOR_CONDITION:
    case PT_EDITOR_SHOE:
      read_choice (field);
      return;
    default:
      g_assert_not_reached ();
    }

  /* Empty text is no value, as the record stores it. */
  g_object_set (field->editor->record, field->desc->property,
                text[0] != '\0' ? text : NULL, NULL);
}

/* What a screen reader says of the field: that it is invalid, and the
 * message shown under it, as the field's description. */
static void
tie_error (PtEditorFieldState *field,
           GtkWidget          *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (field->error != NULL)
    {
      gtk_accessible_update_state (accessible, GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      field->error, -1);
    }
  else
    {
      gtk_accessible_reset_state (accessible, GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

void
pt_editor_field_show_error (PtEditorFieldState *field,
                            const char         *message)
{
  if (g_strcmp0 (message, field->error) == 0)
    return;

  g_free (field->error);
  field->error = g_strdup (message);
  gtk_label_set_text (field->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (field->error_row, message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");

  tie_error (field, field->widget);
  if (field->row != field->widget)
    tie_error (field, field->row);
}

void
pt_editor_field_clear (PtEditorFieldState *field)
{
  g_clear_pointer (&field->label, g_free);
  g_clear_pointer (&field->ids, g_array_unref);
  g_clear_pointer (&field->checks, g_ptr_array_unref);
  g_clear_pointer (&field->check_values, g_free);
  g_clear_pointer (&field->parse_error, g_free);
  g_clear_pointer (&field->error, g_free);
}
