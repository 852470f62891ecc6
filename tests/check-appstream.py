#!/usr/bin/env python3
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/check-appstream.py METAINFO SRCDIR LINGUAS...: `appstreamcli validate
# --no-net --pedantic` with every issue either fixed or named below with the
# reason it stays, and what Flathub asks of the file beyond the validator:
# screenshots with captions (each one in data/screenshots/), releases, a
# content rating, a developer, URLs, branding colours, form factors and the
# translations.

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

# Issues appstreamcli reports that are kept on purpose.
ACCEPTED = {
    # GNOME application ids keep their capitals (org.gnome.TextEditor);
    # Flathub takes them, and renaming would lose every user's settings.
    'cid-contains-uppercase-letter': None,
    # <developer> is AppStream 1.0's and Flathub asks for it; Debian 12's
    # appstream 0.16 does not know it yet. <developer_name> stays beside it
    # for 0.16.
    'unknown-tag': 'developer',
}
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def main():
    metainfo, srcdir = sys.argv[1:3]
    linguas = sys.argv[3:]
    failures = []

    run = subprocess.run(['appstreamcli', 'validate', '--no-net', '--pedantic',
                          '--explain', metainfo], capture_output=True, text=True)
    print(run.stdout)
    for severity, tag, rest in re.findall(r'^([EWIP]): [^:]+:\d*:? ?(\S+) ?(.*)$',
                                          run.stdout, re.M):
        if tag in ACCEPTED and (ACCEPTED[tag] is None or ACCEPTED[tag] == rest.strip()):
            print(f'accepted: {tag} {rest}')
            continue
        failures.append(f'appstreamcli: {severity}: {tag} {rest}')
    if run.returncode != 0:
        failures.append('appstreamcli validate failed')

    root = ET.parse(metainfo).getroot()

    def need(path, what):
        found = root.findall(path)
        if not found:
            failures.append(f'no {what} ({path})')
        return found

    shots = need('screenshots/screenshot', 'screenshots')
    if shots and len([s for s in shots if s.get('type') == 'default']) != 1:
        failures.append('not exactly one default screenshot')
    for shot in shots:
        image = shot.findtext('image', '')
        name = image.rsplit('/', 1)[-1]
        if not os.path.isfile(os.path.join(srcdir, 'data', 'screenshots', name)):
            failures.append(f'screenshot {name} is not in data/screenshots/')
        if not [c for c in shot.findall('caption') if c.get(XML_LANG) is None]:
            failures.append(f'screenshot {name} has no caption')
    need('releases/release[@version][@date]', 'release with a version and a date')
    need('releases/release/description', "release's description")
    need('content_rating[@type="oars-1.1"]', 'OARS content rating')
    need('developer/name', 'developer')
    for kind in ('homepage', 'bugtracker', 'vcs-browser'):
        need(f'url[@type="{kind}"]', f'{kind} URL')
    for scheme in ('light', 'dark'):
        need(f'branding/color[@type="primary"][@scheme_preference="{scheme}"]',
             f'{scheme} branding colour')
    need('requires/display_length', 'smallest display it fits (a form factor)')
    need('recommends/control', 'input controls')
    need('launchable[@type="desktop-id"]', 'launchable')

    for lang in linguas:
        for path in ('summary', 'description/p', 'screenshots/screenshot/caption'):
            if not [e for e in root.findall(path) if e.get(XML_LANG) == lang]:
                failures.append(f'no {lang} translation of {path}')

    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
