#!/usr/bin/env bash
# Lints both specs with the ecosystem's linters, pinned in package-lock.json: Spectral with
# spectral:oas and Redocly with its recommended rules. Fails on any error; the warnings kept are
# listed, each with its reason, in specs/README.md. Needs node and npm.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
npm ci --no-audit --no-fund --silent
specs=(../flex/promo-codes.yaml ../flowglad/discounts.yaml)
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error "${specs[@]}"
npx --no-install redocly lint --config redocly.yaml "${specs[@]}"
echo "spec lint: Spectral (spectral:oas) and Redocly (recommended) found no errors"
