package io.promocontracts.server.common;

import java.util.List;

/** A request that breaks a rule of the API; the web layer turns it into the vendor's error body. */
public class ApiException extends RuntimeException {

    private final Failure failure;
    private final List<Problem> problems;

    public ApiException(Failure failure, String message) {
        this(failure, message, List.of());
    }

    public ApiException(Failure failure, String message, List<Problem> problems) {
        super(message);
        this.failure = failure;
        this.problems = List.copyOf(problems);
    }

    public static ApiException invalid(String message, Problem problem) {
        return new ApiException(Failure.INVALID_REQUEST, message, List.of(problem));
    }

    public Failure failure() {
        return failure;
    }

    public List<Problem> problems() {
        return problems;
    }
}
