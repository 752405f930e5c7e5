#!/usr/bin/env bash
# Benchmark: the list and read endpoints with the data volume of the whole country and well beyond
# (default 13,000 collaborations: ten times the ~1,300 that exist). Starts its own PostgreSQL and a
# Release build of the API, seeds through the API itself, measures latency percentiles and the API's
# memory, and writes build/bench/results.md. Usage: build/bench/run.sh [collaborations] [requests-per-endpoint]
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/lib/postgres.sh

collaborations=${1:-13000}
requests=${2:-300}
work=$(mktemp -d /tmp/samenwerking-bench.XXXXXX)
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null; pg_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

dotnet build src/Samenwerking.Api -c Release -nologo -v quiet >/dev/null
PG_OPTIONS="-c fsync=off -c synchronous_commit=off" pg_start "$work/pgdata"
pg_create_database samenwerking_bench

port=$(pg_free_port)
key="benchmark-signing-key-0123456789-0123456789"
ASPNETCORE_ENVIRONMENT=Benchmark \
ConnectionStrings__Samenwerking="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=samenwerking_bench" \
Authentication__Issuer=bench Authentication__Audience=samenwerking-api Authentication__SigningKey="$key" \
Database__MigrateOnStartup=true Logging__LogLevel__Default=Warning RateLimiting__Enabled=false \
  dotnet src/Samenwerking.Api/bin/Release/net10.0/Samenwerking.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done

python3 build/bench/bench.py "http://127.0.0.1:$port" "$key" "$collaborations" "$requests" "$api_pid" build/bench/results.md
