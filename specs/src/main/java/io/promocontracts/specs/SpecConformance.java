package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.regex.JoniRegularExpressionFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one checker of conformance to a spec, for requests and responses alike: the server's request
 * check, the server tests, the pact-vs-spec check and the generated contract cases all hold JSON
 * against the spec through it. It finds the operation a method and path reach, and validates
 * bodies with networknt's JSON Schema validator in the document's OpenAPI dialect, patterns as
 * ECMA-262 reads them, {@code discriminator} and formats asserted, reading every schema
 * straight from the packaged document, so a rule added to the spec is checked without code. Paths,
 * operations and parameters are read from the document's JSON tree, the same one the validator loads:
 * the server builds its checker at every start, and a full OpenAPI parse would add most of a second.
 */
public final class SpecConformance {

    /**
     * Formats are asserted, and {@code pattern} is an ECMA-262 regular expression, as JSON Schema
     * defines it: its {@code $} ends the string, where Java's also matches before a final line break.
     */
    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
            .formatAssertionsEnabled(true)
            .build();
    private static final String JSON = "application/json";
    /** The operations of a path item, in the order OpenAPI lists them. */
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode document;
    /** The document with its references resolved ({@link ApiSpec#resolved()}), for reading what the validator does not. */
    private final JsonNode resolved;
    /** Where the document is, for the validator to resolve references in it: a classpath or file URI. */
    private final String location;
    private final List<PathTemplate> paths = new ArrayList<>();
    /**
     * The validator's view of the document, in its OpenAPI dialect (3.1: JSON Schema 2020-12; 3.0:
     * draft 4 with {@code nullable}; both with {@code discriminator}), given the document's text so
     * that it reads nothing else.
     */
    private final SchemaRegistry schemas;

    private SpecConformance(ApiSpec spec) {
        this.document = spec.document();
        this.resolved = spec.resolved();
        this.location = spec.location();
        boolean openApi31 = document.path("openapi").asText().startsWith("3.1");
        this.schemas = SchemaRegistry.withDialect(openApi31 ? Dialects.getOpenApi31() : Dialects.getOpenApi30(),
                registry -> registry.schemaRegistryConfig(CONFIG).schemas(Map.of(location, spec.documentText())));
        document.path("paths").fields().forEachRemaining(path ->
                paths.add(new PathTemplate(path.getKey(), operations(path.getKey(), path.getValue()))));
    }

    /** The checker of a spec, built once per spec ({@link ApiSpec#conformance()}). */
    public static SpecConformance of(ApiSpec spec) {
        return spec.conformance();
    }

    static SpecConformance build(ApiSpec spec) {
        return new SpecConformance(spec);
    }

    /** The checker of a document given as text: a released version, an edit. */
    public static SpecConformance ofText(String text) {
        return ApiSpec.ofText("edited", text).conformance();
    }

    /** Every operation of the spec, in document order. */
    public List<SpecOperation> operations() {
        return paths.stream().flatMap(path -> path.operations.values().stream()).toList();
    }

    /** Where a request lands: an operation, a path with no operation for the method, or no path at all. */
    public sealed interface Route {
        record Found(SpecOperation operation, Map<String, String> pathParameters) implements Route {
        }

        record MethodNotAllowed(Set<String> allowed) implements Route {
        }

        record NoSuchPath() implements Route {
        }
    }

    public Route route(String method, String path) {
        for (PathTemplate template : paths) {
            Optional<Map<String, String>> parameters = template.match(path);
            if (parameters.isPresent()) {
                SpecOperation operation = template.operations.get(method.toUpperCase());
                return operation == null ? new Route.MethodNotAllowed(new TreeSet<>(template.operations.keySet()))
                        : new Route.Found(operation, parameters.get());
            }
        }
        return new Route.NoSuchPath();
    }

    /**
     * Every way the request's path, query and body ({@code path} may carry a query string) break the spec;
     * empty when they conform. Header parameters are not known here and count as absent.
     */
    public List<String> requestViolations(String method, String pathAndQuery, String contentType, JsonNode body) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        Route route = route(method, path);
        if (route instanceof Route.Found found) {
            List<String> violations = new ArrayList<>();
            found.operation().parameterViolations(found.pathParameters(), queryParameters(question < 0 ? "" : pathAndQuery.substring(question + 1)),
                            header -> List.of())
                    .forEach(violation -> violations.add(found.operation() + " parameter " + violation.path() + ": " + violation.message()));
            violations.addAll(found.operation().requestViolations(contentType, body));
            return violations;
        }
        if (route instanceof Route.MethodNotAllowed notAllowed) {
            return List.of(method + " " + path + ": the spec allows only " + notAllowed.allowed());
        }
        return List.of(method + " " + path + ": no such path in " + location);
    }

    /** Every way the response breaks the spec; empty when the spec documents it exactly. */
    public List<String> responseViolations(String method, String pathAndQuery, int status, String contentType, JsonNode body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        if (route(method, path) instanceof Route.Found found) {
            return found.operation().responseViolations(status, contentType, body);
        }
        return List.of(method + " " + path + ": no operation in " + location);
    }

    /** The value's violations of the schema at a JSON pointer into the document, e.g. an example's own schema. */
    public List<String> schemaViolations(String schemaPointer, JsonNode value) {
        return schema(schemaPointer).validate(value).stream().map(Object::toString).toList();
    }

    /** The parameters of a query string, decoded, each with every value it was given, in order. */
    public static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, first -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }

    private Map<String, SpecOperation> operations(String template, JsonNode item) {
        Map<String, SpecOperation> operations = new LinkedHashMap<>();
        for (String method : METHODS) {
            JsonNode operation = item.get(method);
            if (operation == null) {
                continue;
            }
            String pointer = "/paths/" + escape(template) + "/" + method;
            JsonNode resolvedOperation = resolved.at(pointer);
            Schema request = operation.has("requestBody") ? schema(pointer + "/requestBody/content/" + escape(JSON) + "/schema") : null;
            List<DiscriminatedUnion> unions = DiscriminatedUnion.in(resolvedOperation.path("requestBody").path("content").path(JSON).path("schema"));
            List<SpecOperation.Parameter> parameters = new ArrayList<>();
            JsonNode declared = operation.path("parameters");
            for (int i = 0; i < declared.size(); i++) {
                String parameterPointer = pointer + "/parameters/" + i;
                if (declared.get(i).has("$ref")) {
                    String reference = declared.get(i).get("$ref").asText();
                    parameterPointer = reference.substring(reference.indexOf('#') + 1);
                }
                JsonNode parameter = resolvedOperation.path("parameters").get(i);
                parameters.add(new SpecOperation.Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        parameter.path("required").asBoolean(false), typeOf(parameter.path("schema")), parameter.path("schema"),
                        parameter.get("example"), schema(parameterPointer + "/schema")));
            }
            Map<Integer, Supplier<Schema>> responses = new LinkedHashMap<>();
            operation.path("responses").fields().forEachRemaining(response -> responses.put(Integer.parseInt(response.getKey()),
                    response.getValue().path("content").has(JSON)
                            ? lazySchema(pointer + "/responses/" + response.getKey() + "/content/" + escape(JSON) + "/schema") : null));
            String name = method.toUpperCase(Locale.ROOT);
            operations.put(name, new SpecOperation(name, template, resolvedOperation, request, unions, parameters, responses));
        }
        return operations;
    }

    /** A resolved schema's type; of an OpenAPI 3.1 set such as [integer, null], the one that is not null. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode member : type) {
                if (!"null".equals(member.asText())) {
                    return member.asText();
                }
            }
            return null;
        }
        return type.isTextual() ? type.asText() : null;
    }

    private Supplier<Schema> lazySchema(String pointer) {
        return new Supplier<>() {
            private Schema schema;

            @Override
            public synchronized Schema get() {
                if (schema == null) {
                    schema = schema(pointer);
                }
                return schema;
            }
        };
    }

    private Schema schema(String pointer) {
        Schema schema = schemas.getSchema(SchemaLocation.of(location + "#" + pointer));
        schema.initializeValidators();
        return schema;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A path of the spec, e.g. {@code /v1/promo_codes/{id}}, matched segment by segment. */
    private static final class PathTemplate {
        private final Pattern pattern;
        private final List<String> names = new ArrayList<>();
        private final Map<String, SpecOperation> operations;

        PathTemplate(String template, Map<String, SpecOperation> operations) {
            Matcher parameter = Pattern.compile("\\{([^}/]+)}").matcher(template);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("([^/]+)");
                names.add(parameter.group(1));
                last = parameter.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            this.pattern = Pattern.compile(regex.toString());
            this.operations = operations;
        }

        Optional<Map<String, String>> match(String path) {
            Matcher matcher = pattern.matcher(path);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), URLDecoder.decode(matcher.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
            }
            return Optional.of(values);
        }
    }
}
