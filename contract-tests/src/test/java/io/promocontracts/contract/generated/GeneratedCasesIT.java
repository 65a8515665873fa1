package io.promocontracts.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.server.PromoContractsApplication;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.specs.cases.InvalidMutations;
import io.promocontracts.specs.cases.InvalidMutations.Mutation;
import io.promocontracts.specs.cases.ParameterRequests;
import io.promocontracts.specs.cases.SpecSchemas;
import io.promocontracts.specs.cases.ValidInstances;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract cases generated from the specs' request schemas, for every operation (its body, or its
 * path and query parameters), run against the real application over HTTP. Invalid cases (InvalidMutations) must get 400 in the
 * vendor's error shape, a response the spec documents, and nothing stored; valid cases
 * (ValidInstances) must get 200, a documented response, one object stored, the members sent
 * echoed as stored, and the object read back by its id exactly as the create answered it. The seed is printed; {@code -Dcases.seed=N} replays a run.
 */
@SpringBootTest(classes = PromoContractsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class GeneratedCasesIT {

    private static final long SEED = Long.getLong("cases.seed", 20261123L);
    private static final int VALID_CASES = 40;
    private static final int MUTATION_BASES = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TestFactory
    Stream<DynamicContainer> casesFromTheSchemas() {
        System.out.println("generated contract cases: seed " + SEED + " (replay with -Dcases.seed=" + SEED + ")");
        return Stream.of(CallerWorld.values()).flatMap(world -> SpecConformance.of(world.spec).operations().stream()
                .map(operation -> operation.takesBody() ? cases(world, operation) : parameterCases(world, operation)));
    }

    /**
     * The cases of an operation without a body, from its path and query parameters walked as one
     * object: invalid ones (each rendered into the path or query; a mutation that cannot be sent
     * as text, or that the spec still accepts as text, is dropped) must get 400; valid ones any
     * documented answer (an id nobody has is a 404) that conforms. Neither may store anything.
     */
    private DynamicContainer parameterCases(CallerWorld world, SpecOperation operation) {
        SpecSchemas schemas = new SpecSchemas(world.spec);
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

    private void rejectedParameters(CallerWorld world, SpecOperation operation, String description, String request) throws Exception {
        long before = stored(world);

        Reply reply = send(world, operation.method(), request, null);

        assertThat(reply.status()).as("%s: %s\n%s", description, request, reply.body()).isEqualTo(400);
        assertThat(reply.body().at(world.invalidCodePointer).asText()).isEqualTo(world.invalidCode);
        assertThat(conformance(world).responseViolations(operation.method(), request, reply.status(), reply.contentType(), reply.body()))
                .isEmpty();
        assertThat(stored(world)).as("objects stored").isEqualTo(before);
    }

    private void answeredParameters(CallerWorld world, SpecOperation operation, String request) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), request, null, null))
                .as("the generated case conforms to the spec").isEmpty();
        long before = stored(world);

        Reply reply = send(world, operation.method(), request, null);

        assertThat(conformance(world).responseViolations(operation.method(), request, reply.status(), reply.contentType(), reply.body()))
                .as("%s answered %s: %s", request, reply.status(), reply.body()).isEmpty();
        assertThat(stored(world)).as("objects stored").isEqualTo(before);
    }

    private DynamicContainer cases(CallerWorld world, SpecOperation operation) {
        SpecSchemas schemas = new SpecSchemas(world.spec);
        JsonNode schema = schemas.requestSchema(operation.method(), operation.pathTemplate());
        Random random = new Random(SEED);

        Map<String, Mutation> invalid = new LinkedHashMap<>();
        for (int base = 0; base < MUTATION_BASES; base++) {
            JsonNode valid = new ValidInstances(schemas, world.bindings, random, true).of(schema);
            new InvalidMutations(schemas, new ValidInstances(schemas, world.bindings, random, false), random)
                    .of(schema, valid).stream()
                    .filter(mutation -> mutation.certain() || !conformance(world).requestViolations(operation.method(),
                            operation.pathTemplate(), "application/json", mutation.body()).isEmpty())
                    .forEach(mutation -> invalid.putIfAbsent(mutation.description(), mutation));
        }
        List<JsonNode> valid = new ArrayList<>();
        for (int i = 0; i < VALID_CASES; i++) {
            valid.add(asSent(new ValidInstances(schemas, world.bindings, random, false).of(schema)));
        }
        System.out.printf("generated contract cases for %s: %d invalid, %d valid (listed in %s)%n", operation, invalid.size(),
                valid.size(), list(operation, invalid.keySet(), valid));

        Stream<DynamicTest> rejected = invalid.values().stream().map(mutation ->
                DynamicTest.dynamicTest("invalid: " + mutation.description(), () -> rejected(world, operation, mutation)));
        Stream<DynamicTest> accepted = valid.stream().map(body ->
                DynamicTest.dynamicTest("valid: " + body, () -> accepted(world, operation, body)));
        return DynamicContainer.dynamicContainer(operation.toString(), Stream.concat(rejected, accepted));
    }

    private void rejected(CallerWorld world, SpecOperation operation, Mutation mutation) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), operation.pathTemplate(), "application/json", mutation.body()))
                .as("the generated case breaks the spec: %s", mutation).isNotEmpty();
        long before = stored(world);

        Reply reply = send(world, operation.method(), operation.pathTemplate(), mutation.body());

        assertThat(reply.status()).as("%s: %s\n%s", mutation, mutation.body(), reply.body()).isEqualTo(400);
        assertThat(reply.body().at(world.invalidCodePointer).asText()).isEqualTo(world.invalidCode);
        assertThat(conformance(world).responseViolations(operation.method(), operation.pathTemplate(), reply.status(),
                reply.contentType(), reply.body())).isEmpty();
        assertThat(stored(world)).as("objects stored").isEqualTo(before);
    }

    private void accepted(CallerWorld world, SpecOperation operation, JsonNode body) throws Exception {
        assertThat(conformance(world).requestViolations(operation.method(), operation.pathTemplate(), "application/json", body))
                .as("the generated case conforms to the spec").isEmpty();
        long before = stored(world);

        Reply reply = send(world, operation.method(), operation.pathTemplate(), body);

        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        assertThat(conformance(world).responseViolations(operation.method(), operation.pathTemplate(), reply.status(),
                reply.contentType(), reply.body())).isEmpty();
        assertThat(stored(world)).as("objects stored").isEqualTo(before + 1);
        String wrapper = body.fieldNames().next();
        JsonNode sent = body.get(wrapper);
        JsonNode answered = reply.body().get(wrapper);
        sent.fieldNames().forEachRemaining(member -> {
            if (answered.has(member)) {
                assertThat(answered.get(member)).as("%s as stored", member).isEqualTo(world.stored.apply(member, sent.get(member)));
            }
        });
        Reply stored = send(world, "GET", operation.pathTemplate() + "/" + answered.get(world.idMember).asText(), null);
        assertThat(stored.status()).as("reading the created object back: %s", stored.body()).isEqualTo(200);
        assertThat(stored.body().get(wrapper)).as("the object as stored").isEqualTo(answered);
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

    private static SpecConformance conformance(CallerWorld world) {
        return SpecConformance.of(world.spec);
    }

    private long stored(CallerWorld world) {
        return jdbc.sql("SELECT COUNT(*) FROM " + world.table).query(Long.class).single();
    }

    private record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply send(CallerWorld world, String method, String pathAndQuery, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", world.authorization);
        HttpRequest request = body == null ? builder.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                JSON.readTree(response.body()));
    }
}
