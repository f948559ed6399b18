#!/usr/bin/env bash
# Runs the browser tests: starts the packaged service on a free port against a throwaway database,
# runs e2e/simulator.test.mjs in headless Chromium, stops everything. Screenshots go to e2e/output/.
#   e2e/run.sh          (builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
PGHOST=${TEST_DB_HOST:-127.0.0.1}
DB=aam_e2e_$$
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
MANAGEMENT=$(free_port)
mkdir -p output

command -v chromium >/dev/null && [ -f /usr/lib/chromium/locales/fr.pak ] \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n >/dev/null; }
[ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] || npm ci --no-audit --no-fund --loglevel=error
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)

node --check "$ROOT/src/main/resources/META-INF/resources/simulateur.js"
createdb -h "$PGHOST" -U postgres "$DB"
PORT=$PORT MANAGEMENT_PORT=$MANAGEMENT DB_URL="postgresql://$PGHOST:5432/$DB" RATE_LIMIT_ENABLED=false LOG_JSON=false SHUTDOWN_DELAY=0s \
  java -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > output/service.log 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  psql -h "$PGHOST" -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$MANAGEMENT/q/health/started" >/dev/null && break
  kill -0 "$APP" 2>/dev/null || { cat output/service.log; exit 1; }
  sleep 0.5
done
BASE_URL="http://127.0.0.1:$PORT" npm test
echo "Screenshots: $(pwd)/output"
