#!/usr/bin/env bash
# Runs every check and every test project, and ends with `tests: N passed, N failed`.
# Integration tests need PostgreSQL: with SAMENWERKING_TEST_POSTGRES set they use that server;
# otherwise Testcontainers when a Docker engine answers; otherwise a throwaway local server started here.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source build/lib/postgres.sh
source build/lib/hang-report.sh

work=$(mktemp -d /tmp/samenwerking-tests.XXXXXX)
cleanup() {
  # The test run goes on in the background (see hang_watch below); it must not outlive this script.
  [ -n "${tests_pid:-}" ] && pkill -KILL -P "$tests_pid" 2>/dev/null && kill -KILL "$tests_pid" 2>/dev/null
  [ -n "${watch_pid:-}" ] && pkill -P "$watch_pid" 2>/dev/null
  pg_stop; rm -rf "$work"
}
trap cleanup EXIT INT TERM

fail() { echo "test.sh: $*" >&2; echo "tests: 0 passed, 1 failed"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The public register's browser tests drive Debian's chromium (Playwright's own browser download cannot be reached).
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium for the browser tests"
  [ "$(id -u)" -eq 0 ] || fail "/usr/bin/chromium is missing and only root can install it: apt-get install -y chromium"
  { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null \
    || fail "could not install chromium (apt-get install -y chromium); the browser tests need /usr/bin/chromium"
fi
dotnet tool restore >/dev/null || fail "dotnet tool restore failed"
dotnet build Samenwerking.Api.sln -c Release -nologo -v quiet || fail "build failed"

echo "== EF Core model matches the committed migrations"
dotnet ef migrations has-pending-model-changes --no-build --configuration Release \
  --project src/Samenwerking.Infrastructure --startup-project src/Samenwerking.Infrastructure \
  || fail "the EF Core model has changes without a migration: dotnet ef migrations add <Name> --project src/Samenwerking.Infrastructure --output-dir Persistence/Migrations"

if [ -z "${SAMENWERKING_TEST_POSTGRES:-}" ]; then
  if docker info >/dev/null 2>&1; then
    echo "== Docker answers: the integration tests start PostgreSQL with Testcontainers"
  else
    echo "== No Docker engine: starting a throwaway PostgreSQL"
    PG_OPTIONS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off" pg_start "$work/pgdata" \
      || fail "could not start PostgreSQL"
    export SAMENWERKING_TEST_POSTGRES="$PG_CONNECTION"
  fi
fi

# After PostgreSQL: the client checks drive the built API on a database of their own on that server, and record
# their scenarios' counts in $SAMENWERKING_SCENARIO_RESULTS for the totals below.
export SAMENWERKING_SCENARIO_RESULTS="$work/scenarios"
for check in build/checks/*.sh; do
  [ -e "$check" ] || continue
  echo "== $(basename "$check")"
  bash "$check" || fail "$(basename "$check") failed"
done

results="$work/results"
mkdir -p "$results"
# A hung test must fail the run with what it waits on, well inside CI's 90 minutes, not silently use them up:
# xunit names tests running over three minutes, and after TEST_HANG_MINUTES the hosts' waits are printed.
dotnet test --solution Samenwerking.Api.sln -c Release --no-build --report-xunit-trx --results-directory "$results" \
  --long-running 180 >"$work/test-output.txt" 2>&1 &
tests_pid=$!
tail -n +1 -f --pid="$tests_pid" "$work/test-output.txt" &
echo_pid=$!
hang_watch "$tests_pid" "${TEST_HANG_MINUTES:-30}" "$work/hung" &
watch_pid=$!
wait "$tests_pid"
status=$?
pkill -P "$watch_pid" 2>/dev/null; kill "$watch_pid" 2>/dev/null
wait "$echo_pid"

# Count from the runner's result files; cross-check with the runner's own closing summary, which also
# counts an assembly that crashed before writing a result file. When they disagree, the summary wins.
read -r passed failed skipped < <(python3 - "$results" "$work/test-output.txt" <<'PY'
import glob, re, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
output = open(sys.argv[2], encoding="utf-8", errors="replace").read()
summary = output[output.rfind("Test run summary"):] if "Test run summary" in output else ""
def number(name):
    match = re.search(rf"^\s*{name}: (\d+)\s*$", summary, re.MULTILINE)
    return int(match.group(1)) if match else 0
runner = (number("succeeded"), number("failed") + number("error"), number("skipped"))
if summary and runner != (passed, failed, skipped):
    print(f"test.sh: result files say {passed}/{failed}/{skipped} (passed/failed/skipped), the runner {runner[0]}/{runner[1]}/{runner[2]}; using the runner's", file=sys.stderr)
    passed, failed, skipped = runner
print(passed, failed, skipped)
PY
)
if [ "${passed:-0}" -eq 0 ] && [ "${failed:-0}" -eq 0 ]; then
  failed=1
fi
if [ -e "$work/hung" ]; then
  failed=$(( ${failed:-0} + 1 ))  # the hung host's tests never reported
fi
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then
  failed=1  # the runner failed without a result file saying why (crash, missing database)
fi

for counts in "$SAMENWERKING_SCENARIO_RESULTS"/*; do
  [ -e "$counts" ] || continue
  read -r scenarios_passed scenarios_failed <"$counts"
  passed=$(( ${passed:-0} + scenarios_passed )) failed=$(( ${failed:-0} + scenarios_failed ))
done

# The register's screenshots (1280 and 375 px per page type) outlive the throwaway results directory.
if [ -d "$results/register-screenshots" ]; then
  rm -rf .local/register-screenshots && mkdir -p .local && cp -r "$results/register-screenshots" .local/register-screenshots \
    && echo "Screenshots of the public register: .local/register-screenshots"
fi

summary="tests: $passed passed, $failed failed"
[ "${skipped:-0}" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
