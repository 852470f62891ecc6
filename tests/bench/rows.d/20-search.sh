#!/usr/bin/env bash
# Row 2: search-as-you-type in the patient list, per keystroke, in process.
#
# Measured with GTK's cairo renderer, and again with its default GL
# renderer for information. Under Xvfb there is no GPU: GL runs on Mesa's
# llvmpipe, and every frame repaints the whole 1400x900 window in software
# (a keystroke that only changes the entry costs as much as one that
# changes the list); in a libadwaita window that is three times the cost
# of a plain GtkWindow's frame. There even the reference (GTK's plainest
# list, in an AdwWindow like ours) takes ~60 ms, so GL under Xvfb times
# Mesa's rasterizer, not the list. The cairo renderer repaints what
# changed, as a GPU-backed renderer would. Both renderers' rows are kept.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

search ()
{
  GSK_RENDERER=$1 "$BENCH_BUILD/tests/bench/bench-search" --database "$BENCH_DB" \
    --rounds $((BENCH_QUICK ? 1 : 3)) 2>/dev/null
}

out=$(search cairo)
read -r _ pt_median pt_max <<<"$(grep '^pt ' <<<"$out")"
read -r _ ref_median ref_max <<<"$(grep '^ref ' <<<"$out")"
query=$(sed -n 's/^query //p' <<<"$out")

bench_row "search keystroke, median" ms "$pt_median" "$ref_median" max 16 \
  "typing \"$query\" to the next painted frame, cairo renderer; ref: GtkStringFilter over the same names"
bench_row "search keystroke, worst" ms "$pt_max" "$ref_max" info - "same keystrokes"

out=$(search gl)
read -r _ pt_median pt_max <<<"$(grep '^pt ' <<<"$out")"
read -r _ ref_median ref_max <<<"$(grep '^ref ' <<<"$out")"
bench_row "search keystroke, median, GL (llvmpipe)" ms "$pt_median" "$ref_median" info - \
  "same, GTK's default GL renderer on Mesa's software rasterizer: every frame repaints the whole window"
