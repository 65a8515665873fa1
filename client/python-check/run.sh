#!/usr/bin/env bash
# Runs check.py, the Python clients generated from the specs, against the packaged server, on
# Debian's python3 and its packages (python3-pydantic 1.10, python3-urllib3, python3-dateutil,
# python3-yaml): PYTHON names another interpreter. Fails if any step fails.
# Needs: the clients and the server's launcher from
#   ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
generated="$root/client/target/generated-clients/python"
python=${PYTHON:-/usr/bin/python3}

manifest="$root/specs/target/classes/openapi/catalog.json"
if [[ ! -f $manifest || ! -d $generated ]]; then
    echo "missing $generated: run ./mvnw -B -pl server-stubs,client -am -Pclients package -DskipTests first" >&2
    exit 1
fi
"$python" -c 'import pydantic, urllib3, dateutil, yaml' || {
    echo "python: $python lacks pydantic 1.10, urllib3, dateutil or yaml (Debian: apt-get install python3-pydantic python3-urllib3 python3-dateutil python3-yaml)" >&2
    exit 1
}

# Every API's client on the path: the check finds each by the catalog's name for it.
PYTHONPATH=$(printf '%s:' "$generated"/*) "$root/client/with-server.sh" "$python" "$here/check.py" "$manifest" \
    "$root/test-kit/src/main/resources/demo-tenants.yaml"
