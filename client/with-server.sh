#!/usr/bin/env bash
# Runs a program against the packaged server, as a client in another language would use it: starts
# the server on a free port in a throw-away directory (the embedded default keeps its ./data there),
# appends the server's base URL to the program's arguments, and stops the server afterwards. The
# program's exit status is the script's.
# Usage: client/with-server.sh <program> [arguments...]
# Needs: the server's launcher from ./mvnw -B -pl server-stubs -am package -DskipTests
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
launcher="$root/server-stubs/target/promo-server/bin/promo-server"
if [[ ! -x $launcher ]]; then
    echo "missing $launcher: run ./mvnw -B -pl server-stubs -am package -DskipTests first" >&2
    exit 1
fi

work=$(mktemp -d)
(cd "$work" && exec "$launcher" --server.port=0 > "$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT

port=""
for _ in $(seq 1 120); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/server.log" | head -n 1)
    [[ -n $port ]] && break
    kill -0 $server 2>/dev/null || { cat "$work/server.log" >&2; echo "the server did not start" >&2; exit 1; }
    sleep 0.5
done
if [[ -z $port ]]; then
    cat "$work/server.log" >&2
    echo "the server did not start within 60 s" >&2
    exit 1
fi

"$@" "http://localhost:$port"
