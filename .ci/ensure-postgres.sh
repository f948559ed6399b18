#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on TEST_DB_HOST:TEST_DB_PORT (default 127.0.0.1:5432) and
# accepts the test user without a password from loopback. On a Debian machine without PostgreSQL it
# installs and starts one: the tests need a real database.
set -euo pipefail
host=${TEST_DB_HOST:-127.0.0.1}
port=${TEST_DB_PORT:-5432}
user=${TEST_DB_USER:-postgres}

ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_isready >/dev/null 2>&1; then
  echo "PostgreSQL not installed: installing it from the Debian packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

if ! ready; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "Starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do ready && break; sleep 1; done
fi
ready || { echo "PostgreSQL does not answer on $host:$port" >&2; exit 1; }

if ! psql -h "$host" -p "$port" -U "$user" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
  # A fresh Debian cluster asks for a password on TCP: trust loopback, for this test machine only.
  hba=$(ls /etc/postgresql/*/main/pg_hba.conf | sort -V | tail -n 1)
  echo "Trusting loopback connections in $hba"
  as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  version=$(basename "$(dirname "$(dirname "$hba")")")
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  sleep 1
  psql -h "$host" -p "$port" -U "$user" -d postgres -Atqc 'select 1' >/dev/null
fi
echo "PostgreSQL ready on $host:$port"
