#!/usr/bin/env bash
# Row 7: import. A million runs from CSV (the export's own file) into a
# clinic with their patients and shoes, against sqlite3 .import of the same
# file into a plain table, and its peak memory; the same rows inserted in
# plain SQL into ProloTrack's schema, to show what its CHECK constraints,
# foreign keys and index cost by themselves; and a folder of 1,000 FIT
# files, in files a second.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

if ! bench_has_command import-csv; then
  bench_skip "CSV import of runs" s ratio 1.5 "no import-csv command yet"
  exit 0
fi

N=$((BENCH_QUICK ? 100000 : 1000000))
CSV=$BENCH_WORK/runs.csv
BASE=$BENCH_WORK/base.db

# The runs file: the first N runs of the generated clinic, as export-csv
# writes them. The clinic to import into has its patients and shoes.
"$BENCH_CLI" --database "$BENCH_DB" export-csv --table runs -o "$BENCH_WORK/all-runs.csv" >/dev/null
head -n $((N + 1)) "$BENCH_WORK/all-runs.csv" > "$CSV"
rm "$BENCH_WORK/all-runs.csv"
rows=$(($(wc -l < "$CSV") - 1))
for table in patients shoes; do
  "$BENCH_CLI" --database "$BENCH_DB" export-csv --table $table -o "$BENCH_WORK/$table.csv" >/dev/null
  "$BENCH_CLI" --database "$BASE" import-csv --table $table "$BENCH_WORK/$table.csv" >/dev/null
done

import_csv ()
{
  cp "$BASE" "$BENCH_WORK/t.db"
  "$BENCH_CLI" --database "$BENCH_WORK/t.db" import-csv --table runs "$CSV"
}
sqlite_import ()
{
  rm -f "$BENCH_WORK/ref.db"
  sqlite3 "$BENCH_WORK/ref.db" ".import --csv $CSV runs"
}

# The floor: the same rows, already in a table, inserted in one statement
# into the schema, with the import's settings (WAL, synchronous=FULL,
# foreign keys, 32 MiB of cache, the audit insert trigger dropped, the
# timestamps given).
sqlite_import
cat > "$BENCH_WORK/floor.sql" <<SQL
PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;
PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;
ATTACH '$BENCH_WORK/ref.db' AS r;
BEGIN IMMEDIATE;
DROP TRIGGER runs_audit_insert;
INSERT INTO runs (id, created_at, updated_at, patient_id, date, distance_m, duration_s, surface,
                  shoe_id, pain_during, notes)
  SELECT id, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', patient_id, date,
         distance_km * 1000, nullif(duration_s, ''), surface, nullif(shoe_id, ''),
         nullif(pain_during, ''), nullif(notes, '') FROM r.runs;
COMMIT;
SQL
sql_floor ()
{
  cp "$BASE" "$BENCH_WORK/f.db"
  sqlite3 "$BENCH_WORK/f.db" < "$BENCH_WORK/floor.sql"
}

import_csv >/dev/null && sqlite_import   # warm the page cache
added=$(sqlite3 -readonly "$BENCH_WORK/t.db" 'SELECT count(*) FROM runs')
[[ $added -eq $rows ]] || { echo "import added $added of $rows runs" >&2; exit 1; }

pt=() ref=() floor=()
for ((i = 0; i < BENCH_REPS; i++)); do
  pt+=("$(bench_time import_csv)")
  ref+=("$(bench_time sqlite_import)")
  floor+=("$(bench_time sql_floor)")
done
peak=$(cp "$BASE" "$BENCH_WORK/t.db" && bench_peak_kib "$BENCH_CLI" --database "$BENCH_WORK/t.db" \
  import-csv --table runs "$CSV")
ref_peak=$(rm -f "$BENCH_WORK/ref.db" && bench_peak_kib sqlite3 "$BENCH_WORK/ref.db" \
  ".import --csv $CSV runs")

ref_median=$(bench_median "${ref[@]}")
bench_row "CSV import of runs" s "$(bench_median "${pt[@]}")" "$ref_median" ratio 1.5 \
  "$rows runs, every row checked; ref: sqlite3 .import into a plain table"
bench_row "CSV import: plain SQL into the schema" s "$(bench_median "${floor[@]}")" \
  "$ref_median" info - "the same rows by INSERT ... SELECT: the schema's own cost"
bench_row "CSV import peak memory" MB "$(bench_scale 0.0009765625 "$peak")" \
  "$(bench_scale 0.0009765625 "$ref_peak")" max 64 "$rows runs; ref: sqlite3 .import"

# A folder of FIT files, made once per size and kept beside the clinic.
FILES=1000
FOLDER=$(dirname "$BENCH_DB")/fit-$FILES-$(md5sum < "$(dirname "$0")/../make-fit-folder.py" | cut -c1-8)
if [[ ! -d $FOLDER ]]; then
  rm -rf "$(dirname "$BENCH_DB")"/fit-*
  python3 "$(dirname "$0")/../make-fit-folder.py" "$FOLDER.tmp" $FILES
  mv "$FOLDER.tmp" "$FOLDER"
fi
import_fit ()
{
  cp "$BASE" "$BENCH_WORK/fit.db"
  "$BENCH_CLI" --database "$BENCH_WORK/fit.db" import --patient 1 "$FOLDER"
}
import_fit >/dev/null 2>&1
added=$(sqlite3 -readonly "$BENCH_WORK/fit.db" 'SELECT count(*) FROM runs')
[[ $added -eq $FILES ]] || { echo "FIT import added $added of $FILES runs" >&2; exit 1; }
fit=()
for ((i = 0; i < BENCH_REPS; i++)); do
  fit+=("$(bench_time import_fit)")
done
fit_rate=$(awk -v n=$FILES -v t="$(bench_median "${fit[@]}")" 'BEGIN { printf "%.0f\n", n / t }')
bench_row "Import of a folder of FIT files" "files/s" "$fit_rate" - info - \
  "$FILES files of a 30-minute run (40 KB, a record a second), read, checked and written"
