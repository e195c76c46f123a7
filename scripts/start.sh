#!/usr/bin/env bash
# npm start: everything from a fresh checkout to Sourcelight running on the
# bundled demo article (the seed page) served from 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules/wxt ] || npm ci --no-audit --no-fund
npx wxt build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open."
  echo "Here is the demo article's report from the CLI instead:"
  echo
  npx tsx cli/report.ts tests/fixtures/pages/seed.html \
    --url "http://127.0.0.1/demo/seed.html" --format markdown
  exit 0
fi

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; else
    echo "Chromium is not installed: sudo apt-get install chromium"; exit 1; fi
fi
exec npx tsx scripts/demo.ts
