package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;
import io.swagger.v3.oas.models.media.Schema;

import java.util.function.Consumer;

/** Reads what the contracts need from the specs: examples (copied, to derive from) and patterns. */
final class SpecValues {

    private SpecValues() {
    }

    /**
     * A documented request as the Java client sends it: members that are {@code null} are left out,
     * which the specs treat as the same (every nullable request member is optional).
     */
    static JsonNode request(ApiSpec spec, String operationId, String example) {
        JsonNode body = spec.requestExample(operationId, example);
        removeNulls(body);
        return body;
    }

    /** A documented request example changed in one way, for an interaction the spec documents only by its response. */
    static JsonNode request(ApiSpec spec, String operationId, String example, Consumer<ObjectNode> change) {
        JsonNode body = request(spec, operationId, example);
        change.accept((ObjectNode) body.fields().next().getValue());
        return body;
    }

    private static void removeNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
            object.forEach(SpecValues::removeNulls);
        }
    }

    static JsonNode response(ApiSpec spec, String operationId, int status, String example) {
        return spec.responseExample(operationId, status, example);
    }

    /** The {@code pattern} of a property of a component schema, following {@code $ref}s. */
    static String pattern(ApiSpec spec, String component, String property) {
        Schema<?> schema = resolve(spec, (Schema<?>) spec.openApi().getComponents().getSchemas().get(component).getProperties().get(property));
        if (schema.getPattern() == null) {
            throw new IllegalStateException(component + "." + property + " has no pattern in " + spec.resource());
        }
        return schema.getPattern();
    }

    private static Schema<?> resolve(ApiSpec spec, Schema<?> schema) {
        if (schema.get$ref() == null) {
            return schema;
        }
        String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        return resolve(spec, spec.openApi().getComponents().getSchemas().get(name));
    }
}
