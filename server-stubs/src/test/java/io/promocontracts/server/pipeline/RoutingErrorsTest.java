package io.promocontracts.server.pipeline;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.testkit.DemoKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests that reach no operation still get the vendor's error shape, never Spring's default body. */
class RoutingErrorsTest extends ApiIntegrationTest {

    @ParameterizedTest
    @CsvSource({
            "PUT,    /v1/promo_codes,      405, /error/code, method_not_allowed",
            "DELETE, /v1/promo_codes,      405, /error/code, method_not_allowed",
            "PUT,    /v1/promo_codes/x,    405, /error/code, method_not_allowed",
            "GET,    /v1/promo_codes/x/y,  404, /error/code, not_found",
            "GET,    /v1/promo_codes/a%2Fb, 400, /error/code, invalid_request",
            "GET,    /api/v1/discounts/a%5Cb, 400, /code,     BAD_REQUEST",
            "GET,    /api/v1/discounts/a%00b, 400, /code,     BAD_REQUEST",
            "GET,    /v1/gift_cards,       404, /error/code, not_found",
            "GET,    /,                    404, /error/code, not_found",
            "DELETE, /api/v1/discounts,    405, /code,       METHOD_NOT_SUPPORTED",
            "PUT,    /api/v1/discounts,    405, /code,       METHOD_NOT_SUPPORTED",
            "POST,   /api/v1/discounts/x,  405, /code,       METHOD_NOT_SUPPORTED",
            "GET,    /api/v1/discounts/x/y, 404, /code,      NOT_FOUND",
            "POST,   /api/v2/discounts,    404, /code,       NOT_FOUND"})
    void unroutableRequestsAnswerInTheVendorsShape(String method, String path, int status, String codePointer, String code) {
        String key = path.startsWith("/api/") ? DemoKeys.FLOWGLAD_ACME_TEST : "Bearer " + DemoKeys.FLEX_ACME_TEST;

        ApiClient.Reply reply = api.send(method, path, key, "application/json", method.equals("GET") ? null : "{}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.json().at(codePointer).asString()).isEqualTo(code);
        assertThat(reply.json().has("timestamp")).isFalse();
    }
}
