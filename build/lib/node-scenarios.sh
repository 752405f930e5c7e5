# run_node_scenarios NAME FILE...: runs node:test scenario files, each result on its own line, and fails when any
# scenario fails or none ran. When build/test.sh sets SAMENWERKING_SCENARIO_RESULTS, it records "passed failed" in
# that folder under NAME, so the run's closing totals count these scenarios beside the .NET tests.
run_node_scenarios() {
  local name=$1 tap status=0 passed failed
  shift
  tap=$(mktemp)
  node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$tap" "$@" \
    || status=$?
  passed=$(awk '/^# pass /{n=$3} END{print n+0}' "$tap")
  failed=$(awk '/^# (fail|cancelled) /{n[$2]=$3} END{print n["fail"]+n["cancelled"]}' "$tap")
  rm -f "$tap"
  # A crash before the summary, or a run with nothing in it, is a failure too.
  if { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; } || { [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; }; then
    failed=1
  fi
  if [ -n "${SAMENWERKING_SCENARIO_RESULTS:-}" ]; then
    mkdir -p "$SAMENWERKING_SCENARIO_RESULTS"
    echo "$passed $failed" >"$SAMENWERKING_SCENARIO_RESULTS/$name"
  fi
  echo "$name: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
