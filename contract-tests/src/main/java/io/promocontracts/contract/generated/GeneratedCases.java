package io.promocontracts.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.cases.InvalidMutations;
import io.promocontracts.testkit.cases.JsonPointers;
import io.promocontracts.testkit.cases.InvalidMutations.Mutation;
import io.promocontracts.contract.coverage.Observation;
import io.promocontracts.contract.coverage.ObservedAnswers;
import io.promocontracts.contract.Exchange;
import io.promocontracts.contract.PageWalk;
import io.promocontracts.contract.SpecOperations;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.testkit.ApiWorld;
import io.promocontracts.specs.OperationKind;
import io.promocontracts.testkit.cases.ParameterRequests;
import io.promocontracts.testkit.cases.SpecSchemas;
import io.promocontracts.testkit.cases.ValidInstances;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract cases generated from the specs' request schemas, for every operation (its body, or its
 * path and query parameters), sent over HTTP to a {@link CaseTarget}: the application in-process
 * ({@code GeneratedCasesIT}) or any running server ({@code ContractSuite}). Invalid cases
 * (InvalidMutations) must get 400 in the vendor's error shape, a response the spec documents, and
 * nothing stored; valid cases (ValidInstances) must get 200, a documented response, one object
 * stored, every member sent kept ({@link RoundTrip}), and the object read back by its id and found
 * in its list exactly as the write answered it. What is stored is counted where the target can
 * count it (its database); over HTTP alone, the read-backs show it. The seed is printed;
 * {@code -Dcases.seed=N} replays a run.
 */
public final class GeneratedCases {

    private static final long SEED = Long.getLong("cases.seed", 20261123L);
    private static final int VALID_CASES = 40;
    /** The first valid cases of a write give every optional member, so that each is sent at least once. */
    private static final int EVERY_MEMBER_CASES = 4;
    private static final int MUTATION_BASES = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong UNIQUE = new AtomicLong();

    private final CaseTarget target;
    private final RoundTrip roundTrip = new RoundTrip();

    public GeneratedCases(CaseTarget target) {
        this.target = target;
    }

    /** The cases of every operation of an API, then its round trip. */
    public DynamicContainer of(ApiWorld world) {
        System.out.println("generated contract cases of " + world.apiName() + ": seed " + SEED + " (replay with -Dcases.seed=" + SEED + ")");
        return DynamicContainer.dynamicContainer("generated cases of " + world.apiName(), Stream.concat(conformance(world).operations().stream()
                .map(operation -> switch (SpecOperations.kindOf(operation)) {
                    case CREATE, UPDATE -> bodyCases(world, operation);
                    case READ_ONE, LIST -> parameterCases(world, operation);
                }), Stream.of(roundTrip(world))));
    }

    /**
     * After an API's cases: each request member of each write was sent by some case and kept (or
     * the spec declares it accepted and not kept), and each answer member the spec documents was
     * in some answer (or declared unsent). What became of each member goes to the coverage report.
     */
    private DynamicContainer roundTrip(ApiWorld world) {
        SpecSchemas schemas = new SpecSchemas(spec(world).resolved());
        List<SpecOperation> operations = conformance(world).operations();
        Stream<DynamicTest> writes = operations.stream()
                .filter(operation -> SpecOperations.kindOf(operation) == OperationKind.CREATE || SpecOperations.kindOf(operation) == OperationKind.UPDATE)
                .map(operation -> DynamicTest.dynamicTest("every request member of " + operation.operationId() + " is kept",
                        () -> assertThat(roundTrip.notShownKept(operation, schemas.requestSchema(operation.method(), operation.pathTemplate())))
                                .isEmpty()));
        DynamicTest answers = DynamicTest.dynamicTest("every answer member of " + world.apiName() + " is sent", () -> {
            roundTrip.write(ObservedAnswers.directory().resolve("round-trip-" + target.name() + ".tsv"));
            assertThat(roundTrip.neverSent(world, operations.stream()
                    .map(operation -> schemas.responseSchema(operation.method(), operation.pathTemplate(), 200)).toList())).isEmpty();
        });
        return DynamicContainer.dynamicContainer("round trip of " + world.apiName(), Stream.concat(writes, Stream.of(answers)));
    }

    /**
     * The cases of an operation without a body, from its path and query parameters walked as one
     * object: invalid ones (each rendered into the path or query; a mutation that cannot be sent
     * as text, or that the spec still accepts as text, is dropped) must get 400; valid ones any
     * documented answer (an id nobody has is a 404) that conforms. Neither may store anything.
     */
    private DynamicContainer parameterCases(ApiWorld world, SpecOperation operation) {
        SpecSchemas schemas = new SpecSchemas(spec(world).resolved());
        JsonNode schema = schemas.parametersSchema(operation.method(), operation.pathTemplate());
        Map<String, String> locations = schemas.parameterLocations(operation.method(), operation.pathTemplate());
        Random random = new Random(SEED);
        Map<String, String> invalid = new LinkedHashMap<>();
        List<String> valid = new ArrayList<>();
        if (schema != null) {
            for (int base = 0; base < MUTATION_BASES; base++) {
                JsonNode parameters = new ValidInstances(schemas, Map.of(), random, true).of(schema);
                new InvalidMutations(schemas, new ValidInstances(schemas, Map.of(), random, false), random).of(schema, parameters)
                        .forEach(mutation -> ParameterRequests.render(operation.pathTemplate(), locations, mutation.body())
                                .filter(request -> !conformance(world).requestViolations(operation.method(), request, null, null).isEmpty())
                                .ifPresent(request -> invalid.putIfAbsent(mutation.description(), request)));
            }
            for (int i = 0; i < VALID_CASES; i++) {
                ParameterRequests.render(operation.pathTemplate(), locations,
                        new ValidInstances(schemas, Map.of(), random, false).of(schema)).ifPresent(valid::add);
            }
        } else {
            valid.add(operation.pathTemplate());
        }
        System.out.printf("generated contract cases for %s: %d invalid, %d valid (listed in %s)%n", operation, invalid.size(),
                valid.size(), list(operation, invalid.keySet(), valid.stream().map(JSON::valueToTree).map(JsonNode.class::cast).toList()));

        Stream<DynamicTest> rejected = invalid.entrySet().stream().map(mutation -> DynamicTest.dynamicTest(
                "invalid: " + mutation.getKey(), () -> rejectedParameters(world, operation, mutation.getKey(), mutation.getValue())));
        Stream<DynamicTest> answered = valid.stream().map(request ->
                DynamicTest.dynamicTest("valid: " + request, () -> answeredParameters(world, operation, request)));
        return DynamicContainer.dynamicContainer(operation.toString(), Stream.concat(rejected, answered));
    }

    private void rejectedParameters(ApiWorld world, SpecOperation operation, String description, String request) throws Exception {
        OptionalLong before = target.stored();

        Exchange reply = send(world, operation, request, null);

        assertThat(reply.status()).as("%s: %s", description, reply.describe()).isEqualTo(400);
        assertThat(reply.body().at(world.invalidCodePointer).asText()).as("%s", reply.describe()).isEqualTo(world.invalidCode);
        assertThat(conformance(world).responseViolations(operation.method(), request, reply.status(), reply.contentType(), reply.body()))
                .as("%s", reply.describe()).isEmpty();
        assertStored(before, 0);
    }

    private void answeredParameters(ApiWorld world, SpecOperation operation, String request) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), request, null, null))
                .as("the generated case conforms to the spec").isEmpty();
        OptionalLong before = target.stored();

        Exchange reply = send(world, operation, request, null);

        assertThat(conformance(world).responseViolations(operation.method(), request, reply.status(), reply.contentType(), reply.body()))
                .as("%s", reply.describe()).isEmpty();
        assertStored(before, 0);
    }

    /**
     * The cases of an operation with a body. A create's path is its own; an update's names an
     * object that each case first creates (with a valid body of the create operation of the same
     * collection), its id substituted into the path and into the body members that repeat it.
     */
    private DynamicContainer bodyCases(ApiWorld world, SpecOperation operation) {
        SpecSchemas schemas = new SpecSchemas(spec(world).resolved());
        JsonNode schema = schemas.requestSchema(operation.method(), operation.pathTemplate());
        Random random = new Random(SEED);
        CasePath path = casePath(world, operation, schemas, random);
        Map<String, JsonNode> bindings = new LinkedHashMap<>(target.bindings(world));
        if (path.placeholderId() != null) {
            operation.idInBody().forEach(pointer -> bindings.put(pointer, TextNode.valueOf(path.placeholderId())));
        }

        Map<String, Mutation> invalid = new LinkedHashMap<>();
        for (int base = 0; base < MUTATION_BASES; base++) {
            JsonNode valid = new ValidInstances(schemas, bindings, random, true).of(schema);
            new InvalidMutations(schemas, new ValidInstances(schemas, bindings, random, false), random)
                    .of(schema, valid).stream()
                    .filter(mutation -> mutation.certain() || !conformance(world).requestViolations(operation.method(),
                            path.examplePath(), "application/json", mutation.body()).isEmpty())
                    .forEach(mutation -> invalid.putIfAbsent(mutation.description(), mutation));
        }
        List<JsonNode> valid = new ArrayList<>();
        for (int i = 0; i < VALID_CASES; i++) {
            valid.add(asSent(new ValidInstances(schemas, bindings, random, i < EVERY_MEMBER_CASES).of(schema)));
        }
        System.out.printf("generated contract cases for %s: %d invalid, %d valid (listed in %s)%n", operation, invalid.size(),
                valid.size(), list(operation, invalid.keySet(), valid));

        Stream<DynamicTest> rejected = invalid.values().stream().map(mutation ->
                DynamicTest.dynamicTest("invalid: " + mutation.description(), () -> rejected(world, operation, path, mutation)));
        Stream<DynamicTest> accepted = valid.stream().map(body ->
                DynamicTest.dynamicTest("valid: " + body, () -> accepted(world, operation, path, body)));
        return DynamicContainer.dynamicContainer(operation.toString(), Stream.concat(rejected, accepted));
    }

    private void rejected(ApiWorld world, SpecOperation operation, CasePath path, Mutation mutation) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), path.examplePath(), "application/json", mutation.body()))
                .as("the generated case breaks the spec: %s", mutation).isNotEmpty();
        Sent sent = prepare(world, path, mutation.body());
        OptionalLong before = target.stored();

        Exchange reply = send(world, operation, sent.path(), sent.body());

        assertThat(reply.status()).as("%s: %s", mutation, reply.describe()).isEqualTo(400);
        assertThat(reply.body().at(world.invalidCodePointer).asText()).as("%s", reply.describe()).isEqualTo(world.invalidCode);
        assertThat(conformance(world).responseViolations(operation.method(), sent.path(), reply.status(),
                reply.contentType(), reply.body())).as("%s", reply.describe()).isEmpty();
        assertStored(before, 0);
        if (sent.existing() != null) {
            assertHolds(readBack(world, operation, sent.id()), sent.existing(), "the object, unchanged");
        }
    }

    private void accepted(ApiWorld world, SpecOperation operation, CasePath path, JsonNode body) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), path.examplePath(), "application/json", body))
                .as("the generated case conforms to the spec").isEmpty();
        Sent sent = prepare(world, path, claimed(operation, body));
        OptionalLong before = target.stored();

        Exchange reply = send(world, operation, sent.path(), sent.body());

        assertThat(reply.status()).as("%s", reply.describe()).isEqualTo(200);
        assertThat(conformance(world).responseViolations(operation.method(), sent.path(), reply.status(),
                reply.contentType(), reply.body())).as("%s", reply.describe()).isEmpty();
        assertStored(before, sent.existing() == null ? 1 : 0);
        JsonNode requestSchema = new SpecSchemas(spec(world).resolved()).requestSchema(operation.method(), operation.pathTemplate());
        assertThat(roundTrip.check(world, operation, requestSchema, sent.body(), reply.body()))
                .as("the members sent, as answered: %s", reply.describe()).isEmpty();
        JsonNode answered = reply.object();
        String id = answered.get(idMember(world, operation)).asText();
        assertHolds(readBack(world, operation, id), answered, "the object as stored");
        assertHolds(listed(world, operation, id), answered, "the object as listed");
    }

    /** The object with this id as the list of its collection answers it, paging as the list's {@code x-promo-paging} says. */
    private JsonNode listed(ApiWorld world, SpecOperation operation, String id) throws Exception {
        SpecOperation list = SpecOperations.sibling(operation, OperationKind.LIST, conformance(world).operations()).orElseThrow();
        SpecOperation.Paging paging = list.paging().orElseThrow(() -> new IllegalStateException(list + " has no x-promo-paging"));
        String idMember = idMember(world, operation);
        // The largest page the spec allows: a server shared with others may hold many objects before this one.
        String largest = SpecOperations.largestPage(list).orElse(null);
        PageWalk walk = new PageWalk(list.operationId());
        String next = null;
        while (true) {
            walk.ask(next);
            List<String> query = new ArrayList<>();
            if (largest != null) {
                query.add(largest);
            }
            if (next != null) {
                query.add(paging.next() + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            }
            Exchange page = send(world, list, list.pathTemplate() + (query.isEmpty() ? "" : "?" + String.join("&", query)), null);
            assertThat(page.status()).as("listing: %s", page.describe()).isEqualTo(200);
            for (JsonNode item : page.body().path(paging.items())) {
                if (item.path(idMember).asText().equals(id)) {
                    return item;
                }
            }
            assertThat(page.body().path(paging.more()).asBoolean()).as("%s is on no page of %s", id, list.operationId()).isTrue();
            next = walk.cursor(page, paging, idMember);
        }
    }

    /** A read may carry more than a write's answer (Flowglad's get adds redemptionCount), never less or other. */
    private static void assertHolds(JsonNode read, JsonNode answered, String what) {
        answered.fieldNames().forEachRemaining(member ->
                assertThat(read.get(member)).as("%s: %s", what, member).isEqualTo(answered.get(member)));
    }

    /** The object with this id as the read-one operation of the same collection answers it. */
    private JsonNode readBack(ApiWorld world, SpecOperation operation, String id) throws Exception {
        SpecOperation readOne = SpecOperations.sibling(operation, OperationKind.READ_ONE, conformance(world).operations()).orElseThrow();
        Exchange stored = send(world, readOne, readOne.pathTemplate().replaceFirst("\\{[^}]+}", id), null);
        assertThat(stored.status()).as("reading the object back: %s", stored.describe()).isEqualTo(200);
        return stored.object();
    }

    /**
     * Where an operation's cases are sent: a create's own path; for an update, a valid path with a
     * placeholder id (to check the cases against the spec) and, for each case, a fresh valid body of
     * the create operation of the same collection, to make the case's own object.
     */
    private record CasePath(String examplePath, String placeholderId, SpecOperation update, SpecOperation create,
                          Supplier<JsonNode> newCreate) {
    }

    /** A case as sent: its path and body, and for an update the id and state of the object it changes. */
    private record Sent(String path, JsonNode body, String id, JsonNode existing) {
    }

    private CasePath casePath(ApiWorld world, SpecOperation operation, SpecSchemas schemas, Random random) {
        if (SpecOperations.kindOf(operation) == OperationKind.CREATE) {
            return new CasePath(operation.pathTemplate(), null, null, null, null);
        }
        Map<String, String> locations = schemas.parameterLocations(operation.method(), operation.pathTemplate());
        JsonNode parameters = new ValidInstances(schemas, Map.of(), random, false)
                .of(schemas.parametersSchema(operation.method(), operation.pathTemplate()));
        String pathParameter = locations.entrySet().stream().filter(location -> "path".equals(location.getValue()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        // The documented id stands in for the object's: a path may take ids of any form, a body that repeats it may not.
        operation.parameters().stream()
                .filter(parameter -> parameter.name().equals(pathParameter) && parameter.example() != null)
                .findFirst().ifPresent(parameter -> ((ObjectNode) parameters).put(pathParameter, parameter.example().asText()));
        SpecOperation create = SpecOperations.sibling(operation, OperationKind.CREATE, conformance(world).operations()).orElseThrow(
                () -> new IllegalStateException(operation + " changes objects that no operation of the spec creates"));
        JsonNode createSchema = schemas.requestSchema(create.method(), create.pathTemplate());
        return new CasePath(ParameterRequests.render(operation.pathTemplate(), locations, parameters).orElseThrow(),
                parameters.get(pathParameter).asText(), operation, create,
                () -> unique(create, asSent(new ValidInstances(schemas, target.bindings(world), random, false).of(createSchema))));
    }

    /** The case ready to send: for an update, its object created first and its id put where the placeholder was. */
    private Sent prepare(ApiWorld world, CasePath path, JsonNode body) throws Exception {
        if (path.create() == null) {
            return new Sent(path.examplePath(), body, null, null);
        }
        JsonNode createBody = path.newCreate().get();
        Exchange created = send(world, path.create(), path.create().pathTemplate(), createBody);
        assertThat(created.status()).as("creating the object to change: %s", created.describe()).isEqualTo(200);
        JsonNode existing = created.object();
        String id = existing.get(idMember(world, path.create())).asText();
        JsonNode withId = body.deepCopy();
        for (String pointer : path.update().idInBody()) {
            JsonNode member = withId.at(pointer);
            if (member.isTextual() && member.asText().equals(path.placeholderId())) {
                JsonPointers.set(withId, pointer, TextNode.valueOf(id));
            }
        }
        return new Sent(path.examplePath().replace(path.placeholderId(), id), withId, id, existing);
    }

    /**
     * The create body with its unique member ({@code x-promo-unique}) set to a value no other create
     * of this run has, so that the object a case changes is always made: a generated code may repeat.
     */
    private JsonNode unique(SpecOperation create, JsonNode body) {
        create.uniqueMember().ifPresent(pointer -> JsonPointers.set(body, pointer, TextNode.valueOf(target.claimsCodes() ? target.nextCode()
                : "GC" + Long.toString(1_000_000 + UNIQUE.incrementAndGet(), 36))));
        return body;
    }

    /**
     * A valid write as generated or, for a target that claims every code it makes, with the target's
     * own code where the body has one: on a shared server, a generated code may be anyone's.
     */
    private JsonNode claimed(SpecOperation operation, JsonNode body) {
        if (!target.claimsCodes()) {
            return body;
        }
        JsonNode copy = body.deepCopy();
        operation.uniqueMember().filter(pointer -> !copy.at(pointer).isMissingNode())
                .ifPresent(pointer -> JsonPointers.set(copy, pointer, TextNode.valueOf(target.nextCode())));
        return copy;
    }

    /** Writes the cases of an operation to {@code -Dcases.dir} ({@code target/generated-cases/}), for a person to read. */
    private static Path list(SpecOperation operation, Set<String> invalid, List<JsonNode> valid) {
        Path file = Path.of(System.getProperty("cases.dir", "target/generated-cases"), operation.operationId() + ".txt");
        List<String> lines = new ArrayList<>();
        invalid.forEach(description -> lines.add("invalid: " + description));
        valid.forEach(body -> lines.add("valid: " + body));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The body as the server reads it back from its text, so that numbers compare by value. */
    private static JsonNode asSent(JsonNode body) {
        try {
            return JSON.readTree(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SpecConformance conformance(ApiWorld world) {
        return SpecConformance.of(spec(world));
    }

    private static ApiSpec spec(ApiWorld world) {
        return ApiSpec.named(world.apiName());
    }

    /** The member of an object of this operation's collection that its read-one operation's path names ({@code x-promo-id}). */
    private static String idMember(ApiWorld world, SpecOperation operation) {
        return SpecOperations.sibling(operation, OperationKind.READ_ONE, conformance(world).operations()).flatMap(SpecOperation::idMember)
                .orElseThrow(() -> new IllegalStateException(operation + ": its collection's read-one operation names no x-promo-id"));
    }

    /** The objects stored grew by {@code added} since {@code before}, where the target can count them. */
    private void assertStored(OptionalLong before, long added) {
        OptionalLong now = target.stored();
        if (before.isPresent() && now.isPresent()) {
            assertThat(now.getAsLong()).as("objects stored").isEqualTo(before.getAsLong() + added);
        }
    }

    /** Sends a request of the operation; its answer counts for the operation in the contract coverage. */
    private Exchange send(ApiWorld world, SpecOperation operation, String pathAndQuery, JsonNode body) throws IOException, InterruptedException {
        Exchange reply = Exchange.send(target.baseUrl(world), spec(world).keyScheme().header(), target.authorization(world),
                operation.method(), pathAndQuery, body);
        ObservedAnswers.record(new Observation(target.source(), spec(world), operation.operationId(), reply.status(), null));
        if (reply.status() == 200) {
            roundTrip.answered(world, new SpecSchemas(spec(world).resolved()).responseSchema(operation.method(), operation.pathTemplate(), 200),
                    reply.body());
        }
        return reply;
    }
}
