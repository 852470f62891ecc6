#!/usr/bin/env python3
# make-fit-folder.py: a folder of FIT files like a watch's, for build-aux/bench
#
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   make-fit-folder.py FOLDER N
#
# Writes N runs of 30 minutes, one a day, as a watch records them: a
# file_id message, one record message a second (time, position, distance,
# heart rate, speed) and a session message, with both CRCs. About 40 KB a
# file.

import os
import struct
import sys

FIT_EPOCH = 631065600
START = 1641024000  # 2022-01-01T08:00:00Z


def crc16(data):
    table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]
    crc = 0
    for byte in data:
        tmp = table[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ table[byte & 0xF]
        tmp = table[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ table[(byte >> 4) & 0xF]
    return crc


def definition(local, number, fields):
    out = struct.pack('<BBBHB', 0x40 | local, 0, 0, number, len(fields))
    return out + b''.join(struct.pack('<BBB', *f) for f in fields)


def run_file(day):
    start = START + day * 86400 - FIT_EPOCH
    seconds = 1800 + day % 600
    metres_per_second = 2.8 + (day % 7) * 0.1
    body = bytearray()
    body += definition(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
    body += struct.pack('<BBHI', 0, 4, 1, start)
    body += definition(1, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (5, 4, 0x86),
                               (3, 1, 0x02), (6, 2, 0x84)])
    for s in range(seconds):
        body += struct.pack('<BIiiIBH', 1, start + s, 617000000 + s * 40, -1800000 + s * 25,
                            int(s * metres_per_second * 100), 140 + s % 20,
                            int(metres_per_second * 1000))
    body += definition(2, 18, [(253, 4, 0x86), (2, 4, 0x86), (5, 1, 0x00), (6, 1, 0x00),
                               (7, 4, 0x86), (9, 4, 0x86)])
    body += struct.pack('<BIIBBII', 2, start + seconds, start, 1, 0, seconds * 1000,
                        int(seconds * metres_per_second * 100))
    header = bytearray(struct.pack('<BBHI4s', 14, 0x20, 2132, len(body), b'.FIT'))
    header += struct.pack('<H', crc16(header))
    data = bytes(header) + bytes(body)
    return data + struct.pack('<H', crc16(data))


def main():
    folder, n = sys.argv[1], int(sys.argv[2])
    os.makedirs(folder, exist_ok=True)
    for day in range(n):
        with open(os.path.join(folder, 'run-%04d.fit' % day), 'wb') as f:
            f.write(run_file(day))


main()
