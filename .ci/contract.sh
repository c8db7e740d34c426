#!/usr/bin/env bash
# Serves the seeds and checks the schema against ../shared/api/contract.graphql.
set -euo pipefail
source "$(dirname "$0")/serve.sh"
out=$("$root/../shared/tools/contract-check" "$url/query")
echo "$out" | tail -3
echo "$out" | tail -1 | grep -Eq 'contract ([0-9]+)/\1 present'
