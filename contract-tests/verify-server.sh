#!/usr/bin/env bash
# Runs the contract suite against a running server over HTTP: every operation's documented examples,
# its documented errors (401, 404 across tenants and modes, 409, 400 naming the member), its paging,
# and the cases generated from the specs' schemas, each object read back. Usage:
#
#   contract-tests/verify-server.sh BASE_URL
#
# Environment:
#   FLEX_KEYS, FLOWGLAD_KEYS  three keys each, comma-separated: a test key of a tenant, a test key of
#                             another tenant, a live key of the first (default: the README's demo keys)
#   FLEX_URL, FLOWGLAD_URL    an API served elsewhere than BASE_URL
#   APIS                      the APIs to verify (default: flex,flowglad)
#   REPORT_DIR                JUnit XML, failures.txt and contract-coverage/ (default: contract-tests/target/verify-server)
# Every object the suite creates has a code starting PCV; it changes only objects it created.
# Exits 0 when every case passed, 1 when any failed (each printed with its request and answer).
set -euo pipefail
if [[ $# -ne 1 || $1 == -* ]]; then
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
report_dir=$(mkdir -p "${REPORT_DIR:-$root/contract-tests/target/verify-server}" && cd "${REPORT_DIR:-$root/contract-tests/target/verify-server}" && pwd)
rm -rf "$report_dir"/TEST-*.xml "$report_dir/failures.txt" "$report_dir/failsafe-summary.xml"

cd "$root"
./mvnw -B -q -Pverify-server -pl contract-tests -am verify -DskipTests \
    -Dcontract.server.url="$1" -Dverify.reportDir="$report_dir"

summary=$report_dir/failsafe-summary.xml
[[ -f $summary ]] || { echo "verify-server: the suite did not run (no $summary)" >&2; exit 1; }
count() { sed -n "s:.*<$1>\([0-9]*\)</$1>.*:\1:p" "$summary"; }
cases=$(cat "$report_dir"/TEST-*.xml | grep -o '<testcase ' | wc -l)
failed=$(( $(count failures) + $(count errors) ))
if [[ -s $report_dir/failures.txt ]]; then
    cat "$report_dir/failures.txt"
elif (( failed > 0 )); then
    # A failure before any case ran (the server unreachable, say) is only in the JUnit XML.
    grep -h -A 12 -E '<(failure|error)[ >]' "$report_dir"/TEST-*.xml | head -n 60
fi
echo "verify-server: $cases cases against $1, $failed failed; JUnit XML in $report_dir, contract coverage in $report_dir/contract-coverage/coverage.md"
(( failed == 0 && cases > 0 ))
