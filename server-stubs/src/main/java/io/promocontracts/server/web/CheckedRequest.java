package io.promocontracts.server.web;

import io.promocontracts.server.common.Caller;
import io.promocontracts.specs.SpecOperation;
import jakarta.servlet.ServletRequest;

import java.util.Optional;

/**
 * What the request pipeline established about a request before letting it through: who calls, the
 * operation of the spec the request was checked against, and the SHA-256 of the body it checked
 * (empty for an operation without one). Travels as a request attribute.
 */
public record CheckedRequest(Caller caller, SpecOperation operation, String bodyDigest) {

    private static final String ATTRIBUTE = CheckedRequest.class.getName();

    void attachTo(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Optional<CheckedRequest> of(ServletRequest request) {
        return Optional.ofNullable((CheckedRequest) request.getAttribute(ATTRIBUTE));
    }
}
