package io.promocontracts.specs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's spec conventions, checked over swagger-parser's model of a document. Each
 * violation names the file, the JSON path and the rule.
 */
final class StyleRules {

    static final String OPERATION_ID = "operation-id";
    static final String OPERATION_SUMMARY = "operation-summary";
    static final String OPERATION_TAGS = "operation-tags";
    static final String REQUEST_EXAMPLE = "request-example";
    static final String RESPONSE_EXAMPLE = "response-example";
    static final String ERROR_SCHEMA = "error-schema";
    static final String NAMED_BODY_SCHEMA = "named-body-schema";
    static final String PROPERTY_DESCRIPTION = "property-description";
    static final String ID_PATTERN = "id-pattern";
    static final String NULLABLE_TYPE = "nullable-type";
    static final String REQUEST_BOUNDED = "request-bounded";

    private static final String ERROR_REF = "#/components/schemas/Error";
    private static final String SCHEMAS_REF = "#/components/schemas/";
    private static final Pattern UNBOUNDED_REPETITION = Pattern.compile("[*+]|\\{\\d+,}");

    record Violation(String file, String path, String rule, String message) {

        @Override
        public String toString() {
            return file + ": " + path + ": [" + rule + "] " + message;
        }
    }

    private final String file;
    private final OpenAPI api;
    private final List<Violation> violations = new ArrayList<>();

    private StyleRules(String file, OpenAPI api) {
        this.file = file;
        this.api = api;
    }

    static List<Violation> check(String file, OpenAPI api) {
        StyleRules rules = new StyleRules(file, api);
        rules.checkOperations();
        rules.checkSchemas();
        return List.copyOf(rules.violations);
    }

    private void checkOperations() {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                checkOperation("$.paths['" + path + "']." + method.name().toLowerCase(), operation)));
    }

    private void checkOperation(String at, Operation operation) {
        require(isSet(operation.getOperationId()), at, OPERATION_ID, "every operation has an operationId");
        require(isSet(operation.getSummary()), at, OPERATION_SUMMARY, "every operation has a summary");
        require(operation.getTags() != null && !operation.getTags().isEmpty(), at, OPERATION_TAGS, "every operation has tags");
        if (operation.getRequestBody() != null) {
            checkBody(at + ".requestBody", operation.getRequestBody().getContent(), REQUEST_EXAMPLE, false);
            operation.getRequestBody().getContent().forEach((type, media) ->
                    checkBounded(at + ".requestBody.content['" + type + "'].schema", media.getSchema(), new HashSet<>()));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(this::resolve).filter(parameter -> !"path".equals(parameter.getIn()))
                    .forEach(parameter -> checkBounded(at + ".parameters[" + parameter.getName() + "].schema", parameter.getSchema(),
                            new HashSet<>()));
        }
        operation.getResponses().forEach((status, response) -> checkResponse(at + ".responses['" + status + "']", status, response));
    }

    private void checkResponse(String at, String status, ApiResponse response) {
        boolean error = status.startsWith("4") || status.startsWith("5");
        if (response.getContent() == null) {
            require(!error, at, ERROR_SCHEMA, "an error response has a body of the shared Error schema");
            return;
        }
        checkBody(at, response.getContent(), RESPONSE_EXAMPLE, error);
    }

    private void checkBody(String at, Content content, String exampleRule, boolean error) {
        content.forEach((type, media) -> {
            String mediaAt = at + ".content['" + type + "']";
            require(hasExample(media), mediaAt, exampleRule, "every body is documented with an example");
            Schema<?> schema = media.getSchema();
            String ref = schema == null ? null : schema.get$ref();
            require(ref != null && ref.startsWith(SCHEMAS_REF), mediaAt + ".schema", NAMED_BODY_SCHEMA,
                    "a body schema is a $ref to a named component, not inline");
            if (error) {
                require(ERROR_REF.equals(ref), mediaAt + ".schema", ERROR_SCHEMA, "an error response uses " + ERROR_REF);
            }
        });
    }

    private void checkSchemas() {
        api.getComponents().getSchemas().forEach((name, schema) -> {
            checkNullable("$.components.schemas." + name, schema);
            checkProperties("$.components.schemas." + name, schema);
        });
    }

    /**
     * OpenAPI 3.1 states {@code null} among a schema's types and has no {@code nullable}; in 3.0,
     * {@code nullable} has a meaning only beside a {@code type} (linters refuse it alone).
     */
    private void checkNullable(String at, Schema<?> schema) {
        if (api.getOpenapi().startsWith("3.1")) {
            // swagger-parser keeps a keyword 3.1 does not know among the extensions
            boolean nullable = schema.getExtensions() != null && schema.getExtensions().containsKey("nullable");
            require(!nullable, at, NULLABLE_TYPE, "null is one of the types, not nullable (OpenAPI 3.1)");
        } else {
            require(!Boolean.TRUE.equals(schema.getNullable()) || schema.get$ref() != null || isSet(schema.getType()), at,
                    NULLABLE_TYPE, "nullable is used only beside a type");
        }
    }

    private void checkProperties(String at, Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            String propertyAt = at + ".properties." + name;
            Schema<?> resolved = resolve(property);
            require(isSet(property.getDescription()) || isSet(resolved.getDescription()), propertyAt, PROPERTY_DESCRIPTION,
                    "every property has a description");
            boolean id = name.equals("id") || name.endsWith("_id") || name.endsWith("Id");
            require(!id || isSet(resolved.getPattern()), propertyAt, ID_PATTERN, "an id property carries a pattern");
            checkNullable(propertyAt, property);
            checkProperties(propertyAt, property);
        });
    }

    /**
     * What a request may carry is bounded, so that what the server reads, stores and answers is too:
     * a string by {@code maxLength}, an enum, a const, or an anchored pattern without unbounded
     * repetition; an array by {@code maxItems}; a map by {@code maxProperties} and the length of its
     * keys; each member, item and value in turn. Path parameters are bounded by the request line,
     * and an id of another form is the API's 404.
     */
    private void checkBounded(String at, Schema<?> declared, Set<String> walked) {
        if (declared == null) {
            return;
        }
        String ref = declared.get$ref();
        if (ref != null && ref.startsWith(SCHEMAS_REF)) {
            if (walked.add(ref)) {
                checkBounded("$.components.schemas." + ref.substring(SCHEMAS_REF.length()), resolve(declared), walked);
            }
            return;
        }
        Schema<?> schema = declared;
        Set<String> types = types(schema);
        if (types.contains("string")) {
            require(schema.getMaxLength() != null || schema.getEnum() != null || schema.getConst() != null
                    || boundedPattern(schema.getPattern()), at, REQUEST_BOUNDED,
                    "a request string has a maxLength (or an enum, a const, an anchored pattern without * or +)");
        }
        if (types.contains("array")) {
            require(schema.getMaxItems() != null, at, REQUEST_BOUNDED, "a request array has maxItems");
            checkBounded(at + ".items", schema.getItems(), walked);
        }
        // A closed object's additionalProperties: false is a boolean schema, not a map's values.
        if (schema.getAdditionalProperties() instanceof Schema<?> values && values.getBooleanSchemaValue() == null) {
            require(schema.getMaxProperties() != null, at, REQUEST_BOUNDED, "a request map has maxProperties");
            Schema<?> keys = schema.getPropertyNames();
            require(keys != null && (keys.getMaxLength() != null || boundedPattern(keys.getPattern())), at, REQUEST_BOUNDED,
                    "a request map bounds its keys (propertyNames with a maxLength)");
            checkBounded(at + ".additionalProperties", values, walked);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> checkBounded(at + ".properties." + name, property, walked));
        }
        for (List<Schema> variants : Arrays.asList(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())) {
            if (variants != null) {
                for (int i = 0; i < variants.size(); i++) {
                    checkBounded(at + "[" + i + "]", variants.get(i), walked);
                }
            }
        }
    }

    /** An OpenAPI 3.1 schema's types, or a 3.0 schema's one type. */
    private static Set<String> types(Schema<?> schema) {
        Set<String> types = new HashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        return types;
    }

    /** Anchored at both ends, without {@code *}, {@code +} or {@code {n,}}: it matches strings of a bounded length only. */
    private static boolean boundedPattern(String pattern) {
        return pattern != null && pattern.startsWith("^") && pattern.endsWith("$") && !UNBOUNDED_REPETITION.matcher(pattern).find();
    }

    private Parameter resolve(Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        return api.getComponents().getParameters().get(parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1));
    }

    private Schema<?> resolve(Schema<?> schema) {
        if (schema.get$ref() == null || !schema.get$ref().startsWith(SCHEMAS_REF)) {
            return schema;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Schema<?> target = schemas.get(schema.get$ref().substring(SCHEMAS_REF.length()));
        return target == null ? schema : resolve(target);
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    private static boolean isSet(String text) {
        return text != null && !text.isBlank();
    }

    private void require(boolean holds, String path, String rule, String message) {
        if (!holds) {
            violations.add(new Violation(file, path, rule, message));
        }
    }
}
