#!/usr/bin/env bash
# Generates a TypeScript fetch client with orval 7 from the committed OpenAPI document and type-checks a frontend
# scenario written against it (build/orval/src) with `tsc --noEmit`. orval's own warnings about the document, and any
# TypeScript error in what it generated, fail the check. Then runs build/orval/src/live against the built API
# (build/lib/live-api.sh): typed 409 and 403 refusals, a 412 with the current ETag, a merge patch, keyset paging and
# an import dry run, each a node:test case.
set -euo pipefail
cd "$(dirname "$0")/.."
source lib/npm.sh
source lib/live-api.sh
source lib/node-scenarios.sh

npm_install orval
rm -rf orval/generated orval/live-build
log=$(mktemp)
trap 'rm -f "$log"; live_api_stop' EXIT
trap 'exit 130' INT TERM
(cd orval && npm run --silent generate) >"$log" 2>&1 || { cat "$log" >&2; echo "orval could not generate the client" >&2; exit 1; }
if grep -Eiq "warn|error|⚠" "$log"; then
  cat "$log" >&2
  echo "orval reported problems with the contract" >&2
  exit 1
fi
(cd orval && npm run --silent check)
echo "orval client compiles and the TypeScript scenario type-checks against it."

# CommonJS for Node: orval's generated imports are extensionless, as a bundler takes them.
(cd orval && npx --no-install tsc --project tsconfig.live.json)
echo '{ "type": "commonjs" }' >orval/live-build/package.json
live_api_start
run_node_scenarios orval-client orval/live-build/src/live/scenario.test.js || { live_api_log >&2; exit 1; }
