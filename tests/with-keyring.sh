#!/usr/bin/env bash
# tests/with-keyring.sh COMMAND [ARG…]: runs COMMAND with a Secret Service
# of its own, as a desktop session has one: a private D-Bus session bus
# (dbus-run-session) with GNOME Keyring on it, its login keyring new and
# unlocked, in a home folder made for the run and removed after it. The
# keyring tests (tests/test-keyring.c) store and read passwords there,
# never in the keyring of whoever runs the tests.
set -euo pipefail

tmp=$(mktemp -d "${TMPDIR:-/tmp}/prolotrack-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
export HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
export XDG_RUNTIME_DIR=$tmp/run

# The daemon reads the login keyring's new password on stdin, unlocks
# it, and leaves with the bus when dbus-run-session ends. The command
# starts once the daemon owns org.freedesktop.secrets (gdbus, from
# libglib2.0-bin): a first call before that would have the bus start a
# second daemon, and the two hand the keyring over while the test runs.
dbus-run-session -- bash -c '
  printf "%s" "prolotrack-test" |
    gnome-keyring-daemon --unlock --components=secrets > /dev/null
  for ((i = 0; i < 100; i++)); do
    owned=$(gdbus call --session --dest org.freedesktop.DBus \
              --object-path /org/freedesktop/DBus \
              --method org.freedesktop.DBus.NameHasOwner org.freedesktop.secrets 2> /dev/null)
    [[ $owned == "(true,)" ]] && break
    sleep 0.05
  done
  [[ $owned == "(true,)" ]] || { echo "with-keyring: no Secret Service after 5 s" >&2; exit 1; }
  exec "$@"' with-keyring "$@"
