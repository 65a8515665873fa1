# Shared by the bench scripts: source it. fail prints to stderr and exits; need_wrk installs wrk
# from Debian's packages where it is missing and the script runs as root.
fail() { echo "bench: $*" >&2; exit 1; }

need_wrk() {
    command -v wrk >/dev/null && return
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
        fail "wrk is missing: install it (Debian/Ubuntu: sudo apt-get install wrk)"
    fi
}

# A benchmark drives one key as hard as the server goes: each key's limits (promo.limits, 500
# requests a second, 16 at once by default) are lifted, so that what is measured is the server.
unlimited_keys=(--promo.limits.requests-per-second=1000000 --promo.limits.burst=1000000 --promo.limits.concurrent-requests=100000)

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
