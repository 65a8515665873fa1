package io.promocontracts.contract.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.promocontracts.contract.Exchange;
import io.promocontracts.contract.PageWalk;
import io.promocontracts.contract.SpecOperations;
import io.promocontracts.contract.coverage.ContractSource;
import io.promocontracts.contract.coverage.Observation;
import io.promocontracts.contract.coverage.ObservedAnswers;
import io.promocontracts.contract.generated.CaseTarget;
import io.promocontracts.contract.generated.GeneratedCases;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.OperationKind;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.ApiWorld;
import io.promocontracts.testkit.cases.JsonPointers;
import io.promocontracts.testkit.cases.SpecSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract suite against a running server, over HTTP only: the one {@code bin/promo-verify}
 * names ({@link PromoVerify}), which in the build is the packaged server. For each API: its documented
 * request examples, stored and read back; its documented errors (401 for a key nobody has, 404 across
 * tenants and modes, 409 for a taken code, 400 naming a missing member); its paging; and the cases
 * generated from its schemas ({@link GeneratedCases}). Everything it reads it first creates through
 * the API, as the key's tenant, each create with a code starting {@code PCV} and this run's id; it
 * changes only objects it created. What a refused request did not store it cannot count over HTTP:
 * the in-process run ({@code GeneratedCasesIT}) counts that in the database. A JUnit class that
 * {@link PromoVerify} runs through the JUnit Platform's launcher.
 */
public class ContractSuite implements CaseTarget {

    /** Every code this suite makes starts with it: the objects of a run are recognizable on a shared server. */
    static final String CODE_PREFIX = "PCV";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    private static final AtomicLong CODES = new AtomicLong();

    private static ServerUnderTest server;
    private final Map<ApiWorld, Map<String, JsonNode>> bindings = new EnumMap<>(ApiWorld.class);

    @BeforeAll
    static void start() throws IOException {
        Files.deleteIfExists(FailureLog.file());
        server = ServerUnderTest.fromSettings();
        System.out.println("contract suite: codes of this run start with " + CODE_PREFIX + RUN);
    }

    @TestFactory
    Stream<DynamicNode> contractOfEachApi() {
        GeneratedCases generated = new GeneratedCases(this);
        return Stream.of(ApiWorld.values()).filter(ServerUnderTest::verifies).map(world -> FailureLog.recorded(
                DynamicContainer.dynamicContainer(world.apiName(), Stream.of(
                        DynamicContainer.dynamicContainer("documented examples of " + world.apiName(), examples(world)),
                        DynamicContainer.dynamicContainer("documented errors of " + world.apiName(), errors(world)),
                        DynamicContainer.dynamicContainer("paging of " + world.apiName(), paging(world)),
                        generated.of(world)))));
    }

    // --- the documented examples -----------------------------------------------------------------

    /** Each operation's named 200 examples: a create or update sends its request example; a read reads an object of ours. */
    private Stream<DynamicNode> examples(ApiWorld world) {
        ApiSpec spec = spec(world);
        List<DynamicNode> tests = new ArrayList<>();
        for (SpecOperation operation : spec.operations()) {
            OperationKind kind = SpecOperations.kindOf(operation);
            for (String name : successExamples(spec, operation)) {
                String title = operation.operationId() + ": example " + name;
                switch (kind) {
                    case CREATE -> tests.add(DynamicTest.dynamicTest(title + " is stored as sent", () -> {
                        JsonNode body = ownCreate(world, operation, spec.requestExample(operation.operationId(), name));
                        Exchange created = expect(world, operation, operation.pathTemplate(), body, keys(world).test(), 200);
                        assertKeeps(world, body, created);
                        assertHolds(readBack(world, operation, created), created);
                    }));
                    case UPDATE -> tests.add(DynamicTest.dynamicTest(title + " changes an object of ours", () -> {
                        Exchange created = createOwn(world, operation);
                        String id = idOf(world, operation, created);
                        JsonNode body = withId(operation, bound(world, spec.requestExample(operation.operationId(), name)), id);
                        uniqueCode(operation, body);
                        Exchange updated = expect(world, operation, pathWith(operation, id), body, keys(world).test(), 200);
                        assertKeeps(world, body, updated);
                        assertHolds(readBack(world, operation, updated), updated);
                    }));
                    case READ_ONE -> tests.add(DynamicTest.dynamicTest(title + ": an object of ours, read back", () -> {
                        Exchange created = createOwn(world, operation);
                        Exchange read = expect(world, operation, pathWith(operation, idOf(world, operation, created)), null,
                                keys(world).test(), 200);
                        assertHolds(read.object(), created);
                    }));
                    case LIST -> tests.add(DynamicTest.dynamicTest(title + ": a page", () ->
                            expect(world, operation, operation.pathTemplate() + "?limit=1", null, keys(world).test(), 200)));
                }
            }
        }
        return tests.stream();
    }

    // --- the documented errors -------------------------------------------------------------------

    private Stream<DynamicNode> errors(ApiWorld world) {
        ApiSpec spec = spec(world);
        List<DynamicNode> tests = new ArrayList<>();
        for (SpecOperation operation : spec.operations()) {
            OperationKind kind = SpecOperations.kindOf(operation);
            String id = operation.operationId();
            if (operation.statuses().contains(401)) {
                tests.add(DynamicTest.dynamicTest(id + ": 401 for a key nobody has", () -> {
                    String path = kind == OperationKind.READ_ONE || kind == OperationKind.UPDATE
                            ? pathWith(operation, idOf(world, operation, createOwn(world, operation))) : operation.pathTemplate();
                    JsonNode body = kind == OperationKind.CREATE ? ownCreate(world, operation, firstRequestExample(spec, operation))
                            : kind == OperationKind.UPDATE ? withId(operation, bound(world, firstRequestExample(spec, operation)),
                            path.substring(path.lastIndexOf('/') + 1)) : null;
                    expect(world, operation, path, body, keys(world).test() + "_nobody", 401);
                }));
            }
            if ((kind == OperationKind.READ_ONE || kind == OperationKind.UPDATE) && operation.statuses().contains(404)) {
                for (boolean otherTenant : new boolean[] {true, false}) {
                    String whose = otherTenant ? "another tenant" : "the live mode of the same tenant";
                    tests.add(DynamicTest.dynamicTest(id + ": 404 for an object of ours, asked by " + whose, () -> {
                        Exchange created = createOwn(world, operation);
                        String objectId = idOf(world, operation, created);
                        JsonNode body = kind == OperationKind.UPDATE
                                ? withId(operation, bound(world, firstRequestExample(spec, operation)), objectId) : null;
                        if (body != null) {
                            uniqueCode(operation, body);
                        }
                        expect(world, operation, pathWith(operation, objectId), body,
                                otherTenant ? keys(world).otherTenant() : keys(world).live(), 404);
                        assertHolds(readBack(world, operation, created), created);
                    }));
                }
            }
            if (kind == OperationKind.CREATE && operation.uniqueMember().isPresent() && operation.statuses().contains(409)) {
                tests.add(DynamicTest.dynamicTest(id + ": 409 for a code the tenant has taken, 200 for another tenant", () -> {
                    JsonNode body = ownCreate(world, operation, firstRequestExample(spec, operation));
                    expect(world, operation, operation.pathTemplate(), body, keys(world).test(), 200);
                    expect(world, operation, operation.pathTemplate(), body, keys(world).test(), 409);
                    JsonNode theirs = bodyFor(world, body, keys(world).otherTenant());
                    expect(world, operation, operation.pathTemplate(), theirs, keys(world).otherTenant(), 200);
                }));
            }
            if (kind == OperationKind.CREATE && operation.statuses().contains(400)) {
                for (String member : requiredMembers(spec, operation)) {
                    tests.add(DynamicTest.dynamicTest(id + ": 400 naming " + member + " when it is missing", () -> {
                        ObjectNode body = (ObjectNode) ownCreate(world, operation, firstRequestExample(spec, operation));
                        ((ObjectNode) body.elements().next()).remove(member);
                        Exchange refused = expect(world, operation, operation.pathTemplate(), body, keys(world).test(), 400);
                        assertThat(refused.body().at(world.invalidCodePointer).asText()).as(refused.describe()).isEqualTo(world.invalidCode);
                        assertThat(refused.body().toString()).as("the error names the member: %s", refused.describe()).contains(member);
                    }));
                }
            }
        }
        return tests.stream();
    }

    // --- paging ----------------------------------------------------------------------------------

    /**
     * Each list with {@code x-promo-paging}: three objects of ours, then the list read two at a time
     * until all three were seen. Each page conforms and holds at most two; no object shows twice;
     * every page before the last read says more follow. A shared server may list many of the
     * tenant's objects before ours: the pages of two start where the largest pages first show one
     * of ours ({@link #cursorBefore}), the first page on a server that holds few.
     */
    private Stream<DynamicNode> paging(ApiWorld world) {
        ApiSpec spec = spec(world);
        return spec.operations().stream()
                .filter(list -> SpecOperations.kindOf(list) == OperationKind.LIST && list.paging().isPresent())
                .filter(list -> SpecOperations.sibling(list, OperationKind.CREATE, spec.operations()).isPresent())
                .map(list -> DynamicTest.dynamicTest(list.operationId() + ": pages of two hold each object once", () -> {
                    SpecOperation.Paging paging = list.paging().orElseThrow();
                    String idMember = idMember(world, list);
                    Set<String> ours = new LinkedHashSet<>();
                    for (int i = 0; i < 3; i++) {
                        ours.add(idOf(world, list, createOwn(world, list)));
                    }
                    Set<String> seen = new LinkedHashSet<>();
                    PageWalk walk = new PageWalk(list.operationId());
                    String next = cursorBefore(world, list, idMember, ours);
                    while (!seen.containsAll(ours)) {
                        walk.ask(next);
                        Exchange page = expect(world, list, list.pathTemplate() + "?limit=2"
                                + (next == null ? "" : "&" + paging.next() + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), null, keys(world).test(), 200);
                        JsonNode items = page.body().path(paging.items());
                        assertThat(items.size()).as("a page of two: %s", page.describe()).isBetween(0, 2);
                        for (JsonNode item : items) {
                            assertThat(seen.add(item.path(idMember).asText())).as("%s shows twice: %s", item.path(idMember), page.describe())
                                    .isTrue();
                        }
                        if (seen.containsAll(ours)) {
                            break;
                        }
                        assertThat(page.body().path(paging.more()).asBoolean())
                                .as("more follow while %s are not yet listed: %s", ours, page.describe()).isTrue();
                        next = walk.cursor(page, paging, idMember);
                    }
                }));
    }

    /** The cursor of the largest page on which the first of {@code ours} shows, walking from the first page; null for the first. */
    private String cursorBefore(ApiWorld world, SpecOperation list, String idMember, Set<String> ours) throws IOException, InterruptedException {
        Optional<String> largest = SpecOperations.largestPage(list);
        if (largest.isEmpty()) {
            return null;
        }
        SpecOperation.Paging paging = list.paging().orElseThrow();
        PageWalk walk = new PageWalk(list.operationId());
        String cursor = null;
        while (true) {
            walk.ask(cursor);
            Exchange page = expect(world, list, list.pathTemplate() + "?" + largest.get()
                    + (cursor == null ? "" : "&" + paging.next() + "=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null, keys(world).test(), 200);
            for (JsonNode item : page.body().path(paging.items())) {
                if (ours.contains(item.path(idMember).asText())) {
                    return cursor;
                }
            }
            assertThat(page.body().path(paging.more()).asBoolean()).as("%s are on no page: %s", ours, page.describe()).isTrue();
            cursor = walk.cursor(page, paging, idMember);
        }
    }

    // --- requests --------------------------------------------------------------------------------

    /** Sends a request with a key, asserts the status and that the answer is one the spec documents. */
    private Exchange expect(ApiWorld world, SpecOperation operation, String path, JsonNode body, String key, int status)
            throws IOException, InterruptedException {
        Exchange answer = Exchange.send(baseUrl(world), spec(world).keyScheme().header(), spec(world).keyScheme().value(key),
                operation.method(), path, body);
        ObservedAnswers.record(new Observation(ContractSource.RUNNING_SERVER, spec(world), operation.operationId(), answer.status(), null));
        assertThat(answer.status()).as("%s", answer.describe()).isEqualTo(status);
        assertThat(SpecConformance.of(spec(world)).responseViolations(operation.method(), path, answer.status(), answer.contentType(),
                answer.body())).as("the answer conforms to the spec: %s", answer.describe()).isEmpty();
        return answer;
    }

    /** An object of ours in the collection of {@code operation}, made by its create's first request example. */
    private Exchange createOwn(ApiWorld world, SpecOperation operation) throws IOException, InterruptedException {
        SpecOperation create = sibling(world, operation, OperationKind.CREATE);
        JsonNode body = ownCreate(world, create, firstRequestExample(spec(world), create));
        Exchange created = Exchange.send(baseUrl(world), spec(world).keyScheme().header(), authorization(world), create.method(),
                create.pathTemplate(), body);
        ObservedAnswers.record(new Observation(ContractSource.RUNNING_SERVER, spec(world), create.operationId(), created.status(), null));
        assertThat(created.status()).as("creating an object of ours: %s", created.describe()).isEqualTo(200);
        return created;
    }

    /** The object as the read-one operation of its collection answers it now. */
    private JsonNode readBack(ApiWorld world, SpecOperation operation, Exchange written) throws IOException, InterruptedException {
        SpecOperation readOne = sibling(world, operation, OperationKind.READ_ONE);
        return expect(world, readOne, pathWith(readOne, idOf(world, operation, written)), null, keys(world).test(), 200).object();
    }

    /** The object as read holds every member of the write's answer, unchanged (a read may carry more: Flowglad's redemptionCount). */
    private static void assertHolds(JsonNode read, Exchange written) {
        written.object().fieldNames().forEachRemaining(member -> assertThat(read.get(member))
                .as("%s as read back, after %s", member, written.describe()).isEqualTo(written.object().get(member)));
    }

    /** The members a write sent are in its answer, as the vendor documents storing them. */
    private static void assertKeeps(ApiWorld world, JsonNode sent, Exchange answer) {
        JsonNode members = sent.elements().next();
        members.fieldNames().forEachRemaining(member -> {
            JsonNode expected = world.stored.apply(member, members.get(member));
            JsonNode answered = answer.object().get(member);
            if (answered != null && expected.isValueNode()) {
                assertThat(sameValue(expected, answered)).as("%s: sent %s, answered %s: %s", member, expected, answered, answer.describe())
                        .isTrue();
            }
        });
    }

    /** Numbers by value, timestamps by instant (a server may write more fraction digits), all else as is. */
    private static boolean sameValue(JsonNode sent, JsonNode answered) {
        if (sent.isNumber() && answered.isNumber()) {
            return sent.decimalValue().compareTo(answered.decimalValue()) == 0;
        }
        if (sent.isTextual() && answered.isTextual()) {
            try {
                return OffsetDateTime.parse(sent.asText()).toInstant().equals(OffsetDateTime.parse(answered.asText()).toInstant());
            } catch (DateTimeParseException notTimestamps) {
                return sent.equals(answered);
            }
        }
        return sent.equals(answered);
    }

    /** A create body of ours from a request example: the caller's own objects bound in, the code ours. */
    private JsonNode ownCreate(ApiWorld world, SpecOperation create, JsonNode example) {
        JsonNode body = bound(world, example);
        uniqueCode(create, body);
        return body;
    }

    /** As {@link #ownCreate}'s body, for another tenant's key: that tenant's own objects bound in. */
    private JsonNode bodyFor(ApiWorld world, JsonNode body, String key) throws IOException, InterruptedException {
        JsonNode theirs = body.deepCopy();
        discover(world, key).forEach((pointer, value) -> {
            if (!theirs.at(pointer).isMissingNode()) {
                JsonPointers.set(theirs, pointer, value);
            }
        });
        return theirs;
    }

    /** A request example with the members it has that name the caller's objects set to the caller's own. */
    private JsonNode bound(ApiWorld world, JsonNode example) {
        JsonNode body = example.deepCopy();
        bindings(world).forEach((pointer, value) -> {
            if (!body.at(pointer).isMissingNode()) {
                JsonPointers.set(body, pointer, value);
            }
        });
        return body;
    }

    private void uniqueCode(SpecOperation operation, JsonNode body) {
        operation.uniqueMember().filter(pointer -> !body.at(pointer).isMissingNode() || SpecOperations.kindOf(operation) == OperationKind.CREATE)
                .ifPresent(pointer -> JsonPointers.set(body, pointer, TextNode.valueOf(nextCode())));
    }

    /** The body with each member that repeats the object's id ({@code x-promo-id-in-body}) set to {@code id}. */
    private static JsonNode withId(SpecOperation operation, JsonNode body, String id) {
        operation.idInBody().stream().filter(pointer -> !body.at(pointer).isMissingNode())
                .forEach(pointer -> JsonPointers.set(body, pointer, TextNode.valueOf(id)));
        return body;
    }


    private String idOf(ApiWorld world, SpecOperation operation, Exchange written) {
        String id = written.object().path(idMember(world, operation)).asText("");
        assertThat(id).as("the id of %s", written.describe()).isNotEmpty();
        return id;
    }

    private static String pathWith(SpecOperation operation, String id) {
        return operation.pathTemplate().replaceFirst("\\{[^}]+}", id);
    }

    private static String idMember(ApiWorld world, SpecOperation operation) {
        return sibling(world, operation, OperationKind.READ_ONE).idMember()
                .orElseThrow(() -> new IllegalStateException(operation + ": its collection's read-one operation names no x-promo-id"));
    }

    private static SpecOperation sibling(ApiWorld world, SpecOperation operation, OperationKind kind) {
        return SpecOperations.kindOf(operation) == kind ? operation
                : SpecOperations.sibling(operation, kind, spec(world).operations())
                        .orElseThrow(() -> new IllegalStateException(operation + " has no " + kind + " operation on its collection"));
    }

    /** The names of a create's 200 examples that have a request example of the same name. */
    private static List<String> successExamples(ApiSpec spec, SpecOperation operation) {
        List<String> names = spec.responseExampleNames(operation.operationId()).getOrDefault(200, List.of());
        return SpecOperations.kindOf(operation) == OperationKind.CREATE || SpecOperations.kindOf(operation) == OperationKind.UPDATE
                ? names.stream().filter(spec.requestExampleNames(operation.operationId())::contains).toList() : names.stream().limit(1).toList();
    }

    private static JsonNode firstRequestExample(ApiSpec spec, SpecOperation operation) {
        List<String> names = successExamples(spec, operation);
        return spec.requestExample(operation.operationId(), (names.isEmpty() ? spec.requestExampleNames(operation.operationId()) : names).get(0));
    }

    /** The members a create's body must have, inside its wrapping member; for a union, those every variant requires. */
    private static List<String> requiredMembers(ApiSpec spec, SpecOperation create) {
        JsonNode request = new SpecSchemas(spec.resolved()).requestSchema(create.method(), create.pathTemplate());
        JsonNode wrapped = request.path("properties").elements().next();
        if (!wrapped.has("oneOf")) {
            return SpecSchemas.required(wrapped);
        }
        List<String> everywhere = null;
        for (JsonNode variant : wrapped.get("oneOf")) {
            List<String> required = SpecSchemas.required(variant);
            everywhere = everywhere == null ? new ArrayList<>(required) : new ArrayList<>(everywhere.stream().filter(required::contains).toList());
        }
        return everywhere == null ? List.of() : everywhere;
    }

    private static ApiSpec spec(ApiWorld world) {
        return ApiSpec.named(world.apiName());
    }

    private static ServerUnderTest.Keys keys(ApiWorld world) {
        return server.keys(world);
    }

    // --- the target of the generated cases, and what the suite learns of the caller --------------

    @Override
    public String baseUrl(ApiWorld world) {
        return server.baseUrl(world);
    }

    @Override
    public String authorization(ApiWorld world) {
        return spec(world).keyScheme().value(keys(world).test());
    }

    /**
     * The caller's own objects the bodies must name, learnt through the API: for each member the
     * in-process world binds, a create of the caller's that answers it.
     */
    @Override
    public synchronized Map<String, JsonNode> bindings(ApiWorld world) {
        if (!bindings.containsKey(world)) {
            try {
                bindings.put(world, discover(world, keys(world).test()));
            } catch (IOException e) {
                throw new IllegalStateException("learning the caller's objects from " + baseUrl(world), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return bindings.get(world);
    }

    /**
     * What the members the demo world binds are for a key, learnt through the API: a member naming
     * another collection's object (Flex's coupon) is an object of that collection the key creates;
     * a member the create answers itself (Flowglad's organization and mode) comes from a create's
     * answer that leaves it out.
     */
    private Map<String, JsonNode> discover(ApiWorld world, String key) throws IOException, InterruptedException {
        ApiSpec spec = spec(world);
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (String pointer : world.bindings.keySet()) {
            String member = JsonPointers.name(pointer);
            Optional<SpecOperation> owner = spec.operations().stream()
                    .filter(operation -> SpecOperations.kindOf(operation) == OperationKind.READ_ONE)
                    .filter(operation -> operation.idMember().map(member::equals).orElse(false))
                    .flatMap(operation -> SpecOperations.sibling(operation, OperationKind.CREATE, spec.operations()).stream())
                    .findFirst();
            if (owner.isPresent()) {
                JsonNode body = firstRequestExample(spec, owner.get()).deepCopy();
                uniqueCode(owner.get(), body);
                Exchange made = Exchange.send(baseUrl(world), spec.keyScheme().header(), spec.keyScheme().value(key),
                        owner.get().method(), owner.get().pathTemplate(), body);
                assertThat(made.status()).as("creating the %s the cases name: %s", member, made.describe()).isEqualTo(200);
                found.put(pointer, made.object().get(member));
            }
        }
        List<String> answered = world.bindings.keySet().stream().filter(pointer -> !found.containsKey(pointer)).toList();
        if (!answered.isEmpty()) {
            SpecOperation create = spec.operations().stream()
                    .filter(operation -> SpecOperations.kindOf(operation) == OperationKind.CREATE)
                    .filter(operation -> answered.stream().allMatch(pointer ->
                            firstRequestExample(spec, operation).at(JsonPointers.parent(pointer)).isObject()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no create of " + world.apiName() + " sends " + answered));
            JsonNode body = firstRequestExample(spec, create).deepCopy();
            answered.forEach(pointer -> JsonPointers.remove(body, pointer));
            found.forEach((pointer, value) -> {
                if (!body.at(pointer).isMissingNode()) {
                    JsonPointers.set(body, pointer, value);
                }
            });
            uniqueCode(create, body);
            Exchange made = Exchange.send(baseUrl(world), spec.keyScheme().header(), spec.keyScheme().value(key), create.method(),
                    create.pathTemplate(), body);
            assertThat(made.status()).as("a create that leaves out %s: %s", answered, made.describe()).isEqualTo(200);
            answered.forEach(pointer -> found.put(pointer, made.object().get(JsonPointers.name(pointer))));
        }
        return found;
    }

    @Override
    public OptionalLong stored() {
        return OptionalLong.empty();
    }

    @Override
    public boolean claimsCodes() {
        return true;
    }

    @Override
    public String nextCode() {
        return CODE_PREFIX + RUN + Long.toString(CODES.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
    }

    @Override
    public ContractSource source() {
        return ContractSource.RUNNING_SERVER;
    }

    @Override
    public String name() {
        return server.name();
    }
}
