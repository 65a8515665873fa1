#!/usr/bin/env bash
# Cuts a release of the specs: the current documents become the baseline that the build's
# breaking-change check compares every later edit with, and specs/CHANGELOG.md gets an entry per
# changed document, in Markdown from the compatibility report, ready to paste into release notes.
# A document whose info.version equals its released one is left as it is. Commit the result.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
version_of() { sed -n 's/^  version: //p' "$1" | head -n 1; }

# The compatibility reports of the edits since the last release (the build's own check).
../mvnw -B -q -f ../pom.xml -pl test-kit,specs test -Dtest=SpecsStayCompatibleTest -Dsurefire.failIfNoSpecifiedTests=false

changelog=CHANGELOG.md
[[ -f $changelog ]] || printf '# Changelog of the specs\n\nNewest first; written by `specs/release.sh`.\n' > "$changelog"
entries=""
# Every spec of the catalog, as its manifest lists them (the build above wrote it).
for spec in $(cat target/classes/openapi/specs.txt); do
    current=$(version_of "$spec")
    released=$(version_of "released/$spec")
    if [[ $current == "$released" ]]; then
        echo "unchanged $spec (version $current)"
        continue
    fi
    report="target/compatibility/${spec%.yaml}.md"
    title=$(sed -n 's/^  title: //p' "$spec" | head -n 1)
    verdict=$(sed -n '1s/^# [^:]*: //p' "$report")
    # The report's body, without its title and version lines, one heading level down.
    body=$(sed '1,3d' "$report" | sed 's/^#/##/')
    entries+=$'\n'"## $title $current ($(date -u +%Y-%m-%d)), $verdict, after $released"$'\n'"$body"$'\n'
    mkdir -p "released/$(dirname "$spec")"
    cp "$spec" "released/$spec"
    echo "released $spec (version $current, was $released)"
done
if [[ -n $entries ]]; then
    { sed -n '1,3p' "$changelog"; printf '%s\n' "$entries"; sed '1,3d' "$changelog"; } > "$changelog.new"
    mv "$changelog.new" "$changelog"
    echo "Wrote the entries into specs/$changelog. Now commit specs/released/ and the changelog together with the release."
fi
