package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.testkit.cases.ParameterRequests;
import io.promocontracts.testkit.cases.SpecSchemas;
import io.promocontracts.testkit.cases.ValidInstances;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Compatibility by instances rather than by structure: every request the released spec accepts
 * (its examples and requests generated from its schemas) must still be accepted by the edited
 * spec, and every response the edited spec allows (its examples and generated responses) must be
 * accepted by the released one. It sees what a structural diff misses, inside unions for one. A
 * finding names the operation, the direction, what was refused and the witness.
 */
final class InstanceCompatibility {

    /** One instance that one side accepts and the other refuses. */
    record Finding(String operation, String direction, String violation, String witness) {
        @Override
        public String toString() {
            return operation + " " + direction + ": " + violation + " (witness " + witness + ")";
        }
    }

    private static final int GENERATED = 30;
    private static final long SEED = 20261123L;
    private static final String JSON = "application/json";

    private final JsonNode releasedDocument;
    private final JsonNode editedDocument;
    private final SpecConformance released;
    private final SpecConformance edited;
    private final SpecSchemas releasedSchemas;
    private final SpecSchemas editedSchemas;
    private final List<Finding> findings = new ArrayList<>();

    private InstanceCompatibility(String releasedText, String editedText) {
        ApiSpec releasedSpec = ApiSpec.ofText("released", releasedText);
        ApiSpec editedSpec = ApiSpec.ofText("edited", editedText);
        releasedDocument = releasedSpec.document();
        editedDocument = editedSpec.document();
        released = releasedSpec.conformance();
        edited = editedSpec.conformance();
        releasedSchemas = new SpecSchemas(releasedSpec.resolved());
        editedSchemas = new SpecSchemas(editedSpec.resolved());
    }

    static List<Finding> between(String releasedText, String editedText) {
        InstanceCompatibility check = new InstanceCompatibility(releasedText, editedText);
        check.releasedDocument.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> check.operation(method.getKey().toUpperCase(), path.getKey(), method.getValue())));
        return List.copyOf(check.findings);
    }

    private void operation(String method, String template, JsonNode releasedOperation) {
        String name = method + " " + template + " (" + releasedOperation.path("operationId").asText() + ")";
        JsonNode editedOperation = editedDocument.path("paths").path(template).path(method.toLowerCase());
        if (editedOperation.isMissingNode()) {
            findings.add(new Finding(name, "operation", "removed", template));
            return;
        }
        Random random = new Random(SEED);
        // Requests: what the released spec accepts, the edited one must accept.
        JsonNode requestSchema = releasedOperation.has("requestBody") ? releasedSchemas.requestSchema(method, template) : null;
        List<JsonNode> bodies = new ArrayList<>();
        if (requestSchema != null) {
            releasedOperation.at("/requestBody/content/application~1json/examples").forEach(example -> bodies.add(example.get("value")));
            for (int i = 0; i < GENERATED; i++) {
                bodies.add(new ValidInstances(releasedSchemas, Map.of(), random, i % 2 == 0).of(requestSchema));
            }
        } else {
            for (int i = 0; i < GENERATED; i++) {
                bodies.add(null);
            }
        }
        for (JsonNode body : bodies) {
            String path = concretePath(releasedSchemas, method, template, random);
            if (path == null || !released.requestViolations(method, path, JSON, body).isEmpty()) {
                continue; // not a request the released spec accepts (a generator limit): no witness
            }
            edited.requestViolations(method, path, JSON, body)
                    .forEach(violation -> findings.add(new Finding(name, "request", violation, path + " " + body)));
        }
        // Responses: what the edited spec allows, the released one must accept.
        editedOperation.path("responses").fields().forEachRemaining(response -> {
            int status = Integer.parseInt(response.getKey());
            JsonNode schema = editedSchemas.responseSchema(method, template, status);
            if (schema == null) {
                return;
            }
            List<JsonNode> answers = new ArrayList<>();
            response.getValue().at("/content/application~1json/examples").forEach(example -> answers.add(example.get("value")));
            for (int i = 0; i < GENERATED; i++) {
                answers.add(new ValidInstances(editedSchemas, Map.of(), random, i % 2 == 0).of(schema));
            }
            for (JsonNode answer : answers) {
                if (!edited.responseViolations(method, template, status, JSON, answer).isEmpty()) {
                    continue;
                }
                released.responseViolations(method, template, status, JSON, answer)
                        .forEach(violation -> findings.add(new Finding(name, "response " + status, violation, answer.toString())));
            }
        });
    }

    /** The template with generated parameter values, and a query; null when none could be rendered. */
    private static String concretePath(SpecSchemas schemas, String method, String template, Random random) {
        JsonNode parameters = schemas.parametersSchema(method, template);
        if (parameters == null) {
            return template;
        }
        return ParameterRequests.render(template, schemas.parameterLocations(method, template),
                new ValidInstances(schemas, Map.of(), random, false).of(parameters)).orElse(null);
    }
}
