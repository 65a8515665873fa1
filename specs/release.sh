#!/usr/bin/env bash
# Cuts a release of the specs: the current documents become the baseline that the build's
# breaking-change check compares every later edit with. Commit the result with the release.
set -euo pipefail
cd "$(dirname "$0")"
for spec in flex/promo-codes.yaml flowglad/discounts.yaml; do
    mkdir -p "released/$(dirname "$spec")"
    cp "$spec" "released/$spec"
    echo "released $spec (version $(sed -n 's/^  version: //p' "$spec" | head -n 1))"
done
echo "Now commit specs/released/ together with the release."
