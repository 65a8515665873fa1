package io.promocontracts.server.web;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes every error response of the application, from filters, controllers and the servlet
 * container's error page alike, so that no client ever sees another shape. It writes straight to
 * the response so that no content negotiation can turn an error into a different one.
 */
@Component
public class ErrorWriter {

    private static final Map<Failure, Integer> STATUS = new EnumMap<>(Map.ofEntries(
            Map.entry(Failure.INVALID_REQUEST, 400),
            Map.entry(Failure.RESOURCE_MISSING, 400),
            Map.entry(Failure.UNAUTHORIZED, 401),
            Map.entry(Failure.FORBIDDEN, 403),
            Map.entry(Failure.NOT_FOUND, 404),
            Map.entry(Failure.METHOD_NOT_ALLOWED, 405),
            Map.entry(Failure.NOT_ACCEPTABLE, 406),
            Map.entry(Failure.CONFLICT, 409),
            Map.entry(Failure.PAYLOAD_TOO_LARGE, 413),
            Map.entry(Failure.UNSUPPORTED_MEDIA_TYPE, 415),
            Map.entry(Failure.INTERNAL, 500)));

    private final JsonMapper json;

    public ErrorWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ApiException failure) throws IOException {
        response.resetBuffer();
        response.setStatus(STATUS.get(failure.failure()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ErrorBodies.of(Api.forPath(originalPath(request)), failure));
    }

    /** The path the client asked for, also when the container forwards to its error page. */
    private static String originalPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
