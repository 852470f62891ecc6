/* pt-test-fit.h: FIT files built byte by byte for test-fit
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tiny FIT writer: a header, whatever records a test appends (helpers
 * for session definitions and messages, or raw bytes), then the data size
 * and CRCs filled in. Independent of src/import/pt-fit.c (its CRC is
 * computed bit by bit rather than from the SDK's nibble table).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GByteArray *bytes;
  guint       header_size;
} PtTestFit;

/* The session fields pt_test_fit_define_session() declares, in order:
 * timestamp (253), start_time (2), sport (5), sub_sport (6),
 * total_timer_time (7) and total_distance (9). */
typedef struct
{
  guint32 timestamp;
  guint32 start_time;
  guint   sport;
  guint   sub_sport;
  guint32 timer_ms;
  guint32 distance_cm;
} PtTestFitSession;

/* CRC-16/ARC, the FIT CRC. */
guint16    pt_test_fit_crc            (const guint8           *bytes,
                                       gsize                   n);

/* A FIT file with a header of @header_size (12 or 14) bytes. */
PtTestFit *pt_test_fit_new            (guint                   header_size);
/* The file with its data size, header CRC (a 14-byte header, if
 * @header_crc; else 0) and file CRC; frees @fit. */
GBytes    *pt_test_fit_finish         (PtTestFit              *fit,
                                       gboolean                header_crc);

void       pt_test_fit_u8             (PtTestFit              *fit,
                                       guint                   value);
/* @value in @size bytes, least significant first unless @big_endian. */
void       pt_test_fit_uint           (PtTestFit              *fit,
                                       guint64                 value,
                                       guint                   size,
                                       gboolean                big_endian);

/* A definition of a session (global 18) for @local; @developer_size > 0
 * adds a developer field of that many bytes. */
void       pt_test_fit_define_session (PtTestFit              *fit,
                                       guint                   local,
                                       gboolean                big_endian,
                                       guint                   developer_size);
/* A session data message on @local, as pt_test_fit_define_session()
 * defined it; its developer field is bytes 0x40 (record headers, were
 * they not skipped). */
void       pt_test_fit_session        (PtTestFit              *fit,
                                       guint                   local,
                                       const PtTestFitSession *session,
                                       gboolean                big_endian,
                                       guint                   developer_size);
/* A definition of a record message (global 20) of a timestamp only. */
void       pt_test_fit_define_record  (PtTestFit              *fit,
                                       guint                   local);

/* A file of one session, 14-byte header with its CRC. */
GBytes    *pt_test_fit_one_session    (const PtTestFitSession *session);

G_END_DECLS
