package io.promocontracts.server.common;

import java.util.List;
import java.util.Map;

/** A request that breaks a rule of the API; it is answered in the API's error shape. */
public class ApiException extends RuntimeException {

    /** The bounds of both specs' error bodies: the message's length, and how many issues it lists. */
    static final int MAX_MESSAGE_LENGTH = 1000;
    static final int MAX_PROBLEMS = 100;

    private final Failure failure;
    private final int status;
    private final List<Problem> problems;
    private final Map<String, String> headers;

    public ApiException(Failure failure, String message) {
        this(failure, message, List.of());
    }

    public ApiException(Failure failure, String message, List<Problem> problems) {
        this(failure, message, problems, Map.of());
    }

    public ApiException(Failure failure, String message, List<Problem> problems, Map<String, String> headers) {
        this(failure, failure.status(), message, problems, headers);
    }

    private ApiException(Failure failure, int status, String message, List<Problem> problems, Map<String, String> headers) {
        super(Shortened.to(MAX_MESSAGE_LENGTH, message), null, false, false);
        this.failure = failure;
        this.status = status;
        this.problems = problems.stream().limit(MAX_PROBLEMS).toList();
        this.headers = Map.copyOf(headers);
    }

    public static ApiException invalid(String message, Problem problem) {
        return new ApiException(Failure.INVALID_REQUEST, message, List.of(problem));
    }

    /**
     * What the servlet container refused before any handler ran, with the very status it chose
     * (417 for an unknown expectation, 505 for an unknown HTTP version): the failure words it, the
     * status stays the container's.
     */
    public static ApiException fromContainer(int status) {
        return new ApiException(Failure.forStatus(status), status, "The request could not be processed (" + status + ").", List.of(), Map.of());
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status of the answer: the failure's, or the container's own. */
    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Headers the answer carries besides the body, e.g. {@code Allow} on a 405. */
    public Map<String, String> headers() {
        return headers;
    }
}
