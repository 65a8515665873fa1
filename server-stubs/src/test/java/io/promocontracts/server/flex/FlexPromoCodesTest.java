package io.promocontracts.server.flex;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.testkit.DemoKeys;
import com.github.f4b6a3.ulid.Ulid;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_TEST;
import static io.promocontracts.testkit.DemoKeys.FLEX_GLOBEX_TEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating a promo code over HTTP: the documented request makes the documented promo code, each
 * kind of coupon is embedded as the spec writes it, and each refusal is answered in Flex's shape.
 * The rules behind the refusals are PromoCodeServiceTest's.
 */
public class FlexPromoCodesTest extends ApiIntegrationTest {

    private static final String OPERATION = "createPromoCode";

    @Test
    void documentedRequestCreatesTheDocumentedPromoCode() {
        JsonNode documented = toJackson3(ApiSpec.named("flex").responseExample(OPERATION, 200, "documented")).get("promo_code");

        ApiClient.Reply reply = api.createPromoCode(FLEX_ACME_LIVE, documentedRequest());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode promo = reply.json().get("promo_code");
        for (String field : new String[] {"code", "coupon", "max_redemptions", "times_redeemed", "customer", "active", "metadata", "test_mode"}) {
            assertThat(promo.get(field)).as(field).isEqualTo(documented.get(field));
        }
    }

    @Test
    void idIsALowerCaseUlidOfTheCreationTime() {
        Instant before = Instant.now();
        JsonNode promo = api.createPromoCode(FLEX_ACME_TEST, request("fcoup_1234567890", uniqueCode())).json().get("promo_code");

        String id = promo.get("promo_code_id").asString();
        assertThat(id).matches("fpromo_[0-9a-hjkmnp-tv-z]{26}");
        Instant createdAt = Instant.parse(promo.get("created_at").asString());
        assertThat(promo.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(Ulid.from(id.substring("fpromo_".length())).getInstant()).isEqualTo(createdAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(Duration.between(before, createdAt)).isBetween(Duration.ofSeconds(-1), Duration.ofSeconds(30));
        assertThat(promo.get("test_mode").asBoolean()).isTrue();
        assertThat(promo.get("times_redeemed").asInt()).isZero();
        assertThat(promo.get("active").asBoolean()).isTrue();
    }

    @Test
    void embedsEachKindOfCoupon() {
        JsonNode repeating = createWith("fcoup_01jvajb0g9q2w8k4m6t3r5y7zx").at("/promo_code/coupon");
        assertThat(repeating.get("duration").asString()).isEqualTo("repeating");
        assertThat(repeating.get("duration_in_months").asInt()).isEqualTo(3);
        assertThat(repeating.get("percent_off").asDouble()).isEqualTo(25.0);
        assertThat(repeating.get("amount_off").isNull()).isTrue();

        JsonNode limited = createWith("fcoup_01jvajb0g9q2w8k4m6t3r5y7zy").at("/promo_code/coupon");
        assertThat(limited.get("duration").asString()).isEqualTo("forever");
        assertThat(limited.at("/applies_to/products/0").asString()).isEqualTo("fprod_01jvajb0g9q2w8k4m6t3r5y7zz");
    }

    /** The rule is PromoCodeServiceTest's; here, its answer: 409 {@code duplicate_code}, nothing stored. */
    @Test
    void aTakenCodeIsAConflict() {
        String code = uniqueCode();
        assertThat(api.createPromoCode(FLEX_ACME_TEST, request("fcoup_1234567890", code)).status()).isEqualTo(200);
        long stored = storedRows();

        ApiClient.Reply duplicate = api.createPromoCode(FLEX_ACME_TEST, request("fcoup_1234567890", code.toLowerCase()));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().at("/error/code").asString()).isEqualTo("duplicate_code");
        assertThat(storedRows()).isEqualTo(stored);
    }

    /** The rule is PromoCodeServiceTest's; here, its answer: 400 {@code resource_missing} naming the coupon. */
    @Test
    void aCouponOfAnotherAccountIsAResourceMissing() {
        long stored = storedRows();

        assertResourceMissing(api.createPromoCode(FLEX_GLOBEX_TEST, request("fcoup_1234567890", uniqueCode())));
        assertThat(storedRows()).isEqualTo(stored);
    }

    /** The rule is PromoCodeServiceTest's; here, its answer: 400 naming the member. */
    @Test
    void maxRedemptionsMayNotExceedTheCoupons() {
        ObjectNode body = request("fcoup_1234567890", uniqueCode());
        ((ObjectNode) body.get("promo_code")).put("max_redemptions", 101);

        assertInvalid(api.createPromoCode(FLEX_ACME_TEST, body), "max_redemptions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a[0]", "key]", "this_key_is_longer_than_forty_characters_", ""})
    void metadataKeysFollowStripesRules(String key) {
        ObjectNode body = request("fcoup_1234567890", uniqueCode());
        ((ObjectNode) body.get("promo_code")).putObject("metadata").put(key, "v");

        assertInvalid(api.createPromoCode(FLEX_ACME_TEST, body), "promo_code.metadata: property");
    }

    @Test
    void unknownOrMalformedKeysAreRejected() {
        String body = ApiClient.json(request("fcoup_1234567890", uniqueCode()));
        long stored = storedRows();

        for (String authorization : new String[] {null, "", "Bearer", "Bearer fsk_test_unknown", FLEX_ACME_TEST,
                "Basic " + FLEX_ACME_TEST, "Bearer " + DemoKeys.FLOWGLAD_ACME_TEST, "bearer " + FLEX_ACME_TEST}) {
            ApiClient.Reply reply = api.send("POST", "/v1/promo_codes", authorization, "application/json", body);
            assertThat(reply.status()).as("Authorization: %s", authorization).isEqualTo(401);
            assertThat(reply.json().at("/error/code").asString()).isEqualTo("unauthorized");
        }
        assertThat(storedRows()).isEqualTo(stored);
    }

    private JsonNode createWith(String couponId) {
        ApiClient.Reply reply = api.createPromoCode(FLEX_ACME_TEST, request(couponId, uniqueCode()));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    private static ObjectNode documentedRequest() {
        return (ObjectNode) toJackson3(ApiSpec.named("flex").requestExample(OPERATION, "documented"));
    }

    /** The documented request with another coupon and code. */
    public static ObjectNode request(String couponId, String code) {
        ObjectNode body = documentedRequest();
        ((ObjectNode) body.get("promo_code")).put("coupon_id", couponId).put("code", code);
        return body;
    }

    public static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    /** Spec examples come as Jackson 2 trees (swagger-parser); the application speaks Jackson 3. */
    public static JsonNode toJackson3(com.fasterxml.jackson.databind.JsonNode node) {
        return ApiClient.JSON.readTree(node.toString());
    }

    private static void assertResourceMissing(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("resource_missing");
    }

    private void assertInvalid(ApiClient.Reply reply, String mentioned) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("invalid_request");
        assertThat(reply.json().at("/error/message").asString()).contains(mentioned);
    }
}
