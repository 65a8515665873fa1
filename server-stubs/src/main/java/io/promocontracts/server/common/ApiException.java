package io.promocontracts.server.common;

import java.util.List;
import java.util.Map;

/** A request that breaks a rule of the API; it is answered in the API's error shape. */
public class ApiException extends RuntimeException {

    private final Failure failure;
    private final List<Problem> problems;
    private final Map<String, String> headers;

    public ApiException(Failure failure, String message) {
        this(failure, message, List.of());
    }

    public ApiException(Failure failure, String message, List<Problem> problems) {
        this(failure, message, problems, Map.of());
    }

    public ApiException(Failure failure, String message, List<Problem> problems, Map<String, String> headers) {
        super(message, null, false, false);
        this.failure = failure;
        this.problems = List.copyOf(problems);
        this.headers = Map.copyOf(headers);
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

    /** Headers the answer carries besides the body, e.g. {@code Allow} on a 405. */
    public Map<String, String> headers() {
        return headers;
    }
}
