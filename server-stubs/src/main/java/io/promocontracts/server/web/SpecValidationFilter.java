package io.promocontracts.server.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.errors.ErrorWriter;
import io.promocontracts.server.common.Failure;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecConformance.Route;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.specs.Violation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Holds every request to an API against its spec before any handler sees it, with the project's
 * one conformance checker: the operation the method and path reach (405 when the path has none for
 * the method), its path and query parameters (400), and for an operation that takes a body, its
 * content type (415), size (413), JSON syntax and the body against the operation's request schema
 * (400). Everything is read from the operation that matches, so a new operation or a rule added to
 * the spec is enforced without code.
 */
public class SpecValidationFilter extends OncePerRequestFilter {

    /** The documented limit of both APIs. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SpecConformance spec;
    private final ErrorWriter errors;

    public SpecValidationFilter(SpecConformance spec, ErrorWriter errors) {
        this.spec = spec;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Route route = spec.route(request.getMethod(), request.getRequestURI());
            if (route instanceof Route.MethodNotAllowed) {
                throw new ApiException(Failure.METHOD_NOT_ALLOWED, request.getMethod() + " is not allowed on " + request.getRequestURI());
            }
            if (route instanceof Route.Found found) {
                List<Violation> violations = found.operation().parameterViolations(found.pathParameters(),
                        SpecConformance.queryParameters(request.getQueryString()));
                if (!violations.isEmpty()) {
                    throw ValidationFailures.from(violations);
                }
                if (found.operation().takesBody()) {
                    chain.doFilter(new CachedBodyRequest(request, checkedBody(request, found.operation())), response);
                    return;
                }
            }
            chain.doFilter(request, response);
        } catch (ApiException failure) {
            errors.write(request, response, failure);
        }
    }

    private static byte[] checkedBody(HttpServletRequest request, SpecOperation operation) throws IOException {
        checkContentType(request);
        byte[] body = readBody(request);
        List<Violation> violations = operation.bodyViolations(parse(body));
        if (!violations.isEmpty()) {
            throw ValidationFailures.from(violations);
        }
        return body;
    }
    private static void checkContentType(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean json;
        try {
            json = contentType != null && MediaType.APPLICATION_JSON.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            json = false;
        }
        if (!json) {
            throw new ApiException(Failure.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json, not "
                    + (contentType == null ? "absent" : contentType) + ".");
        }
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw ValidationFailures.tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw ValidationFailures.tooLarge();
            }
            return body;
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ValidationFailures.unreadable("A request body is required.");
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw ValidationFailures.unreadable("A request body is required.");
            }
            return json;
        } catch (JacksonException e) {
            throw ValidationFailures.unreadable("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a body held in memory", e);
        }
    }
}
