package io.promocontracts.server.errors;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Apis;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Writes every error response of the application, from the request pipeline, the controllers and
 * the servlet container alike, in the error shape of the API the path belongs to. It writes
 * straight to the response so that no content negotiation can turn an error into another shape.
 */
@Component
public class ErrorWriter {

    private final Apis apis;
    private final JsonMapper json;

    public ErrorWriter(Apis apis, JsonMapper json) {
        this.apis = apis;
        this.json = json;
    }

    /**
     * Writes the failure's answer; an answer already on its way (committed) cannot be changed, and
     * is left as it is rather than failing again.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ApiException failure) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(failure.status());
        failure.headers().forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(apis.answering(originalPath(request)).errorBody(failure)));
    }

    /** The path the client asked for, also when the container forwards to its error page. */
    private static String originalPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
