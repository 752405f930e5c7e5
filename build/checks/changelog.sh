#!/usr/bin/env bash
# NL GOV /core/changelog: the version the OpenAPI document declares must have its own section in
# CHANGELOG.md, so bumping info.version (ApiVersion.Full) without writing down what changed fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["info"]["version"])' src/Samenwerking.Api/openapi.json)
if ! grep -Eq "^## \[${version//./\\.}\]( |$)" CHANGELOG.md; then
  echo "CHANGELOG.md has no section '## [$version]' for the version in src/Samenwerking.Api/openapi.json." >&2
  echo "Describe the contract changes of $version there (Keep a Changelog: Added/Changed/Deprecated/Removed/Fixed)." >&2
  exit 1
fi
echo "CHANGELOG.md describes API version $version."
