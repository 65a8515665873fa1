package io.promocontracts.server.common;

/**
 * Why a request failed, and the one place that says how each vendor answers it: the HTTP status,
 * Flex's {@code error.code} and Flowglad's tRPC {@code code}.
 */
public enum Failure {
    INVALID_REQUEST(400, "invalid_request", "BAD_REQUEST"),
    /** The body names an object (a coupon) the caller does not have. */
    RESOURCE_MISSING(400, "resource_missing", "NOT_FOUND"),
    UNAUTHORIZED(401, "unauthorized", "UNAUTHORIZED"),
    FORBIDDEN(403, "forbidden", "FORBIDDEN"),
    /** The path names an object the caller does not have (or one of another tenant or mode). */
    NO_SUCH_OBJECT(404, "resource_missing", "NOT_FOUND"),
    /** No operation has this path. */
    NOT_FOUND(404, "not_found", "NOT_FOUND"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", "METHOD_NOT_SUPPORTED"),
    NOT_ACCEPTABLE(406, "not_acceptable", "NOT_ACCEPTABLE"),
    CONFLICT(409, "duplicate_code", "CONFLICT"),
    PAYLOAD_TOO_LARGE(413, "request_too_large", "PAYLOAD_TOO_LARGE"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "UNSUPPORTED_MEDIA_TYPE"),
    INTERNAL(500, "api_error", "INTERNAL_SERVER_ERROR");

    private final int status;
    private final String flexCode;
    private final String flowgladCode;

    Failure(int status, String flexCode, String flowgladCode) {
        this.status = status;
        this.flexCode = flexCode;
        this.flowgladCode = flowgladCode;
    }

    public int status() {
        return status;
    }

    public String code(Api api) {
        return api == Api.FLEX ? flexCode : flowgladCode;
    }

    /** The failure a bare status stands for, when the servlet container rejected a request before any handler. */
    public static Failure forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL;
        };
    }
}
