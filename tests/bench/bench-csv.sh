#!/usr/bin/env bash
# tests/bench/bench-csv.sh: CSV export of 1,000,000 runs against sqlite3 -csv
#
#   tests/bench/bench-csv.sh [BUILD_DIR] [ROWS]
#
# Builds a database of ROWS runs (default 1000000) over 10 patients with the
# real schema, then times, median of 3 each and in the same run:
#
#   prolotrack-cli export-csv --table runs -o FILE
#   sqlite3 -csv DB 'SELECT <the same columns> ... ORDER BY <the same order>' > FILE
#
# and prints both medians, their ratio (target <= 1.0) and the export's peak
# memory (max RSS from /usr/bin/time -v, target < 64 MB). A second line
# compares with a plain "SELECT * FROM runs" (no join, no order), the
# cheapest thing sqlite3 can do. Not run by meson test.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${1:-$ROOT/_build}
ROWS=${2:-1000000}
CLI=$BUILD/src/cli/prolotrack-cli
PATIENTS=10

for tool in sqlite3 /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench-csv: $tool is missing (build-aux/setup)" >&2; exit 1; }
done
[[ -x $CLI ]] || { echo "bench-csv: build first: $CLI is missing" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-csv.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB=$WORK/clinic.db

# BENCH_KEEP_DB=PATH keeps the database there (and reuses it next time).
if [[ -n ${BENCH_KEEP_DB:-} ]]; then
  DB=$BENCH_KEEP_DB
fi

if [[ -f $DB ]]; then
  echo "Reusing $DB"
else
echo "Building $ROWS runs in $DB ..."
for ((i = 1; i <= PATIENTS; i++)); do
  "$CLI" --database "$DB" add-patient --name "Runner $i" --dob 1980-01-01 \
    --record-number "PT-$i" >/dev/null
done
sqlite3 "$DB" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < $ROWS)
INSERT INTO runs (patient_id, date, distance_m, duration_s, surface, pain_during, notes)
SELECT 1 + x % $PATIENTS,
       date('2020-01-01', '+' || (x % 2000) || ' days'),
       1000 + (x * 7919) % 20000 + (x % 10) / 10.0,
       CASE WHEN x % 7 = 0 THEN NULL ELSE 300 + x % 7200 END,
       CASE x % 4 WHEN 0 THEN 'road' WHEN 1 THEN 'trail' WHEN 2 THEN 'grass' ELSE 'track' END,
       CASE WHEN x % 3 = 0 THEN NULL ELSE (x % 21) / 2.0 END,
       CASE x % 5 WHEN 0 THEN 'Easy, "steady" run' WHEN 1 THEN 'Calf tight after 5 km'
                  ELSE NULL END
FROM n;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
fi

SAME_QUERY="SELECT t.id, t.patient_id, p.record_number, t.date, t.distance_m / 1000.0,
  t.duration_s, t.surface, t.shoe_id, t.pain_during, t.notes
  FROM runs AS t JOIN patients AS p ON p.id = t.patient_id
  ORDER BY t.id"
PLAIN_QUERY="SELECT * FROM runs"

# seconds of wall time of "$@", output discarded into $WORK
elapsed ()
{
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

median ()
{
  printf '%s\n' "$@" | sort -g | sed -n 2p
}

run_export () { "$CLI" --database "$DB" export-csv --table runs -o "$WORK/export.csv" >/dev/null; }
run_same () { sqlite3 -csv "$DB" "$SAME_QUERY" > "$WORK/same.csv"; }
run_plain () { sqlite3 -csv "$DB" "$PLAIN_QUERY" > "$WORK/plain.csv"; }

run_export  # warm the page cache
export_times=() same_times=() plain_times=()
for _ in 1 2 3; do
  export_times+=("$(elapsed run_export)")
  same_times+=("$(elapsed run_same)")
  plain_times+=("$(elapsed run_plain)")
done

/usr/bin/time -v "$CLI" --database "$DB" export-csv --table runs -o "$WORK/export.csv" \
  >/dev/null 2>"$WORK/time.txt"
peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")

lines=$(wc -l < "$WORK/export.csv")
[[ $lines -eq $((ROWS + 1)) ]] || { echo "bench-csv: export has $lines lines" >&2; exit 1; }

e=$(median "${export_times[@]}")
s=$(median "${same_times[@]}")
p=$(median "${plain_times[@]}")
python3 - "$ROWS" "$e" "$s" "$p" "$peak_kb" <<'PYTHON'
import sys
rows, e, s, p, peak = int(sys.argv[1]), *map(float, sys.argv[2:5]), int(sys.argv[5])
print(f"rows                      {rows}")
print(f"prolotrack-cli export-csv {e:.3f} s (median of 3)")
print(f"sqlite3 -csv, same query  {s:.3f} s  ratio {e / s:.2f} (target <= 1.0)")
print(f"sqlite3 -csv, SELECT *    {p:.3f} s  ratio {e / p:.2f}")
print(f"peak memory of the export {peak / 1024:.1f} MB (target < 64 MB)")
sys.exit(0 if e <= s and peak < 64 * 1024 else 1)
PYTHON
