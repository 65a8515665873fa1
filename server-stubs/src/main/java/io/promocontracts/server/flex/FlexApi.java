package io.promocontracts.server.flex;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.InBackground;
import io.promocontracts.server.flex.api.model.ErrorDetail;
import io.promocontracts.server.flex.api.model.FlexError;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Flex as the request pipeline sees it: paths under {@code /v1/}, {@code Authorization: Bearer fsk_…},
 * and errors as {@code {"error": {"code", "message"}}} with Stripe-style codes. Ordered first, so
 * its error shape also answers paths of no API.
 */
@Component
@Order(1)
public class FlexApi implements Api {

    private static final String BEARER = "Bearer ";
    private static final String KEY_PREFIX = "fsk_";

    private final InBackground<SpecConformance> spec = new InBackground<>("flex-spec", () -> SpecConformance.of(ApiSpec.named("flex")));

    @Override
    public String name() {
        return "FLEX";
    }

    @Override
    public String pathPrefix() {
        return "/v1/";
    }

    @Override
    public SpecConformance spec() {
        return spec.get();
    }

    @Override
    public Optional<String> keyFrom(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return Optional.empty();
        }
        String key = authorization.substring(BEARER.length());
        return key.startsWith(KEY_PREFIX) ? Optional.of(key) : Optional.empty();
    }

    @Override
    public String unauthorizedMessage() {
        return "Invalid API key provided.";
    }

    @Override
    public Object errorBody(ApiException failure) {
        return new FlexError().error(new ErrorDetail().code(code(failure)).message(failure.getMessage()));
    }

    private static String code(ApiException failure) {
        return switch (failure.failure()) {
            case INVALID_REQUEST -> "invalid_request";
            case RESOURCE_MISSING, NO_SUCH_OBJECT -> "resource_missing";
            case IDEMPOTENCY_KEY_REUSED -> "idempotency_error";
            case IDEMPOTENCY_KEY_IN_USE -> "idempotency_key_in_use";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case REQUEST_TIMEOUT -> "request_timeout";
            case CONFLICT -> "duplicate_code";
            case PAYLOAD_TOO_LARGE -> "request_too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case TOO_MANY_REQUESTS -> "rate_limit";
            case INTERNAL -> "api_error";
            case NOT_IMPLEMENTED -> "not_implemented";
            case UNAVAILABLE -> "service_unavailable";
        };
    }
}
