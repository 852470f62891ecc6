#!/usr/bin/env bash
# Row 6: database size per million runs, and generate against a bulk insert
# of the same rows in plain SQL through the sqlite3 shell.
#
# The reference copies the generated clinic's rows (every column but id and
# the timestamps, which the schema fills in as it does for generate) into
# an empty file with the same schema (sqlite3 .schema: the same tables,
# CHECK constraints and indexes), table by table in id order, in one
# transaction, with the settings ProloTrack writes with: WAL,
# synchronous=FULL, foreign_keys=ON and the bulk path's 64 MiB page cache.
# Like the bulk path (pt-store-bulk.c), it drops the audit trail's insert
# triggers inside the transaction: a generated clinic is one audit row, not
# one per record, so the same rows are written on both sides.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

columns ()
{
  sqlite3 -readonly "$BENCH_DB" "SELECT group_concat(name, ', ') FROM pragma_table_info('$1')
    WHERE name NOT IN ('id', 'created_at', 'updated_at')"
}

{
  echo "PRAGMA journal_mode=WAL;"
  echo "PRAGMA synchronous=FULL;"
  echo "PRAGMA foreign_keys=ON;"
  echo "PRAGMA cache_size=-65536;"
  sqlite3 -readonly "$BENCH_DB" .schema
  echo "ATTACH '$BENCH_DB' AS src;"
  echo "BEGIN IMMEDIATE;"
  for table in patients conditions sessions pain_scores shoes runs cross_training; do
    echo "DROP TRIGGER IF EXISTS main.${table}_audit_insert;"
  done
  for table in patients conditions sessions pain_scores shoes runs cross_training; do
    cols=$(columns "$table")
    echo "INSERT INTO main.$table ($cols) SELECT $cols FROM src.$table ORDER BY id;"
  done
  echo "COMMIT;"
  echo "PRAGMA wal_checkpoint(TRUNCATE);"
} > "$BENCH_WORK/copy.sql"

generate ()
{
  rm -f "$BENCH_WORK/gen.db" "$BENCH_WORK/gen.db-wal" "$BENCH_WORK/gen.db-shm"
  "$BENCH_CLI" --database "$BENCH_WORK/gen.db" generate --patients "$BENCH_PATIENTS" \
    --years "$BENCH_YEARS" --seed "$BENCH_SEED"
}

plain_sql ()
{
  rm -f "$BENCH_WORK/ref.db" "$BENCH_WORK/ref.db-wal" "$BENCH_WORK/ref.db-shm"
  sqlite3 "$BENCH_WORK/ref.db" < "$BENCH_WORK/copy.sql"
}

gen=() ref=()
for ((i = 0; i < (BENCH_QUICK ? 1 : 3); i++)); do
  gen+=("$(bench_time generate)")
  ref+=("$(bench_time plain_sql)")
done

runs=$(sqlite3 -readonly "$BENCH_DB" 'SELECT count(*) FROM runs')
rows=$(sqlite3 -readonly "$BENCH_DB" 'SELECT (SELECT count(*) FROM patients) +
  (SELECT count(*) FROM conditions) + (SELECT count(*) FROM sessions) +
  (SELECT count(*) FROM pain_scores) + (SELECT count(*) FROM shoes) + '"$runs"' +
  (SELECT count(*) FROM cross_training)')
copied=$(sqlite3 -readonly "$BENCH_WORK/ref.db" 'SELECT count(*) FROM runs')
[[ $copied -eq $runs ]] || { echo "the copy has $copied runs of $runs" >&2; exit 1; }

per_million ()
{
  awk -v b="$(stat -c %s "$1")" -v r="$runs" 'BEGIN { printf "%.1f\n", b / 1048576 / r * 1e6 }'
}

bench_row "database size per 1M runs" MB "$(per_million "$BENCH_DB")" \
  "$(per_million "$BENCH_WORK/ref.db")" info - \
  "whole file, all tables ($rows rows); ref: the plain-SQL copy"
bench_row "generate $BENCH_PATIENTS patients, $BENCH_YEARS years" s \
  "$(bench_median "${gen[@]}")" "$(bench_median "${ref[@]}")" ratio 1.5 \
  "$rows rows; ref: sqlite3 shell inserting the same rows, one transaction"
