#!/usr/bin/env python3
# csv-check.py: prolotrack-cli export-csv, read back by Python's csv module
#
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   csv-check.py PROLOTRACK_CLI
#
# An independent reader: every file is parsed with csv.reader(strict=True)
# and written again with csv.writer (minimal quoting, CRLF), which must give
# the same bytes, so quoting, doubled quotes and line ends are exactly RFC
# 4180. Typed text with commas, quotes, line breaks, formula prefixes and
# non-Latin scripts must come back as typed (formulas behind an apostrophe).
# meson runs it in C.UTF-8 and in de_DE.UTF-8 (a decimal comma).

import csv
import io
import os
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
TABLES = ["patients", "conditions", "sessions", "pain", "shoes", "runs", "cross", "outcomes",
          "plans"]
AWKWARD = [
    "plain",
    "comma, inside",
    'say "hello"',
    '"starts with a quote',
    "line one\nline two",
    "crlf\r\nsecond line",
    "=1+2",
    '=HYPERLINK("http://example.org","click")',
    "+44 7700 900000",
    "-5 km easy",
    "@SUM(A1:A2)",
    "\tindented",
    "\rcarriage return first",
    "\nnewline first",
    "Ça va, José? Ünïcödé",
    "跑步后脚跟疼",
    "ألم في الكعب بعد الجري",
]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


def defused(text):
    return "'" + text if text and text[0] in "=+-@\t\r\n" else text


def run(db, *args, expect=0):
    result = subprocess.run([CLI, "--database", db, *args], capture_output=True, check=False)
    check(result.returncode == expect,
          f"{' '.join(args)}: exit {result.returncode}, expected {expect}; "
          f"stderr: {result.stderr.decode(errors='replace')}")
    return result


def parse(data, what):
    """Rows of strict RFC 4180 @data, or [] after recording a failure."""
    try:
        text = data.decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error) as error:
        check(False, f"{what}: not strict CSV: {error}")
        return []
    again = io.StringIO(newline="")
    csv.writer(again, lineterminator="\r\n").writerows(rows)
    check(again.getvalue() == text, f"{what}: not minimal RFC 4180 with CRLF line ends")
    check(len(rows) >= 1, f"{what}: no header row")
    for number, row in enumerate(rows):
        check(len(row) == len(rows[0]), f"{what}: row {number} has {len(row)} fields")
    return rows


def column(rows, name):
    check(name in rows[0], f"no column {name} in {rows[0]}")
    index = rows[0].index(name)
    return [row[index] for row in rows[1:]]


def check_numbers(rows, what):
    for name in rows[0]:
        if name in ("distance_km", "distance_mi", "pain_during", "score", "volume_ml",
                    "concentration_pct", "pain_before", "pain_after", "duration_s", "minutes"):
            for value in column(rows, name):
                check(value == "" or float(value) >= 0 and "," not in value,
                      f"{what}: {name} = {value!r} is not a number with a dot")


def check_demo(folder):
    db = os.path.join(folder, "demo.db")
    run(db, "demo")
    for table in TABLES:
        out = os.path.join(folder, table + ".csv")
        run(db, "export-csv", "--table", table, "-o", out)
        with open(out, "rb") as f:
            rows = parse(f.read(), table)
        check(len(rows) > 1, f"{table}: the demo clinic exported no rows")
        check_numbers(rows, table)
        if table != "patients":
            check(all(column(rows, "patient_record_number")), f"{table}: rows without a patient")

    everything = os.path.join(folder, "all")
    run(db, "export-csv", "--table", "all", "--units", "mi", "-o", everything)
    names = sorted(os.listdir(everything))
    check(names == sorted(["clinic-patients.csv", "clinic-conditions.csv", "clinic-sessions.csv",
                           "clinic-pain_scores.csv", "clinic-shoes.csv", "clinic-runs.csv",
                           "clinic-cross_training.csv", "clinic-outcomes.csv",
                           "clinic-run_plans.csv"]),
          f"all: files {names}")
    # Again into the same folder: a second set beside the first, nothing replaced.
    run(db, "export-csv", "--table", "all", "-o", everything)
    names = os.listdir(everything)
    check(len(names) == 18 and "clinic-runs (2).csv" in names, f"all again: files {names}")
    with open(os.path.join(everything, "clinic-runs.csv"), "rb") as f:
        check("distance_mi" in parse(f.read(), "all/runs")[0], "all: runs not in miles")

    # One patient's files are named after the record number; a table into a
    # folder that has it already gets a new name.
    one = os.path.join(folder, "one")
    run(db, "export-csv", "--patient", "PT-0008", "--table", "all", "-o", one)
    run(db, "export-csv", "--patient", "PT-0008", "--table", "runs", "-o", one)
    names = os.listdir(one)
    check(len(names) == 10 and "PT-0008-runs.csv" in names and "PT-0008-runs (2).csv" in names,
          f"one patient: files {names}")


def check_awkward(folder):
    db = os.path.join(folder, "awkward.db")
    name = '=Ünïcödé, "Jo" 跑步'
    run(db, "add-patient", "--name", name, "--dob", "1983-06-14", "--record-number", '-PT-"1"',
        "--contact", "+44 1234\nflat 2, \"the yard\"")
    for day, notes in enumerate(AWKWARD, start=1):
        run(db, "log-run", "--patient", '-PT-"1"', "--date", f"2025-01-{day:02d}",
            "--distance-km", "5.5", "--pain", "2.5", "--notes", notes)
        run(db, "log-pain", "--patient", "1", "--date", f"2025-01-{day:02d}", "--score", "6.5",
            "--context", "morning", "--notes", notes)

    runs = parse(run(db, "export-csv", "--patient", '-PT-"1"', "--table", "runs",
                     "-o", "-").stdout, "runs")
    check(column(runs, "notes") == [defused(n) for n in AWKWARD], "runs: notes changed on the way")
    check(set(column(runs, "distance_km")) == {"5.5"}, "runs: distance_km")
    check(set(column(runs, "pain_during")) == {"2.5"}, "runs: pain_during")
    check(set(column(runs, "patient_record_number")) == {'\'-PT-"1"'}, "runs: record number")

    miles = parse(run(db, "export-csv", "--table", "runs", "--units", "mi", "-o", "-").stdout,
                  "runs in miles")
    check(set(column(miles, "distance_mi")) == {"3.417542"}, "runs: distance_mi")

    pain = parse(run(db, "export-csv", "--table", "pain", "-o", "-").stdout, "pain")
    check(column(pain, "notes") == [defused(n) for n in AWKWARD], "pain: notes changed")
    check(set(column(pain, "score")) == {"6.5"}, "pain: score")

    patients = parse(run(db, "export-csv", "--table", "patients", "-o", "-").stdout, "patients")
    check(column(patients, "name") == [defused(name)], "patients: name")
    check(column(patients, "contact") == ["'+44 1234\nflat 2, \"the yard\""], "patients: contact")


def check_refusals(folder):
    db = os.path.join(folder, "refusals.db")
    run(db, "add-patient", "--name", "Jane Doe", "--dob", "1983-06-14", "--record-number", "PT-1")
    out = os.path.join(folder, "x.csv")
    for args in (["--table", "everything", "-o", out],
                 ["--table", "runs", "--units", "furlongs", "-o", out],
                 ["--table", "runs"],
                 ["--table", "all", "-o", "-"],
                 ["-o", out],
                 ["--table", "runs", "--patient", "PT-404", "-o", out]):
        result = run(db, "export-csv", *args, expect=2)
        check(result.stderr.startswith(b"prolotrack-cli export-csv: "), f"{args}: no message")
    check(not os.path.exists(out), "a refused export wrote a file")

    blocker = os.path.join(folder, "a-file")
    with open(blocker, "w", encoding="utf-8") as f:
        f.write("keep me")
    for dest in (os.path.join(blocker, "runs.csv"), "/proc/prolotrack-runs.csv"):
        result = run(db, "export-csv", "--table", "runs", "-o", dest, expect=1)
        folder_name = os.path.dirname(dest).encode()
        check(folder_name in result.stderr, f"{dest}: the message does not name the folder")
        check(not os.path.exists(dest), f"{dest}: a file was left")
    if os.path.exists("/dev/full"):
        with open("/dev/full", "wb") as full:
            result = subprocess.run([CLI, "--database", db, "export-csv", "--table", "runs",
                                     "-o", "-"], stdout=full, capture_output=False,
                                    stderr=subprocess.PIPE, check=False)
        check(result.returncode == 1, f"/dev/full: exit {result.returncode}")
        check(b"standard output" in result.stderr, f"/dev/full: {result.stderr!r}")


def main():
    with tempfile.TemporaryDirectory(prefix="csv-check-") as folder:
        check_demo(folder)
        check_awkward(folder)
        check_refusals(folder)
    if failures:
        print(f"{len(failures)} failures", file=sys.stderr)
        return 1
    print("CSV from prolotrack-cli reads back exactly with Python's csv module "
          f"(LC_ALL={os.environ.get('LC_ALL', '')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
