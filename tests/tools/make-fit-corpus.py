#!/usr/bin/env python3
# make-fit-corpus.py: the seed corpus of tests/fuzz/fuzz-fit.c
#
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/tools/make-fit-corpus.py  (from the source root)
# Writes tests/fuzz/corpus/fit/: small device files of tests/data/devices/,
# pieces and damaged copies of them, and FIT files built here for what the
# device files lack (multisport, compressed timestamps, developer fields,
# big-endian definitions, chained files, undefined local types, overruns).

import os
import shutil
import struct

DEVICES = 'tests/data/devices'
OUT = 'tests/fuzz/corpus/fit'
T0 = 1773475200 - 631065600


def crc16(data):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def fit(records, header_size=14, header_crc=True):
    header = bytearray(struct.pack('<BBHI4s', header_size, 0x20, 2132, len(records), b'.FIT'))
    if header_size == 14:
        header += struct.pack('<H', crc16(header) if header_crc else 0)
    body = bytes(header) + records
    return body + struct.pack('<H', crc16(body))


def session_definition(local, big_endian=False, developer=0):
    order = '>' if big_endian else '<'
    fields = [(253, 4, 0x86), (2, 4, 0x86), (5, 1, 0), (6, 1, 0), (7, 4, 0x86), (9, 4, 0x86)]
    out = bytes([0x40 | (0x20 if developer else 0) | local, 0, 1 if big_endian else 0])
    out += struct.pack(order + 'HB', 18, len(fields))
    out += b''.join(bytes(f) for f in fields)
    if developer:
        out += bytes([1, 0, developer, 0])
    return out


def session(local, start, sport, sub, timer_ms, dist_cm, big_endian=False, developer=0):
    order = '>' if big_endian else '<'
    return (bytes([local]) + struct.pack(order + 'IIBBII', start + timer_ms // 1000, start,
                                         sport, sub, timer_ms, dist_cm)
            + b'\x40' * developer)


def write(name, data):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in ['Activity.fit', 'garmin-fenix-5-walk.fit', 'activity-unexpected-eof.fit',
                 'activity-settings-corruptheader.fit', '20170518-191602-1740899583.fit']:
        shutil.copy(os.path.join(DEVICES, name), os.path.join(OUT, name))

    activity = open(os.path.join(DEVICES, 'Activity.fit'), 'rb').read()
    write('activity-cut-header', activity[:13])
    write('activity-cut-400', activity[:400])
    flipped = bytearray(activity)
    flipped[300] ^= 0xFF
    write('activity-flipped-crc', bytes(flipped))

    legs = [(1, 2), (3, 0), (2, 7), (3, 0), (1, 0)]
    records = session_definition(0)
    for i, (sport, sub) in enumerate(legs):
        records += session(0, T0 + 600 * i, sport, sub, 600000, 150000)
    write('multisport', fit(records))

    # A record (global 20) with a full timestamp, then a session with a
    # compressed-timestamp header on local type 1.
    records = bytes([0x40, 0, 0]) + struct.pack('<HB', 20, 1) + bytes([253, 4, 0x86])
    records += bytes([0]) + struct.pack('<I', T0 | 0x1E)
    records += bytes([0x41, 0, 0]) + struct.pack('<HB', 18, 2) + bytes([5, 1, 0, 7, 4, 0x86])
    records += bytes([0x80 | (1 << 5) | 3, 1]) + struct.pack('<I', 50000)
    write('compressed-timestamp', fit(records, 12))

    records = session_definition(5, developer=7) + session(5, T0, 5, 17, 3000000, 250000, developer=7)
    write('developer-field', fit(records))

    records = session_definition(15, big_endian=True)
    records += session(15, T0, 15, 14, 5400000, 1234567, big_endian=True)
    write('big-endian', fit(records, 12))

    run = fit(session_definition(0) + session(0, T0, 1, 3, 1800000, 600000))
    walk = fit(session_definition(0) + session(0, T0 + 7200, 11, 0, 1800000, 300000))
    write('chained', run + walk)
    write('chained-cut', run + walk[:-5])

    write('undefined-type', fit(session_definition(0) + session(3, T0, 1, 0, 60000, 20000)))
    overrun = bytes([0x40, 0, 0]) + struct.pack('<HB', 18, 2) + bytes([5, 1, 0, 7, 250, 0x0D])
    write('overrun', fit(overrun + bytes([0, 1]) + bytes(8)))
    write('not-fit', b'Date,Distance\n2026-03-14,5.0\n')


if __name__ == '__main__':
    main()
