package io.promocontracts.server.pipeline;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Problem;
import io.promocontracts.specs.Violation;

import java.util.List;
import java.util.stream.Collectors;

/** What the spec check found, as the failure a client is answered with: one problem per violation. */
final class ValidationFailures {

    private ValidationFailures() {
    }

    static ApiException from(List<Violation> violations) {
        List<Problem> problems = violations.stream()
                .map(violation -> new Problem(violation.path(), violation.keyword(), violation.message()))
                .distinct()
                .toList();
        String summary = problems.stream()
                .map(problem -> (problem.path().isEmpty() ? "body" : String.join(".", problem.path())) + ": " + problem.message())
                .collect(Collectors.joining("; "));
        return new ApiException(Failure.INVALID_REQUEST, summary, problems);
    }
}
