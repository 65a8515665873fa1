package io.promocontracts.server.web;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.server.flex.api.PromoCodesApi;
import io.promocontracts.server.flowglad.api.DiscountsApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Malformed and hostile bodies get the documented 4xx in the documented shape (the client checks
 * the reply against the spec), never a 5xx, and nothing is stored.
 */
class HostileInputTest extends ApiIntegrationTest {

    private static final String VALID_PROMO = "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"HOSTILE1\"}}";
    private static final String VALID_DISCOUNT = "{\"discount\":{\"name\":\"n\",\"code\":\"HOSTILE1\",\"amount\":1,"
            + "\"amountType\":\"fixed\",\"duration\":\"once\"}}";

    private enum Api { FLEX, FLOWGLAD }

    static Stream<Arguments> hostileBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (Api api : Api.values()) {
            String valid = api == Api.FLEX ? VALID_PROMO : VALID_DISCOUNT;
            String wrapper = api == Api.FLEX ? "promo_code" : "discount";
            cases.add(hostile(api, "empty body", "application/json", "", 400));
            cases.add(hostile(api, "not JSON", "application/json", "code=SUMMER", 400));
            cases.add(hostile(api, "truncated JSON", "application/json", valid.substring(0, valid.length() - 3), 400));
            cases.add(hostile(api, "JSON null", "application/json", "null", 400));
            cases.add(hostile(api, "array", "application/json", "[" + valid + "]", 400));
            cases.add(hostile(api, "string", "application/json", "\"hello\"", 400));
            cases.add(hostile(api, "empty object", "application/json", "{}", 400));
            cases.add(hostile(api, "null wrapper", "application/json", "{\"" + wrapper + "\":null}", 400));
            cases.add(hostile(api, "unknown top-level field", "application/json", valid.replaceFirst("^\\{", "{\"extra\":1,"), 400));
            cases.add(hostile(api, "code as a number", "application/json", valid.replace("\"HOSTILE1\"", "12345"), 400));
            cases.add(hostile(api, "code null", "application/json", valid.replace("\"HOSTILE1\"", "null"), 400));
            cases.add(hostile(api, "code an object", "application/json", valid.replace("\"HOSTILE1\"", "{\"$gt\":\"\"}"), 400));
            cases.add(hostile(api, "SQL in the code", "application/json", valid.replace("HOSTILE1", "x'; DROP TABLE api_key; --"), 400));
            cases.add(hostile(api, "huge string", "application/json", valid.replace("HOSTILE1", "A".repeat(60_000)), 400));
            cases.add(hostile(api, "over the size limit", "application/json", valid.replace("HOSTILE1", "A".repeat(70_000)), 413));
            cases.add(hostile(api, "deep nesting", "application/json",
                    valid.replace("\"HOSTILE1\"", "[".repeat(5_000) + "]".repeat(5_000)), 400));
            cases.add(hostile(api, "huge number", "application/json",
                    api == Api.FLEX ? valid.replace("}}", ",\"max_redemptions\":1e400}}") : valid.replace("\"amount\":1", "\"amount\":1e400"), 400));
            cases.add(hostile(api, "integer overflow", "application/json",
                    api == Api.FLEX ? valid.replace("}}", ",\"max_redemptions\":4294967296}}") : valid.replace("\"amount\":1", "\"amount\":99999999999999999999"), 400));
            cases.add(hostile(api, "invalid UTF-8 escape", "application/json", valid.replace("HOSTILE1", "\\uD800"), 400));
            cases.add(hostile(api, "NUL in a string", "application/json", valid.replace("HOSTILE1", "HOST\\u0000ILE"), 400));
            cases.add(hostile(api, "a decimal a double would round to an integer", "application/json",
                    api == Api.FLEX ? valid.replace("}}", ",\"max_redemptions\":0.99999999999999999}}")
                            : valid.replace("\"amount\":1", "\"amount\":0.99999999999999999"), 400));
            cases.add(hostile(api, "form body", "application/x-www-form-urlencoded", "code=SUMMER", 415));
            cases.add(hostile(api, "text body", "text/plain", valid, 415));
            cases.add(hostile(api, "no content type", null, valid, 415));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileBodies")
    void hostileBodyIsRefusedAndNothingIsStored(Api api, String contentType, String body, int status) {
        long stored = storedRows();
        String key = api == Api.FLEX ? "Bearer " + DemoKeys.FLEX_ACME_TEST : DemoKeys.FLOWGLAD_ACME_TEST;

        String path = api == Api.FLEX ? PromoCodesApi.PATH_CREATE_PROMO_CODE : DiscountsApi.PATH_CREATE_DISCOUNT;
        ApiClient.Reply reply = this.api.send("POST", path, key, contentType, body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.text()).doesNotContain("Exception", "\tat ", "timestamp");
        assertThat(storedRows()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/promo_codes?limit=%zz", "/v1/promo_codes?active=%", "/api/v1/discounts?limit=%zz",
            "/api/v1/discounts?cursor=KzEwMDAwLTAxLTAxVDAwOjAwOjAwWnxkaXNjb3VudF9BQUFBQUFBQUFBQUFBQUFBQUFBQUE",
            "/api/v1/discounts?cursor=MjAyNS0wMS0wMVQwMDowMDowMFp8AA"})
    void hostileQueryIsRefused(String pathAndQuery) throws IOException {
        String key = pathAndQuery.startsWith("/v1/") ? "Bearer " + DemoKeys.FLEX_ACME_TEST : DemoKeys.FLOWGLAD_ACME_TEST;

        String reply = rawGet(pathAndQuery, key);

        assertThat(reply).as(reply).startsWith("HTTP/1.1 400 ").contains("application/json").doesNotContain("Exception", "\tat ");
    }

    /** Sent over a plain socket: an HTTP client library refuses to send a malformed % escape. */
    private String rawGet(String pathAndQuery, String authorization) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Arguments hostile(Api api, String name, String contentType, String body, int status) {
        return argumentSet(api + ": " + name, api, contentType, body, status);
    }
}
