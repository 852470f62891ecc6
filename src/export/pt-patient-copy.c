/* pt-patient-copy.c: "My Progress", the report a patient takes home
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model of the patient's copy: the patient's words of the bundle
 * (pt-patient-words.h), its visits, and the chart data of the whole
 * course, which pt-patient-copy-layout.c draws as PT_CHART_PATIENT. It is
 * a PtReport of kind PT_REPORT_PATIENT_COPY, so it is paginated, drawn,
 * printed and written like the progress report.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-report-private.h"

/* "Plantar fasciitis (left)"; "" when the copy follows every condition. */
static char *
condition_heading (PtCondition *condition)
{
  g_autofree char *side = NULL;

  if (condition == NULL)
    return g_strdup ("");

  side = g_utf8_strdown (pt_side_to_label (pt_condition_get_side (condition)), -1);
  /* Translators: a condition and its side, "Plantar fasciitis (left)" */
  return g_strdup_printf (_("%s (%s)"),
                          pt_condition_kind_to_label (pt_condition_get_kind (condition)), side);
}

/* The headline's sentences, one paragraph. */
static char *
headline (const PtPatientWords *words)
{
  const char *sentences[] = { words->pain, words->treatments, words->running,
                              words->back_to_running };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    if (sentences[i] != NULL)
      g_string_append_printf (out, "%s%s.", out->len > 0 ? " " : "", sentences[i]);

  return g_string_free (out, FALSE);
}

PtReport *
pt_report_new_patient_copy (PtPatientBundle        *bundle,
                            const PtReportOptions  *options,
                            GError                **error)
{
  g_autoptr(PtReport) self = NULL;

  g_return_val_if_fail (bundle != NULL && pt_patient_bundle_get_patient (bundle) != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = pt_report_alloc (PT_REPORT_PATIENT_COPY, bundle, options);
  self->chart = pt_chart_data_new (bundle, NULL, NULL, error);
  if (self->chart == NULL)
    return NULL;
  self->chart->unit = self->unit;

  self->words = pt_patient_words_new (bundle, self->unit);
  self->visits = pt_patient_words_visits (bundle);
  pt_report_set_patient_plan_words (self, bundle);
  self->heading = condition_heading (pt_patient_bundle_get_condition (bundle));
  /* Translators: the title of the patient's take-home PDF, with their name */
  self->title = g_strdup_printf (_("My Progress: %s"), self->patient_name);
  self->subject = *self->heading != '\0' ? g_strdup (self->heading) : g_strdup (_("My Progress"));
  self->summary = headline (self->words);
  self->key_figure = g_strdup ("");
  self->key_caption = g_strdup ("");

  return g_steal_pointer (&self);
}
