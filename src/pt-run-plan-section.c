/* pt-run-plan-section.c: the patient page's return-to-run plan
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A boxed list under the heading "Return to Running": the next run, the
 * plan's steps with the ones done ticked and the current one marked, the
 * pain-monitoring rule in words with its source, and the decisions after
 * the latest runs. Everything is core's: the bundle's plan evaluated from
 * scratch (pt_patient_bundle_evaluate_plan ()), so a pain score logged
 * since changes what is shown at the next load of the page.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-format.h"
#include "pt-run-plan-section.h"

/* Decisions shown, the latest ones. */
#define N_RECENT 5

struct _PtRunPlanSection
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *group;
  GPtrArray           *rows;       /* the rows in the group, to remove on reload */
  char                *next_run;
  char                *step;       /* "Step 4 of 17" or "Complete" */
  char                *step_text;  /* what the current step prescribes */
  int                  current;
};

G_DEFINE_FINAL_TYPE (PtRunPlanSection, pt_run_plan_section, ADW_TYPE_BIN)

static void
clear (PtRunPlanSection *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->next_run, g_free);
  g_clear_pointer (&self->step, g_free);
  g_clear_pointer (&self->step_text, g_free);
  self->current = -1;
}

static GtkWidget *
add_row (PtRunPlanSection *self,
         const char       *icon_name,
         const char       *title,
         const char       *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static GtkWidget *
add_expander (PtRunPlanSection *self,
              const char       *icon_name,
              const char       *title,
              const char       *subtitle)
{
  GtkWidget *row = adw_expander_row_new ();

  /* An icon like every row of the list, so the titles line up. */
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), icon_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static GtkWidget *
sub_row (GtkWidget  *expander,
         const char *icon_name,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  /* Every row has its image, empty or not, so the titles line up. */
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_size_request (image, 16, 16);
  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  return row;
}

static char *
dup_step_count (const PtPlanStep *step)
{
  if (step->kind == PT_PLAN_STEP_WEEKLY)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", step->sessions),
                            step->sessions);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u run", "%u runs", step->sessions),
                          step->sessions);
}

/* Where the plan is, under the next run: "Runs done at this step: 1 of 2 ·
 * plan from 20 Apr 2026". */
static char *
dup_where (PtPlan         *plan,
           PtPlanProgress *progress)
{
  guint current = pt_plan_progress_get_current_step (progress);
  guint done = pt_plan_progress_get_done (progress);
  g_autofree char *start = pt_format_date (pt_plan_get_start_date (plan), PT_DATE_SHORT);
  g_autofree char *count = NULL;
  const PtPlanStep *step;

  if (pt_plan_progress_is_complete (progress))
    /* Translators: %s is the date the plan started */
    return g_strdup_printf (_("Every step done · plan from %s"), start);

  step = pt_plan_get_step (plan, current);
  if (step->kind == PT_PLAN_STEP_WEEKLY)
    /* Translators: weeks done at the current step of the plan, "0 of 1" */
    count = g_strdup_printf (_("Weeks done at this step: %u of %u"), done, step->sessions);
  else
    /* Translators: runs done at the current step of the plan, "1 of 2" */
    count = g_strdup_printf (_("Runs done at this step: %u of %u"), done, step->sessions);

  /* Translators: what is done at this step, then the plan's start date */
  return g_strdup_printf (_("%s · plan from %s"), count, start);
}

static void
add_steps (PtRunPlanSection *self,
           PtPlan           *plan,
           PtPlanProgress   *progress,
           PtDistanceUnit    unit)
{
  guint n = pt_plan_get_n_steps (plan);
  guint current = pt_plan_progress_get_current_step (progress);
  g_autofree char *where = NULL;
  GtkWidget *expander;

  if (current < n)
    /* Translators: the step the plan is at, "Step 4 of 17" */
    where = g_strdup_printf (_("Step %u of %u"), current + 1, n);
  else
    where = g_strdup (_("Complete"));

  expander = add_expander (self, "view-list-bullet-symbolic", _("Steps"), where);
  self->step = g_strdup (where);
  if (current >= n)
    self->step_text = g_strdup (_("Every step done"));
  else if (pt_plan_get_step (plan, current)->kind == PT_PLAN_STEP_WEEKLY)
    /* Translators: weeks done at the plan's current step, "0 of 1 week done" */
    self->step_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u week done",
                                                    "%u of %u weeks done",
                                                    pt_plan_get_step (plan, current)->sessions),
                                       pt_plan_progress_get_done (progress),
                                       pt_plan_get_step (plan, current)->sessions);
  else
    /* Translators: runs done at the plan's current step, "1 of 2 runs done" */
    self->step_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u run done",
                                                    "%u of %u runs done",
                                                    pt_plan_get_step (plan, current)->sessions),
                                       pt_plan_progress_get_done (progress),
                                       pt_plan_get_step (plan, current)->sessions);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);

  for (guint i = 0; i < n; i++)
    {
      const PtPlanStep *step = pt_plan_get_step (plan, i);
      g_autofree char *text = pt_plan_step_describe (step, unit);
      g_autofree char *count = dup_step_count (step);
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* Translators: a step of the plan, "4. 4 min running, 1 min walking, 5 times" */
      title = g_strdup_printf (_("%u. %s"), i + 1, text);
      row = sub_row (expander,
                     i < current ? "object-select-symbolic"
                                 : i == current ? "media-playback-start-symbolic" : NULL,
                     title, count);
      if (i < current)
        gtk_widget_add_css_class (row, "plan-step-done");
      else if (i == current)
        {
          GtkWidget *now = gtk_label_new (_("Current Step"));

          gtk_widget_add_css_class (now, "accent");
          gtk_widget_add_css_class (now, "caption-heading");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), now);
          gtk_widget_add_css_class (row, "plan-step-current");
          gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          _("Current Step"), -1);
        }
    }
}

static const char *
decision_icon (PtPlanDecision decision)
{
  switch (decision)
    {
    case PT_PLAN_ADVANCE:
      return "go-up-symbolic";
    case PT_PLAN_STEP_BACK:
      return "go-down-symbolic";
    case PT_PLAN_HOLD:
    default:
      return "media-playback-pause-symbolic";
    }
}

static const char *
decision_label (PtPlanDecision decision)
{
  switch (decision)
    {
    case PT_PLAN_ADVANCE:
      return _("Moves on");
    case PT_PLAN_STEP_BACK:
      return _("Back one step");
    case PT_PLAN_HOLD:
    default:
      return _("Stays");
    }
}

static void
add_decisions (PtRunPlanSection *self,
               PtPlanProgress   *progress)
{
  guint n = pt_plan_progress_get_n_entries (progress);
  guint shown = MIN (n, N_RECENT);
  g_autofree char *subtitle = NULL;
  GtkWidget *expander;

  if (n == 0)
    {
      add_row (self, "media-playlist-consecutive-symbolic", _("After Each Run"),
               _("No run since the plan started. The plan decides after each run logged."));
      return;
    }

  if (n == 1)
    subtitle = g_strdup (_("The one run so far"));
  else
    /* Translators: decisions shown and runs logged, "The latest 5 of 120 runs" */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The latest %u of %u run",
                                             "The latest %u of %u runs", n),
                                shown, n);
  expander = add_expander (self, "document-open-recent-symbolic", _("After Each Run"), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);

  /* Newest first. */
  for (guint i = n; i-- > n - shown;)
    {
      const PtPlanEntry *entry = pt_plan_progress_get_entry (progress, i);
      g_autofree char *date = pt_format_date (entry->date, PT_DATE_SHORT);
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* Translators: a run's date and what the plan did after it, "15 Nov 2026 · Stays" */
      title = g_strdup_printf (_("%s · %s"), date, decision_label (entry->decision));
      row = sub_row (expander, decision_icon (entry->decision), title, entry->text);
      if (entry->decision == PT_PLAN_STEP_BACK)
        gtk_widget_add_css_class (row, "plan-step-back");
    }
}

void
pt_run_plan_section_set_bundle (PtRunPlanSection *self,
                                PtPatientBundle  *bundle,
                                PtDistanceUnit    unit)
{
  g_autoptr(PtPlanProgress) progress = NULL;
  g_autoptr(PtPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;
  g_autofree char *rule_text = NULL;
  PtRunPlan *run_plan;
  PtPlanRule rule;
  GtkWidget *row;

  g_return_if_fail (PT_IS_RUN_PLAN_SECTION (self));

  clear (self);
  run_plan = bundle != NULL ? pt_patient_bundle_get_run_plan (bundle) : NULL;
  if (run_plan == NULL)
    {
      add_row (self, "media-playlist-consecutive-symbolic", _("No Plan Yet"),
               _("A plan sets out the steps back to running. After each run it says, from the "
                 "pain scores, whether to move on, stay or go back a step."));
      return;
    }

  plan = pt_run_plan_get_plan (run_plan, &error);
  progress = plan != NULL ? pt_patient_bundle_evaluate_plan (bundle, unit) : NULL;
  if (progress == NULL)
    {
      add_row (self, "dialog-warning-symbolic", _("The Plan Cannot Be Read"),
               error != NULL ? error->message : NULL);
      return;
    }

  self->next_run = pt_plan_progress_next_run (progress);
  self->current = pt_plan_progress_is_complete (progress)
                  ? -1 : (int) pt_plan_progress_get_current_step (progress);
  where = dup_where (plan, progress);
  row = add_row (self, pt_plan_progress_is_complete (progress) ? "starred-symbolic"
                                                               : "media-playback-start-symbolic",
                 self->next_run, where);
  gtk_widget_add_css_class (row, "plan-next-run");

  add_steps (self, plan, progress, unit);

  pt_run_plan_get_rule (run_plan, &rule);
  rule_text = pt_plan_rule_describe (&rule);
  add_row (self, "dialog-information-symbolic", pt_plan_rule_kind_name (rule.kind), rule_text);

  add_decisions (self, progress);
}

static void
pt_run_plan_section_dispose (GObject *object)
{
  PtRunPlanSection *self = PT_RUN_PLAN_SECTION (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->next_run, g_free);
  g_clear_pointer (&self->step, g_free);
  g_clear_pointer (&self->step_text, g_free);

  G_OBJECT_CLASS (pt_run_plan_section_parent_class)->dispose (object);
}

static void
pt_run_plan_section_class_init (PtRunPlanSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pt_run_plan_section_dispose;
}

static void
pt_run_plan_section_init (PtRunPlanSection *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  self->rows = g_ptr_array_new ();
  self->current = -1;
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Return to Running"));

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_New Plan…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.new-run-plan");
  gtk_widget_set_tooltip_text (button, _("Start a new return-to-run plan"));
  adw_preferences_group_set_header_suffix (self->group, button);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
}

GtkWidget *
pt_run_plan_section_new (void)
{
  return g_object_new (PT_TYPE_RUN_PLAN_SECTION, NULL);
}

const char *
pt_run_plan_section_get_next_run (PtRunPlanSection *self)
{
  g_return_val_if_fail (PT_IS_RUN_PLAN_SECTION (self), NULL);

  return self->next_run;
}

int
pt_run_plan_section_get_current (PtRunPlanSection *self)
{
  g_return_val_if_fail (PT_IS_RUN_PLAN_SECTION (self), -1);

  return self->current;
}

gboolean
pt_run_plan_section_get_step (PtRunPlanSection  *self,
                              const char       **step,
                              const char       **text)
{
  g_return_val_if_fail (PT_IS_RUN_PLAN_SECTION (self), FALSE);

  if (self->step == NULL)
    return FALSE;
  if (step != NULL)
    *step = self->step;
  if (text != NULL)
    *text = self->step_text;
  return TRUE;
}
