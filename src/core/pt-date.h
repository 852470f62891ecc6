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

/* The order of day, month and year in dates typed by people. */
typedef enum
{
  PT_DATE_ORDER_DMY,   /* 12/04/1988, 12.04.1988: most of the world */
  PT_DATE_ORDER_MDY,   /* 04/12/1988: the United States (and the C locale) */
  PT_DATE_ORDER_YMD,   /* 1988/04/12: East Asia */
} PtDateOrder;

/* The order of the current locale's dates (LC_TIME's date format). */
PtDateOrder pt_date_locale_order (void);
/* A date as a person types it: ISO YYYY-MM-DD always, or three numbers in
 * @order separated by '/', '.' or '-' (spaces around them allowed), the
 * year with four digits (a two-digit year is ambiguous for a birth date).
 * Nothing else: no month names, no missing parts. Same year range as
 * pt_date_parse(). */
gboolean pt_date_parse_input    (const char  *text,
                                 PtDateOrder  order,
                                 GDate       *out);
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
/* @months calendar months before @date, the day kept or, past the end of a
 * shorter month, its last day (31 May less 3 months is 28 or 29 February);
 * NULL when @date does not parse. */
char    *pt_date_months_before  (const char  *date,
                                 guint        months);
char    *pt_date_add_days       (const char  *date,
                                 int          days);
/* The @first_day (Monday, Sunday, ...) on or before @date: the start of
 * its week when weeks start on that day. */
void     pt_date_week_start_on  (const GDate  *date,
                                 GDateWeekday  first_day,
                                 GDate        *start);
/* "monday" to "sunday" (any case) as a GDateWeekday; FALSE for anything
 * else. The names of the week-start setting and the CLI's --week-start. */
gboolean pt_date_weekday_from_name (const char   *name,
                                    GDateWeekday *weekday);
/* Monday of the ISO week that holds @date. */
void     pt_date_week_start     (const GDate *date,
                                 GDate       *monday);

G_END_DECLS
