#!/usr/bin/env python3
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/check-po.py: the translation checks `meson test --suite po` runs.
#
#   check-po.py potfiles SRCDIR
#       Every file under src/, ui/ and data/ that marks a string for
#       translation is listed in po/POTFILES.in, and every listed file
#       exists. A new _() in a file nobody listed would never reach a
#       translator: this fails on it.
#
#   check-po.py complete SRCDIR LANG
#       po/LANG.po passes `msgfmt --check`, has no fuzzy and no untranslated
#       message, and holds every message xgettext finds in POTFILES.in
#       today (a string added since the catalogue was updated fails it).

import os
import re
import subprocess
import sys
import tempfile

# What marks a string in C (glib's gettext macros) and in the other files.
C_MARKS = re.compile(r'\b(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|'
                     r'g_dpgettext2|g_dcgettext)\s*\(')
UI_MARK = re.compile(r'translatable="yes"')
XML_MARK = re.compile(r'<(?:name|summary|p|li|caption|keyword|description)\b')
DESKTOP_MARK = re.compile(r'^(?:Name|GenericName|Comment|Keywords)=', re.M)


def marks_strings(path):
    if not path.endswith(('.c', '.ui', '.desktop.in', '.metainfo.xml.in', '.gschema.xml')):
        return False
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if path.endswith('.c'):
        # Drop comments, so an example in a comment does not count.
        text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
        return bool(C_MARKS.search(text))
    if path.endswith('.ui'):
        return bool(UI_MARK.search(text))
    if path.endswith('.desktop.in'):
        return bool(DESKTOP_MARK.search(text))
    if path.endswith('.metainfo.xml.in') or path.endswith('.gschema.xml'):
        return bool(XML_MARK.search(text))
    return False


def listed_files(srcdir):
    with open(os.path.join(srcdir, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return [line.strip() for line in f
                if line.strip() and not line.startswith('#')]


def check_potfiles(srcdir):
    listed = listed_files(srcdir)
    failures = []
    for name in listed:
        if not os.path.isfile(os.path.join(srcdir, name)):
            failures.append(f'po/POTFILES.in lists {name}, which does not exist')
    if listed != sorted(listed, key=lambda s: s.encode()):
        failures.append('po/POTFILES.in is not sorted (LC_ALL=C sort)')
    found = []
    for top in ('src', 'ui', 'data'):
        for root, dirs, files in os.walk(os.path.join(srcdir, top)):
            dirs.sort()
            for fname in sorted(files):
                path = os.path.join(root, fname)
                rel = os.path.relpath(path, srcdir)
                if marks_strings(path):
                    found.append(rel)
    for rel in found:
        if rel not in listed:
            failures.append(f'{rel} marks strings for translation '
                            'but is not in po/POTFILES.in')
    for failure in failures:
        print(failure)
    print(f'{len(found)} files mark strings, {len(listed)} listed')
    return 1 if failures else 0


def msgids(po_text):
    """The (msgctxt, msgid) pairs of a catalogue, header excluded."""
    result = set()
    entries = po_text.split('\n\n')
    for entry in entries:
        lines = [l for l in entry.splitlines() if not l.startswith('#')]
        ctxt, msgid, field = None, None, None
        for line in lines:
            m = re.match(r'(msgctxt|msgid|msgid_plural|msgstr\S*) (".*")$', line)
            if m:
                field = m.group(1)
                value = eval(m.group(2))  # a C-quoted string, from msgfmt's own syntax
                if field == 'msgctxt':
                    ctxt = value
                elif field == 'msgid':
                    msgid = value
            elif line.startswith('"') and field in ('msgctxt', 'msgid'):
                if field == 'msgctxt':
                    ctxt += eval(line)
                else:
                    msgid += eval(line)
        if msgid:
            result.add((ctxt, msgid))
    return result


def check_complete(srcdir, lang):
    po = os.path.join(srcdir, 'po', lang + '.po')
    failures = []
    run = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                         capture_output=True, text=True)
    stats = run.stderr.strip()
    print(stats)
    if run.returncode != 0:
        failures.append(f'msgfmt --check failed on {po}')
    if 'fuzzy' in stats or 'untranslated' in stats:
        failures.append(f'{po} has fuzzy or untranslated messages: {stats}')

    # The messages the sources hold today, extracted as po/meson.build's
    # 'glib' preset does.
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'now.pot')
        args = ['xgettext', '--from-code=UTF-8', '--add-comments',
                '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2',
                '--keyword=NC_:1c,2', '--keyword=g_dcgettext:2',
                '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
                '--keyword=ngettext:1,2',
                '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format',
                '--flag=NC_:2:pass-c-format', '--flag=g_dngettext:2:pass-c-format',
                '--flag=g_strdup_printf:1:c-format',
                '--flag=g_string_printf:2:c-format',
                '--flag=g_string_append_printf:2:c-format',
                '--flag=g_error_new:3:c-format',
                '--flag=g_set_error:4:c-format',
                '--directory=' + srcdir, '--output=' + pot,
                '--files-from=' + os.path.join(srcdir, 'po', 'POTFILES.in')]
        run = subprocess.run(args, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr)
            failures.append('xgettext failed')
            wanted = set()
        else:
            with open(pot, encoding='utf-8') as f:
                wanted = msgids(f.read())
    with open(po, encoding='utf-8') as f:
        have = msgids(f.read())
    missing = sorted(wanted - have, key=str)
    for ctxt, msgid in missing[:40]:
        failures.append(f'not in {lang}.po: ' + (f'[{ctxt}] ' if ctxt else '') + repr(msgid))
    if len(missing) > 40:
        failures.append(f'… and {len(missing) - 40} more; run ninja prolotrack-update-po')
    for failure in failures:
        print(failure)
    print(f'{len(wanted)} messages in the sources, {len(have)} in {lang}.po, '
          f'{len(missing)} missing')
    return 1 if failures else 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == 'potfiles':
        return check_potfiles(sys.argv[2])
    if len(sys.argv) >= 4 and sys.argv[1] == 'complete':
        return check_complete(sys.argv[2], sys.argv[3])
    print(__doc__ or 'usage: check-po.py potfiles SRCDIR | complete SRCDIR LANG')
    return 2


if __name__ == '__main__':
    sys.exit(main())
