#!/usr/bin/env bash
# Benchmarks the server as the README starts it (server-stubs/target/promo-server/bin/promo-server,
# the launcher ./mvnw package prepares, on the JDK the build ran on) against Prism mocking the same
# specs, in one run on this machine: cold start to the first 200 on a create, create throughput and
# latency at 16 connections on both APIs, and peak resident memory under that load. Writes
# bench/results/<date>-<commit>.md and latest.md. A run with any failed request is not a result.
# Environment: BENCH_DURATION (s, default 15), BENCH_WARMUP (s, default 10), BENCH_CONNECTIONS (16).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
duration=${BENCH_DURATION:-15}
warmup=${BENCH_WARMUP:-10}
connections=${BENCH_CONNECTIONS:-16}
threads=2
launcher="$root/server-stubs/target/promo-server/bin/promo-server"
flex_key=fsk_test_acme_4f8a2c61d9b7e350
flowglad_key=sk_test_acme_5d2b9f47e1c3a860
our_port=18080
prism_flex_port=14010
prism_flowglad_port=14011

source "$here/lib.sh"

# --- what the benchmark needs ---------------------------------------------------------------
need_wrk
for tool in curl java node npm; do command -v $tool >/dev/null || fail "$tool is missing"; done
[[ -x $launcher ]] || (cd "$root" && ./mvnw -B -q -pl server-stubs -am package -DskipTests)
server_java="$(cat "$root/server-stubs/target/promo-server/jdk")/bin/java"
(cd "$here" && npm ci --no-audit --no-fund --silent)
prism="$(readlink -f "$here/node_modules/.bin/prism")"

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

create_body() {  # $1 api, $2 code
    if [[ $1 == flex ]]; then
        echo "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"$2\"}}"
    else
        echo "{\"discount\":{\"name\":\"Bench\",\"code\":\"$2\",\"amount\":10,\"amountType\":\"percent\",\"duration\":\"once\"}}"
    fi
}
auth() { [[ $1 == flex ]] && echo "Bearer $flex_key" || echo "$flowglad_key"; }
path() { [[ $1 == flex ]] && echo /v1/promo_codes || echo /api/v1/discounts; }

# Seconds from the process start to the first 200 on a create ($1 pid, $2 start ns, $3 port, $4 api).
first_200() {
    local status
    while :; do
        kill -0 "$1" 2>/dev/null || fail "the server died while starting"
        status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$3$(path "$4")" \
            -H "Authorization: $(auth "$4")" -H 'Content-Type: application/json' -d "$(create_body "$4" "COLD$RANDOM$RANDOM")" || true)
        [[ $status == 200 ]] && break
        sleep 0.01
    done
    awk -v s="$2" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'
}

# wrk against one endpoint; prints the RESULT line's fields ($1 port, $2 api, $3 seconds, $4 code prefix).
load() {
    wrk -t$threads -c"$connections" -d"$3s" -s "$here/create.lua" "http://127.0.0.1:$1$(path "$2")" -- "$2" \
        "$(auth "$2" | sed 's/^Bearer //')" "$4" | sed -n 's/^RESULT //p'
}
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }
peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

declare -A result
measure() {  # $1 name, $2 port-of-flex, $3 port-of-flowglad
    for api in flex flowglad; do
        local port=$2; [[ $api == flowglad ]] && port=$3
        local warm measured
        warm=$(load "$port" "$api" "$warmup" W)
        measured=$(load "$port" "$api" "$duration" M)
        [[ -n $measured ]] || fail "wrk printed no result for $1 $api"
        result[$1,$api,rps]=$(field rps "$measured")
        result[$1,$api,p50]=$(field p50_ms "$measured")
        result[$1,$api,p99]=$(field p99_ms "$measured")
        result[$1,$api,errors]=$(( $(field non2xx "$warm") + $(field socket_errors "$warm") + $(field non2xx "$measured") + $(field socket_errors "$measured") ))
        result[$1,$api,created]=$(( $(field requests "$warm") + $(field requests "$measured") + 1 ))
        echo "$1 $api: $measured"
    done
}

# --- ours, as the README starts it, in a fresh directory: the embedded default keeps ./data there
mkdir -p "$work/ours"
start=$(date +%s%N)
(cd "$work/ours" && exec "$launcher" --server.port=$our_port >"$work/ours.log" 2>&1) &
ours=$!; pids+=("$ours")
result[ours,cold]=$(first_200 "$ours" "$start" $our_port flex)
# The launcher replaced itself with the JVM: this is the command line that serves.
result[ours,command]=$(tr '\0' ' ' <"/proc/$ours/cmdline" | sed "s|$root/||g; s| *$||")
# The Flowglad cold request is one more committed create.
first_200 "$ours" "$(date +%s%N)" $our_port flowglad >/dev/null
measure ours $our_port $our_port
result[ours,rss]=$(peak_rss_mb "$ours")
kill "$ours"; wait "$ours" 2>/dev/null || true
count() { "$server_java" -cp "$(ls "$root"/server-stubs/target/promo-server/lib/h2-*.jar)" org.h2.tools.Shell \
    -url "jdbc:h2:file:$work/ours/data/promo-contracts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" -user sa -sql "SELECT COUNT(*) FROM $1" | sed -n '2p' | tr -d ' '; }
result[ours,flex,stored]=$(count flex_promo_code)
result[ours,flowglad,stored]=$(count flowglad_discount)

# --- Prism, one process per spec ---------------------------------------------------------------
start=$(date +%s%N)
node "$prism" mock -v warn -h 127.0.0.1 -p $prism_flex_port "$root/specs/flex/promo-codes.yaml" >"$work/prism-flex.log" 2>&1 &
prism_flex=$!; pids+=("$prism_flex")
node "$prism" mock -v warn -h 127.0.0.1 -p $prism_flowglad_port "$root/specs/flowglad/discounts.yaml" >"$work/prism-flowglad.log" 2>&1 &
prism_flowglad=$!; pids+=("$prism_flowglad")
result[prism,cold]=$(first_200 "$prism_flex" "$start" $prism_flex_port flex)
first_200 "$prism_flowglad" "$start" $prism_flowglad_port flowglad >/dev/null
measure prism $prism_flex_port $prism_flowglad_port
result[prism,rss]=$(( $(peak_rss_mb "$prism_flex") + $(peak_rss_mb "$prism_flowglad") ))

# --- verdict and report --------------------------------------------------------------------
valid=yes
for name in ours prism; do for api in flex flowglad; do
    (( ${result[$name,$api,errors]} == 0 )) || { valid=no; echo "bench: $name $api had ${result[$name,$api,errors]} failed requests" >&2; }
done; done
# Every answered create must be stored; requests still in flight when wrk stops (at most one per
# connection, per run) are stored without being counted.
for api in flex flowglad; do
    answered=${result[ours,$api,created]} stored=${result[ours,$api,stored]}
    (( stored >= answered && stored <= answered + 2 * connections )) || {
        valid=no; echo "bench: $api: $answered creates answered, $stored stored" >&2; }
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
jdk=$("$server_java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
report="$here/results/$(date -u +%Y-%m-%d)-$commit-jdk$jdk.md"
{
    echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $commit"
    echo
    echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/Mem:/ {print $2}') GiB;"
    echo "Server JDK: $("$server_java" -version 2>&1 | head -n 1); node $(node --version); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2); Prism 5.16.0."
    echo "Load: wrk, $threads threads, $connections connections, ${warmup} s warm-up then ${duration} s per endpoint, unique codes."
    echo "promo-contracts started as the README starts it, \`server-stubs/target/promo-server/bin/promo-server\`, which runs"
    echo "\`${result[ours,command]}\`."
    echo "Both servers ran on the same machine as wrk, one after the other. Result valid: **$valid**."
    echo
    echo "| figure | promo-contracts | Prism | ours / Prism |"
    echo "| --- | ---: | ---: | ---: |"
    for api in flex flowglad; do
        echo "| $api create throughput (req/s) | ${result[ours,$api,rps]} | ${result[prism,$api,rps]} | $(ratio "${result[ours,$api,rps]}" "${result[prism,$api,rps]}") |"
        echo "| $api p50 latency (ms) | ${result[ours,$api,p50]} | ${result[prism,$api,p50]} | $(ratio "${result[ours,$api,p50]}" "${result[prism,$api,p50]}") |"
        echo "| $api p99 latency (ms) | ${result[ours,$api,p99]} | ${result[prism,$api,p99]} | $(ratio "${result[ours,$api,p99]}" "${result[prism,$api,p99]}") |"
    done
    echo "| cold start to first 200 (s) | ${result[ours,cold]} | ${result[prism,cold]} | $(ratio "${result[ours,cold]}" "${result[prism,cold]}") |"
    echo "| peak resident memory under load (MB) | ${result[ours,rss]} | ${result[prism,rss]} (2 processes) | $(ratio "${result[ours,rss]}" "${result[prism,rss]}") |"
    echo
    echo "Creates committed by promo-contracts: ${result[ours,flex,stored]} promo codes and ${result[ours,flowglad,stored]} discounts"
    echo "for ${result[ours,flex,created]} and ${result[ours,flowglad,created]} answered 200s (the rest were in flight when wrk stopped)."
    echo "Failed requests (non-2xx or socket errors): 0 in a valid run."
} > "$report"
cp "$report" "$here/results/latest.md"
cat "$report"
[[ $valid == yes ]] || fail "the run had errors: it is not a result"
