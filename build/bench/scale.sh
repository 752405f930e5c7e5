#!/usr/bin/env bash
# The API beside the raw yardstick (build/bench/raw: plain Npgsql, prepared statements, one batch per request, the
# same JSON byte for byte), at the design scale and at five times it (issue 26). One command:
#   build/bench/scale.sh [collaborations=20000] [seconds-per-run=20] [connections=16] [larger-scale=100000]
# For each scale: starts its own PostgreSQL (with pg_stat_statements, to count statements per request), a Release
# build of the API and of the raw endpoint, seeds with set-based SQL (build/bench/scale-seed.sql), checks that both
# answer the same bytes, then measures each request with wrk (installed from Debian when missing and root), API and
# raw one after the other, and writes the table into docs/performance.md. Set SCALE_LARGER=0 to run one scale only.
# Rate limiting is off (the limiter is not what is measured); the raw endpoint has no authentication.
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/lib/postgres.sh

collaborations=${1:-20000}
seconds=${2:-20}
connections=${3:-16}
larger=${4:-${SCALE_LARGER:-100000}}
# p99 targets of every list and search page (and the public register's municipality page): under 50 ms at the design
# scale, under 250 ms at five times it.
list_target_ms=${SCALE_LIST_TARGET_MS:-$([ "$collaborations" -le 20000 ] && echo 50 || echo 250)}
threads=2
# Each request warms up before it is measured, API and raw alike: .NET compiles hot code again, optimised, only after
# it ran a while (tiered compilation), and the API has far more of it than the raw endpoint; with 3 s the API was
# measured half-compiled, at a third of its steady throughput (docs/performance.md).
warm_up=${SCALE_WARM_UP:-20}
# Before anything of the benchmark's own runs: at the end the load average mostly counts the benchmark itself.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=${SCALE_RESULTS:-docs/performance.md}
work=$(mktemp -d /tmp/samenwerking-scale.XXXXXX)
chmod 755 "$work"
api_pid="" raw_pid=""
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null
  [ -n "$raw_pid" ] && kill "$raw_pid" 2>/dev/null
  pg_stop; rm -rf "$work"
}
trap cleanup EXIT INT TERM

if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || { echo "wrk is missing: install Debian's 'wrk' package" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

echo "== building the API and the raw endpoint (Release)"
dotnet build src/Samenwerking.Api -c Release -nologo -v quiet >/dev/null
dotnet build build/bench/raw -c Release -nologo -v quiet >/dev/null

PG_OPTIONS="-c fsync=off -c synchronous_commit=off -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top" \
  pg_start "$work/pgdata"
pg_create_database samenwerking_scale
psql_bench() { pg_as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samenwerking_scale -v ON_ERROR_STOP=1 -qtA "$@"; }
# Both endpoints size their pool as the README advises: twice the cores PostgreSQL has, plus one. Here it shares them
# with the endpoint and wrk and has about half, so one more than there are cores. The 16 clients then wait in the pool,
# first come first served, instead of in PostgreSQL's scheduler, where a longer statement is taken off its core halfway:
# with two connections per core the search's p99 was 55-65 ms, with this 31 ms, at the same throughput.
pool=${SCALE_POOL:-$(( $(nproc) + 1 ))}
connection="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=samenwerking_scale;Maximum Pool Size=$pool"

port=$(pg_free_port)
key="benchmark-signing-key-0123456789-0123456789"
# The API runs with the GC settings its image sets (the Dockerfile's DOTNET_GC... variables), as it runs in production.
runtime_settings=$(sed -n 's/^.*\(DOTNET_GC[A-Za-z0-9]*=[^ \\]*\).*$/\1/p' Dockerfile)
env $runtime_settings ASPNETCORE_ENVIRONMENT=Benchmark ConnectionStrings__Samenwerking="$connection" \
Authentication__Issuer=bench Authentication__Audience=samenwerking-api Authentication__SigningKey="$key" \
Database__MigrateOnStartup=true Logging__LogLevel__Default=Warning RateLimiting__Enabled=false \
  dotnet src/Samenwerking.Api/bin/Release/net10.0/Samenwerking.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$work/api.log"; echo "the API did not start" >&2; exit 1; }

echo "== seeding $collaborations collaborations with SQL"
seed_start=$(date +%s.%N)
psql_bench -v rows="$collaborations" <build/bench/scale-seed.sql >/dev/null
seed_seconds=$(echo "$(date +%s.%N) - $seed_start" | bc)
participations=$(psql_bench -c "select count(*) from participants")
# A separate vacuum once the seed has committed: it sets the visibility map, so counts read indexes alone (as
# autovacuum leaves a settled database).
psql_bench -c "vacuum analyze" >/dev/null
psql_bench -c "create extension if not exists pg_stat_statements" >/dev/null
read -r busiest busiest_count < <(psql_bench -F ' ' -c \
  "select municipality_code, count(*) from participants where left_on is null group by 1 order by 2 desc limit 1")
psql_bench -c "select id from collaborations order by random() limit 2000" >"$work/ids.txt"
psql_bench -c "select code from municipalities where valid_to is null order by code" >"$work/codes.txt"
chmod 644 "$work"/*.txt

raw_port=$(pg_free_port)
RAW_CONNECTION="$connection" ASPNETCORE_URLS="http://127.0.0.1:$raw_port" \
  dotnet build/bench/raw/bin/Release/net10.0/RawEndpoint.dll >"$work/raw.log" 2>&1 &
raw_pid=$!
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$raw_port/raw/collaborations/$(head -1 "$work/ids.txt")" && break; sleep 1; done

token=$(python3 build/bench/benchtoken.py "$key")
api="http://127.0.0.1:$port"
raw="http://127.0.0.1:$raw_port"

# A yardstick that answers other bytes measures something else: stop before measuring when any body differs.
same_bytes() {
  curl -fs -H "Authorization: Bearer $token" "$api/api/v1$1" >"$work/api.json"
  curl -fs "$raw/raw$1" >"$work/raw.json"
  cmp -s "$work/api.json" "$work/raw.json" || {
    echo "the API and the raw endpoint answer $1 differently (< API, > raw):" >&2
    diff <(python3 -m json.tool "$work/api.json") <(python3 -m json.tool "$work/raw.json") | head -n 20 >&2
    exit 1
  }
}
search_term="omgevingsdienst kust"
search_query="q=omgevingsdienst%20kust&pageSize=100"
filter_query="phase=implementatie&legalInstrument=openbaarLichaam&pageSize=100"
# Get by id for a hundred collaborations and for one whose participant's name is not plain ASCII ("Súdwest-Fryslân"):
# one id alone once matched while names with accents did not.
for id in $(head -100 "$work/ids.txt") $(psql_bench -c "select p.collaboration_id from participants p
    join municipalities m on m.code = p.municipality_code where m.name !~ '^[ -~]*$' limit 1"); do
  same_bytes "/collaborations/$id"
done
same_bytes "/municipalities/$busiest/collaborations?pageSize=100"
same_bytes "/collaborations?$search_query"
same_bytes "/collaborations?$filter_query"
same_bytes "/collaborations?pageSize=100"

# run LABEL TARGET(api|raw) URL [lua-script]: a warm-up, then the measured run; appends "label target rps p50 p99 statements errors".
run() {
  local label=$1 target=$2 url=$3 script=${4:-} args=()
  # SCALE_ROWS (a grep -E pattern on the label) measures only the rows it names, for a quick look at one of them.
  [ -n "${SCALE_ROWS:-}" ] && ! grep -qE "$SCALE_ROWS" <<<"$label" && return 0
  # BENCH_ANONYMOUS=1: as a member of the public, without a token (the register's pages).
  [ "$target" = api ] && [ -z "${BENCH_ANONYMOUS:-}" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$script" ] && args+=(-s "build/bench/wrk/$script")
  export BENCH_IDS="$work/ids.txt" BENCH_CODES="$work/codes.txt"
  BENCH_RUN="$target-warm-up-$RANDOM" wrk -t "$threads" -c "$connections" -d "${RUN_WARM_UP:-$warm_up}s" "${args[@]}" "$url" >/dev/null
  psql_bench -c "select pg_stat_statements_reset()" >/dev/null
  local log_lines_before
  log_lines_before=$(wc -l <"$work/api.log")
  BENCH_RUN="$target-$RANDOM" wrk -t "$threads" -c "$connections" -d "${seconds}s" --latency "${args[@]}" "$url" >"$work/wrk.txt"
  local statements
  statements=$(psql_bench -c "select coalesce(sum(calls), 0) from pg_stat_statements
    where query not like '%webhook_subscriptions%' and query not like '%pg_stat_statements%' and query <> 'DISCARD ALL'")
  python3 - "$label" "$target" "$statements" "$work/wrk.txt" >>"$work/rows.txt" <<'PY'
import re, sys
label, target, statements, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
text = open(path).read()
def ms(value, unit): return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
lat = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
requests = int(re.search(r"(\d+) requests in", text).group(1))
errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", text))
errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
print(f"{label}\t{target}\t{rps:.0f}\t{lat['50']:.1f}\t{lat['99']:.1f}\t{statements / max(requests, 1):.2f}\t{errors}")
PY
  tail -1 "$work/rows.txt"
  # A run with errors says which: an error is a finding, not noise.
  if [ "$(tail -1 "$work/rows.txt" | cut -f7)" != 0 ]; then
    grep -E "Non-2xx|Socket errors" "$work/wrk.txt" >&2
  fi
  # And what the API logged meanwhile (warnings and up), errors or not: a retried read answers without one, but late.
  if [ "$(wc -l <"$work/api.log")" -gt "$log_lines_before" ]; then
    echo "== the API logged while '$label' ($target) was measured:" >&2
    tail -n +"$((log_lines_before + 1))" "$work/api.log" | head -n 40 >&2
  fi
}

rss_peak() { awk '/VmHWM/ {print int($2/1024)}' "/proc/$1/status"; }

# A ratio row is measured in two rounds, API and raw alternating, and each side's rounds are averaged: the shared
# machine's speed drifts within a minute (the yardstick's get by id once measured 10,631 and, a minute later at the
# larger scale, 8,748 requests a second), and alternating cancels the drift instead of charging it to one side.
ratio_rounds() {
  local label=$1 prefix_api=$2 prefix_raw=$3 script=$4 warm
  for warm in "$warm_up" 5; do
    BENCH_PREFIX=$prefix_api RUN_WARM_UP=$warm run "$label" api "$api" "$script"
    BENCH_PREFIX=$prefix_raw RUN_WARM_UP=$warm run "$label" raw "$raw" "$script"
  done
}

echo "== measuring: $threads threads, $connections connections, ${seconds} s per run"
: >"$work/rows.txt"
ratio_rounds "get a collaboration by id" /api/v1/collaborations/ /raw/collaborations/ get-by-id.lua
run "100 of the busiest municipality's collaborations, by name" api "$api/api/v1/municipalities/$busiest/collaborations?pageSize=100"
run "100 of the busiest municipality's collaborations, by name" raw "$raw/raw/municipalities/$busiest/collaborations?pageSize=100"
run "name search (q=\"$search_term\"), 100 by name" api "$api/api/v1/collaborations?$search_query"
run "name search (q=\"$search_term\"), 100 by name" raw "$raw/raw/collaborations?$search_query"
run "filtered list (implementatie, openbaar lichaam), 100 by name" api "$api/api/v1/collaborations?$filter_query"
run "filtered list (implementatie, openbaar lichaam), 100 by name" raw "$raw/raw/collaborations?$filter_query"
run "all collaborations, first 100 by name" api "$api/api/v1/collaborations?pageSize=100"
run "all collaborations, first 100 by name" raw "$raw/raw/collaborations?pageSize=100"
# The public register's page of the busiest municipality (HTML, no token): no raw counterpart renders HTML.
BENCH_ANONYMOUS=1 run "public register page of the busiest municipality" api "$api/register/gemeenten/$busiest"
# The creates come last: each adds tens of thousands of collaborations, and the lists are measured at the seeded scale.
ratio_rounds "create a collaboration (3 participants)" /api/v1/collaborations /raw/collaborations create.lua
api_rss=$(rss_peak "$api_pid")
raw_rss=$(rss_peak "$raw_pid")

status=0
python3 - "$work/rows.txt" "$results" <<PY || status=$?
import re, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
rounds = {}
for label, target, rps, p50, p99, statements, errors in rows:
    rounds.setdefault(label, {}).setdefault(target, []).append(
        dict(rps=float(rps), p50=float(p50), p99=float(p99), statements=float(statements), errors=int(errors)))
# A request measured in several rounds: the mean throughput, p50 and statements, the worst p99, every error.
def combined(runs):
    mean = lambda key: sum(run[key] for run in runs) / len(runs)
    return dict(rps=mean("rps"), p50=mean("p50"), p99=max(run["p99"] for run in runs), statements=mean("statements"),
                errors=sum(run["errors"] for run in runs))
by = {label: {target: combined(runs) for target, runs in targets.items()} for label, targets in rounds.items()}
ratio_targets = {"get a collaboration by id", "create a collaboration (3 participants)"}
lines = [
    f"### {$collaborations:,} collaborations",
    "",
    "Measured by \`build/bench/scale.sh\` on $(date -u +%Y-%m-%d) ($(uname -m), $(nproc) cores, load average before the run: "
    "$load_before, at its end: $(cut -d' ' -f1-3 /proc/loadavg)): $participations participations, seeded in "
    "$(printf '%.0f' "$seed_seconds") s; the busiest municipality, $busiest, takes part in $busiest_count. Pools of $pool "
    "connections; the API with its image's runtime settings (${runtime_settings:-none}); wrk with $threads threads and "
    "$connections connections, ${seconds} s per run after a ${warm_up} s warm-up; get by id and create in two rounds, API "
    "and raw alternating (the second after a 5 s warm-up), averaged. "
    "Targets: get by id and create at least 0.6 of the raw endpoint's throughput; every list and search page p99 under "
    "$list_target_ms ms; API memory under 250 MB.",
    "",
    "| request | API req/s | raw req/s | ratio | API p50 / p99 ms | raw p50 / p99 ms | statements per request, API / raw | target met |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
]
ok = True
for label, t in by.items():
    # A row without a raw counterpart (the register's HTML page) is judged by its p99 alone.
    a, r = t["api"], t.get("raw")
    ratio = a["rps"] / r["rps"] if r and r["rps"] else 0
    met = ratio >= 0.6 if label in ratio_targets else a["p99"] < $list_target_ms
    met = met and a["errors"] == 0 and (r is None or r["errors"] == 0)
    ok &= met
    errors = "" if a["errors"] == 0 and (r is None or r["errors"] == 0) else f" ({a['errors']} / {r['errors'] if r else 0} errors)"
    raw_rps, raw_ratio = (f"{r['rps']:,.0f}", f"{ratio:.2f}") if r else ("–", "–")
    raw_latency, raw_statements = (f"{r['p50']:.1f} / {r['p99']:.1f}", f"{r['statements']:.1f}") if r else ("–", "–")
    lines.append(f"| {label} | {a['rps']:,.0f} | {raw_rps} | {raw_ratio} | {a['p50']:.1f} / {a['p99']:.1f} | "
                 f"{raw_latency} | {a['statements']:.1f} / {raw_statements} | {'yes' if met else '**no**'}{errors} |")
lines += ["", f"Peak resident memory (VmHWM): API $api_rss MB ({'within' if $api_rss < 250 else '**over**'} the 250 MB target), raw endpoint $raw_rss MB."]
ok &= $api_rss < 250
section = "\n".join(lines)
print(section)
# The table replaces this scale's section of the results file, between its markers, or is added at the end.
path, begin, end = sys.argv[2], "<!-- scale:$collaborations -->", "<!-- /scale:$collaborations -->"
text = open(path).read() if __import__("os").path.exists(path) else ""
block = f"{begin}\n{section}\n{end}"
text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S) if begin in text else text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w").write(text)
sys.exit(0 if ok else 1)
PY

if [ "$larger" -gt "$collaborations" ]; then
  # One scale at a time on the machine: this one's servers stop before the next starts.
  cleanup; trap - EXIT INT TERM
  SCALE_LIST_TARGET_MS= "$0" "$larger" "$seconds" "$connections" 0 || status=1
fi
exit "$status"
