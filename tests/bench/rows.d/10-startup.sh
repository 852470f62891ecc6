#!/usr/bin/env bash
# Row 1: startup to first frame, and resident memory after 2 s, of the real
# app on the generated clinic and on the demo clinic, against a bare
# libadwaita window of the same size.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

PT=("$BENCH_BUILD/tests/bench/bench-startup" --database "$BENCH_DB")
BARE=("$BENCH_BUILD/tests/bench/bench-bare-window")
DEMO_DB=$BENCH_WORK/demo.db
"$BENCH_CLI" --database "$DEMO_DB" demo >/dev/null
DEMO=("$BENCH_BUILD/tests/bench/bench-startup" --database "$DEMO_DB")

# first-frame MS of one start; BENCH_T0 is taken just before exec.
first_frame ()
{
  BENCH_T0=$EPOCHREALTIME "$@" 2>/dev/null | sed -n 's/^first-frame //p'
}

rss_kib ()
{
  local prog=$1
  shift
  BENCH_T0=$EPOCHREALTIME "$prog" --hold 2 "$@" 2>/dev/null | sed -n 's/^rss-kib //p'
}

first_frame "${PT[@]}" >/dev/null   # warm the page cache
first_frame "${BARE[@]}" >/dev/null
first_frame "${DEMO[@]}" >/dev/null

pt=() bare=() demo=()
for ((i = 0; i < (BENCH_QUICK ? BENCH_REPS : BENCH_REPS + 4); i++)); do
  bare+=("$(first_frame "${BARE[@]}")")
  pt+=("$(first_frame "${PT[@]}")")
  demo+=("$(first_frame "${DEMO[@]}")")
done

pt_mem=() bare_mem=()
for ((i = 0; i < (BENCH_QUICK ? 1 : 3); i++)); do
  bare_mem+=("$(rss_kib "${BARE[0]}")")
  pt_mem+=("$(rss_kib "${PT[0]}" "${PT[@]:1}")")
done

bench_row "startup to first frame" ms "$(bench_median "${pt[@]}")" \
  "$(bench_median "${bare[@]}")" ratio 1.5 \
  "$BENCH_PATIENTS patients; ref: bare AdwApplicationWindow with a header bar; Xvfb; median of ${#pt[@]}"
bench_row "startup to first frame, demo clinic" ms "$(bench_median "${demo[@]}")" \
  "$(bench_median "${bare[@]}")" ratio 1.5 \
  "the demo clinic (prolotrack-cli demo); same reference and runs"
bench_row "memory (RSS) after 2 s" MB "$(bench_scale 0.0009765625 "$(bench_median "${pt_mem[@]}")")" \
  "$(bench_scale 0.0009765625 "$(bench_median "${bare_mem[@]}")")" ratio 1.5 \
  "ref: the same bare window"
