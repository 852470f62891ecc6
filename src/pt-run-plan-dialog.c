/* pt-run-plan-dialog.c: a new return-to-run plan from a template
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four choices, as a clinician makes them: how the patient starts (walk
 * and run intervals, or continuous running after a short break), the day
 * the plan starts, the weekly distance it builds up to, and the pain rule
 * that decides after each run, shown in words with its source. The steps
 * are core's template (pt_plan_new_from_template ()); the store checks
 * the plan, and the step it starts at comes from the runs already logged
 * since the start day (pt_store_advance_run_plan ()).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-date.h"
#include "pt-date-row.h"
#include "pt-error.h"
#include "pt-run-plan-dialog.h"
#include "pt-units.h"

struct _PtRunPlanDialog
{
  AdwWindow       parent_instance;

  GtkWidget      *create_button;
  GtkWidget      *template_row;
  GtkWidget      *date_row;
  GtkWidget      *goal_row;
  GtkWidget      *goal_spin;
  GtkWidget      *rule_checks[3];  /* one per rule_kinds, a radio group */
  GtkWidget      *rule_group;
  GtkLabel       *rule_label;
  GtkWidget      *error_row;
  GtkLabel       *error_label;
  GtkWidget      *error_field;   /* the field the error is said of, or NULL */

  PtStore        *store;
  gint64          patient_id;
  gint64          condition_id;
  PtDistanceUnit  unit;
};

G_DEFINE_FINAL_TYPE (PtRunPlanDialog, pt_run_plan_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The rules offered, in the order of the drop-down. */
static const PtPlanRuleKind rule_kinds[] = {
  PT_PLAN_RULE_SILBERNAGEL, PT_PLAN_RULE_CAUTIOUS, PT_PLAN_RULE_PAIN_FREE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (rule_kinds) == 3);

/* The rule whose check button is on. */
static guint
selected_rule (PtRunPlanDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_kinds); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->rule_checks[i])))
      return i;
  return 0;
}

/* The goal a new plan offers: 30 km a week, or 20 miles. */
#define DEFAULT_GOAL_KM 30
#define DEFAULT_GOAL_MI 20

/* The field an error of make_plan() or the store is about. */
static GtkWidget *
error_field (PtRunPlanDialog *self,
             const GError    *error)
{
  const char *field = error != NULL ? pt_error_get_field (error) : NULL;

  if (g_strcmp0 (field, "start_date") == 0)
    return self->date_row;
  if (field != NULL && g_str_has_prefix (field, "goal"))
    return self->goal_spin;
  return NULL;
}

/* The message under the fields, and for a screen reader on the field it is
 * about: that field is invalid and the message is its description. */
static void
show_error (PtRunPlanDialog *self,
            const GError    *error)
{
  const char *message = error != NULL ? error->message : NULL;

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_row, message != NULL);

  if (self->error_field != NULL)
    {
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->error_field),
                                  GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->error_field),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  self->error_field = error_field (self, error);
  if (self->error_field != NULL)
    {
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->error_field),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_field),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
}

static void
rule_changed_cb (PtRunPlanDialog *self)
{
  g_autofree char *text = NULL;
  PtPlanRule rule;

  pt_plan_rule_init (&rule, rule_kinds[selected_rule (self)]);
  text = pt_plan_rule_describe (&rule);
  gtk_label_set_text (self->rule_label, text);
}

static void
changed_cb (PtRunPlanDialog *self)
{
  show_error (self, NULL);
}

static PtRunPlan *
make_plan (PtRunPlanDialog  *self,
           GError          **error)
{
  g_autoptr(PtRunPlan) run_plan = pt_run_plan_new ();
  g_autoptr(PtPlan) plan = NULL;
  g_autofree char *start = pt_date_row_dup_value (PT_DATE_ROW (self->date_row));
  PtPlanTemplate template_ = adw_combo_row_get_selected (ADW_COMBO_ROW (self->template_row)) == 1
                             ? PT_PLAN_TEMPLATE_CONTINUOUS : PT_PLAN_TEMPLATE_WALK_RUN;
  guint position = selected_rule (self);
  double goal;
  PtPlanRule rule;

  gtk_spin_button_update (GTK_SPIN_BUTTON (self->goal_spin));
  goal = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->goal_spin));

  if (start[0] == '\0')
    {
      pt_set_field_error (error, "start_date", _("Type the day the plan starts"));
      return NULL;
    }
  if (!pt_date_parse (start, &(GDate) { 0 }))
    {
      pt_set_field_error (error, "start_date",
                          _("“%s” is not a date; type the day the plan starts"), start);
      return NULL;
    }

  plan = pt_plan_new_from_template (template_, start, 0,
                                    pt_distance_to_metres (goal, self->unit), error);
  if (plan == NULL)
    return NULL;

  pt_plan_rule_init (&rule, rule_kinds[position]);
  pt_run_plan_set_patient_id (run_plan, self->patient_id);
  pt_run_plan_set_condition_id (run_plan, self->condition_id);
  pt_run_plan_set_plan (run_plan, plan);
  pt_run_plan_set_rule (run_plan, &rule);
  return g_steal_pointer (&run_plan);
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PtRunPlanDialog *self = PT_RUN_PLAN_DIALOG (widget);
  g_autoptr(PtRunPlanDialog) hold = g_object_ref (self);
  g_autoptr(PtRunPlan) run_plan = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;
  gint64 id;

  run_plan = make_plan (self, &error);
  if (run_plan == NULL)
    {
      show_error (self, error);
      return;
    }

  id = pt_store_add_run_plan (self->store, run_plan, &error);
  if (id <= 0)
    {
      show_error (self, error);
      return;
    }

  /* Saved: a failure to set the step now only leaves the plan at its
   * first step until the next run is logged. */
  if (!pt_store_advance_run_plan (self->store, id, self->unit, NULL, &changed, &error))
    g_warning ("The new plan's step could not be set: %s", error->message);

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static GtkWidget *
combo_row (const char         *title,
           const char * const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  return row;
}

static void
build (PtRunPlanDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *unit_label, *label;
  GtkEventController *shortcuts;
  const char *templates[] = {
    _("Walk and Run Intervals"), _("Continuous Running"), NULL,
  };
  g_autofree char *today = pt_date_today_string ();
  /* Translators: the weekly goal's unit, "km a week" or "mi a week" */
  g_autofree char *unit = g_strdup_printf (_("%s a week"), pt_distance_unit_symbol (self->unit));

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("New Return-to-Run Plan"), NULL));
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "plan.cancel");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->create_button = gtk_button_new_with_mnemonic (_("C_reate"));
  gtk_widget_add_css_class (self->create_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->create_button), "plan.create");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->create_button);
  gtk_box_append (GTK_BOX (box), header);

  self->template_row = combo_row (_("_Start With"), templates);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->template_row),
                               _("Continuous running suits a break of under a month"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->template_row);

  self->date_row = pt_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Start _Date"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->date_row), TRUE);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->date_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->date_row);

  self->goal_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_row), _("_Goal"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->goal_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->goal_row),
                               _("The weekly distance the plan builds up to"));
  self->goal_spin = gtk_spin_button_new_with_range (1, self->unit == PT_DISTANCE_UNIT_MI ? 310 : 500,
                                                    1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->goal_spin),
                             self->unit == PT_DISTANCE_UNIT_MI ? DEFAULT_GOAL_MI : DEFAULT_GOAL_KM);
  gtk_widget_set_valign (self->goal_spin, GTK_ALIGN_CENTER);
  /* Return in the number creates, as in the date. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                                          gtk_named_action_new ("plan.create")));
  gtk_widget_add_controller (self->goal_spin, shortcuts);
  g_signal_connect_swapped (self->goal_spin, "value-changed", G_CALLBACK (changed_cb), self);
  unit_label = gtk_label_new (unit);
  gtk_widget_add_css_class (unit_label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->goal_row), self->goal_spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->goal_row), unit_label);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->goal_row), self->goal_spin);
  gtk_widget_set_focusable (self->goal_row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->goal_row);

  self->error_row = g_object_new (ADW_TYPE_PREFERENCES_ROW, "activatable", FALSE,
                                  "selectable", FALSE, "focusable", FALSE, "visible", FALSE,
                                  NULL);
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->error_row), label);
  self->error_label = GTK_LABEL (label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->error_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  /* The rule, and under it what it means in words, with its source. */
  self->rule_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->rule_group), _("Pain Rule"));
  /* Three choices, all in sight: radio rows, as in GNOME Settings. */
  for (guint i = 0; i < G_N_ELEMENTS (rule_kinds); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     pt_plan_rule_kind_name (rule_kinds[i]));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check),
                                    GTK_CHECK_BUTTON (self->rule_checks[0]));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_focusable (row, FALSE);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (rule_changed_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->rule_group), row);
      self->rule_checks[i] = check;
    }
  self->rule_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->rule_label, TRUE);
  gtk_label_set_xalign (self->rule_label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->rule_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->rule_label), "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->rule_group),
                             GTK_WIDGET (self->rule_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->rule_group));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->rule_checks[0]), TRUE);
  rule_changed_cb (self);

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->create_button);
  gtk_widget_grab_focus (self->template_row);
}

static void
pt_run_plan_dialog_dispose (GObject *object)
{
  PtRunPlanDialog *self = PT_RUN_PLAN_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (pt_run_plan_dialog_parent_class)->dispose (object);
}

static void
pt_run_plan_dialog_class_init (PtRunPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_run_plan_dialog_dispose;

  /**
   * PtRunPlanDialog::saved:
   * @id: the new plan's id
   *
   * The plan was saved; the dialog then closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "plan.create", NULL, create_activated);
  gtk_widget_class_install_action (widget_class, "plan.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "plan.cancel", NULL);
}

static void
pt_run_plan_dialog_init (PtRunPlanDialog *self)
{
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 680);
  gtk_window_set_title (GTK_WINDOW (self), _("New Return-to-Run Plan"));
}

PtRunPlanDialog *
pt_run_plan_dialog_new (GtkWindow      *parent,
                        PtStore        *store,
                        gint64          patient_id,
                        gint64          condition_id,
                        PtDistanceUnit  unit)
{
  PtRunPlanDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PT_IS_STORE (store), NULL);

  self = g_object_new (PT_TYPE_RUN_PLAN_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->patient_id = patient_id;
  self->condition_id = condition_id;
  self->unit = unit;
  build (self);

  return self;
}

const char *
pt_run_plan_dialog_get_error (PtRunPlanDialog *self)
{
  g_return_val_if_fail (PT_IS_RUN_PLAN_DIALOG (self), NULL);

  return gtk_widget_get_visible (self->error_row) ? gtk_label_get_text (self->error_label) : NULL;
}

GtkWidget *
pt_run_plan_dialog_get_widget (PtRunPlanDialog *self,
                               const char      *name)
{
  g_return_val_if_fail (PT_IS_RUN_PLAN_DIALOG (self), NULL);

  if (g_strcmp0 (name, "template") == 0)
    return self->template_row;
  if (g_strcmp0 (name, "start_date") == 0)
    return self->date_row;
  if (g_strcmp0 (name, "goal") == 0)
    return self->goal_spin;
  if (g_strcmp0 (name, "rule") == 0)
    return self->rule_checks[0];
  if (g_strcmp0 (name, "create") == 0)
    return self->create_button;
  return NULL;
}
