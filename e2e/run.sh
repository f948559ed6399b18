#!/usr/bin/env bash
# Runs the browser tests: starts the packaged service with dev/serve (free ports, a throwaway
# database), runs the tests of e2e/ in headless Chromium, stops everything. Screenshots go to e2e/output/.
#   e2e/run.sh          (builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
mkdir -p output

command -v chromium >/dev/null && [ -f /usr/lib/chromium/locales/fr.pak ] \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n >/dev/null; }
[ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] || npm ci --no-audit --no-fund --loglevel=error

node --check "$ROOT/src/main/resources/META-INF/resources/simulateur.js"
"$ROOT/dev/serve" --db "aam_e2e_$$" --log output/service.log --probe started SHUTDOWN_DELAY=0s -- npm test
echo "Screenshots: $(pwd)/output"
