#!/usr/bin/env bash
# Row 3: open the patient with every year of entries and draw the recovery
# chart at 1920x1080, and redraw it, timed in process by bench-chart (no
# PNG encoding, no process start). The reference is one full-surface paint
# of the same image surface.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

out=$("$BENCH_BUILD/tests/bench/bench-chart" $((BENCH_QUICK ? 10 : 30)) "$BENCH_DB" "$BENCH_LONG")
ref=$(sed -n 's/^ref //p' <<<"$out")
redraw=$(sed -n 's/^redraw //p' <<<"$out")
open=$(sed -n 's/^open //p' <<<"$out")

bench_row "chart open+draw, 1920x1080" ms "$open" "$ref" max 50 \
  "$BENCH_LONG: load from the store, compute, lay out, paint; ref: one full-surface paint"
bench_row "chart redraw, 1920x1080" ms "$redraw" "$ref" max 8 \
  "10 years of daily entries, layout and paint on an image surface"
