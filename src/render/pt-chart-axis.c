/* pt-chart-axis.c: scales and ticks of the chart axes
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-chart-axis.h"
#include "pt-format.h"

/* More labels than this per pixel are not worth measuring. */
#define MIN_PIXELS_PER_TICK 18.0

typedef struct
{
  PtChartTimeUnit unit;
  guint           unit_kind;  /* 0 days, 1 months, 2 years */
  guint           count;      /* days, months or years per step */
} TimeStep;

static const TimeStep time_steps[] = {
  { PT_CHART_TIME_DAYS, 0, 1 },
  { PT_CHART_TIME_DAYS, 0, 2 },
  { PT_CHART_TIME_WEEKS, 0, 7 },
  { PT_CHART_TIME_WEEKS, 0, 14 },
  { PT_CHART_TIME_MONTHS, 1, 1 },
  { PT_CHART_TIME_MONTHS, 1, 2 },
  { PT_CHART_TIME_MONTHS, 1, 3 },
  { PT_CHART_TIME_MONTHS, 1, 6 },
  { PT_CHART_TIME_YEARS, 2, 1 },
  { PT_CHART_TIME_YEARS, 2, 2 },
  { PT_CHART_TIME_YEARS, 2, 5 },
  { PT_CHART_TIME_YEARS, 2, 10 },
  { PT_CHART_TIME_YEARS, 2, 20 },
  { PT_CHART_TIME_YEARS, 2, 50 },
  { PT_CHART_TIME_YEARS, 2, 100 },
};

double
pt_chart_scale_map (const PtChartScale *scale,
                    double              value)
{
  if (scale->d1 == scale->d0)
    return (scale->p0 + scale->p1) / 2;
  return scale->p0 + (value - scale->d0) / (scale->d1 - scale->d0) * (scale->p1 - scale->p0);
}

double
pt_chart_scale_unmap (const PtChartScale *scale,
                      double              pixel)
{
  if (scale->p1 == scale->p0)
    return scale->d0;
  return scale->d0 + (pixel - scale->p0) / (scale->p1 - scale->p0) * (scale->d1 - scale->d0);
}

double
pt_chart_nice_step (double  max,
                    guint   max_ticks,
                    double *top)
{
  static const double nice[] = { 1, 2, 2.5, 5, 10 };
  double raw, magnitude, step = 1;

  if (!(max > 0) || !isfinite (max))
    max = 1;
  max_ticks = MAX (max_ticks, 1);

  raw = max / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
    {
      step = nice[i] * magnitude;
      if (step >= raw * (1 - 1e-9))
        break;
    }

  if (top != NULL)
    *top = ceil (max / step - 1e-9) * step;
  return step;
}

static void
measure (PangoLayout *layout,
         const char  *text,
         double      *width,
         double      *height)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

GArray *
pt_chart_value_ticks (const PtChartScale *scale,
                      double              step,
                      int                 decimals,
                      PangoLayout        *layout)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (PtChartTick));
  guint n;

  g_return_val_if_fail (step > 0, ticks);

  /* A step of 2.5 needs its decimal, whatever the caller asked for. */
  for (double scaled = step * pow (10, decimals);
       decimals < 3 && fabs (scaled - round (scaled)) > 1e-6;
       scaled = step * pow (10, decimals))
    decimals++;

  n = (guint) floor ((scale->d1 - scale->d0) / step + 1e-9);
  for (guint i = 0; i <= n; i++)
    {
      PtChartTick tick = { .value = scale->d0 + i * step };
      g_autofree char *label = pt_format_number_fixed (tick.value, (guint) MAX (decimals, 0));
      double width, height;

      tick.pos = pt_chart_scale_map (scale, tick.value);
      g_strlcpy (tick.label, label, sizeof tick.label);
      measure (layout, tick.label, &width, &height);
      tick.label_start = tick.pos - height / 2;
      tick.label_end = tick.pos + height / 2;
      tick.label_size = width;
      g_array_append_val (ticks, tick);
    }

  return ticks;
}

static void
julian_to_dmy (int    day,
               GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) day);
}

/* The first tick on or after @day for @step. */
static void
first_tick (const TimeStep *step,
            int             day,
            GDate          *date)
{
  julian_to_dmy (day, date);

  if (step->unit == PT_CHART_TIME_WEEKS)
    {
      int weekday = g_date_get_weekday (date);  /* 1: Monday */

      if (weekday != G_DATE_MONDAY)
        g_date_add_days (date, 8 - weekday);
    }
  else if (step->unit_kind == 1)
    {
      guint month = g_date_get_month (date);

      if (g_date_get_day (date) != 1)
        month++;
      while ((month - 1) % step->count != 0)
        month++;
      g_date_set_day (date, 1);
      g_date_set_month (date, G_DATE_JANUARY);
      g_date_add_months (date, month - 1);
    }
  else if (step->unit_kind == 2)
    {
      guint year = g_date_get_year (date);

      if (g_date_get_day (date) != 1 || g_date_get_month (date) != G_DATE_JANUARY)
        year++;
      while (year % step->count != 0)
        year++;
      g_date_set_dmy (date, 1, G_DATE_JANUARY, (GDateYear) year);
    }
}

static void
next_tick (const TimeStep *step,
           GDate          *date)
{
  if (step->unit_kind == 0)
    g_date_add_days (date, step->count);
  else if (step->unit_kind == 1)
    g_date_add_months (date, step->count);
  else
    g_date_add_years (date, step->count);
}

static void
format_label (const TimeStep *step,
              const GDate    *date,
              gboolean        first,
              char           *label,
              gsize           size)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                 g_date_get_day (date), 12, 0, 0);
  g_autofree char *text = NULL;
  const char *format;

  if (step->unit_kind == 2)
    format = "%Y";
  else if (step->unit_kind == 1)
    format = first || g_date_get_month (date) == G_DATE_JANUARY ? "%b %Y" : "%b";
  else
    format = "%e %b";

  text = g_date_time_format (dt, format);
  g_strlcpy (label, text != NULL ? g_strstrip (text) : "", size);
}

static guint
estimate_ticks (const TimeStep     *step,
                const PtChartScale *scale)
{
  double days = step->unit_kind == 0 ? step->count
              : step->unit_kind == 1 ? step->count * 30.44 : step->count * 365.25;

  return (guint) ((scale->d1 - scale->d0) / days) + 1;
}

/* Ticks for @step, or NULL when their labels would overlap. */
static GArray *
try_step (const TimeStep     *step,
          const PtChartScale *scale,
          PangoLayout        *layout,
          double              gap,
          double              min_pos,
          double              max_pos)
{
  g_autoptr(GArray) ticks = g_array_new (FALSE, TRUE, sizeof (PtChartTick));
  double last_end = -G_MAXDOUBLE;
  GDate date;

  for (first_tick (step, (int) ceil (scale->d0), &date);
       g_date_get_julian (&date) <= scale->d1; next_tick (step, &date))
    {
      PtChartTick tick = { .value = g_date_get_julian (&date) };
      double width, height;

      tick.pos = pt_chart_scale_map (scale, tick.value);
      format_label (step, &date, ticks->len == 0, tick.label, sizeof tick.label);
      measure (layout, tick.label, &width, &height);
      tick.label_start = tick.pos - width / 2;
      tick.label_end = tick.pos + width / 2;
      tick.label_size = height;

      /* A label sticking out of the chart is left out; its tick stays. */
      if (tick.label_start < min_pos || tick.label_end > max_pos)
        tick.label[0] = '\0';
      else if (tick.label_start < last_end + gap)
        return NULL;
      else
        last_end = tick.label_end;

      g_array_append_val (ticks, tick);
    }

  return g_steal_pointer (&ticks);
}

GArray *
pt_chart_time_ticks (const PtChartScale *scale,
                     PangoLayout        *layout,
                     double              gap,
                     double              min_pos,
                     double              max_pos,
                     PtChartTimeUnit    *unit)
{
  double pixels = fabs (scale->p1 - scale->p0);

  for (guint i = 0; i < G_N_ELEMENTS (time_steps); i++)
    {
      const TimeStep *step = &time_steps[i];
      GArray *ticks;

      if (estimate_ticks (step, scale) * MIN_PIXELS_PER_TICK > pixels + MIN_PIXELS_PER_TICK)
        continue;
      ticks = try_step (step, scale, layout, gap, min_pos, max_pos);
      if (ticks != NULL)
        {
          if (unit != NULL)
            *unit = step->unit;
          return ticks;
        }
    }

  if (unit != NULL)
    *unit = PT_CHART_TIME_YEARS;
  return g_array_new (FALSE, TRUE, sizeof (PtChartTick));
}
