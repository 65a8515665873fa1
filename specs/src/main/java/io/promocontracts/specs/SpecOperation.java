package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** One operation of a spec, with the schemas of its request body and of each documented response. */
public final class SpecOperation {

    private static final String JSON = "application/json";

    private final String method;
    private final String pathTemplate;
    /** The operation as the document writes it, with its references resolved. */
    private final JsonNode resolved;
    private final Schema requestBody;
    private final List<DiscriminatedUnion> unions;
    private final List<Parameter> parameters;
    /** Built on first use: the server checks requests only, so it never pays for the response schemas. */
    private final Map<Integer, Supplier<Schema>> responses;

    /**
     * A path, query or header parameter: its values arrive as text and are read as its schema's type
     * before validation.
     *
     * @param schema    its schema, resolved
     * @param example   its documented example; null when it has none
     * @param validator its schema, as the validator checks it
     */
    public record Parameter(String name, String in, boolean required, String type, JsonNode schema, JsonNode example,
                            Schema validator) {
        JsonNode value(String text) {
            JsonNodeFactory json = JsonNodeFactory.instance;
            if ("integer".equals(type) && text.matches("-?\\d{1,18}")) {
                return json.numberNode(Long.parseLong(text));
            }
            if ("boolean".equals(type) && (text.equals("true") || text.equals("false"))) {
                return json.booleanNode(Boolean.parseBoolean(text));
            }
            return json.textNode(text);
        }
    }

    SpecOperation(String method, String pathTemplate, JsonNode resolved, Schema requestBody, List<DiscriminatedUnion> unions,
                  List<Parameter> parameters, Map<Integer, Supplier<Schema>> responses) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.resolved = resolved;
        this.requestBody = requestBody;
        this.unions = List.copyOf(unions);
        this.parameters = List.copyOf(parameters);
        // A response without a body maps to null, which Map.copyOf would refuse.
        this.responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public String operationId() {
        return resolved.path("operationId").asText(null);
    }

    public boolean takesBody() {
        return requestBody != null;
    }

    /** What the operation does, read from its shape ({@link OperationKind}). */
    public OperationKind kind() {
        return OperationKind.of(method, pathTemplate, takesBody());
    }

    /** Its first tag: the API class generated clients put it in. */
    public String tag() {
        return resolved.path("tags").path(0).asText(null);
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The JSON request body's schema, resolved; empty without a body. */
    public Optional<JsonNode> requestSchema() {
        JsonNode schema = resolved.at("/requestBody/content/application~1json/schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /** The schema of the JSON response with this status, resolved; empty when it documents no body. */
    public Optional<JsonNode> responseSchema(int status) {
        JsonNode schema = resolved.path("responses").path(String.valueOf(status)).at("/content/application~1json/schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /**
     * Where in the request body the member is whose value no other object of the tenant may share:
     * the one its schema marks {@code x-promo-unique}, e.g. {@code /promo_code/code}.
     */
    public Optional<String> uniqueMember() {
        return requestSchema().flatMap(schema -> unique(schema, ""));
    }

    private static Optional<String> unique(JsonNode schema, String at) {
        for (JsonNode variant : schema.has("oneOf") ? schema.get("oneOf") : List.of(schema)) {
            for (var property = variant.path("properties").fields(); property.hasNext(); ) {
                var member = property.next();
                if (member.getValue().path("x-promo-unique").asBoolean(false)) {
                    return Optional.of(at + "/" + member.getKey());
                }
                Optional<String> inside = unique(member.getValue(), at + "/" + member.getKey());
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    /** The member of the object that the path's id names ({@code x-promo-id}), e.g. {@code promo_code_id}. */
    public Optional<String> idMember() {
        return Optional.ofNullable(resolved.path("x-promo-id").asText(null));
    }

    /** The members of the request body that repeat the path's id ({@code x-promo-id-in-body}), by JSON pointer. */
    public List<String> idInBody() {
        List<String> pointers = new ArrayList<>();
        resolved.path("x-promo-id-in-body").forEach(pointer -> pointers.add(pointer.asText()));
        return pointers;
    }

    /**
     * The request members whose value an answer holds under another name ({@code x-promo-stored-as}):
     * request pointer to answer pointer, e.g. {@code /promo_code/coupon_id} to {@code /promo_code/coupon/coupon_id}.
     */
    public Map<String, String> storedAs() {
        Map<String, String> storedAs = new LinkedHashMap<>();
        resolved.path("x-promo-stored-as").properties().forEach(entry -> storedAs.put(entry.getKey(), entry.getValue().asText()));
        return storedAs;
    }

    /**
     * How a list's next page is asked for ({@code x-promo-paging}): the answer member holding the
     * page's objects, the one saying whether more follow, the query parameter of the next page, and
     * where its value comes from ({@code last-id}, the last object's id, or an answer member).
     */
    public record Paging(String items, String more, String next, String from) {

        public boolean fromLastId() {
            return "last-id".equals(from);
        }
    }

    public Optional<Paging> paging() {
        JsonNode paging = resolved.path("x-promo-paging");
        return paging.isObject() ? Optional.of(new Paging(paging.path("items").asText(), paging.path("more").asText(),
                paging.path("next").asText(), paging.path("from").asText())) : Optional.empty();
    }

    /** The documented statuses, in document order. */
    public List<Integer> statuses() {
        return List.copyOf(responses.keySet());
    }

    /**
     * The body's violations of the request schema; empty when it conforms. A union's own violation
     * (no variant fits) is left out when a more specific one says why, and a discriminator that is
     * missing or names no variant is reported alone, at the discriminator.
     */
    public List<Violation> bodyViolations(JsonNode body) {
        if (requestBody == null) {
            throw new IllegalStateException(this + " takes no request body");
        }
        var messages = requestBody.validate(body);
        boolean specific = messages.stream().anyMatch(message -> !"oneOf".equals(message.getKeyword()));
        List<Violation> violations = messages.stream()
                .filter(message -> !specific || !"oneOf".equals(message.getKeyword()))
                .map(SpecOperation::violation)
                .toList();
        for (DiscriminatedUnion union : unions) {
            violations = union.refine(body, violations);
        }
        return violations.stream()
                .sorted(Comparator.comparing((Violation v) -> String.join("/", v.path())).thenComparing(Violation::message))
                .distinct()
                .toList();
    }

    /**
     * The path, query and header parameters' violations; a query parameter or header the spec does
     * not name is ignored. A parameter the spec names is one value: given twice, it is refused, as a
     * binder would otherwise read "a,b" or the first where the check read another.
     */
    public List<Violation> parameterViolations(Map<String, String> pathParameters, Map<String, List<String>> query,
                                               Function<String, List<String>> headers) {
        List<Violation> violations = new ArrayList<>();
        for (Parameter parameter : parameters) {
            List<String> values = switch (parameter.in()) {
                case "path" -> pathParameters.containsKey(parameter.name()) ? List.of(pathParameters.get(parameter.name())) : List.of();
                case "header" -> headers.apply(parameter.name());
                default -> query.getOrDefault(parameter.name(), List.of());
            };
            if (values.isEmpty()) {
                if (parameter.required()) {
                    violations.add(new Violation(List.of(parameter.name()), "required", "Required"));
                }
                continue;
            }
            if (values.size() > 1) {
                violations.add(new Violation(List.of(parameter.name()), "maxItems", "must be given once, not " + values.size() + " times"));
                continue;
            }
            parameter.validator().validate(parameter.value(values.get(0))).forEach(message ->
                    violations.add(new Violation(List.of(parameter.name()), message.getKeyword(),
                            message.getMessage())));
        }
        return violations;
    }

    private static Violation violation(Error message) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < message.getInstanceLocation().getNameCount(); i++) {
            path.add(String.valueOf(message.getInstanceLocation().getElement(i)));
        }
        String text = message.getMessage();
        if ("required".equals(message.getKeyword()) && message.getProperty() != null) {
            path.add(message.getProperty());
            text = "Required";
        }
        return new Violation(path, message.getKeyword(), text);
    }

    public List<String> requestViolations(String contentType, JsonNode body) {
        List<String> violations = new ArrayList<>();
        if (requestBody == null) {
            if (body != null && !body.isMissingNode()) {
                violations.add(this + " takes no request body");
            }
            return violations;
        }
        if (contentType == null || !contentType.startsWith(JSON)) {
            violations.add(this + " request: content type " + contentType + " is not " + JSON);
        }
        if (body == null) {
            violations.add(this + " request: a body is required");
        } else {
            bodyViolations(body).forEach(violation -> violations.add(this + " request: /" + String.join("/", violation.path())
                    + ": " + violation.message()));
        }
        return violations;
    }

    public List<String> responseViolations(int status, String contentType, JsonNode body) {
        if (!responses.containsKey(status)) {
            return List.of(this + " documents no " + status + " response (only " + responses.keySet() + ")");
        }
        Supplier<Schema> schema = responses.get(status);
        if (schema == null) {
            return body == null ? List.of() : List.of(this + " " + status + " response documents no body");
        }
        List<String> violations = new ArrayList<>();
        if (contentType == null || !contentType.startsWith(JSON)) {
            violations.add(this + " " + status + " response: content type " + contentType + " is not " + JSON);
        }
        if (body == null) {
            violations.add(this + " " + status + " response: a body is required");
        } else {
            schema.get().validate(body).forEach(message -> violations.add(this + " " + status + " response: " + message));
        }
        return violations;
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + " (" + operationId() + ")";
    }
}
