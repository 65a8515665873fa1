package io.promocontracts.server.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.SmartHttpMessageConverter;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a controller's request body from the JSON tree the {@link RequestPipeline} checked against
 * the spec: a body is parsed once, and what the spec check saw is exactly what the controller gets.
 * It only reads; answers are written by Spring's own JSON converter. Binding needs the checked
 * tree, so a body the pipeline did not check cannot reach a controller through here.
 */
final class CheckedBodyConverter implements SmartHttpMessageConverter<Object> {

    private final ObjectMapper binder = JsonMapper.builder()
            // The spec decides which members a body may carry; a model without a field for one ignores it, as Spring's mapper does.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Spring's mapper binds dates and times natively; this one must bind whatever type the generator writes.
            .addModule(new JavaTimeModule())
            .build();
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return mediaType == null || MediaType.APPLICATION_JSON.includes(mediaType);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) {
        JsonNode body = CheckedRequest.current().body().map(JsonBody::json)
                .orElseThrow(() -> new IllegalStateException("a request body reached binding without being checked against the spec"));
        try {
            return readers.computeIfAbsent(type.getType(), target -> binder.readerFor(binder.constructType(target))).readValue(body);
        } catch (IOException e) {
            throw new HttpMessageNotReadableException("The body does not bind to " + type + ".", e, input);
        }
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return false;
    }

    @Override
    public void write(Object value, ResolvableType type, MediaType contentType, HttpOutputMessage output, Map<String, Object> hints) {
        throw new UnsupportedOperationException("answers are written by Spring's JSON converter");
    }

    @Override
    public List<MediaType> getSupportedMediaTypes() {
        return List.of(MediaType.APPLICATION_JSON);
    }
}
