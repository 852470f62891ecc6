/* pt-report-dialog.h: what goes into a progress report, asked before export
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The periods a report can cover, newest records last. */
typedef enum
{
  PT_REPORT_PERIOD_ALL,
  PT_REPORT_PERIOD_3_MONTHS,
  PT_REPORT_PERIOD_6_MONTHS,
  PT_REPORT_PERIOD_12_MONTHS,
} PtReportPeriod;

#define PT_TYPE_REPORT_DIALOG (pt_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PtReportDialog, pt_report_dialog, PT, REPORT_DIALOG, AdwMessageDialog)

/* Asks for the period and, with @settings, the clinic's name (saved there
 * when the clinician answers "export"; a clinic without a name is asked
 * every time). Responses: "cancel" and "export". */
PtReportDialog *pt_report_dialog_new            (GtkWindow      *parent,
                                                 GSettings      *settings);
PtReportPeriod  pt_report_dialog_get_period     (PtReportDialog *self);
/* The first day the chosen period covers on @today (YYYY-MM-DD), or NULL
 * for all records. */
char           *pt_report_period_start          (PtReportPeriod  period,
                                                 const char     *today);

G_END_DECLS
