#!/usr/bin/env bash
# Lints every spec with the ecosystem's linters, pinned in package-lock.json: Spectral with
# spectral:oas and Redocly with its recommended rules. Fails on any error; the warnings kept are
# listed, each with its reason, in specs/README.md. Needs node and npm.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
npm ci --no-audit --no-fund --silent
# Every spec of the catalog, as the build lists them.
listed=../target/classes/openapi/specs.txt
[[ -f $listed ]] || { echo "missing $listed: run ./mvnw -B -pl test-kit,specs process-classes first" >&2; exit 1; }
mapfile -t specs < <(sed 's|^|../|' "$listed")
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error "${specs[@]}"
npx --no-install redocly lint --config redocly.yaml "${specs[@]}"
echo "spec lint: Spectral (spectral:oas) and Redocly (recommended) found no errors"
