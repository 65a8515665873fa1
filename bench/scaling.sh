#!/usr/bin/env bash
# How list and get latency grow with one tenant's data: the packaged server (as the README starts
# it) is grown to each size of BENCH_SIZES objects per API and tenant (default 1000 10000 100000),
# through its own API, and the first page, a page from the middle (limit 10) and a get by id are
# timed, median of 51 sequential requests after 300 unmeasured ones. On the embedded default, and
# on PostgreSQL where its initdb and pg_ctl are on the PATH. Writes bench/results/scaling-<date>-<commit>.md.
# Needs: java (the build's), python3 (standard library only).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
sizes=${BENCH_SIZES:-1000 10000 100000}
launcher="$root/server-stubs/target/promo-server/bin/promo-server"
port=18090
pg_port=15433
source "$here/lib.sh"

command -v python3 >/dev/null || fail "python3 is missing"
[[ -x $launcher ]] || (cd "$root" && ./mvnw -B -q -pl server-stubs -am package -DskipTests)

work=$(mktemp -d)
server=""
as_pg=()
cleanup() {
    local status=$?
    # A failed run shows the end of each server's log before the work directory goes.
    if [[ $status -ne 0 ]]; then
        for log in "$work"/*.log; do [[ -f $log ]] && { echo "== $log" >&2; tail -n 40 "$log" >&2; }; done
    fi
    [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [[ -d $work/pg ]] && "${as_pg[@]}" pg_ctl -D "$work/pg" -m fast stop >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT

serve() { start_server "$work/$1" $port; }  # $1 name; the environment says which database
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

report="$here/results/scaling-$(date -u +%Y-%m-%d)-$(git -C "$root" rev-parse --short HEAD).md"
mkdir -p "$here/results"
{
    echo "# List and get latency by tenant size ($(date -u +%Y-%m-%d), commit $(git -C "$root" rev-parse --short HEAD))"
    echo
    echo "$(nproc) cores, $(java -version 2>&1 | head -1). Median of 51 sequential requests (after 300 unmeasured), in ms; \"grown in\" is the"
    echo "seconds the creates up to that size took (16 at a time, through the API)."
} >"$report"

run() {  # $1 database name
    {
        echo
        echo "## $1"
        echo
        echo "| API | objects in the tenant | first page (ms) | page from the middle (ms) | get by id (ms) | grown in (s) |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    } >>"$report"
    python3 "$here/scaling.py" "http://127.0.0.1:$port" $sizes | tee -a "$report"
}

serve embedded
run "embedded H2 (the default)"
stop

if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    # PostgreSQL refuses to run as root: as root, it runs as the postgres (or else nobody) user.
    as_pg=()
    if [[ $(id -u) -eq 0 ]]; then
        pg_user=postgres; id postgres >/dev/null 2>&1 || pg_user=nobody
        as_pg=(runuser -u "$pg_user" --)
        chmod 755 "$work"; mkdir -p "$work/pg"; chown "$pg_user" "$work/pg"
    fi
    "${as_pg[@]}" initdb -D "$work/pg" -U postgres -A trust >/dev/null
    "${as_pg[@]}" pg_ctl -D "$work/pg" -o "-p $pg_port -k $work/pg" -l "$work/pg/server.log" -w start >/dev/null
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres" SPRING_DATASOURCE_USERNAME=postgres \
        SPRING_DATASOURCE_PASSWORD="" serve postgresql
    run "PostgreSQL $(postgres --version | awk '{print $3}')"
    stop
else
    echo "bench: initdb/pg_ctl not found: PostgreSQL not measured" | tee -a "$report" >&2
fi
cp "$report" "$here/results/scaling-latest.md"
echo "wrote $report"
