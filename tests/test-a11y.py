#!/usr/bin/env python3
# test-a11y.py: the app as assistive technology sees it
#
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the built app on a copy of the demo clinic with GTK's AT-SPI backend,
# under a private D-Bus session and its own accessibility bus, and reads its
# accessibility tree through libatspi, as Orca does. It walks the main
# window, the patient page, the seven record forms and the patient form,
# the Discard question, the history of changes, the keyboard shortcuts, the
# New Plan dialog, the header bar's three menus and the preferences,
# reached with real key presses (xdotool, through the X server) and AT-SPI
# actions (what a screen reader's user triggers). It fails on every shown
# element a user can focus or act on that has no accessible name, or whose
# name reads out a mnemonic or says its text twice. It Tabs through the
# patient page and the New Plan dialog listening to AT-SPI's focus events,
# checks that the chart describes itself in words, and that a form's error
# is tied to its field (the field is invalid and its description is the
# message), in the pain score form and the New Plan dialog.
#
# Usage: test-a11y.py BUILD_DIR. Exit status 0 passed, 1 failed, 77
# skipped (no python3-gi with Atspi, no xdotool, no display).

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77

# Debian's python3-gi is in the system's python3 only; a python3 found
# first on PATH (pyenv, a venv) may lack it.
try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError):
    if sys.executable != '/usr/bin/python3' and os.access('/usr/bin/python3', os.X_OK) \
       and 'PT_A11Y_REEXEC' not in os.environ:
        os.environ['PT_A11Y_REEXEC'] = '1'
        os.execv('/usr/bin/python3', ['/usr/bin/python3'] + sys.argv)
    print('1..0 # SKIP python3-gi with Atspi (gir1.2-atspi-2.0) is not installed')
    sys.exit(SKIP)


def log(*args):
    print('#', *args, flush=True)


def reexec_in_session():
    """A private session bus (and a display), so the accessibility bus this
    test starts is its own, whatever else runs on the machine."""
    if 'PT_A11Y_SESSION' in os.environ:
        return
    os.environ['PT_A11Y_SESSION'] = '1'
    cmd = [sys.executable] + sys.argv
    # A display of its own too, even under the X server the other UI tests
    # share: its key presses then reach only this app, and a server that
    # another test left busy cannot refuse it ("cannot open display" under
    # ASan once, on a fresh machine).
    if shutil.which('xvfb-run') is not None:
        cmd = ['xvfb-run', '-a', '-s', '-screen 0 1400x900x24'] + cmd
    elif not os.environ.get('DISPLAY'):
        print('1..0 # SKIP no display and no xvfb-run')
        sys.exit(SKIP)
    if shutil.which('dbus-run-session') is None:
        print('1..0 # SKIP no dbus-run-session (dbus-daemon)')
        sys.exit(SKIP)
    sys.stdout.flush()
    os.execvp('dbus-run-session', ['dbus-run-session', '--'] + cmd)


# ---- waiting ----

def wait_for(what, predicate, timeout=30.0, stop=None):
    """predicate()'s first true value; None as soon as stop() is true."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = predicate()
        except GLibError:
            result = None
        if result:
            return result
        if stop is not None and stop():
            return None
        if time.monotonic() > deadline:
            raise TestFailure('timed out waiting for ' + what)
        time.sleep(0.1)


class TestFailure(Exception):
    pass


GLib = gi.repository.GLib
GLibError = GLib.Error


def settle(seconds=0.4):
    time.sleep(seconds)


# ---- the tree ----

def states(acc):
    return acc.get_state_set()


def has_state(acc, state):
    return states(acc).contains(state)


def children(acc):
    try:
        n = acc.get_child_count()
    except GLibError:
        return []
    out = []
    for i in range(n):
        try:
            child = acc.get_child_at_index(i)
        except GLibError:
            continue
        if child is not None:
            out.append(child)
    return out


def is_shown(acc):
    """GTK 4.8 sets SHOWING on windows only; a widget that is not mapped
    (a hidden stack page, a closed revealer or popover) has no size."""
    try:
        if not has_state(acc, Atspi.StateType.VISIBLE):
            return False
        if acc.get_role() == Atspi.Role.FRAME:
            return has_state(acc, Atspi.StateType.SHOWING)
        if 'Component' not in acc.get_interfaces():
            return True  # a GtkStackPage: its child says
        box = acc.get_extents(Atspi.CoordType.WINDOW)
        return box.width > 0 and box.height > 0
    except (GLibError, AttributeError):
        return False


def walk(acc):
    """Every shown element under acc (itself included); a part of the tree
    that is not shown cannot be reached, and is walked when it is."""
    stack = [acc]
    while stack:
        node = stack.pop()
        if not is_shown(node):
            continue
        yield node
        stack.extend(reversed(children(node)))


def role_name(acc):
    try:
        return acc.get_role_name()
    except GLibError:
        return '?'


# GTK 4.8 answers a nameless widget's name with its type name ("GtkButton",
# "GtkImage" for an icon button, "AdwGizmo"): that is no name to a person.
TYPE_NAME = re.compile(r'^(Gtk|Adw|Pt|Gdk)[A-Z][A-Za-z]*$')


def name_of(acc):
    try:
        name = (acc.get_name() or '').strip()
    except GLibError:
        return ''
    if TYPE_NAME.match(name):
        return ''
    return name


# "_Discard Discard": GTK 4.8 reads a use-underline label's raw text too.
MNEMONIC = re.compile(r'(^|\s)_[^\W_]')
# "Save Save": the label property and the label it is labelled by.
SAID_TWICE = re.compile(r'^(.+) \1$')


def labelled_by_name(acc):
    try:
        relations = acc.get_relation_set()
    except GLibError:
        return ''
    for rel in relations:
        if rel.get_relation_type() != Atspi.RelationType.LABELLED_BY:
            continue
        for i in range(rel.get_n_targets()):
            target = rel.get_target(i)
            if target is not None and name_of(target):
                return name_of(target)
    return ''


def path_of(acc):
    parts = []
    node = acc
    while node is not None:
        try:
            role = node.get_role()
        except GLibError:
            break
        if role == Atspi.Role.APPLICATION:
            break
        label = name_of(node)
        parts.append(role_name(node) + (f' "{label[:30]}"' if label else ''))
        try:
            node = node.get_parent()
        except GLibError:
            break
    parts.reverse()
    # The named ancestors and the last three steps: enough to find it.
    short = [p for p in parts[:-3] if '"' in p] + parts[-3:]
    return ' > '.join(short)


# What a person operates: the roles of GTK's buttons, toggles, entries,
# choices, menu items and activatable rows.
CONTROL_ROLES = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.COMBO_BOX, Atspi.Role.MENU_ITEM,
    Atspi.Role.CHECK_MENU_ITEM, Atspi.Role.RADIO_MENU_ITEM, Atspi.Role.ENTRY,
    Atspi.Role.PASSWORD_TEXT, Atspi.Role.SPIN_BUTTON, Atspi.Role.SLIDER,
    Atspi.Role.LINK, Atspi.Role.PAGE_TAB,
}

# Labels expose their link and clipboard actions, and a selectable one is
# focusable: its text is its name, and an empty label shows nothing. A
# scrolled window is focusable only to scroll what has no focusable
# widget inside, and a screen reader reads that content.
EXEMPT_ROLES = {Atspi.Role.LABEL, Atspi.Role.SCROLL_PANE}


def n_actions(acc):
    try:
        return acc.get_n_actions()
    except (GLibError, AttributeError, TypeError):
        return 0


def is_editable_text(acc):
    try:
        return 'EditableText' in acc.get_interfaces() \
            or has_state(acc, Atspi.StateType.EDITABLE)
    except GLibError:
        return False


# GTK's own lists give the focus to their rows, which are checked.
ROW_CONTAINERS = {'GtkListBox', 'GtkListView', 'GtkColumnListView', 'GtkGridView', 'GtkFlowBox'}

# Roles a screen reader reads by their content when they have no name
# (WAI-ARIA's "name from content"): a row, a cell, an item of a list.
CONTENT_NAMED_ROLES = {Atspi.Role.LIST_ITEM, Atspi.Role.TABLE_ROW, Atspi.Role.TABLE_CELL}


def part_of_named_combo(acc):
    """The button, item and list inside a GtkDropDown are its own parts:
    the drop-down's name is theirs."""
    node = acc
    for _ in range(6):
        try:
            node = node.get_parent()
        except GLibError:
            return False
        if node is None:
            return False
        if node.get_role() == Atspi.Role.COMBO_BOX:
            return bool(name_of(node))
    return False


def named_otherwise(acc):
    """A name a screen reader finds without the name property."""
    if labelled_by_name(acc):
        return True
    try:
        role = acc.get_role()
        raw = acc.get_name() or ''
    except GLibError:
        return False
    if role == Atspi.Role.LIST and raw in ROW_CONTAINERS:
        return True
    if role == Atspi.Role.MENU:
        # A menu button's popover: the button names it.
        parent = acc.get_parent()
        return parent is not None and bool(name_of(parent))
    if role in CONTENT_NAMED_ROLES and text_inside(acc, 1):
        return True
    return part_of_named_combo(acc)


def needs_name(acc):
    try:
        role = acc.get_role()
    except GLibError:
        return False
    if role in EXEMPT_ROLES:
        return False
    return (role in CONTROL_ROLES
            or has_state(acc, Atspi.StateType.FOCUSABLE)
            or n_actions(acc) > 0
            or is_editable_text(acc))


def text_inside(acc, limit=3):
    texts = []
    for node in walk(acc):
        if node is not acc and name_of(node):
            texts.append(name_of(node)[:30])
            if len(texts) == limit:
                break
    return texts


def describe(acc):
    """An offender as a person can find it: its role, what GTK calls it,
    its tooltip, the text inside it and where it is."""
    try:
        raw = acc.get_name() or ''
        tip = acc.get_description() or ''
    except GLibError:
        raw = tip = ''
    facts = [f'gtk name "{raw}"' if raw else 'no name']
    if tip:
        facts.append(f'description "{tip[:40]}"')
    inside = text_inside(acc)
    if inside:
        facts.append('shows ' + ', '.join(f'"{t}"' for t in inside))
    return f'{role_name(acc)} ({"; ".join(facts)}) at {path_of(acc)}'


class Checker:
    def __init__(self):
        self.failures = []
        self.count = 0
        self.walked = 0

    def ok(self, passed, description, details=(), todo=None):
        """A TAP line; a known failure of the platform is a TODO."""
        self.count += 1
        directive = f' # TODO {todo}' if todo and not passed else ''
        print(('ok' if passed else 'not ok') + f' {self.count} - {description}{directive}',
              flush=True)
        for line in details:
            print('#   ' + line, flush=True)
        if not passed and not todo:
            self.failures.append(description)

    def check_names(self, where, root):
        offenders = []
        walked = 0
        for acc in walk(root):
            walked += 1
            if not needs_name(acc):
                continue
            if not name_of(acc) and not named_otherwise(acc):
                offenders.append(describe(acc))
            elif MNEMONIC.search(name_of(acc)):
                offenders.append('mnemonic read out: ' + describe(acc))
            elif SAID_TWICE.match(name_of(acc)):
                offenders.append('name said twice: ' + describe(acc))
        self.walked += walked
        self.ok(not offenders,
                f'{where}: every control has a name ({walked} elements, '
                f'{len(offenders)} nameless)', offenders)


# ---- the app ----

def find_app(name):
    desktop = Atspi.get_desktop(0)
    for acc in children(desktop):
        try:
            if acc.get_process_id() == name:
                return acc
        except GLibError:
            continue
    return None


def frames(app):
    """The app's open windows. GTK 4.8 gives a dialog (an AdwWindow) the
    role filler and no SHOWING state: it is visible."""
    return [w for w in children(app) if has_state(w, Atspi.StateType.VISIBLE)]


def frame_named(app, title):
    for w in frames(app):
        if name_of(w) == title:
            return w
    return None


def find(root, role=None, name=None, predicate=None):
    for acc in walk(root):
        try:
            if role is not None and acc.get_role() != role:
                continue
        except GLibError:
            continue
        if name is not None and name_of(acc) != name:
            continue
        if predicate is not None and not predicate(acc):
            continue
        return acc
    return None


def keys(*names):
    subprocess.run(['xdotool', 'key', '--clearmodifiers', '--delay', '60'] + list(names),
                   check=True)


def type_text(text):
    subprocess.run(['xdotool', 'type', '--delay', '40', text], check=True)


def do_action(acc, what):
    if acc is None:
        raise TestFailure('not found: ' + what)
    if n_actions(acc) < 1:
        raise TestFailure('no action: ' + what)
    acc.do_action(0)


def new_frame(app, before, what):
    try:
        return wait_for(what, lambda: next((w for w in frames(app) if w not in before), None),
                        timeout=15)
    except TestFailure:
        log('windows shown: ' + ', '.join(f'{role_name(w)} "{name_of(w)}"' for w in frames(app)))
        raise


def close_frame(checker, app, frame, what):
    """Escape, as a person closes a window; a form with changes asks first,
    and its question is walked too."""
    before = frames(app)
    keys('Escape')
    wait_for(what + ' to close or ask', lambda: frame not in frames(app)
             or any(w not in before for w in frames(app)), timeout=10)
    if frame not in frames(app):
        return
    question = next(w for w in frames(app) if w not in before)
    settle()
    checker.check_names(f'question of the {what.removeprefix("the ")} ({name_of(question)})',
                        question)
    discard = find(question, Atspi.Role.PUSH_BUTTON,
                   predicate=lambda a: 'Discard' in name_of(a))
    if discard is None:
        log('buttons: ' + ', '.join(repr(a.get_name()) for a in walk(question)
                                    if a.get_role() == Atspi.Role.PUSH_BUTTON))
    do_action(discard, 'Discard')
    wait_for(what + ' to close', lambda: frame not in frames(app), timeout=10)


# The record forms, by the accelerators of pt_application_set_accels.
FORMS = [
    ('ctrl+shift+s', 'treatment session form'),
    ('ctrl+shift+p', 'pain score form'),
    ('ctrl+shift+r', 'run form'),
    ('ctrl+shift+x', 'cross-training form'),
    ('ctrl+shift+i', 'condition form'),
    ('ctrl+shift+h', 'shoe form'),
    ('ctrl+shift+o', 'outcome measure form'),
    ('ctrl+e', 'patient form'),
]

# The other windows a shortcut opens on the patient page.
DIALOGS = [
    ('ctrl+h', 'history of changes'),
    ('ctrl+question', 'keyboard shortcuts'),
]


def check_error_tied(checker, app, main):
    """A bad value in the pain score form: the score field says it is
    invalid, and its description is the message shown under it."""
    keys('ctrl+shift+p')
    form = new_frame(app, [main], 'the pain score form')
    settle()
    spin = tab_to(lambda a: a.get_role() == Atspi.Role.SPIN_BUTTON and name_of(a) == 'Pain',
                  'the score field')
    keys('ctrl+a')
    type_text('12')
    keys('Tab')
    settle()

    def invalid():
        return is_invalid(spin)
    try:
        wait_for('the score to be invalid', invalid, timeout=5)
    except TestFailure:
        pass
    description = spin.get_description() or ''
    shown = [name_of(a) for a in walk(form)
             if a.get_role() == Atspi.Role.LABEL and 'between' in name_of(a).lower()]
    checker.ok(invalid() and description != '' and description in shown,
               'a bad pain score: the field is invalid and described by its error',
               [f'field "{name_of(spin)}": invalid={invalid()} description={description!r}',
                f'messages shown: {shown}'])
    close_frame(checker, app, form, 'the pain score form')


class FocusWatch:
    """The elements that get the keyboard focus, as a screen reader hears
    of them: AT-SPI's focus events."""

    def __init__(self):
        self.stops = []
        self.listener = Atspi.EventListener.new(self.on_event)
        self.listener.register('object:state-changed:focused')

    def on_event(self, event):
        if event.detail1 == 1 and event.source is not None:
            self.stops.append(event.source)

    def pump(self, seconds):
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            while context.iteration(False):
                pass
            time.sleep(0.02)

    def close(self):
        self.listener.deregister('object:state-changed:focused')


def tab_to(predicate, what, limit=25):
    """Tab until the focus is on an element predicate accepts, as a person
    gets there; that element."""
    watch = FocusWatch()
    seen = []
    try:
        for _ in range(limit):
            watch.stops.clear()
            keys('Tab')
            watch.pump(0.25)
            if watch.stops and predicate(watch.stops[-1]):
                return watch.stops[-1]
            seen.append(f'{role_name(watch.stops[-1])} "{name_of(watch.stops[-1])}"'
                        if watch.stops else '(nothing said)')
    finally:
        watch.close()
    log('focus went to: ' + ', '.join(seen))
    raise TestFailure(f'Tab does not reach {what}')


def check_tab_order(checker, where, wanted, limit=80):
    """Tab through a window until the focus comes back: every stop has a
    name, and the wanted ones are among them."""
    watch = FocusWatch()
    stops = []
    silent = 0
    try:
        for _ in range(limit):
            watch.stops.clear()
            keys('Tab')
            watch.pump(0.25)
            if not watch.stops:
                silent += 1
                continue
            stop = watch.stops[-1]
            if stops and stop == stops[0]:
                break
            stops.append(stop)
    finally:
        watch.close()
    nameless = [describe(a) for a in stops
                if needs_name(a) and not name_of(a) and not named_otherwise(a)]
    checker.ok(not nameless, f'Tab on the {where}: {len(stops)} stops, every one named',
               nameless)
    # The text inside an AdwEntryRow (the date fields) takes the focus, and
    # GTK 4.8 exposes it to AT-SPI as no element: no focus event is sent.
    checker.ok(silent == 0, f'{where}: every Tab stop is announced ({silent} silent)',
               todo='GTK 4.8 sends no focus event for the text of an AdwEntryRow')
    names = [name_of(a) for a in stops]
    for name in wanted:
        checker.ok(name in names, f'{where}: Tab reaches "{name}"',
                   [] if name in names else ['stops: ' + ', '.join(
                       f'{role_name(a)} "{name_of(a)}"' for a in stops)])


def is_invalid(field):
    """GTK 4.8 reports GTK_ACCESSIBLE_STATE_INVALID as AT-SPI's INVALID
    (later GTKs as INVALID_ENTRY, which Orca announces)."""
    return has_state(field, Atspi.StateType.INVALID_ENTRY) \
        or has_state(field, Atspi.StateType.INVALID)


def check_plan_error(checker, dialog):
    """A start date that is no date, and Create: the start date's field is
    invalid and described by the message under the fields."""
    field = find(dialog, predicate=lambda a: is_editable_text(a) and name_of(a) == 'Start Date')
    if field is None:
        checker.ok(False, 'the New Plan dialog has a "Start Date" field')
        return
    # The field after "Start With" (its focus is silent: check_tab_order).
    tab_to(lambda a: name_of(a) == 'Start With', '"Start With"')
    keys('Tab')
    keys('ctrl+a')
    type_text('31/31/2026')
    keys('Return')
    try:
        wait_for('the start date to be invalid',
                 lambda: is_invalid(field), timeout=5)
    except TestFailure:
        pass
    description = field.get_description() or ''
    shown = [name_of(a) for a in walk(dialog)
             if a.get_role() == Atspi.Role.LABEL and name_of(a) == description]
    checker.ok(is_invalid(field) and description != '' and shown,
               'a start date that is no date: the field is invalid and described by its error',
               [f'invalid={is_invalid(field)} '
                f'description={description!r} shown={bool(shown)}'])


def is_open(menu_button):
    return has_state(menu_button, Atspi.StateType.CHECKED) \
        or has_state(menu_button, Atspi.StateType.PRESSED)


def run(checker, app):
    main = wait_for('the main window', lambda: frame_named(app, 'ProloTrack'))
    wait_for('the patient list', lambda: find(main, Atspi.Role.LIST, 'Patients'))
    settle()
    checker.check_names('main window', main)

    # The reference patient, found as a person does: Ctrl+F, her name, Enter.
    # The window has the keyboard focus: GTK gives it to the window it
    # presents when there is no window manager.
    keys('ctrl+f')
    type_text('Claire')
    keys('Return')
    chart = wait_for('the patient page', lambda: find(main, Atspi.Role.IMAGE, 'Recovery chart'))
    settle(1.0)
    checker.check_names('patient page', main)
    description = chart.get_description() or ''
    checker.ok(len(description) > 20, 'the recovery chart describes itself',
               [f'description: {description[:120]!r}'])

    check_tab_order(checker, 'patient page',
                    ('Recovery chart', 'New Plan…', 'Patients', 'Search patients'))

    for accel, what in FORMS + DIALOGS:
        before = frames(app)
        keys(accel)
        form = new_frame(app, before, 'the ' + what)
        settle()
        checker.check_names(what + f' ({name_of(form)})', form)
        close_frame(checker, app, form, 'the ' + what)

    check_error_tied(checker, app, main)

    # New Plan: the patient page's button, pressed through AT-SPI.
    before = frames(app)
    do_action(find(main, Atspi.Role.PUSH_BUTTON, 'New Plan…'), 'New Plan…')
    dialog = new_frame(app, before, 'the New Plan dialog')
    settle()
    checker.check_names(f'New Plan dialog ({name_of(dialog)})', dialog)
    check_tab_order(checker, 'New Plan dialog', ('Start With', 'Goal', 'Create'), limit=20)
    check_plan_error(checker, dialog)
    close_frame(checker, app, dialog, 'the New Plan dialog')

    # The menus of the header bar: open each, walk its popover.
    for button_name in ('Main Menu', 'Patient Menu', 'Record a Visit or Activity'):
        button = find(main, predicate=lambda a: a.get_role() in (
            Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON) and name_of(a) == button_name
            and n_actions(a) > 0)
        if button is None:
            checker.ok(False, f'the menu button "{button_name}" is found by its name')
            continue
        do_action(button, button_name)
        wait_for('the ' + button_name + ' to open', lambda: is_open(button), timeout=10)
        settle()
        checker.check_names(f'{button_name} menu', main)
        # The popover has the focus: Escape closes it. (A closed popover
        # keeps its size in GTK 4.8's tree: the button's state says.)
        keys('Escape')
        wait_for('the ' + button_name + ' to close', lambda: not is_open(button), timeout=10)
        settle()

    before = frames(app)
    keys('ctrl+comma')
    prefs = new_frame(app, before, 'the preferences')
    settle()
    checker.check_names(f'preferences ({name_of(prefs)})', prefs)
    close_frame(checker, app, prefs, 'the preferences')


def main():
    if len(sys.argv) != 2:
        print('usage: test-a11y.py BUILD_DIR', file=sys.stderr)
        return 2
    if shutil.which('xdotool') is None:
        print('1..0 # SKIP xdotool is not installed')
        return SKIP
    reexec_in_session()
    build = os.path.abspath(sys.argv[1])
    started = time.monotonic()

    tmp = tempfile.mkdtemp(prefix='pt-a11y-')
    bus = None
    app_proc = None
    try:
        # The accessibility bus and its registry, in this session.
        launcher = '/usr/libexec/at-spi-bus-launcher'
        if os.access(launcher, os.X_OK):
            bus = subprocess.Popen([launcher, '--launch-immediately'])
        db = os.path.join(tmp, 'clinic.db')
        cli = os.environ.get('PROLOTRACK_CLI', os.path.join(build, 'src', 'cli', 'prolotrack-cli'))
        env = dict(os.environ)
        env.update({
            'GTK_A11Y': 'atspi',
            'GSETTINGS_BACKEND': 'memory',
            'GSETTINGS_SCHEMA_DIR': os.path.join(build, 'data'),
            'XDG_DATA_HOME': os.path.join(tmp, 'data'),
            'XDG_CONFIG_HOME': os.path.join(tmp, 'config'),
            'GSK_RENDERER': 'cairo',
            'PROLOTRACK_TODAY': '2026-11-23',
        })
        env.pop('NO_AT_BRIDGE', None)
        subprocess.run([cli, '--database', db, 'demo'], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        app_proc = subprocess.Popen([os.path.join(build, 'src', 'prolotrack'), '--database', db],
                                    env=env)
        app = wait_for('the app on the accessibility bus',
                       lambda: app_proc.poll() is None and find_app(app_proc.pid),
                       stop=lambda: app_proc.poll() is not None)
        if app is None:
            # The app exited before it showed (no display yet): once more.
            log(f'the app exited ({app_proc.returncode}) before it showed; starting it again')
            time.sleep(1)
            app_proc = subprocess.Popen([os.path.join(build, 'src', 'prolotrack'), '--database',
                                         db], env=env)
            app = wait_for('the app on the accessibility bus', lambda: find_app(app_proc.pid))

        checker = Checker()
        try:
            run(checker, app)
        except TestFailure as e:
            checker.ok(False, str(e))
        if app_proc.poll() is not None:
            checker.ok(False, f'the app exited ({app_proc.returncode})')
        print(f'1..{checker.count}')
        log(f'{checker.walked} elements walked in {time.monotonic() - started:.1f} s')
        return 1 if checker.failures else 0
    finally:
        for proc in (app_proc, bus):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
