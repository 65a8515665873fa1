#!/usr/bin/env bash
# Soak test: SOAK_DURATION seconds (default 300) of mixed valid and invalid creates on both APIs at
# 16 connections against the packaged server, started as the README starts it (the launcher
# ./mvnw package prepares, embedded database in a fresh directory). Reports requests, answers by status, the 5xx count (must be 0),
# socket errors, and resident memory at the start and the end and its peak, sampled every 10 s.
# The run is invalid with any 5xx or socket error, or if memory still grows by 10 % or more over
# its second half.
# Writes bench/results/soak-<date>-<commit>.md and soak-latest.md. Not part of CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
duration=${SOAK_DURATION:-300}
connections=${SOAK_CONNECTIONS:-16}
launcher="$root/server-stubs/target/promo-server/bin/promo-server"
port=18090

source "$here/lib.sh"
need_wrk
[[ -x $launcher ]] || (cd "$root" && ./mvnw -B -q -pl server-stubs -am package -DskipTests)

work=$(mktemp -d)
server=
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && exec "$launcher" --server.port=$port "${unlimited_keys[@]}" > "$work/server.log" 2>&1) &
server=$!
until curl -s -o /dev/null "http://127.0.0.1:$port/v1/promo_codes"; do
    kill -0 "$server" 2>/dev/null || fail "the server died while starting: $(tail -5 "$work/server.log")"
    sleep 0.2
done
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }
start_rss=$(rss_mb)
samples=("$start_rss")
( while sleep 10; do kill -0 "$server" 2>/dev/null || exit; rss_mb >> "$work/rss"; echo >> "$work/rss"; done ) &
sampler=$!

echo "soak: ${duration}s at $connections connections against $launcher"
result=$(wrk -t2 -c"$connections" -d"${duration}s" -s "$here/soak.lua" "http://127.0.0.1:$port" -- \
    fsk_test_acme_4f8a2c61d9b7e350 sk_test_acme_5d2b9f47e1c3a860 "S$(date +%s)" | sed -n 's/^RESULT //p')
end_rss=$(rss_mb)
kill "$sampler" 2>/dev/null || true
mapfile -t later < <(grep -v '^$' "$work/rss" || true)
samples+=("${later[@]}" "$end_rss")
peak_rss=$(printf '%s\n' "${samples[@]}" | sort -n | tail -1)

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$result"; }
requests=$(field requests)
statuses=$(field statuses)
socket_errors=$(field socket_errors)
server_errors=$(tr ',' '\n' <<<"$statuses" | awk -F= '$1 >= 500 { n += $2 } END { print n + 0 }')
# Bounded memory: over the second half of the run, resident memory grows by less than 10 %.
half=$(( ${#samples[@]} / 2 ))
mid_rss=${samples[$half]}
memory_growth=$(awk -v a="$mid_rss" -v b="$end_rss" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
verdict=valid
[[ $server_errors -eq 0 && $socket_errors -eq 0 ]] || verdict="INVALID: $server_errors server errors, $socket_errors socket errors"
awk -v g="$memory_growth" 'BEGIN { exit !(g < 10) }' || verdict="INVALID: memory grew by $memory_growth % over the second half"

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
report="$here/results/soak-$(date -u +%Y-%m-%d)-$commit.md"
mkdir -p "$here/results"
cat > "$report" <<REPORT
# Soak, $(date -u +%Y-%m-%d) at $commit

$duration s of mixed creates on both APIs at $connections connections (wrk, 2 threads) against
\`server-stubs/target/promo-server/bin/promo-server\` on a fresh embedded database,
on $(nproc) cores, $("$(cat "$root/server-stubs/target/promo-server/jdk")/bin/java" -version 2>&1 | head -1). Mix per 8 requests: 2 valid Flex creates,
2 valid Flowglad creates, a Flex code too short (400), a Flowglad amount of 0 (400), a taken
Flowglad code (409 after its first create), an unknown Flex key (401).

| figure | value |
| --- | ---: |
| requests | $requests |
| answers by status | $(tr ',' ' ' <<<"$statuses") |
| server errors (5xx) | $server_errors |
| socket errors | $socket_errors |
| resident memory at the start (MB) | $start_rss |
| resident memory at the end (MB) | $end_rss |
| peak resident memory, sampled every 10 s (MB) | $peak_rss |
| growth over the second half of the run | $memory_growth % |
| samples (MB) | $(tr '\n' ' ' <<<"$(printf '%s\n' "${samples[@]}")") |

Verdict: $verdict.
REPORT
cp "$report" "$here/results/soak-latest.md"
cat "$report"
[[ $verdict == valid ]] || exit 1
