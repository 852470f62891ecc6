#!/usr/bin/env python3
# tests/bench/table.py: prints build-aux/bench's table and writes it as
# Markdown.
#
#   table.py RAW OUT.md COMMAND DATE COMMIT CPU CORES RAM KERNEL COUNTS
#
# RAW holds one line per row, name|unit|prolotrack|reference|kind|target|note
# (tests/bench/lib.sh, bench_row). Verdicts: ratio rows PASS when
# prolotrack / reference <= target; max rows when prolotrack < target;
# info rows have none; skip rows are SKIP; error rows ERROR.

import sys


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def verdict(kind, pt, ref, target):
    if kind == "skip":
        return "SKIP"
    if kind == "error":
        return "ERROR"
    if kind == "info" or pt is None:
        return "-"
    limit = number(target)
    if kind == "ratio":
        if ref is None or ref <= 0:
            return "ERROR"
        return "PASS" if pt / ref <= limit else "MISS"
    if kind == "max":
        return "PASS" if pt < limit else "MISS"
    return "?"


def target_text(kind, target, unit):
    if kind == "ratio":
        return f"<= {target}x ref"
    if kind == "max":
        return f"< {target} {unit}"
    if kind == "skip" and " " in target:
        inner, value = target.split(" ", 1)
        return target_text(inner, value, unit)
    return ""


def shown(value, text):
    if value is None:
        return text
    return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 10 else f"{value:.1f}"


def rows_of(path):
    rows = []
    with open(path, encoding="utf-8") as raw:
        for line in raw:
            line = line.rstrip("\n")
            if not line:
                continue
            name, unit, pt, ref, kind, target, note = (line.split("|", 6) + [""] * 7)[:7]
            p, r = number(pt), number(ref)
            ratio = f"{p / r:.2f}" if p is not None and r not in (None, 0) else "-"
            rows.append([name, unit, shown(p, pt), shown(r, ref), ratio,
                         target_text(kind, target, unit), verdict(kind, p, r, target), note])
    return rows


def main():
    raw, out, command, date, commit, cpu, cores, ram, kernel, counts = sys.argv[1:11]
    header = ["row", "unit", "ProloTrack", "reference", "ratio", "target", "result", "note"]
    rows = rows_of(raw)

    widths = [max(len(r[i]) for r in rows + [header]) for i in range(7)]
    for row in [header] + rows:
        cells = [row[i].ljust(widths[i]) if i < 2 else row[i].rjust(widths[i]) for i in range(7)]
        print("  ".join(cells) + "  " + row[7])

    with open(out, "w", encoding="utf-8") as md:
        md.write(f"Measured {date} at commit `{commit}` with `{command}`\n")
        md.write(f"on {cpu}, {cores} cores, {ram} RAM, Linux {kernel}; "
                 f"clinic: {counts}.\n\n")
        md.write("| " + " | ".join(header) + " |\n")
        md.write("|" + "|".join(["---", "---", "--:", "--:", "--:", "---", "---", "---"]) + "|\n")
        for row in rows:
            md.write("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |\n")

    print(f"\nMarkdown: {out}")
    print(f"Commit {commit}; {counts}")


if __name__ == "__main__":
    main()
