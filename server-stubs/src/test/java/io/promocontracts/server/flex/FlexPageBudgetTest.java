package io.promocontracts.server.flex;

import org.junit.jupiter.api.Tag;
import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.server.common.PageBudget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.promocontracts.server.flex.FlexPromoCodesTest.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list page stays within its byte budget whatever members make its objects large: the budget
 * counts what the answer holds, not the metadata alone. Coupons carry the most product ids of the
 * longest length the spec allows, a name JSON writes six bytes a character for and the most
 * metadata the request size leaves room for; their promo codes have hardly any metadata of their
 * own, so a budget that counted metadata only would send every one of them at once.
 */
@Tag(ServiceTest.ON_POSTGRESQL)
class FlexPageBudgetTest extends ApiIntegrationTest {

    private static final int OBJECTS = 24;
    private String key;

    @BeforeEach
    void accountOfItsOwn() {
        key = "fsk_test_budget_" + uniqueCode().toLowerCase();
        data.flexAccount("acct_budget_" + uniqueCode().toLowerCase(), key, false);
    }

    @Test
    void aPageOfPromoCodesWithTheLargestCouponsStaysWithinItsBudget() {
        String couponId = createLargestCoupon().at("/coupon/coupon_id").asString();
        for (int i = 0; i < OBJECTS; i++) {
            ApiClient.Reply created = api.createPromoCode(key, "{\"promo_code\":{\"coupon_id\":\"" + couponId + "\",\"code\":\""
                    + (uniqueCode() + "-".repeat(64)).substring(0, 64) + "\",\"customer\":\"fcus_01HACM7FZ1084XB1GB6053VM0D\"}}");
            assertThat(created.status()).as(created.text()).isEqualTo(200);
        }

        assertWithinBudget("/v1/promo_codes?limit=100", "promo_codes");
    }

    @Test
    void aPageOfTheLargestCouponsStaysWithinItsBudget() {
        for (int i = 0; i < OBJECTS; i++) {
            createLargestCoupon();
        }

        assertWithinBudget("/v1/coupons?limit=100", "coupons");
    }

    /** The page holds at most what the budget allows plus its last object, holds fewer than all, and says more follow. */
    private void assertWithinBudget(String path, String items) {
        ApiClient.Reply page = api.get(path, key);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        JsonNode listed = page.json().get(items);
        int largest = 0;
        for (JsonNode object : listed) {
            largest = Math.max(largest, ApiClient.JSON.writeValueAsBytes(object).length);
        }
        int answered = page.text().getBytes(StandardCharsets.UTF_8).length;

        assertThat(listed.size()).as("objects on the first page").isBetween(1, OBJECTS - 1);
        assertThat(page.json().get("has_more").asBoolean()).isTrue();
        assertThat(answered).as("bytes of a page of %d objects of up to %d bytes", listed.size(), largest)
                .isLessThanOrEqualTo(PageBudget.BYTES + largest);
    }

    /** A coupon as large as one request may make it: 100 product ids of 255 characters, a name of 255 control characters, metadata. */
    private JsonNode createLargestCoupon() {
        String products = IntStream.range(0, 100).mapToObj(i -> "\"" + (i + "p".repeat(255)).substring(0, 255) + "\"")
                .collect(Collectors.joining(","));
        String metadata = IntStream.range(0, 50).mapToObj(i -> "\"" + (i + "k".repeat(40)).substring(0, 40) + "\":\"" + "v".repeat(500) + "\"")
                .collect(Collectors.joining(","));
        ApiClient.Reply created = api.send("POST", "/v1/coupons", "Bearer " + key, "application/json",
                "{\"coupon\":{\"name\":\"" + "\\u0001".repeat(255) + "\",\"amount_off\":9007199254740991,\"duration\":\"repeating\","
                        + "\"duration_in_months\":2147483647,\"max_redemptions\":2147483647,\"applies_to\":{\"products\":[" + products
                        + "]},\"metadata\":{" + metadata + "}}}");
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        return created.json();
    }
}
