package io.promocontracts.server;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.promocontracts.server.common.Api;
import io.promocontracts.specs.ApiSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP against the running application. Every response to a documented operation is held
 * against the spec, so each test also proves that the status and body it got are documented.
 */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<Api, OpenApiInteractionValidator> VALIDATORS = Map.of(
            Api.FLEX, OpenApiInteractionValidator.createForInlineApiSpecification(ApiSpec.FLEX.text()).build(),
            Api.FLOWGLAD, OpenApiInteractionValidator.createForInlineApiSpecification(ApiSpec.FLOWGLAD.text()).build());

    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    record Reply(int status, String text) {

        JsonNode json() {
            return JSON.readTree(text);
        }
    }

    Reply createPromoCode(String key, Object body) {
        return send("POST", Api.FLEX.operationPath(), key == null ? null : "Bearer " + key, "application/json", json(body));
    }

    Reply createDiscount(String key, Object body) {
        return send("POST", Api.FLOWGLAD.operationPath(), key, "application/json", json(body));
    }

    Reply send(String method, String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response.body());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertDocumented(method, path, reply);
            return reply;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertDocumented(String method, String path, Reply reply) {
        Api api = Api.forPath(path);
        if (!path.equals(api.operationPath()) || !method.equals("POST")) {
            return;
        }
        ValidationReport report = VALIDATORS.get(api).validateResponse(path, Request.Method.POST,
                SimpleResponse.Builder.status(reply.status()).withContentType("application/json").withBody(reply.text()).build());
        assertThat(report.getMessages()).as("%s %s answered %s: %s", method, path, reply.status(), reply.text()).isEmpty();
    }

    static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }
}
