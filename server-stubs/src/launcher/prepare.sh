#!/usr/bin/env bash
# Prepares the server's fast launch at `./mvnw package` (run by the build, not by hand):
#   prepare.sh <java home> <executable jar> <destination>
# extracts the jar (classes load faster from plain jars than from a jar nested in a jar), runs the
# server once on a scratch database with the options the launcher uses, sends it every operation of
# the specs (Training.java), and keeps what the JVM archives at exit: on a JDK with an ahead-of-time
# cache (24+) the loaded and linked classes and their profiles, on older JDKs a class-data-sharing
# archive. The destination then holds bin/promo-server, the launcher; <destination>.tar.gz holds the
# same without the archive, which serves only the folder and JDK it was made in: the server as a
# team downloads it, for any Java 17+ runtime.
set -euo pipefail
java_home=$1 jar=$2 destination=$3
java=$java_home/bin/java
sources=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

rm -rf "$destination"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$destination" >/dev/null
mkdir -p "$destination/bin"
cp "$sources/promo-server" "$destination/bin/promo-server"
echo "$java_home" >"$destination/jdk"

destination=$(cd "$destination" && pwd -P)
# The archive is only valid here: the launcher uses it only when started from this folder.
echo "$destination" >"$destination/prepared-in"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if "$java" -XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
    archive=(-XX:AOTCacheOutput="$destination/app.aot" -Xlog:aot=off -Xlog:cds=off)
else
    # A class-data-sharing archive holds classes only, not the JIT's work: the run stops at C1, sooner done.
    archive=(-XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$destination/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
# In a scratch directory, the embedded default keeps its ./data there: the training runs the
# settings users get.
(cd "$scratch" && export JAVA_OPTS="${archive[*]}" && exec "$destination/bin/promo-server" --server.port=0 >"$scratch/server.log" 2>&1) &
server=$!
fail() { echo "prepare.sh: $1; the server's log:" >&2; cat "$scratch/server.log" >&2; kill "$server" 2>/dev/null; exit 1; }

port=
for _ in $(seq 600); do
    kill -0 "$server" 2>/dev/null || fail "the training run of the server ended early"
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$scratch/server.log")
    [[ -n $port ]] && break
    sleep 0.1
done
[[ -n $port ]] || fail "the training run of the server did not start in 60 s"

# Every operation of the packaged specs, with the demo keys of db/demo (Training.java, on the server's classpath).
"$java" -XX:TieredStopAtLevel=1 -cp "$destination/lib/*" "$sources/Training.java" "http://127.0.0.1:$port" \
    '/v1/=Bearer fsk_test_acme_4f8a2c61d9b7e350' '/api/=sk_test_acme_5d2b9f47e1c3a860' \
    || fail "the training requests failed"
kill -TERM "$server"
wait "$server" || true
[[ -f $destination/app.aot || -f $destination/app.jsa ]] || fail "the JVM wrote no archive"
# Fast compression: the archive is built at every package, and the jars inside are compressed already.
tar -C "$(dirname "$destination")" --exclude=app.jsa --exclude=app.aot --exclude=prepared-in -cf - "$(basename "$destination")" \
    | gzip -1 >"$destination.tar.gz"
