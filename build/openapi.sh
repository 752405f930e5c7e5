#!/usr/bin/env bash
# Regenerates the committed OpenAPI document, src/Samenwerking.Api/openapi.json, from the code.
# Run it after changing an endpoint or a DTO, and commit the result: the drift test
# (tests/Samenwerking.Api.Tests/Contract/OpenApiDocumentTests.cs) fails until you do.
# Needs no database: the Swashbuckle CLI builds the app's services without starting it.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build src/Samenwerking.Api -c Release -nologo -v quiet >"$log" 2>&1 || { cat "$log" >&2; echo "openapi.sh: the API does not build" >&2; exit 1; }

# Program.cs refuses to build its services without a connection string and token settings. These
# placeholders satisfy that check only: nothing connects and no token is ever issued or accepted.
export ConnectionStrings__Samenwerking="Host=localhost;Database=openapi-generation"
export Authentication__Issuer="openapi-generation"
export Authentication__Audience="samenwerking-api"
export Authentication__SigningKey="openapi-generation-placeholder-key-not-a-secret"
export ASPNETCORE_ENVIRONMENT=Production

dotnet swagger tofile --openapiversion 3.0 --output src/Samenwerking.Api/openapi.json \
  src/Samenwerking.Api/bin/Release/net10.0/Samenwerking.Api.dll v1 >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
# The CLI ends the file without a newline; .editorconfig wants one.
[ -z "$(tail -c 1 src/Samenwerking.Api/openapi.json)" ] || echo >> src/Samenwerking.Api/openapi.json
echo "Wrote src/Samenwerking.Api/openapi.json"
