/* pt-format.h: every value as people read it and as data files hold it
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place that turns a pain score, a distance, a duration, a pace, a
 * date or a percent change into text, so the page, the chart, the PDF and
 * the CLI say the same thing. Two flavours where it matters:
 *
 *  - for people (no suffix): the user's locale, so a decimal comma under
 *    de_DE ("7,5"); dates with the locale's month names;
 *  - for data files (_data): always '.', never a thousands separator, no
 *    locale at all ("7.5"); data files keep dates as ISO YYYY-MM-DD.
 *
 * One rounding rule everywhere: half away from zero at the last digit
 * shown, as the number reads in decimal (9.995 with two decimals is "10",
 * although the double is 9.99499999…); -0 and what rounds to zero read
 * "0", never "-0".
 *
 * Unset values (NAN, PT_NO_INT, a NULL or empty date) give NULL from every
 * function that returns a new string; the caller shows "", "–" or nothing,
 * as its layout needs. Distances are converted by pt-units.h.
 */

#pragma once

#include <glib.h>

#include "pt-types.h"

G_BEGIN_DECLS

/* ---- numbers ---- */

/* Bytes a pt_format_number_data() or pt_format_int_data() buffer needs,
 * its nul included. */
#define PT_FORMAT_NUMBER_SIZE G_ASCII_DTOSTR_BUF_SIZE

/* For data files, into @buffer (PT_FORMAT_NUMBER_SIZE bytes, nul-terminated)
 * without allocating: 1234567 → "1234567", -3 → "-3", G_MININT64 →
 * "-9223372036854775808". Returns the length. */
gsize  pt_format_int_data             (char            *buffer,
                                       gint64           value);
/* For data files, into @buffer (PT_FORMAT_NUMBER_SIZE bytes, nul-terminated)
 * without allocating: at most @max_decimals (0 to 9) decimals, trailing
 * zeros dropped, '.' always: 7 → "7", 7.25 → "7.25", 0.0000004 with 6 →
 * "0", -0.5 with 0 → "-1"; past 2^53 units of the last decimal (1e300),
 * g_ascii_dtostr()'s text, which reads back the same. NAN writes "".
 * Returns the length. */
gsize  pt_format_number_data          (char            *buffer,
                                       double           value,
                                       guint            max_decimals);
/* For people: the same digits with the locale's decimal separator:
 * 2.5 with 2 → "2.5" ("2,5" under de_DE), 8 → "8"; NAN → NULL. */
char  *pt_format_number               (double           value,
                                       guint            max_decimals);
/* For people, exactly @decimals (0 to 9) decimals: 5 with 1 → "5.0"
 * ("5,0"), 2.25 with 1 → "2.3"; NAN → NULL. For table columns and axes,
 * where the digits line up. */
char  *pt_format_number_fixed         (double           value,
                                       guint            decimals);

/* ---- pain ---- */

/* A pain score (or a day's mean) for people: at most two decimals, trailing
 * zeros dropped: 7 → "7", 7.5 → "7.5" ("7,5"), 2.25 → "2.25" ("2,25"),
 * 2.249999 → "2.25", 0 → "0"; NAN → NULL. Data files write pain with
 * pt_format_number_data() like every other number. */
char  *pt_format_pain                 (double           pain);

/* ---- distances ---- */

/* @metres in @unit, the number alone with exactly @decimals decimals, for
 * a table column under "Distance (km)": 5250 m with 2 → "5.25" ("5,25"),
 * 10000 m with 2 → "10.00", 8046.72 m in mi with 1 → "5.0"; NAN → NULL. */
char  *pt_format_distance             (double           metres,
                                       PtDistanceUnit   unit,
                                       guint            decimals);
/* With its unit symbol and one decimal, for sentences, tiles and the
 * report: 12400 m → "12.4 km" ("12,4 km"), 5000 m in mi → "3.1 mi";
 * NAN → NULL. */
char  *pt_format_distance_with_unit   (double           metres,
                                       PtDistanceUnit   unit);
/* The same in whole units, rounded half away from zero, for a round figure
 * in advice ("keep next week at or below 30 km"): 30000 m → "30 km",
 * 30499 m → "30 km", 28968 m in mi → "18 mi"; NAN → NULL. */
char  *pt_format_distance_whole       (double           metres,
                                       PtDistanceUnit   unit);

/* ---- durations and paces ---- */

/* A clock: "48:10" under an hour, "1:02:45" from an hour on, "0:05" for 5
 * seconds, hours growing as needed ("2562047788015215:30:07" for
 * G_MAXINT64 seconds), a leading '-' when negative ("-0:05");
 * PT_NO_INT → NULL. The same in every locale. */
char  *pt_format_duration             (gint64           seconds);
/* Always with the hours, for messages that name the format
 * ("hours:minutes:seconds"): 0 → "0:00:00", 2890 → "0:48:10",
 * 172801 → "48:00:01", -60 → "-0:01:00"; PT_NO_INT → NULL. */
char  *pt_format_duration_hms         (gint64           seconds);
/* A pace in seconds per km or mile (pt_pace_seconds()), as a clock rounded
 * to the second: 332.4 → "5:32"; NAN → NULL. */
char  *pt_format_pace                 (double           seconds_per_unit);
/* The same with "/km" or "/mi": "5:32 /km"; NAN → NULL. */
char  *pt_format_pace_with_unit       (double           seconds_per_unit,
                                       PtDistanceUnit   unit);

/* ---- dates for people ---- */

typedef enum
{
  PT_DATE_SHORT,  /* "4 Mar 2026" ("4 Mär 2026" under de_DE): tables, tiles */
  PT_DATE_LONG,   /* "4 March 2026" ("4 März 2026"): sentences, the report's header */
  PT_DATE_WEEKDAY, /* "Friday 4 December 2026" ("Freitag 4 Dezember 2026"): a day to come,
                    * such as the next visit in the patient's words */
} PtDateStyle;

/* A date for people from ISO YYYY-MM-DD (pt_date_parse()), in the locale's
 * words (GDateTime, translatable formats); NULL or "" → NULL; text that is
 * no date is returned as it is ("2026-13-01" → "2026-13-01"). */
char  *pt_format_date                 (const char      *iso_date,
                                       PtDateStyle      style);
/* The same from a valid GDate. */
char  *pt_format_gdate                (const GDate     *date,
                                       PtDateStyle      style);

/* ---- percent change ---- */

/* The one rounding of a percent change, to what every text shows: half
 * away from zero to a whole percent (round(), as
 * pt_analysis_classify_change() rounds), and what rounds to zero is 0
 * (not -0): -69.6 → -70, -12.5 → -13, -0.4 → 0, 0.5 → 1; NAN stays NAN.
 * Callers that word a sentence by the direction of the change ask this. */
double pt_percent_round               (double           percent);
/* The change as a signed number, U+2212 MINUS SIGN when negative:
 * -69.6 → "−70 %", 12.4 → "+12 %", -0.4 → "0 %"; NAN → NULL. The chart's
 * pill and weekly labels, the report's key figure, the CLI's weeks. */
char  *pt_format_percent_change       (double           percent);
/* The change inside a sentence: -70 → "down 70 %", 12 → "up 12 %", -0.4 →
 * "no change"; NAN → NULL. "Pain went from 7.5 to 2.25, down 70 %",
 * "Weekly distance is up 12 % on last week". */
char  *pt_format_percent_change_words (double           percent);
/* A change of pain from baseline on its own line: -70 → "70 % less pain
 * than at baseline", 15 → "15 % more pain than at baseline", -0.4 → "No
 * change since baseline"; NAN → NULL. The page's pain tile, the CLI's
 * summary. */
char  *pt_format_pain_change          (double           percent);

G_END_DECLS
