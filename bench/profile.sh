#!/usr/bin/env bash
# Where a request's time goes, layer by layer: the packaged server (as the README starts it) runs
# under Java Flight Recorder while wrk sends one kind of request for BENCH_DURATION seconds (default
# 20) at 16 connections: Flowglad creates that fail the spec check (400), then valid Flowglad and
# Flex creates (200). bench/profile.py counts the CPU samples of the request threads in each layer.
# Writes bench/results/profile-<date>-<commit>.md. Needs: wrk, python3, the build's JDK (jcmd, jfr).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
duration=${BENCH_DURATION:-20}
launcher="$root/server-stubs/target/promo-server/bin/promo-server"
port=18095
key=sk_test_acme_5d2b9f47e1c3a860
flex_key=fsk_test_acme_4f8a2c61d9b7e350
source "$here/lib.sh"

need_wrk
command -v python3 >/dev/null || fail "python3 is missing"
[[ -x $launcher ]] || (cd "$root" && ./mvnw -B -q -pl server-stubs -am package -DskipTests)
jdk=$(cat "$root/server-stubs/target/promo-server/jdk")

work=$(mktemp -d)
server=""
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# JFR's profiling settings, sampling every 1 ms instead of 10: enough samples for a 1 % layer to show.
sed 's|<setting name="period" control="method-sampling-java-interval">10 ms</setting>|<setting name="period" control="method-sampling-java-interval">1 ms</setting>|' \
    "$jdk/lib/jfr/profile.jfc" >"$work/sampling.jfc"
grep -q '>1 ms<' "$work/sampling.jfc" || fail "$jdk/lib/jfr/profile.jfc has no method-sampling interval to shorten"

start_server "$work/server" $port
url="http://127.0.0.1:$port/api/v1/discounts"
flex_url="http://127.0.0.1:$port/v1/promo_codes"

# $1 name; the rest: wrk's script and its arguments. A warm-up first, so that the JIT has compiled the path.
profiled() {
    local name=$1; shift
    wrk -t2 -c16 -d10s -s "$@" >/dev/null
    "$jdk/bin/jcmd" "$server" JFR.start name="$name" settings="$work/sampling.jfc" >/dev/null
    wrk -t2 -c16 -d"${duration}s" -s "$@" | sed -n 's/^RESULT //p' >"$work/$name.wrk"
    "$jdk/bin/jcmd" "$server" JFR.stop name="$name" filename="$work/$name.jfr" >/dev/null
    "$jdk/bin/jfr" print --events jdk.ExecutionSample --stack-depth 256 "$work/$name.jfr" >"$work/$name.txt"
}
profiled invalid "$here/fixed.lua" "$url" -- "$key" 400 POST \
    '{"discount":{"name":"Bench","code":"BADBODY","amount":10,"amountType":"fraction","duration":"once"}}'
profiled create "$here/create.lua" "$url" -- flowglad "$key" "P"
profiled flex "$here/create.lua" "$flex_url" -- flex "$flex_key" "P"
kill "$server"; wait "$server" 2>/dev/null || true; server=""

report="$here/results/profile-$(date -u +%Y-%m-%d)-$(git -C "$root" rev-parse --short HEAD).md"
{
    echo "# Where a create's time goes ($(date -u +%Y-%m-%d), commit $(git -C "$root" rev-parse --short HEAD))"
    echo
    echo "$(nproc) cores, $("$jdk/bin/java" -version 2>&1 | head -1), 16 connections for ${duration} s after a 10 s warm-up;"
    echo "JFR's CPU samples of the request threads (http-nio-*), by the outermost layer on their stack."
    for name in invalid create flex; do
        echo
        case $name in
            invalid) echo "## 400: a Flowglad create whose body fails the spec check" ;;
            create) echo "## 200: a valid Flowglad create" ;;
            flex) echo "## 200: a valid Flex create" ;;
        esac
        echo
        echo "wrk: $(cat "$work/$name.wrk")"
        echo
        python3 "$here/profile.py" "$work/$name.txt"
    done
} >"$report"
cat "$report"
echo "wrote $report"
