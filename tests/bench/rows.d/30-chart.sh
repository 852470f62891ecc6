#!/usr/bin/env bash
# Row 3: open the patient with every year of entries and draw the recovery
# chart at 1920x1080. Lights up when `prolotrack-cli chart` exists.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

if ! bench_has_command chart; then
  bench_skip "chart open+draw, 1920x1080" ms max 50 "not built yet: prolotrack-cli chart"
  bench_skip "chart redraw" ms max 8 "not built yet: prolotrack-cli chart"
  exit 0
fi

chart () { "$BENCH_CLI" --database "$BENCH_DB" chart "$BENCH_LONG" --width 1920 --height 1080 \
             -o "$BENCH_WORK/chart.png"; }
start () { "$BENCH_CLI" --version; }

chart >/dev/null 2>&1 || { echo "chart failed" >&2; exit 1; }
times=() starts=()
for ((i = 0; i < BENCH_REPS; i++)); do
  times+=("$(bench_time chart)")
  starts+=("$(bench_time start)")
done
t=$(bench_median "${times[@]}")
s=$(bench_median "${starts[@]}")

bench_row "chart open+draw, 1920x1080" ms "$(awk -v t="$t" -v s="$s" 'BEGIN { printf "%.1f", (t - s) * 1000 }')" \
  "$(bench_scale 1000 "$s")" max 50 \
  "$BENCH_LONG via prolotrack-cli chart, less the CLI's own start (ref column)"
bench_skip "chart redraw" ms max 8 "needs an in-process timing of the chart widget"
