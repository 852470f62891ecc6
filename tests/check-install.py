#!/usr/bin/env python3
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/check-install.py BUILDDIR PREFIX BINDIR DATADIR MANDIR APP_ID LINGUAS...
#
# Runs `meson install --destdir` into a temporary root and checks that every
# file a GNOME application installs is where the desktop looks for it, and
# that the desktop file and the metainfo carry the translations.

import os
import subprocess
import sys
import tempfile


def main():
    builddir, prefix, bindir, datadir, mandir, app_id = sys.argv[1:7]
    linguas = sys.argv[7:]
    base_id = app_id.removesuffix('.Devel')
    failures = []
    with tempfile.TemporaryDirectory() as destdir:
        run = subprocess.run(['meson', 'install', '-C', builddir, '--no-rebuild',
                              '--quiet', '--destdir', destdir],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            print('meson install failed')
            return 1

        def at(*parts):
            return os.path.join(destdir, prefix.lstrip('/'), *parts)

        share = at(datadir)
        wanted = [
            at(bindir, 'prolotrack'),
            at(bindir, 'prolotrack-cli'),
            os.path.join(share, 'applications', app_id + '.desktop'),
            os.path.join(share, 'metainfo', app_id + '.metainfo.xml'),
            os.path.join(share, 'glib-2.0', 'schemas', base_id + '.gschema.xml'),
            os.path.join(share, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'),
            os.path.join(share, 'icons', 'hicolor', 'symbolic', 'apps',
                         app_id + '-symbolic.svg'),
            at(mandir, 'man1', 'prolotrack-cli.1'),
            os.path.join(share, 'bash-completion', 'completions', 'prolotrack-cli'),
        ]
        wanted += [os.path.join(share, 'locale', lang, 'LC_MESSAGES', 'prolotrack.mo')
                   for lang in linguas]
        for path in wanted:
            rel = os.path.relpath(path, destdir)
            if not os.path.isfile(path):
                failures.append(f'missing: /{rel}')
            else:
                print(f'ok: /{rel}')
        for name in ('prolotrack', 'prolotrack-cli'):
            path = at(bindir, name)
            if os.path.isfile(path) and not os.access(path, os.X_OK):
                failures.append(f'not executable: {name}')

        # The merged files carry every catalogue's translations.
        desktop = os.path.join(share, 'applications', app_id + '.desktop')
        metainfo = os.path.join(share, 'metainfo', app_id + '.metainfo.xml')
        for lang in linguas:
            if os.path.isfile(desktop):
                with open(desktop, encoding='utf-8') as f:
                    text = f.read()
                if f'Comment[{lang}]=' not in text or f'Keywords[{lang}]=' not in text:
                    failures.append(f'{app_id}.desktop has no Comment[{lang}] or Keywords[{lang}]')
            if os.path.isfile(metainfo):
                with open(metainfo, encoding='utf-8') as f:
                    text = f.read()
                if f'xml:lang="{lang}"' not in text:
                    failures.append(f'{app_id}.metainfo.xml has no xml:lang="{lang}"')

        man = at(mandir, 'man1', 'prolotrack-cli.1')
        if os.path.isfile(man):
            with open(man, encoding='utf-8') as f:
                text = f.read().replace('\\-', '-')
            for needle in ('.TH PROLOTRACK-CLI', 'log-session', 'export-csv',
                           'PROLOTRACK_DATABASE', 'EXIT STATUS'):
                if needle not in text:
                    failures.append(f'the man page does not mention {needle}')

    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
