#!/usr/bin/env bash
# Generates TypeScript types from the committed OpenAPI document with openapi-typescript and
# type-checks build/ts/src (a frontend scenario written with openapi-fetch) with `tsc --noEmit`.
# A document change that breaks what a frontend relies on fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
source lib/npm.sh

npm_install ts
rm -rf ts/generated
(cd ts && npm run --silent generate >/dev/null && npm run --silent check)
echo "TypeScript scenario type-checks against the generated types."
