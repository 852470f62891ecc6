/* pt-report.c: the progress report's model, built once from core
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <string.h>

#include "pt-date.h"
#include "pt-error.h"
#include "pt-format.h"
#include "pt-report-private.h"

#define A4_WIDTH      595.2756
#define A4_HEIGHT     841.8898
#define LETTER_WIDTH  612.0
#define LETTER_HEIGHT 792.0

/* ---- paper ---- */

/* Countries whose paper is US Letter (CLDR). */
static const char * const letter_countries[] = {
  "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR", "PA", "SV", "NI", "DO", "BZ",
};

static gboolean
country_uses_letter (const char *locale)
{
  const char *underscore = locale != NULL ? strchr (locale, '_') : NULL;

  if (underscore == NULL || strlen (underscore) < 3)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (letter_countries); i++)
    if (strncmp (underscore + 1, letter_countries[i], 2) == 0)
      return TRUE;

  return FALSE;
}

PtPaper
pt_paper_from_locale (void)
{
#ifdef _NL_PAPER_WIDTH
  /* glibc: the paper of LC_PAPER, in millimetres. */
  int width_mm = (int) (intptr_t) nl_langinfo (_NL_PAPER_WIDTH);

  if (width_mm > 0)
    return width_mm == 216 ? PT_PAPER_LETTER : PT_PAPER_A4;
#endif

  return country_uses_letter (setlocale (LC_PAPER, NULL)) ? PT_PAPER_LETTER : PT_PAPER_A4;
}

gboolean
pt_paper_from_name (const char *name,
                    PtPaper    *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (name != NULL && g_ascii_strcasecmp (name, "a4") == 0)
    *paper = PT_PAPER_A4;
  else if (name != NULL && g_ascii_strcasecmp (name, "letter") == 0)
    *paper = PT_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

void
pt_paper_get_size (PtPaper  paper,
                   double  *width,
                   double  *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  *width = paper == PT_PAPER_LETTER ? LETTER_WIDTH : A4_WIDTH;
  *height = paper == PT_PAPER_LETTER ? LETTER_HEIGHT : A4_HEIGHT;
}

void
pt_report_options_init (PtReportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (PtReportOptions) {
    .clinic_name = NULL,
    .unit = PT_DISTANCE_UNIT_KM,
    .paper = pt_paper_from_locale (),
  };
}

/* ---- the summary in plain words ---- */

static void
append_pain_sentence (GString    *out,
                      const PtRecovery *r)
{
  g_autofree char *baseline = NULL, *latest = NULL, *since = NULL, *change = NULL;

  if (!r->has_baseline)
    {
      g_string_append (out, _("No pain scores have been recorded yet. "));
      return;
    }

  baseline = pt_format_pain (r->baseline);
  latest = pt_format_pain (r->latest);
  since = pt_format_date (r->baseline_date, PT_DATE_LONG);

  if (r->has_percent && pt_percent_round (r->percent_change) != 0)
    {
      change = pt_format_percent_change_words (r->percent_change);
      /* Translators: "Pain has gone from 7.5 to 2.25 since 4 March 2026, down 70 %." */
      g_string_append_printf (out, _("Pain has gone from %s to %s since %s, %s. "),
                              baseline, latest, since, change);
    }
  else
    g_string_append_printf (out, _("Pain was %s on %s and is %s now. "), baseline, since, latest);
}

static void
append_course_sentences (GString    *out,
                         const PtRecovery *r)
{
  g_autofree char *first = NULL, *back = NULL;
  int weeks;

  if (r->n_sessions == 0)
    {
      g_string_append (out, _("No treatment sessions have been recorded yet. "));
      return;
    }

  first = pt_format_date (r->first_session, PT_DATE_LONG);
  weeks = MAX (r->days_since_first_session, 0) / 7;
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "%u session since treatment began on %s, ",
                                            "%u sessions since treatment began on %s, ",
                                            r->n_sessions), r->n_sessions, first);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%d week ago. ", "%d weeks ago. ",
                                            (gulong) weeks), weeks);

  if (r->days_to_first_run < 0)
    {
      g_string_append (out, _("Not back to running yet. "));
      return;
    }

  back = pt_format_date (r->first_run_back, PT_DATE_LONG);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "Back to running on %s, %d day after the first "
                                            "session. ",
                                            "Back to running on %s, %d days after the first "
                                            "session. ", (gulong) r->days_to_first_run),
                          back, r->days_to_first_run);
}

static void
append_week_sentence (GString        *out,
                      const PtRecovery *r,
                      PtDistanceUnit  unit)
{
  g_autofree char *distance = NULL, *monday = NULL;
  const PtWeek *week = NULL;

  for (guint i = r->weeks->len; i > 0 && week == NULL; i--)
    if (g_array_index (r->weeks, PtWeek, i - 1).n_runs > 0)
      week = &g_array_index (r->weeks, PtWeek, i - 1);

  if (week == NULL)
    return;

  distance = pt_format_distance_with_unit (week->distance_m, unit);
  monday = pt_format_date (week->start, PT_DATE_LONG);
  g_string_append_printf (out, _("Latest week of running (from %s): %s. "), monday, distance);
}

/* The weeks over the 10 % rule, counted in the clinic's weeks (the same as
 * the chart's markers and the page's warning). */
static void
append_rule_sentence (GString          *out,
                      const PtRecovery *r)
{
  const PtWeek *latest = NULL;
  guint n = pt_recovery_count_over_rule (r, &latest);
  g_autofree char *from = NULL;

  if (n == 0)
    return;

  from = pt_format_date (latest->start, PT_DATE_LONG);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: the 10 % rule of weekly distance;
                                             * %s is the first day of the latest such week */
                                            "%u week of running rose more than 10 %% on the week "
                                            "before (the latest from %s). ",
                                            "%u weeks of running rose more than 10 %% on the week "
                                            "before (the latest from %s). ", n), n, from);
}

static char *
make_summary (const PtRecovery *r,
              PtCondition    *condition,
              PtDistanceUnit  unit)
{
  GString *out = g_string_new (NULL);

  append_pain_sentence (out, r);
  append_course_sentences (out, r);
  append_week_sentence (out, r, unit);
  append_rule_sentence (out, r);

  if (condition != NULL)
    {
      g_autofree char *tried =
        pt_prior_treatments_to_label (pt_condition_get_prior_treatments (condition));

      g_string_append_printf (out, _("Tried before prolotherapy: %s."), tried);
    }

  g_strchomp (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

static void
set_key_figure (PtReport   *self,
                const PtRecovery *r)
{
  if (!r->has_percent)
    {
      self->key_figure = g_strdup ("");
      self->key_caption = g_strdup ("");
      return;
    }

  /* As on the chart */
  self->key_figure = pt_format_percent_change (r->percent_change);
  self->key_caption = g_strdup (_("pain since treatment began"));
  self->key_improved = pt_analysis_classify_change (r->percent_change) >= PT_PAIN_CHANGE_MODERATE;
}

/* ---- the patient block ---- */

static char *
julian_to_date (int day)
{
  g_autofree char *iso = NULL;
  GDate date;

  if (day <= 0 || !g_date_valid_julian ((guint32) day))
    return NULL;

  g_date_set_julian (&date, (guint32) day);
  iso = pt_date_format (&date);
  return pt_format_date (iso, PT_DATE_LONG);
}

static void
set_field (PtReport   *self,
           guint       i,
           const char *label,
           char       *value)
{
  self->fields[i].label = g_strdup (label);
  self->fields[i].value = value != NULL && *value != '\0' ? value : (g_free (value), g_strdup ("–"));
}

static void
set_patient_block (PtReport    *self,
                   PtPatient   *patient,
                   PtCondition *condition,
                   const char  *from,
                   const char  *to)
{
  g_autofree char *first = julian_to_date (self->chart->first_day);
  g_autofree char *last = julian_to_date (self->chart->last_day);
  g_autofree char *side = NULL;
  char *period;

  /* The span shown: the dates asked for, else those of the records. */
  if (first != NULL && last != NULL)
    period = g_strdup_printf (_("%s to %s"), first, last);
  else
    period = g_strdup (_("No records yet"));

  set_field (self, 0, _("Date of birth"),
             pt_format_date (pt_patient_get_date_of_birth (patient), PT_DATE_LONG));
  set_field (self, 1, _("Record number"), g_strdup (self->record_number));
  set_field (self, 2, _("Period"), period);

  if (condition == NULL)
    {
      self->heading = g_strdup (_("All conditions"));
      set_field (self, 3, _("Condition"), g_strdup (_("All conditions")));
      set_field (self, 4, _("Side"), NULL);
      set_field (self, 5, _("Onset"), NULL);
      return;
    }

  set_field (self, 3, _("Condition"),
             g_strdup (pt_condition_kind_to_label (pt_condition_get_kind (condition))));
  set_field (self, 4, _("Side"), g_strdup (pt_side_to_label (pt_condition_get_side (condition))));
  set_field (self, 5, _("Onset"), pt_format_date (pt_condition_get_onset_date (condition),
                                                  PT_DATE_LONG));
  side = g_utf8_strdown (self->fields[4].value, -1);
  self->heading = g_strdup_printf ("%s (%s) · %s", self->fields[3].value, side,
                                   pt_condition_status_to_label (pt_condition_get_status (condition)));
}

/* Who treats the patient, where, and when they come next: the clinician
 * and site of the latest session of the condition, and the next visit
 * booked (pt_analysis_next_visit) while it is still to come. */
static void
set_care_fields (PtReport    *self,
                 GListModel  *sessions,
                 PtCondition *condition,
                 const PtRecovery *r)
{
  g_autoptr(PtSession) latest =
    pt_analysis_latest_session (sessions, condition != NULL ? pt_record_get_id (PT_RECORD (condition))
                                                            : 0);
  char *next = NULL;

  /* No session yet: no row (it would only say "–" three times). */
  if (latest == NULL)
    return;

  set_field (self, 6, _("Clinician"), g_strdup (pt_session_get_clinician (latest)));
  set_field (self, 7, _("Site"), g_strdup (pt_session_get_site (latest)));
  if (r->next_visit[0] != '\0' && r->days_to_next_visit >= 0)
    next = pt_format_date (r->next_visit, PT_DATE_LONG);
  set_field (self, 8, _("Next appointment"), next);
}

static void
set_texts (PtReport    *self,
           PtCondition *condition)
{
  self->title = g_strdup_printf (_("Progress report: %s"), self->patient_name);
  /* "Plantar fasciitis (left) · Active, 4 February 2026 to 15 November 2026" */
  self->subject = g_strdup_printf ("%s, %s", self->heading, self->fields[2].value);
}

/* ---- building ---- */

static void
report_free (PtReport *self)
{
  g_clear_pointer (&self->pages, pt_report_pages_free);
  for (guint i = 0; i < PT_REPORT_N_TABLES; i++)
    {
      g_free (self->tables[i].title);
      g_free (self->tables[i].empty);
      g_free (self->tables[i].intro);
      g_free (self->tables[i].note);
      g_clear_pointer (&self->tables[i].rows, g_ptr_array_unref);
    }
  for (guint i = 0; i < PT_REPORT_N_FIELDS; i++)
    {
      g_free (self->fields[i].label);
      g_free (self->fields[i].value);
    }
  g_clear_pointer (&self->chart, pt_chart_data_unref);
  g_clear_pointer (&self->words, pt_patient_words_free);
  g_clear_pointer (&self->visits, g_ptr_array_unref);
  g_free (self->measure_words);
  g_free (self->plan_words);
  g_free (self->plan_next);
  g_free (self->clinic_name);
  g_free (self->date);
  g_free (self->date_label);
  g_free (self->patient_name);
  g_free (self->record_number);
  g_free (self->heading);
  g_free (self->title);
  g_free (self->subject);
  g_free (self->summary);
  g_free (self->key_figure);
  g_free (self->key_caption);
  g_free (self);
}

static gboolean
check_date_option (const char  *field,
                   const char  *date,
                   GError     **error)
{
  GDate parsed;

  if (date == NULL || pt_date_parse (date, &parsed))
    return TRUE;

  pt_set_field_error (error, field, _("“%s” is not a date; use YYYY-MM-DD"), date);
  return FALSE;
}

PtReport *
pt_report_alloc (PtReportKind           kind,
                 PtPatientBundle       *bundle,
                 const PtReportOptions *options)
{
  PtPatient *patient = pt_patient_bundle_get_patient (bundle);
  PtReportOptions defaults;
  PtReport *self;

  if (options == NULL)
    {
      pt_report_options_init (&defaults);
      options = &defaults;
    }

  self = g_new0 (PtReport, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->clinic_name = g_strdup (options->clinic_name ? options->clinic_name : "");
  self->unit = options->unit;
  self->paper = options->paper;
  self->date = g_strdup (pt_patient_bundle_get_today (bundle));
  self->date_label = pt_format_date (self->date, PT_DATE_LONG);
  self->patient_name = g_strdup (pt_patient_get_name (patient));
  self->record_number = g_strdup (pt_patient_get_record_number (patient));
  return self;
}

PtReport *
pt_report_new (PtPatientBundle       *bundle,
               const char            *from,
               const char            *to,
               const PtReportOptions *options,
               GError               **error)
{
  PtCondition *condition;
  GListModel *sessions, *pain, *runs;
  const PtRecovery *recovery;
  g_autoptr(PtReport) self = NULL;

  g_return_val_if_fail (bundle != NULL && pt_patient_bundle_get_patient (bundle) != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_date_option ("from", from, error) || !check_date_option ("to", to, error))
    return NULL;

  condition = pt_patient_bundle_get_condition (bundle);
  recovery = pt_patient_bundle_get_recovery (bundle);
  sessions = pt_patient_bundle_get_records (bundle, PT_TYPE_SESSION);
  pain = pt_patient_bundle_get_records (bundle, PT_TYPE_PAIN_SCORE);
  runs = pt_patient_bundle_get_records (bundle, PT_TYPE_RUN);

  self = pt_report_alloc (PT_REPORT_PROGRESS, bundle, options);
  self->chart = pt_chart_data_new (bundle, from, to, error);
  if (self->chart == NULL)
    return NULL;
  self->chart->unit = self->unit;

  set_patient_block (self, pt_patient_bundle_get_patient (bundle), condition, from, to);
  set_care_fields (self, sessions, condition, recovery);
  set_texts (self, condition);
  self->summary = make_summary (recovery, condition, self->unit);
  set_key_figure (self, recovery);
  pt_report_build_tables (self, sessions, pain, runs, pt_patient_bundle_get_condition_id (bundle),
                          from, to);
  pt_report_build_outcomes (self, bundle);

  return g_steal_pointer (&self);
}

PtReport *
pt_report_ref (PtReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  g_atomic_ref_count_inc (&report->ref_count);
  return report;
}

void
pt_report_unref (PtReport *report)
{
  if (report != NULL && g_atomic_ref_count_dec (&report->ref_count))
    report_free (report);
}

PtReportKind
pt_report_get_kind (PtReport *report)
{
  g_return_val_if_fail (report != NULL, PT_REPORT_PROGRESS);

  return report->kind;
}

const char *
pt_report_get_title (PtReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return report->title;
}

const char *
pt_report_get_subject (PtReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return report->subject;
}

const char *
pt_report_get_summary (PtReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return report->summary;
}

PtPaper
pt_report_get_paper (PtReport *report)
{
  g_return_val_if_fail (report != NULL, PT_PAPER_A4);

  return report->paper;
}

guint
pt_report_paginate (PtReport     *report,
                    PangoContext *context,
                    double        width,
                    double        height)
{
  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  g_clear_pointer (&report->pages, pt_report_pages_free);
  report->pages = pt_report_pages_new (report, context, width, height);
  return pt_report_pages_get_n (report->pages);
}

guint
pt_report_get_n_pages (PtReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->pages != NULL ? pt_report_pages_get_n (report->pages) : 0;
}

void
pt_report_draw_page (PtReport *report,
                     cairo_t  *cr,
                     guint     page_index)
{
  g_return_if_fail (report != NULL && cr != NULL);
  g_return_if_fail (report->pages != NULL);
  g_return_if_fail (page_index < pt_report_pages_get_n (report->pages));

  pt_report_pages_draw (report->pages, cr, page_index);
}

/* ---- pages of either kind ---- */

PtReportPages *
pt_report_pages_new (const PtReport *report,
                     PangoContext   *context,
                     double          width,
                     double          height)
{
  if (report->kind == PT_REPORT_PATIENT_COPY)
    return pt_report_patient_copy_pages_new (report, context, width, height);
  return pt_report_progress_pages_new (report, context, width, height);
}

void
pt_report_pages_free (PtReportPages *pages)
{
  if (pages != NULL)
    pages->free (pages);
}

guint
pt_report_pages_get_n (PtReportPages *pages)
{
  return pages->get_n (pages);
}

void
pt_report_pages_draw (PtReportPages *pages,
                      cairo_t       *cr,
                      guint          page_index)
{
  pages->draw (pages, cr, page_index);
}
