package io.promocontracts.server.json;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes a JSON answer whole, with its {@code Content-Length}: it is serialized before its status
 * is sent, so a failure while writing it is answered as a failure, never as a 200 whose body stops
 * short. What that holds is one answer, which the page budget bounds (common/PageBudget).
 */
final class WholeAnswerConverter extends JacksonJsonHttpMessageConverter {

    WholeAnswerConverter(JsonMapper json) {
        super(json);
    }

    /** Writes only: request bodies are bound by {@link CheckedBodyConverter}. */
    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return false;
    }

    @Override
    protected void writeInternal(Object object, ResolvableType type, HttpOutputMessage output, Map<String, Object> hints)
            throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream(1024);
        super.writeInternal(object, type, new HttpOutputMessage() {
            @Override
            public OutputStream getBody() {
                return answer;
            }

            @Override
            public HttpHeaders getHeaders() {
                return output.getHeaders();
            }
        }, hints);
        output.getHeaders().setContentLength(answer.size());
        answer.writeTo(output.getBody());
    }
}
