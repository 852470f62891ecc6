#!/usr/bin/env python3
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/check-manifest.py SRCDIR: the Flatpak manifests cannot be built here
# (no Flatpak remote is reachable), so this checks what flatpak-builder and
# Flathub's review would refuse:
#   - valid JSON (and every module file it names);
#   - the app id (the release's is the app's; the Devel one's ends in .Devel);
#   - a current GNOME runtime and its SDK;
#   - the app built from this repository with meson, as the last module;
#   - every other module's sources pinned (an archive's sha256, a git commit
#     or tag), and a module for each library meson.build needs that the GNOME
#     runtime does not have (an optional one, OPTIONAL, unless its feature is
#     disabled in the app's config-opts);
#   - minimal finish-args: wayland, fallback-x11, ipc, dri and nothing else,
#     so no filesystem access (file choosers go through the portal).

import json
import os
import re
import sys

BASE_ID = 'io.github.prolotrack.ProloTrack'
# Oldest GNOME runtime still taken as current; bump as Flathub retires them.
OLDEST_RUNTIME = 48
FINISH_ARGS = {'--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri'}
# pkg-config names of meson.build's dependencies that org.gnome.Platform has.
IN_RUNTIME = {'glib-2.0', 'gobject-2.0', 'gio-2.0', 'gio-unix-2.0', 'sqlite3', 'cairo',
              'cairo-png', 'cairo-svg', 'cairo-pdf', 'pangocairo', 'libxml-2.0',
              'json-glib-1.0', 'gtk4', 'libadwaita-1', 'libsecret-1'}
# Libraries behind a meson feature option (meson_options.txt): a manifest
# either builds the library or turns the feature off.
OPTIONAL = {'libpq': 'postgresql'}


def load_modules(manifest_dir, modules, failures, where):
    result = []
    for module in modules:
        if isinstance(module, str):
            path = os.path.join(manifest_dir, module)
            try:
                with open(path, encoding='utf-8') as f:
                    module = json.load(f)
            except (OSError, ValueError) as e:
                failures.append(f'{where}: module file {module}: {e}')
                continue
        result.append(module)
        result += load_modules(manifest_dir, module.get('modules', []), failures, where)
    return result


def check(path, app_id, needed_libraries):
    name = os.path.basename(path)
    failures = []
    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        return [f'{name}: not valid JSON: {e}']

    if manifest.get('id') != app_id:
        failures.append(f'{name}: id is {manifest.get("id")!r}, not {app_id!r}')
    if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
        failures.append(f'{name}: not the GNOME runtime and SDK')
    version = str(manifest.get('runtime-version', ''))
    if not version.isdigit() or int(version) < OLDEST_RUNTIME:
        failures.append(f'{name}: runtime-version {version!r} is not a current GNOME '
                        f'runtime (>= {OLDEST_RUNTIME})')
    if manifest.get('command') != 'prolotrack':
        failures.append(f'{name}: command is not prolotrack')

    args = manifest.get('finish-args', [])
    for arg in args:
        if arg not in FINISH_ARGS:
            failures.append(f'{name}: finish-arg {arg} is more than the app needs')
    for arg in FINISH_ARGS:
        if arg not in args:
            failures.append(f'{name}: finish-args lack {arg}')

    modules = load_modules(os.path.dirname(path), manifest.get('modules', []), failures, name)
    if not modules or modules[-1].get('name') != 'prolotrack':
        failures.append(f'{name}: the last module is not prolotrack')
    else:
        app = modules[-1]
        if app.get('buildsystem') != 'meson':
            failures.append(f'{name}: prolotrack is not built with meson')
        sources = app.get('sources', [])
        if not sources or sources[0].get('type') not in ('dir', 'git'):
            failures.append(f'{name}: prolotrack is not built from this repository')
        elif sources[0]['type'] == 'git' and not (sources[0].get('tag') or sources[0].get('commit')):
            failures.append(f'{name}: prolotrack\'s git source names no tag or commit')
        if '-Dman=disabled' not in app.get('config-opts', []):
            failures.append(f'{name}: the SDK has no help2man; pass -Dman=disabled')
    for module in modules[:-1]:
        for source in module.get('sources', []):
            kind = source.get('type')
            if kind in ('archive', 'file'):
                if not re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')):
                    failures.append(f'{name}: {module.get("name")}: {kind} without a sha256')
                if not source.get('url', '').startswith('https://'):
                    failures.append(f'{name}: {module.get("name")}: not an https URL')
            elif kind == 'git':
                if not re.fullmatch(r'[0-9a-f]{40}', source.get('commit', '')):
                    failures.append(f'{name}: {module.get("name")}: git source without a commit')
            else:
                failures.append(f'{name}: {module.get("name")}: source type {kind} is not pinned')
    names = {m.get('name') for m in modules}
    opts = modules[-1].get('config-opts', []) if modules else []
    for library in needed_libraries:
        if library in OPTIONAL and f'-D{OPTIONAL[library]}=disabled' in opts:
            continue
        if library not in IN_RUNTIME and library not in names:
            failures.append(f'{name}: meson.build needs {library}, which the GNOME runtime '
                            'does not have and no module builds')
    return failures


def main():
    srcdir = sys.argv[1]
    with open(os.path.join(srcdir, 'meson.build'), encoding='utf-8') as f:
        needed = re.findall(r"dependency\('([^']+)'", f.read())
    if 'libsodium' not in needed:
        print('meson.build lists no libsodium: the check reads the wrong file')
        return 1
    failures = []
    for app_id in (BASE_ID, BASE_ID + '.Devel'):
        path = os.path.join(srcdir, 'flatpak', app_id + '.json')
        failures += check(path, app_id, needed)
        print(f'checked {os.path.basename(path)}')
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
