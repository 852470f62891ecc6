/* pt-patient-words.c: a patient's progress in their own words
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-analysis.h"
#include "pt-date.h"
#include "pt-format.h"
#include "pt-patient-words.h"

/* @text as written, without the white space around it; NULL for none. */
static char *
nonempty_copy (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

/* ---- pain ---- */

static char *
pain_sentence (const PtRecovery *r)
{
  g_autofree char *first = NULL, *latest = NULL, *change = NULL;
  double rounded;

  if (!r->has_baseline || !r->has_latest)
    return NULL;

  first = pt_format_pain (r->baseline);
  latest = pt_format_pain (r->latest);

  if (g_str_equal (r->baseline_date, r->latest_date))
    /* Translators: the only pain recorded so far, 0 to 10 */
    return g_strdup_printf (_("Your pain was %s at your first visit"), first);

  rounded = r->has_percent ? pt_percent_round (r->percent_change) : 0;
  if (r->has_percent && rounded != 0)
    {
      change = pt_format_percent_change_words (r->percent_change);
      /* Translators: to the patient; the first %s is a change in words ("down 70 %" or
       * "up 20 %"), then their pain (0 to 10) at the first visit and now */
      return g_strdup_printf (_("Your pain is %s since your first visit, from %s to %s"),
                              change, first, latest);
    }

  if (r->has_percent && g_str_equal (first, latest))
    /* Translators: to the patient; their pain (0 to 10) now and at the first visit */
    return g_strdup_printf (_("Your pain is %s, the same as at your first visit"), latest);

  /* Translators: to the patient; their pain (0 to 10) at the first visit and now */
  return g_strdup_printf (_("Your pain was %s at your first visit and is %s now"), first,
                          latest);
}

/* ---- treatments and running ---- */

static char *
treatments_sentence (const PtRecovery *r)
{
  if (r->n_sessions == 0)
    return g_strdup (_("No treatments yet"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u treatment so far",
                                       "%u treatments so far", r->n_sessions), r->n_sessions);
}

static char *
running_sentence (const PtWeek   *week,
                  PtDistanceUnit  unit)
{
  g_autofree char *distance = NULL;

  if (week == NULL || week->distance_m <= 0)
    return g_strdup (_("No running this week yet"));

  distance = pt_format_distance_with_unit (week->distance_m, unit);
  /* Translators: to the patient; a distance with its unit, "27.7 km" */
  return g_strdup_printf (_("You ran %s this week"), distance);
}

static char *
back_to_running_sentence (const PtRecovery *r)
{
  if (r->days_to_first_run < 0)
    return NULL;
  if (r->days_to_first_run == 0)
    return g_strdup (_("Back to running on the day of your first treatment"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Back to running %d day after your first treatment",
                                       "Back to running %d days after your first treatment",
                                       (gulong) r->days_to_first_run),
                          r->days_to_first_run);
}

/* ---- what comes next ---- */

static char *
next_visit_sentence (const PtRecovery *r)
{
  g_autofree char *date = NULL;

  if (r->next_visit[0] == '\0' || r->days_to_next_visit < 0)
    return NULL;

  date = pt_format_date (r->next_visit, PT_DATE_WEEKDAY);
  /* Translators: to the patient; a date with its weekday, "Friday 4 December 2026" */
  return g_strdup_printf (_("Your next visit: %s"), date);
}

static char *
load_advice_sentence (const PtWeek   *week,
                      PtDistanceUnit  unit)
{
  g_autofree char *change = NULL, *limit = NULL;

  if (week == NULL || !week->over_ten_percent)
    return NULL;

  change = pt_format_percent_change_words (week->change_pct);
  limit = pt_format_distance_whole (pt_analysis_next_week_limit (week->distance_m, unit), unit);
  /* Translators: to the patient, when their weekly running rose more than 10 %; the first %s
   * is the change in words ("up 18 %"), the second a round distance ("30 km") */
  return g_strdup_printf (_("Your running went %s this week: keep next week at or below %s"),
                          change, limit);
}

static char *
latest_advice (PtPatientBundle *bundle)
{
  g_autoptr(PtSession) latest =
    pt_analysis_latest_session (pt_patient_bundle_get_records (bundle, PT_TYPE_SESSION),
                                pt_patient_bundle_get_condition_id (bundle));

  return latest != NULL ? nonempty_copy (pt_session_get_advice (latest)) : NULL;
}

/* ---- public API ---- */

PtPatientWords *
pt_patient_words_new (PtPatientBundle *bundle,
                      PtDistanceUnit   unit)
{
  const PtRecovery *r;
  const PtWeek *this_week;
  PtPatientWords *self;

  g_return_val_if_fail (bundle != NULL, NULL);

  r = pt_patient_bundle_get_recovery (bundle);
  this_week = pt_recovery_find_week (r, pt_patient_bundle_get_today (bundle));

  self = g_new0 (PtPatientWords, 1);
  self->pain = pain_sentence (r);
  self->treatments = treatments_sentence (r);
  self->running = running_sentence (this_week, unit);
  self->back_to_running = back_to_running_sentence (r);
  self->next_visit = next_visit_sentence (r);
  self->advice = latest_advice (bundle);
  self->load_advice = load_advice_sentence (this_week, unit);
  return self;
}

void
pt_patient_words_free (PtPatientWords *self)
{
  if (self == NULL)
    return;

  g_free (self->pain);
  g_free (self->treatments);
  g_free (self->running);
  g_free (self->back_to_running);
  g_free (self->next_visit);
  g_free (self->advice);
  g_free (self->load_advice);
  g_free (self);
}

const char *
pt_patient_words_treatment (PtTreatmentType treatment)
{
  switch (treatment)
    {
    case PT_TREATMENT_DEXTROSE: return _("Dextrose injection");
    case PT_TREATMENT_PRP: return _("Platelet-rich plasma (PRP) injection");
    case PT_TREATMENT_PROLOZONE: return _("Ozone injection");
    case PT_TREATMENT_NEURAL: return _("Injection near a nerve");
    case PT_TREATMENT_OTHER:
    default: return _("Treatment");
    }
}

/* ---- visits ---- */

static char *
visit_pain (PtSession *session)
{
  g_autofree char *before = pt_format_pain (pt_session_get_pain_before (session));
  g_autofree char *after = pt_format_pain (pt_session_get_pain_after (session));

  if (before != NULL && after != NULL)
    /* Translators: pain (0 to 10) at a visit, before the injection and just after it */
    return g_strdup_printf (_("Pain %s before, %s just after"), before, after);
  if (before != NULL)
    /* Translators: pain (0 to 10) at a visit, before the injection */
    return g_strdup_printf (_("Pain %s before"), before);
  if (after != NULL)
    /* Translators: pain (0 to 10) at a visit, just after the injection */
    return g_strdup_printf (_("Pain %s just after"), after);
  return NULL;
}

static PtPatientVisit *
visit_new (PtSession *session,
           guint      number)
{
  PtPatientVisit *visit = g_new0 (PtPatientVisit, 1);

  visit->number = number;
  visit->date = pt_format_date (pt_session_get_date (session), PT_DATE_LONG);
  visit->treatment = g_strdup (pt_patient_words_treatment (pt_session_get_treatment (session)));
  visit->pain = visit_pain (session);
  visit->advice = nonempty_copy (pt_session_get_advice (session));
  return visit;
}

GPtrArray *
pt_patient_words_visits (PtPatientBundle *bundle)
{
  GListModel *sessions;
  gint64 condition_id;
  GPtrArray *visits;

  g_return_val_if_fail (bundle != NULL, NULL);

  sessions = pt_patient_bundle_get_records (bundle, PT_TYPE_SESSION);
  condition_id = pt_patient_bundle_get_condition_id (bundle);
  visits = g_ptr_array_new_with_free_func ((GDestroyNotify) pt_patient_visit_free);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PtSession) session = g_list_model_get_item (sessions, i);
      GDate date;

      /* The sessions the recovery and the charts count, numbered as they are. */
      if (pt_analysis_of_condition (pt_session_get_condition_id (session), condition_id) &&
          pt_date_parse (pt_session_get_date (session), &date))
        g_ptr_array_add (visits, visit_new (session, visits->len + 1));
    }

  return visits;
}

void
pt_patient_visit_free (PtPatientVisit *visit)
{
  if (visit == NULL)
    return;

  g_free (visit->date);
  g_free (visit->treatment);
  g_free (visit->pain);
  g_free (visit->advice);
  g_free (visit);
}
