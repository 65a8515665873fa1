#!/usr/bin/env bash
# Builds the Go check with the Go clients generated from the specs, offline and with the standard
# library alone (Debian's golang-go), and runs it against the packaged server. The specs' YAML is
# handed over as JSON (Debian's python3-yaml), which Go's standard library reads. Fails if any step
# fails.
# Needs: go 1.19 or newer; python3 with yaml; the clients and the server's launcher from
#   ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-/usr/bin/python3}

if [[ ! -f $root/client/target/generated-clients/go/flex/go.mod ]]; then
    echo "missing the Go clients: run ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests first" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for api in flex/promo-codes flowglad/discounts; do
    "$python" -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), sys.stdout, default=str)' \
        "$root/specs/$api.yaml" > "$work/${api%%/*}.json"
done

# No module proxy, no checksum database, no newer toolchain: what the clients need must be here.
(cd "$here" && GOPROXY=off GOSUMDB=off GOFLAGS=-mod=mod GOTOOLCHAIN=local go build -o "$work/go-check" .)
"$root/client/with-server.sh" "$work/go-check" "$work"
