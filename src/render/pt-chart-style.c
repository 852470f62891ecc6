/* pt-chart-style.c: colours and fonts of the charts
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pt-chart-style.h"

#define FONT_FAMILY "Cantarell, Inter, DejaVu Sans, Sans"
#define FONT_SIZE 13.0

gboolean
pt_chart_color_parse (PtChartColor *color,
                      const char   *text)
{
  guint64 value;

  g_return_val_if_fail (color != NULL, FALSE);

  if (text == NULL || text[0] != '#' || strlen (text) != 7 ||
      !g_ascii_string_to_unsigned (text + 1, 16, 0, 0xffffff, &value, NULL))
    return FALSE;

  color->red = ((value >> 16) & 0xff) / 255.0;
  color->green = ((value >> 8) & 0xff) / 255.0;
  color->blue = (value & 0xff) / 255.0;
  color->alpha = 1.0;
  return TRUE;
}

static PtChartColor
rgb (const char *text)
{
  PtChartColor color = { 0, 0, 0, 1 };

  pt_chart_color_parse (&color, text);
  return color;
}

static PtChartColor
rgba (const char *text,
      double      alpha)
{
  PtChartColor color = rgb (text);

  color.alpha = alpha;
  return color;
}

static void
init_common (PtChartStyle *style)
{
  g_strlcpy (style->font_family, FONT_FAMILY, sizeof style->font_family);
  style->font_size = FONT_SIZE;
}

void
pt_chart_style_init_light (PtChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (PtChartStyle) {
    .background = rgb ("#ffffff"),
    .foreground = rgb ("#241f31"),
    .dim = rgb ("#5e5c64"),
    .grid = rgba ("#000000", 0.08),
    .axis = rgba ("#000000", 0.35),
    .pain = {
      rgb ("#e66100"),  /* at rest */
      rgb ("#c01c28"),  /* first steps in the morning */
      rgb ("#9141ac"),  /* during a run */
      rgb ("#865e3c"),  /* after a run */
      rgb ("#77767b"),  /* other */
      rgb ("#613583"),  /* at a session, before the injection: the sessions' colour */
      rgb ("#613583"),  /* after the injection: the same, as rings */
    },
    .baseline = rgb ("#3d3846"),
    .improvement = rgb ("#26a269"),
    .session = rgb ("#613583"),
    .running = rgb ("#3584e4"),
    .cross_training = rgb ("#99c1f1"),
    .back_to_running = rgb ("#26a269"),
    .over_rule = rgb ("#ff7800"),
    .ratio = rgb ("#1c71d8"),
    .outcome = rgb ("#1f7f8f"),  /* libadwaita's teal, darkened for white paper */
    .label_background = rgba ("#ffffff", 0.85),
  };
  init_common (style);
}

void
pt_chart_style_init_dark (PtChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (PtChartStyle) {
    .background = rgb ("#1e1e1e"),
    .foreground = rgb ("#ffffff"),
    .dim = rgb ("#c0bfbc"),
    .grid = rgba ("#ffffff", 0.10),
    .axis = rgba ("#ffffff", 0.40),
    .pain = {
      rgb ("#ffa348"),
      rgb ("#f66151"),
      rgb ("#dc8add"),
      rgb ("#cdab8f"),
      rgb ("#9a9996"),
      rgb ("#c061cb"),
      rgb ("#c061cb"),
    },
    .baseline = rgb ("#deddda"),
    .improvement = rgb ("#57e389"),
    .session = rgb ("#c061cb"),
    .running = rgb ("#62a0ea"),
    .cross_training = rgb ("#1a5fb4"),
    .back_to_running = rgb ("#57e389"),
    .over_rule = rgb ("#ffa348"),
    .ratio = rgb ("#99c1f1"),
    .outcome = rgb ("#5fc9d8"),
    .label_background = rgba ("#1e1e1e", 0.85),
  };
  init_common (style);
}
