/* pt-patient-page.c: one patient's recovery, treatments and training
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header answers "how is this patient doing?" from core's analysis for
 * their main condition: pain from baseline to now,
 * sessions, weeks since the first, this week's running against last week's,
 * the 10 % rule, shoes in use past the clinic's limit, and the main
 * questionnaire from first to latest. Below are the chart, one table per
 * record type and the return-to-run plan (pt-run-plan-section.c). Everything comes from one bundle
 * (pt_patient_bundle_load): the records are read once, analysed once, as
 * of one day, and the chart's range is a view of the same bundle.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-a11y.h"
#include "pt-analysis.h"
#include "pt-patient-bundle.h"
#include "pt-chart-view.h"
#include "pt-date.h"
#include "pt-format.h"
#include "pt-patient-page.h"
#include "pt-patient-row.h"
#include "pt-record-columns.h"
#include "pt-run-plan-section.h"

struct _PtPatientPage
{
  GtkWidget        parent_instance;

  /* Template children */
  GtkScrolledWindow *scroller;
  GtkLabel         *name_label;
  GtkLabel         *details_label;
  GtkFlowBox       *summary_box;
  GtkRevealer      *warning_revealer;
  GtkLabel         *warning_label;
  GtkRevealer      *shoe_warning_revealer;
  GtkLabel         *shoe_warning_label;
  GtkBox           *chart_slot;
  PtChartView      *chart_view;
  GtkToggleButton  *recovery_button;
  GtkDropDown      *range_dropdown;
  AdwSqueezer      *squeezer;
  GtkDropDown      *table_dropdown;   /* the tables by name, when tabs would cut them */
  GtkSelectionModel *pages;           /* the view stack's */
  AdwViewStack     *view_stack;
  PtRunPlanSection *plan_section;

  PtRecordTable    *tables[7];
  PtPatientBundle  *bundle;         /* what is shown; NULL before a load */
  PtDistanceUnit    unit;
  char             *pain_summary;
};

G_DEFINE_FINAL_TYPE (PtPatientPage, pt_patient_page, GTK_TYPE_WIDGET)

enum {
  TABLE_CHANGED,
  LOAD_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GType         (*get_type) (void);
  const char     *name;
  const char     *title;
  const char     *icon_name;
  const PtColumn *(*columns) (guint *n_columns);
} TableInfo;

static const TableInfo table_info[] = {
  { pt_session_get_type, "sessions", N_("Sessions"), "emblem-system-symbolic",
    pt_session_columns },
  { pt_pain_score_get_type, "pain", N_("Pain"), "dialog-warning-symbolic",
    pt_pain_score_columns },
  { pt_run_get_type, "running", N_("Running"), "media-playlist-consecutive-symbolic",
    pt_run_columns },
  { pt_cross_training_get_type, "cross-training", N_("Cross-Training"), "view-refresh-symbolic",
    pt_cross_training_columns },
  { pt_condition_get_type, "conditions", N_("Conditions"), "user-bookmarks-symbolic",
    pt_condition_columns },
  /* A shoe box; its columns need the distances (load_shoe_context). */
  { pt_shoe_get_type, "shoes", N_("Shoes"), "package-x-generic-symbolic",
    pt_shoe_columns },
  /* Its Condition column needs the conditions (load_outcome_context). */
  { pt_outcome_get_type, "outcomes", N_("Outcome Measures"), "x-office-document-symbolic",
    pt_outcome_columns },
};

/* A summary tile: a caption, a big value and a line of detail; returns the
 * detail's label. */
static GtkWidget *
add_tile (PtPatientPage *self,
          const char    *caption,
          const char    *value,
          const char    *detail)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "summary-tile");

  label = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-2");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (detail);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);

  gtk_flow_box_append (self->summary_box, box);
  return label;
}

static void
clear_tiles (PtPatientPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box))) != NULL)
    gtk_flow_box_remove (self->summary_box, child);
}

static char *
dup_details (PtPatient   *patient,
             PtCondition *condition,
             const char  *today)
{
  int age = pt_date_age_years (pt_patient_get_date_of_birth (patient), today);
  g_autofree char *side = NULL;

  if (condition == NULL)
    /* Translators: record number and age, "PT-0001 · 43 years" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d year", "%s · %d years", age),
                            pt_patient_get_record_number (patient), age);

  side = g_utf8_strdown (pt_side_to_label (pt_condition_get_side (condition)), -1);
  /* Translators: record number, age, condition and side:
   * "PT-0001 · 43 years · Achilles tendinopathy, left" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d year · %s, %s",
                                       "%s · %d years · %s, %s", age),
                          pt_patient_get_record_number (patient), age, pt_condition_kind_to_label (pt_condition_get_kind (condition)),
                          side);
}

static void
add_pain_tile (PtPatientPage *self,
               const PtRecovery *recovery)
{
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *latest = NULL;

  g_clear_pointer (&self->pain_summary, g_free);

  if (!recovery->has_latest)
    {
      add_tile (self, _("Pain"), _("No scores yet"), _("Record a pain score to follow recovery"));
      return;
    }

  latest = pt_format_pain (recovery->latest);
  if (recovery->has_percent)
    {
      g_autofree char *baseline = pt_format_pain (recovery->baseline);

      /* Translators: pain at baseline and now, "7.5 → 2.25" */
      value = g_strdup_printf (_("%s → %s"), baseline, latest);
      detail = pt_format_pain_change (recovery->percent_change);
    }
  else
    {
      value = g_strdup (latest);
      detail = g_strdup (_("Latest score"));
    }

  self->pain_summary = g_strdup_printf ("%s (%s)", value, detail);
  add_tile (self, _("Pain (0–10)"), value, detail);
}

static void
add_session_tiles (PtPatientPage *self,
                   const PtRecovery *recovery)
{
  g_autofree char *count = g_strdup_printf ("%u", recovery->n_sessions);
  g_autofree char *first = NULL;
  g_autofree char *first_date = NULL;
  g_autofree char *weeks = NULL;

  if (recovery->n_sessions == 0)
    {
      add_tile (self, _("Sessions"), "0", _("No treatment recorded yet"));
      return;
    }

  first_date = pt_format_date (recovery->first_session, PT_DATE_SHORT);
  /* Translators: %s is a date */
  first = g_strdup_printf (_("First on %s"), first_date);
  add_tile (self, _("Sessions"), count, first);

  weeks = g_strdup_printf ("%d", MAX (recovery->days_since_first_session, 0) / 7);
  add_tile (self, _("Weeks Since First"), weeks,
            recovery->first_run_back[0] != '\0' ? _("Running again") : _("Not running yet"));
}

/* The next visit booked at the latest session: its date, and how far off
 * it is or how long overdue. */
static void
add_next_visit_tile (PtPatientPage *self,
                     const PtRecovery *recovery)
{
  g_autofree char *date = NULL;
  g_autofree char *detail = NULL;
  GtkWidget *detail_label;
  int days = recovery->days_to_next_visit;

  if (recovery->next_visit[0] == '\0')
    {
      add_tile (self, _("Next Visit"), _("Not booked"), _("Book it with the next session"));
      return;
    }

  date = pt_format_date (recovery->next_visit, PT_DATE_SHORT);
  if (days < 0)
    /* Translators: the next visit booked has passed */
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day",
                                           "Overdue by %d days", -days), -days);
  else if (days == 0)
    detail = g_strdup (_("Today"));
  else if (days == 1)
    detail = g_strdup (_("Tomorrow"));
  else
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %d day", "In %d days", days),
                              days);

  detail_label = add_tile (self, _("Next Visit"), date, detail);
  if (days < 0)
    gtk_widget_add_css_class (detail_label, "warning");
}

static char *
format_outcome_total (const PtOutcomeMeasure *measure,
                      double                  total)
{
  g_autofree char *number = pt_format_number (total, 1);

  /* Translators: an outcome score that is a percentage, "50 %" */
  return measure->scale.percent ? g_strdup_printf (_("%s %%"), number) : g_steal_pointer (&number);
}

/* The main questionnaire, first to latest, and whether the change is one
 * that matters (its published minimal clinically important difference). */
static void
add_outcome_tile (PtPatientPage   *self,
                  PtPatientBundle *bundle)
{
  const PtOutcomeMeasure *measure = pt_patient_bundle_get_primary_outcome (bundle);
  const PtOutcomePoint *first, *last;
  g_autofree char *value = NULL;
  g_autofree char *baseline = NULL;
  g_autofree char *latest = NULL;
  const char *detail, *caption;

  if (measure == NULL || measure->points->len == 0)
    return;

  /* A tile's caption is one line: "Lower Extremity Functional Scale" is
   * shown as "LEFS". The details are short enough not to wrap either: a
   * row of tiles growing taller at a reload moved the page under the
   * pointer of a click in the tests (GTK 4.8 then miscounts the press). */
  caption = g_utf8_strlen (measure->name, -1) <= 24 ? measure->name : measure->short_name;
  first = &g_array_index (measure->points, PtOutcomePoint, measure->baseline);
  last = &g_array_index (measure->points, PtOutcomePoint, measure->points->len - 1);
  latest = format_outcome_total (measure, last->total);
  if (measure->baseline + 1 >= measure->points->len)
    {
      add_tile (self, caption, latest, _("The first score"));
      return;
    }

  baseline = format_outcome_total (measure, first->total);
  /* Translators: an outcome score at baseline and now, "50 % → 12.2 %" */
  value = g_strdup_printf (_("%s → %s"), baseline, latest);
  switch (measure->change.change_class)
    {
    case PT_MEASURE_CHANGE_BETTER_IMPORTANT:
      detail = _("Better by an important change");
      break;
    case PT_MEASURE_CHANGE_BETTER:
      detail = _("Better, less than the MCID");
      break;
    case PT_MEASURE_CHANGE_WORSE:
      detail = _("Worse, less than the MCID");
      break;
    case PT_MEASURE_CHANGE_WORSE_IMPORTANT:
      detail = _("Worse by an important change");
      break;
    case PT_MEASURE_CHANGE_NONE:
    default:
      detail = _("No change since the first score");
      break;
    }

  add_tile (self, caption, value, detail);
}

static const PtWeek *
find_week_before (const PtRecovery *recovery,
                  const char *date)
{
  g_autofree char *before = pt_date_add_days (date, -7);

  return before != NULL ? pt_recovery_find_week (recovery, before) : NULL;
}

static void
add_running_tile (PtPatientPage  *self,
                  const PtRecovery *recovery,
                  PtDistanceUnit  unit,
                  const char     *today)
{
  const PtWeek *week = pt_recovery_find_week (recovery, today);
  const PtWeek *previous = find_week_before (recovery, today);
  g_autofree char *value = pt_format_distance_with_unit (week != NULL ? week->distance_m : 0, unit);
  g_autofree char *before =
    pt_format_distance_with_unit (previous != NULL ? previous->distance_m : 0, unit);
  g_autofree char *detail = NULL;

  /* Translators: %s is a distance, "16.0 km" */
  detail = g_strdup_printf (_("Last week %s"), before);
  add_tile (self, _("Running This Week"), value, detail);

  gtk_revealer_set_reveal_child (self->warning_revealer, FALSE);
  gtk_label_set_text (self->warning_label, "");
  if (week != NULL && week->over_ten_percent)
    {
      g_autofree char *change = pt_format_percent_change_words (week->change_pct);
      g_autofree char *warning =
        /* Translators: the 10 % rule: weekly distance should not grow faster; %s is the
         * change, "up 12 %" */
        g_strdup_printf (_("Weekly distance is %s on last week. The 10 %% rule advises "
                           "building up more slowly to avoid a setback."), change);

      gtk_label_set_text (self->warning_label, warning);
      gtk_revealer_set_reveal_child (self->warning_revealer, TRUE);
    }
}

/* The shoe table's distances and the warning above the chart when a shoe
 * in use is past the clinic's limit: one query for every shoe, and core's
 * rule (pt_shoe_is_past_limit) for each. */
static void
load_shoe_context (PtPatientPage   *self,
                   PtPatientBundle *bundle,
                   int              limit_km)
{
  PtRecordTable *table = pt_patient_page_get_table (self, PT_TYPE_SHOE);
  GListModel *shoes = pt_patient_bundle_get_records (bundle, PT_TYPE_SHOE);
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_past = 0;

  for (guint i = 0; i < g_list_model_get_n_items (shoes); i++)
    {
      g_autoptr(PtShoe) shoe = g_list_model_get_item (shoes, i);
      double metres = pt_patient_bundle_get_shoe_distance (bundle,
                                                           pt_record_get_id (PT_RECORD (shoe)));

      if (!pt_shoe_is_past_limit (shoe, metres, limit_km))
        continue;

      /* Translators: separates shoe names in a list, "Nike Pegasus 40, Brooks Ghost 15" */
      g_string_append_printf (names, "%s%s", n_past > 0 ? _(", ") : "", pt_shoe_get_name (shoe));
      n_past++;
    }

  pt_record_table_set_context (table,
                               pt_shoe_table_context_new (pt_patient_bundle_ref_shoe_distances (bundle),
                                                          limit_km),
                               (GDestroyNotify) pt_shoe_table_context_free);

  /* Hidden, not only folded, so that it adds no spacing of its own. */
  gtk_widget_set_visible (GTK_WIDGET (self->shoe_warning_revealer), n_past > 0);
  gtk_revealer_set_reveal_child (self->shoe_warning_revealer, n_past > 0);
  if (n_past > 0)
    {
      g_autofree char *warning =
        /* Translators: shoe names, then the clinic's limit: "Nike Pegasus 40 has run more
         * than 700 km; advise a new pair." */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%s has run more than %d km; advise a new pair.",
                                      "%s have run more than %d km; advise new pairs.", n_past),
                         names->str, limit_km);

      gtk_label_set_text (self->shoe_warning_label, warning);
    }
  else
    gtk_label_set_text (self->shoe_warning_label, "");
}

/* The outcome table's conditions by id, for its Condition column. */
static void
load_outcome_context (PtPatientPage   *self,
                      PtPatientBundle *bundle)
{
  pt_record_table_set_context (pt_patient_page_get_table (self, PT_TYPE_OUTCOME),
                               pt_outcome_table_context_new (
                                 pt_patient_bundle_get_records (bundle, PT_TYPE_CONDITION)),
                               (GDestroyNotify) pt_outcome_table_context_free);
}

/* Days shown for each choice of the range drop-down; 0: all time. */
static const int range_days[] = { 28, 91, 182, 365, 0 };

static gboolean
load_chart (PtPatientPage  *self,
            PtDistanceUnit  unit,
            GError        **error)
{
  guint range = gtk_drop_down_get_selected (self->range_dropdown);
  const char *today;
  g_autofree char *from = NULL;
  g_autoptr(PtChartData) data = NULL;

  if (self->bundle == NULL)
    return TRUE;

  today = pt_patient_bundle_get_today (self->bundle);
  if (range < G_N_ELEMENTS (range_days) && range_days[range] > 0)
    from = pt_date_add_days (today, -range_days[range]);

  data = pt_chart_data_new (self->bundle, from, from != NULL ? today : NULL, error);
  if (data == NULL)
    return FALSE;

  data->unit = unit;
  pt_chart_view_set_data (self->chart_view, data);
  return TRUE;
}

static void
chart_kind_toggled_cb (PtPatientPage *self)
{
  pt_chart_view_set_kind (self->chart_view,
                          gtk_toggle_button_get_active (self->recovery_button)
                          ? PT_CHART_RECOVERY : PT_CHART_LOAD);
}

static void
range_changed_cb (PtPatientPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!load_chart (self, self->unit, &error))
    g_signal_emit (self, signals[LOAD_FAILED], 0, error);
}

/* When even the narrow tabs do not fit beside the buttons (a phone-sized
 * window), they move to a bar at the bottom, as in GNOME's adaptive apps. */
/* The drop-down and the view stack show the same table. */
static void
dropdown_selected_cb (PtPatientPage *self)
{
  guint position = gtk_drop_down_get_selected (self->table_dropdown);

  if (position != GTK_INVALID_LIST_POSITION && !gtk_selection_model_is_selected (self->pages,
                                                                                 position))
    gtk_selection_model_select_item (self->pages, position, TRUE);
}

static void
sync_dropdown (PtPatientPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->pages));

  for (guint i = 0; i < n; i++)
    if (gtk_selection_model_is_selected (self->pages, i) &&
        gtk_drop_down_get_selected (self->table_dropdown) != i)
      gtk_drop_down_set_selected (self->table_dropdown, i);
}

static void
visible_table_changed_cb (PtPatientPage *self)
{
  g_signal_emit (self, signals[TABLE_CHANGED], 0);
}

static void
pt_patient_page_dispose (GObject *object)
{
  PtPatientPage *self = PT_PATIENT_PAGE (object);

  g_clear_object (&self->pages);
  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_PATIENT_PAGE);
  g_clear_pointer (&self->bundle, pt_patient_bundle_unref);

  G_OBJECT_CLASS (pt_patient_page_parent_class)->dispose (object);
}

static void
pt_patient_page_finalize (GObject *object)
{
  PtPatientPage *self = PT_PATIENT_PAGE (object);

  g_clear_pointer (&self->pain_summary, g_free);

  G_OBJECT_CLASS (pt_patient_page_parent_class)->finalize (object);
}

static void
pt_patient_page_class_init (PtPatientPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_patient_page_dispose;
  object_class->finalize = pt_patient_page_finalize;

  /**
   * PtPatientPage::table-changed:
   *
   * Another table is on screen, or its selection changed: what Edit and
   * Delete act on is different.
   */
  signals[TABLE_CHANGED] =
    g_signal_new ("table-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * PtPatientPage::load-failed:
   *
   * Reading the database failed after the page was loaded (a new chart
   * range, for one); the window shows the error.
   */
  signals[LOAD_FAILED] =
    g_signal_new ("load-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-patient-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, shoe_warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, shoe_warning_label);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, chart_slot);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, recovery_button);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, range_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, chart_kind_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, squeezer);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, table_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PtPatientPage, plan_section);
}

static void
pt_patient_page_init (PtPatientPage *self)
{
  g_autoptr(GtkExpression) title =
    gtk_property_expression_new (ADW_TYPE_VIEW_STACK_PAGE, NULL, "title");

  g_type_ensure (PT_TYPE_CHART_VIEW);
  g_type_ensure (PT_TYPE_RUN_PLAN_SECTION);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (visible_table_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (table_info); i++)
    {
      const TableInfo *info = &table_info[i];
      guint n_columns;
      const PtColumn *columns = info->columns (&n_columns);
      GtkWidget *table = pt_record_table_new (info->get_type (), columns, n_columns,
                                              _(info->title));
      AdwViewStackPage *page;

      self->tables[i] = PT_RECORD_TABLE (table);
      g_signal_connect_object (table, "notify::has-selection",
                               G_CALLBACK (visible_table_changed_cb), self, G_CONNECT_SWAPPED);
      page = adw_view_stack_add_titled (self->view_stack, table, info->name, _(info->title));
      adw_view_stack_page_set_icon_name (page, info->icon_name);
    }

  /* Seven tabs do not fit a narrow window with their names: the squeezer
   * then shows the tables in a drop-down, by name. */
  self->pages = adw_view_stack_get_pages (self->view_stack);
  gtk_drop_down_set_expression (self->table_dropdown, title);
  gtk_drop_down_set_model (self->table_dropdown, G_LIST_MODEL (self->pages));
  sync_dropdown (self);
  g_signal_connect_object (self->table_dropdown, "notify::selected",
                           G_CALLBACK (dropdown_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pages, "selection-changed",
                           G_CALLBACK (sync_dropdown), self, G_CONNECT_SWAPPED);
  /* The view switchers' "_Recovery" (added after the window is mapped). */
  pt_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
}

gboolean
pt_patient_page_load (PtPatientPage   *self,
                      PtStore         *store,
                      gint64           patient_id,
                      PtDistanceUnit   unit,
                      GDateWeekday     week_start,
                      int              shoe_limit_km,
                      GError         **error)
{
  g_autoptr(PtPatientBundle) bundle = NULL;
  const PtRecovery *recovery;
  PtPatient *patient;
  g_autofree char *details = NULL;
  const char *step, *step_text;

  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), FALSE);
  g_return_val_if_fail (PT_IS_STORE (store), FALSE);

  bundle = pt_patient_bundle_load (store, patient_id, PT_MAIN_CONDITION, week_start, NULL, error);
  if (bundle == NULL)
    return FALSE;

  /* Before the shoes and outcomes go into their tables, which read them. */
  load_shoe_context (self, bundle, shoe_limit_km);
  load_outcome_context (self, bundle);

  for (guint i = 0; i < G_N_ELEMENTS (table_info); i++)
    pt_record_table_set_records (self->tables[i],
                                 pt_patient_bundle_get_records (bundle,
                                                                table_info[i].get_type ()),
                                 unit);

  g_clear_pointer (&self->bundle, pt_patient_bundle_unref);
  self->bundle = pt_patient_bundle_ref (bundle);
  self->unit = unit;
  if (!load_chart (self, unit, error))
    return FALSE;

  patient = pt_patient_bundle_get_patient (bundle);
  recovery = pt_patient_bundle_get_recovery (bundle);
  gtk_label_set_text (self->name_label, pt_patient_get_name (patient));
  details = dup_details (patient, pt_patient_bundle_get_condition (bundle),
                         pt_patient_bundle_get_today (bundle));
  gtk_label_set_text (self->details_label, details);

  clear_tiles (self);
  add_pain_tile (self, recovery);
  add_session_tiles (self, recovery);
  add_running_tile (self, recovery, unit, pt_patient_bundle_get_today (bundle));
  add_next_visit_tile (self, recovery);
  add_outcome_tile (self, bundle);

  /* Evaluated afresh from this load's runs and pain scores; where it is
   * goes in the header too. */
  pt_run_plan_section_set_bundle (self->plan_section, bundle, unit);
  if (pt_run_plan_section_get_step (self->plan_section, &step, &step_text))
    add_tile (self, _("Return to Running"), step, step_text);

  return TRUE;
}

PtPatientBundle *
pt_patient_page_get_bundle (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  return self->bundle;
}

PtPatient *
pt_patient_page_get_patient (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  return self->bundle != NULL ? pt_patient_bundle_get_patient (self->bundle) : NULL;
}

PtRecordTable *
pt_patient_page_get_table (PtPatientPage *self,
                           GType          record_type)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (table_info); i++)
    if (pt_record_table_get_record_type (self->tables[i]) == record_type)
      return self->tables[i];

  return NULL;
}

PtRecordTable *
pt_patient_page_get_visible_table (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  return PT_RECORD_TABLE (adw_view_stack_get_visible_child (self->view_stack));
}

void
pt_patient_page_show_table (PtPatientPage *self,
                            GType          record_type)
{
  PtRecordTable *table;

  g_return_if_fail (PT_IS_PATIENT_PAGE (self));

  table = pt_patient_page_get_table (self, record_type);
  if (table != NULL)
    adw_view_stack_set_visible_child (self->view_stack, GTK_WIDGET (table));
}

const char *
pt_patient_page_get_pain_summary (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  return self->pain_summary;
}

const char *
pt_patient_page_get_warning (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->warning_revealer))
    return NULL;

  return gtk_label_get_text (self->warning_label);
}

const char *
pt_patient_page_get_shoe_warning (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->shoe_warning_revealer))
    return NULL;

  return gtk_label_get_text (self->shoe_warning_label);
}

GtkBox *
pt_patient_page_get_chart_slot (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  return self->chart_slot;
}


PtRunPlanSection *
pt_patient_page_get_plan_section (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  return self->plan_section;
}

PtChartView *
pt_patient_page_get_chart_view (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), NULL);

  return self->chart_view;
}

gint64
pt_patient_page_get_condition_id (PtPatientPage *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_PAGE (self), 0);

  return self->bundle != NULL ? pt_patient_bundle_get_condition_id (self->bundle) : 0;
}
