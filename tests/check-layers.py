#!/usr/bin/env python3
# check-layers.py: the build refuses an upward #include between the layers
#
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-layers.py include-paths|sources SOURCE_ROOT BUILD_DIR
#
# DESIGN.md's layers: core (GLib, SQLite) <- render (Cairo, Pango) <- export;
# the CLI on those three, the UI (GTK) on everything.
#
# include-paths: takes the real compile commands of every layer from meson's
# compile_commands.json and preprocesses, with exactly those flags, a probe
# file that includes one header of each layer and of each library. A header
# of a layer above (or of a library the layer must not use) must fail with
# "No such file"; a header the layer may use must succeed. Every header is
# allowed somewhere, so a renamed or broken probe fails the check instead of
# passing it.
#
# sources: reads the #include lines of src/core, src/render, src/export and
# src/cli, which include paths cannot fully police: a path ("../render/x.h",
# found next to the including file) is refused, a quoted header must be one
# of the layer's own or of a layer below, and no library header of a layer
# above (GTK in render, Cairo in core, sqlite3.h or libpq-fe.h outside core).
#
# Prints TAP, one line per check.

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

# What each probe includes, and the layers that may include it.
PROBES = {
    "core": '"pt-store.h"',
    "render": '"pt-chart-data.h"',
    "export": '"pt-report.h"',
    "import": '"pt-workout.h"',
    "ui": '"pt-window.h"',
    "cairo": "<cairo.h>",
    "pango": "<pango/pangocairo.h>",
    "gtk": "<gtk/gtk.h>",
    "adwaita": "<adwaita.h>",
}
BELOW_UI = {"core", "render", "export", "cairo", "pango"}
ALLOWED = {
    "core": {"core"},
    "render": {"core", "render", "cairo", "pango"},
    "export": BELOW_UI,
    "import": {"core", "import"},
    "cli": BELOW_UI | {"import"},
    "ui": set(PROBES),
}
# The layers each folder's quoted includes may come from (sources check).
QUOTED_FROM = {
    "core": ["core"],
    "render": ["render", "core"],
    "export": ["export", "render", "core"],
    "import": ["import", "core"],
    "cli": ["cli", "import", "export", "render", "core"],
}
# Library headers (by their first path component or name) a folder must not
# include.
GTK_HEADERS = ("gtk", "gdk", "adwaita", "graphene", "gsk")
REFUSED = {
    "core": GTK_HEADERS + ("cairo", "pango", "json-glib"),
    "render": GTK_HEADERS + ("sqlite3", "libpq-fe", "json-glib"),
    "export": GTK_HEADERS + ("sqlite3", "libpq-fe", "json-glib"),
    "import": GTK_HEADERS + ("cairo", "pango", "sqlite3", "libpq-fe", "json-glib"),
    "cli": GTK_HEADERS + ("sqlite3", "libpq-fe"),
}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')

results = []


def report(ok, description, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {description}")
    if not ok and detail:
        for line in detail.strip().splitlines()[:10]:
            print(f"# {line}")


def layer_of(path, roots):
    """core, render, export, cli or ui for a file of src/ (source or build tree)."""
    for root in roots:
        rel = os.path.relpath(path, root)
        if rel.startswith(".."):
            continue
        parts = rel.split(os.sep)
        if parts[0] != "src":
            return None
        if len(parts) == 2:
            return "ui"
        return parts[1] if parts[1] in ALLOWED else None
    return None


def probe_args(entry):
    """The entry's compiler arguments, without source, output and dep files."""
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    source = entry["file"]
    kept = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("-o", "-MQ", "-MF", "-MT"):
            skip = True
        elif arg in ("-c", "-MD", "-MMD", source):
            pass
        else:
            kept.append(arg)
    return kept


def check_include_paths(source_root, build_dir):
    with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)

    # One probe per distinct set of flags in each layer: a target's files
    # share them, but a file given flags of its own is probed too.
    flag_sets = {}
    # Name a file of the source tree, not a generated one, where there is one.
    entries.sort(key=lambda e: os.path.isabs(e["file"]) or e["file"].startswith(".."),
                 reverse=True)
    for entry in entries:
        directory = entry["directory"]
        path = os.path.normpath(os.path.join(directory, entry["file"]))
        layer = layer_of(path, [build_dir, source_root])
        if layer is not None:
            args = probe_args(entry)
            flag_sets.setdefault((layer, tuple(args)), (directory, args, entry["file"]))

    with tempfile.TemporaryDirectory() as tmp:
        for layer in ALLOWED:
            sets = [v for (l, _), v in flag_sets.items() if l == layer]
            report(len(sets) > 0, f"{layer}: compile commands found")
            for directory, args, example in sets:
                for name, header in PROBES.items():
                    probe_one(tmp, layer, directory, args, example, name, header)


def probe_one(tmp, layer, directory, args, example, name, header):
    probe = os.path.join(tmp, f"probe-{layer}-{name}.c")
    with open(probe, "w", encoding="utf-8") as f:
        f.write(f'#include "config.h"\n#include {header}\n')
    run = subprocess.run(args + ["-E", probe, "-o", os.devnull], cwd=directory,
                         capture_output=True, text=True, check=False)
    bare = header.strip('<>"')
    missing = run.returncode != 0 and bare in run.stderr and (
        "No such file" in run.stderr or "file not found" in run.stderr)
    if name in ALLOWED[layer]:
        report(run.returncode == 0, f"{layer} can include {header} (like {example})",
               run.stderr)
    else:
        report(missing, f"{layer} cannot include {header} ({name}; flags of {example})",
               run.stderr or "it compiled")


def headers_in(dirs):
    names = set()
    for d in dirs:
        if os.path.isdir(d):
            names.update(n for n in os.listdir(d) if n.endswith(".h"))
    return names


def check_sources(source_root, build_dir):
    for folder, below in QUOTED_FROM.items():
        src = os.path.join(source_root, "src", folder)
        # Generated headers (pt-enums.h) are in the build tree's folder.
        allowed = headers_in(os.path.join(root, "src", layer)
                             for layer in below for root in (source_root, build_dir))
        allowed.add("config.h")
        problems = []
        for name in sorted(os.listdir(src)):
            if not name.endswith((".c", ".h")):
                continue
            with open(os.path.join(src, name), encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    problem = include_problem(folder, line, allowed)
                    if problem:
                        problems.append(f"src/{folder}/{name}:{number}: {problem}")
        report(not problems, f"src/{folder} includes only its own layer and those below",
               "\n".join(problems))


def include_problem(folder, line, allowed):
    match = INCLUDE.match(line)
    if not match:
        return None
    kind, header = match.groups()
    if kind == '"':
        if "/" in header:
            return f'"{header}": a path; include headers by name'
        if header not in allowed:
            return f'"{header}" is not a header of src/{folder} or a layer below it'
        return None
    first = re.split(r"[/.]", header)[0]
    if first in REFUSED[folder]:
        return f"<{header}> is not for src/{folder}"
    return None


def main():
    checks = {"include-paths": check_include_paths, "sources": check_sources}
    if len(sys.argv) != 4 or sys.argv[1] not in checks:
        sys.exit("usage: check-layers.py include-paths|sources SOURCE_ROOT BUILD_DIR")
    checks[sys.argv[1]](os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3]))
    print(f"1..{len(results)}")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
