#!/usr/bin/env bash
# Shows that the build's guards catch the faults they exist for. For each change below, a throw-away
# clone of this repository gets the change, and ./mvnw verify must fail, in the named test.
# Usage: contract-tests/prove-it-bites.sh [spec|server|client|validation|durability|typescript|vendor|codes|disk|coverage|plans|binding|limits|slowbodies|health|pages|outcomes|parameters|roundtrip|examples|prism|budget|logflood|wrongkeys|rules|patterns|deadline|walks]...   (default: all)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

apply_change() {
    case $1 in
        spec)   # A spec example promises a value the server does not send.
            sed -i '0,/                      times_redeemed: 0/s//                      times_redeemed: 1/' specs/flex/promo-codes.yaml ;;
        server) # The server answers a duplicate with another error code.
            sed -i 's/case CONFLICT -> "CONFLICT";/case CONFLICT -> "DUPLICATE";/' \
                server-stubs/src/main/java/io/promocontracts/server/flowglad/FlowgladApi.java ;;
        client) # The Java client is generated without reading Flowglad's union by its discriminator.
            sed -i '/<useOneOfDiscriminatorLookup>true<\/useOneOfDiscriminatorLookup>/d' client/pom.xml ;;
        validation) # The server stops holding request bodies against the spec.
            sed -i 's/violations = operation.bodyViolations(body.json());/violations = List.of();/' \
                server-stubs/src/main/java/io/promocontracts/server/pipeline/RequestPipeline.java ;;
        typescript) # The server answers a Flowglad id nobody has with another code than the TypeScript consumer expects.
            sed -i 's/case RESOURCE_MISSING, NO_SUCH_OBJECT, NOT_FOUND -> "NOT_FOUND";/case RESOURCE_MISSING, NO_SUCH_OBJECT, NOT_FOUND -> "MISSING";/' \
                server-stubs/src/main/java/io/promocontracts/server/flowglad/FlowgladApi.java ;;
        durability) # Creates are acknowledged without waiting for the checkpoint that writes them.
            sed -i 's/            checkpointAfterCommit = true;/            checkpointAfterCommit = false;/' \
                server-stubs/src/main/java/io/promocontracts/server/storage/DurableCommits.java ;;
        vendor) # Flex timestamps must have microseconds again, which Flex's own list and update pages do not show.
            sed -i "s/(\\\\.\\\\d{1,9})?Z\\$'/\\\\.\\\\d{6}Z\\$'/" specs/flex/promo-codes.yaml ;;
        codes)  # The server sends an issue code the Flowglad spec does not list.
            sed -i 's/Map.entry("const", "invalid_literal")/Map.entry("const", "invalid_constant")/' \
                server-stubs/src/main/java/io/promocontracts/server/flowglad/FlowgladApi.java ;;
        disk)   # Writes no longer stop while the embedded database's disk is short of space.
            sed -i 's/        if (free < reserveBytes) {/        if (false) {/' \
                server-stubs/src/main/java/io/promocontracts/server/storage/DiskReserve.java ;;
        coverage) # The one contract case of Flowglad's documented 403 is dropped.
            sed -i '/"createDiscount: 403 for a body naming another organization"/,+3d' \
                contract-tests/src/test/java/io/promocontracts/contract/FlowgladContract.java ;;
        plans)  # The discount code's unique index leads with the page index's columns again (V6 undone).
            rm server-stubs/src/main/resources/db/migration/V6__discount_code_unique_by_code.sql ;;
        binding) # Request bodies are parsed again by Spring's own converter instead of bound from the checked tree.
            sed -i '/converters.addCustomConverter(new CheckedBodyConverter());/d' \
                server-stubs/src/main/java/io/promocontracts/server/pipeline/PipelineConfig.java ;;
        limits) # Each key's share is as large as the server: one key's flood reaches every other key.
            sed -i 's/^promo.limits.requests-per-second=500$/promo.limits.requests-per-second=1000000/; s/^promo.limits.burst=1000$/promo.limits.burst=1000000/; s/^promo.limits.concurrent-requests=16$/promo.limits.concurrent-requests=100000/' \
                server-stubs/src/main/resources/application.properties ;;
        slowbodies) # A body still arriving is waited for on a worker instead of read while the request is suspended.
            sed -i 's/        if (request.getAttribute(ArrivedBodyValve.ARRIVED) == null) {/        if (false) {/' \
                server-stubs/src/main/java/io/promocontracts/server/pipeline/BodyReader.java ;;
        health) # Every health check is a durable write again.
            sed -i 's/        if (System.nanoTime() - latest < FRESH.toNanos()) {/        if (false) {/; s/        if (!probing.tryLock()) {/        if (!probing.tryLock() \&\& false) {/' \
                server-stubs/src/main/java/io/promocontracts/server/storage/DatabaseHealth.java ;;
        pages)  # A list page is bounded by its limit only, however large its promo codes.
            sed -i 's/    public static final int BYTES = 512 \* 1024;/    public static final int BYTES = Integer.MAX_VALUE;/' \
                server-stubs/src/main/java/io/promocontracts/server/common/PageBudget.java ;;
        outcomes) # A create whose commit failed is answered without looking for what was stored.
            sed -i 's/        } catch (CommitOutcomeUnknownException unknown) {/        } catch (IllegalStateException unknown) {/' \
                server-stubs/src/main/java/io/promocontracts/server/storage/CommitOutcomes.java ;;
        parameters) # A named parameter given twice is checked by its first value, as before.
            sed -i 's/            if (values.size() > 1) {/            if (false) {/' \
                specs/src/main/java/io/promocontracts/specs/SpecOperation.java ;;
        roundtrip) # Flex's create accepts a new optional member that the server neither keeps nor refuses.
            sed -i "/^    PromoCodeCreate:/,/^      properties:/s/^      properties:\$/      properties:\n        expires_at:\n          type: string\n          format: date-time\n          description: When the promo code stops working.\n          example: '2027-01-01T00:00:00Z'/" \
                specs/flex/promo-codes.yaml ;;
        examples) # The demo data no longer holds the objects the specs' read and update examples name.
            rm server-stubs/src/main/resources/db/demo/V101__documented_examples.sql ;;
        prism)  # The server under verify-server.sh is Prism mocking the specs: it keeps nothing and takes any key.
            true ;;
        budget) # A page's budget counts a coupon's metadata but not its products.
            sed -i 's/ + COALESCE(OCTET_LENGTH(c.applies_to_products), 0) AS variable_bytes/ AS variable_bytes/' \
                server-stubs/src/main/java/io/promocontracts/server/flex/PromoCodeRepository.java ;;
        logflood) # A body the answer closed unread fails the request again, stack trace and all.
            sed -i 's/        } catch (IOException closedByTheApplication) {/        } catch (IllegalStateException closedByTheApplication) {/' \
                server-stubs/src/main/java/io/promocontracts/server/container/UnreadBodyValve.java ;;
        wrongkeys) # Requests that fail authentication are no longer limited per address.
            sed -i 's/^promo.limits.unauthenticated.requests-per-second=20$/promo.limits.unauthenticated.requests-per-second=1000000/; s/^promo.limits.unauthenticated.burst=200$/promo.limits.unauthenticated.burst=1000000/' \
                server-stubs/src/main/resources/application.properties ;;
        rules)  # A promo code may be redeemed more often than its coupon allows.
            sed -i 's/        if (maxRedemptions != null \&\& coupon.maxRedemptions() != null \&\& maxRedemptions > coupon.maxRedemptions()) {/        if (false) {/' \
                server-stubs/src/main/java/io/promocontracts/server/flex/PromoCodeService.java ;;
        patterns) # Patterns are applied by java.util.regex as it stands, whose $ also matches before a final line break.
            sed -i 's/            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())/            .regularExpressionFactory(regex -> value -> java.util.regex.Pattern.compile(regex).matcher(value).find())/' \
                specs/src/main/java/io/promocontracts/specs/SpecConformance.java ;;
        deadline) # The verifier waits for an answer's body as long as the server takes to send it.
            sed -i 's/answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS)/answer.get(1, TimeUnit.DAYS)/' \
                contract-tests/src/main/java/io/promocontracts/contract/Exchange.java ;;
        walks)  # A list walk follows whatever cursor the server hands back, for as many pages as it hands out.
            sed -i 's/    public void ask(String cursor) {/    public void ask(String cursor) {\n        if (true) {\n            return;\n        }/' \
                contract-tests/src/main/java/io/promocontracts/contract/PageWalk.java ;;
        *) echo "unknown change: $1" >&2; return 2 ;;
    esac
}

expected_failure() {
    case $1 in
        spec)   echo "FlexProviderPactIT" ;;
        server) echo "FlowgladProviderPactIT" ;;
        client) echo "FlowgladConsumerPactTest" ;;
        validation) echo "GeneratedCasesIT" ;;
        durability) echo "CrashRecoveryIT" ;;
        typescript) echo "promo-contracts-typescript-client" ;;
        vendor) echo "VendorExamplesTest" ;;
        codes) echo "FlowgladApiTest" ;;
        disk) echo "FullDiskIT" ;;
        coverage) echo "createDiscount 403: documented, but no contract case" ;;
        plans) echo "DiscountListPlanTest" ;;
        binding) echo "RequestPipelineTest" ;;
        limits|health|pages) echo "AbuseIT" ;;
        slowbodies) echo "SlowClientTest" ;;
        outcomes) echo "CommitOutcomesTest" ;;
        parameters) echo "ProtocolEdgesTest" ;;
        roundtrip) echo "GeneratedCasesIT" ;;
        examples) echo "DocumentedExamplesIT" ;;
        prism) echo "FAILED flex" ;;
        budget) echo "FlexPageBudgetTest" ;;
        logflood) echo "LogFloodTest" ;;
        wrongkeys) echo "AbuseIT" ;;
        rules) echo "PromoCodeServiceTest" ;;
        patterns) echo "SpecConformanceTest" ;;
        deadline) echo "ExchangeTest" ;;
        walks) echo "PageWalkTest" ;;
    esac
}

# Everything is built in the clone's reactor, never installed: the local Maven repository that
# other builds resolve modules from keeps no artifact of a broken clone.
contracts() {
    ./mvnw -B -pl test-kit,specs,server-stubs,client,contract-tests verify \
        -Dtest='*ConsumerPactTest' -Dsurefire.failIfNoSpecifiedTests=false \
        -Dit.test='*PactIT,PactsConformToSpecsIT,GeneratedCasesIT' -Dfailsafe.failIfNoSpecifiedTests=false
}

# verify-server.sh against Prism 5.16 (bench/package-lock.json) mocking each spec on a port of its own.
prism_verified() {
    (cd bench && npm ci --no-audit --no-fund --silent) || return 2
    node bench/node_modules/.bin/prism mock -h 127.0.0.1 -p 14020 specs/flex/promo-codes.yaml > prism-flex.log 2>&1 &
    local flex=$!
    node bench/node_modules/.bin/prism mock -h 127.0.0.1 -p 14021 specs/flowglad/discounts.yaml > prism-flowglad.log 2>&1 &
    local flowglad=$!
    until curl -s -o /dev/null http://127.0.0.1:14020/v1/promo_codes && curl -s -o /dev/null http://127.0.0.1:14021/api/v1/discounts; do
        sleep 0.2
    done
    FLOWGLAD_URL=http://127.0.0.1:14021 contract-tests/verify-server.sh http://127.0.0.1:14020
    local result=$?
    kill "$flex" "$flowglad"
    return $result
}

abuse() {
    ./mvnw -B -pl test-kit,specs,server-stubs verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$1"
}

verify() {
    case $1 in
        typescript) ./mvnw -B -q -pl client -am -Pclients package -DskipTests >/dev/null 2>&1
                    contract-tests/typescript-consumer/run.sh && contracts ;;
        durability) ./mvnw -B -pl test-kit,specs,server-stubs verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
                        -Dit.test='CrashRecoveryIT#embedded*' ;;
        vendor) ./mvnw -B -pl test-kit,specs test -Dtest=VendorExamplesTest -Dsurefire.failIfNoSpecifiedTests=false ;;
        codes) ./mvnw -B -pl test-kit,specs,server-stubs test -Dtest=FlowgladApiTest -Dsurefire.failIfNoSpecifiedTests=false ;;
        plans) ./mvnw -B -pl test-kit,specs,server-stubs test -Dtest='*ListPlanTest' -Dsurefire.failIfNoSpecifiedTests=false ;;
        binding) ./mvnw -B -pl test-kit,specs,server-stubs test -Dtest=RequestPipelineTest -Dsurefire.failIfNoSpecifiedTests=false ;;
        disk) ./mvnw -B -pl test-kit,specs,server-stubs verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
                  -Dit.test=FullDiskIT ;;
        limits) abuse 'AbuseIT#oneKey*' ;;
        health) abuse 'AbuseIT#aFloodOfHealth*' ;;
        wrongkeys) abuse 'AbuseIT#aFloodOfKeys*' ;;
        pages) abuse 'AbuseIT#pages*' ;;
        examples) abuse DocumentedExamplesIT ;;
        prism) prism_verified ;;
        patterns) ./mvnw -B -pl test-kit,specs test -Dtest=SpecConformanceTest -Dsurefire.failIfNoSpecifiedTests=false ;;
        deadline|walks) ./mvnw -B -pl test-kit,specs,server-stubs,client,contract-tests test -Dtest="$(expected_failure "$1")" \
                            -Dsurefire.failIfNoSpecifiedTests=false ;;
        slowbodies|outcomes|parameters|budget|logflood|rules)
            ./mvnw -B -pl test-kit,specs,server-stubs test -Dtest="$(expected_failure "$1")" -Dsurefire.failIfNoSpecifiedTests=false ;;
        *) contracts ;;
    esac
}

status=0
for change in "${@:-spec server client validation durability typescript vendor codes disk coverage plans binding limits slowbodies health pages outcomes parameters roundtrip examples prism budget logflood wrongkeys rules patterns deadline walks}"; do
  for one in $change; do
    work=$(mktemp -d)
    git clone -q "$root" "$work/repo"
    (
        cd "$work/repo"
        apply_change "$one" || exit 2
        git --no-pager diff --stat
        verify "$one" > "$work/build.log" 2>&1
    )
    result=$?
    test=$(expected_failure "$one")
    if [[ $result -ne 0 ]] && grep -q "FAILURE.*$test\|$test.*FAILURE\|\] .*$test - Upon\|^ *$test" "$work/build.log"; then
        echo "== $one change: caught by $test"
        grep -h "^crash test on" "$work/build.log" || true
        grep -E -A12 "<<< (FAILURE|ERROR)!" "$work/build.log" | grep -v '^\s*at ' | head -16
    else
        echo "== $one change: NOT caught (exit $result); log: $work/build.log" >&2
        status=1
        continue
    fi
    rm -rf "$work"
  done
done
exit $status
