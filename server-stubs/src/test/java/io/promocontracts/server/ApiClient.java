package io.promocontracts.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.server.flex.api.PromoCodesApi;
import io.promocontracts.server.flowglad.api.DiscountsApi;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP against the running application. Every response to a documented operation is held
 * against the spec, so each test also proves that the status and body it got are documented.
 */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper SPEC_JSON = new ObjectMapper();
    private static final Map<String, SpecConformance> SPECS_BY_PREFIX = Map.of(
            "/v1/", SpecConformance.of(ApiSpec.named("flex")), "/api/", SpecConformance.of(ApiSpec.named("flowglad")));

    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public record Reply(int status, String text) {

        public JsonNode json() {
            return JSON.readTree(text);
        }
    }

    public Reply createPromoCode(String key, Object body) {
        return send("POST", PromoCodesApi.PATH_CREATE_PROMO_CODE, key == null ? null : "Bearer " + key, "application/json", json(body));
    }

    public Reply createDiscount(String key, Object body) {
        return send("POST", DiscountsApi.PATH_CREATE_DISCOUNT, key, "application/json", json(body));
    }

    public Reply updatePromoCode(String key, String id, Object body) {
        return send("POST", PromoCodesApi.PATH_UPDATE_PROMO_CODE.replace("{id}", id), "Bearer " + key, "application/json", json(body));
    }

    public Reply updateDiscount(String key, String id, Object body) {
        return send("PUT", DiscountsApi.PATH_UPDATE_DISCOUNT.replace("{id}", id), key, "application/json", json(body));
    }

    /** A GET of a path (with its query) under the API's key, sent the way each vendor expects it. */
    public Reply get(String path, String key) {
        return send("GET", path, path.startsWith("/v1/") ? "Bearer " + key : key, null, null);
    }

    public Reply send(String method, String path, String authorization, String contentType, String body) {
        return send(method, path, authorization, contentType, body, Map.of());
    }

    public Reply send(String method, String path, String authorization, String contentType, String body,
                      Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(method, path, authorization == null ? List.of() : List.of(authorization), contentType, request);
    }

    /** A body as bytes (another encoding than UTF-8, say), with every {@code Authorization} value given (none, one, two). */
    public Reply sendBytes(String method, String path, List<String> authorizations, String contentType, byte[] body) {
        return send(method, path, authorizations, contentType, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Reply send(String method, String path, List<String> authorizations, String contentType, HttpRequest.Builder request) {
        authorizations.forEach(authorization -> request.header("Authorization", authorization));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response.body());
            String answeredType = response.headers().firstValue("Content-Type").orElse(null);
            assertThat(answeredType).startsWith("application/json");
            assertDocumented(method, path, answeredType, reply);
            return reply;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response to a documented operation must be documented exactly: its status and its body. */
    private static void assertDocumented(String method, String path, String contentType, Reply reply) throws IOException {
        SpecConformance spec = SPECS_BY_PREFIX.entrySet().stream().filter(entry -> path.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (spec != null && spec.route(method, path) instanceof SpecConformance.Route.Found) {
            assertThat(spec.responseViolations(method, path, reply.status(), contentType, SPEC_JSON.readTree(reply.text())))
                    .as("%s %s answered %s: %s", method, path, reply.status(), reply.text()).isEmpty();
        }
    }

    public static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }
}
