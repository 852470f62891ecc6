#!/usr/bin/env bash
# Row 8: the same clinic on a PostgreSQL server (issue 20), against its
# SQLite file, in this script: copied in with prolotrack-cli copy, then
# the app's startup, a search keystroke and the chart of the patient with
# the most entries (opened and drawn) on each, the CSV export of every
# run from each, and four workstations writing at once to each (four
# prolotrack-cli processes, each logging pain scores one save at a time),
# with every write counted afterwards. The server is the private one of
# build-aux/pg-test-server (Unix socket, fsync off: its writes cost less
# than a real server's; the clinic's server has its disks and a network).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)

ROWS=("server: startup to first frame" "server: search keystroke, median"
      "server: chart open+draw, 1920x1080" "server: CSV export of all runs"
      "server: 4 workstations writing at once" "server: writes lost, 4 workstations")

skip_all ()
{
  for row in "${ROWS[@]}"; do
    bench_skip "$row" - ratio - "$1"
  done
  exit 0
}

if [[ -z ${PROLOTRACK_TEST_PG:-} ]]; then
  if [[ -z ${PT_BENCH_UNDER_PG:-} ]]; then
    PT_BENCH_UNDER_PG=1 exec "$ROOT/build-aux/pg-test-server" --optional -- "$0"
  fi
  skip_all "no PostgreSQL server to start (build-aux/setup installs postgresql)"
fi
bench_has_command copy || skip_all "prolotrack-cli has no copy command"

psql -X -q "$PROLOTRACK_TEST_PG" -c "CREATE SCHEMA bench" >/dev/null
OWNER="$PROLOTRACK_TEST_PG options='-c search_path=bench'"
SERVER="$PROLOTRACK_TEST_PG_APP options='-c search_path=bench'"
"$BENCH_CLI" --database "$OWNER" migrate --grant prolotrack_app >/dev/null

start=$EPOCHREALTIME
copied=$("$BENCH_CLI" copy --from "$BENCH_DB" --to "$OWNER")
end=$EPOCHREALTIME
n_copied=$(awk '/ rows / { n += $2 } END { print n }' <<<"$copied")
copy_s=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')

# Startup and search, file and server alternately.
first_frame ()
{
  BENCH_T0=$EPOCHREALTIME "$BENCH_BUILD/tests/bench/bench-startup" --database "$1" 2>/dev/null |
    sed -n 's/^first-frame //p'
}
search_median ()
{
  GSK_RENDERER=cairo "$BENCH_BUILD/tests/bench/bench-search" --database "$1" --rounds 1 \
    2>/dev/null | awk '/^pt / { print $2 }'
}
first_frame "$BENCH_DB" >/dev/null   # warm both
first_frame "$SERVER" >/dev/null
file_start=() server_start=() file_search=() server_search=()
for ((i = 0; i < BENCH_REPS; i++)); do
  file_start+=("$(first_frame "$BENCH_DB")")
  server_start+=("$(first_frame "$SERVER")")
done
file_search+=("$(search_median "$BENCH_DB")")
server_search+=("$(search_median "$SERVER")")

# The chart of the patient with every year of entries (row 3), each way.
chart_open ()
{
  "$BENCH_BUILD/tests/bench/bench-chart" $((BENCH_QUICK ? 10 : 30)) "$1" "$BENCH_LONG" |
    sed -n 's/^open //p'
}
# Alternately, as startup: one process's median drifts with what the
# machine does meanwhile (1.2x to 1.9x in three --quick runs of one
# process each way).
file_charts=() server_charts=()
for ((i = 0; i < BENCH_REPS; i++)); do
  file_charts+=("$(chart_open "$BENCH_DB")")
  server_charts+=("$(chart_open "$SERVER")")
done
file_chart=$(bench_median "${file_charts[@]}")
server_chart=$(bench_median "${server_charts[@]}")

# The CSV export of every run.
export_runs () { "$BENCH_CLI" --database "$1" export-csv --table runs -o "$BENCH_WORK/runs.csv"; }
export_runs "$SERVER" >/dev/null
runs=$(($(wc -l < "$BENCH_WORK/runs.csv") - 1))
file_csv=() server_csv=()
for ((i = 0; i < BENCH_REPS; i++)); do
  file_csv+=("$(bench_time export_runs "$BENCH_DB")")
  server_csv+=("$(bench_time export_runs "$SERVER")")
done

# Four workstations, each saving pain scores one at a time, to a copy of
# the file and to the server; then every write is looked for. A save the
# CLI refused (busy, after the 5 s wait) is counted apart: lost is a save
# reported done that is not there.
WRITES=$((BENCH_QUICK ? 20 : 50))
WORK_DB=$BENCH_WORK/writers.db
cp "$BENCH_DB" "$WORK_DB"
write_all ()
{
  local db=$1 w i
  for w in 1 2 3 4; do
    (
      for ((i = 0; i < WRITES; i++)); do
        "$BENCH_CLI" --database "$db" log-pain --patient "$w" --score 3 --context rest \
          --notes "bench writer $w, save $i" >/dev/null 2>&1 || echo refused >> "$BENCH_WORK/refused-$2"
      done
    ) &
  done
  wait
}
refused () { [[ -f $BENCH_WORK/refused-$1 ]] && wc -l < "$BENCH_WORK/refused-$1" || echo 0; }
count_file () { sqlite3 -readonly "$WORK_DB" "SELECT count(*) FROM pain_scores WHERE notes LIKE 'bench writer %'"; }
count_server () { psql -X -At "$PROLOTRACK_TEST_PG" -c "SELECT count(*) FROM bench.pain_scores WHERE notes LIKE 'bench writer %'"; }
file_write_s=$(bench_time write_all "$WORK_DB" file)
server_write_s=$(bench_time write_all "$SERVER" server)
refused_file=$(refused file)
refused_server=$(refused server)
lost_file=$((4 * WRITES - refused_file - $(count_file)))
lost_server=$((4 * WRITES - refused_server - $(count_server)))
rate () { awk -v n=$((4 * WRITES)) -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }

bench_row "${ROWS[0]}" ms "$(bench_median "${server_start[@]}")" \
  "$(bench_median "${file_start[@]}")" ratio 1.5 \
  "$BENCH_PATIENTS patients; ref: the same clinic's file; copied in: $n_copied rows in $copy_s s"
bench_row "${ROWS[1]}" ms "${server_search[0]}" "${file_search[0]}" ratio 1.5 \
  "the search row's keystrokes; ref: the file"
bench_row "${ROWS[2]}" ms "$server_chart" "$file_chart" ratio 1.5 \
  "$BENCH_LONG: load from the store, compute, lay out, paint; ref: the same from the file"
bench_row "${ROWS[3]}" s "$(bench_median "${server_csv[@]}")" "$(bench_median "${file_csv[@]}")" \
  ratio 3.0 "$runs runs; ref: the same export from the file"
bench_row "${ROWS[4]}" s "$server_write_s" "$file_write_s" ratio 1.5 \
  "4 x $WRITES saves, one prolotrack-cli each: $(rate "$server_write_s")/s to the server, $(rate "$file_write_s")/s to the file"
bench_row "${ROWS[5]}" writes "$lost_server" "$lost_file" max 1 \
  "saves reported done but not stored, of $((4 * WRITES)); refused as busy: $refused_server on the server, $refused_file in the file"
