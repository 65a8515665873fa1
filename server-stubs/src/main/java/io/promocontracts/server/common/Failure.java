package io.promocontracts.server.common;

/** Why a request failed, with the HTTP status it is answered with; each API words it its own way. */
public enum Failure {
    INVALID_REQUEST(400),
    /** The body names an object (a coupon) the caller does not have. */
    RESOURCE_MISSING(400),
    /** An {@code Idempotency-Key} sent again with another body. */
    IDEMPOTENCY_KEY_REUSED(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    /** The path names an object the caller does not have (or one of another tenant or mode). */
    NO_SUCH_OBJECT(404),
    /** No operation has this path. */
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    /** The request body did not arrive in time. */
    REQUEST_TIMEOUT(408),
    CONFLICT(409),
    /** The first create with this {@code Idempotency-Key} has not finished. */
    IDEMPOTENCY_KEY_IN_USE(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    /** The caller sends more requests, or more at once, than its key is allowed: retry after {@code Retry-After}. */
    TOO_MANY_REQUESTS(429),
    INTERNAL(500),
    /** A method, transfer coding or protocol version the server does not implement (CONNECT, say). */
    NOT_IMPLEMENTED(501),
    /** The database cannot be reached: the request may be retried (after {@code Retry-After}). */
    UNAVAILABLE(503);

    private final int status;

    Failure(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The failure a bare status stands for, when the servlet container rejected a request before any handler. */
    public static Failure forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 501, 505 -> NOT_IMPLEMENTED;
            case 503 -> UNAVAILABLE;
            default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL;
        };
    }
}
