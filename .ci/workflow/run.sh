#!/usr/bin/env bash
# Checks the GitHub Actions workflow that teams copy: valid against GitHub's workflow schema
# (action-validator, pinned in package-lock.json), and running the same .ci/contracts.sh as .ci/run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
workflow="$here/../../.github/workflows/contracts.yml"
cd "$here"
npm ci --no-audit --no-fund --silent
npx --no-install action-validator "$workflow" \
    || { echo "workflow check: .github/workflows/contracts.yml is not a valid GitHub Actions workflow" >&2; exit 1; }
grep -Eq '^ +run: +\.ci/contracts\.sh *$' "$workflow" \
    || { echo "workflow check: .github/workflows/contracts.yml does not run .ci/contracts.sh, as .ci/run does" >&2; exit 1; }
echo "workflow check: .github/workflows/contracts.yml is valid and runs .ci/contracts.sh"
