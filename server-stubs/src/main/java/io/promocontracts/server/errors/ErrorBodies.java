package io.promocontracts.server.errors;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.flex.api.model.ErrorDetail;
import io.promocontracts.server.flowglad.api.model.Issue;

import java.util.List;

/** A failure in each vendor's documented error shape, built with the models generated from the specs. */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static Object of(Api api, ApiException failure) {
        return switch (api) {
            case FLEX -> new io.promocontracts.server.flex.api.model.Error()
                    .error(new ErrorDetail().code(failure.failure().code(api)).message(failure.getMessage()));
            case FLOWGLAD -> flowglad(failure);
        };
    }

    private static Object flowglad(ApiException failure) {
        List<Issue> issues = failure.problems().stream()
                .map(problem -> new Issue().code(problem.kind()).message(problem.message()).path(problem.path()))
                .toList();
        return new io.promocontracts.server.flowglad.api.model.Error()
                .message(failure.getMessage())
                .code(failure.failure().code(Api.FLOWGLAD))
                .issues(failure.failure() == Failure.INVALID_REQUEST ? issues : null);
    }
}
