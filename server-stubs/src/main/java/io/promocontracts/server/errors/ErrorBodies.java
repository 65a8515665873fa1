package io.promocontracts.server.web;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.flex.api.model.ErrorDetail;
import io.promocontracts.server.flowglad.api.model.Issue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes a failure in each vendor's documented error shape, using the models generated from the specs. */
final class ErrorBodies {

    private static final Map<Failure, String> FLEX_CODES = new EnumMap<>(Map.ofEntries(
            Map.entry(Failure.INVALID_REQUEST, "invalid_request"),
            Map.entry(Failure.RESOURCE_MISSING, "resource_missing"),
            Map.entry(Failure.UNAUTHORIZED, "unauthorized"),
            Map.entry(Failure.FORBIDDEN, "forbidden"),
            Map.entry(Failure.NOT_FOUND, "not_found"),
            Map.entry(Failure.METHOD_NOT_ALLOWED, "method_not_allowed"),
            Map.entry(Failure.CONFLICT, "duplicate_code"),
            Map.entry(Failure.PAYLOAD_TOO_LARGE, "request_too_large"),
            Map.entry(Failure.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
            Map.entry(Failure.NOT_ACCEPTABLE, "not_acceptable"),
            Map.entry(Failure.INTERNAL, "api_error")));

    /** tRPC's codes, which Flowglad's API answers with. */
    private static final Map<Failure, String> FLOWGLAD_CODES = new EnumMap<>(Map.ofEntries(
            Map.entry(Failure.INVALID_REQUEST, "BAD_REQUEST"),
            Map.entry(Failure.RESOURCE_MISSING, "NOT_FOUND"),
            Map.entry(Failure.UNAUTHORIZED, "UNAUTHORIZED"),
            Map.entry(Failure.FORBIDDEN, "FORBIDDEN"),
            Map.entry(Failure.NOT_FOUND, "NOT_FOUND"),
            Map.entry(Failure.METHOD_NOT_ALLOWED, "METHOD_NOT_SUPPORTED"),
            Map.entry(Failure.CONFLICT, "CONFLICT"),
            Map.entry(Failure.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE"),
            Map.entry(Failure.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(Failure.NOT_ACCEPTABLE, "NOT_ACCEPTABLE"),
            Map.entry(Failure.INTERNAL, "INTERNAL_SERVER_ERROR")));

    private ErrorBodies() {
    }

    static Object of(Api api, ApiException failure) {
        return switch (api) {
            case FLEX -> flex(failure);
            case FLOWGLAD -> flowglad(failure);
        };
    }

    private static Object flex(ApiException failure) {
        return new io.promocontracts.server.flex.api.model.Error()
                .error(new ErrorDetail().code(FLEX_CODES.get(failure.failure())).message(failure.getMessage()));
    }

    private static Object flowglad(ApiException failure) {
        List<Issue> issues = failure.problems().stream()
                .map(problem -> new Issue().code(problem.kind()).message(problem.message()).path(problem.path()))
                .toList();
        return new io.promocontracts.server.flowglad.api.model.Error()
                .message(failure.getMessage())
                .code(FLOWGLAD_CODES.get(failure.failure()))
                .issues(failure.failure() == Failure.INVALID_REQUEST ? issues : null);
    }
}
