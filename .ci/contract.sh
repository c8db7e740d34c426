#!/usr/bin/env bash
# Builds the server, serves the seeds on a free loopback port and checks its
# schema against ../shared/api/contract.graphql.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
go build -o "$tmp/courtql" .
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$tmp/courtql" serve --db "$tmp/c.db" --seeds seeds --addr "127.0.0.1:$port" >"$tmp/log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
out=$(../shared/tools/contract-check "http://127.0.0.1:$port/query")
echo "$out" | tail -3
echo "$out" | tail -1 | grep -Eq 'contract ([0-9]+)/\1 present'
