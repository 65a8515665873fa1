#!/usr/bin/env bash
# The TypeScript consumer's contract: compiles the test with the typescript-fetch clients generated
# from the specs (tsc --strict) and runs it with node's test runner against Pact JS's mock server.
# It writes contract-tests/target/pacts/promo-contracts-typescript-client-<provider>.json, which the
# Java provider verification (./mvnw verify) then verifies beside the Java consumer's pacts.
# Needs: node and npm; the clients from ./mvnw -B -pl client -am -Pclients package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [[ ! -e $root/client/target/generated-clients/typescript/flex/src/index.ts ]]; then
    echo "missing the TypeScript clients: run ./mvnw -B -pl client -am -Pclients package -DskipTests first" >&2
    exit 1
fi
cd "$here"
npm ci --no-audit --no-fund --silent
rm -rf dist "$root"/contract-tests/target/pacts/promo-contracts-typescript-client-*.json
npx --no-install tsc -p .
node --test dist/contract-tests/typescript-consumer/src/
