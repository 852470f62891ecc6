/* pt-date.h: ISO 8601 calendar dates, as the record stores them
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Strict YYYY-MM-DD between years 1900 and 2200; nothing else is accepted. */
gboolean pt_date_parse          (const char  *text,
                                 GDate       *out);
char    *pt_date_format         (const GDate *date);
/* Today in local time; PROLOTRACK_TODAY=YYYY-MM-DD pins it (tests, demos). */
void     pt_date_today          (GDate       *out);
char    *pt_date_today_string   (void);
/* Days from @from to @to (negative when @to is earlier); both must parse. */
int      pt_date_days_between   (const char  *from,
                                 const char  *to);
/* Age in whole years on @today of someone born on @birth: the birthday
 * counts from its day on (29 February birthdays from 1 March in other
 * years). Both must parse. */
int      pt_date_age_years      (const char  *birth,
                                 const char  *today);
char    *pt_date_add_days       (const char  *date,
                                 int          days);
/* The @first_day (Monday, Sunday, ...) on or before @date: the start of
 * its week when weeks start on that day. */
void     pt_date_week_start_on  (const GDate  *date,
                                 GDateWeekday  first_day,
                                 GDate        *start);
/* Monday of the ISO week that holds @date. */
void     pt_date_week_start     (const GDate *date,
                                 GDate       *monday);

G_END_DECLS
