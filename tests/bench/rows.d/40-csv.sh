#!/usr/bin/env bash
# Row 4: CSV export of every run against sqlite3 -csv of the same rows, and
# the export's peak memory.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

QUERY="SELECT t.id, t.patient_id, p.record_number, t.date, t.distance_m / 1000.0,
  t.duration_s, t.surface, t.shoe_id, t.pain_during, t.notes
  FROM runs AS t JOIN patients AS p ON p.id = t.patient_id
  ORDER BY t.id"

export_csv () { "$BENCH_CLI" --database "$BENCH_DB" export-csv --table runs -o "$BENCH_WORK/pt.csv"; }
sqlite_csv () { sqlite3 -readonly -csv "$BENCH_DB" "$QUERY" > "$BENCH_WORK/ref.csv"; }

export_csv >/dev/null && sqlite_csv   # warm the page cache
rows=$(sqlite3 -readonly "$BENCH_DB" 'SELECT count(*) FROM runs')
lines=$(wc -l < "$BENCH_WORK/pt.csv")
[[ $lines -eq $((rows + 1)) ]] || { echo "export has $lines lines for $rows runs" >&2; exit 1; }

pt=() ref=()
for ((i = 0; i < BENCH_REPS; i++)); do
  pt+=("$(bench_time export_csv)")
  ref+=("$(bench_time sqlite_csv)")
done

pt_peak=$(bench_peak_kib "$BENCH_CLI" --database "$BENCH_DB" export-csv --table runs \
  -o "$BENCH_WORK/pt.csv")
ref_peak=$(bench_peak_kib sqlite3 -readonly -csv "$BENCH_DB" "$QUERY")

bench_row "CSV export of all runs" s "$(bench_median "${pt[@]}")" "$(bench_median "${ref[@]}")" \
  ratio 1.0 "$rows runs; ref: sqlite3 -csv, same columns and order"
bench_row "CSV export peak memory" MB "$(bench_scale 0.0009765625 "$pt_peak")" \
  "$(bench_scale 0.0009765625 "$ref_peak")" max 64 "ref: sqlite3 -csv"
