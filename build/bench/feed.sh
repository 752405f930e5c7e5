#!/usr/bin/env bash
# Change-feed benchmark: seeds a million events with SQL (in 1,000 transactions, as real writes come),
# then measures GET /api/v1/events?after=…&limit=100 from random positions through the API.
# Target: p99 below 20 ms. Writes build/bench/feed-results.md.
# Usage: build/bench/feed.sh [events] [requests]
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/lib/postgres.sh

events=${1:-1000000}
requests=${2:-1000}
work=$(mktemp -d /tmp/samenwerking-feed-bench.XXXXXX)
chmod 755 "$work"
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null; pg_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

dotnet build src/Samenwerking.Api -c Release -nologo -v quiet >/dev/null
PG_OPTIONS="-c fsync=off -c synchronous_commit=off" pg_start "$work/pgdata"
pg_create_database samenwerking_feed_bench
psql_bench() { pg_as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samenwerking_feed_bench -v ON_ERROR_STOP=1 -qtA "$@"; }

port=$(pg_free_port)
key="benchmark-signing-key-0123456789-0123456789"
ASPNETCORE_ENVIRONMENT=Benchmark \
ConnectionStrings__Samenwerking="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=samenwerking_feed_bench" \
Authentication__Issuer=bench Authentication__Audience=samenwerking-api Authentication__SigningKey="$key" \
Database__MigrateOnStartup=true Logging__LogLevel__Default=Warning RateLimiting__Enabled=false Webhooks__DispatcherEnabled=false \
  dotnet src/Samenwerking.Api/bin/Release/net10.0/Samenwerking.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done

batches=1000
per_batch=$(( events / batches ))
echo "Seeding $events events in $batches transactions..." >&2
seed_start=$(date +%s)
psql_bench -c "
DO \$\$
DECLARE codes text[] := ARRAY['GM0363','GM0489','GM0597','GM0599','GM0613','GM0518','GM0344','GM0014'];
BEGIN
  FOR batch IN 1..$batches LOOP
    INSERT INTO change_events (id, type, subject, time, resource_path, municipality_codes, actor_subject, data)
    SELECT gen_random_uuid(), 'nl.samenwerking.collaboration.participant-joined', s.subject, now(),
           '/collaborations/' || s.subject, ARRAY[codes[1 + i % 8], codes[1 + (i + 3) % 8]], 'bench',
           jsonb_build_object('collaborationId', s.subject, 'phase', 'verkenning', 'municipalityCode', codes[1 + i % 8],
                              'municipalityCodes', jsonb_build_array(codes[1 + i % 8], codes[1 + (i + 3) % 8]))
    FROM generate_series(1, $per_batch) AS i, LATERAL (SELECT gen_random_uuid() AS subject) s;
    COMMIT;
  END LOOP;
END \$\$;"
psql_bench -c "VACUUM ANALYZE change_events;"
seed_seconds=$(( $(date +%s) - seed_start ))
stored=$(psql_bench -c "SELECT count(*) FROM change_events")
# Random starting positions, as cursors of the feed ("transaction-sequence").
psql_bench -c "SELECT transaction_id || '-' || sequence FROM change_events TABLESAMPLE SYSTEM (1) ORDER BY random() LIMIT $requests" >"$work/cursors.txt"

# The database's part, from a cursor in the middle of the feed: an index scan that starts at the cursor.
middle=$(sed -n "$(( (requests + 1) / 2 ))p" "$work/cursors.txt")
psql_bench -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
  SELECT * FROM change_events
  WHERE (transaction_id, sequence) > (${middle%-*}, ${middle#*-})
    AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
  ORDER BY transaction_id, sequence LIMIT 100" >"$work/plan.txt"
export FEED_PLAN="$work/plan.txt"

python3 build/bench/feed.py "http://127.0.0.1:$port" "$key" "$work/cursors.txt" "$stored" "$seed_seconds" build/bench/feed-results.md
