#!/usr/bin/env bash
# Copyright 2026 The ProloTrack authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/check-pg-server.sh [PG-TEST-SERVER]: checks build-aux/pg-test-server,
# the private PostgreSQL server that the PostgreSQL backend's tests run
# against (issue 20), by running commands under it (a server of their own,
# also when build-aux/test already runs this under one):
#
#   - the owner and the app role log in through the pgpass file alone, with
#     SCRAM-SHA-256 passwords, and without it they do not get in;
#   - no TCP port, only the socket in the private folder; with --tls, TCP on
#     127.0.0.1 alone, with TLS alone: the certificate names localhost and
#     the test CA signed it;
#   - the app role has no CREATEDB and cannot create tables in public; the
#     owner owns prolotrack_test and can;
#   - the command's standard input, output and exit status pass through;
#   - the server is stopped and its folder removed when the command fails,
#     when it is killed, when the wrapper gets SIGTERM, SIGINT or SIGKILL;
#   - without a server it fails without running the command, unless
#     --optional.
#
# Prints TAP; the exit status is non-zero when a check failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# The part that runs under the server: prints "PASS what" or "FAIL what: why".
if [[ ${1:-} == --inner ]]; then
  set +e
  result () {
    if [[ $1 -eq 0 ]]; then echo "PASS $2"; else echo "FAIL $2: ${3:-}"; fi
  }
  q () { psql -X -w -q -At -v ON_ERROR_STOP=1 "$@" 2>&1; }

  env_passwords=$(env | grep -i -e '^PGPASSWORD=' -e 'password=' || true)
  [[ -z $env_passwords && $PROLOTRACK_TEST_PG != *password* && $PROLOTRACK_TEST_PG_APP != *password* ]]
  result $? "no password in the environment" "$env_passwords"

  perms=$(stat -c '%a %u' "$PGPASSFILE")
  [[ $perms == "600 $(id -u)" ]]
  result $? "the pgpass file is 0600 and the invoking user's" "$perms"

  [[ $PGPORT -ge 20000 && $PGPORT -le 29999 && -S $PGHOST/.s.PGSQL.$PGPORT &&
     ${#PGHOST} -lt 90 && $PROLOTRACK_TEST_PG == "host=$PGHOST port=$PGPORT "* ]]
  result $? "the socket $PGHOST/.s.PGSQL.$PGPORT: port in 20000-29999, PGHOST/PGPORT match" "$PROLOTRACK_TEST_PG"

  got=$(q "$PROLOTRACK_TEST_PG" -c 'select current_user')
  [[ $got == prolotrack_owner ]]
  result $? "psql \"\$PROLOTRACK_TEST_PG\" logs in as prolotrack_owner" "$got"

  got=$(q "$PROLOTRACK_TEST_PG_APP" -c 'select current_user')
  [[ $got == prolotrack_app ]]
  result $? "psql \"\$PROLOTRACK_TEST_PG_APP\" logs in as prolotrack_app" "$got"

  got=$(q "$PROLOTRACK_TEST_PG_ADMIN" -c 'select current_user, current_database()')
  [[ $got == 'postgres|postgres' ]]
  result $? "psql \"\$PROLOTRACK_TEST_PG_ADMIN\" logs in as postgres" "$got"

  got=$(PGPASSFILE=/dev/null q "$PROLOTRACK_TEST_PG" -c 'select 1')
  [[ $? -ne 0 && $got == *password* ]]
  result $? "without the pgpass file, no login (a password is required)" "$got"

  got=$(q "$PROLOTRACK_TEST_PG_ADMIN" -c "select string_agg(rolname || '=' || (rolpassword like 'SCRAM-SHA-256\$%'), ',' order by rolname) from pg_authid where rolname in ('postgres', 'prolotrack_owner', 'prolotrack_app')")
  [[ $got == 'postgres=true,prolotrack_app=true,prolotrack_owner=true' ]]
  result $? "the three passwords are SCRAM-SHA-256 verifiers" "$got"

  got=$(q "$PROLOTRACK_TEST_PG" -c 'show password_encryption')
  [[ $got == scram-sha-256 ]]
  result $? "password_encryption is scram-sha-256" "$got"

  hexport=$(printf ':%04X ' "$PGPORT")
  listening=$(awk -v p="$hexport" 'index($2 " ", p) && $4 == "0A" { print $2 }' /proc/net/tcp /proc/net/tcp6 2>/dev/null | tr '\n' ' ')
  hba=$(q "$PROLOTRACK_TEST_PG_ADMIN" -c "select type, auth_method from pg_hba_file_rules order by line_number" | tr '\n' ' ')
  if [[ -z ${PT_CHECK_TLS:-} ]]; then
    [[ $(tr ' ' '\n' <<<"$hba" | sort -u | tr '\n' ' ') == ' host|reject local|scram-sha-256 ' ]]
    result $? "pg_hba.conf: local scram-sha-256, host reject" "$hba"

    got=$(q "$PROLOTRACK_TEST_PG" -c 'show listen_addresses')
    [[ $? -eq 0 && -z $got ]]
    result $? "listen_addresses is empty" "$got"

    [[ -z $listening ]]
    result $? "nothing listens on TCP port $PGPORT" "$listening"

    [[ -z ${PROLOTRACK_TEST_PG_CA:-} ]]
    result $? "no test CA without --tls" "${PROLOTRACK_TEST_PG_CA:-}"
  else
    [[ $hba == 'hostssl|scram-sha-256 local|scram-sha-256 '*'host|reject '* && $hba != *'host|scram'* ]]
    result $? "--tls: pg_hba.conf: hostssl scram-sha-256 first, local scram-sha-256, other host reject" "$hba"

    got=$(q "$PROLOTRACK_TEST_PG" -c 'show listen_addresses')
    [[ $got == 127.0.0.1 ]]
    result $? "--tls: listen_addresses is 127.0.0.1" "$got"

    # 0100007F is 127.0.0.1 in /proc/net/tcp; nothing on any other address.
    [[ $listening == "0100007F$hexport" ]]
    result $? "--tls: TCP port $PGPORT is open on 127.0.0.1 alone" "$listening"

    # hostaddr: no name lookup (a fresh root may have no /etc/hosts).
    got=$(psql -X -At "host=localhost hostaddr=127.0.0.1 port=$PGPORT dbname=prolotrack_test user=prolotrack_app sslmode=verify-full sslrootcert=$PROLOTRACK_TEST_PG_CA" -c 'select ssl from pg_stat_ssl where pid = pg_backend_pid()' 2>&1)
    [[ $got == t ]]
    result $? "--tls: over TCP to localhost, TLS with a certificate the test CA signed (verify-full)" "$got"

    got=$(psql -X -At "host=localhost hostaddr=127.0.0.1 port=$PGPORT dbname=prolotrack_test user=prolotrack_app sslmode=disable" -c 'select 1' 2>&1)
    [[ $got == *'no encryption'* ]]
    result $? "--tls: over TCP without TLS, refused" "$got"
  fi

  got=$(q "$PROLOTRACK_TEST_PG" -c "select pg_get_userbyid(datdba), pg_encoding_to_char(encoding) from pg_database where datname = 'prolotrack_test'")
  [[ $got == 'prolotrack_owner|UTF8' ]]
  result $? "prolotrack_test is prolotrack_owner's, UTF8" "$got"

  got=$(q "$PROLOTRACK_TEST_PG" -c 'create table public.pt_check (x int); drop table public.pt_check; select 1')
  [[ $got == 1 ]]
  result $? "prolotrack_owner can create a table in public" "$got"

  got=$(q "$PROLOTRACK_TEST_PG_APP" -c 'create table public.pt_check (x int)')
  [[ $? -ne 0 && $got == *"permission denied for schema public"* ]]
  result $? "prolotrack_app cannot create a table in public" "$got"

  got=$(q "$PROLOTRACK_TEST_PG_APP" -c 'select rolcreatedb, rolcreaterole, rolsuper from pg_roles where rolname = current_user')
  [[ $got == 'f|f|f' ]]
  result $? "prolotrack_app has no CREATEDB, CREATEROLE, SUPERUSER" "$got"

  got=$(q "$PROLOTRACK_TEST_PG_APP" -c 'create database pt_check')
  [[ $? -ne 0 && $got == *"permission denied to create database"* ]]
  result $? "prolotrack_app cannot create a database" "$got"

  got=$(q "$PROLOTRACK_TEST_PG" -c 'select rolcreatedb, rolsuper from pg_roles where rolname = current_user')
  [[ $got == 't|f' ]]
  result $? "prolotrack_owner has CREATEDB and is no superuser" "$got"
  exit 0
fi

server=${1:-$here/../build-aux/pg-test-server}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0
ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}
not_ok () {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
  shift
  local line
  for line in "$@"; do
    printf '%s\n' "$line" | sed 's/^/# /'
  done
}
check () {
  local what=$1
  shift
  if "$@"; then ok "$what"; else not_ok "$what"; fi
}

# The wrapped command writes where its server is: "SOCKETDIR POSTMASTER-PID".
# shellcheck disable=SC2016
where='printf "%s %s\n" "$PGHOST" "$(head -n 1 "$PGHOST/../data/postmaster.pid")" > '

# stopped FILE: the server that FILE names is gone, and so is its folder.
# shellcheck disable=SC2317  # called through check
stopped () {
  local socket pid i
  read -r socket pid < "$1" || return 1
  for ((i = 0; i < 50; i++)); do
    if [[ ! -e $socket ]] && ! kill -0 "$pid" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "# $socket or postgres $pid is still there" >&2
  return 1
}

# 1. Under the server, and under one started with --tls.
for tls in '' --tls; do
  inner=$(PT_CHECK_TLS=$tls timeout --foreground -k 10 90 "$server" $tls -- \
            bash "${BASH_SOURCE[0]}" --inner 2>"$tmp/inner.err") || true
  while IFS= read -r line; do
    case $line in
      "PASS "*) ok "${line#PASS }" ;;
      "FAIL "*) not_ok "${line#FAIL }" ;;
    esac
  done <<< "$inner"
  if [[ $inner != *PASS* && $inner != *FAIL* ]]; then
    not_ok "run the checks under $server $tls" "$(cat "$tmp/inner.err")"
  fi
done

# 2. Standard input and output pass through, and only COMMAND's output is on
# standard output.
got=$(echo through | timeout --foreground -k 10 60 "$server" -- cat 2>/dev/null) || true
check "standard input and output pass through, nothing else on stdout" [ "$got" = through ]

# 3. A failing command: its status, and the server stopped.
status=0
timeout --foreground -k 10 60 "$server" -- bash -c "$where'$tmp/failing'; exit 3" 2>/dev/null || status=$?
check "a command's exit status 3 is the wrapper's" [ "$status" -eq 3 ]
check "the server is stopped after a failing command" stopped "$tmp/failing"

# 4. A command killed by a signal.
status=0
timeout --foreground -k 10 60 "$server" -- bash -c "$where'$tmp/killed'; kill -KILL \$\$" 2>/dev/null || status=$?
check "a command killed by SIGKILL: status 137" [ "$status" -eq 137 ]
check "the server is stopped after a command killed by a signal" stopped "$tmp/killed"

# waits_for FILE: until the wrapped command has written FILE.
waits_for () {
  local i
  for ((i = 0; i < 300; i++)); do
    [[ -s $1 ]] && return 0
    sleep 0.1
  done
  return 1
}

# exits PID: waits (30 seconds at most) for the background PID to exit, sets
# status; a wrapper still there then is killed, status 255.
exits () {
  local i
  for ((i = 0; i < 300; i++)); do
    kill -0 "$1" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$1" 2>/dev/null; then
    echo "# $1 still runs after 30 seconds: killed" >&2
    kill -KILL "$1" 2>/dev/null || true
  fi
  status=0
  wait "$1" || status=$?
  return 0
}

# 5. The wrapper gets SIGTERM while the command runs: it passes it on.
"$server" -- bash -c "$where'$tmp/term'; echo \$\$ > '$tmp/term.pid'; exec sleep 60" >/dev/null 2>&1 &
wrapper=$!
if waits_for "$tmp/term.pid"; then
  kill -TERM "$wrapper"
  exits "$wrapper"
  check "the wrapper got SIGTERM: status 143" [ "$status" -eq 143 ]
  check "the wrapper got SIGTERM: its command is gone" bash -c "! kill -0 $(cat "$tmp/term.pid") 2>/dev/null"
  check "the wrapper got SIGTERM: the server is stopped" stopped "$tmp/term"
else
  kill -TERM "$wrapper" 2>/dev/null || true
  exits "$wrapper"
  not_ok "the wrapper's command started (SIGTERM)"
fi

# 6. Ctrl+C: SIGINT to the whole process group, command included. (A
# background command ignores SIGINT unless told otherwise.) The group is the
# wrapper's own session: setsid -w, should it fork, waits for it. The
# command writes its process group, which must not be this script's.
( trap - INT; exec setsid -w "$server" -- bash -c "$where'$tmp/int'; ps -o pgid= -p \$\$ > '$tmp/int.pgid'; exec sleep 60" >/dev/null 2>&1 ) &
wrapper=$!
pgid=
if waits_for "$tmp/int.pgid"; then
  pgid=$(tr -d ' \n' < "$tmp/int.pgid")
fi
if [[ $pgid =~ ^[0-9]+$ && $pgid -gt 1 && $pgid != "$(ps -o pgid= -p $$ | tr -d ' ')" ]]; then
  kill -INT -- "-$pgid"
  exits "$wrapper"
  check "Ctrl+C: status 130" [ "$status" -eq 130 ]
  check "Ctrl+C: the server is stopped" stopped "$tmp/int"
else
  kill -TERM "$wrapper" 2>/dev/null || true
  [[ $pgid =~ ^[0-9]+$ && $pgid -gt 1 ]] && kill -TERM -- "-$pgid" 2>/dev/null
  exits "$wrapper"
  not_ok "the wrapper's command started in a process group of its own (SIGINT)" "pgid ${pgid:-none}"
fi

# 7. SIGKILL leaves no trap: the watchdog stops the server.
"$server" -- bash -c "$where'$tmp/kill'; echo \$\$ > '$tmp/kill.pid'; exec sleep 60" >/dev/null 2>&1 &
wrapper=$!
if waits_for "$tmp/kill.pid"; then
  kill -KILL "$wrapper"
  exits "$wrapper"
  # The orphaned command would keep meson waiting for its output's end.
  kill -TERM "$(cat "$tmp/kill.pid")" 2>/dev/null || true
  sleep 2
  check "the wrapper got SIGKILL: the watchdog stopped the server" stopped "$tmp/kill"
else
  kill -TERM "$wrapper" 2>/dev/null || true
  exits "$wrapper"
  not_ok "the wrapper's command started (SIGKILL)"
fi

# 8. No server: no command, unless --optional.
if [[ $(id -u) -eq 0 ]]; then
  status=0
  PT_PG_USER=pt-no-such-user timeout --foreground -k 10 60 "$server" -- touch "$tmp/ran" 2>"$tmp/no-server.err" || status=$?
  check "no server: the wrapper fails" [ "$status" -ne 0 ]
  check "no server: it says why" grep -q "no user pt-no-such-user" "$tmp/no-server.err"
  check "no server: the command did not run" [ ! -e "$tmp/ran" ]
  status=0
  # shellcheck disable=SC2016
  got=$(PT_PG_USER=pt-no-such-user timeout --foreground -k 10 60 "$server" --optional -- \
          bash -c 'echo "${PROLOTRACK_TEST_PG-unset} ${PGPASSFILE-unset}"; exit 4' 2>/dev/null) || status=$?
  check "no server, --optional: the command runs without the variables, its status" \
    [ "$got $status" = "unset unset 4" ]
else
  for what in "no server: the wrapper fails" "no server: it says why" \
              "no server: the command did not run" "no server, --optional: the command runs"; do
    n=$((n + 1))
    echo "ok $n - $what # SKIP PT_PG_USER is only used as root"
  done
fi

echo "1..$n"
exit "$failed"
