package io.promocontracts.server.web;

import com.networknt.schema.ValidationMessage;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A union's own violation only says that no variant fits; it is reported when nothing more specific is. */
    static ApiException from(Set<ValidationMessage> violations) {
        boolean specific = violations.stream().anyMatch(violation -> !"oneOf".equals(violation.getType()));
        List<Problem> problems = violations.stream()
                .filter(violation -> !specific || !"oneOf".equals(violation.getType()))
                .sorted(Comparator.comparing((ValidationMessage v) -> v.getInstanceLocation().toString()).thenComparing(ValidationMessage::getError))
                .map(ValidationFailures::toProblem)
                .distinct()
                .toList();
        String summary = problems.stream()
                .map(problem -> (problem.path().isEmpty() ? "body" : String.join(".", problem.path())) + ": " + problem.message())
                .collect(Collectors.joining("; "));
        return new ApiException(Failure.INVALID_REQUEST, summary, problems);
    }

    private static Problem toProblem(ValidationMessage violation) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < violation.getInstanceLocation().getNameCount(); i++) {
            path.add(String.valueOf(violation.getInstanceLocation().getElement(i)));
        }
        String message = violation.getError();
        if ("required".equals(violation.getType()) && violation.getProperty() != null) {
            path.add(violation.getProperty());
            message = "Required";
        }
        return new Problem(path, KIND.getOrDefault(violation.getType(), "custom"), message);
    }
}
