/* pt-test-fit.c: FIT files built byte by byte for test-fit
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-test-fit.h"

guint16
pt_test_fit_crc (const guint8 *bytes,
                 gsize         n)
{
  guint16 crc = 0;

  for (gsize i = 0; i < n; i++)
    {
      crc ^= bytes[i];
      for (int bit = 0; bit < 8; bit++)
        crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
    }
  return crc;
}

void
pt_test_fit_u8 (PtTestFit *fit,
                guint      value)
{
  guint8 byte = (guint8) value;

  g_byte_array_append (fit->bytes, &byte, 1);
}

void
pt_test_fit_uint (PtTestFit *fit,
                  guint64    value,
                  guint      size,
                  gboolean   big_endian)
{
  for (guint i = 0; i < size; i++)
    pt_test_fit_u8 (fit, (guint) (value >> (8 * (big_endian ? size - 1 - i : i))));
}

PtTestFit *
pt_test_fit_new (guint header_size)
{
  PtTestFit *fit = g_new0 (PtTestFit, 1);
  /* Protocol 2.0, profile 21.30. */
  const guint8 header[14] = { 0, 0x20, 0x52, 0x08, 0, 0, 0, 0, '.', 'F', 'I', 'T', 0, 0 };

  g_assert_true (header_size == 12 || header_size == 14);
  fit->bytes = g_byte_array_new ();
  fit->header_size = header_size;
  g_byte_array_append (fit->bytes, header, header_size);
  fit->bytes->data[0] = (guint8) header_size;
  return fit;
}

GBytes *
pt_test_fit_finish (PtTestFit *fit,
                    gboolean   header_crc)
{
  guint32 data_size = fit->bytes->len - fit->header_size;
  GBytes *bytes;
  guint16 crc;

  for (guint i = 0; i < 4; i++)
    fit->bytes->data[4 + i] = (guint8) (data_size >> (8 * i));
  if (fit->header_size == 14 && header_crc)
    {
      crc = pt_test_fit_crc (fit->bytes->data, 12);
      fit->bytes->data[12] = (guint8) crc;
      fit->bytes->data[13] = (guint8) (crc >> 8);
    }
  crc = pt_test_fit_crc (fit->bytes->data, fit->bytes->len);
  pt_test_fit_uint (fit, crc, 2, FALSE);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&fit->bytes));
  g_free (fit);
  return bytes;
}

void
pt_test_fit_define_session (PtTestFit *fit,
                            guint      local,
                            gboolean   big_endian,
                            guint      developer_size)
{
  const guint8 fields[][3] = {
    { 253, 4, 0x86 }, { 2, 4, 0x86 }, { 5, 1, 0x00 }, { 6, 1, 0x00 },
    { 7, 4, 0x86 }, { 9, 4, 0x86 },
  };

  pt_test_fit_u8 (fit, 0x40 | (developer_size > 0 ? 0x20 : 0) | local);
  pt_test_fit_u8 (fit, 0);                      /* reserved */
  pt_test_fit_u8 (fit, big_endian ? 1 : 0);
  pt_test_fit_uint (fit, 18, 2, big_endian);
  pt_test_fit_u8 (fit, G_N_ELEMENTS (fields));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_byte_array_append (fit->bytes, fields[i], 3);
  if (developer_size > 0)
    {
      pt_test_fit_u8 (fit, 1);
      pt_test_fit_u8 (fit, 0);                  /* developer field number */
      pt_test_fit_u8 (fit, developer_size);
      pt_test_fit_u8 (fit, 0);                  /* developer data index */
    }
}

void
pt_test_fit_session (PtTestFit              *fit,
                     guint                   local,
                     const PtTestFitSession *session,
                     gboolean                big_endian,
                     guint                   developer_size)
{
  pt_test_fit_u8 (fit, local);
  pt_test_fit_uint (fit, session->timestamp, 4, big_endian);
  pt_test_fit_uint (fit, session->start_time, 4, big_endian);
  pt_test_fit_u8 (fit, session->sport);
  pt_test_fit_u8 (fit, session->sub_sport);
  pt_test_fit_uint (fit, session->timer_ms, 4, big_endian);
  pt_test_fit_uint (fit, session->distance_cm, 4, big_endian);
  for (guint i = 0; i < developer_size; i++)
    pt_test_fit_u8 (fit, 0x40);
}

void
pt_test_fit_define_record (PtTestFit *fit,
                           guint      local)
{
  pt_test_fit_u8 (fit, 0x40 | local);
  pt_test_fit_u8 (fit, 0);
  pt_test_fit_u8 (fit, 0);
  pt_test_fit_uint (fit, 20, 2, FALSE);
  pt_test_fit_u8 (fit, 1);
  pt_test_fit_u8 (fit, 253);
  pt_test_fit_u8 (fit, 4);
  pt_test_fit_u8 (fit, 0x86);
}

GBytes *
pt_test_fit_one_session (const PtTestFitSession *session)
{
  PtTestFit *fit = pt_test_fit_new (14);

  pt_test_fit_define_session (fit, 0, FALSE, 0);
  pt_test_fit_session (fit, 0, session, FALSE, 0);
  return pt_test_fit_finish (fit, TRUE);
}
