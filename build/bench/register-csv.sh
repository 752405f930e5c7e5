#!/usr/bin/env bash
# Benchmark of the register CSV: exports 100,000 collaborations (seeded with SQL) as one streamed CSV and
# imports 10,000 rows in one request, watching the API's resident memory while it works. Starts its own
# PostgreSQL and a Release build of the API; writes build/bench/register-csv-results.md.
# Usage: build/bench/register-csv.sh [export-rows] [import-rows] [dry-run-rows]
# Targets: export of 100,000 rows under 5 s with flat memory; import of 10,000 rows under 30 s; a dry run of
# 100,000 rows with flat memory (the import reads its file as a stream, 500 rows at a time).
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/lib/postgres.sh

export_rows=${1:-100000}
import_rows=${2:-10000}
dry_rows=${3:-100000}
work=$(mktemp -d /tmp/samenwerking-csv-bench.XXXXXX)
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null; pg_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

dotnet build src/Samenwerking.Api -c Release -nologo -v quiet >/dev/null
PG_OPTIONS="-c fsync=off -c synchronous_commit=off" pg_start "$work/pgdata"
pg_create_database samenwerking_csv
connection="host=127.0.0.1 port=$PG_PORT user=postgres dbname=samenwerking_csv"

port=$(pg_free_port)
key="benchmark-signing-key-0123456789-0123456789"
ASPNETCORE_ENVIRONMENT=Benchmark \
ConnectionStrings__Samenwerking="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=samenwerking_csv" \
Authentication__Issuer=bench Authentication__Audience=samenwerking-api Authentication__SigningKey="$key" \
Database__MigrateOnStartup=true Logging__LogLevel__Default=Warning RateLimiting__Enabled=false \
Limits__MaxFileUploadBytes=134217728 \
  dotnet src/Samenwerking.Api/bin/Release/net10.0/Samenwerking.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done

# Seeded straight into the tables (the API's own create path is measured by run.sh): openbare lichamen in
# doorontwikkeling with a complete register entry, three participants each, names with commas and quotes.
seed_start=$(date +%s.%N)
psql "$connection" -q -v ON_ERROR_STOP=1 -v rows="$export_rows" <<'SQL'
insert into collaborations (id, name, name_for_search, description, phase, task_types, task_scope, governance_level, novelty,
  multiplicity, structure, legal_kind, legal_instrument, initiative, tasks, created_at, updated_at, registered_in_phase,
  first_recorded_phase_started_on, operating_since, evaluation_interval_years, next_evaluation_due, register, active_participant_count)
select gen_random_uuid(), 'Regeling ' || n || ', "fictief" ë', 'regeling ' || n || ', "fictief" e', null, 'Doorontwikkeling',
  array['Bedrijfsvoering'], 'Alle', 'Strategisch', 'Nieuw', 'Een', 'Centraal', 'Publiekrechtelijk', 'OpenbaarLichaam', 'Vrijwillig',
  '[]', now(), now(), 'Doorontwikkeling', date '2015-01-01', date '2015-01-01', 4, date '2019-01-01',
  jsonb_build_object('citationTitle', 'GR ' || n, 'purpose', 'Samen uitvoeren, onder meer taak ' || n || '.', 'inForceSince', '2015-01-01',
    'powers', jsonb_build_array(jsonb_build_object('description', 'Heffen van belastingen', 'transfer', 'Delegatie')),
    'seat', jsonb_build_object('address', 'Voorbeeldstraat ' || n, 'place', 'Voorbeeldstad'),
    'publicationUrl', 'https://lokaleregelgeving.overheid.nl/CVDR' || n), 3
from generate_series(1, :rows) as n;
insert into participants (id, collaboration_id, municipality_code, joined_on, role)
select gen_random_uuid(), c.id, m.code, date '2015-01-01', 'Deelnemer'
from collaborations c
cross join lateral (select code from municipalities where valid_to is null order by code offset (abs(hashtext(c.id::text)) % 300) limit 3) m;
SQL
# As autovacuum leaves a settled database: hint bits and the visibility map set, so the export reads what a real
# register holds rather than paying once for the bulk insert.
psql "$connection" -q -v ON_ERROR_STOP=1 -c "vacuum analyze"
seed_seconds=$(echo "$(date +%s.%N) - $seed_start" | bc)

token=$(python3 build/bench/benchtoken.py "$key")

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$api_pid/status"; }
# CPU seconds used so far by the API, and by the PostgreSQL backends serving the benchmark's database (the API keeps its
# connections open; autovacuum and the checkpointer are left out): less sensitive to other load on the machine than the
# wall-clock times, so runs on a busy machine can still be compared.
ticks=$(getconf CLK_TCK)
api_cpu() { awk -v t="$ticks" '{printf "%.2f", ($14+$15)/t}' "/proc/$api_pid/stat"; }
pg_cpu() {
  local total=0 backend
  for backend in $(pgrep -P "$(head -1 "$work/pgdata/postmaster.pid")" -f "samenwerking_csv"); do
    total=$((total + $(awk '{print $14+$15}' "/proc/$backend/stat" 2>/dev/null || echo 0)))
  done
  echo "scale=2; $total / $ticks" | bc
}
# Samples the API's resident memory every 100 ms while a command runs; prints "peak-MB".
watch_memory() {
  local peak=0 value
  "$@" &
  local job=$!
  while kill -0 "$job" 2>/dev/null; do value=$(rss); [ "$value" -gt "$peak" ] && peak=$value; sleep 0.1; done
  wait "$job"
  echo "$peak"
}

# A warm-up export of a small register, so the measurement is not of JIT compilation.
curl -fs -H "Authorization: Bearer $token" -H "Accept: text/csv" "http://127.0.0.1:$port/api/v1/municipalities/GM0363/collaborations" >/dev/null
rss_before=$(rss)
load_at_export=$(cut -d' ' -f1 /proc/loadavg)
api_cpu_start=$(api_cpu); pg_cpu_start=$(pg_cpu)
export_start=$(date +%s.%N)
export_peak=$(watch_memory curl -fs -H "Authorization: Bearer $token" -H "Accept: text/csv" -o "$work/export.csv" \
  "http://127.0.0.1:$port/api/v1/collaborations")
export_seconds=$(echo "$(date +%s.%N) - $export_start" | bc)
api_cpu_first=$(echo "$(api_cpu) - $api_cpu_start" | bc); pg_cpu_first=$(echo "$(pg_cpu) - $pg_cpu_start" | bc)
exported=$(( $(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))))" "$work/export.csv") - 1 ))
export_bytes=$(stat -c %s "$work/export.csv")
api_cpu_start=$(api_cpu); pg_cpu_start=$(pg_cpu)
second_start=$(date +%s.%N)
second_peak=$(watch_memory curl -fs -H "Authorization: Bearer $token" -H "Accept: text/csv" -o /dev/null "http://127.0.0.1:$port/api/v1/collaborations")
second_seconds=$(echo "$(date +%s.%N) - $second_start" | bc)
api_cpu_second=$(echo "$(api_cpu) - $api_cpu_start" | bc); pg_cpu_second=$(echo "$(pg_cpu) - $pg_cpu_start" | bc)

# The import and the dry run: rows shaped like the export, new names, among current municipalities.
make_import() {
python3 - "$1" "$2" "$work/export.csv" "$3" <<'PY'
import csv, sys
path, rows, exported, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
with open(exported, newline="", encoding="utf-8") as source:
    reader = csv.DictReader(source)
    template = next(reader)
    columns = reader.fieldnames
with open(path, "w", newline="", encoding="utf-8") as target:
    writer = csv.DictWriter(target, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for n in range(rows):
        row = dict(template, id="", deelnemerNamen="", naam=f"{prefix} regeling {n}, fictief", citeertitel=f"GR {prefix} {n}")
        writer.writerow(row)
PY
}
make_import "$work/dry-run.csv" "$dry_rows" Gecontroleerde
dry_bytes=$(stat -c %s "$work/dry-run.csv")
rss_before_dry=$(rss)
dry_start=$(date +%s.%N)
dry_peak=$(watch_memory curl -fs -o "$work/dry-run-report.json" -H "Authorization: Bearer $token" -H "Content-Type: text/csv" \
  --data-binary "@$work/dry-run.csv" "http://127.0.0.1:$port/api/v1/imports?dryRun=true")
dry_seconds=$(echo "$(date +%s.%N) - $dry_start" | bc)
dry_checked=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['registered'])" "$work/dry-run-report.json")

make_import "$work/import.csv" "$import_rows" Geimporteerde
import_start=$(date +%s.%N)
import_peak=$(watch_memory curl -fs -o "$work/import-report.json" -H "Authorization: Bearer $token" -H "Content-Type: text/csv" \
  --data-binary "@$work/import.csv" "http://127.0.0.1:$port/api/v1/imports")
import_seconds=$(echo "$(date +%s.%N) - $import_start" | bc)
registered=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['registered'])" "$work/import-report.json")
rss_after=$(rss)

verdict() { if [ "$(echo "$1 < $2" | bc)" = 1 ]; then echo yes; else echo no; fi; }
cat > build/bench/register-csv-results.md <<MD
# Register CSV benchmark

Produced by \`build/bench/register-csv.sh $export_rows $import_rows\` on $(date -u +%Y-%m-%d) ($(uname -m), $(nproc) cores; API Release
build and PostgreSQL on the same machine, over loopback; load average $load_at_export when the export started). Seeded with SQL in $(printf '%.1f' "$seed_seconds") s: $export_rows openbare
lichamen with a complete register entry and three participants each.

| measurement | result | target | met |
|---|---:|---:|---|
| export of all collaborations as CSV ($exported rows, $(( export_bytes / 1024 / 1024 )) MB) | $(printf '%.2f' "$export_seconds") s | < 5 s | $(verdict "$export_seconds" 5) |
| the same export again | $(printf '%.2f' "$second_seconds") s | < 5 s | $(verdict "$second_seconds" 5) |
| CPU used by the API during the export / the second export | $api_cpu_first s / $api_cpu_second s | | |
| CPU used by PostgreSQL's backends during the export / the second export | $pg_cpu_first s / $pg_cpu_second s | | |
| API resident memory before the export | $rss_before MB | | |
| peak resident memory during the export / the second export | $export_peak MB / $second_peak MB | flat | $( [ $(( export_peak - rss_before )) -lt 100 ] && echo yes || echo no ) |
| dry run of $dry_rows rows ($(( dry_bytes / 1024 / 1024 )) MB), $dry_checked would be registered | $(printf '%.2f' "$dry_seconds") s | | |
| resident memory before the dry run / peak during it | $rss_before_dry MB / $dry_peak MB | flat | $( [ $(( dry_peak - rss_before_dry )) -lt 100 ] && echo yes || echo no ) |
| import of $import_rows rows in one request (one transaction), $registered registered | $(printf '%.2f' "$import_seconds") s | < 30 s | $(verdict "$import_seconds" 30) |
| peak resident memory during the import | $import_peak MB | | |
| API resident memory at the end | $rss_after MB | | |

The machine has $(nproc) cores, shared by the API, PostgreSQL and curl: the export's time is at least the larger of the
two CPU figures, and close to their sum when something else runs at the same time.

"Flat" means the export does not hold the register in memory: the peak stays within 100 MB of the memory before it,
while the file itself is $(( export_bytes / 1024 / 1024 )) MB. The import reads its file as it arrives and checks it 500
rows at a time; without a dry run it saves each batch in one transaction that commits when the whole file is clean, so
neither holds the file or its collaborations in memory (the same 100 MB margin).
MD
cat build/bench/register-csv-results.md
