package io.promocontracts.contract.generated;

import io.promocontracts.testkit.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.promocontracts.server.PromoContractsApplication;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.cases.InvalidMutations;
import io.promocontracts.testkit.cases.InvalidMutations.Mutation;
import io.promocontracts.contract.coverage.ContractSource;
import io.promocontracts.contract.coverage.Observation;
import io.promocontracts.contract.coverage.ObservedAnswers;
import io.promocontracts.contract.SpecOperations;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.testkit.ApiWorld;
import io.promocontracts.testkit.TestData;
import io.promocontracts.specs.OperationKind;
import io.promocontracts.testkit.cases.ParameterRequests;
import io.promocontracts.testkit.cases.SpecSchemas;
import io.promocontracts.testkit.cases.ValidInstances;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract cases generated from the specs' request schemas, for every operation (its body, or its
 * path and query parameters), run against the real application over HTTP. Invalid cases (InvalidMutations) must get 400 in the
 * vendor's error shape, a response the spec documents, and nothing stored; valid cases
 * (ValidInstances) must get 200, a documented response, one object stored, every member sent kept
 * ({@link RoundTrip}), and the object read back by its id and found in its list exactly as the
 * write answered it. The seed is printed; {@code -Dcases.seed=N} replays a run. Runs on H2, and
 * again on PostgreSQL in the build's second run.
 */
@SpringBootTest(classes = PromoContractsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedCasesIT {

    private static final long SEED = Long.getLong("cases.seed", 20261123L);
    private static final int VALID_CASES = 40;
    /** The first valid cases of a write give every optional member, so that each is sent at least once. */
    private static final int EVERY_MEMBER_CASES = 4;
    private static final int MUTATION_BASES = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong UNIQUE = new AtomicLong();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final RoundTrip roundTrip = new RoundTrip();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @TestFactory
    Stream<DynamicContainer> casesFromTheSchemas() {
        System.out.println("generated contract cases: seed " + SEED + " (replay with -Dcases.seed=" + SEED + ")");
        return Stream.of(ApiWorld.values()).flatMap(world -> Stream.concat(conformance(world).operations().stream()
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
            roundTrip.write(ObservedAnswers.directory().resolve("round-trip-" + (TestDatabase.isPostgresql() ? "postgresql" : "h2") + ".tsv"));
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
        long before = stored(world);

        Reply reply = send(world, operation, request, null);

        assertThat(reply.status()).as("%s: %s\n%s", description, request, reply.body()).isEqualTo(400);
        assertThat(reply.body().at(world.invalidCodePointer).asText()).isEqualTo(world.invalidCode);
        assertThat(conformance(world).responseViolations(operation.method(), request, reply.status(), reply.contentType(), reply.body()))
                .isEmpty();
        assertThat(stored(world)).as("objects stored").isEqualTo(before);
    }

    private void answeredParameters(ApiWorld world, SpecOperation operation, String request) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), request, null, null))
                .as("the generated case conforms to the spec").isEmpty();
        long before = stored(world);

        Reply reply = send(world, operation, request, null);

        assertThat(conformance(world).responseViolations(operation.method(), request, reply.status(), reply.contentType(), reply.body()))
                .as("%s answered %s: %s", request, reply.status(), reply.body()).isEmpty();
        assertThat(stored(world)).as("objects stored").isEqualTo(before);
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
        Target target = target(world, operation, schemas, random);
        Map<String, JsonNode> bindings = new LinkedHashMap<>(world.bindings);
        if (target.placeholderId() != null) {
            operation.idInBody().forEach(pointer -> bindings.put(pointer, TextNode.valueOf(target.placeholderId())));
        }

        Map<String, Mutation> invalid = new LinkedHashMap<>();
        for (int base = 0; base < MUTATION_BASES; base++) {
            JsonNode valid = new ValidInstances(schemas, bindings, random, true).of(schema);
            new InvalidMutations(schemas, new ValidInstances(schemas, bindings, random, false), random)
                    .of(schema, valid).stream()
                    .filter(mutation -> mutation.certain() || !conformance(world).requestViolations(operation.method(),
                            target.examplePath(), "application/json", mutation.body()).isEmpty())
                    .forEach(mutation -> invalid.putIfAbsent(mutation.description(), mutation));
        }
        List<JsonNode> valid = new ArrayList<>();
        for (int i = 0; i < VALID_CASES; i++) {
            valid.add(asSent(new ValidInstances(schemas, bindings, random, i < EVERY_MEMBER_CASES).of(schema)));
        }
        System.out.printf("generated contract cases for %s: %d invalid, %d valid (listed in %s)%n", operation, invalid.size(),
                valid.size(), list(operation, invalid.keySet(), valid));

        Stream<DynamicTest> rejected = invalid.values().stream().map(mutation ->
                DynamicTest.dynamicTest("invalid: " + mutation.description(), () -> rejected(world, operation, target, mutation)));
        Stream<DynamicTest> accepted = valid.stream().map(body ->
                DynamicTest.dynamicTest("valid: " + body, () -> accepted(world, operation, target, body)));
        return DynamicContainer.dynamicContainer(operation.toString(), Stream.concat(rejected, accepted));
    }

    private void rejected(ApiWorld world, SpecOperation operation, Target target, Mutation mutation) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), target.examplePath(), "application/json", mutation.body()))
                .as("the generated case breaks the spec: %s", mutation).isNotEmpty();
        Sent sent = prepare(world, target, mutation.body());
        long before = stored(world);

        Reply reply = send(world, operation, sent.path(), sent.body());

        assertThat(reply.status()).as("%s: %s\n%s", mutation, sent.body(), reply.body()).isEqualTo(400);
        assertThat(reply.body().at(world.invalidCodePointer).asText()).isEqualTo(world.invalidCode);
        assertThat(conformance(world).responseViolations(operation.method(), sent.path(), reply.status(),
                reply.contentType(), reply.body())).isEmpty();
        assertThat(stored(world)).as("objects stored").isEqualTo(before);
        if (sent.existing() != null) {
            assertHolds(readBack(world, operation, sent.id()), sent.existing(), "the object, unchanged");
        }
    }

    private void accepted(ApiWorld world, SpecOperation operation, Target target, JsonNode body) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), target.examplePath(), "application/json", body))
                .as("the generated case conforms to the spec").isEmpty();
        Sent sent = prepare(world, target, body);
        long before = stored(world);

        Reply reply = send(world, operation, sent.path(), sent.body());

        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        assertThat(conformance(world).responseViolations(operation.method(), sent.path(), reply.status(),
                reply.contentType(), reply.body())).isEmpty();
        assertThat(stored(world)).as("objects stored").isEqualTo(sent.existing() == null ? before + 1 : before);
        JsonNode requestSchema = new SpecSchemas(spec(world).resolved()).requestSchema(operation.method(), operation.pathTemplate());
        assertThat(roundTrip.check(world, operation, requestSchema, sent.body(), reply.body())).as("the members sent, as answered").isEmpty();
        JsonNode answered = reply.body().fields().next().getValue();
        String id = answered.get(idMember(world, operation)).asText();
        assertHolds(readBack(world, operation, id), answered, "the object as stored");
        assertHolds(listed(world, operation, id), answered, "the object as listed");
    }

    /** The object with this id as the list of its collection answers it, paging as the list's {@code x-promo-paging} says. */
    private JsonNode listed(ApiWorld world, SpecOperation operation, String id) throws Exception {
        SpecOperation list = SpecOperations.sibling(operation, OperationKind.LIST, conformance(world).operations()).orElseThrow();
        SpecOperation.Paging paging = list.paging().orElseThrow(() -> new IllegalStateException(list + " has no x-promo-paging"));
        String idMember = idMember(world, operation);
        String next = null;
        while (true) {
            Reply page = send(world, list, list.pathTemplate() + (next == null ? ""
                    : "?" + paging.next() + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), null);
            assertThat(page.status()).as("listing: %s", page.body()).isEqualTo(200);
            JsonNode items = page.body().get(paging.items());
            for (JsonNode item : items) {
                if (item.path(idMember).asText().equals(id)) {
                    return item;
                }
            }
            assertThat(page.body().path(paging.more()).asBoolean()).as("%s is on no page of %s", id, list.operationId()).isTrue();
            next = paging.fromLastId() ? items.get(items.size() - 1).get(idMember).asText() : page.body().get(paging.from()).asText();
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
        Reply stored = send(world, readOne, readOne.pathTemplate().replaceFirst("\\{[^}]+}", id), null);
        assertThat(stored.status()).as("reading the object back: %s", stored.body()).isEqualTo(200);
        return stored.body().fields().next().getValue();
    }

    /**
     * Where an operation's cases are sent: a create's own path; for an update, a valid path with a
     * placeholder id (to check the cases against the spec) and, for each case, a fresh valid body of
     * the create operation of the same collection, to make the case's own object.
     */
    private record Target(String examplePath, String placeholderId, SpecOperation update, SpecOperation create,
                          Supplier<JsonNode> newCreate) {
    }

    /** A case as sent: its path and body, and for an update the id and state of the object it changes. */
    private record Sent(String path, JsonNode body, String id, JsonNode existing) {
    }

    private Target target(ApiWorld world, SpecOperation operation, SpecSchemas schemas, Random random) {
        if (SpecOperations.kindOf(operation) == OperationKind.CREATE) {
            return new Target(operation.pathTemplate(), null, null, null, null);
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
        return new Target(ParameterRequests.render(operation.pathTemplate(), locations, parameters).orElseThrow(),
                parameters.get(pathParameter).asText(), operation, create,
                () -> unique(create, asSent(new ValidInstances(schemas, world.bindings, random, false).of(createSchema))));
    }

    /** The case ready to send: for an update, its object created first and its id put where the placeholder was. */
    private Sent prepare(ApiWorld world, Target target, JsonNode body) throws Exception {
        if (target.create() == null) {
            return new Sent(target.examplePath(), body, null, null);
        }
        JsonNode createBody = target.newCreate().get();
        Reply created = send(world, target.create(), target.create().pathTemplate(), createBody);
        assertThat(created.status()).as("creating the object to change: %s", created.body()).isEqualTo(200);
        JsonNode existing = created.body().fields().next().getValue();
        String id = existing.get(idMember(world, target.create())).asText();
        JsonNode withId = body.deepCopy();
        for (String pointer : target.update().idInBody()) {
            JsonNode member = withId.at(pointer);
            if (member.isTextual() && member.asText().equals(target.placeholderId())) {
                ((ObjectNode) withId.at(pointer.substring(0, pointer.lastIndexOf('/')))).put(pointer.substring(pointer.lastIndexOf('/') + 1), id);
            }
        }
        return new Sent(target.examplePath().replace(target.placeholderId(), id), withId, id, existing);
    }

    /**
     * The create body with its unique member ({@code x-promo-unique}) set to a value no other create
     * of this run has, so that the object a case changes is always made: a generated code may repeat.
     */
    private static JsonNode unique(SpecOperation create, JsonNode body) {
        create.uniqueMember().ifPresent(pointer -> ((ObjectNode) body.at(pointer.substring(0, pointer.lastIndexOf('/'))))
                .put(pointer.substring(pointer.lastIndexOf('/') + 1), "GC" + Long.toString(1_000_000 + UNIQUE.incrementAndGet(), 36)));
        return body;
    }

    /** Writes the cases of an operation to {@code target/generated-cases/}, for a person to read. */
    private static Path list(SpecOperation operation, Set<String> invalid, List<JsonNode> valid) {
        Path file = Path.of("target", "generated-cases", operation.operationId() + ".txt");
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

    private long stored(ApiWorld world) {
        return new TestData(jdbc).storedObjects();
    }

    private record Reply(int status, String contentType, JsonNode body) {
    }

    /** Sends a request of the operation; its answer counts for the operation in the contract coverage. */
    private Reply send(ApiWorld world, SpecOperation operation, String pathAndQuery, JsonNode body) throws IOException, InterruptedException {
        String method = operation.method();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", world.authorization);
        HttpRequest request = body == null ? builder.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        ObservedAnswers.record(new Observation(ContractSource.GENERATED_CASES, spec(world), operation.operationId(),
                response.statusCode(), null));
        Reply reply = new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                JSON.readTree(response.body()));
        if (reply.status() == 200) {
            roundTrip.answered(world, new SpecSchemas(spec(world).resolved()).responseSchema(method, operation.pathTemplate(), 200), reply.body());
        }
        return reply;
    }
}
