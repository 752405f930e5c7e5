"""Seeds collaborations through the API and measures read latency and API memory.

Writes a Markdown results file with the targets next to what was measured, so a regression shows
in review. Standard library only: the machine has Python 3 but no package index for it.
"""
import concurrent.futures, json, random, statistics, sys, time, urllib.request, platform, os

from benchtoken import token

base, key, total, requests_per_endpoint, api_pid, results_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]

# Targets: a frontend list or detail view must feel instant with ten times the national volume.
TARGET_P95_MS = 100
TARGET_RSS_MB = 400


AUTH = {"Authorization": f"Bearer {token(key)}", "Content-Type": "application/json"}


def call(method: str, path: str, body=None):
    request = urllib.request.Request(base + path, method=method, headers=AUTH,
                                     data=None if body is None else json.dumps(body).encode())
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def municipalities():
    codes, page = [], 1
    while True:
        _, raw = call("GET", f"/api/v1/municipalities?pageSize=100&page={page}")
        data = json.loads(raw)
        codes += [m["code"] for m in data["items"]]
        if page >= data["page"]["totalPages"]:
            return codes
        page += 1


codes = municipalities()
rng = random.Random(42)
kinds = [("publiekrechtelijk", "openbaarLichaam"), ("publiekrechtelijk", "bedrijfsvoeringsorganisatie"),
         ("publiekrechtelijk", "gemeenschappelijkOrgaan"), ("privaatrechtelijk", "stichting")]


def create(i: int):
    kind, instrument = rng.choice(kinds)
    members = rng.sample(codes, rng.randint(2, 6))
    status, _ = call("POST", "/api/v1/collaborations", {
        "name": f"Benchmark samenwerking {i:06d}",
        "participants": [{"municipalityCode": c} for c in members],
        "taskTypes": ["uitvoering"], "taskScope": "een", "tasks": [{"name": "Belastingen", "type": "uitvoering"}],
        "legalForm": {"kind": kind, "instrument": instrument}, "initiative": "vrijwillig",
    })
    assert status == 201, status


started = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    list(pool.map(create, range(total)))
seed_seconds = time.perf_counter() - started

_, raw = call("GET", "/api/v1/collaborations?pageSize=1")
some_id = json.loads(raw)["items"][0]["id"]
# A municipality with many memberships makes the per-municipality queries work hardest; sampling 40 is enough.
busiest = max(codes[:40], key=lambda c: json.loads(call("GET", f"/api/v1/municipalities/{c}/collaborations?pageSize=1")[1])["page"]["totalItems"])

endpoints = {
    "list collaborations, first page of 100, by name": "/api/v1/collaborations?pageSize=100",
    "list collaborations, page 50, by -updatedAt": "/api/v1/collaborations?pageSize=100&page=50&sort=-updatedAt",
    "list collaborations of one municipality": f"/api/v1/collaborations?municipality={busiest}&pageSize=100",
    "list collaborations, name search": "/api/v1/collaborations?q=samenwerking%200012",
    "list collaborations, legal instrument and fusie filter": "/api/v1/collaborations?legalInstrument=stichting&isAmbtelijkeFusie=false",
    "a municipality's register (Wgr art. 27)": f"/api/v1/municipalities/{busiest}/collaborations?legalKind=publiekrechtelijk&pageSize=100",
    "get one collaboration": f"/api/v1/collaborations/{some_id}",
    "readiness checklist": f"/api/v1/collaborations/{some_id}/phases/current/readiness",
}

rows = []
for label, path in endpoints.items():
    for _ in range(10):
        call("GET", path)  # warm-up: JIT and connection pool
    timings = []
    for _ in range(requests_per_endpoint):
        t0 = time.perf_counter()
        status, _ = call("GET", path)
        timings.append((time.perf_counter() - t0) * 1000)
        assert status == 200
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    rows.append((label, statistics.median(timings), p95, timings[-1]))

with open(f"/proc/{api_pid}/status") as status_file:
    rss_mb = next(int(line.split()[1]) for line in status_file if line.startswith("VmRSS")) / 1024

lines = [
    "# Benchmark results",
    "",
    f"Produced by `build/bench/run.sh {total} {requests_per_endpoint}` on {time.strftime('%Y-%m-%d')} "
    f"({platform.machine()}, {os.cpu_count()} cores; API Release build and PostgreSQL on the same machine, sequential requests over loopback).",
    "",
    f"Data: {total} collaborations ({total / 1300:.1f} times the ~1,300 in the Netherlands), 2–6 participants each among the "
    f"{len(codes)} current municipalities; seeded through the API in {seed_seconds:.0f} s "
    f"({total / seed_seconds:.0f} creates/s with 4 clients).",
    "",
    f"Targets: p95 below {TARGET_P95_MS} ms per read; API resident memory below {TARGET_RSS_MB} MB after the run.",
    "",
    "| request | p50 ms | p95 ms | max ms | p95 target met |",
    "|---|---:|---:|---:|---|",
]
lines += [f"| {label} | {p50:.1f} | {p95:.1f} | {worst:.1f} | {'yes' if p95 < TARGET_P95_MS else '**no**'} |" for label, p50, p95, worst in rows]
lines += ["", f"API resident memory: {rss_mb:.0f} MB ({'within' if rss_mb < TARGET_RSS_MB else '**over**'} target).", ""]
with open(results_path, "w") as results:
    results.write("\n".join(lines))
print("\n".join(lines))
sys.exit(0 if all(p95 < TARGET_P95_MS for _, _, p95, _ in rows) and rss_mb < TARGET_RSS_MB else 1)
