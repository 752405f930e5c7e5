#!/usr/bin/env bash
# Generates a TypeScript fetch client with orval 7 from the committed OpenAPI document and type-checks a frontend
# scenario written against it (build/orval/src) with `tsc --noEmit`. orval's own warnings about the document, and any
# TypeScript error in what it generated, fail the check.
set -euo pipefail
cd "$(dirname "$0")/.."
source lib/npm.sh

npm_install orval
rm -rf orval/generated
log=$(mktemp)
trap 'rm -f "$log"' EXIT
(cd orval && npm run --silent generate) >"$log" 2>&1 || { cat "$log" >&2; echo "orval could not generate the client" >&2; exit 1; }
if grep -Eiq "warn|error|⚠" "$log"; then
  cat "$log" >&2
  echo "orval reported problems with the contract" >&2
  exit 1
fi
(cd orval && npm run --silent check)
echo "orval client compiles and the TypeScript scenario type-checks against it."
