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
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request of a contract case over HTTP and its answer: the status, the content type and the
 * body as JSON (a body that is not JSON as its text, for the checks to refuse). A failure shows both
 * ({@link #describe}). Every request has a deadline for its whole answer, body included
 * ({@code -Dverify.answer.seconds}, 30 by default), never later than the end of the run
 * ({@link #endRunAt}): a server that trickles its answer, or never ends it, fails the case.
 */
public record Exchange(String request, int status, String contentType, JsonNode body) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration ANSWER = Duration.ofSeconds(Long.getLong("verify.answer.seconds", 30));
    private static volatile Instant runEnds = Instant.MAX;

    /** No request is sent after {@code end}, and none waits past it: the run's overall limit. */
    public static void endRunAt(Instant end) {
        runEnds = end;
    }

    /** Sends {@code method pathAndQuery} to {@code baseUrl} with the key's header; a JSON body when {@code body} is not null. */
    public static Exchange send(String baseUrl, String keyHeader, String keyValue, String method, String pathAndQuery, JsonNode body)
            throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl + pathAndQuery);
        Duration left = Duration.between(Instant.now(), runEnds);
        if (left.isNegative() || left.isZero()) {
            throw new IOException(method + " " + uri + " not sent: the run's time limit is over");
        }
        Duration deadline = left.compareTo(ANSWER) < 0 ? left : ANSWER;
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(deadline).header(keyHeader, keyValue);
        String text = body == null ? null : JSON.writeValueAsString(body);
        HttpRequest request = text == null ? builder.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text)).build();
        HttpResponse<String> response;
        // The client's own timeout ends at the headers: the whole answer is waited for here.
        CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            response = answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            answer.cancel(true);
            throw new IOException(method + " " + uri + (text == null ? "" : " " + text) + " got no whole answer within "
                    + deadline.toMillis() / 1000.0 + " s", slow);
        } catch (ExecutionException unanswered) {
            throw new IOException(method + " " + uri + " got no answer: " + unanswered.getCause(), unanswered.getCause());
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
