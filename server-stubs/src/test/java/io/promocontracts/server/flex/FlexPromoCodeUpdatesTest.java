package io.promocontracts.server.flex;

import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_TEST;
import static io.promocontracts.testkit.DemoKeys.FLEX_GLOBEX_TEST;
import static io.promocontracts.server.flex.FlexPromoCodesTest.request;
import static io.promocontracts.server.flex.FlexPromoCodesTest.toJackson3;
import static io.promocontracts.server.flex.FlexPromoCodesTest.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Updating a promo code: its activity and metadata only, the code's uniqueness among active ones kept. */
class FlexPromoCodeUpdatesTest extends ApiIntegrationTest {

    private static final String COUPON = "fcoup_1234567890";

    @Test
    void theDocumentedUpdateChangesActivityAndMetadataAndNothingElse() {
        JsonNode created = create(uniqueCode());
        JsonNode change = toJackson3(ApiSpec.named("flex").requestExample("updatePromoCode", "deactivate"));

        ApiClient.Reply reply = api.updatePromoCode(FLEX_ACME_TEST, id(created), change);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        ObjectNode expected = (ObjectNode) created.deepCopy();
        expected.put("active", false).set("metadata", change.at("/promo_code/metadata"));
        assertThat(reply.json().get("promo_code")).isEqualTo(expected);
        assertThat(read(id(created))).isEqualTo(expected);
    }

    @Test
    void membersLeftOutKeepTheirValue() {
        JsonNode created = create(uniqueCode());

        ApiClient.Reply onlyActive = api.updatePromoCode(FLEX_ACME_TEST, id(created), body("{\"active\":false}"));
        ApiClient.Reply nothing = api.updatePromoCode(FLEX_ACME_TEST, id(created), body("{}"));

        assertThat(onlyActive.json().at("/promo_code/metadata")).isEqualTo(created.get("metadata"));
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.json().at("/promo_code/active").asBoolean()).isFalse();
    }

    @Test
    void deactivatingFreesTheCodeAndReactivatingATakenCodeIsAConflict() {
        String code = uniqueCode();
        JsonNode first = create(code);
        assertThat(api.createPromoCode(FLEX_ACME_TEST, request(COUPON, code)).status()).isEqualTo(409);

        assertThat(api.updatePromoCode(FLEX_ACME_TEST, id(first), body("{\"active\":false}")).status()).isEqualTo(200);
        JsonNode second = create(code.toLowerCase());
        ApiClient.Reply reactivated = api.updatePromoCode(FLEX_ACME_TEST, id(first), body("{\"active\":true,\"metadata\":{\"a\":\"b\"}}"));

        assertThat(reactivated.status()).as(reactivated.text()).isEqualTo(409);
        assertThat(reactivated.json().at("/error/code").asString()).isEqualTo("duplicate_code");
        assertThat(read(id(first)).get("active").asBoolean()).as("nothing written").isFalse();
        assertThat(read(id(first)).get("metadata")).isEqualTo(first.get("metadata"));
        assertThat(api.updatePromoCode(FLEX_ACME_TEST, id(second), body("{\"active\":false}")).status()).isEqualTo(200);
        assertThat(api.updatePromoCode(FLEX_ACME_TEST, id(first), body("{\"active\":true}")).status()).isEqualTo(200);
    }

    @Test
    void anotherAccountOrModeCannotUpdateIt() {
        JsonNode created = create(uniqueCode());

        for (String other : List.of(FLEX_GLOBEX_TEST, FLEX_ACME_LIVE)) {
            ApiClient.Reply reply = api.updatePromoCode(other, id(created), body("{\"active\":false}"));
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().at("/error/code").asString()).isEqualTo("resource_missing");
        }
        assertThat(read(id(created))).isEqualTo(created);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"active\":\"no\"}", "{\"code\":\"NEWCODE\"}", "{\"metadata\":{\"k\":1}}", "{\"active\":null}"})
    void anInvalidChangeIsRefusedAndNothingIsWritten(String change) {
        JsonNode created = create(uniqueCode());

        ApiClient.Reply reply = api.updatePromoCode(FLEX_ACME_TEST, id(created), body(change));

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("invalid_request");
        assertThat(read(id(created))).isEqualTo(created);
    }

    private JsonNode create(String code) {
        ApiClient.Reply reply = api.createPromoCode(FLEX_ACME_TEST, request(COUPON, code));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("promo_code");
    }

    private JsonNode read(String id) {
        return api.get("/v1/promo_codes/" + id, FLEX_ACME_TEST).json().get("promo_code");
    }

    private static String id(JsonNode promoCode) {
        return promoCode.get("promo_code_id").asString();
    }

    private static String body(String promoCode) {
        return "{\"promo_code\":" + promoCode + "}";
    }
}
