#!/usr/bin/env bash
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/check-completion.sh COMPLETION PROLOTRACK-CLI: drives the bash
# completion as bash does (COMP_WORDS, COMP_CWORD) and checks its answers.
set -euo pipefail
source "$1"
prog=$2
failed=0

expect () {
  local want=$1; shift
  COMP_WORDS=("$prog" "$@")
  COMP_CWORD=$#
  COMPREPLY=()
  _prolotrack_cli
  local got="${COMPREPLY[*]}"
  if [[ "$got" != "$want" ]]; then
    echo "FAIL: prolotrack-cli $* ⇥ gave “$got”, expected “$want”"
    failed=1
  else
    echo "ok: prolotrack-cli $* ⇥ $got"
  fi
}

expect "report" rep
expect "log-session log-pain log-run log-cross log-measure" log-
expect "log-session log-pain log-run log-cross log-measure" --database x.db log-
expect "--database --clinician --version --help" --
expect "--paper= --patient-copy" report --pa
expect "--patient-copy " report --patient-c
expect "--json " patients --js
expect "restore" resto
exit $failed
