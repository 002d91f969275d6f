#!/bin/sh
# Usage: scripts/with-postgres.sh <command> [args…]
#
# Runs <command> with TEST_POSTGRES_URL pointing at a throwaway PostgreSQL cluster, so the integration
# tests run on PostgreSQL as well as SQLite. The cluster lives in a temp dir, listens only on
# 127.0.0.1:${WITH_POSTGRES_PORT:-55432} (socket in the temp dir, never in /var/run), and is stopped and
# deleted when the command ends, whatever its outcome; a busy default port moves it to the next free
# one. The command's exit code is preserved.
# If TEST_POSTGRES_URL is already set, the command runs against that database instead.
# POSIX sh on purpose: it runs under `sh` (dash) and `bash` alike.
set -eu

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args…]" >&2
  exit 2
fi

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  exec "$@"
fi

port="${WITH_POSTGRES_PORT:-55432}"
role=conduct_desk_test
password=conduct_desk_test
database=conduct_desk_test

# Debian keeps the server binaries out of PATH; take the newest installed major, else whatever PATH has.
bindir=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    bindir="$dir"
    break
  fi
done
if [ -z "$bindir" ]; then
  if command -v initdb >/dev/null 2>&1; then
    bindir="$(dirname "$(command -v initdb)")"
  else
    echo "with-postgres: no PostgreSQL server binaries (initdb) found. Install them with:" >&2
    echo "  sudo apt-get install -y postgresql" >&2
    exit 1
  fi
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/conduct-desk-pg.XXXXXX")"

# initdb refuses to run as root: run the cluster as the postgres user when we are root.
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root but there is no 'postgres' user to own the cluster" >&2
    rm -rf "$tmp"
    exit 1
  fi
  chown postgres: "$tmp"
  as_owner() { (cd "$tmp" && runuser -u postgres -- "$@"); }
else
  as_owner() { (cd "$tmp" && "$@"); }
fi

started=0
cleanup() {
  rc=$?
  trap - EXIT INT TERM
  if [ "$started" -eq 1 ]; then
    as_owner "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Local socket: trust (only the owner can reach the 0700 temp dir). TCP: password, like a real deployment.
as_owner "$bindir/initdb" -D "$tmp/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$tmp/initdb.log" 2>&1 || {
  cat "$tmp/initdb.log" >&2
  exit 1
}

# Durability settings off: this database is thrown away, and tests create one database per file.
# If the port is taken (another run on the same machine) and WITH_POSTGRES_PORT was not given, the
# next ports are tried: TEST_POSTGRES_URL carries the port, so callers never need to know it.
attempts=1
[ -n "${WITH_POSTGRES_PORT:-}" ] || attempts=20
while :; do
  started=1
  if as_owner "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >"$tmp/pg_ctl.out" 2>&1; then
    break
  fi
  started=0
  attempts=$((attempts - 1))
  if [ "$attempts" -gt 0 ] && grep -q "could not bind\|could not create any TCP/IP sockets\|lock file .* already exists" "$tmp/server.log"; then
    port=$((port + 1))
    : >"$tmp/server.log"
    continue
  fi
  echo "with-postgres: the server did not start on 127.0.0.1:$port; its log:" >&2
  cat "$tmp/pg_ctl.out" "$tmp/server.log" >&2
  exit 1
done

# SUPERUSER because the tests create (and drop) one database per test file.
as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p "$port" -U postgres -d postgres \
  -c "CREATE ROLE $role LOGIN SUPERUSER PASSWORD '$password'" \
  -c "CREATE DATABASE $database OWNER $role" >/dev/null

TEST_POSTGRES_URL="postgres://$role:$password@127.0.0.1:$port/$database"
export TEST_POSTGRES_URL
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (TEST_POSTGRES_URL is set)"

set +e
"$@"
rc=$?
set -e
exit "$rc"
