package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the catalog's manifest, {@code openapi/catalog.json}, at build time: every spec the build
 * packaged, found by itself ({@link SpecCatalog#find}), and what tools outside Java need of each
 * without parsing OpenAPI: its operations (id, method, path, kind, tag, parameters with their
 * examples, the request and response schemas, resolved and by name, the named request examples,
 * every documented status with its named examples) and how a key is sent. The Java catalog reads it to know which specs there are; the TypeScript, Python and
 * Go checks and the TypeScript consumer read it for everything; {@code openapi/specs.txt} lists the
 * same specs' files, a line each, for shell scripts; and each document is written as JSON too
 * ({@link ApiSpec#jsonTwin}), which the catalog parses instead of the YAML. Argument: the folder the
 * specs were packaged into.
 */
public final class CatalogManifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();
    /**
     * What the project's own extensions say of an operation, given in the manifest without the
     * prefix: {@code id} (the member of the object that the path's id names), {@code id-in-body} (the
     * members of an update's body that repeat it), {@code paging} (how a list's next page is asked for).
     */
    private static final String EXTENSION = "x-promo-";

    private CatalogManifest() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        ObjectNode manifest = JSON.createObjectNode();
        ArrayNode apis = manifest.putArray("apis");
        for (Path file : SpecCatalog.find(root)) {
            String name = root.relativize(file).getName(0).toString();
            ApiSpec spec = ApiSpec.at(name, root.relativize(file).toString().replace('\\', '/'), file);
            apis.add(describe(spec));
            // The document as JSON beside its YAML: a server reads it at every start, and JSON parses several times faster.
            Files.writeString(ApiSpec.jsonTwin(file), COMPACT.writeValueAsString(spec.document()));
        }
        Files.writeString(root.resolve("catalog.json"), JSON.writeValueAsString(manifest));
        // The same list of specs, a file a line, for scripts that read no JSON.
        StringBuilder files = new StringBuilder();
        manifest.path("apis").forEach(api -> files.append(api.path("file").asText()).append('\n'));
        Files.writeString(root.resolve("specs.txt"), files);
    }

    static ObjectNode describe(ApiSpec api) {
        ObjectNode described = JSON.createObjectNode()
                .put("name", api.name()).put("file", api.file()).put("title", api.title()).put("version", api.version());
        described.set("key", key(api));
        ArrayNode operations = described.putArray("operations");
        for (SpecOperation operation : api.operations()) {
            ObjectNode one = operations.addObject()
                    .put("operationId", operation.operationId()).put("method", operation.method())
                    .put("path", operation.pathTemplate()).put("kind", operation.kind().name()).put("tag", operation.tag());
            JsonNode resolved = api.operationNode(operation.operationId());
            resolved.fields().forEachRemaining(member -> {
                if (member.getKey().startsWith(EXTENSION)) {
                    one.set(member.getKey().substring(EXTENSION.length()), member.getValue());
                }
            });
            operation.uniqueMember().ifPresent(pointer -> one.put("unique", pointer));
            ArrayNode parameters = one.putArray("parameters");
            resolved.path("parameters").forEach(parameter -> parameters.addObject().put("name", parameter.path("name").asText())
                    .put("in", parameter.path("in").asText()).put("required", parameter.path("required").asBoolean(false))
                    .<ObjectNode>set("example", parameter.path("example").isMissingNode() ? null : parameter.get("example"))
                    .set("schema", parameter.path("schema")));
            String written = "/paths/" + escape(operation.pathTemplate()) + "/" + operation.method().toLowerCase();
            one.put("requestSchema", schemaName(api.document().at(written + "/requestBody/content/application~1json/schema")));
            operation.requestSchema().ifPresent(schema -> one.set("requestBody", schema));
            ObjectNode requestExamples = one.putObject("requestExamples");
            api.requestExampleNames(operation.operationId()).forEach(example ->
                    requestExamples.set(example, api.requestExample(operation.operationId(), example)));
            ObjectNode responses = one.putObject("responses");
            api.responseExampleNames(operation.operationId()).forEach((status, examples) -> {
                ObjectNode response = responses.putObject(String.valueOf(status));
                response.put("schema", schemaName(api.document().at(written + "/responses/" + status + "/content/application~1json/schema")));
                operation.responseSchema(status).ifPresent(schema -> response.set("body", schema));
                ObjectNode named = response.putObject("examples");
                examples.forEach(example -> named.set(example, api.responseExample(operation.operationId(), status, example)));
            });
        }
        return described;
    }

    /** How a key is sent ({@link ApiSpec.KeyScheme}): the scheme's name, in which header, after which prefix. */
    private static ObjectNode key(ApiSpec api) {
        ApiSpec.KeyScheme scheme = api.keyScheme();
        return JSON.createObjectNode().put("scheme", scheme.name()).put("bearer", !scheme.prefix().isEmpty())
                .put("header", scheme.header()).put("prefix", scheme.prefix());
    }

    /** The name of the component a schema refers to, e.g. {@code CreatePromoCodeRequest}; null for none. */
    private static String schemaName(JsonNode schema) {
        String reference = schema.path("$ref").asText(null);
        return reference == null ? null : reference.substring(reference.lastIndexOf('/') + 1);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
