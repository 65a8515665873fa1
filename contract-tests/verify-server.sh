#!/usr/bin/env bash
# Runs the contract suite against a running server: the verifier (contract-tests/target/promo-verify,
# which ./mvnw package builds), built first when it is missing. Usage:
#
#   contract-tests/verify-server.sh BASE_URL [promo-verify options]
#
# Environment:
#   FLEX_KEYS, FLOWGLAD_KEYS  three keys each, comma-separated: a test key of a tenant, a test key of
#                             another tenant, a live key of the first (default: the README's demo keys)
#   FLEX_URL, FLOWGLAD_URL    an API served elsewhere than BASE_URL
#   APIS                      the APIs to verify (default: flex,flowglad)
#   REPORT_DIR                JUnit XML, failures.txt and contract-coverage/ (default: contract-tests/target/verify-server)
# Every object the suite creates has a code starting PCV; it changes only objects it created.
# Exits 0 when every case passed, 1 when any failed (each printed with its request and answer), 2 on
# a usage error. contract-tests/target/promo-verify/bin/promo-verify --help says the rest.
set -euo pipefail
if [[ $# -lt 1 || $1 == -* ]]; then
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
verifier=$root/contract-tests/target/promo-verify/bin/promo-verify
if [[ ! -x $verifier ]]; then
    (cd "$root" && ./mvnw -B -q -pl contract-tests -am package -DskipTests)
fi
exec "$verifier" "$@" --report-dir "${REPORT_DIR:-$root/contract-tests/target/verify-server}"
