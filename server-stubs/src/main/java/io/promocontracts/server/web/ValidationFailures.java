package io.promocontracts.server.web;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Problem;
import io.promocontracts.specs.Violation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Translates what the request validation found into the failure a client is answered with. */
final class ValidationFailures {

    /** JSON Schema keywords in zod's vocabulary, which Flowglad's issues use. */
    private static final Map<String, String> KIND = Map.ofEntries(
            Map.entry("minLength", "too_small"), Map.entry("minimum", "too_small"),
            Map.entry("minProperties", "too_small"), Map.entry("minItems", "too_small"),
            Map.entry("maxLength", "too_big"), Map.entry("maximum", "too_big"),
            Map.entry("maxProperties", "too_big"), Map.entry("maxItems", "too_big"),
            Map.entry("type", "invalid_type"), Map.entry("required", "invalid_type"),
            Map.entry("enum", "invalid_enum_value"), Map.entry("additionalProperties", "unrecognized_keys"),
            Map.entry("pattern", "invalid_string"), Map.entry("format", "invalid_string"),
            Map.entry("propertyNames", "invalid_string"), Map.entry("const", "invalid_literal"),
            Map.entry("exclusiveMinimum", "too_small"), Map.entry("exclusiveMaximum", "too_big"),
            Map.entry("oneOf", "invalid_union"), Map.entry("discriminator", "invalid_union_discriminator"));

    private ValidationFailures() {
    }

    static ApiException tooLarge() {
        return new ApiException(Failure.PAYLOAD_TOO_LARGE,
                "The request body must not exceed " + SpecValidationFilter.MAX_BODY_BYTES + " bytes.");
    }

    static ApiException unreadable(String message) {
        return new ApiException(Failure.INVALID_REQUEST, message, List.of(new Problem(List.of(), "invalid_type", message)));
    }

    static ApiException from(List<Violation> violations) {
        List<Problem> problems = violations.stream()
                .map(violation -> new Problem(violation.path(), KIND.getOrDefault(violation.keyword(), "custom"), violation.message()))
                .distinct()
                .toList();
        String summary = problems.stream()
                .map(problem -> (problem.path().isEmpty() ? "body" : String.join(".", problem.path())) + ": " + problem.message())
                .collect(Collectors.joining("; "));
        return new ApiException(Failure.INVALID_REQUEST, summary, problems);
    }
}
