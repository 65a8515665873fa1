package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The project's OpenAPI documents, as packaged under {@code openapi/} on the classpath.
 * Tests and tools read specs and their examples through this type so that no example is retyped.
 */
public enum ApiSpec {
    FLEX("openapi/flex/promo-codes.yaml"),
    FLOWGLAD("openapi/flowglad/discounts.yaml");

    private static final String JSON = "application~1json";

    private final String resource;

    ApiSpec(String resource) {
        this.resource = resource;
    }

    /** Classpath location, e.g. {@code openapi/flex/promo-codes.yaml}. */
    public String resource() {
        return resource;
    }

    public URL url() {
        return Objects.requireNonNull(ApiSpec.class.getClassLoader().getResource(resource), resource);
    }

    public String text() {
        try (InputStream in = url().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the operation's request examples, in document order; none without a body. */
    public List<String> requestExampleNames(String operationId) {
        List<String> names = new ArrayList<>();
        SpecConformance.of(this).operationNode(operationId)
                .map(operation -> operation.at("/requestBody/content/" + JSON + "/examples"))
                .ifPresent(examples -> examples.fieldNames().forEachRemaining(names::add));
        return names;
    }

    /** The statuses the operation documents, in document order, each with its JSON examples' names (maybe none). */
    public Map<Integer, List<String>> responseExampleNames(String operationId) {
        JsonNode responses = SpecConformance.of(this).operationNode(operationId)
                .orElseThrow(() -> new NoSuchElementException(resource + " has no operation " + operationId))
                .path("responses");
        Map<Integer, List<String>> names = new LinkedHashMap<>();
        responses.fields().forEachRemaining(response -> {
            List<String> examples = new ArrayList<>();
            response.getValue().at("/content/" + JSON + "/examples").fieldNames().forEachRemaining(examples::add);
            names.put(Integer.parseInt(response.getKey()), examples);
        });
        return names;
    }

    /** The named example of the operation's JSON request body, a copy to change freely. */
    public JsonNode requestExample(String operationId, String name) {
        return example(operationId, "/requestBody/content/" + JSON + "/examples/" + name, "request example '" + name + "'");
    }

    /** The named example of the operation's JSON response with the given status, a copy to change freely. */
    public JsonNode responseExample(String operationId, int status, String name) {
        return example(operationId, "/responses/" + status + "/content/" + JSON + "/examples/" + name,
                status + " response example '" + name + "'");
    }

    /** Examples are written inline in the documents, so the tree holds them as they are. */
    private JsonNode example(String operationId, String pointer, String what) {
        JsonNode operation = SpecConformance.of(this).operationNode(operationId)
                .orElseThrow(() -> new NoSuchElementException(resource + " has no operation " + operationId));
        JsonNode example = operation.at(pointer);
        if (example.isMissingNode()) {
            throw new NoSuchElementException(resource + " has no " + what + " for " + operationId);
        }
        return example.get("value").deepCopy();
    }
}
