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

tmp=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

(cd "$root" && go build -o "$tmp/courtql" .)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$tmp/courtql" serve --db "$tmp/b.db" --seeds "$root/seeds" --addr "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 600); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "browser: server exited" >&2; cat "$tmp/server.log" >&2; exit 1; fi
  sleep 0.5
done

CHROMIUM=$chromium node "$root/e2e/graphiql.test.mjs" "http://127.0.0.1:$port"
