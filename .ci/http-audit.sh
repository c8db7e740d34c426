#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: builds courtql, serves the seeds on a free
# loopback port and runs graphql-http's audits (../shared/tools/http-audit)
# against /query. Fails on any failed MUST audit, SHOULD warning or MAY notice.
# Usage: .ci/http-audit.sh            (SHARED=/path/to/shared to override)
set -euo pipefail
shared=${SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
audit=$shared/tools/http-audit/http-audit
[ -x "$audit" ] || { echo "http-audit: $audit not found" >&2; exit 1; }

source "$(dirname "$0")/serve.sh"

# The tool installs graphql-http once into COURTQL_AUDIT_CACHE (default
# ~/.cache/courtql-http-audit) with npm ci, so a clean machine needs only npm.
set +e
"$audit" --verbose "$url/query" | tee "$tmp/audit.out"
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
