#!/usr/bin/env bash
# The README's test command: every test of the solution, then one closing line,
# "N passed, N failed" (skipped tests are counted on the line before it), from a TRX report per test assembly.
# Arguments go on to dotnet test (--filter …, -c Release, …). The exit status is 0 only when
# dotnet test succeeded, no test failed and at least one test ran.
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK (10.0.100 or later) is required: https://dot.net" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet test PrivacyAnalyzers.sln --logger trx --results-directory "$results" "$@"
status=$?

# Each report has <Counters total="53" executed="53" passed="53" failed="0" … notExecuted="2" …>;
# a skipped test is "notExecuted".
count() { cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
skipped=$(count notExecuted)

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or a test host failed before any test could report
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # no test ran: that is a failure, not a pass
fi

echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
