package io.promocontracts.server.errors;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Writes every error response of the application, from filters, controllers and the servlet
 * container's error page alike, so that no client ever sees another shape. It writes straight to
 * the response so that no content negotiation can turn an error into a different one.
 */
@Component
public class ErrorWriter {

    private final JsonMapper json;

    public ErrorWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ApiException failure) throws IOException {
        response.resetBuffer();
        response.setStatus(failure.failure().status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ErrorBodies.of(Api.forPath(originalPath(request)), failure));
    }

    /** The path the client asked for, also when the container forwards to its error page. */
    private static String originalPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
