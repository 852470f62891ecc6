#!/usr/bin/env bash
# Row 5: PDF reports, a short one and a long one. Lights up when
# `prolotrack-cli report` exists.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

if ! bench_has_command report; then
  bench_skip "PDF report, 3 pages" ms max 200 "not built yet: prolotrack-cli report"
  bench_skip "PDF report, 50 pages" ms info - "not built yet: prolotrack-cli report"
  exit 0
fi

# Pages of a PDF (cairo writes one "/Type /Page" object per page).
pages () { grep -a -o '/Type */Page\b' "$1" | wc -l; }

report () { "$BENCH_CLI" --database "$BENCH_DB" report "$1" -o "$BENCH_WORK/$1.pdf"; }

# The short report: the second patient (a course of months); the long one:
# the patient with every year of entries.
short=GEN-000002
for patient in "$short" "$BENCH_LONG"; do
  report "$patient" >/dev/null 2>&1 || { echo "report $patient failed" >&2; exit 1; }
done
short_times=() long_times=()
for ((i = 0; i < BENCH_REPS; i++)); do
  short_times+=("$(bench_time report "$short")")
  long_times+=("$(bench_time report "$BENCH_LONG")")
done

bench_row "PDF report, $(pages "$BENCH_WORK/$short.pdf") pages" ms \
  "$(bench_scale 1000 "$(bench_median "${short_times[@]}")")" - max 200 \
  "$short, whole prolotrack-cli report"
bench_row "PDF report, $(pages "$BENCH_WORK/$BENCH_LONG.pdf") pages" ms \
  "$(bench_scale 1000 "$(bench_median "${long_times[@]}")")" - info - \
  "$BENCH_LONG (every year of entries)"
