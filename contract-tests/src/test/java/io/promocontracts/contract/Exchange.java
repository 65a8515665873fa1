package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One request of a contract case over HTTP and its answer: the status, the content type and the
 * body as JSON (a body that is not JSON as its text, for the checks to refuse). A failure shows both
 * ({@link #describe}).
 */
public record Exchange(String request, int status, String contentType, JsonNode body) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Sends {@code method pathAndQuery} to {@code baseUrl} with the key's header; a JSON body when {@code body} is not null. */
    public static Exchange send(String baseUrl, String keyHeader, String keyValue, String method, String pathAndQuery, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT)
                .header(keyHeader, keyValue);
        String text = body == null ? null : JSON.writeValueAsString(body);
        HttpRequest request = text == null ? builder.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text)).build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unanswered) {
            throw new IOException(method + " " + request.uri() + " got no answer: " + unanswered, unanswered);
        }
        return new Exchange(method + " " + request.uri() + (text == null ? "" : " " + text), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), parsed(response.body()));
    }

    /** The request and the answer, for a failure's message. */
    public String describe() {
        return request + "\nanswered " + status + ": " + body;
    }

    /** The object a write or a read-one answers, inside its one wrapping member ({@code {"discount": {...}}}). */
    public JsonNode object() {
        return body.isObject() && body.size() > 0 ? body.fields().next().getValue() : body;
    }

    private static JsonNode parsed(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null || node.isMissingNode() ? TextNode.valueOf(text) : node;
        } catch (IOException notJson) {
            return TextNode.valueOf(text);
        }
    }
}
