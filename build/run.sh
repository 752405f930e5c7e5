#!/usr/bin/env bash
# Starts the API on http://localhost:5080 in Development with demo data.
# Without ConnectionStrings__Samenwerking it runs a local PostgreSQL under .local/postgres
# (kept between runs) and stops it again on Ctrl-C.
# Ports (so two checkouts can run side by side): SAMENWERKING_API_PORT (default 5080) and
# SAMENWERKING_PG_PORT (default 55432); ASPNETCORE_URLS, when set, wins over SAMENWERKING_API_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source build/lib/postgres.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:${SAMENWERKING_API_PORT:-5080}}
base_url=${ASPNETCORE_URLS%%;*}
base_url=${base_url/\/\/+:/\/\/localhost:}
base_url=${base_url/\/\/\*:/\/\/localhost:}
base_url=${base_url/\/\/0.0.0.0:/\/\/localhost:}

started_postgres=false
api_pid=""
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  $started_postgres && pg_stop && echo "Stopped the local PostgreSQL."
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Restoring and building..."
dotnet tool restore >/dev/null
dotnet build src/Samenwerking.Api -c Debug -nologo -v quiet >/dev/null

if [ -z "${ConnectionStrings__Samenwerking:-}" ]; then
  pg_start "$root/.local/postgres" "${SAMENWERKING_PG_PORT:-55432}"
  started_postgres=true
  pg_create_database samenwerking
  export ConnectionStrings__Samenwerking="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=samenwerking"
  echo "Local PostgreSQL on 127.0.0.1:$PG_PORT (data in .local/postgres)."
fi

token=$(dotnet run --project src/Samenwerking.Api --no-build -- --print-dev-token 2>/dev/null | tail -n 1)
municipal_token=$(dotnet run --project src/Samenwerking.Api --no-build -- --print-dev-token --gemeente GM0479 2>/dev/null | tail -n 1)

dotnet run --project src/Samenwerking.Api --no-build --no-launch-profile &
api_pid=$!

for _ in $(seq 1 120); do
  curl -fs "$base_url/health/ready" >/dev/null 2>&1 && break
  kill -0 "$api_pid" 2>/dev/null || { echo "The API stopped during start-up; see the output above." >&2; exit 1; }
  sleep 1
done

# The demo register, imported through the API like any register file; importing it again creates nothing twice.
curl -fs -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: text/csv" \
  --data-binary @build/demo/register-voorbeeld.csv "$base_url/api/v1/imports" \
  || echo "The demo register (build/demo/register-voorbeeld.csv) was not imported." >&2

cat <<INFO

Samenwerking API is running.
  Swagger UI:   $base_url/swagger
  Register:     $base_url/register   (the public register: Dutch web pages, no token needed)
  OpenAPI:      $base_url/api/v1/openapi.json
  Health:       $base_url/health/ready
  Development token, an administrator that may do everything
  (scopes samenwerking.read samenwerking.write samenwerking.admin, valid 7 days):

$token

  A municipal user acting for Zaanstad (gemeente GM0479; read and write, only where Zaanstad takes part):

$municipal_token

  Another municipality: dotnet run --project src/Samenwerking.Api -- --print-dev-token --gemeente GM0363
  An adviser (no gemeente; acts only under delegations granted to its sub, see docs/delegation.md):
    dotnet run --project src/Samenwerking.Api -- --print-dev-token --adviser "sub=adviseur-1,name=Eva Jansen,organisation=Adviesbureau Noord"

  Try: curl -H "Authorization: Bearer \$TOKEN" $base_url/api/v1/municipalities?name=bergen
       curl -H "Authorization: Bearer \$TOKEN" $base_url/api/v1/municipalities/GM0820/register
Press Ctrl-C to stop.
INFO
wait "$api_pid"
