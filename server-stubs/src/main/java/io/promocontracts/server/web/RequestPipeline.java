package io.promocontracts.server.web;

import io.promocontracts.server.auth.ApiKeys;
import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Apis;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.errors.ErrorWriter;
import io.promocontracts.server.storage.DatabaseOutage;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecConformance.Route;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.specs.Violation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every request passes here before any controller, in this order: a path that reads two ways is
 * refused (400); the path picks the API and is routed once against its spec (404 for a path the
 * spec does not have); the key is authenticated (401); the method must be one of the path's (405);
 * then the operation's parameters, headers among them (400) and, for an operation with a body, its content type (415),
 * size (413), encoding and JSON (400) and the body against the operation's request schema (400).
 * Every rule is read from the matched operation, so a new operation or a rule added to the spec is
 * enforced without code. What passes carries its {@link CheckedRequest}; {@link CheckedOperationGuard}
 * lets no controller run without one for its very operation.
 */
public class RequestPipeline extends OncePerRequestFilter {

    private final Apis apis;
    private final ApiKeys apiKeys;
    private final ErrorWriter errors;
    private final DatabaseOutage outage;

    public RequestPipeline(Apis apis, ApiKeys apiKeys, ErrorWriter errors, DatabaseOutage outage) {
        this.apis = apis;
        this.apiKeys = apiKeys;
        this.errors = errors;
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        HttpServletRequest passed;
        try {
            Optional<String> ambiguity = PathCheck.ambiguity(path);
            if (ambiguity.isPresent()) {
                throw new ApiException(Failure.INVALID_REQUEST, "The request path is not valid: " + ambiguity.get() + ".");
            }
            Optional<Api> api = apis.serving(path);
            passed = api.isEmpty() ? request : check(api.get(), request, path);
        } catch (ApiException failure) {
            errors.write(request, response, failure);
            return;
        }
        chain.doFilter(passed, response);
    }

    private HttpServletRequest check(Api api, HttpServletRequest request, String path) throws IOException {
        Route route = api.spec().route(request.getMethod(), path);
        if (route instanceof Route.NoSuchPath) {
            throw new ApiException(Failure.NOT_FOUND, "No such endpoint: " + request.getMethod() + " " + path);
        }
        Caller caller = authenticate(api, request)
                .orElseThrow(() -> new ApiException(Failure.UNAUTHORIZED, api.unauthorizedMessage()));
        if (route instanceof Route.MethodNotAllowed notAllowed) {
            throw new ApiException(Failure.METHOD_NOT_ALLOWED, request.getMethod() + " is not allowed on " + path + ".",
                    List.of(), Map.of(HttpHeaders.ALLOW, String.join(", ", notAllowed.allowed())));
        }
        Route.Found found = (Route.Found) route;
        SpecOperation operation = found.operation();
        List<Violation> violations = operation.parameterViolations(found.pathParameters(), query(request), request::getHeader);
        if (!violations.isEmpty()) {
            throw ValidationFailures.from(violations);
        }
        if (!operation.takesBody()) {
            new CheckedRequest(caller, operation, Optional.empty()).attachTo(request);
            return request;
        }
        JsonBody body = JsonBody.read(request);
        violations = operation.bodyViolations(body.json());
        if (!violations.isEmpty()) {
            throw ValidationFailures.from(violations);
        }
        HttpServletRequest passed = new CachedBodyRequest(request, body.bytes());
        new CheckedRequest(caller, operation, Optional.of(body)).attachTo(passed);
        return passed;
    }

    /** The caller of the key; a database that cannot be reached is a 503, not a 401 or a 500. */
    private Optional<Caller> authenticate(Api api, HttpServletRequest request) {
        try {
            return apiKeys.authenticate(api, request.getHeader(HttpHeaders.AUTHORIZATION));
        } catch (RuntimeException e) {
            if (DatabaseOutage.isOutage(e)) {
                throw outage.unavailable(e);
            }
            throw e;
        }
    }

    private static Map<String, String[]> query(HttpServletRequest request) {
        try {
            return SpecConformance.queryParameters(request.getQueryString());
        } catch (IllegalArgumentException malformedEscape) {
            throw new ApiException(Failure.INVALID_REQUEST, "The query string is not valid: it has a malformed % escape.");
        }
    }
}
