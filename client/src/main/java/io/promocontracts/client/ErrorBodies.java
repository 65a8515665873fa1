package io.promocontracts.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Optional;

/** Decodes the body of a failed call into an API's documented error model. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    /** The error, or empty when there is no body or it is not in the documented shape. */
    public static <T> Optional<T> decode(String responseBody, ObjectMapper mapper, Class<T> errorType) {
        if (responseBody == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(responseBody, errorType));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
