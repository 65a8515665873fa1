package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

    private static final String JSON = "application/json";

    private final String resource;
    private volatile OpenAPI openApi;

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

    /** Parses the document with references resolved; the messages list every problem found. */
    public SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text(), null, options);
    }

    /** The parsed document; fails when the parser reports any message. */
    public OpenAPI openApi() {
        OpenAPI result = openApi;
        if (result == null) {
            SwaggerParseResult parsed = parse();
            if (!parsed.getMessages().isEmpty() || parsed.getOpenAPI() == null) {
                throw new IllegalStateException(resource + " does not parse cleanly: " + parsed.getMessages());
            }
            result = parsed.getOpenAPI();
            openApi = result;
        }
        return result;
    }

    public Operation operation(String operationId) {
        return openApi().getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(op -> operationId.equals(op.getOperationId()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(resource + " has no operation " + operationId));
    }

    /** The named example of the operation's JSON request body. */
    public JsonNode requestExample(String operationId, String name) {
        MediaType media = operation(operationId).getRequestBody().getContent().get(JSON);
        return exampleValue(media.getExamples(), operationId + " request", name);
    }

    /** The named example of the operation's JSON response with the given status. */
    public JsonNode responseExample(String operationId, int status, String name) {
        MediaType media = operation(operationId).getResponses().get(String.valueOf(status)).getContent().get(JSON);
        return exampleValue(media.getExamples(), operationId + " " + status + " response", name);
    }

    private JsonNode exampleValue(Map<String, Example> examples, String where, String name) {
        Example example = examples == null ? null : examples.get(name);
        if (example == null) {
            throw new NoSuchElementException(resource + " has no example '" + name + "' for the " + where);
        }
        return Json.mapper().valueToTree(example.getValue()).deepCopy();
    }
}
