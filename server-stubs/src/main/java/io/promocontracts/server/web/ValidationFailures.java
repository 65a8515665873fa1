package io.promocontracts.server.web;

import com.atlassian.oai.validator.report.ValidationReport;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Problem;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Translates a request validator report into the failure a client is answered with. */
final class ValidationFailures {

    /** Report keys that are not about the body, by the failure they mean. */
    private static final Map<String, Failure> REQUEST_LEVEL = Map.of(
            "validation.request.path.missing", Failure.NOT_FOUND,
            "validation.request.operation.notAllowed", Failure.METHOD_NOT_ALLOWED,
            "validation.request.contentType.notAllowed", Failure.UNSUPPORTED_MEDIA_TYPE,
            "validation.request.contentType.invalid", Failure.UNSUPPORTED_MEDIA_TYPE);

    /** JSON Schema keywords in zod's vocabulary, which Flowglad's issues use. */
    private static final Map<String, String> KIND = Map.ofEntries(
            Map.entry("minLength", "too_small"), Map.entry("minimum", "too_small"),
            Map.entry("minProperties", "too_small"), Map.entry("minItems", "too_small"),
            Map.entry("maxLength", "too_big"), Map.entry("maximum", "too_big"),
            Map.entry("maxProperties", "too_big"), Map.entry("maxItems", "too_big"),
            Map.entry("type", "invalid_type"), Map.entry("required", "invalid_type"),
            Map.entry("enum", "invalid_enum_value"), Map.entry("additionalProperties", "unrecognized_keys"),
            Map.entry("pattern", "invalid_string"), Map.entry("format", "invalid_string"),
            Map.entry("oneOf", "invalid_union"), Map.entry("not", "custom"),
            Map.entry("invalidJson", "invalid_json"), Map.entry("missing", "invalid_type"));

    private static final Pattern COMPONENT = Pattern.compile("^/components/schemas/[^/]+");

    private ValidationFailures() {
    }

    static ApiException tooLarge() {
        return new ApiException(Failure.PAYLOAD_TOO_LARGE,
                "The request body must not exceed " + SpecValidationFilter.MAX_BODY_BYTES + " bytes.");
    }

    /**
     * @param discriminators the discriminator property names of the spec's unions: a union branch
     *                       whose discriminator fails is not the one the client meant, and is not reported
     */
    static ApiException from(ValidationReport report, Set<String> discriminators) {
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        for (ValidationReport.Message message : errors) {
            Failure failure = REQUEST_LEVEL.get(message.getKey());
            if (failure != null) {
                return new ApiException(failure, message.getMessage());
            }
        }
        List<Problem> problems = errors.stream()
                .flatMap(message -> leaves(message, discriminators).stream())
                .map(ValidationFailures::toProblem)
                .distinct()
                .toList();
        String summary = problems.stream()
                .map(problem -> (problem.path().isEmpty() ? "body" : String.join(".", problem.path())) + ": " + problem.message())
                .distinct()
                .collect(Collectors.joining("; "));
        return new ApiException(Failure.INVALID_REQUEST, summary, problems);
    }

    /** The innermost messages say what is wrong; a union's summary only says that no variant fits. */
    private static List<ValidationReport.Message> leaves(ValidationReport.Message message, Set<String> discriminators) {
        if (message.getNestedMessages().isEmpty()) {
            return List.of(message);
        }
        List<ValidationReport.Message> leaves = message.getNestedMessages().stream()
                .flatMap(nested -> leaves(nested, discriminators).stream())
                .toList();
        Map<String, List<ValidationReport.Message>> byBranch = leaves.stream()
                .collect(Collectors.groupingBy(ValidationFailures::branch, LinkedHashMap::new, Collectors.toList()));
        List<ValidationReport.Message> meant = byBranch.values().stream()
                .filter(branch -> branch.stream().noneMatch(leaf -> discriminators.contains(last(path(leaf)))))
                .flatMap(List::stream)
                .toList();
        return meant.isEmpty() ? leaves : meant;
    }

    private static Problem toProblem(ValidationReport.Message message) {
        String keyword = message.getKey().substring(message.getKey().lastIndexOf('.') + 1);
        return new Problem(path(message), KIND.getOrDefault(keyword, "custom"), clean(message.getMessage()));
    }

    /** The component schema a message comes from, e.g. {@code /components/schemas/DiscountOnceCreate}. */
    private static String branch(ValidationReport.Message message) {
        String schema = message.getContext()
                .flatMap(context -> context.getPointers())
                .map(pointers -> pointers.getSchema())
                .orElse("");
        Matcher component = COMPONENT.matcher(schema);
        return component.find() ? component.group() : schema;
    }

    private static String last(List<String> path) {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    private static List<String> path(ValidationReport.Message message) {
        String pointer = message.getContext()
                .flatMap(context -> context.getPointers())
                .map(pointers -> pointers.getInstance())
                .orElse("");
        return Arrays.stream(pointer.split("/"))
                .filter(token -> !token.isEmpty())
                .map(token -> token.replace("~1", "/").replace("~0", "~"))
                .toList();
    }

    /** Drops the validator's "[Path '/x']" prefix; the path is reported on its own. */
    private static String clean(String message) {
        return message.replaceFirst("^\\[Path '[^']*'] ", "");
    }
}
