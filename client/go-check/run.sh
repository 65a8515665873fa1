#!/usr/bin/env bash
# Builds the Go check with the Go clients generated from the specs, offline and with the standard
# library alone (Debian's golang-go), and runs it against the packaged server. Which clients there
# are comes from the spec catalog's manifest: this writes the check's go.mod (a replace directive
# per API) and apis.go (each API's client package connected with its key's scheme) beside main.go.
# The demo tenants are handed over as JSON (Debian's python3-yaml). Fails if any step fails.
# Needs: go 1.19 or newer; python3 with yaml; the clients and the server's launcher from
#   ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-/usr/bin/python3}
manifest="$root/specs/target/classes/openapi/catalog.json"
generated="$root/client/target/generated-clients/go"

if [[ ! -f $manifest || ! -d $generated ]]; then
    echo "missing the Go clients: run ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests first" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/main.go" "$work/"
"$python" - "$manifest" "$generated" "$work" <<'PYTHON'
import json, sys
manifest, generated, work = sys.argv[1:]
apis = json.load(open(manifest))["apis"]
with open(f"{work}/go.mod", "w") as mod:
    mod.write("module promo-contracts.io/go-check\n\ngo 1.19\n\n")
    for api in apis:
        mod.write(f"require promo-contracts.io/clients/{api['name']} v0.0.0\n")
        mod.write(f"replace promo-contracts.io/clients/{api['name']} => {generated}/{api['name']}\n")
with open(f"{work}/apis.go", "w") as go:
    go.write("package main\n\nimport (\n\t\"context\"\n")
    for api in apis:
        go.write(f"\t{api['name']} \"promo-contracts.io/clients/{api['name']}\"\n")
    go.write(")\n\nfunc init() {\n")
    for api in apis:
        name, key = api["name"], api["key"]
        context = (f"context.WithValue(context.Background(), {name}.ContextAccessToken, key)" if key["bearer"] else
                   f"context.WithValue(context.Background(), {name}.ContextAPIKeys, map[string]{name}.APIKey{{\"{key['scheme']}\": {{Key: key}}}})")
        go.write(f"\tregister(\"{name}\", func(baseURL, key string) (any, context.Context) {{\n"
                 f"\t\tconfiguration := {name}.NewConfiguration()\n"
                 f"\t\tconfiguration.Servers = {name}.ServerConfigurations{{{{URL: baseURL}}}}\n"
                 f"\t\treturn {name}.NewAPIClient(configuration), {context}\n\t}})\n")
    go.write("}\n")
PYTHON
"$python" -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), sys.stdout)' \
    "$root/test-kit/src/main/resources/demo-tenants.yaml" > "$work/demo-tenants.json"

# No module proxy, no checksum database, no newer toolchain: what the clients need must be here.
(cd "$work" && GOPROXY=off GOSUMDB=off GOFLAGS=-mod=mod GOTOOLCHAIN=local go build -o "$work/go-check" .)
"$root/client/with-server.sh" "$work/go-check" "$manifest" "$work/demo-tenants.json"
