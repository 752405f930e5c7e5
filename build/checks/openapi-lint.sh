#!/usr/bin/env bash
# Lints the committed OpenAPI document with the project's Spectral ruleset (build/spectral/ruleset.yaml:
# spectral:oas recommended plus the NL GOV API Design Rules) and fails on any finding, warnings and
# hints included. Then proves that every rule of our own still fires on a document that breaks it,
# and that the ruleset switches off no recommended rule.
set -euo pipefail
cd "$(dirname "$0")/.."
source lib/npm.sh
export SCARF_ANALYTICS=false

npm_install spectral
spectral/node_modules/.bin/spectral lint --ruleset spectral/ruleset.yaml --fail-severity hint \
  ../src/Samenwerking.Api/openapi.json
node spectral/test-rules.mjs
