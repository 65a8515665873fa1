package io.promocontracts.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A spec's schemas for the generators to walk: the document as the spec catalog resolved it (no
 * {@code $ref} left), and every keyword the walk uses is read here, so that the generators never
 * need to know a field by name.
 */
public final class SpecSchemas {

    /** What the spec catalog names the reference an object of the resolved document was, e.g. {@code #/components/schemas/X}. */
    public static final String RESOLVED_FROM = "x-resolved-from";

    private final JsonNode document;

    /** A spec's document with its references resolved: the catalog's {@code ApiSpec.resolved()}. */
    public SpecSchemas(JsonNode resolvedDocument) {
        this.document = resolvedDocument;
    }

    /** The schema of the operation's JSON response with this status; null when it documents no body. */
    public JsonNode responseSchema(String method, String pathTemplate, int status) {
        JsonNode schema = document.path("paths").path(pathTemplate).path(method.toLowerCase())
                .path("responses").path(String.valueOf(status)).at("/content/application~1json/schema");
        return schema.isMissingNode() ? null : schema;
    }

    /** The request body schema of the operation at this method and path template. */
    public JsonNode requestSchema(String method, String pathTemplate) {
        return document.path("paths").path(pathTemplate).path(method.toLowerCase())
                .at("/requestBody/content/application~1json/schema");
    }

    /**
     * The operation's path and query parameters as one object schema, a member per parameter, so
     * that the generators walk them as they walk a body; null when it has none.
     */
    public JsonNode parametersSchema(String method, String pathTemplate) {
        List<JsonNode> parameters = pathAndQueryParameters(method, pathTemplate);
        if (parameters.isEmpty()) {
            return null;
        }
        ObjectNode schema = object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        var required = schema.putArray("required");
        parameters.forEach(parameter -> {
            properties.set(parameter.get("name").asText(), parameter.get("schema"));
            if (parameter.path("required").asBoolean()) {
                required.add(parameter.get("name").asText());
            }
        });
        return schema;
    }

    /** Where each parameter goes: {@code path} or {@code query}, by name. */
    public Map<String, String> parameterLocations(String method, String pathTemplate) {
        Map<String, String> locations = new java.util.LinkedHashMap<>();
        pathAndQueryParameters(method, pathTemplate)
                .forEach(parameter -> locations.put(parameter.get("name").asText(), parameter.get("in").asText()));
        return locations;
    }

    /** The operation's parameters that are part of its URL, resolved; headers travel apart. */
    private List<JsonNode> pathAndQueryParameters(String method, String pathTemplate) {
        List<JsonNode> parameters = new ArrayList<>();
        document.path("paths").path(pathTemplate).path(method.toLowerCase()).path("parameters").forEach(parameter -> {
            if (List.of("path", "query").contains(parameter.path("in").asText())) {
                parameters.add(parameter);
            }
        });
        return parameters;
    }

    public static List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    public static boolean closed(JsonNode schema) {
        return schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean();
    }

    /** The declared properties in document order. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        fields.forEachRemaining(field -> properties.put(field.getKey(), field.getValue()));
        return properties;
    }

    /** The variants of a {@code oneOf}, resolved. */
    List<JsonNode> variants(JsonNode schema) {
        List<JsonNode> variants = new ArrayList<>();
        schema.path("oneOf").forEach(variant -> variants.add(variant));
        return variants;
    }

    /** The schema's type; of an OpenAPI 3.1 type array such as {@code [integer, null]}, the one that is not null. */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        return schema.has("oneOf") ? "oneOf" : "any";
    }

    /**
     * Whether a value matches a schema, for the keywords a {@code not} of the specs uses to name
     * what it rejects: {@code type}, {@code enum}, {@code required}, {@code properties} and
     * {@code anyOf}. (The generators only need to stay clear of what it rejects.)
     */
    public static boolean matches(JsonNode schema, JsonNode value) {
        if (schema.has("anyOf")) {
            for (JsonNode alternative : schema.get("anyOf")) {
                if (matches(alternative, value)) {
                    return true;
                }
            }
            return false;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            return false;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                return false;
            }
        }
        if (value.isObject()) {
            for (String name : required(schema)) {
                if (!value.has(name)) {
                    return false;
                }
            }
            for (var property = schema.path("properties").fields(); property.hasNext(); ) {
                var member = property.next();
                if (value.has(member.getKey()) && !matches(member.getValue(), value.get(member.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (typeMatches(each, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "null" -> value.isNull();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    /** Whether {@code null} is a value: OpenAPI 3.0's {@code nullable}, or {@code null} among 3.1's types. */
    public static boolean nullable(JsonNode schema) {
        if (schema.path("nullable").asBoolean()) {
            return true;
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if ("null".equals(each.asText())) {
                    return true;
                }
            }
        }
        return "null".equals(type.asText(null));
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
