#!/usr/bin/env bash
# Benchmarks the server as the README starts it (server-stubs/target/promo-server/bin/promo-server,
# the launcher ./mvnw package prepares, on the JDK the build ran on) against Prism mocking the same
# specs, in one run on this machine: cold start to the first 200 on a create; throughput and
# latency of create, get and list on both APIs at 16 connections; what each layer of our server
# costs (a 401, a 400 from the spec check); peak resident memory under that load. Writes
# bench/results/<date>-<commit>-jdk<N>.md and latest.md. A run with any failed request is not a result.
# Then, on our server alone: throughput and p99 of a Flowglad create and get at 1, 16, 64 and 256
# connections, and a create soak of BENCH_SOAK_MINUTES minutes (default 10) with its p99 minute by
# minute, which must stay flat (no minute of the second half above 1.5 times the first half's median).
# The first seconds, as a CI job that starts the server meets them: right after its first 200, each
# server gets Flowglad creates, measured from 5 s to 20 s after its start (with the p99 and the peak
# resident memory so far), then BENCH_START_LOAD seconds (default 20) of Flex creates. The rows come
# after those 40 s: they measure the server once its JIT has compiled the paths they take.
# Environment: BENCH_DURATION (s, default 15), BENCH_WARMUP (s, default 10), BENCH_CONNECTIONS (16),
# BENCH_CURVE ("1 16 64 256"), BENCH_SOAK_MINUTES (10; 0 leaves the soak out).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
duration=${BENCH_DURATION:-15}
warmup=${BENCH_WARMUP:-10}
start_load=${BENCH_START_LOAD:-20}
connections=${BENCH_CONNECTIONS:-16}
threads=2
launcher="$root/server-stubs/target/promo-server/bin/promo-server"
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

# The id in a create's answer ($1 api, $2 the answer).
created_id() { sed -n "s/.*\"$([[ $1 == flex ]] && echo promo_code_id || echo id)\":\"\([^\"]*\)\".*/\1/p" <<<"$2"; }

declare -A result
# One row: a warm-up, then the measured run ($1 server, $2 row, $3 script, $4 URL, the rest: script arguments).
row() {
    local warm measured
    warm=$(load "$warmup" "$3" "$4" "${@:5}")
    measured=$(load "$duration" "$3" "$4" "${@:5}")
    [[ -n $warm && -n $measured ]] || fail "wrk printed no result for $1 $2"
    result[$1,$2,rps]=$(field rps "$measured")
    result[$1,$2,p50]=$(field p50_ms "$measured")
    result[$1,$2,p99]=$(field p99_ms "$measured")
    result[$1,$2,failed]=$(( $(field failed "$warm") + $(field failed "$measured") ))
    result[$1,$2,requests]=$(( $(field requests "$warm") + $(field requests "$measured") ))
    echo "$1 $2: $measured"
}
# Flex creates for start_load seconds after the first seconds' window ($1 server, $2 its Flex port).
measure_flex_start() {
    local measured
    measured=$(load "$start_load" create.lua "http://127.0.0.1:$2$(path flex)" flex "$flex_key" J)
    [[ -n $measured ]] || fail "wrk printed no result for $1's Flex creates after the start"
    keep "$1,flex start" "$measured"
    echo "$1 Flex creates after the start's window: $measured"
}
# Create, get and list on both APIs ($1 server, $2 its Flex port, $3 its Flowglad port); the get reads
# an object this server's own create answered.
measure() {
    for api in flex flowglad; do
        local port=$2; [[ $api == flowglad ]] && port=$3
        local base="http://127.0.0.1:$port$(path "$api")" answer
        answer=$(curl -sf -X POST "$base" -H "Authorization: $(auth "$api")" -H 'Content-Type: application/json' \
            -d "$(create_body "$api" "GET$RANDOM$RANDOM")") || fail "$1 refused the create the get reads"
        row "$1" "$api create" create.lua "$base" "$api" "$(auth "$api" | sed 's/^Bearer //')" M
        row "$1" "$api get" fixed.lua "$base/$(created_id "$api" "$answer")" "$(auth "$api")" 200
        row "$1" "$api list" fixed.lua "$base?limit=10" "$(auth "$api")" 200
    done
}
# What each layer of our server costs: answers that stop before the spec check, at it, and after it.
measure_layers() {  # $1 port
    local base="http://127.0.0.1:$1$(path flowglad)"
    row layers "401, unknown key" fixed.lua "$base?limit=10" "sk_test_unknown_0000000000000000" 401
    row layers "400, body fails the spec check" fixed.lua "$base" "$(auth flowglad)" 400 POST \
        '{"discount":{"name":"Bench","code":"BADBODY","amount":10,"amountType":"fraction","duration":"once"}}'
}

# Throughput and p99 as connections grow ($1 port): a Flowglad create and a get of one it made.
measure_curve() {
    local base="http://127.0.0.1:$1$(path flowglad)" answer
    answer=$(curl -sf -X POST "$base" -H "Authorization: $(auth flowglad)" -H 'Content-Type: application/json' \
        -d "$(create_body flowglad "CURVE$RANDOM$RANDOM")") || fail "the create the curve's get reads was refused"
    for c in ${BENCH_CURVE:-1 16 64 256}; do
        local connections=$c threads=$(( c < 2 ? 1 : 2 ))
        row curve "create, $c connections" create.lua "$base" flowglad "$(auth flowglad)" "C$c"
        row curve "get, $c connections" fixed.lua "$base/$(created_id flowglad "$answer")" "$(auth flowglad)" 200
    done
}
# A create soak ($1 port): one wrk run a minute, BENCH_SOAK_MINUTES of them, each minute's figures kept.
soak_minutes=${BENCH_SOAK_MINUTES:-10}
measure_soak() {
    local base="http://127.0.0.1:$1$(path flowglad)" minute measured
    for (( minute = 1; minute <= soak_minutes; minute++ )); do
        measured=$(load 60 create.lua "$base" flowglad "$(auth flowglad)" "S$minute")
        [[ -n $measured ]] || fail "wrk printed no result for soak minute $minute"
        keep "soak,$minute" "$measured"
        echo "soak minute $minute: $measured"
    done
}

# --- ours, as the README starts it, in a fresh directory: the embedded default keeps ./data there
mkdir -p "$work/ours"
# The demo data the migrations add was created before this moment: only the run's creates are counted.
since=$(date -u '+%Y-%m-%d %H:%M:%S')
start=$(date +%s%N)
(cd "$work/ours" && exec "$launcher" --server.port=$our_port "${unlimited_keys[@]}" >"$work/ours.log" 2>&1) &
ours=$!; pids+=("$ours")
result[ours,cold]=$(first_200 "$ours" "$start" $our_port flex)
# The launcher replaced itself with the JVM: this is the command line that serves.
result[ours,command]=$(tr '\0' ' ' <"/proc/$ours/cmdline" | sed "s|$root/||g; s| *$||")
start_window ours $our_port "$start"
result[ours,window rss]=$(peak_rss_mb "$ours")
measure_flex_start ours $our_port
measure ours $our_port $our_port
measure_layers $our_port
measure_curve $our_port
(( soak_minutes > 0 )) && measure_soak $our_port
result[ours,rss]=$(peak_rss_mb "$ours")
kill "$ours"; wait "$ours" 2>/dev/null || true
count() { "$server_java" -cp "$(ls "$root"/server-stubs/target/promo-server/lib/h2-*.jar)" org.h2.tools.Shell \
    -url "jdbc:h2:file:$work/ours/data/promo-contracts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" -user sa -sql "SELECT COUNT(*) FROM $1 WHERE created_at >= TIMESTAMP WITH TIME ZONE '${since}+00'" | sed -n '2p' | tr -d ' '; }
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
start_window prism $prism_flowglad_port "$start"
result[prism,window rss]=$(( $(peak_rss_mb "$prism_flex") + $(peak_rss_mb "$prism_flowglad") ))
measure_flex_start prism $prism_flex_port
measure prism $prism_flex_port $prism_flowglad_port
result[prism,rss]=$(( $(peak_rss_mb "$prism_flex") + $(peak_rss_mb "$prism_flowglad") ))

# --- verdict and report --------------------------------------------------------------------
valid=yes
operations=("flex create" "flex get" "flex list" "flowglad create" "flowglad get" "flowglad list")
layers=("401, unknown key" "400, body fails the spec check")
check_failed() {  # $1 server, $2 row
    (( ${result[$1,$2,failed]} == 0 )) || { valid=no; echo "bench: $1 $2 had ${result[$1,$2,failed]} failed requests" >&2; }
}
for row in "${operations[@]}" window "flex start"; do check_failed ours "$row"; check_failed prism "$row"; done
for row in "${layers[@]}"; do check_failed layers "$row"; done
for c in ${BENCH_CURVE:-1 16 64 256}; do check_failed curve "create, $c connections"; check_failed curve "get, $c connections"; done
# The soak's p99 is flat when no minute of its second half exceeds 1.5 times the first half's median.
soak_flat=n/a
if (( soak_minutes > 1 )); then
    half=$(( soak_minutes / 2 ))
    first_median=$(for (( m = 1; m <= half; m++ )); do echo "${result[soak,$m,p99]}"; done | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    soak_flat=yes
    for (( m = half + 1; m <= soak_minutes; m++ )); do
        awk -v p="${result[soak,$m,p99]}" -v f="$first_median" 'BEGIN { exit !(p > 1.5 * f) }' && soak_flat=no
    done
    for (( m = 1; m <= soak_minutes; m++ )); do
        (( ${result[soak,$m,failed]} == 0 )) || { valid=no; echo "bench: soak minute $m had ${result[soak,$m,failed]} failed requests" >&2; }
    done
fi
# Every answered create must be stored; requests still in flight when wrk stops (at most one per
# connection, per run) are stored without being counted.
# Flowglad's count adds the curve's and the soak's creates (and the one the curve's get reads); each
# wrk run may leave one create per connection in flight.
curve_creates=0 curve_slack=0 soak_creates=0
for c in ${BENCH_CURVE:-1 16 64 256}; do
    curve_creates=$(( curve_creates + ${result[curve,create, $c connections,requests]} )); curve_slack=$(( curve_slack + 2 * c ))
done
for (( m = 1; m <= soak_minutes; m++ )); do soak_creates=$(( soak_creates + ${result[soak,$m,requests]} )); done
# Flex: the cold-start create, the creates after the window, the row's, and the one its get reads.
# Flowglad: the window's creates, the row's, the one its get reads, the curve's and the soak's.
for api in flex flowglad; do
    if [[ $api == flex ]]; then
        answered=$(( 1 + ${result[ours,flex start,requests]} + ${result[ours,flex create,requests]} + 1 )) slack=$(( 3 * connections ))
    else
        answered=$(( ${result[ours,window,requests]} + ${result[ours,flowglad create,requests]} + 1 + curve_creates + soak_creates + 1 ))
        slack=$(( 4 * connections + curve_slack + soak_minutes * connections ))
    fi
    stored=${result[ours,$api,stored]}
    result[ours,$api,answered]=$answered
    (( stored >= answered && stored <= answered + slack )) || {
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
    echo "Load: wrk, $threads threads, $connections connections, ${warmup} s warm-up then ${duration} s per endpoint, unique codes;"
    echo "before the rows, Flowglad creates from each server's first 200 (measured 5-20 s after its start), then ${start_load} s of Flex creates."
    echo "promo-contracts started as the README starts it, \`server-stubs/target/promo-server/bin/promo-server\`, which runs"
    echo "\`${result[ours,command]}\`, with the limits lifted (\`${unlimited_keys[*]}\`)."
    echo "Both servers ran on the same machine as wrk, one after the other. Result valid: **$valid**."
    echo
    echo "| operation | ours (req/s) | Prism (req/s) | ours / Prism | ours p99 (ms) | Prism p99 (ms) | failed requests (ours, Prism) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for row in "${operations[@]}"; do
        echo "| $row | ${result[ours,$row,rps]} | ${result[prism,$row,rps]} | $(ratio "${result[ours,$row,rps]}" "${result[prism,$row,rps]}") |" \
            "${result[ours,$row,p99]} | ${result[prism,$row,p99]} | ${result[ours,$row,failed]}, ${result[prism,$row,failed]} |"
    done
    echo
    echo "| figure | promo-contracts | Prism | ours / Prism |"
    echo "| --- | ---: | ---: | ---: |"
    echo "| cold start to first 200 (s) | ${result[ours,cold]} | ${result[prism,cold]} | $(ratio "${result[ours,cold]}" "${result[prism,cold]}") |"
    echo "| Flowglad creates/s, 5-20 s after the start (ours ${result[ours,window,from]}-${result[ours,window,to]} s, Prism ${result[prism,window,from]}-${result[prism,window,to]} s) | ${result[ours,window,rps]} | ${result[prism,window,rps]} | $(ratio "${result[ours,window,rps]}" "${result[prism,window,rps]}") |"
    echo "| p99 of those creates (ms) | ${result[ours,window,p99]} | ${result[prism,window,p99]} | $(ratio "${result[ours,window,p99]}" "${result[prism,window,p99]}") |"
    echo "| peak resident memory 20 s after the start (MB) | ${result[ours,window rss]} | ${result[prism,window rss]} (2 processes) | $(ratio "${result[ours,window rss]}" "${result[prism,window rss]}") |"
    echo "| Flex creates/s, the ${start_load} s after those | ${result[ours,flex start,rps]} | ${result[prism,flex start,rps]} | $(ratio "${result[ours,flex start,rps]}" "${result[prism,flex start,rps]}") |"
    echo "| peak resident memory under load (MB) | ${result[ours,rss]} | ${result[prism,rss]} (2 processes) | $(ratio "${result[ours,rss]}" "${result[prism,rss]}") |"
    echo
    echo "What each layer of promo-contracts costs (Flowglad paths), in the same run:"
    echo
    echo "| request | req/s | p50 (ms) | p99 (ms) | failed requests |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    for row in "${layers[@]}"; do
        echo "| $row | ${result[layers,$row,rps]} | ${result[layers,$row,p50]} | ${result[layers,$row,p99]} | ${result[layers,$row,failed]} |"
    done
    for row in "flowglad get" "flowglad create"; do
        echo "| 200, $row | ${result[ours,$row,rps]} | ${result[ours,$row,p50]} | ${result[ours,$row,p99]} | ${result[ours,$row,failed]} |"
    done
    echo
    echo "promo-contracts as connections grow (Flowglad, the slower API's create; a get of one discount), in the same run:"
    echo
    echo "| connections | create (req/s) | create p99 (ms) | get (req/s) | get p99 (ms) |"
    echo "| ---: | ---: | ---: | ---: | ---: |"
    for c in ${BENCH_CURVE:-1 16 64 256}; do
        echo "| $c | ${result[curve,create, $c connections,rps]} | ${result[curve,create, $c connections,p99]} |" \
            "${result[curve,get, $c connections,rps]} | ${result[curve,get, $c connections,p99]} |"
    done
    if (( soak_minutes > 0 )); then
        echo
        echo "A $soak_minutes-minute Flowglad create soak at $connections connections, minute by minute. p99 flat: **$soak_flat** (flat: no"
        echo "minute of the second half above 1.5 times the first half's median)."
        echo
        echo "| minute | req/s | p99 (ms) | failed requests |"
        echo "| ---: | ---: | ---: | ---: |"
        for (( m = 1; m <= soak_minutes; m++ )); do
            echo "| $m | ${result[soak,$m,rps]} | ${result[soak,$m,p99]} | ${result[soak,$m,failed]} |"
        done
    fi
    echo
    echo "Creates committed by promo-contracts: ${result[ours,flex,stored]} promo codes and ${result[ours,flowglad,stored]} discounts"
    echo "for ${result[ours,flex,answered]} and ${result[ours,flowglad,answered]} answered 200s (the rest were in flight when wrk stopped)."
    echo "A failed request is an answer other than the row's expected status, or a socket error: 0 in a valid run."
} > "$report"
cp "$report" "$here/results/latest.md"
cat "$report"
[[ $valid == yes ]] || fail "the run had errors: it is not a result"
