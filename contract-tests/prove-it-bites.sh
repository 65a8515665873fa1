#!/usr/bin/env bash
# Shows that the contract tests catch a breaking change. For each change below, a throw-away clone
# of this repository gets the change, and ./mvnw verify of contract-tests must fail, in the named test.
# Usage: contract-tests/prove-it-bites.sh [spec|server|client]...   (default: all three)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

apply_change() {
    case $1 in
        spec)   # A spec example promises a value the server does not send.
            sed -i '0,/                      times_redeemed: 0/s//                      times_redeemed: 1/' specs/flex/promo-codes.yaml ;;
        server) # The server answers a duplicate with another error code.
            sed -i 's/Map.entry(Failure.CONFLICT, "CONFLICT")/Map.entry(Failure.CONFLICT, "DUPLICATE")/' \
                server-stubs/src/main/java/io/promocontracts/server/web/ErrorBodies.java ;;
        client) # The Java client is generated without reading Flowglad's union by its discriminator.
            sed -i '/<useOneOfDiscriminatorLookup>true<\/useOneOfDiscriminatorLookup>/d' client/pom.xml ;;
        *) echo "unknown change: $1" >&2; return 2 ;;
    esac
}

expected_failure() {
    case $1 in
        spec)   echo "FlexProviderPactIT" ;;
        server) echo "FlowgladProviderPactIT" ;;
        client) echo "FlowgladConsumerPactTest" ;;
    esac
}

status=0
for change in "${@:-spec server client}"; do
  for one in $change; do
    work=$(mktemp -d)
    git clone -q "$root" "$work/repo"
    (
        cd "$work/repo"
        apply_change "$one" || exit 2
        git --no-pager diff --stat
        ./mvnw -B -q -pl specs,server-stubs,client -am install -DskipTests >/dev/null 2>&1
        ./mvnw -B -pl contract-tests verify > "$work/build.log" 2>&1
    )
    result=$?
    test=$(expected_failure "$one")
    if [[ $result -ne 0 ]] && grep -q "FAILURE.*$test\|$test.*FAILURE" "$work/build.log"; then
        echo "== $one change: caught by $test"
        grep -E -A12 "<<< (FAILURE|ERROR)!" "$work/build.log" | grep -v '^\s*at ' | head -16
    else
        echo "== $one change: NOT caught (exit $result); log: $work/build.log" >&2
        status=1
        continue
    fi
    rm -rf "$work"
  done
done
exit $status
