package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Shows that the example check bites: each documented example, broken in one way, is rejected by
 * the same validator and schema that accept it unbroken.
 */
class NegativeControlsTest {

    private static final String FLEX_OP = "createPromoCode";
    private static final String FLOWGLAD_OP = "createDiscount";

    static Stream<Arguments> brokenExamples() {
        return Stream.of(
                flexRequest("too-short code", "/promo_code/code", b -> promo(b).put("code", "AB")),
                flexRequest("code with a space", "/promo_code/code", b -> promo(b).put("code", "SUMMER 2016")),
                flexRequest("missing coupon_id", "coupon_id", b -> promo(b).remove("coupon_id")),
                flexRequest("malformed coupon_id", "/promo_code/coupon_id", b -> promo(b).put("coupon_id", "coupon_1")),
                flexRequest("customer that is no ULID", "/promo_code/customer", b -> promo(b).put("customer", "fcus_123")),
                flexRequest("zero max_redemptions", "/promo_code/max_redemptions", b -> promo(b).put("max_redemptions", 0)),
                flexRequest("unknown field", "couponId", b -> promo(b).put("couponId", "fcoup_1234567890")),
                flexRequest("51 metadata keys", "/promo_code/metadata", b -> IntStream.range(0, 51)
                        .forEach(i -> ((ObjectNode) promo(b).get("metadata")).put("k" + i, "v"))),
                flexRequest("metadata value over 500 characters", "/promo_code/metadata/key",
                        b -> ((ObjectNode) promo(b).get("metadata")).put("key", "v".repeat(501))),
                flexResponse("coupon with neither amount", "/promo_code/coupon", b -> coupon(b).putNull("amount_off").putNull("percent_off")),
                flexResponse("coupon with 101 products", "/promo_code/coupon/applies_to/products",
                        b -> IntStream.range(0, 101).mapToObj(i -> "prod_" + i).forEach(coupon(b).putObject("applies_to").putArray("products")::add)),
                flexResponse("repeating coupon without months", "/promo_code/coupon",
                        b -> coupon(b).put("duration", "repeating")),
                flexResponse("percent_off over 100", "/promo_code/coupon/percent_off",
                        b -> coupon(b).putNull("amount_off").put("percent_off", 100.5)),
                flexResponse("promo_code_id with a coupon's prefix", "/promo_code/promo_code_id",
                        b -> promo(b).put("promo_code_id", "fcoup_01jvajb0gcvgxn5d42cqjjmf41")),
                flexResponse("created_at with an offset instead of Z", "/promo_code/created_at",
                        b -> promo(b).put("created_at", "2025-05-15T20:12:07+02:00")),
                flowgladRequest("too-short code", "/discount/code", b -> discount(b).put("code", "AB")),
                flowgladRequest("unknown amountType", "/discount/amountType", b -> discount(b).put("amountType", "ratio")),
                flowgladRequest("unknown duration", "/discount", b -> discount(b).put("duration", "weekly")),
                flowgladRequest("numberOfPayments on a once discount", "/discount/numberOfPayments",
                        b -> discount(b).put("numberOfPayments", 3)),
                flowgladRequest("the page's string \"null\"", "/discount/numberOfPayments",
                        b -> discount(b).put("numberOfPayments", "null")),
                flowgladRequest("number_of_payments without numberOfPayments", "numberOfPayments",
                        b -> discount(b).put("duration", "number_of_payments").putNull("numberOfPayments")),
                flowgladRequest("zero amount", "/discount/amount", b -> discount(b).put("amount", 0)),
                flowgladRequest("fractional amount", "/discount/amount", b -> discount(b).put("amount", 1.5)),
                flowgladRequest("missing name", "name", b -> discount(b).remove("name")),
                flowgladResponse("short discount id", "/discount/id", b -> discount(b).put("id", "discount_123")),
                flowgladResponse("lower-case stored code", "/discount/code", b -> discount(b).put("code", "launch2023")));
    }

    @ParameterizedTest
    @MethodSource("brokenExamples")
    void brokenExampleIsRejected(ApiSpec spec, String schema, JsonNode broken, String mentioned) {
        List<String> violations = SchemaCheck.violations(spec, broken, schema);

        assertThat(violations).isNotEmpty();
        assertThat(String.join("\n", violations)).contains(mentioned);
    }

    private static Arguments flexRequest(String name, String mentioned, Consumer<JsonNode> breakIt) {
        JsonNode body = ApiSpec.named("flex").requestExample(FLEX_OP, "documented");
        breakIt.accept(body);
        return argumentSet("Flex request: " + name, ApiSpec.named("flex"), "CreatePromoCodeRequest", body, mentioned);
    }

    private static Arguments flexResponse(String name, String mentioned, Consumer<JsonNode> breakIt) {
        JsonNode body = ApiSpec.named("flex").responseExample(FLEX_OP, 200, "documented");
        breakIt.accept(body);
        return argumentSet("Flex response: " + name, ApiSpec.named("flex"), "PromoCodeResponse", body, mentioned);
    }

    private static Arguments flowgladRequest(String name, String mentioned, Consumer<JsonNode> breakIt) {
        JsonNode body = ApiSpec.named("flowglad").requestExample(FLOWGLAD_OP, "documented");
        breakIt.accept(body);
        return argumentSet("Flowglad request: " + name, ApiSpec.named("flowglad"), "CreateDiscountRequest", body, mentioned);
    }

    private static Arguments flowgladResponse(String name, String mentioned, Consumer<JsonNode> breakIt) {
        JsonNode body = ApiSpec.named("flowglad").responseExample(FLOWGLAD_OP, 200, "documented");
        breakIt.accept(body);
        return argumentSet("Flowglad response: " + name, ApiSpec.named("flowglad"), "DiscountResponse", body, mentioned);
    }

    private static ObjectNode promo(JsonNode body) {
        return (ObjectNode) body.get("promo_code");
    }

    private static ObjectNode coupon(JsonNode body) {
        return (ObjectNode) promo(body).get("coupon");
    }

    private static ObjectNode discount(JsonNode body) {
        return (ObjectNode) body.get("discount");
    }
}
