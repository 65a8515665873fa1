package io.promocontracts.server.pipeline;

import io.promocontracts.server.auth.ApiKeys;
import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Apis;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.errors.ErrorWriter;
import io.promocontracts.server.limits.CallerLimits;
import io.promocontracts.server.storage.DatabaseOutage;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecConformance.Route;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.specs.Violation;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every request passes here before any controller, in this order: a path that reads two ways is
 * refused (400); the path picks the API and is routed once against its spec (404 for a path the
 * spec does not have); the key is authenticated (401); the key's share of the server is taken
 * (429 over its rate or its concurrent requests, {@link CallerLimits}); the method must be one of
 * the path's (405); then the operation's parameters, headers among them (400) and, for an operation
 * with a body, its content type (415), size (413), encoding and JSON (400) and the body against the
 * operation's request schema (400). Every rule is read from the matched operation, so a new
 * operation or a rule added to the spec is enforced without code. A body still arriving is read
 * without a worker ({@link BodyReader}); the request goes on, dispatched again, once it is whole.
 * What passes carries its {@link CheckedRequest}; {@link CheckedOperationGuard} lets no controller
 * run without one for its very operation.
 */
public class RequestPipeline extends OncePerRequestFilter {

    /** Far more than any operation takes, and below the container's own limit, past which it would fail the request itself. */
    static final int MAX_QUERY_PARAMETERS = 100;
    private static final String GET = "GET";
    private static final String HEAD = "HEAD";
    /** Request attribute: where a request whose body was read while it was suspended stands. */
    private static final String AWAITING_BODY = RequestPipeline.class.getName() + ".awaitingBody";

    private final Apis apis;
    private final ApiKeys apiKeys;
    private final CallerLimits limits;
    private final ErrorWriter errors;
    private final DatabaseOutage outage;

    /** A request routed, authenticated and admitted whose body is being read. */
    private record AwaitingBody(Caller caller, SpecOperation operation) {
    }

    public RequestPipeline(Apis apis, ApiKeys apiKeys, CallerLimits limits, ErrorWriter errors, DatabaseOutage outage) {
        this.apis = apis;
        this.apiKeys = apiKeys;
        this.limits = limits;
        this.errors = errors;
        this.outage = outage;
    }

    /** The dispatch after a suspended request's body arrived comes here too, to go on where it stopped. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            resume(request, response, chain);
            return;
        }
        String path = request.getRequestURI();
        Optional<Api> api;
        try {
            Optional<String> ambiguity = PathCheck.ambiguity(path);
            if (ambiguity.isPresent()) {
                throw new ApiException(Failure.INVALID_REQUEST, "The request path is not valid: " + ambiguity.get() + ".");
            }
            api = apis.serving(path);
        } catch (ApiException failure) {
            errors.write(request, response, failure);
            return;
        }
        if (api.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        check(api.get(), request, response, chain, path);
    }

    private void check(Api api, HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
            throws ServletException, IOException {
        CallerLimits.Permit permit = null;
        boolean suspended = false;
        try {
            // HEAD is GET without the body (the container drops it): it is checked as the GET it stands for.
            Route route = api.spec().route(HEAD.equals(request.getMethod()) ? GET : request.getMethod(), path);
            if (route instanceof Route.NoSuchPath) {
                throw new ApiException(Failure.NOT_FOUND, "No such endpoint: " + request.getMethod() + " " + path);
            }
            Caller caller = authenticate(api, request)
                    .orElseThrow(() -> new ApiException(Failure.UNAUTHORIZED, api.unauthorizedMessage()));
            permit = limits.admit(caller);
            if (route instanceof Route.MethodNotAllowed notAllowed) {
                throw new ApiException(Failure.METHOD_NOT_ALLOWED, request.getMethod() + " is not allowed on " + path + ".",
                        List.of(), Map.of(HttpHeaders.ALLOW, allow(notAllowed.allowed())));
            }
            Route.Found found = (Route.Found) route;
            SpecOperation operation = found.operation();
            List<Violation> violations = operation.parameterViolations(found.pathParameters(), query(request),
                    name -> Collections.list(request.getHeaders(name)));
            if (!violations.isEmpty()) {
                throw ValidationFailures.from(violations);
            }
            if (!operation.takesBody()) {
                new CheckedRequest(caller, operation, Optional.empty()).attachTo(request);
                chain.doFilter(request, response);
                return;
            }
            JsonBody.checkContentType(request.getContentType());
            BodyReader.checkAnnouncedLength(request);
            Optional<byte[]> arrived = BodyReader.arrived(request);
            if (arrived.isPresent()) {
                proceedWithBody(caller, operation, arrived.get(), request, response, chain);
                return;
            }
            request.setAttribute(AWAITING_BODY, new AwaitingBody(caller, operation));
            BodyReader.readSuspended(request, response, limits.bodyTimeout(), new Suspension(permit));
            suspended = true;
        } catch (ApiException failure) {
            errors.write(request, response, failure);
        } finally {
            if (permit != null && !suspended) {
                permit.close();
            }
        }
    }

    /** The dispatch of a request whose body was read while it was suspended: it goes on with the body. */
    private void resume(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AwaitingBody awaiting = (AwaitingBody) request.getAttribute(AWAITING_BODY);
        Optional<byte[]> body = BodyReader.readWhileSuspended(request);
        if (awaiting == null || body.isEmpty()) {
            throw new IllegalStateException("a request was dispatched again that the pipeline did not suspend");
        }
        try {
            proceedWithBody(awaiting.caller(), awaiting.operation(), body.get(), request, response, chain);
        } catch (ApiException failure) {
            errors.write(request, response, failure);
        }
    }

    private static void proceedWithBody(Caller caller, SpecOperation operation, byte[] bytes, HttpServletRequest request,
                                        HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        JsonBody body = JsonBody.of(bytes);
        List<Violation> violations = operation.bodyViolations(body.json());
        if (!violations.isEmpty()) {
            throw ValidationFailures.from(violations);
        }
        HttpServletRequest passed = new CachedBodyRequest(request, body.bytes());
        new CheckedRequest(caller, operation, Optional.of(body)).attachTo(passed);
        chain.doFilter(passed, response);
    }

    /** A suspended request's end: its failure answered in its API's shape, its place given back. */
    private final class Suspension implements BodyReader.Outcome {
        private final CallerLimits.Permit permit;

        Suspension(CallerLimits.Permit permit) {
            this.permit = permit;
        }

        @Override
        public void failed(HttpServletRequest request, HttpServletResponse response, ApiException failure) throws IOException {
            errors.write(request, response, failure);
        }

        @Override
        public void ended() {
            permit.close();
        }
    }

    /**
     * The caller of the key; a database that cannot be reached is a 503, not a 401 or a 500. A key
     * given twice is refused (400), as a parameter given twice is: which of the two would be the caller?
     */
    private Optional<Caller> authenticate(Api api, HttpServletRequest request) {
        List<String> given = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        if (given.size() > 1) {
            throw ValidationFailures.from(List.of(new Violation(List.of(HttpHeaders.AUTHORIZATION), "maxItems",
                    "must be given once, not " + given.size() + " times")));
        }
        try {
            return apiKeys.authenticate(api, given.isEmpty() ? null : given.get(0), request.getRemoteAddr());
        } catch (RuntimeException e) {
            if (DatabaseOutage.isOutage(e)) {
                throw outage.unavailable(e);
            }
            throw e;
        }
    }

    /** The path's methods, with HEAD wherever GET is. */
    private static String allow(Set<String> methods) {
        Set<String> allowed = new TreeSet<>(methods);
        if (allowed.contains(GET)) {
            allowed.add(HEAD);
        }
        return String.join(", ", allowed);
    }

    private static Map<String, List<String>> query(HttpServletRequest request) {
        Map<String, List<String>> query;
        try {
            query = SpecConformance.queryParameters(request.getQueryString());
        } catch (IllegalArgumentException malformedEscape) {
            throw new ApiException(Failure.INVALID_REQUEST, "The query string is not valid: it has a malformed % escape.");
        }
        if (query.values().stream().mapToInt(List::size).sum() > MAX_QUERY_PARAMETERS) {
            throw new ApiException(Failure.INVALID_REQUEST, "The query string has more than " + MAX_QUERY_PARAMETERS + " parameters.");
        }
        return query;
    }
}
