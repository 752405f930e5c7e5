#!/usr/bin/env bash
# The contract's version says what changed since the newest released contract (docs/adr/0013): compares
# src/Samenwerking.Api/openapi.json with docs/contract/released/openapi-<version>.json using openapi-diff 0.24.1,
# and fails when a breaking change comes without a new major version (unless the old form stays beside the new one,
# deprecated with Deprecation and Sunset headers), an addition without a new minor, or any change without a new
# version. Then proves on fixtures that the check fails and passes where it should.
set -euo pipefail
cd "$(dirname "$0")/.."
source lib/npm.sh

npm_install contract-diff
node contract-diff/check.mjs ../docs/contract/released ../src/Samenwerking.Api/openapi.json
node contract-diff/test-check.mjs
