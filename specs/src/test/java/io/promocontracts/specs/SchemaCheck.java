package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

import java.util.List;

/**
 * Validates a JSON value against a schema inside a spec with networknt's JSON Schema validator in
 * its OpenAPI 3.0 dialect ({@code nullable}, {@code discriminator}, formats asserted). References
 * resolve inside the document, exactly as a client or server would read them.
 */
final class SchemaCheck {

    private static final JsonMetaSchema OPENAPI_30 = OpenApi30.getInstance();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OPENAPI_30).defaultMetaSchemaIri(OPENAPI_30.getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .nullableKeywordEnabled(true)
            .discriminatorKeywordEnabled(true)
            .formatAssertionsEnabled(true)
            .build();

    private SchemaCheck() {
    }

    /** The violations of {@code value} against the schema at {@code schemaPointer}; empty when valid. */
    static List<String> violations(ApiSpec spec, String schemaPointer, JsonNode value) {
        SchemaLocation location = SchemaLocation.of("classpath:" + spec.resource() + "#" + schemaPointer);
        return FACTORY.getSchema(location, CONFIG).validate(value).stream()
                .map(ValidationMessage::toString)
                .toList();
    }

    static List<String> violations(ApiSpec spec, JsonNode value, String componentSchema) {
        return violations(spec, "/components/schemas/" + componentSchema, value);
    }
}
