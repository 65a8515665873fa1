#!/usr/bin/env bash
# Every check of the project, in order, on a machine that has what .ci/run installs (a JDK 17+,
# Node.js and npm, Chromium and chromedriver, Go, python3 with pydantic 1.10, urllib3, dateutil and
# yaml). .ci/run and the GitHub Actions workflow .github/workflows/contracts.yml both run exactly
# this, so the two cannot drift apart. Any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

# The workflow teams copy is itself checked: it is valid for GitHub Actions and runs this script.
.ci/workflow/run.sh

# Other languages: the TypeScript, Python and Go clients generated from the specs (and the server jar).
./mvnw -B -q -pl client -am -Pclients package -DskipTests

# The TypeScript consumer writes its pacts first, so that the provider verification of the README's
# test command verifies them beside the Java consumer's.
contract-tests/typescript-consumer/run.sh

./mvnw -B verify

# The specs as the ecosystem's linters see them: Spectral (spectral:oas) and Redocly (recommended).
specs/lint/run.sh

# The API reference at /docs in a real browser (Debian's Chromium through chromedriver).
./mvnw -B -pl test-kit,specs,server-stubs verify -Pbrowser -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=DocsPageBrowserIT

# The clients of every language against the packaged server: TypeScript installed from its npm
# tarballs (with Flowglad's official SDK beside it), Python on Debian's packages, Go offline with
# the standard library alone. Each failure names the language, the operation and the answer.
client/typescript-check/run.sh
client/python-check/run.sh
client/go-check/run.sh
