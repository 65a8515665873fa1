#!/usr/bin/env bash
# The embedded default (H2 with the server's grouped checkpoint) beside SQLite in WAL mode, below
# HTTP (bench/stores/StoreBench.java says what each does): Flowglad creates at 16 threads for
# BENCH_DURATION seconds (default 15), list pages and a get at 100,000 discounts, and three rounds of
# kill -9 during creates, counting acknowledged creates the reopened store lacks.
# Writes bench/results/stores-<date>-<commit>.md. Needs: the packaged server (for H2, its durable
# commit code and the pool), Maven Central (sqlite-jdbc, at the root pom's version).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
seconds=${BENCH_DURATION:-15}
app="$root/server-stubs/target/promo-server"
source "$here/lib.sh"

[[ -x $app/bin/promo-server ]] || (cd "$root" && ./mvnw -B -q -pl server-stubs -am package -DskipTests)
work=$(mktemp -d)
child=""
cleanup() { [[ -n $child ]] && kill -9 "$child" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

version=$(cd "$root" && ./mvnw -B -q -N help:evaluate -Dexpression=sqlite-jdbc.version -DforceStdout)
(cd "$root" && ./mvnw -B -q -N dependency:copy -Dartifact="org.xerial:sqlite-jdbc:$version" -DoutputDirectory="$work/lib")
java="$(cat "$app/jdk")/bin/java"
classpath="$app/promo-contracts-server-exec.jar:$app/lib/*:$work/lib/*"
bench() { "$java" -Xmx512m -cp "$classpath" "$here/stores/StoreBench.java" "$@"; }

report="$here/results/stores-$(date -u +%Y-%m-%d)-$(git -C "$root" rev-parse --short HEAD).md"
{
    echo "# Embedded stores side by side ($(date -u +%Y-%m-%d), commit $(git -C "$root" rev-parse --short HEAD))"
    echo
    echo "$(nproc) cores, $("$java" -version 2>&1 | head -1), SQLite through sqlite-jdbc $version. Below HTTP: a Flowglad create"
    echo "as the server makes it at 16 threads for $seconds s; pages and get at 100,000 discounts (median of 51, in ms);"
    echo "kill -9 during creates, three rounds: creates acknowledged, and of those missing after reopening."
    echo
    echo "| store | creates/s | create p50 (ms) | create p99 (ms) | first page (ms) | page from the middle (ms) | get by id (ms) | kill -9: acknowledged / lost |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$report"

for store in h2 sqlite; do
    mkdir -p "$work/$store"
    measured=$(bench run "$store" "$work/$store" "$seconds")
    echo "$store: $measured" >&2
    field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$measured"; }
    crashes=""
    for round in 1 2 3; do
        rm -rf "$work/$store-crash"; mkdir -p "$work/$store-crash"
        "$java" -cp "$classpath" "$here/stores/StoreBench.java" crash-child "$store" "$work/$store-crash" "$work/acks" >"$work/child.out" 2>&1 &
        child=$!
        until grep -q ready "$work/child.out"; do kill -0 "$child" 2>/dev/null || fail "$(cat "$work/child.out")"; sleep 0.2; done
        sleep 3
        kill -9 "$child"; wait "$child" 2>/dev/null || true; child=""
        checked=$(bench crash-check "$store" "$work/$store-crash" "$work/acks")
        rm -f "$work/acks"
        crashes+="${crashes:+, }$(sed -n 's/acknowledged=\([0-9]*\) lost=\([0-9]*\)/\1 \/ \2/p' <<<"$checked")"
    done
    echo "| $store | $(field creates_per_s) | $(field p50_ms) | $(field p99_ms) | $(field first_page_ms) | $(field deep_page_ms) | $(field get_ms) | $crashes |" >>"$report"
done
cat "$report"
echo "wrote $report"
