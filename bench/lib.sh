# Shared by the bench scripts: source it. fail prints to stderr and exits; need_wrk installs wrk
# from Debian's packages where it is missing and the script runs as root; the rest drives a
# server's creates with curl and wrk (load needs here, threads and connections set).
fail() { echo "bench: $*" >&2; exit 1; }

need_wrk() {
    command -v wrk >/dev/null && return
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
        fail "wrk is missing: install it (Debian/Ubuntu: sudo apt-get install wrk)"
    fi
}

# A benchmark drives one key, or one address with an unknown key, as hard as the server goes: each
# key's limits (promo.limits, 500 requests a second, 16 at once by default) and each address's limit
# on failed authentication (20 a second) are lifted, so that what is measured is the server.
unlimited_keys=(--promo.limits.requests-per-second=1000000 --promo.limits.burst=1000000 --promo.limits.concurrent-requests=100000
    --promo.limits.unauthenticated.requests-per-second=1000000 --promo.limits.unauthenticated.burst=1000000)

# Starts the packaged server in directory $1 on port $2, logging to $1.log; sets server to its pid
# and returns once /health answers. The environment says which database.
start_server() {
    mkdir -p "$1"
    (cd "$1" && exec "$launcher" --server.port="$2" "${unlimited_keys[@]}" >"$1.log" 2>&1) &
    server=$!
    for _ in $(seq 1 600); do
        curl -sf -o /dev/null "http://127.0.0.1:$2/health" && return
        kill -0 "$server" 2>/dev/null || fail "the server died while starting; see $1.log"
        sleep 0.1
    done
    fail "the server did not start"
}

# The demo keys the benchmarks use (db/demo), and a create of each API.
flex_key=fsk_test_acme_4f8a2c61d9b7e350
flowglad_key=sk_test_acme_5d2b9f47e1c3a860
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
    seconds_since "$2"
}
seconds_since() { awk -v s="$1" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'; }

# wrk against one URL; prints the RESULT line's fields ($1 seconds, $2 script, $3 URL, the rest: script arguments).
load() {
    wrk -t"$threads" -c"$connections" -d"$1s" -s "$here/$2" "$3" -- "${@:4}" | sed -n 's/^RESULT //p'
}
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }
peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Keeps one wrk run's rate, p99, failed and answered requests in result (an associative array the
# caller declares) under $1.
keep() {
    result[$1,rps]=$(field rps "$2")
    result[$1,p99]=$(field p99_ms "$2")
    result[$1,failed]=$(field failed "$2")
    result[$1,requests]=$(field requests "$2")
}

# The first seconds after a server's start, as a CI job meets them ($1 name, $2 its Flowglad port,
# $3 the start in ns, right after its first 200): Flowglad creates at once, unmeasured until 5 s
# after the start, then measured until 20 s after it. Kept under "$1,window"; the window's bounds
# in result[$1,window,from] and [to], every answered create of both parts in [requests].
start_window() {
    local url="http://127.0.0.1:$2$(path flowglad)" key lead measured
    key=$(auth flowglad)
    lead=$(awk -v t="$(seconds_since "$3")" 'BEGIN { s = 5 - t; printf "%d", s < 1 ? 1 : s + 0.5 }')
    local early
    early=$(load "$lead" create.lua "$url" flowglad "$key" E)
    [[ -n $early ]] || fail "wrk printed no result for $1's creates before the window"
    result[$1,window,from]=$(seconds_since "$3")
    measured=$(load "$(awk -v t="${result[$1,window,from]}" 'BEGIN { printf "%d", 20 - t + 0.5 }')" create.lua "$url" flowglad "$key" W)
    [[ -n $measured ]] || fail "wrk printed no result for $1's creates in the window"
    result[$1,window,to]=$(seconds_since "$3")
    keep "$1,window" "$measured"
    result[$1,window,failed]=$(( ${result[$1,window,failed]} + $(field failed "$early") ))
    result[$1,window,requests]=$(( ${result[$1,window,requests]} + $(field requests "$early") ))
    echo "$1 Flowglad creates ${result[$1,window,from]}-${result[$1,window,to]} s after the start: $measured"
}
