package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * One API of the {@link SpecCatalog}: its OpenAPI document, read once, as written and with every
 * {@code $ref} resolved, its operations and their named examples. Tests and tools read specs and
 * their examples through this type, so that no example is retyped.
 */
public final class ApiSpec {

    private static final String JSON = "application~1json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON_READER = new ObjectMapper();
    /** Deeper than any schema of the specs: a reference cycle is refused rather than followed forever. */
    private static final int MAX_REFERENCE_DEPTH = 64;
    /**
     * Set on each object a {@code $ref} was replaced by, naming it: what a discriminator's mapping
     * names is found by it in the resolved document.
     */
    public static final String RESOLVED_FROM = "x-resolved-from";

    private final String name;
    private final String resource;
    /** Where the JSON Schema validator reads the document from, to resolve references in it: a classpath or file URI. */
    private final String location;
    private final String text;
    /** The document as the validator reads it: the YAML as written, or its JSON twin. */
    private final String documentText;
    private final JsonNode document;
    private final JsonNode resolved;
    private volatile SpecConformance conformance;

    private ApiSpec(String name, String resource, String location, String text, JsonNode document, String documentText) {
        this.name = name;
        this.resource = resource;
        this.location = location;
        this.text = text;
        this.document = document;
        this.documentText = documentText;
        this.resolved = inline(document, document, 0);
    }

    private ApiSpec(String name, String resource, String location, String text) {
        this(name, resource, location, text, yaml(resource, text), text);
    }

    private static JsonNode yaml(String resource, String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(resource + " is not YAML: " + e.getMessage(), e);
        }
    }

    /**
     * A spec the build packaged: its YAML as written, its tree from the JSON twin the build wrote
     * beside it ({@link CatalogManifest}), which parses several times faster than the YAML.
     */
    static ApiSpec packaged(String name, String resource) {
        String twin = jsonTwin(resource);
        try {
            String json = read(twin);
            return new ApiSpec(name, resource, "classpath:" + twin, read(resource), JSON_READER.readTree(json), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the JSON twin of a spec document is: beside it, {@code promo-codes.yaml} → {@code promo-codes.json}. */
    static String jsonTwin(String resource) {
        return resource.substring(0, resource.length() - ".yaml".length()) + ".json";
    }

    static Path jsonTwin(Path file) {
        return file.resolveSibling(jsonTwin(file.getFileName().toString()));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(ApiSpec.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The API whose spec is in the folder of this name: {@link SpecCatalog#api(String)}. */
    public static ApiSpec named(String name) {
        return SpecCatalog.api(name);
    }

    /** Every API of the catalog: {@link SpecCatalog#apis()}. */
    public static List<ApiSpec> all() {
        return SpecCatalog.apis();
    }

    /** The folder the spec is in, which names the API, e.g. {@code flex}. */
    public String name() {
        return name;
    }

    /** Classpath location, e.g. {@code openapi/flex/promo-codes.yaml}. */
    public String resource() {
        return resource;
    }

    /** Where it is under {@code specs/}, e.g. {@code flex/promo-codes.yaml}. */
    public String file() {
        return resource.substring(SpecCatalog.ROOT.length());
    }

    public URL url() {
        return Objects.requireNonNull(ApiSpec.class.getClassLoader().getResource(resource), resource);
    }

    public String text() {
        return text;
    }

    /** The document as written, {@code $ref}s and all. */
    public JsonNode document() {
        return document;
    }

    /**
     * The document with every {@code $ref} replaced by what it refers to, which names it in
     * {@link #RESOLVED_FROM}: walk it without following references.
     */
    public JsonNode resolved() {
        return resolved;
    }

    /** How an API key is sent, from the spec's first security scheme: in which header, after which prefix. */
    public record KeyScheme(String name, String header, String prefix) {

        /** The header's value for a key: {@code Bearer <key>}, or the key itself. */
        public String value(String key) {
            return prefix + key;
        }
    }

    public KeyScheme keyScheme() {
        var schemes = resolved.path("components").path("securitySchemes").fields();
        if (!schemes.hasNext()) {
            return new KeyScheme(null, "Authorization", "");
        }
        var first = schemes.next();
        JsonNode scheme = first.getValue();
        boolean bearer = "http".equals(scheme.path("type").asText()) && "bearer".equalsIgnoreCase(scheme.path("scheme").asText());
        return new KeyScheme(first.getKey(), bearer ? "Authorization" : scheme.path("name").asText("Authorization"), bearer ? "Bearer " : "");
    }

    public String title() {
        return document.path("info").path("title").asText();
    }

    public String version() {
        return document.path("info").path("version").asText();
    }

    /** The checker of requests and responses against this spec, built once. */
    public SpecConformance conformance() {
        SpecConformance checker = conformance;
        if (checker == null) {
            synchronized (this) {
                if (conformance == null) {
                    conformance = SpecConformance.build(this);
                }
                checker = conformance;
            }
        }
        return checker;
    }

    /** Every operation, in document order. */
    public List<SpecOperation> operations() {
        return conformance().operations();
    }

    public SpecOperation operation(String operationId) {
        return operations().stream().filter(operation -> operation.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(resource + " has no operation " + operationId));
    }

    /** The names of the operation's request examples, in document order; none without a body. */
    public List<String> requestExampleNames(String operationId) {
        List<String> names = new ArrayList<>();
        operationNode(operationId).at("/requestBody/content/" + JSON + "/examples").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The statuses the operation documents, in document order, each with its JSON examples' names (maybe none). */
    public Map<Integer, List<String>> responseExampleNames(String operationId) {
        Map<Integer, List<String>> names = new LinkedHashMap<>();
        operationNode(operationId).path("responses").fields().forEachRemaining(response -> {
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

    /** The operation with this id as resolved, its examples written inline. */
    JsonNode operationNode(String operationId) {
        for (var path = resolved.path("paths").fields(); path.hasNext(); ) {
            for (var operation = path.next().getValue().fields(); operation.hasNext(); ) {
                JsonNode node = operation.next().getValue();
                if (operationId.equals(node.path("operationId").asText(null))) {
                    return node;
                }
            }
        }
        throw new NoSuchElementException(resource + " has no operation " + operationId);
    }

    private JsonNode example(String operationId, String pointer, String what) {
        JsonNode example = operationNode(operationId).at(pointer);
        if (example.isMissingNode()) {
            throw new NoSuchElementException(resource + " has no " + what + " for " + operationId);
        }
        return example.get("value").deepCopy();
    }

    /** A copy of {@code node} with every local {@code $ref} replaced by (a resolved copy of) its target. */
    private static JsonNode inline(JsonNode document, JsonNode node, int depth) {
        if (depth > MAX_REFERENCE_DEPTH) {
            throw new IllegalArgumentException("the references nest deeper than " + MAX_REFERENCE_DEPTH + ": a cycle?");
        }
        if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
            JsonNode target = document.at(node.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("a $ref to nothing: " + node.get("$ref").asText());
            }
            JsonNode inlined = inline(document, target, depth + 1);
            if (inlined.isObject() && !inlined.has(RESOLVED_FROM)) {
                ((ObjectNode) inlined).put(RESOLVED_FROM, node.get("$ref").asText());
            }
            return inlined;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(member -> copy.set(member.getKey(), inline(document, member.getValue(), depth + 1)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(inline(document, item, depth + 1)));
            return copy;
        }
        return node;
    }

    /** A spec given as its text, outside the catalog: a released version, an edit. */
    public static ApiSpec ofText(String name, String text) {
        try {
            Path file = Files.createTempFile("spec", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, text);
            return new ApiSpec(name, SpecCatalog.ROOT + name + "/" + file.getFileName(), file.toUri().toString(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spec in a file, as the build finds it ({@link CatalogManifest}). */
    static ApiSpec at(String name, String file, Path path) {
        try {
            return new ApiSpec(name, SpecCatalog.ROOT + file, path.toUri().toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String location() {
        return location;
    }

    /** The text at {@link #location()}: the validator reads the document from it, and nothing else. */
    String documentText() {
        return documentText;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiSpec spec && spec.resource.equals(resource) && spec.text.equals(text);
    }

    @Override
    public int hashCode() {
        return resource.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
