/* pt-patient-view.c: the patient's own view of their progress
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a patient reads at the workstation, in large type and plain words:
 * the headline and the facts (core's pt-patient-words, from the same bundle
 * as the clinician's page, never computed here), the change in their main
 * questionnaire, the patient chart (render's PT_CHART_PATIENT), where they
 * are in the return-to-run plan and their next run, what comes next, their visits, and, when the clinic
 * allows it, today's pain and a run recorded by the patient
 * (pt-patient-entry.c). The window decides what else is reachable
 * (pt-window-lock.c); this widget only shows one bundle.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-date.h"
#include "pt-patient-entry.h"
#include "pt-patient-view.h"
#include "pt-patient-words.h"
#include "pt-pin-prompt.h"

struct _PtPatientView
{
  GtkWidget          parent_instance;

  /* Template children */
  AdwWindowTitle    *window_title;
  GtkRevealer       *leave_revealer;
  GtkBox            *leave_box;
  GtkScrolledWindow *scroller;
  GtkLabel          *greeting_label;
  GtkLabel          *headline_label;
  GtkFlowBox        *facts_box;
  GtkDropDown       *range_dropdown;
  GtkBox            *chart_slot;
  GtkWidget         *news_box;
  GtkWidget         *measure_card;
  GtkLabel          *measure_label;
  GtkWidget         *next_run_card;
  GtkLabel          *next_run_label;
  AdwPreferencesGroup *plan_group;
  AdwPreferencesGroup *next_group;
  AdwPreferencesGroup *entry_group;
  AdwPreferencesGroup *visits_group;

  PtChartView       *chart_view;
  GtkWidget         *prompt;        /* PtPinPrompt, made with the store */
  GtkWidget         *entry;         /* PtPatientEntry, or NULL */
  GPtrArray         *rows;          /* the rows added to the groups, to remove on reload */
  PtPatientBundle   *bundle;
  PtStore           *store;
  PtDistanceUnit     unit;
};

G_DEFINE_FINAL_TYPE (PtPatientView, pt_patient_view, GTK_TYPE_WIDGET)

enum {
  LEAVE,
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Months shown for each choice of the range drop-down; 0: all time. */
static const guint range_months[] = { 3, 6, 12, 0 };

static void
add_fact (PtPatientView *self,
          const char    *icon_name,
          const char    *text)
{
  GtkWidget *box, *image, *label;

  if (text == NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "patient-fact");
  image = gtk_image_new_from_icon_name (icon_name);
  gtk_image_set_icon_size (GTK_IMAGE (image), GTK_ICON_SIZE_LARGE);
  gtk_widget_set_valign (image, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Narrow enough that three fit in a row on a wide window. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "title-4");
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_flow_box_append (self->facts_box, box);
}

static void
add_row (PtPatientView       *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row;

  if (subtitle == NULL || *subtitle == '\0')
    return;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

static void
clear (PtPatientView *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->facts_box))) != NULL)
    gtk_flow_box_remove (self->facts_box, child);
}

static void
show_words (PtPatientView  *self,
            PtPatientWords *words)
{
  const char *name = pt_patient_get_name (pt_patient_bundle_get_patient (self->bundle));
  g_autofree char *greeting = NULL;

  /* The name is in the greeting; the title stays short for a narrow window. */
  /* Translators: %s is the patient's name */
  greeting = g_strdup_printf (_("%s, this is how you are doing"), name);
  gtk_label_set_text (self->greeting_label, greeting);
  gtk_label_set_text (self->headline_label,
                      words->pain != NULL ? words->pain
                                          : _("Your pain scores will show here after your next visit"));

  add_fact (self, "emblem-ok-symbolic", words->treatments);
  add_fact (self, "media-playlist-consecutive-symbolic", words->running);
  add_fact (self, "starred-symbolic", words->back_to_running);

  add_row (self, self->next_group, _("Your Next Visit"), words->next_visit);
  add_row (self, self->next_group, _("Your Clinician’s Advice"), words->advice);
  add_row (self, self->next_group, _("Your Running"), words->load_advice);
  gtk_widget_set_visible (GTK_WIDGET (self->next_group),
                          words->next_visit != NULL || words->advice != NULL ||
                          words->load_advice != NULL);
}

/* The box of the news cards adds no spacing of its own when empty. */
static void
sync_news (PtPatientView *self)
{
  gtk_widget_set_visible (self->news_box, gtk_widget_get_visible (self->measure_card) ||
                                          gtk_widget_get_visible (self->next_run_card));
}

/* "Your foot function improved: your Foot Function Index went from 50 % to
 * 12 % (lower is better)." from the condition's main questionnaire. */
static void
show_measure (PtPatientView *self)
{
  const PtOutcomeMeasure *measure = pt_patient_bundle_get_primary_outcome (self->bundle);
  g_autofree char *sentence = measure != NULL ? pt_outcome_measure_describe (measure) : NULL;

  gtk_label_set_text (self->measure_label, sentence != NULL ? sentence : "");
  gtk_widget_set_visible (self->measure_card, sentence != NULL);
  sync_news (self);
}

/* Where the patient is in the return-to-run plan, the next run, and the
 * rule that decides, in the words core gives the clinician too. */
static void
show_plan (PtPatientView *self)
{
  g_autoptr(PtPlanProgress) progress = pt_patient_bundle_evaluate_plan (self->bundle, self->unit);
  PtRunPlan *run_plan = pt_patient_bundle_get_run_plan (self->bundle);
  g_autoptr(PtPlan) plan = run_plan != NULL ? pt_run_plan_get_plan (run_plan, NULL) : NULL;
  g_autofree char *where = NULL;
  g_autofree char *next = NULL;
  g_autofree char *rule_text = NULL;
  PtPlanRule rule;

  gtk_widget_set_visible (GTK_WIDGET (self->plan_group), progress != NULL && plan != NULL);
  gtk_widget_set_visible (self->next_run_card, progress != NULL && plan != NULL);
  sync_news (self);
  if (progress == NULL || plan == NULL)
    return;

  if (pt_plan_progress_is_complete (progress))
    where = g_strdup (_("You have done every step of the plan"));
  else
    /* Translators: the step of the return-to-run plan, "Step 4 of 17" */
    where = g_strdup_printf (_("Step %u of %u"), pt_plan_progress_get_current_step (progress) + 1,
                             pt_plan_get_n_steps (plan));
  next = pt_plan_progress_next_run (progress);
  pt_run_plan_get_rule (run_plan, &rule);
  rule_text = pt_plan_rule_describe (&rule);

  /* The next run in large type at the top, with the other news. */
  gtk_label_set_text (self->next_run_label, next);
  add_row (self, self->plan_group, _("Where You Are"), where);
  add_row (self, self->plan_group, _("How the Plan Moves On"), rule_text);
}

static void
show_visits (PtPatientView *self)
{
  g_autoptr(GPtrArray) visits = pt_patient_words_visits (self->bundle);

  /* Newest first: the visit a patient remembers best. */
  for (guint i = visits->len; i-- > 0;)
    {
      PtPatientVisit *visit = g_ptr_array_index (visits, i);
      g_autoptr(GString) detail = g_string_new (visit->treatment);
      g_autofree char *title = NULL;

      if (visit->pain != NULL)
        g_string_append_printf (detail, "\n%s", visit->pain);
      if (visit->advice != NULL)
        g_string_append_printf (detail, "\n%s", visit->advice);
      add_row (self, self->visits_group, visit->date, detail->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->visits_group), visits->len > 0);
}

static gboolean
show_chart (PtPatientView  *self,
            GError        **error)
{
  guint range = gtk_drop_down_get_selected (self->range_dropdown);
  const char *today = pt_patient_bundle_get_today (self->bundle);
  g_autofree char *from = NULL;
  g_autoptr(PtChartData) data = NULL;

  if (range < G_N_ELEMENTS (range_months) && range_months[range] > 0)
    from = pt_date_months_before (today, range_months[range]);

  data = pt_chart_data_new (self->bundle, from, from != NULL ? today : NULL, error);
  if (data == NULL)
    return FALSE;

  data->unit = self->unit;
  pt_chart_view_set_data (self->chart_view, data);
  return TRUE;
}

static void
range_changed_cb (PtPatientView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->bundle != NULL && !show_chart (self, &error))
    g_warning ("Cannot show the chart: %s", error->message);
}

static gboolean
emit_recorded_cb (gpointer data)
{
  g_signal_emit (data, signals[RECORDED], 0);
  return G_SOURCE_REMOVE;
}

/* Once the click that saved is over: the reload replaces the entry, and
 * with it the button still being pressed. */
static void
entry_recorded_cb (PtPatientView *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, emit_recorded_cb, g_object_ref (self), g_object_unref);
}

static void
stay_clicked_cb (PtPatientView *self)
{
  gtk_revealer_set_reveal_child (self->leave_revealer, FALSE);
  pt_pin_prompt_reset (PT_PIN_PROMPT (self->prompt));
}

static void
prompt_accepted_cb (PtPatientView *self)
{
  gtk_revealer_set_reveal_child (self->leave_revealer, FALSE);
  g_signal_emit (self, signals[LEAVE], 0);
}

static void
pt_patient_view_dispose (GObject *object)
{
  PtPatientView *self = PT_PATIENT_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_PATIENT_VIEW);
  /* The header bar is not bound, so the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->bundle, pt_patient_bundle_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pt_patient_view_parent_class)->dispose (object);
}

static void
pt_patient_view_class_init (PtPatientViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_patient_view_dispose;

  /**
   * PtPatientView::leave:
   *
   * The view is to be left: the clinician's PIN was typed, or none is set.
   */
  signals[LEAVE] = g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * PtPatientView::recorded:
   *
   * The patient recorded today's pain (and a run): the bundle shown is
   * out of date.
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-patient-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, window_title);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, leave_revealer);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, leave_box);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, facts_box);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, chart_slot);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, news_box);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, measure_card);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, measure_label);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, next_run_card);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, next_run_label);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, plan_group);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, next_group);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, entry_group);
  gtk_widget_class_bind_template_child (widget_class, PtPatientView, visits_group);
  gtk_widget_class_bind_template_callback (widget_class, stay_clicked_cb);
}

static void
pt_patient_view_init (PtPatientView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->chart_view = PT_CHART_VIEW (pt_chart_view_new ());
  pt_chart_view_set_kind (self->chart_view, PT_CHART_PATIENT);
  gtk_widget_set_hexpand (GTK_WIDGET (self->chart_view), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart_view), TRUE);
  gtk_box_append (self->chart_slot, GTK_WIDGET (self->chart_view));
  g_signal_connect_object (self->range_dropdown, "notify::selected",
                           G_CALLBACK (range_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

GtkWidget *
pt_patient_view_new (void)
{
  return g_object_new (PT_TYPE_PATIENT_VIEW, NULL);
}

gboolean
pt_patient_view_load (PtPatientView    *self,
                      PtStore          *store,
                      PtPatientBundle  *bundle,
                      PtDistanceUnit    unit,
                      gboolean          entry,
                      GError          **error)
{
  g_autoptr(PtPatientWords) words = NULL;

  g_return_val_if_fail (PT_IS_PATIENT_VIEW (self), FALSE);
  g_return_val_if_fail (PT_IS_STORE (store), FALSE);
  g_return_val_if_fail (bundle != NULL && pt_patient_bundle_get_patient (bundle) != NULL, FALSE);

  if (self->store != store)
    {
      g_set_object (&self->store, store);
      if (self->prompt != NULL)
        gtk_box_remove (self->leave_box, self->prompt);
      self->prompt = pt_pin_prompt_new (store, _("_Leave"));
      gtk_widget_set_size_request (self->prompt, 240, -1);
      gtk_box_insert_child_after (self->leave_box, self->prompt,
                                  gtk_widget_get_first_child (GTK_WIDGET (self->leave_box)));
      g_signal_connect_object (self->prompt, "accepted", G_CALLBACK (prompt_accepted_cb), self,
                               G_CONNECT_SWAPPED);
    }

  g_clear_pointer (&self->bundle, pt_patient_bundle_unref);
  self->bundle = pt_patient_bundle_ref (bundle);
  self->unit = unit;
  gtk_revealer_set_reveal_child (self->leave_revealer, FALSE);

  clear (self);
  words = pt_patient_words_new (bundle, unit);
  show_words (self, words);
  show_measure (self);
  show_plan (self);
  show_visits (self);

  /* The same patient's form stays, with its "Saved" message. */
  if (self->entry != NULL &&
      (!entry || !pt_patient_entry_is_for (PT_PATIENT_ENTRY (self->entry), bundle)))
    {
      adw_preferences_group_remove (self->entry_group, self->entry);
      self->entry = NULL;
    }
  if (entry && self->entry == NULL)
    {
      self->entry = pt_patient_entry_new (store, bundle, unit);
      adw_preferences_group_add (self->entry_group, self->entry);
      g_signal_connect_object (self->entry, "recorded", G_CALLBACK (entry_recorded_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else if (self->entry != NULL)
    pt_patient_entry_set_bundle (PT_PATIENT_ENTRY (self->entry), bundle);
  gtk_widget_set_visible (GTK_WIDGET (self->entry_group), entry);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  return show_chart (self, error);
}

void
pt_patient_view_ask_to_leave (PtPatientView *self,
                              gboolean       pin)
{
  g_return_if_fail (PT_IS_PATIENT_VIEW (self));

  if (!pin)
    {
      g_signal_emit (self, signals[LEAVE], 0);
      return;
    }

  pt_pin_prompt_reset (PT_PIN_PROMPT (self->prompt));
  gtk_revealer_set_reveal_child (self->leave_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (pt_pin_prompt_get_entry (PT_PIN_PROMPT (self->prompt))));
}

const char *
pt_patient_view_get_headline (PtPatientView *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_VIEW (self), NULL);

  return gtk_label_get_text (self->headline_label);
}

const char *
pt_patient_view_get_measure (PtPatientView *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_VIEW (self), NULL);

  return gtk_widget_get_visible (self->measure_card) ? gtk_label_get_text (self->measure_label)
                                                     : NULL;
}

PtChartView *
pt_patient_view_get_chart (PtPatientView *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_VIEW (self), NULL);

  return self->chart_view;
}

GtkWidget *
pt_patient_view_get_prompt (PtPatientView *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_VIEW (self), NULL);

  return self->prompt;
}

PtPatientBundle *
pt_patient_view_get_bundle (PtPatientView *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_VIEW (self), NULL);

  return self->bundle;
}
