#!/usr/bin/env bash
# Row 2: search-as-you-type in the patient list, per keystroke, in process.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

out=$("$BENCH_BUILD/tests/bench/bench-search" --database "$BENCH_DB" \
  --rounds $((BENCH_QUICK ? 1 : 3)) 2>/dev/null)
read -r _ pt_median pt_max <<<"$(grep '^pt ' <<<"$out")"
read -r _ ref_median ref_max <<<"$(grep '^ref ' <<<"$out")"
query=$(sed -n 's/^query //p' <<<"$out")

bench_row "search keystroke, median" ms "$pt_median" "$ref_median" max 16 \
  "typing \"$query\" to the next painted frame; ref: GtkStringFilter over the same names"
bench_row "search keystroke, worst" ms "$pt_max" "$ref_max" info - "same keystrokes"
