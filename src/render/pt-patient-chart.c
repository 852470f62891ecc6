/* pt-patient-chart.c: the chart a patient reads
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Upper panel: the day's pain as one line (the readings that count,
 * pt_analysis_daily_pain; never the pain just after an injection), the
 * pain at the first visit as a dashed line labelled "Where you started:
 * 7.5", and the latest day's pain. Lower panel: weekly running as bars.
 * Treatments are markers across both, numbered 1, 2, 3 (or "Treatment 1"
 * when every label has room). Type is PT_PATIENT_CHART_TEXT_SCALE times
 * the style's, with three pain ticks, at most three distance ticks, dates
 * further apart than on the clinician's charts, and a legend in plain
 * words.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-chart-private.h"
#include "pt-patient-words.h"

#define PAIN_MAX       10.0
#define PAIN_TICKS        2   /* steps: 0, 5, 10 */
#define RUNNING_TICKS     3
#define UPPER_SHARE    0.56   /* of the height both panels share */
#define POINT_GAP      10.0   /* between the latest point and its label */

static void
add_legend (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  const PtChartStyle *style = &self->style;

  if (data->day_pain->len > 0)
    pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_LINE, &style->pain[PT_PAIN_CONTEXT_MORNING],
                                /* Translators: the patient chart's legend: their pain line */
                                _("Your pain (0 = none, 10 = worst)"));
  if (data->sessions->len > 0)
    pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_MARKER, &style->session,
                                /* Translators: the patient chart's legend: the markers of
                                 * their treatments, numbered 1, 2, 3 */
                                _("Treatments"));
  if (pt_chart_data_has_activity (data, FALSE))
    {
      g_autofree char *running = g_strdup_printf (_("Running (%s a week)"),
                                                  pt_distance_unit_symbol (data->unit));

      pt_chart_layout_add_legend (self, PT_CHART_SYMBOL_BAR, &style->running, running);
    }
}

static void
place_panels (PtChartLayout *self,
              double         top)
{
  gboolean running = pt_chart_data_has_activity (self->data, FALSE);
  double bottom = pt_chart_layout_plot_bottom (self);
  double upper_bottom = running ? top + (bottom - top - PT_CHART_PANEL_GAP) * UPPER_SHARE
                                : bottom;

  pt_chart_panel_set_range_ticks (self, &self->upper, top, upper_bottom, PAIN_MAX, 0,
                                  PAIN_TICKS);
  if (running)
    {
      pt_chart_panel_set_range_ticks (self, &self->lower, upper_bottom + PT_CHART_PANEL_GAP,
                                      bottom, pt_chart_data_max_week (self->data, FALSE), 0,
                                      RUNNING_TICKS);
      pt_chart_layout_label_outer_tick (self, self->lower.ticks,
                                        pt_distance_unit_symbol (self->data->unit));
      self->lower.ticks_right = TRUE;
    }
  pt_chart_layout_place_rects (self, top, upper_bottom, bottom, running);
}

/* "Treatment 1", "Treatment 2", ... when every label has room for it;
 * else "Treatment 1", "2", "3", ...; else "1", "2", "3", ... */
static char *
treatment_label (const PtChartSession *session,
                 guint                 form)
{
  if (form == 0 || (form == 1 && session->number == 1))
    /* Translators: the marker of a patient's first, second, ... treatment on their chart */
    return g_strdup_printf (_("Treatment %u"), session->number);
  return form <= 2 ? g_strdup_printf ("%u", session->number) : NULL;
}

/* Tries @text at each of @n places (top left corners) inside the plot;
 * FALSE when none is free. */
static gboolean
try_places (PtChartLayout   *self,
            PtChartTextRole  role,
            const char      *text,
            const double    (*places)[2],
            guint            n)
{
  for (guint i = 0; i < n; i++)
    if (pt_chart_layout_try_label (self, role, text, places[i][0], places[i][1],
                                   &self->upper.rect))
      return TRUE;
  return FALSE;
}

/* The dashed line of the pain at the first visit, labelled above it at
 * the right (where pain has usually fallen away from it), else at the
 * left, else below it. */
static void
place_first_visit (PtChartLayout *self)
{
  const PtChartData *data = self->data;
  const PtChartRect *rect = &self->upper.rect;
  g_autofree char *pain = NULL, *text = NULL;
  double width, height;

  if (!data->has_baseline)
    return;

  self->baseline_y = pt_chart_scale_map (&self->upper.y, data->baseline);
  pain = pt_format_pain (data->baseline);
  /* Translators: the patient chart's dashed line: their pain (0 to 10) at the first visit */
  text = g_strdup_printf (_("Where you started: %s"), pain);
  pt_chart_layout_measure (self, PT_CHART_TEXT_BASELINE, text, &width, &height);
  {
    const double places[][2] = {
      { rect->x + rect->width - width - 4, self->baseline_y - height - 2 },
      { rect->x + 4, self->baseline_y - height - 2 },
      { rect->x + rect->width - width - 4, self->baseline_y + 3 },
    };

    try_places (self, PT_CHART_TEXT_BASELINE, text, places, G_N_ELEMENTS (places));
  }
}

/* "Latest: 2.25" by the latest point: above it, else below it; right of
 * it, else left. */
static void
place_latest (PtChartLayout *self)
{
  const PtChartItem *item = pt_chart_layout_add_latest (self);
  g_autofree char *pain = NULL, *text = NULL;
  double width, height;

  if (item == NULL)
    return;

  pain = pt_format_pain (item->value);
  /* Translators: the patient chart's label of their latest pain (0 to 10) */
  text = g_strdup_printf (_("Latest: %s"), pain);
  pt_chart_layout_measure (self, PT_CHART_TEXT_STRONG, text, &width, &height);
  {
    const double places[][2] = {
      { item->x - width, item->y - height - POINT_GAP },
      { item->x - width, item->y + POINT_GAP },
      { item->x + POINT_GAP, item->y - height / 2 },
      { item->x - width - POINT_GAP, item->y - height / 2 },
    };

    try_places (self, PT_CHART_TEXT_STRONG, text, places, G_N_ELEMENTS (places));
  }
}

void
pt_patient_chart_layout (PtChartLayout *self)
{
  double top, label_y;

  if (pt_chart_data_is_empty (self->data, PT_CHART_PATIENT))
    {
      pt_chart_layout_place_header (self, PT_CHART_PAD);
      pt_chart_layout_set_empty (self, _("Your progress will show here"),
                                 _("It fills in as your pain, your treatments and your running "
                                   "are recorded."));
      return;
    }

  add_legend (self);
  label_y = pt_chart_layout_place_header (self, PT_CHART_PAD) + 10;
  top = label_y + pt_chart_layout_line_height (self, PT_CHART_TEXT_SESSION) + 6;
  place_panels (self, top);

  /* Labels in order of importance: each later one yields to the earlier. */
  pt_chart_layout_place_sessions (self, label_y, treatment_label);
  place_first_visit (self);
  place_latest (self);
  pt_chart_layout_add_week_bars (self, FALSE);
  pt_chart_layout_add_pain_line (self, PT_CHART_DAY_PAIN, self->data->day_pain);
}

void
pt_patient_chart_paint (PtChartLayout *self,
                        cairo_t       *cr)
{
  const PtChartStyle *style = &self->style;

  pt_chart_paint_panel (self, cr, &self->upper);
  if (self->lower.rect.width > 0)
    pt_chart_paint_panel (self, cr, &self->lower);
  if (!isnan (self->baseline_y))
    pt_chart_paint_hline (self, cr, &self->upper.rect, self->baseline_y, &style->baseline, TRUE);
  pt_chart_paint_bars (self, cr, PT_CHART_ITEM_RUNNING, &style->running, NULL);
  pt_chart_paint_markers (self, cr, PT_CHART_ITEM_SESSION, &style->session, FALSE);
  pt_chart_paint_line (self, cr, PT_CHART_ITEM_PAIN, PT_CHART_DAY_PAIN,
                       &style->pain[PT_PAIN_CONTEXT_MORNING], TRUE);
  pt_chart_paint_latest (self, cr);
  pt_chart_paint_x_axis (self, cr);
  pt_chart_paint_labels (self, cr);
  pt_chart_paint_legend (self, cr);
}

/* Words ------------------------------------------------------------------------ */

char *
pt_patient_chart_describe (const PtChartData *data)
{
  GString *out;

  if (pt_chart_data_is_empty (data, PT_CHART_PATIENT))
    return g_strdup (_("Nothing is recorded yet."));

  out = g_string_new (data->patient_words);
  for (guint i = data->weeks->len; i > 0; i--)
    {
      const PtChartWeek *week = &g_array_index (data->weeks, PtChartWeek, i - 1);
      g_autofree char *distance = NULL, *monday = NULL;

      if (week->distance_m <= 0)
        continue;
      distance = pt_format_distance_with_unit (week->distance_m, data->unit);
      monday = pt_chart_format_day (week->start, PT_DATE_LONG);
      if (out->len > 0)
        g_string_append_c (out, ' ');
      /* Translators: the patient chart in words: "You ran 27.7 km in the week of 9 November
       * 2026." */
      g_string_append_printf (out, _("You ran %s in the week of %s."), distance, monday);
      break;
    }

  return g_string_free (out, FALSE);
}

char *
pt_patient_chart_describe_item (const PtChartLayout *self,
                                const PtChartItem   *item)
{
  g_autofree char *day = pt_chart_format_day (item->day, PT_DATE_SHORT);
  g_autofree char *value = pt_format_pain (item->value);
  g_autofree char *what = NULL;

  switch (item->kind)
    {
    case PT_CHART_ITEM_SESSION:
      /* Translators: a treatment marker's tooltip on the patient chart, "Treatment 1:
       * Dextrose injection" */
      what = g_strdup_printf (_("Treatment %u: %s"), (guint) item->value,
                              pt_patient_words_treatment (g_array_index (
                                self->data->sessions, PtChartSession, item->index).treatment));
      break;
    case PT_CHART_ITEM_RUNNING:
      {
        const PtChartWeek *week = &g_array_index (self->data->weeks, PtChartWeek, item->index);
        g_autofree char *distance = pt_format_distance_with_unit (week->distance_m,
                                                                  self->data->unit);
        g_autofree char *monday = g_steal_pointer (&day);

        day = g_strdup_printf (_("Week of %s"), monday);
        what = g_strdup_printf (_("You ran %s"), distance);
      }
      break;
    case PT_CHART_ITEM_LATEST:
      what = g_strdup_printf (_("Your latest pain: %s"), value);
      break;
    case PT_CHART_ITEM_PAIN:
    default:
      what = g_strdup_printf (_("Your pain: %s"), value);
      break;
    }

  return g_strdup_printf ("%s · %s", day, what);
}
