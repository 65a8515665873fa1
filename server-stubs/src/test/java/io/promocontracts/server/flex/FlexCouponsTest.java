package io.promocontracts.server.flex;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.server.flex.api.CouponsApi;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static io.promocontracts.server.flex.FlexPromoCodesTest.toJackson3;
import static io.promocontracts.server.flex.FlexPromoCodesTest.uniqueCode;
import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_TEST;
import static io.promocontracts.testkit.DemoKeys.FLEX_GLOBEX_TEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flex's coupons: each documented create makes the documented coupon; what Flex's page allows (both
 * amounts, months on a coupon that does not repeat) is kept as sent; what a coupon may not be is
 * a 400 that names it and stores nothing; a coupon is its account's and mode's, for retrieve and
 * for the promo codes that apply it; a list pages through them newest first.
 */
class FlexCouponsTest extends ApiIntegrationTest {

    private static final ApiSpec FLEX = ApiSpec.named("flex");
    private static final String CREATE = "createCoupon";

    static List<String> createExamples() {
        return FLEX.requestExampleNames(CREATE);
    }

    @ParameterizedTest
    @MethodSource("createExamples")
    void eachDocumentedRequestCreatesTheDocumentedCoupon(String example) {
        JsonNode documented = toJackson3(FLEX.responseExample(CREATE, 200, example)).get("coupon");

        ApiClient.Reply reply = create(FLEX_ACME_TEST, toJackson3(FLEX.requestExample(CREATE, example)));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode coupon = reply.json().get("coupon");
        for (String member : new String[] {"name", "amount_off", "percent_off", "applies_to", "duration", "duration_in_months",
                "max_redemptions", "times_redeemed", "valid", "metadata", "test_mode"}) {
            assertThat(coupon.get(member)).as(member).isEqualTo(documented.get(member));
        }
        assertThat(coupon.get("coupon_id").asString()).matches("fcoup_[0-9a-hjkmnp-tv-z]{26}");
        assertThat(api.get(path(coupon), FLEX_ACME_TEST).json().get("coupon")).isEqualTo(coupon);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"coupon\":{\"name\":\"neither\",\"duration\":\"once\"}}",
            "{\"coupon\":{\"amount_off\":null,\"percent_off\":null,\"duration\":\"once\"}}",
            "{\"coupon\":{\"percent_off\":10,\"duration\":\"repeating\"}}",
            "{\"coupon\":{\"percent_off\":10,\"duration\":\"once\",\"applies_to\":{\"products\":[]}}}"})
    void aCouponFlexRejectsIsA400AndNothingIsStored(String body) {
        long stored = storedCoupons();

        ApiClient.Reply reply = create(FLEX_ACME_TEST, body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("invalid_request");
        assertThat(reply.json().at("/error/message").asString()).contains("coupon");
        assertThat(storedCoupons()).isEqualTo(stored);
    }

    /**
     * What Flex's create-coupon page allows, kept and answered as sent: both amounts, months with
     * a coupon that does not repeat, and a name of 255 characters that take two UTF-16 units each.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"coupon\":{\"amount_off\":100,\"percent_off\":10,\"duration\":\"once\"}}",
            "{\"coupon\":{\"percent_off\":10,\"duration\":\"forever\",\"duration_in_months\":3}}",
            "{\"coupon\":{\"amount_off\":100,\"duration\":\"once\",\"duration_in_months\":12}}",
            "{\"coupon\":{\"name\":\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\",\"amount_off\":1,\"duration\":\"once\"}}"})
    void aCouponFlexsPageAllowsIsKeptAsSent(String body) {
        ObjectNode sent = (ObjectNode) ApiClient.JSON.readTree(body).get("coupon");
        if (sent.has("name")) {
            sent.put("name", sent.get("name").asString().repeat(85));
        }

        ApiClient.Reply reply = create(FLEX_ACME_TEST, ApiClient.JSON.createObjectNode().set("coupon", sent));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode coupon = reply.json().get("coupon");
        sent.properties().forEach(member -> assertThat(coupon.get(member.getKey())).as(member.getKey()).isEqualTo(member.getValue()));
        assertThat(api.get(path(coupon), FLEX_ACME_TEST).json().get("coupon")).isEqualTo(coupon);
    }

    @Test
    void appliesToAsFlexsPageSendsItIsAnsweredAsSent() {
        ApiClient.Reply reply = create(FLEX_ACME_TEST,
                "{\"coupon\":{\"amount_off\":100,\"duration\":\"once\",\"duration_in_months\":null,\"applies_to\":{}}}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().at("/coupon/applies_to").toString()).isEqualTo("{}");
        assertThat(reply.json().at("/coupon/duration_in_months").isNull()).isTrue();
        assertThat(api.get(path(reply.json().get("coupon")), FLEX_ACME_TEST).json().get("coupon")).isEqualTo(reply.json().get("coupon"));
    }

    @Test
    void aCouponIsItsAccountsAndModesOnly() {
        JsonNode coupon = create(FLEX_ACME_TEST, toJackson3(FLEX.requestExample(CREATE, "amountOnce"))).json().get("coupon");

        assertThat(api.get(path(coupon), FLEX_GLOBEX_TEST).status()).isEqualTo(404);
        assertThat(api.get(path(coupon), FLEX_ACME_LIVE).status()).isEqualTo(404);
        assertThat(api.createPromoCode(FLEX_GLOBEX_TEST, FlexPromoCodesTest.request(coupon.get("coupon_id").asString(), uniqueCode()))
                .json().at("/error/code").asString()).isEqualTo("resource_missing");
    }

    @Test
    void aPromoCodeAppliesACreatedCouponWithinItsRedemptions() {
        JsonNode coupon = create(FLEX_ACME_TEST, toJackson3(FLEX.requestExample(CREATE, "amountOnce"))).json().get("coupon");
        ObjectNode promo = FlexPromoCodesTest.request(coupon.get("coupon_id").asString(), uniqueCode());

        ((ObjectNode) promo.get("promo_code")).put("max_redemptions", coupon.get("max_redemptions").asInt());
        ApiClient.Reply applied = api.createPromoCode(FLEX_ACME_TEST, promo);
        ((ObjectNode) promo.get("promo_code")).put("code", uniqueCode()).put("max_redemptions", coupon.get("max_redemptions").asInt() + 1);
        ApiClient.Reply over = api.createPromoCode(FLEX_ACME_TEST, promo);

        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.json().at("/promo_code/coupon")).isEqualTo(coupon);
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().at("/error/message").asString()).contains("may not exceed the coupon's max_redemptions");
    }

    @Test
    void aListPagesThroughTheAccountsCouponsNewestFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(0, create(FLEX_ACME_TEST, toJackson3(FLEX.requestExample(CREATE, "percentRepeating"))).json()
                    .at("/coupon/coupon_id").asString());
        }

        List<String> listed = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonNode page = api.get(CouponsApi.PATH_LIST_COUPONS + "?limit=2" + (after == null ? "" : "&starting_after=" + after),
                    FLEX_ACME_TEST).json();
            page.get("coupons").forEach(coupon -> listed.add(coupon.get("coupon_id").asString()));
            more = page.get("has_more").asBoolean();
            after = listed.get(listed.size() - 1);
        }

        assertThat(listed).containsSubsequence(created);
        assertThat(listed).doesNotHaveDuplicates();
    }

    private ApiClient.Reply create(String key, Object body) {
        return api.send("POST", CouponsApi.PATH_CREATE_COUPON, "Bearer " + key, "application/json", ApiClient.json(body));
    }

    private static String path(JsonNode coupon) {
        return CouponsApi.PATH_RETRIEVE_COUPON.replace("{id}", coupon.get("coupon_id").asString());
    }

    private long storedCoupons() {
        return jdbc.sql("SELECT COUNT(*) FROM flex_coupon").query(Long.class).single();
    }
}
