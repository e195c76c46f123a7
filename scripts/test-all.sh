#!/usr/bin/env bash
# Everything CI runs, in order. `npm test` calls this; `.ci/run` calls `npm test`.
# The last line is the plain summary "Tests: N passed, N failed, N skipped"
# over every tier (unit, in-page DOM, real Chromium, real Firefox).
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }
fail=0
run() { "$@" || { echo "FAILED: $*"; fail=1; }; }

results=.output/test-results
rm -rf "$results"; mkdir -p "$results"

step typecheck;       run npx tsc --noEmit
step lint;            run npx eslint .
step "build chrome";  run npx wxt build
step "build firefox"; run npx wxt build -b firefox --mv3
step "zip both";      run bash -c 'npx wxt zip >/dev/null && npx wxt zip -b firefox --mv3 >/dev/null && ls .output/*.zip'
step "web-ext lint";  run npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted --no-config-discovery

step "unit + DOM tests"
run npx vitest run --reporter=default --reporter=json --outputFile="$results/unit.json"

for cfg in vitest.e2e.config.ts vitest.e2e.firefox.config.ts; do
  [ -f "$cfg" ] || continue
  step "browser tests ($cfg)"
  run npx vitest run --config "$cfg" --reporter=default --reporter=json --outputFile="$results/${cfg%.config.ts}.json"
done

node scripts/test-summary.mjs "$results" || fail=1
exit $fail
