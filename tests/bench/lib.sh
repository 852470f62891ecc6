# tests/bench/lib.sh: helpers for the rows of build-aux/bench (sourced)
#
# A row script (tests/bench/rows.d/NN-name.sh) measures one thing and
# prints one line per table row with bench_row. It finds, in its
# environment (set by build-aux/bench):
#
#   BENCH_BUILD     the release build directory
#   BENCH_CLI       its prolotrack-cli
#   BENCH_DB        the generated clinic (BENCH_PATIENTS patients over
#                   BENCH_YEARS years, seed BENCH_SEED); do not write to it
#   BENCH_LONG      record number of its patient with every year of entries
#   BENCH_WORK      a scratch folder of its own, emptied before the row runs
#   BENCH_REPS      repetitions for a median (fewer with --quick)
#   BENCH_QUICK     1 with --quick, else 0
#
# Times are medians of runs in the same script as their reference, so the
# other jobs on a shared machine slow both sides alike.

# bench_row NAME UNIT PROLOTRACK REFERENCE KIND TARGET NOTE
#   KIND ratio: PASS when PROLOTRACK / REFERENCE <= TARGET
#        max:   PASS when PROLOTRACK < TARGET (in UNIT)
#        info:  no target
#        skip:  not measured (NOTE says why); PROLOTRACK and REFERENCE "-"
bench_row ()
{
  local IFS='|'
  printf '%s\n' "$*"
}

# bench_skip NAME UNIT KIND TARGET WHY
bench_skip ()
{
  bench_row "$1" "$2" - - skip "$3 $4" "$5"
}

# Wall time of "$@" in seconds (output discarded).
bench_time ()
{
  local start=$EPOCHREALTIME end
  "$@" >/dev/null 2>&1
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }'
}

bench_median ()
{
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench_scale FACTOR VALUE: VALUE * FACTOR, 3 decimals.
bench_scale ()
{
  awk -v f="$1" -v v="$2" 'BEGIN { printf "%.3f\n", v * f }'
}

# Peak resident memory of "$@" in KiB.
bench_peak_kib ()
{
  /usr/bin/time -f '%M' -o "$BENCH_WORK/.peak" "$@" >/dev/null 2>&1
  tail -n 1 "$BENCH_WORK/.peak"
}

# TRUE when prolotrack-cli has the command (rows of features still being
# written light up by themselves when it lands).
bench_has_command ()
{
  # Not a pipe into grep -q: under pipefail, the CLI's SIGPIPE would read
  # as "no such command".
  local help
  help=$("$BENCH_CLI" --help)
  grep -q "^  $1 " <<<"$help"
}
