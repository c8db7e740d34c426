# Sourced by the CI steps that need a running server: builds courtql, serves
# the seeds on a free loopback port with a temp database (or $CI_DB) and waits for
# /healthz. Sets root, tmp, port, url; stops the server and cleans up on exit.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tmp=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

(cd "$root" && go build -o "$tmp/courtql" .)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
# CI_DB, when set, is the database to serve from (a PostgreSQL URL).
"$tmp/courtql" serve --db "${CI_DB:-$tmp/ci.db}" --seeds "$root/seeds" --addr "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
pid=$!
# /healthz answers 503 while the seeds load; give it up to 5 minutes.
for _ in $(seq 600); do
  if curl -fsS "$url/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "server exited:" >&2; cat "$tmp/server.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "$url/healthz" >/dev/null || { echo "server not healthy:" >&2; tail -20 "$tmp/server.log" >&2; exit 1; }
