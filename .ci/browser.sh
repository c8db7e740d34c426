#!/usr/bin/env bash
# GraphiQL in a real browser: builds courtql, serves the seeds on a free
# loopback port, and runs e2e/graphiql.test.mjs in headless Chromium (Debian's
# chromium driven by playwright-core), which runs a query in the page and saves
# e2e/out/graphiql.png. Installs what is missing: chromium (apt) and e2e's npm
# packages (npm ci).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
  echo "browser: installing chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d "$root/e2e/node_modules/playwright-core" ] || [ "$root/e2e/package-lock.json" -nt "$root/e2e/node_modules/.package-lock.json" ]; then
  (cd "$root/e2e" && npm ci --no-audit --no-fund --silent)
fi

source "$(dirname "$0")/serve.sh"
CHROMIUM=$chromium node "$root/e2e/graphiql.test.mjs" "$url"
