#!/usr/bin/env bash
# Packs each generated TypeScript client as an npm tarball (client/target/npm/), installs the
# tarballs into a fresh folder as a consumer would, compiles src/ there with tsc --strict, and runs
# against the packaged server (client/with-server.sh) check.ts, every operation of every API by the
# spec catalog's manifest, and sdk.ts, Flowglad's official SDK. Fails if any step fails.
# Needs: node and npm; the clients and the server's launcher from
#   ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
generated="$root/client/target/generated-clients/typescript"
packages="$root/client/target/npm"

manifest="$root/specs/target/classes/openapi/catalog.json"
if [[ ! -f $manifest || ! -d $generated ]]; then
    echo "missing the TypeScript clients: run ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests first" >&2
    exit 1
fi

cd "$here"
npm ci --no-audit --no-fund

# npm pack builds each package with its prepare script; the pinned tsc of this folder compiles it.
rm -rf "$packages" && mkdir -p "$packages"
for api in "$generated"/*/; do
    (cd "$api" && PATH="$here/node_modules/.bin:$PATH" npm pack --loglevel=warn --pack-destination "$packages" >/dev/null)
done
ls "$packages"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/consumer"
cp -r package.json package-lock.json tsconfig.json src "$work/consumer/"
(cd "$work/consumer" && npm ci --no-audit --no-fund && npm install --no-save --no-audit --no-fund "$packages"/*.tgz \
    && npx tsc -p .)

# The demo tenants (test-kit's demo-tenants.yaml) as JSON, for node to read.
tenants="$work/demo-tenants.json"
/usr/bin/python3 -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)' \
    "$root/test-kit/src/main/resources/demo-tenants.yaml" > "$tenants"
"$root/client/with-server.sh" node "$work/consumer/dist/check.js" "$manifest" "$tenants"
"$root/client/with-server.sh" node "$work/consumer/dist/sdk.js" "$tenants"
