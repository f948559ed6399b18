#!/usr/bin/env bash
# The contract as a partner meets it: Redocly lint (recommended-strict), a TypeScript client generated
# by openapi-generator (typescript-fetch), compiled with tsc --strict, then run against the packaged
# service (a throwaway database and key pair, free ports): one simulation and one contract walk.
#   client/run.sh          (builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
PGHOST=${TEST_DB_HOST:-127.0.0.1}
DB=aam_client_$$
WORK=$(mktemp -d)
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
MANAGEMENT=$(free_port)

[ -d node_modules/@redocly/cli ] && [ -d node_modules/typescript ] || npm ci --no-audit --no-fund --loglevel=error
echo "==> Redocly lint (recommended-strict)"
npx --no-install redocly lint --config redocly.yaml ../openapi.yaml
echo "==> openapi-generator typescript-fetch"
rm -rf generated build
(cd "$ROOT" && ./mvnw -q -B -Ptypescript-client org.openapitools:openapi-generator-maven-plugin:generate@typescript-client > "$WORK/generate.log" 2>&1) \
  || { cat "$WORK/generate.log"; exit 1; }
if grep -q '\[WARNING\]' "$WORK/generate.log"; then grep '\[WARNING\]' "$WORK/generate.log"; fi
echo "==> tsc --strict"
npx --no-install tsc -p tsconfig.json --strict

[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
ISSUER=https://client-walk.invalid
createdb -h "$PGHOST" -U postgres "$DB"
PORT=$PORT MANAGEMENT_PORT=$MANAGEMENT DB_URL="postgresql://$PGHOST:5432/$DB" RATE_LIMIT_ENABLED=false LOG_JSON=false \
  SHUTDOWN_DELAY=0s JWT_PUBLIC_KEY_LOCATION="file:$WORK/public.pem" JWT_ISSUER=$ISSUER \
  java -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  psql -h "$PGHOST" -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$MANAGEMENT/q/health/started" >/dev/null && break
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 0.5
done
echo "==> the generated client against the service"
export TOKEN_KEY="$WORK/private.pem" TOKEN_ISSUER=$ISSUER
BASE_URL="http://127.0.0.1:$PORT" AGENT_TOKEN=$("$ROOT/dev/token" cpam-agent 751) \
  PARTNER_TOKEN=$("$ROOT/dev/token" partner logiciel-walk) PARTNER_ORG=logiciel-walk \
  node build/src/walk.js || { tail -50 "$WORK/service.log"; exit 1; }
