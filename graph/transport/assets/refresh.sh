#!/usr/bin/env bash
# Refreshes GraphiQL's embedded assets (graph/transport/assets/PKG@VERSION/FILE.gz)
# from the npm packages e2e/package.json pins, so the explorer needs no CDN.
# Run it after changing graphiql/react versions in e2e/package.json (and
# `npm install` there), then commit the result:
#
#   bash graph/transport/assets/refresh.sh
#
# Files are stored gzipped (gzip -9n: no name or time, so the same input gives
# the same bytes) without their sourceMappingURL comments (the maps are not
# shipped). Needs npm only when e2e/node_modules is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
nm="$root/e2e/node_modules"
if [ ! -d "$nm/graphiql" ] || [ ! -d "$nm/react" ] || [ ! -d "$nm/react-dom" ]; then
  (cd "$root/e2e" && npm ci --no-audit --no-fund --silent)
fi

version() { node -p "require('$nm/$1/package.json').version"; }

rm -rf "$here"/*@*/
put() { # put PKG FILE: PKG@VERSION/basename(FILE).gz
  local pkg=$1 file=$2 v dst
  v=$(version "$pkg")
  dst="$here/$pkg@$v/$(basename "$file").gz"
  mkdir -p "$(dirname "$dst")"
  sed -E -e 's@^//# sourceMappingURL=.*$@@' -e 's@/\*# sourceMappingURL=[^*]*\*/@@' "$nm/$pkg/$file" | gzip -9n >"$dst"
  echo "$pkg@$v/$(basename "$file") $(wc -c <"$dst") bytes gzipped"
}
put graphiql graphiql.min.js
put graphiql graphiql.min.css
put react umd/react.production.min.js
put react-dom umd/react-dom.production.min.js
