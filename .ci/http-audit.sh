#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: builds courtql, serves the seeds on a free
# loopback port and runs graphql-http's audits (../shared/tools/http-audit)
# against /query. Fails on any failed MUST audit, SHOULD warning or MAY notice.
# Usage: .ci/http-audit.sh            (SHARED=/path/to/shared to override)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
audit=$shared/tools/http-audit/http-audit
[ -x "$audit" ] || { echo "http-audit: $audit not found" >&2; exit 1; }

tmp=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

(cd "$root" && go build -o "$tmp/courtql" .)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$tmp/courtql" serve --db "$tmp/a.db" --seeds "$root/seeds" --addr "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
pid=$!

# /healthz answers 503 while the seeds load; give it up to 5 minutes.
for _ in $(seq 600); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "http-audit: server exited" >&2; cat "$tmp/server.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { echo "http-audit: server not healthy" >&2; tail -20 "$tmp/server.log" >&2; exit 1; }

# The tool installs graphql-http once into COURTQL_AUDIT_CACHE (default
# ~/.cache/courtql-http-audit) with npm ci, so a clean machine needs only npm.
set +e
"$audit" --verbose "http://127.0.0.1:$port/query" | tee "$tmp/audit.out"
rc=${PIPESTATUS[0]}
set -e
counts=$(grep -E 'SHOULD warnings, [0-9]+ MAY notices' "$tmp/audit.out" || true)
warnings=$(sed -nE 's/.*: ([0-9]+) SHOULD warnings.*/\1/p' <<<"$counts")
notices=$(sed -nE 's/.* ([0-9]+) MAY notices.*/\1/p' <<<"$counts")
if [ "$rc" -ne 0 ] || [ "${warnings:-x}" != 0 ] || [ "${notices:-x}" != 0 ]; then
  echo "http-audit: FAILED (exit $rc, ${warnings:-?} warnings, ${notices:-?} notices)" >&2
  exit 1
fi
echo "http-audit: all audits pass with 0 warnings and 0 notices"
