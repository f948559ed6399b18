#!/usr/bin/env bash
# The contract as a partner meets it: Redocly lint (recommended-strict), a TypeScript client generated
# by openapi-generator (typescript-fetch), compiled with tsc --strict, then run against the packaged
# service (dev/serve: a throwaway database, free ports; a throwaway key pair): one simulation and one
# contract walk.
#   client/run.sh          (builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

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

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
ISSUER=https://client-walk.invalid
echo "==> the generated client against the service"
export TOKEN_KEY="$WORK/private.pem" TOKEN_ISSUER=$ISSUER
AGENT_TOKEN=$("$ROOT/dev/token" cpam-agent 751) PARTNER_TOKEN=$("$ROOT/dev/token" partner logiciel-walk)
export AGENT_TOKEN PARTNER_TOKEN PARTNER_ORG=logiciel-walk
"$ROOT/dev/serve" --db "aam_client_$$" --log "$WORK/service.log" --probe started SHUTDOWN_DELAY=0s \
  JWT_PUBLIC_KEY_LOCATION="file:$WORK/public.pem" JWT_ISSUER=$ISSUER -- node build/src/walk.js
