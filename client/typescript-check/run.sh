#!/usr/bin/env bash
# Compiles the generated TypeScript clients with tsc --strict, starts the packaged server on a free
# port over a throw-away database, and runs src/check.ts against it. Fails if any step fails.
# Needs: node and npm; the clients and the server's launcher from
#   ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
launcher="$root/server-stubs/target/promo-server/bin/promo-server"

for need in "$launcher" "$root/client/target/generated-clients/typescript/flex/index.ts"; do
    if [[ ! -e $need ]]; then
        echo "missing $need: run ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests first" >&2
        exit 1
    fi
done

cd "$here"
npm ci --no-audit --no-fund
rm -rf dist
npx tsc -p .

work=$(mktemp -d)
# In the throw-away directory, the embedded default keeps its ./data there.
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

node dist/typescript-check/src/check.js "http://localhost:$port"
