package io.promocontracts.server.pipeline;

import io.promocontracts.server.common.Caller;
import io.promocontracts.specs.SpecOperation;
import jakarta.servlet.ServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * What the request pipeline established about a request before letting it through: who calls, the
 * operation of the spec the request was checked against and, for an operation that takes one, the
 * body as it was checked (its tree is what the controller's model is bound from). Travels as a
 * request attribute.
 */
record CheckedRequest(Caller caller, SpecOperation operation, Optional<JsonBody> body) {

    private static final String ATTRIBUTE = CheckedRequest.class.getName();

    void attachTo(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Optional<CheckedRequest> of(ServletRequest request) {
        return Optional.ofNullable((CheckedRequest) request.getAttribute(ATTRIBUTE));
    }

    /** Of the request being handled; a handler running without one is a broken pipeline, not a client's fault. */
    static CheckedRequest current() {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return of(request).orElseThrow(() -> new IllegalStateException("a controller ran for a request the pipeline did not check"));
    }
}
