/* pt-report-tables.c: the progress report's tables, as cells of text
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sessions, pain scores and runs in the report's range, one row each,
 * every cell already formatted (dates, distances in the report's unit,
 * paces) as Pango markup, so pagination and drawing only measure and show.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-format.h"
#include "pt-report-private.h"
#include "pt-units.h"

static const PtReportColumn session_columns[] = {
  { N_("Date"), 0.13, FALSE },
  { N_("Treatment"), 0.14, FALSE },
  { N_("Injection"), 0.24, FALSE },
  /* Translators: the pain a session records before the injection and after it (under local
   * anaesthetic, so it does not count for the recovery) */
  { N_("Pain before → after injection"), 0.15, TRUE },
  { N_("Notes and advice"), 0.34, FALSE },
};

static const PtReportColumn pain_columns[] = {
  { N_("Date"), 0.14, FALSE },
  { N_("Score"), 0.09, TRUE },
  { N_("When"), 0.25, FALSE },
  { N_("Recorded by"), 0.14, FALSE },
  { N_("Notes"), 0.38, FALSE },
};

static const PtReportColumn run_columns[] = {
  { N_("Date"), 0.14, FALSE },
  { N_("Distance"), 0.11, TRUE },
  { N_("Time"), 0.09, TRUE },
  { N_("Pace"), 0.11, TRUE },
  { N_("Surface"), 0.11, FALSE },
  { N_("Pain"), 0.10, TRUE },   /* wide enough for "Schmerz" */
  { N_("Notes"), 0.34, FALSE },
};

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Table cells are Pango markup: every typed text escaped; NULL (an unset
 * value) is an empty cell. */
static char *
cell (char *text)
{
  char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_free (text);
  return escaped;
}

static char *
cell_copy (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* Joins "<b>Label:</b> text" parts (markup), one per line, skipping empty
 * ones. */
static void
append_part (GString    *out,
             const char *label,
             const char *text)
{
  g_autofree char *escaped = NULL;

  if (!has_text (text))
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  escaped = g_markup_escape_text (text, -1);
  g_string_append_printf (out, "<b>%s:</b> %s", label, escaped);
}

/* ---- tables ---- */

static gboolean
in_range (const char *date,
          const char *from,
          const char *to)
{
  return (from == NULL || g_strcmp0 (date, from) >= 0) && (to == NULL || g_strcmp0 (date, to) <= 0);
}

static void
table_init (PtReportTable        *table,
            const char           *title,
            const char           *empty,
            const PtReportColumn *columns,
            guint                 n_columns)
{
  table->title = g_strdup (title);
  table->empty = g_strdup (empty);
  table->columns = columns;
  table->n_columns = n_columns;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* "Dextrose 15 % with lidocaine; 3.5 mL at 4 points", then the structures. */
static char *
describe_injection (PtSession *s)
{
  GString *out = g_string_new (NULL);
  const char *solution = pt_session_get_solution (s);
  double volume = pt_session_get_volume_ml (s);
  double concentration = pt_session_get_concentration_pct (s);
  gint64 points = pt_session_get_injection_count (s);

  if (has_text (solution))
    g_string_append (out, solution);
  /* A solution typed as "Dextrose 15%" already says it. */
  if (pt_has_value (concentration) && (!has_text (solution) || strchr (solution, '%') == NULL))
    {
      g_autofree char *shown = pt_format_number (concentration, 6);

      g_string_append_printf (out, out->len ? " (%s %%)" : "%s %%", shown);
    }
  if (pt_has_value (volume))
    {
      g_autofree char *shown = pt_format_number (volume, 6);

      g_string_append_printf (out, out->len ? _("; %s mL") : _("%s mL"), shown);
    }
  if (points != PT_NO_INT && points > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " at %d point", " at %d points",
                                              (gulong) points), (int) points);
  if (has_text (pt_session_get_structures (s)))
    g_string_append_printf (out, "%s%s", out->len ? "\n" : "", pt_session_get_structures (s));
  return cell (g_string_free (out, FALSE));
}

static void
add_session_rows (PtReportTable *table,
                  GListModel    *sessions,
                  gint64         condition_id,
                  const char    *from,
                  const char    *to)
{
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PtSession) s = g_list_model_get_item (sessions, i);
      g_autofree char *before = NULL, *after = NULL;
      GString *notes;
      char **row;

      if (!in_range (pt_session_get_date (s), from, to) ||
          !pt_analysis_of_condition (pt_session_get_condition_id (s), condition_id))
        continue;

      before = pt_format_pain (pt_session_get_pain_before (s));
      after = pt_format_pain (pt_session_get_pain_after (s));
      notes = g_string_new (NULL);
      append_part (notes, _("Advice"), pt_session_get_advice (s));
      append_part (notes, _("Adverse events"), pt_session_get_adverse_events (s));
      append_part (notes, _("Notes"), pt_session_get_notes (s));

      row = g_new0 (char *, table->n_columns + 1);
      row[0] = cell (pt_format_date (pt_session_get_date (s), PT_DATE_SHORT));
      row[1] = cell_copy (pt_treatment_type_to_label (pt_session_get_treatment (s)));
      row[2] = describe_injection (s);
      row[3] = before || after ? g_markup_printf_escaped ("%s → %s", before ? before : "–",
                                                          after ? after : "–") : g_strdup ("");
      row[4] = g_string_free (notes, FALSE);
      g_ptr_array_add (table->rows, row);
    }
}

static void
add_pain_rows (PtReportTable *table,
               GListModel    *pain,
               gint64         condition_id,
               const char    *from,
               const char    *to)
{
  for (guint i = 0; i < g_list_model_get_n_items (pain); i++)
    {
      g_autoptr(PtPainScore) p = g_list_model_get_item (pain, i);
      char **row;

      if (!in_range (pt_pain_score_get_date (p), from, to) ||
          !pt_analysis_of_condition (pt_pain_score_get_condition_id (p), condition_id))
        continue;

      row = g_new0 (char *, table->n_columns + 1);
      row[0] = cell (pt_format_date (pt_pain_score_get_date (p), PT_DATE_SHORT));
      row[1] = cell (pt_format_pain (pt_pain_score_get_score (p)));
      row[2] = cell_copy (pt_pain_context_to_label (pt_pain_score_get_context (p)));
      row[3] = cell_copy (pt_pain_source_to_label (pt_pain_score_get_source (p)));
      row[4] = cell_copy (pt_pain_score_get_notes (p));
      g_ptr_array_add (table->rows, row);
    }
}

static void
add_run_rows (PtReportTable  *table,
              GListModel     *runs,
              PtDistanceUnit  unit,
              const char     *from,
              const char     *to)
{
  for (guint i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(PtRun) r = g_list_model_get_item (runs, i);
      char **row;

      if (!in_range (pt_run_get_date (r), from, to))
        continue;

      row = g_new0 (char *, table->n_columns + 1);
      row[0] = cell (pt_format_date (pt_run_get_date (r), PT_DATE_SHORT));
      row[1] = cell (pt_format_distance_with_unit (pt_run_get_distance_m (r), unit));
      row[2] = cell (pt_format_duration (pt_run_get_duration_s (r)));
      row[3] = cell (pt_format_pace_with_unit (pt_pace_seconds (pt_run_get_distance_m (r),
                                                                pt_run_get_duration_s (r), unit),
                                               unit));
      row[4] = cell_copy (pt_surface_to_label (pt_run_get_surface (r)));
      row[5] = cell (pt_format_pain (pt_run_get_pain_during (r)));
      row[6] = cell_copy (pt_run_get_notes (r));
      g_ptr_array_add (table->rows, row);
    }
}

void
pt_report_build_tables (PtReport   *self,
              GListModel *sessions,
              GListModel *pain,
              GListModel *runs,
              gint64      condition_id,
              const char *from,
              const char *to)
{
  PtReportTable *t = self->tables;

  table_init (&t[PT_REPORT_TABLE_SESSIONS], _("Treatment sessions"),
              _("No treatment sessions in this period."), session_columns,
              G_N_ELEMENTS (session_columns));
  table_init (&t[PT_REPORT_TABLE_PAIN], _("Pain scores"), _("No pain scores in this period."),
              pain_columns, G_N_ELEMENTS (pain_columns));
  table_init (&t[PT_REPORT_TABLE_RUNS], _("Runs"), _("No runs in this period."), run_columns,
              G_N_ELEMENTS (run_columns));

  add_session_rows (&t[PT_REPORT_TABLE_SESSIONS], sessions, condition_id, from, to);
  add_pain_rows (&t[PT_REPORT_TABLE_PAIN], pain, condition_id, from, to);
  add_run_rows (&t[PT_REPORT_TABLE_RUNS], runs, self->unit, from, to);
}
