#!/usr/bin/env bash
# Packs each generated TypeScript client as an npm tarball (client/target/npm/), installs the
# tarballs into a fresh folder as a consumer would, compiles src/check.ts there with tsc --strict,
# and runs it against the packaged server (client/with-server.sh). Fails if any step fails.
# Needs: node and npm; the clients and the server's launcher from
#   ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
generated="$root/client/target/generated-clients/typescript"
packages="$root/client/target/npm"

for need in "$generated/flex/package.json" "$generated/flowglad/package.json"; do
    if [[ ! -e $need ]]; then
        echo "missing $need: run ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests first" >&2
        exit 1
    fi
done

cd "$here"
npm ci --no-audit --no-fund

# npm pack builds each package with its prepare script; the pinned tsc of this folder compiles it.
rm -rf "$packages" && mkdir -p "$packages"
for api in flex flowglad; do
    (cd "$generated/$api" && PATH="$here/node_modules/.bin:$PATH" npm pack --loglevel=warn --pack-destination "$packages" >/dev/null)
done
ls "$packages"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/consumer"
cp -r package.json package-lock.json tsconfig.json src "$work/consumer/"
(cd "$work/consumer" && npm ci --no-audit --no-fund && npm install --no-save --no-audit --no-fund "$packages"/*.tgz \
    && npx tsc -p .)

"$root/client/with-server.sh" node "$work/consumer/dist/check.js"
