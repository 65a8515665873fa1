package io.promocontracts.server.flowglad;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.InBackground;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Problem;
import io.promocontracts.server.flowglad.api.model.FlowgladError;
import io.promocontracts.server.flowglad.api.model.Issue;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flowglad as the request pipeline sees it: paths under {@code /api/}, {@code Authorization: sk_…}
 * (also with {@code Bearer }), and errors as {@code {"message", "code", "issues"}} with tRPC codes
 * and zod's issue codes.
 */
@Component
@Order(2)
public class FlowgladApi implements Api {

    private static final String BEARER = "Bearer ";
    private static final String KEY_PREFIX = "sk_";
    /** JSON Schema keywords in zod's vocabulary, which Flowglad's issues use. */
    private static final Map<String, String> ISSUE_CODES = Map.ofEntries(
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

    private final InBackground<SpecConformance> spec = new InBackground<>("flowglad-spec", () -> SpecConformance.of(ApiSpec.named("flowglad")));

    @Override
    public String name() {
        return "FLOWGLAD";
    }

    @Override
    public String pathPrefix() {
        return "/api/";
    }

    @Override
    public SpecConformance spec() {
        return spec.get();
    }

    @Override
    public Optional<String> keyFrom(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String key = authorization.startsWith(BEARER) ? authorization.substring(BEARER.length()) : authorization;
        return key.startsWith(KEY_PREFIX) ? Optional.of(key) : Optional.empty();
    }

    @Override
    public String unauthorizedMessage() {
        return "Invalid API key";
    }

    @Override
    public Object errorBody(ApiException failure) {
        List<Issue> issues = failure.problems().stream().map(FlowgladApi::issue).toList();
        return new FlowgladError()
                .message(failure.getMessage())
                .code(code(failure.failure()))
                .issues(failure.failure() == Failure.INVALID_REQUEST || failure.failure() == Failure.IDEMPOTENCY_KEY_REUSED ? issues : null);
    }

    private static Issue issue(Problem problem) {
        return new Issue().code(issueCode(problem.keyword())).message(problem.message()).path(problem.path());
    }

    /** zod's issue code for a JSON Schema keyword; {@code custom} for a rule no keyword states. */
    static String issueCode(String keyword) {
        return ISSUE_CODES.getOrDefault(keyword, Problem.CUSTOM);
    }

    /** Every issue code an answer can carry. */
    static Set<String> issueCodes() {
        Set<String> codes = new TreeSet<>(ISSUE_CODES.values());
        codes.add(Problem.CUSTOM);
        return codes;
    }

    private static String code(Failure failure) {
        return switch (failure) {
            case INVALID_REQUEST, IDEMPOTENCY_KEY_REUSED -> "BAD_REQUEST";
            case RESOURCE_MISSING, NO_SUCH_OBJECT, NOT_FOUND -> "NOT_FOUND";
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_SUPPORTED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case REQUEST_TIMEOUT -> "TIMEOUT";
            case CONFLICT, IDEMPOTENCY_KEY_IN_USE -> "CONFLICT";
            case PAYLOAD_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case TOO_MANY_REQUESTS -> "TOO_MANY_REQUESTS";
            case INTERNAL -> "INTERNAL_SERVER_ERROR";
            case NOT_IMPLEMENTED -> "NOT_IMPLEMENTED";
            case UNAVAILABLE -> "SERVICE_UNAVAILABLE";
        };
    }
}
