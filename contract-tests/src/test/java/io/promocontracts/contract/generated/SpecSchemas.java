package io.promocontracts.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;
import io.swagger.v3.core.util.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A spec as the JSON tree it is written in, for walking its schemas: local {@code $ref}s are
 * followed on demand, and every keyword the walk uses is read here, so that the generators never
 * need to know a field by name.
 */
final class SpecSchemas {

    private final JsonNode document;

    SpecSchemas(ApiSpec spec) {
        try {
            this.document = Yaml.mapper().readTree(spec.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request body schema of the operation at this method and path template. */
    JsonNode requestSchema(String method, String pathTemplate) {
        return resolve(document.path("paths").path(pathTemplate).path(method.toLowerCase())
                .at("/requestBody/content/application~1json/schema"));
    }

    /** The schema itself, or what its {@code $ref} points at (followed until it is no reference). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    static List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    static boolean closed(JsonNode schema) {
        return schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean();
    }

    /** The declared properties in document order. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        fields.forEachRemaining(field -> properties.put(field.getKey(), resolve(field.getValue())));
        return properties;
    }

    /** The variants of a {@code oneOf}, resolved. */
    List<JsonNode> variants(JsonNode schema) {
        List<JsonNode> variants = new ArrayList<>();
        schema.path("oneOf").forEach(variant -> variants.add(resolve(variant)));
        return variants;
    }

    static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        return schema.has("oneOf") ? "oneOf" : "any";
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
