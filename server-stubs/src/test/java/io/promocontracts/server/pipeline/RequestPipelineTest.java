package io.promocontracts.server.pipeline;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.server.flowglad.api.model.CreateDiscountRequest;
import io.promocontracts.testkit.DemoKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.SmartHttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request pipeline fails closed: a path that reads two ways never reaches a controller, with a
 * key or without; a body is checked as the binder will read it; every refusal is in the API's shape.
 */
class RequestPipelineTest extends ApiIntegrationTest {

    private static final String VALID_PROMO = "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"PIPELINE1\"}}";
    private static final String INVALID_DISCOUNT = "{\"discount\":{\"name\":\"n\",\"code\":\"X\",\"amount\":1,"
            + "\"amountType\":\"fixed\",\"duration\":\"once\"}}";

    @Autowired
    private RequestMappingHandlerAdapter handlers;

    @ParameterizedTest
    @CsvSource({
            "GET,  /v1/promo_codes;x,          /error/code, invalid_request",
            "POST, /v1/promo_codes;x,          /error/code, invalid_request",
            "GET,  /v1/promo%5Fcodes,          /error/code, invalid_request",
            "POST, /v1/promo%5Fcodes,          /error/code, invalid_request",
            "GET,  /v1/./promo_codes,          /error/code, invalid_request",
            "GET,  /v1//promo_codes,           /error/code, invalid_request",
            "GET,  /;x/v1/promo_codes,         /error/code, invalid_request",
            "GET,  /api/v1/discounts;x,        /code,       BAD_REQUEST",
            "POST, /api/v1/discounts;x,        /code,       BAD_REQUEST",
            "GET,  /api/v1/%64iscounts,        /code,       BAD_REQUEST",
            "POST, /api/v1/%64iscounts,        /code,       BAD_REQUEST",
            "PUT,  /api/v1/discounts/a;b,      /code,       BAD_REQUEST"})
    void aPathThatReadsTwoWaysIsRefusedWithOrWithoutAKey(String method, String path, String codePointer, String code) {
        String key = path.contains("/api/") ? DemoKeys.FLOWGLAD_ACME_TEST : "Bearer " + DemoKeys.FLEX_ACME_TEST;
        String body = path.contains("/api/") ? INVALID_DISCOUNT : VALID_PROMO;
        long stored = storedRows();

        for (String authorization : new String[] {null, key}) {
            ApiClient.Reply reply = api.send(method, path, authorization, "application/json", method.equals("GET") ? null : body);

            assertThat(reply.status()).as("%s %s with %s: %s", method, path, authorization, reply.text()).isEqualTo(400);
            assertThat(reply.json().at(codePointer).asString()).isEqualTo(code);
        }
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void everyRequestBodyIsBoundFromTheTreeThePipelineCheckedNotReadAgain() {
        ResolvableType body = ResolvableType.forClass(CreateDiscountRequest.class);
        var binder = handlers.getMessageConverters().stream()
                .filter(converter -> converter instanceof SmartHttpMessageConverter<?> smart && smart.canRead(body, MediaType.APPLICATION_JSON))
                .findFirst();

        assertThat(binder).containsInstanceOf(CheckedBodyConverter.class);
    }

    @Test
    void aMethodNotAllowedNamesTheAllowedOnes() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/discounts")).method("DELETE", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", DemoKeys.FLOWGLAD_ACME_TEST).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(405);
        assertThat(reply.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
    }

    @Test
    void aCharsetOtherThanUtf8IsRefusedBeforeItCanChangeWhatIsStored() {
        long stored = storedRows();
        String name = "é".repeat(200);
        String body = "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"LATIN1\",\"metadata\":{\"k\":\"" + name + "\"}}}";

        ApiClient.Reply latin1 = api.send("POST", "/v1/promo_codes", "Bearer " + DemoKeys.FLEX_ACME_TEST,
                "application/json; charset=ISO-8859-1", body);
        ApiClient.Reply utf8 = api.send("POST", "/v1/promo_codes", "Bearer " + DemoKeys.FLEX_ACME_TEST,
                "application/json; charset=UTF-8", body.replace("LATIN1", "UTF8NAMED"));

        assertThat(latin1.status()).as(latin1.text()).isEqualTo(415);
        assertThat(utf8.status()).as(utf8.text()).isEqualTo(200);
        assertThat(utf8.json().at("/promo_code/metadata/k").asString()).isEqualTo(name);
        assertThat(storedRows()).isEqualTo(stored + 1);
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        long stored = storedRows();
        byte[] prefix = "{\"discount\":{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] suffix = "\",\"code\":\"OVERLONG\",\"amount\":1,\"amountType\":\"fixed\",\"duration\":\"once\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + overlongSlash.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(overlongSlash, 0, body, prefix.length, overlongSlash.length);
        System.arraycopy(suffix, 0, body, prefix.length + overlongSlash.length, suffix.length);

        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/discounts")).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", DemoKeys.FLOWGLAD_ACME_TEST).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains("not valid UTF-8");
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void theErrorPathAskedForDirectlyIsNoEndpoint() {
        ApiClient.Reply reply = api.send("GET", "/error", null, null, null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("not_found");
    }
}
