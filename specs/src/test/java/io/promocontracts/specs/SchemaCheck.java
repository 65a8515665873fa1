package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Validates a JSON value against a schema inside a spec, with the project's one conformance checker. */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** The violations of {@code value} against the schema at {@code schemaPointer}; empty when valid. */
    static List<String> violations(ApiSpec spec, String schemaPointer, JsonNode value) {
        return SpecConformance.of(spec).schemaViolations(schemaPointer, value);
    }

    static List<String> violations(ApiSpec spec, JsonNode value, String componentSchema) {
        return violations(spec, "/components/schemas/" + componentSchema, value);
    }
}
