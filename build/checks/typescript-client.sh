#!/usr/bin/env bash
# Generates TypeScript types from the committed OpenAPI document with openapi-typescript and type-checks build/ts/src
# (a frontend scenario written with openapi-fetch) with `tsc --noEmit`: a document change that breaks what a frontend
# relies on fails here. Then runs build/ts/src/live against the built API (build/lib/live-api.sh): typed 409 and 403
# refusals, a 412 with the current ETag, a merge patch, keyset paging, an import dry run, a correction, a dissolution
# a herindeling dry run, and a change by a delegated adviser, each a node:test case.
set -euo pipefail
cd "$(dirname "$0")/.."
source lib/npm.sh
source lib/live-api.sh
source lib/node-scenarios.sh

npm_install ts
rm -rf ts/generated ts/live-build
(cd ts && npm run --silent generate >/dev/null && npm run --silent check)
echo "TypeScript scenario type-checks against the generated types."

# CommonJS for Node: the scenario's imports are extensionless, as a bundler takes them.
(cd ts && npx --no-install tsc --project tsconfig.live.json)
echo '{ "type": "commonjs" }' >ts/live-build/package.json
trap live_api_stop EXIT
trap 'exit 130' INT TERM
live_api_start
run_node_scenarios typescript-client ts/live-build/live/scenario.test.js ts/live-build/live/lifecycle.test.js ts/live-build/live/delegation.test.js || { live_api_log >&2; exit 1; }
