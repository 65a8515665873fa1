package io.promocontracts.server.common;

/** Why a request failed, independent of how either vendor writes it on the wire. */
public enum Failure {
    INVALID_REQUEST,
    RESOURCE_MISSING,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    CONFLICT,
    PAYLOAD_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    NOT_ACCEPTABLE,
    INTERNAL
}
