# Starts the built API for a check that drives it over HTTP, and stops it again. Source this file; it defines
# live_api_start and live_api_stop. live_api_start sets (and exports) SAMENWERKING_LIVE_URL and development tokens:
#   SAMENWERKING_LIVE_ADMIN_TOKEN     an administrator (every scope)
#   SAMENWERKING_LIVE_MUNICIPAL_TOKEN a municipal user acting for SAMENWERKING_LIVE_MUNICIPALITY (GM0489)
#   SAMENWERKING_LIVE_OUTSIDER_TOKEN  one acting for SAMENWERKING_LIVE_OUTSIDER_MUNICIPALITY (GM0363)
# The API is the Release build (built here when missing or older than its sources) in the Testing environment, on a
# free loopback port, against a database of its own created for this run on the server SAMENWERKING_TEST_POSTGRES
# names (build/test.sh sets it); without it, on a throwaway PostgreSQL started here. live_api_stop stops the API,
# drops the database and stops what it started: call it from an EXIT trap.

live_api_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$live_api_root/build/lib/postgres.sh"

live_api_pid=""
live_api_work=""
live_api_database=""
live_api_server=""

# live_api_value CONNECTION KEY...: the first of these keys an Npgsql connection string has (case-insensitive), else empty.
live_api_value() {
  local connection=$1 key value
  shift
  for key in "$@"; do
    value=$(tr ';' '\n' <<<"$connection" | awk -F= -v key="$key" 'tolower($1) == tolower(key) { sub(/^[^=]*=/, ""); print; exit }')
    [ -n "$value" ] && { echo "$value"; return 0; }
  done
  return 0
}

# live_api_psql CONNECTION SQL: runs one statement on the server's postgres database.
live_api_psql() {
  local psql="psql"
  [ -n "${PG_BIN:-}" ] && psql="$PG_BIN/psql"
  command -v "$psql" >/dev/null 2>&1 || psql="$(pg_find_bin)/psql"
  local port
  port=$(live_api_value "$1" Port)
  PGPASSWORD=$(live_api_value "$1" Password) "$psql" -X -q -v ON_ERROR_STOP=1 -h "$(live_api_value "$1" Host Server)" \
    -p "${port:-5432}" -U "$(live_api_value "$1" Username "User ID" UserName User)" -d postgres -c "$2"
}

live_api_dll() {
  local dll="$live_api_root/src/Samenwerking.Api/bin/Release/net10.0/Samenwerking.Api.dll"
  # A stale build would test yesterday's API: build when any source is newer than the binary.
  if [ ! -f "$dll" ] || [ -n "$(find "$live_api_root/src" -newer "$dll" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.resx' \) -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]; then
    echo "Building the API (Release)..." >&2
    dotnet build "$live_api_root/src/Samenwerking.Api" -c Release -nologo -v quiet >&2 || return 1
  fi
  echo "$dll"
}

# live_api_token DLL [--gemeente CODE]: a development token from the API binary itself, signed with this run's key.
live_api_token() {
  local dll=$1
  shift
  # Empty on failure (the caller says so): a bare failure would end a `set -e` check without a word.
  (cd "$(dirname "$dll")" && dotnet "$dll" --print-dev-token "$@" 2>/dev/null | tail -n 1) || true
}

live_api_start() {
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  local dll
  dll=$(live_api_dll) || { echo "live API: the build failed" >&2; return 1; }
  live_api_work=$(mktemp -d /tmp/samenwerking-live.XXXXXX)

  live_api_server=${SAMENWERKING_TEST_POSTGRES:-}
  if [ -z "$live_api_server" ]; then
    PG_OPTIONS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off" pg_start "$live_api_work/pgdata" || return 1
    live_api_server=$PG_CONNECTION
  fi

  live_api_database="samenwerking_live_$(date +%s)_$$"
  live_api_psql "$live_api_server" "CREATE DATABASE $live_api_database" || { echo "live API: could not create a database" >&2; return 1; }

  local port
  port=$(pg_free_port)
  export ASPNETCORE_ENVIRONMENT=Testing
  export ASPNETCORE_URLS="http://127.0.0.1:$port"
  ConnectionStrings__Samenwerking="$(tr ';' '\n' <<<"$live_api_server" | grep -v '^$' | grep -iv '^database=' | paste -sd ';');Database=$live_api_database"
  export ConnectionStrings__Samenwerking
  export Authentication__Issuer=samenwerking-live Authentication__Audience=samenwerking-api
  Authentication__SigningKey=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  export Authentication__SigningKey
  export Database__MigrateOnStartup=false RateLimiting__Enabled=false Logging__LogLevel__Default=Warning

  # GM0489 is the municipality build/orval/src/scenario.ts starts its collaborations with.
  export SAMENWERKING_LIVE_MUNICIPALITY=GM0489 SAMENWERKING_LIVE_OUTSIDER_MUNICIPALITY=GM0363
  SAMENWERKING_LIVE_ADMIN_TOKEN=$(live_api_token "$dll")
  SAMENWERKING_LIVE_MUNICIPAL_TOKEN=$(live_api_token "$dll" --gemeente "$SAMENWERKING_LIVE_MUNICIPALITY")
  SAMENWERKING_LIVE_OUTSIDER_TOKEN=$(live_api_token "$dll" --gemeente "$SAMENWERKING_LIVE_OUTSIDER_MUNICIPALITY")
  # An adviser of a bureau: no gemeente, acts only under delegations to this subject.
  export SAMENWERKING_LIVE_ADVISER_SUBJECT=live-adviser
  SAMENWERKING_LIVE_ADVISER_TOKEN=$(live_api_token "$dll" --adviser "sub=$SAMENWERKING_LIVE_ADVISER_SUBJECT,name=Eva Jansen,organisation=Adviesbureau Noord")
  if [ -z "$SAMENWERKING_LIVE_ADMIN_TOKEN" ] || [ -z "$SAMENWERKING_LIVE_MUNICIPAL_TOKEN" ] || [ -z "$SAMENWERKING_LIVE_OUTSIDER_TOKEN" ] \
    || [ -z "$SAMENWERKING_LIVE_ADVISER_TOKEN" ]; then
    echo "live API: could not mint development tokens (dotnet $dll --print-dev-token)" >&2
    return 1
  fi
  export SAMENWERKING_LIVE_ADMIN_TOKEN SAMENWERKING_LIVE_MUNICIPAL_TOKEN SAMENWERKING_LIVE_OUTSIDER_TOKEN SAMENWERKING_LIVE_ADVISER_TOKEN

  # Migrated as production is (--migrate, then serve); from its own folder, as deployed: the content root
  # (appsettings.json) is the working directory.
  (cd "$(dirname "$dll")" && dotnet "$dll" --migrate) >"$live_api_work/migrate.log" 2>&1 \
    || { echo "live API: migrating the database failed:" >&2; tail -n 40 "$live_api_work/migrate.log" >&2; return 1; }
  (cd "$(dirname "$dll")" && exec dotnet "$dll") >"$live_api_work/api.log" 2>&1 &
  live_api_pid=$!
  export SAMENWERKING_LIVE_URL="http://127.0.0.1:$port"
  local _
  for _ in $(seq 1 180); do
    curl -fs "$SAMENWERKING_LIVE_URL/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$live_api_pid" 2>/dev/null || break
    sleep 1
  done
  echo "live API: not ready on $SAMENWERKING_LIVE_URL; its output:" >&2
  tail -n 40 "$live_api_work/api.log" >&2
  return 1
}

# live_api_log: the API's output so far, for a failing scenario's report.
live_api_log() {
  [ -n "$live_api_work" ] && [ -f "$live_api_work/api.log" ] && tail -n 40 "$live_api_work/api.log"
  return 0
}

live_api_stop() {
  if [ -n "$live_api_pid" ]; then
    kill "$live_api_pid" 2>/dev/null && wait "$live_api_pid" 2>/dev/null
    live_api_pid=""
  fi
  if [ -n "$live_api_database" ]; then
    live_api_psql "$live_api_server" "DROP DATABASE IF EXISTS $live_api_database WITH (FORCE)" >/dev/null 2>&1
    live_api_database=""
  fi
  pg_stop
  [ -n "$live_api_work" ] && rm -rf "$live_api_work"
  live_api_work=""
  return 0
}
