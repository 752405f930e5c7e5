# Reports a test run that hangs instead of letting it run into CI's own time limit with nothing to show.
# Source this file; `hang_watch PID MINUTES MARKER` (in the background) waits, and if PID still runs after MINUTES it
# prints, for every test host still alive, the async chains it waits on and its threads' stacks, kills it, and
# creates MARKER so the caller counts the run as failed whatever the runner reports.

hang_report_for() {
  local pid=$1 dump
  echo "== test host $pid ($(tr '\0' ' ' </proc/"$pid"/cmdline 2>/dev/null | cut -c1-200)) still runs"
  dump=$(mktemp -u /tmp/hang-dump.XXXXXX)
  if dotnet dotnet-dump collect -p "$pid" -o "$dump" >/dev/null 2>&1; then
    # Awaited chains name the hung test, fixture or host call even when no thread is blocked.
    dotnet dotnet-dump analyze "$dump" -c "dumpasync --coalesce" -c "exit" 2>&1 | grep -v "^Loading core dump" | head -300
    rm -f "$dump"
  fi
  dotnet dotnet-stack report -p "$pid" 2>&1 | grep -E "Samenwerking|Hosting|TestHost|Xunit\.v3\.[A-Za-z]*Runner|^Thread" | head -200
}

hang_watch() {
  local pid=$1 minutes=$2 marker=$3 host
  sleep $(( minutes * 60 )) & wait $!
  kill -0 "$pid" 2>/dev/null || return 0
  touch "$marker"
  echo "test.sh: the tests still run after $minutes minutes; reporting what they wait on, then stopping them" >&2
  local hosts
  hosts=$(pgrep -f "/tests/[^/]*/bin/.*\.Tests(\.dll)?( |$)")
  [ -n "$hosts" ] || echo "test.sh: no test host is left; the runner itself waits" >&2
  for host in $hosts; do
    hang_report_for "$host" >&2
    # Not SIGTERM: the in-process APIs would take it as a request to stop, and a hung host may not end on it.
    kill -KILL "$host" 2>/dev/null
  done
  sleep 10
  kill -KILL "$pid" 2>/dev/null
}
