package io.promocontracts.server.errors;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.errors.ErrorWriter;
import io.promocontracts.server.storage.DatabaseOutage;
import io.promocontracts.server.common.Failure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Answers every exception a handler can raise in the vendor's error shape. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private final ErrorWriter errors;
    private final DatabaseOutage outage;

    public ApiExceptionHandler(ErrorWriter errors, DatabaseOutage outage) {
        this.errors = errors;
        this.outage = outage;
    }

    @ExceptionHandler(ApiException.class)
    void apiException(ApiException failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, failure);
    }

    /** Reached only if a body passed the spec check yet cannot be bound: still the client's body. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentNotValidException.class,
            HandlerMethodValidationException.class})
    void unreadable(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, new ApiException(Failure.INVALID_REQUEST, "The request body is invalid."));
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    void notFound(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, new ApiException(Failure.NOT_FOUND,
                "No such endpoint: " + request.getMethod() + " " + request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Set<String> allowed = new TreeSet<>();
        if (e.getSupportedHttpMethods() != null) {
            e.getSupportedHttpMethods().forEach(method -> allowed.add(method.name()));
        }
        if (allowed.contains(HttpMethod.GET.name())) {
            allowed.add(HttpMethod.HEAD.name());
        }
        errors.write(request, response, new ApiException(Failure.METHOD_NOT_ALLOWED,
                request.getMethod() + " is not allowed on " + request.getRequestURI(), List.of(),
                Map.of(HttpHeaders.ALLOW, String.join(", ", allowed))));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        errors.write(request, response, new ApiException(Failure.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type must be application/json, not " + e.getContentType()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        errors.write(request, response, new ApiException(Failure.NOT_ACCEPTABLE, "Responses are application/json only."));
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (DatabaseOutage.isOutage(e)) {
            errors.write(request, response, outage.unavailable(e));
            return;
        }
        // One line, whoever sends the request and however often: the stack trace is there at DEBUG.
        LOG.error("Unexpected failure on {} {}: {} (at {})", request.getMethod(), oneLine(request.getRequestURI()), oneLine(e.toString()),
                origin(e));
        LOG.debug("The unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        errors.write(request, response, new ApiException(Failure.INTERNAL, "An unexpected error occurred."));
    }

    /** What a client sent may hold line breaks; in the log it stays on its line. */
    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    /** Where the failure was thrown: its first frame in this application's code, else its first frame. */
    private static String origin(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return Arrays.stream(frames).filter(frame -> frame.getClassName().startsWith("io.promocontracts.")).findFirst()
                .or(() -> Arrays.stream(frames).findFirst()).map(StackTraceElement::toString).orElse("unknown");
    }
}
