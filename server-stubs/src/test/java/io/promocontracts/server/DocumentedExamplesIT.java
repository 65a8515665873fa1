package io.promocontracts.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.testkit.ServerProcess;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.OperationKind;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.DemoTenants;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every documented example works as written: each request example of every operation of the
 * catalog, and each read as its parameters' examples make it, is sent as-is to the packaged
 * server started as the README starts it ({@link SharedServer}: its demo data, which no other
 * test that shares it changes), with the demo key of the tenant and mode its documented
 * answer shows, in the order a reader would (creates, then reads, then updates). Each must get the
 * status it documents (the status whose examples share its name, else 200) and an answer the spec
 * documents. This is what a tool replaying a spec's examples (Postman, Prism's proxy, Dredd)
 * meets, and what a newcomer copying them meets.
 */
class DocumentedExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<OperationKind> READER_ORDER = List.of(OperationKind.CREATE, OperationKind.READ_ONE, OperationKind.LIST,
            OperationKind.UPDATE);

    /** One documented request: what it is called, where it goes, its body (null without one), the status and answer it documents. */
    private record Example(String name, SpecOperation operation, String pathAndQuery, JsonNode body, int status, JsonNode answer) {

        @Override
        public String toString() {
            return operation.operationId() + " '" + name + "' (" + operation.method() + " " + pathAndQuery + ")";
        }
    }

    @Test
    void everyDocumentedRequestGetsItsDocumentedStatusFromTheDemoServer() throws Exception {
        List<String> problems = new ArrayList<>();
        int sent = 0;
        ServerProcess server = SharedServer.get();
        for (ApiSpec spec : ApiSpec.all()) {
            DemoTenants.Tenant tenant = DemoTenants.ofExamples(spec.name());
            for (OperationKind kind : READER_ORDER) {
                for (SpecOperation operation : spec.operations()) {
                    if (operation.kind() != kind) {
                        continue;
                    }
                    for (Example example : examples(spec, operation)) {
                        String key = tenant.keyFor(objectOf(operation, example.answer()));
                        HttpResponse<String> answer = send(server.port(), example, spec.keyScheme().header(),
                                spec.keyScheme().value(key));
                        sent++;
                        problems.addAll(problems(spec, example, answer));
                    }
                }
            }
        }

        assertThat(problems).as("of %d documented requests", sent).isEmpty();
        assertThat(sent).as("documented requests sent").isGreaterThanOrEqualTo(ApiSpec.all().stream().mapToInt(spec -> spec.operations().size()).sum());
    }

    /** An operation's documented requests: each named request example; for one without a body, the request its parameters' examples make. */
    private static List<Example> examples(ApiSpec spec, SpecOperation operation) {
        String pathAndQuery = pathAndQuery(operation);
        Map<Integer, List<String>> documented = spec.responseExampleNames(operation.operationId());
        List<Example> examples = new ArrayList<>();
        if (operation.takesBody()) {
            for (String name : spec.requestExampleNames(operation.operationId())) {
                int status = documented.entrySet().stream().filter(entry -> entry.getValue().contains(name)).map(Map.Entry::getKey)
                        .findFirst().orElse(200);
                JsonNode answer = documented.getOrDefault(status, List.of()).contains(name)
                        ? spec.responseExample(operation.operationId(), status, name) : null;
                examples.add(new Example(name, operation, pathAndQuery, spec.requestExample(operation.operationId(), name), status, answer));
            }
        } else {
            String name = documented.getOrDefault(200, List.of()).stream().findFirst().orElse(null);
            examples.add(new Example(name == null ? "parameters" : name, operation, pathAndQuery, null, 200,
                    name == null ? null : spec.responseExample(operation.operationId(), 200, name)));
        }
        return examples;
    }

    /** The path with its parameters' examples, and a query of every query parameter that has one. */
    private static String pathAndQuery(SpecOperation operation) {
        String path = operation.pathTemplate();
        List<String> query = new ArrayList<>();
        for (SpecOperation.Parameter parameter : operation.parameters()) {
            if (parameter.example() == null) {
                continue;
            }
            String value = parameter.example().asText();
            if ("path".equals(parameter.in())) {
                path = path.replace("{" + parameter.name() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            } else if ("query".equals(parameter.in())) {
                query.add(parameter.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** The object a documented answer is about: its wrapped object, or the first of a list's page; what tells its mode. */
    private static JsonNode objectOf(SpecOperation operation, JsonNode answer) {
        if (answer == null) {
            return JSON.createObjectNode();
        }
        JsonNode object = operation.paging().map(paging -> answer.path(paging.items()).path(0))
                .orElseGet(() -> answer.elements().hasNext() ? answer.elements().next() : answer);
        return object.isMissingNode() ? JSON.createObjectNode() : object;
    }

    private static List<String> problems(ApiSpec spec, Example example, HttpResponse<String> answer) throws Exception {
        List<String> problems = new ArrayList<>();
        if (answer.statusCode() != example.status()) {
            problems.add(example + ": documented " + example.status() + ", answered " + answer.statusCode() + ": " + answer.body());
            return problems;
        }
        JsonNode body = JSON.readTree(answer.body());
        List<String> violations = spec.conformance().responseViolations(example.operation().method(), example.pathAndQuery(),
                answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), body);
        if (!violations.isEmpty()) {
            problems.add(example + ": the answer breaks the spec: " + violations.stream().collect(Collectors.joining("; ")));
        }
        return problems;
    }

    private static HttpResponse<String> send(int port, Example example, String keyHeader, String keyValue) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + example.pathAndQuery()))
                .header(keyHeader, keyValue);
        String method = example.operation().method();
        if (example.body() == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(example.body().toString()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
