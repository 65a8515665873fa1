package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.specs.SpecOperation.Parameter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Consumer;

/** Reads what the contracts need from the specs: examples (copied, to derive from) and calls made of them. */
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

    /** A JSON object as the plain map a provider state's parameters carry. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(JsonNode object) {
        return new ObjectMapper().convertValue(object, Map.class);
    }

    /** Query parameters that say where a page starts: the first page leaves them out. */
    private static final List<String> POSITIONS = List.of("cursor", "starting_after");

    /**
     * A call of an operation with what its spec documents: the path template filled with the path
     * parameters' examples, the query with the query parameters' examples (but the page positions),
     * and the request example of the given name as the body. With {@code broken}, the request the
     * spec documents as a 400 (see {@link #breakable}): a path parameter outside its pattern, or else
     * the first query parameter with a maximum one above it.
     */
    static ContractCase.Call call(ApiSpec spec, String operationId, String example, boolean broken) {
        SpecOperation operation = SpecConformance.of(spec).operations().stream()
                .filter(candidate -> operationId.equals(candidate.operationId())).findFirst().orElseThrow();
        List<Parameter> parameters = urlParameters(spec, operationId);
        String path = operation.pathTemplate();
        Map<String, String> query = new LinkedHashMap<>();
        boolean brokenOne = false;
        for (Parameter parameter : parameters) {
            String value = parameter.example() == null ? "null" : parameter.example().asText();
            if ("path".equals(parameter.in())) {
                boolean breaks = broken && !brokenOne && parameter.schema().has("pattern");
                path = path.replace("{" + parameter.name() + "}", breaks ? value.substring(0, value.indexOf('_') + 1) + "x" : value);
                brokenOne |= breaks;
            } else if (broken && !brokenOne && parameter.schema().has("maximum")) {
                query.put(parameter.name(), String.valueOf(parameter.schema().get("maximum").longValue() + 1));
                brokenOne = true;
            } else if (!broken && !POSITIONS.contains(parameter.name())) {
                query.put(parameter.name(), value);
            }
        }
        JsonNode body = operation.takesBody() ? request(spec, operationId, example) : null;
        return new ContractCase.Call(operationId, operation.method(), path, query, body);
    }

    /** Whether the spec lets a URL parameter of the operation be sent outside its schema: a path pattern, a query maximum. */
    static boolean breakable(ApiSpec spec, String operationId) {
        return urlParameters(spec, operationId).stream().anyMatch(parameter -> "path".equals(parameter.in())
                ? parameter.schema().has("pattern") : parameter.schema().has("maximum"));
    }

    /** The operation's path and query parameters: a call's URL carries them; headers are set apart. */
    static List<Parameter> urlParameters(ApiSpec spec, String operationId) {
        return spec.operation(operationId).parameters().stream()
                .filter(parameter -> List.of("path", "query").contains(parameter.in())).toList();
    }

    /** The documented call with its request example changed in one way, for an outcome the spec documents by its response only. */
    static ContractCase.Call call(ApiSpec spec, String operationId, String example, Consumer<ObjectNode> change) {
        ContractCase.Call documented = call(spec, operationId, example, false);
        return new ContractCase.Call(documented.operationId(), documented.method(), documented.path(), documented.query(),
                request(spec, operationId, example, change));
    }

    static JsonNode response(ApiSpec spec, String operationId, int status, String example) {
        return spec.responseExample(operationId, status, example);
    }
}
