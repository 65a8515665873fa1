package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One operation of a spec, with the schemas of its request body and of each documented response. */
public final class SpecOperation {

    private static final String JSON = "application/json";

    private final ApiSpec spec;
    private final String method;
    private final String pathTemplate;
    private final String operationId;
    private final JsonSchema requestBody;
    private final Map<Integer, JsonSchema> responses;

    SpecOperation(ApiSpec spec, String method, String pathTemplate, String operationId, JsonSchema requestBody,
                  Map<Integer, JsonSchema> responses) {
        this.spec = spec;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.operationId = operationId;
        this.requestBody = requestBody;
        this.responses = Map.copyOf(responses);
    }

    public ApiSpec spec() {
        return spec;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public String operationId() {
        return operationId;
    }

    public boolean takesBody() {
        return requestBody != null;
    }

    public Set<Integer> documentedStatuses() {
        return responses.keySet();
    }

    /** The body's violations of the request schema, with locations and keywords; empty when it conforms. */
    public Set<ValidationMessage> validateBody(JsonNode body) {
        if (requestBody == null) {
            throw new IllegalStateException(this + " takes no request body");
        }
        return requestBody.validate(body);
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
            validateBody(body).forEach(message -> violations.add(this + " request: " + message));
        }
        return violations;
    }

    public List<String> responseViolations(int status, String contentType, JsonNode body) {
        if (!responses.containsKey(status)) {
            return List.of(this + " documents no " + status + " response (only " + responses.keySet() + ")");
        }
        JsonSchema schema = responses.get(status);
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
            schema.validate(body).forEach(message -> violations.add(this + " " + status + " response: " + message));
        }
        return violations;
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + " (" + operationId + ")";
    }
}
