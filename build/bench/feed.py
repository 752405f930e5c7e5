"""Measures the change feed: 100 events from random cursors, with a million events stored.

Standard library only. Writes a Markdown results file with the target next to what was measured.
"""
import json, os, platform, statistics, sys, time, urllib.request

from benchtoken import token

base, key, cursors_path, stored, seed_seconds, results_path = sys.argv[1:7]
TARGET_P99_MS = 20
LIMIT = 100


AUTH = {"Authorization": f"Bearer {token(key, 'samenwerking.read')}"}


def read(query: str) -> tuple[float, int]:
    request = urllib.request.Request(f"{base}/api/v1/events?{query}", headers=AUTH)
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, len(json.loads(body)["events"])


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


cursors = [line.strip() for line in open(cursors_path) if line.strip()]
for cursor in cursors[:50]:          # warm-up: JIT, connection pool, buffer cache
    read(f"after={cursor}&limit={LIMIT}")

scenarios = {
    "random cursor": [f"after={c}&limit={LIMIT}" for c in cursors],
    "random cursor, municipalityCode=GM0489": [f"after={c}&limit={LIMIT}&municipalityCode=GM0489" for c in cursors],
}
rows = []
for name, queries in scenarios.items():
    timings, counts = [], []
    for query in queries:
        elapsed, count = read(query)
        timings.append(elapsed)
        counts.append(count)
    rows.append((name, len(timings), statistics.mean(counts), percentile(timings, 50), percentile(timings, 95), percentile(timings, 99)))

main_p99 = rows[0][5]
with open(results_path, "w") as out:
    out.write("# Change feed benchmark\n\n")
    out.write(f"`build/bench/feed.sh` on {platform.machine()} with {platform.python_version()} as client, "
              f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Sequential requests over HTTP on 127.0.0.1, "
              "after a warm-up of 50 requests; PostgreSQL with fsync off.\n\n")
    out.write(f"- events stored: {int(stored):,} (seeded with SQL in 1,000 transactions in {seed_seconds} s)\n")
    out.write(f"- target: {LIMIT} events in under {TARGET_P99_MS} ms p99 — "
              f"**{'met' if main_p99 < TARGET_P99_MS else 'NOT met'}** ({main_p99:.1f} ms)\n\n")
    out.write("| scenario | requests | events per response | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n")
    for name, n, mean_count, p50, p95, p99 in rows:
        out.write(f"| {name} | {n} | {mean_count:.0f} | {p50:.1f} | {p95:.1f} | {p99:.1f} |\n")
    load = os.getloadavg()
    out.write(f"\nLoad average during the run: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1/5/15 min) on "
              f"{os.cpu_count()} CPUs. Latency over HTTP on a shared machine includes waiting for a CPU; the database's "
              "own part is the plan below.\n\n")
    out.write("```\n" + open(os.environ["FEED_PLAN"]).read().strip() + "\n```\n")
print(open(results_path).read())
