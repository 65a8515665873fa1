#!/usr/bin/env bash
# The first seconds after a start, as a CI job that starts the server meets them, BENCH_RUNS times
# (default 3) for promo-contracts (started as the README starts it, on the JDK the build ran on, in a
# fresh directory, the limits lifted) and for Prism mocking the same specs, one after the
# other: the cold start to the first 200 on a create; Flowglad creates at 16 connections from the
# first 200, measured from 5 s to 20 s after the start (rate and p99); the peak resident memory at
# 20 s; for promo-contracts also a restart, a second start on the database the first one made. Prints each run and the medians, and writes bench/results/start-<date>-<commit>-jdk<N>.md.
# bench/run.sh measures the same once, beside its steady rows. A run with a failed request is not a result.
# Environment: BENCH_RUNS (3), BENCH_CONNECTIONS (16), BENCH_SERVERS ("ours prism"; "ours" alone to
# compare settings of ours); JAVA_OPTS, which the launcher adds to the JVM's options.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=${BENCH_RUNS:-3}
servers=${BENCH_SERVERS:-ours prism}
connections=${BENCH_CONNECTIONS:-16}
threads=2
launcher="$root/server-stubs/target/promo-server/bin/promo-server"
our_port=18080
prism_flex_port=14010
prism_flowglad_port=14011

source "$here/lib.sh"

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

declare -A result
stop() { for pid in "$@"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done; pids=(); }

launch() {  # $1 the run's folder: starts the server there, in the background
    (cd "$work/$1" && exec "$launcher" --server.port=$our_port "${unlimited_keys[@]}" >>"$work/$1.log" 2>&1) &
    pids+=("$!")
}

ours() {  # $1 the run's name
    mkdir -p "$work/$1"
    local start server
    start=$(date +%s%N)
    launch "$1"; server=${pids[-1]}
    result[$1,cold]=$(first_200 "$server" "$start" $our_port flex)
    start_window "$1" $our_port "$start"
    result[$1,rss]=$(peak_rss_mb "$server")
    stop "$server"
    start=$(date +%s%N)
    launch "$1"; server=${pids[-1]}
    result[$1,restart]=$(first_200 "$server" "$start" $our_port flex)
    stop "$server"
}

prism() {  # $1 the run's name
    local start flex flowglad
    start=$(date +%s%N)
    node "$prism" mock -v warn -h 127.0.0.1 -p $prism_flex_port "$root/specs/flex/promo-codes.yaml" >"$work/$1-flex.log" 2>&1 &
    flex=$!; pids+=("$flex")
    node "$prism" mock -v warn -h 127.0.0.1 -p $prism_flowglad_port "$root/specs/flowglad/discounts.yaml" >"$work/$1-flowglad.log" 2>&1 &
    flowglad=$!; pids+=("$flowglad")
    result[$1,cold]=$(first_200 "$flex" "$start" $prism_flex_port flex)
    result[$1,restart]=-
    first_200 "$flowglad" "$start" $prism_flowglad_port flowglad >/dev/null
    start_window "$1" $prism_flowglad_port "$start"
    result[$1,rss]=$(( $(peak_rss_mb "$flex") + $(peak_rss_mb "$flowglad") ))
    stop "$flex" "$flowglad"
}

for (( run = 1; run <= runs; run++ )); do
    for server in $servers; do "$server" "$server $run"; done
done

valid=yes
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
figure() {  # $1 server, $2 figure: its median over the runs
    for (( run = 1; run <= runs; run++ )); do echo "${result[$1 $run,$2]}"; done | median
}
for (( run = 1; run <= runs; run++ )); do
    for server in $servers; do
        (( ${result[$server $run,window,failed]} == 0 )) || { valid=no; echo "bench: $server run $run had failed requests" >&2; }
    done
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
jdk=$("$server_java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
report="$here/results/start-$(date -u +%Y-%m-%d)-$commit-jdk$jdk.md"
{
    echo "# The first seconds after a start, $(date -u +%Y-%m-%dT%H:%MZ), commit $commit"
    echo
    echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)); server JDK: $("$server_java" -version 2>&1 | head -n 1);"
    echo "node $(node --version), Prism 5.16.0. promo-contracts started as the README starts it, in a fresh directory, each key's"
    echo "limits lifted${JAVA_OPTS:+, with JAVA_OPTS=\`$JAVA_OPTS\`}. Flowglad creates on $connections connections (wrk, $threads threads) from the first 200,"
    echo "measured from 5 s to 20 s after the start. $runs runs each, alternating. Result valid: **$valid**."
    echo
    echo "| run | cold start to first 200 (s) | creates/s, 5-20 s | p99 (ms) | peak RSS at 20 s (MB) | restart to first 200 (s) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    for server in $servers; do
        for (( run = 1; run <= runs; run++ )); do
            echo "| $server $run | ${result[$server $run,cold]} | ${result[$server $run,window,rps]} | ${result[$server $run,window,p99]} | ${result[$server $run,rss]} | ${result[$server $run,restart]} |"
        done
    done
    echo
    echo "| median | promo-contracts | Prism | ours / Prism |"
    echo "| --- | ---: | ---: | ---: |"
    for pair in "cold start to first 200 (s):cold" "Flowglad creates/s, 5-20 s after the start:window,rps" \
                "p99 of those creates (ms):window,p99" "peak RSS at 20 s (MB):rss" \
                "restart on its own database, to first 200 (s):restart"; do
        ours_median=$([[ $servers == *ours* ]] && figure ours "${pair#*:}" || echo -)
        prism_median=$([[ $servers == *prism* ]] && figure prism "${pair#*:}" || echo -)
        [[ $servers == *ours*prism* && $prism_median != - ]] && proportion=$(ratio "$ours_median" "$prism_median") || proportion=-
        echo "| ${pair%%:*} | $ours_median | $prism_median | $proportion |"
    done
} >"$report"
cat "$report"
[[ $valid == yes ]] || fail "the run had errors: it is not a result"
